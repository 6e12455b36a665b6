"""The public pages of results: the sums of savings, the experiments behind each sum."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView, TemplateView

from digikunta.languages import active_language
from digikunta.public import PublicPageMixin, PublicReadMixin
from network.spread_maps import spread_map
from registrations.public import facets, failures, names, savings_totals, spread
from registrations.public.euro_charts import euro_chart
from registrations.public.result_lists import SHOWS, ResultFilters, experiments_behind
from registrations.public.shared_cache import data_version

HEADINGS = {
    "topic": (_("Savings by topic"), _("Topic")),
    "region": (_("Savings by region"), _("Region")),
    "programme": (_("Savings by programme"), _("Programme")),
    "year": (_("Savings by start year"), _("Start year")),
}


class ResultsView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "registrations/results/results.html"
    page_title = _("Results and savings")
    page_description = _(
        "The net savings a year that municipalities reported from their experiments and "
        "reforms, verified apart from reported, by topic, region, programme and year."
    )

    def get_context_data(self, **kwargs):
        totals = savings_totals.totals(data_version())
        language = active_language()
        breakdowns = [
            {
                "dimension": dimension,
                "caption": HEADINGS[dimension][0],
                "label_heading": HEADINGS[dimension][1],
                "rows": [(row.name(language), row) for row in totals.by[dimension]],
                "chart": euro_chart(
                    [
                        (row.name(language), row.verified.net, row.reported.net)
                        for row in totals.by[dimension]
                    ]
                ),
            }
            for dimension in savings_totals.DIMENSIONS
        ]
        return super().get_context_data(total=totals.total, breakdowns=breakdowns, **kwargs)


class ResultExperimentsView(PublicReadMixin, PublicPageMixin, ListView):
    """The experiments behind a figure of the results page."""

    template_name = "registrations/results/experiments.html"
    context_object_name = "experiments"
    paginate_by = 20
    page_title = _("Experiments behind the results")

    def get_queryset(self):
        self.filters = ResultFilters.from_query(self.request.GET)
        return experiments_behind(self.filters)

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end shows the last page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            chosen=self._chosen(),
            show=SHOWS.get(self.filters.show),
            querystring_base=self.filters.query_string(),
            **kwargs,
        )

    def _chosen(self) -> list[tuple[str, str]]:
        """What the list is narrowed to, named in the page's language (the names from the
        shared cache, read only when something is chosen)."""
        filters, language = self.filters, active_language()
        chosen = []
        if not (filters.topic or filters.region or filters.programme or filters.call):
            return [(_("Start year"), filters.year)] if filters.year else []
        version = data_version()
        known = names.current(version)
        for facet, label in (("topic", _("Topic")), ("region", _("Region")), ("call", _("Call"))):
            value = getattr(filters, facet)
            if value:
                found = known.values[facet].get(value)
                chosen.append((label, found.names[language] if found else value))
        if filters.programme:
            chosen.append(
                (
                    _("Programme"),
                    savings_totals.programme_name(version, filters.programme, language),
                )
            )
        if filters.year:
            chosen.append((_("Start year"), filters.year))
        return chosen


class FailureDayView(PublicReadMixin, PublicPageMixin, ListView):
    """Failures and lessons first, searchable and filterable; every state a shareable URL."""

    template_name = "registrations/results/failures.html"
    context_object_name = "reports"
    paginate_by = 10
    page_title = _("Day of Failure")
    page_description = _(
        "What municipalities tried, what went wrong and what others should know: failures "
        "and lessons from the experiments' reports."
    )

    def get_queryset(self):
        self.filters = failures.FailureFilters.from_query(self.request.GET)
        return failures.failures(self.filters)

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version, language = data_version(), active_language()
        known = names.current(version)
        everything, _total = facets.unfiltered_counts(version, timezone.localdate())
        choices = [
            ("topic", _("Topic"), _named(known.values["topic"].values(), language)),
            ("region", _("Region"), _named(known.values["region"].values(), language)),
            (
                "programme",
                _("Programme"),
                [(slug, both[language]) for slug, both in failures.programme_choices(version)],
            ),
            (
                "year",
                _("Start year"),
                [(str(year), str(year)) for year in sorted(everything["year"], reverse=True)],
            ),
        ]
        context.update(
            stories=failures.stories(context["object_list"]),
            filters=self.filters,
            querystring_base=self.filters.query_string(),
            choices=[
                (name, label, options, getattr(self.filters, name))
                for name, label, options in choices
            ],
        )
        return context


def _named(values, language) -> list[tuple[str, str]]:
    return [(value.value, value.names[language]) for value in values]


class SpreadView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "registrations/results/spread.html"
    page_title = _("Models that spread")
    page_description = _(
        "Experiments and reforms whose model other municipalities took up, on a map and in a table."
    )

    def get_context_data(self, **kwargs):
        found = list(spread.adoptions())
        return super().get_context_data(
            models=spread.by_model(found),
            spread_map=spread_map(spread.routes(found)),
            **kwargs,
        )
