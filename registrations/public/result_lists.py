"""The experiments behind a figure of the results page: every sum links here, with the same
topic, region, programme or start year and the same kind of figure (verified, reported only,
or finished), so that anyone can check what was summed. Read from the registrations, largest
saving first; a page is three queries whatever the data (count, rows, their topics)."""

from dataclasses import dataclass, fields

from django.db.models import F, Q
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


def finished():
    """The ids of experiments with an accepted final report: ended, and told how it went."""
    return Report.objects.filter(kind=ReportKind.FINAL, state=ReportState.ACCEPTED).values(
        "registration_id"
    )


def counted(verified: bool | None = None):
    """The ids of experiments whose counted savings give a net saving, verified or not."""
    savings = Savings.objects.filter(
        is_current=True, cost_before__isnull=False, cost_after__isnull=False
    )
    if verified is not None:
        savings = savings.verified() if verified else savings.reported_only()
    return savings.values("registration_id")


def experiments_behind(filters: ResultFilters):
    """The public experiments a figure was summed from, largest saving first. Driven by the
    savings and reports (a semi-join on their ids), never by a scan of every registration."""
    experiments = Registration.objects.public().for_listing()
    if filters.show == "verified":
        experiments = experiments.filter(pk__in=counted(verified=True))
    elif filters.show == "reported":
        experiments = experiments.filter(pk__in=counted(verified=False))
    elif filters.show == "finished":
        experiments = experiments.filter(pk__in=finished())
    else:
        experiments = experiments.filter(Q(pk__in=counted()) | Q(pk__in=finished()))
    if filters.topic:
        experiments = experiments.filter(topics__slug=filters.topic)
    if filters.region:
        experiments = experiments.filter(regions__code=filters.region)
    if filters.programme:
        experiments = experiments.filter(call__programme__slug=filters.programme)
    if filters.call:
        experiments = experiments.filter(call__slug=filters.call)
    if filters.year:
        experiments = experiments.filter(start_year=int(filters.year))
    return experiments.order_by(F("net_saving").desc(nulls_last=True), "-pk")
