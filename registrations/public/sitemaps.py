"""Sitemap sections of the public experiments, calls and digital roadmaps (combined in
digikunta.sitemaps)."""

from digikunta.sitemaps import BilingualSitemap
from registrations.models import Call, Registration, Roadmap


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


class CallSitemap(BilingualSitemap):
    def items(self):
        return Call.objects.published().only("slug")


class RoadmapSitemap(BilingualSitemap):
    changefreq = "monthly"

    def items(self):
        return Roadmap.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at
