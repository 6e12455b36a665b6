from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from digikunta import health, pages
from digikunta.sitemaps import PagesSitemap
from network.sitemaps import EventSitemap, MunicipalitySitemap, RegionSitemap, TopicSitemap
from registrations.opendata import views as opendata
from registrations.public.sitemaps import (
    CallSitemap,
    ExperimentSitemap,
    ProgrammeSitemap,
    RoadmapSitemap,
)

# The sections of sitemap.xml, by the name in their URL (sitemap-experiments.xml …).
SITEMAPS = {
    "pages": PagesSitemap,
    "experiments": ExperimentSitemap,
    "municipalities": MunicipalitySitemap,
    "regions": RegionSitemap,
    "topics": TopicSitemap,
    "calls": CallSitemap,
    "events": EventSitemap,
    "roadmaps": RoadmapSitemap,
    "programmes": ProgrammeSitemap,
}

urlpatterns = [
    # For a load balancer: no language prefix, no redirect, no cookie (digikunta/health.py).
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", pages.robots_txt, name="robots"),
    # Open data for machines: no language prefix, both languages in every record.
    path("api/v1/", include("registrations.opendata.api.urls")),
    path("open-data/<str:name>", opendata.download, name="open_data_file"),
    path("dcat/catalog.<str:form>", opendata.dcat_catalogue, name="dcat_catalogue"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS}, name="sitemap-index"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="django.contrib.sitemaps.views.sitemap",
    ),
]

urlpatterns += i18n_patterns(
    path("", pages.HomeView.as_view(), name="home"),
    path(_("about/"), pages.AboutView.as_view(), name="about"),
    path(_("privacy/"), pages.PrivacyView.as_view(), name="privacy"),
    path(_("open-data/"), opendata.OpenDataView.as_view(), name="open_data"),
    path("admin/", admin.site.urls),
    path("", include("network.urls")),
    path("", include("registrations.urls")),
)

# The error pages, in the language of the URL (digikunta/errors.py).
handler400 = "digikunta.errors.bad_request"
handler403 = "digikunta.errors.permission_denied"
handler404 = "digikunta.errors.page_not_found"
handler500 = "digikunta.errors.server_error"
