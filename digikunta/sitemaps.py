"""sitemap.xml: every public page in both languages, with hreflang alternates. The sections
of each app live beside its views; digikunta.urls gathers them."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class BilingualSitemap(Sitemap):
    i18n = True
    alternates = True
    # Two URLs an item: stay well under the 50,000 URLs a sitemap file may hold.
    limit = 20000


class PagesSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "about",
            "privacy",
            "registrations:experiments",
            "registrations:statistics",
            "registrations:roadmaps",
            "registrations:results",
            "registrations:failures",
            "registrations:spread",
            "registrations:programmes",
            "network:municipalities",
            "network:topics",
            "open_data",
            "network:events",
        ]

    def location(self, item):
        return reverse(item)
