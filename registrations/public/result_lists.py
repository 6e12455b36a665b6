"""The experiments behind a figure of the results page: every sum links here, with the same
topic, region, programme or start year and the same kind of figure (verified, reported only,
or finished), so that anyone can check what was summed. Read from the registrations, largest
saving first; a page is four queries whatever the data (count, ids, rows, their topics)."""

from collections.abc import Sequence
from dataclasses import dataclass, fields

from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from registrations.models import Registration, Report, ReportKind, ReportState, Savings

SHOWS = {
    "verified": _("Verified savings"),
    "reported": _("Savings reported, not verified"),
    "finished": _("Finished experiments"),
}


@dataclass(frozen=True)
class ResultFilters:
    topic: str = ""
    region: str = ""
    programme: str = ""
    call: str = ""
    year: str = ""
    show: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "ResultFilters":
        """A value that cannot be valid is ignored, never an error."""

        def text(name, length=80):
            return params.get(name, "").strip()[:length]

        year, show = text("year", 4), text("show")
        return cls(
            topic=text("topic"),
            region=text("region", 2),
            programme=text("programme"),
            call=text("call"),
            year=year if year.isdigit() else "",
            show=show if show in SHOWS else "",
        )

    def query_string(self, **changes) -> str:
        values = {f.name: getattr(self, f.name) for f in fields(self)} | changes
        return urlencode([(name, value) for name, value in values.items() if value])


class Behind(Sequence):
    """The experiments behind a figure, in order, for Django's paginator: the ids come from
    the savings (largest net saving first) or the final reports (newest first), public ones
    only, so that the work follows the number of results; a page's rows come by id."""

    def __init__(self, ids):
        self.ids = ids
        self._count = None

    def __len__(self):
        if self._count is None:
            self._count = self.ids.count()
        return self._count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        ids = list(self.ids[key])
        rows = Registration.objects.public().for_listing().in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


def _narrowed(queryset, filters: ResultFilters, prefix: str):
    """The topic, region, programme, call and year chosen, on a queryset related to the
    registration through `prefix`."""
    chosen = {
        "topics__slug": filters.topic,
        "regions__code": filters.region,
        "call__programme__slug": filters.programme,
        "call__slug": filters.call,
        "start_year": int(filters.year) if filters.year else None,
    }
    return queryset.filter(**{f"{prefix}{name}": v for name, v in chosen.items() if v})


def experiments_behind(filters: ResultFilters) -> Behind:
    """The public experiments a figure was summed from (public: in the search table, whose
    narrow primary key is cheaper to join than the registrations)."""
    if filters.show == "finished":
        reports = Report.objects.filter(
            kind=ReportKind.FINAL,
            state=ReportState.ACCEPTED,
            registration__search_entry__isnull=False,
        )
        reports = _narrowed(reports, filters, "registration__")
        return Behind(
            reports.order_by("-reviewed_at", "-pk").values_list("registration_id", flat=True)
        )
    savings = Savings.objects.filter(
        is_current=True,
        cost_before__isnull=False,
        cost_after__isnull=False,
        registration__search_entry__isnull=False,
    )
    if filters.show == "verified":
        savings = savings.verified()
    elif filters.show == "reported":
        savings = savings.reported_only()
    savings = _narrowed(savings, filters, "registration__").with_net_saving()
    return Behind(
        savings.order_by("-net_saving", "-registration_id").values_list(
            "registration_id", flat=True
        )
    )
