"""The experiments' filters: the public list's own (browsing.Filters), answered by the same
search table and text search as the site, plus the programme."""

from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from registrations.models import Phase, Registration, Report, Role, Savings
from registrations.public import browsing, names
from registrations.public.facets import TABLE
from registrations.public.shared_cache import data_version


class ExperimentFilter(filters.FilterSet):
    q = filters.CharFilter(
        method="by_list", help_text=_("Words to search for, as in the site's search.")
    )
    role = filters.ChoiceFilter(method="by_list", choices=Role.choices)
    topic = filters.CharFilter(method="by_list", help_text=_("A topic's slug."))
    region = filters.CharFilter(method="by_list", help_text=_("A region's code, such as 01."))
    municipality = filters.CharFilter(
        method="by_list", help_text=_("A municipality's code, such as 091.")
    )
    call = filters.CharFilter(method="by_list", help_text=_("A call's slug."))
    stage = filters.ChoiceFilter(method="by_list", choices=Phase.choices)
    year = filters.NumberFilter(method="by_list", help_text=_("The start year."))
    programme = filters.CharFilter(
        field_name="call__programme__slug", help_text=_("A programme's slug.")
    )
    has_results = filters.BooleanFilter(method="by_results", help_text=_("Has an accepted report."))
    failure_shared = filters.BooleanFilter(
        method="by_results", help_text=_("An accepted report tells of a failure.")
    )
    verified_saving = filters.BooleanFilter(
        method="by_results", help_text=_("A coordinator has verified its savings.")
    )

    class Meta:
        model = Registration
        fields = ["q", "role", "topic", "region", "municipality", "call", "stage", "year"]

    def by_results(self, queryset, name, value):
        accepted = Report.objects.public()
        with_it = {
            "has_results": accepted.values("registration_id"),
            "failure_shared": accepted.filter(Q(failures_fi__gt="") | Q(failures_sv__gt="")).values(
                "registration_id"
            ),
            "verified_saving": Savings.objects.counted().verified().values("registration_id"),
        }[name]
        return queryset.filter(pk__in=with_it) if value else queryset.exclude(pk__in=with_it)

    def by_list(self, queryset, name, value):
        # Collected and applied together in filter_queryset, as the list applies them.
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        wanted = {
            name: str(int(data[name]) if name == "year" else data[name]).strip()
            for name in ("q", *browsing.FACETS)
            if data.get(name) not in (None, "")
        }
        if not wanted:
            return queryset
        known = names.current(data_version())
        selection = browsing.selection_of(browsing.Filters(**wanted), known)
        where, params = selection.where(timezone.localdate())
        return queryset.filter(
            pk__in=RawSQL(f"SELECT s.registration_id FROM {TABLE} s WHERE {where}", params)
        )
