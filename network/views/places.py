"""Public pages of places: the municipality directory, a municipality and a region. Their
experiments are reached through reverse relations (municipality.registrations.listing(), from
the registrations' search table), never by importing registrations."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network.models import Municipality, Region
from network.views.events import upcoming_events

# How many experiments a municipality's, region's or topic's page shows in each list; the
# experiment list, filtered, shows them all.
LATEST = 20


class MunicipalityListView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "network/municipality_list.html"
    page_title = _("Municipalities")
    page_description = _("All municipalities of Finland by region, in Finnish and Swedish.")

    def get_context_data(self, **kwargs):
        query = self.request.GET.get("q", "").strip()[:100]
        municipalities = Municipality.objects.active().matching(query)
        regions = Region.objects.prefetch_related(
            Prefetch("municipalities", queryset=municipalities, to_attr="listed")
        )
        return super().get_context_data(
            query=query,
            regions=[region for region in regions if region.listed],
            match_count=municipalities.count() if query else None,
            **kwargs,
        )


class MunicipalityDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "network/municipality_detail.html"
    slug_field = "code"
    slug_url_kwarg = "code"
    queryset = Municipality.objects.select_related("region")

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return _("Experiments and reforms of %(name)s in the Digikunta network.") % {
            "name": self.object.name
        }

    def get_context_data(self, **kwargs):
        by_role = self.object.registrations.listing().by_role(LATEST)
        experimenting_count, experimenting = by_role["experimenting"]
        influencing_count, influencing = by_role["influencing"]
        return super().get_context_data(
            experimenting=experimenting,
            experimenting_count=experimenting_count,
            influencing=influencing,
            influencing_count=influencing_count,
            events=upcoming_events(self.object.events),
            events_query=f"?region={self.object.region.code}",
            alike=self.object.registrations.alike_municipalities(),
            **kwargs,
        )


class RegionDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "network/region_detail.html"
    slug_field = "code"
    slug_url_kwarg = "code"
    model = Region

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return _("Municipalities of %(name)s and their experiments.") % {"name": self.object.name}

    def get_context_data(self, **kwargs):
        listing = self.object.registrations.listing()
        counts = listing.count_by_municipality()
        municipalities = list(self.object.municipalities.active())
        for municipality in municipalities:
            municipality.experiment_count = counts.get(municipality.pk, 0)
        experiment_count, experiments = listing.newest(LATEST)
        return super().get_context_data(
            municipalities=municipalities,
            experiments=experiments,
            experiment_count=experiment_count,
            **kwargs,
        )
