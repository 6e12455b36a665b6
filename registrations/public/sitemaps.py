"""Sitemap sections of the public experiments, calls, programmes and digital roadmaps (combined
in digikunta.sitemaps)."""

from django.urls import reverse

from digikunta.sitemaps import BilingualSitemap
from network.models import Programme
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


class ProgrammeSitemap(BilingualSitemap):
    def items(self):
        return Programme.objects.published().only("slug").order_by("pk")

    def location(self, item):
        return reverse("registrations:programme", args=[item.slug])
