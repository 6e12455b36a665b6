"""Sitemap sections of the directory (combined in digikunta.sitemaps)."""

from digikunta.sitemaps import BilingualSitemap
from network.models import Event, Municipality, Region, Topic


class MunicipalitySitemap(BilingualSitemap):
    def items(self):
        return Municipality.objects.active().only("code").order_by("code")


class RegionSitemap(BilingualSitemap):
    def items(self):
        return Region.objects.only("code")


class TopicSitemap(BilingualSitemap):
    def items(self):
        return Topic.objects.active().only("slug")


class EventSitemap(BilingualSitemap):
    def items(self):
        return Event.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, event):
        return event.updated_at
