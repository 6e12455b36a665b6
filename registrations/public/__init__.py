"""The read side that the public sees: browsing and search, statistics, similar experiments,
feeds and sitemaps. Everything here reads through Registration.objects.public()."""
