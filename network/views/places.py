"""Public pages of places: the municipality directory, a municipality and a region. Their
experiments are reached through reverse relations and public(), never by importing
registrations."""

from django.db.models import Count, Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from digikunta.public import PublicPageMixin
from network.models import Municipality, Region

# How many experiments a municipality's, region's or topic's page shows in each list; the
# experiment list, filtered, shows them all.
LATEST = 20


class MunicipalityListView(PublicPageMixin, TemplateView):
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


class MunicipalityDetailView(PublicPageMixin, DetailView):
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
        public = self.object.registrations.public().for_listing().newest_first()
        counts = self.object.registrations.public().count_by_role()
        return super().get_context_data(
            experimenting=public.experimenting()[:LATEST],
            experimenting_count=counts["experimenting"],
            influencing=public.influencing()[:LATEST],
            influencing_count=counts["influencing"],
            **kwargs,
        )


class RegionDetailView(PublicPageMixin, DetailView):
    template_name = "network/region_detail.html"
    slug_field = "code"
    slug_url_kwarg = "code"
    model = Region

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return _("Municipalities of %(name)s and their experiments.") % {"name": self.object.name}

    def get_context_data(self, **kwargs):
        public = self.object.registrations.public()
        municipalities = self.object.municipalities.active().annotate(
            experiment_count=Count(
                "registrations", filter=Q(registrations__in=public.values("pk")), distinct=True
            )
        )
        return super().get_context_data(
            municipalities=municipalities,
            experiments=public.for_listing().newest_first()[:LATEST],
            experiment_count=public.count(),
            **kwargs,
        )
