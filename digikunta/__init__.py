"""The project: env-driven settings, root URLs, and the site shell (layout context, the home,
about and privacy pages, languages, sitemap)."""
