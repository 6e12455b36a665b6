from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from digikunta.charts import bar_chart
from digikunta.public import PublicPageMixin
from network.maps import region_map
from registrations import browsing, statistics
from registrations.caching import cached
from registrations.models import Call, Phase, Registration, Role
from registrations.selectors import similar_experiments


class ExperimentListView(PublicPageMixin, ListView):
    """Search and filters; every state is a shareable URL and works without JavaScript."""

    template_name = "registrations/experiment_list.html"
    page_title = _("Experiments")
    page_description = _(
        "Experiments and reforms of Finnish municipalities: ideas, results, failures and savings."
    )
    paginate_by = 20

    def get_queryset(self):
        self.filters = browsing.Filters.from_query(self.request.GET)
        self.today = timezone.localdate()
        return browsing.results(self.filters, today=self.today)

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end shows the last page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        facets = browsing.facets(self.filters, today=self.today)
        labels = {
            facet.name: {option.value: option.label for option in facet.options} for facet in facets
        }
        context.update(
            filters=self.filters,
            facets=facets,
            sorts=browsing.SORTS.items(),
            querystring_base=self.filters.query_string(),
            active_filters=[
                {
                    "label": labels[name].get(str(value), str(value)),
                    "remove_query": self.filters.query_string(
                        **{name: browsing.fields_default(name)}
                    ),
                }
                for name, value in self.filters.active()
            ],
        )
        return context


class ExperimentDetailView(PublicPageMixin, DetailView):
    template_name = "registrations/experiment_detail.html"
    context_object_name = "experiment"

    def get_object(self, queryset=None):
        experiments = browsing.with_phase(
            Registration.objects.public().for_listing(), today=timezone.localdate()
        ).prefetch_related("municipalities", "partner_organisations")
        return get_object_or_404(experiments, reference=self.kwargs["reference"].upper())

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return (self.object.idea or self.object.reform or self.object.title)[:200]

    def get_context_data(self, **kwargs):
        experiment = self.object
        return super().get_context_data(
            phase=Phase(experiment.phase).label if experiment.phase else "",
            similar=similar_experiments(
                title=experiment.title,
                text=experiment.idea or experiment.reform,
                topics=experiment.topics.all(),
                exclude=experiment,
            ),
            **kwargs,
        )


class CallDetailView(PublicPageMixin, DetailView):
    template_name = "registrations/call_detail.html"
    context_object_name = "call"
    queryset = Call.objects.published().prefetch_related("fee_tiers")

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return self.object.description[:200] or self.object.title


class StatisticsView(PublicPageMixin, TemplateView):
    template_name = "registrations/statistics.html"
    page_title = _("Statistics")
    page_description = _(
        "How many municipalities take part, by role, topic, region, call and year, counted live."
    )

    def get_context_data(self, **kwargs):
        numbers = cached("statistics", statistics.figures)
        participation = numbers["participation"]
        regions = numbers["regions"]
        return super().get_context_data(
            numbers=numbers,
            region_map=region_map(regions, {r["code"]: r["municipalities"] for r in regions}),
            charts=[
                (
                    _("Municipalities taking part, by role"),
                    _("Role"),
                    _("Municipalities"),
                    bar_chart(
                        [
                            (role.label.capitalize(), participation["municipalities"][role.value])
                            for role in Role
                        ]
                    ),
                ),
                (
                    _("Experiments by topic"),
                    _("Topic"),
                    _("Experiments"),
                    bar_chart(numbers["topics"]),
                ),
                (
                    _("Experiments by region"),
                    _("Region"),
                    _("Experiments"),
                    bar_chart([(r["name"], r["experiments"]) for r in regions]),
                ),
                (
                    _("Experiments by call"),
                    _("Call"),
                    _("Experiments"),
                    bar_chart(numbers["calls"]),
                ),
                (
                    _("Experiments by start year"),
                    _("Start year"),
                    _("Experiments"),
                    bar_chart(numbers["years"]),
                ),
            ],
            **kwargs,
        )
