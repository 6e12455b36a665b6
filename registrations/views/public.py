from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from digikunta.languages import active_language
from digikunta.public import PublicPageMixin, PublicReadMixin
from network.maps import region_map
from registrations.matching.selectors import public_mentors, stored_suggestions
from registrations.models import Call, CallState, Registration
from registrations.public import browsing, savings_totals, statistics
from registrations.public.calls import call_experiments, other_calls
from registrations.public.results import experiment_results
from registrations.public.shared_cache import data_version


class ExperimentListView(PublicReadMixin, PublicPageMixin, ListView):
    """Search and filters; every state is a shareable URL and works without JavaScript."""

    template_name = "registrations/experiment_list.html"
    page_title = _("Experiments")
    page_description = _(
        "Experiments and reforms of Finnish municipalities: ideas, results, failures and savings."
    )
    paginate_by = 20

    def get_queryset(self):
        page = self.request.GET.get("page", "1")
        self.browse = browsing.browse(
            browsing.Filters.from_query(self.request.GET),
            today=timezone.localdate(),
            page=int(page) if page.isdigit() else 1,
            per_page=self.paginate_by,
        )
        self.filters = self.browse.filters
        return self.browse.results

    def paginate_queryset(self, queryset, page_size):
        # A page number past the end shows the last page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        filters = self.filters
        return super().get_context_data(
            filters=filters,
            facets=self.browse.facets,
            counted_up_to=browsing.EXACT_LIMIT if self.browse.is_over else None,
            sorts=browsing.SORTS.items(),
            querystring_base=filters.query_string(),
            active_filters=[
                {"label": self.browse.label(name, value), "remove_query": filters.without(name)}
                for name, value in filters.active()
            ],
            **kwargs,
        )


class ExperimentDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "registrations/experiment_detail.html"
    context_object_name = "experiment"

    def get_object(self, queryset=None):
        experiments = (
            Registration.objects.public()
            .for_listing()
            .prefetch_related("municipalities", "partner_organisations")
        )
        return get_object_or_404(experiments, reference=self.kwargs["reference"].upper())

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return (self.object.idea or self.object.reform or self.object.title)[:200]

    # The timeline's events, in the page's language.
    TIMELINE = {
        "registered": _("Registered"),
        "accepted": _("Accepted and published"),
        "progress": _("Progress report"),
        "final": _("Final report"),
    }

    def get_context_data(self, **kwargs):
        experiment = self.object
        return super().get_context_data(
            phase=experiment.phase_on(timezone.localdate()).label,
            similar=stored_suggestions(experiment),
            mentors=public_mentors(experiment),
            results=experiment_results(experiment, labels=self.TIMELINE),
            **kwargs,
        )


class CallDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "registrations/call_detail.html"
    context_object_name = "call"
    queryset = Call.objects.published().prefetch_related("fee_tiers")

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return self.object.description[:200] or self.object.title

    def get_context_data(self, **kwargs):
        call, now = self.object, timezone.now()
        state = call.state_at(now)
        takes_registrations = state in (CallState.OPEN, CallState.LATE)
        return super().get_context_data(
            state=state,
            # A call that has opened lists what came of it; one that takes no registrations
            # points to those that do.
            experiments=call_experiments(call) if state != CallState.UPCOMING else None,
            other_calls=None if takes_registrations else other_calls(now),
            **kwargs,
        )


class StatisticsView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "registrations/statistics.html"
    page_title = _("Statistics")
    page_description = _(
        "How many municipalities take part, by role, topic, region, call and year, counted live."
    )

    def get_context_data(self, **kwargs):
        version = data_version()
        numbers = statistics.figures(version, timezone.localdate(), active_language())
        regions = numbers["regions"]
        return super().get_context_data(
            numbers=numbers,
            savings=savings_totals.totals(version).total,
            region_map=region_map(regions, {r["code"]: r["municipalities"] for r in regions}),
            charts=statistics.charts(numbers),
            **kwargs,
        )
