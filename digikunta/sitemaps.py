"""sitemap.xml: every public page in both languages, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from network.models import Municipality, Region, Topic
from registrations.models import Call, Registration


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
            "network:municipalities",
            "network:topics",
        ]

    def location(self, item):
        return reverse(item)


class ExperimentSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return (
            Registration.objects.public()
            .only("reference", "updated_at")
            .order_by("published_at", "pk")
        )

    def lastmod(self, item):
        return item.updated_at


class MunicipalitySitemap(BilingualSitemap):
    def items(self):
        return Municipality.objects.active().only("code").order_by("code")


class RegionSitemap(BilingualSitemap):
    def items(self):
        return Region.objects.only("code")


class CallSitemap(BilingualSitemap):
    def items(self):
        return Call.objects.published().only("slug")


class TopicSitemap(BilingualSitemap):
    def items(self):
        return Topic.objects.active().only("slug")


SITEMAPS = {
    "pages": PagesSitemap,
    "experiments": ExperimentSitemap,
    "municipalities": MunicipalitySitemap,
    "regions": RegionSitemap,
    "topics": TopicSitemap,
    "calls": CallSitemap,
}
