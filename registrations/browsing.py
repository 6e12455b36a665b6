"""Browsing public experiments: filters read from the URL, facets with their counts, sorting.

Every state is a plain GET URL, so it can be shared and works without JavaScript. The count of
each facet's option is the number of results that choosing it would give, keeping the other
filters, so the numbers always match what a click shows.
"""

from dataclasses import dataclass, fields, replace
from datetime import date

from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce, Lower
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import Municipality, Region, Topic
from registrations.models import Call, Phase, Registration, Role
from registrations.search import search

SORTS = {
    "relevance": _("Best match"),
    "newest": _("Newest first"),
    "title": _("Title A–Ö"),
}


def phase_condition(phase: str, today: date) -> Q:
    experimenter = Q(role=Role.KOKEILIJA)
    not_started = Q(starts_on__isnull=True) | Q(starts_on__gt=today)
    return {
        Phase.IMPLEMENTED: Q(role=Role.VAIKUTTAJA),
        Phase.PLANNED: experimenter & not_started,
        Phase.ENDED: experimenter & ~not_started & Q(ends_on__lt=today),
        Phase.ONGOING: experimenter
        & ~not_started
        & (Q(ends_on__isnull=True) | Q(ends_on__gte=today)),
    }[phase]


def with_phase(queryset: QuerySet, *, today: date) -> QuerySet:
    """Annotate each registration with its Phase, by the same rules the filter uses."""
    return queryset.annotate(
        phase=Case(
            *(When(phase_condition(phase, today), then=Value(phase.value)) for phase in Phase),
            default=Value(""),
        )
    )


@dataclass(frozen=True)
class Filters:
    q: str = ""
    role: str = ""
    topic: str = ""
    region: str = ""
    municipality: str = ""
    call: str = ""
    status: str = ""
    year: int | None = None
    sort: str = ""

    FACETS = ("role", "topic", "region", "municipality", "call", "status", "year")

    @classmethod
    def from_query(cls, params: QueryDict) -> "Filters":
        """Read the filters; a value that cannot be valid is ignored, never an error."""

        def text(name, length=80):
            return params.get(name, "").strip()[:length]

        year = text("year", 4)
        sort = text("sort")
        return cls(
            q=" ".join(text("q", 200).split()),
            role=text("role") if text("role") in Role.values else "",
            topic=text("topic"),
            region=text("region", 2),
            municipality=text("municipality", 3),
            call=text("call"),
            status=text("status") if text("status") in Phase.values else "",
            year=int(year) if year.isdigit() and 1900 < int(year) < 2200 else None,
            sort=sort if sort in SORTS else "",
        )

    @property
    def ordering(self) -> str:
        if self.sort:
            return "newest" if self.sort == "relevance" and not self.q else self.sort
        return "relevance" if self.q else "newest"

    def without(self, *names: str) -> "Filters":
        return replace(self, **{name: fields_default(name) for name in names})

    def active(self) -> list[tuple[str, object]]:
        return [(name, getattr(self, name)) for name in self.FACETS if getattr(self, name)]

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or self.active())

    def query_string(self, **changes) -> str:
        state = replace(self, **changes)
        pairs = [
            (name, getattr(state, name))
            for name in ("q", *self.FACETS, "sort")
            if getattr(state, name)
        ]
        return urlencode(pairs)


def fields_default(name: str):
    return next(field.default for field in fields(Filters) if field.name == name)


def apply(queryset: QuerySet, filters: Filters, *, today: date) -> QuerySet:
    if filters.q:
        queryset = search(queryset, filters.q)
    if filters.role:
        queryset = queryset.filter(role=filters.role)
    if filters.topic:
        queryset = queryset.filter(topics__slug=filters.topic)
    if filters.region:
        queryset = queryset.filter(regions__code=filters.region)
    if filters.municipality:
        queryset = queryset.filter(municipalities__code=filters.municipality)
    if filters.call:
        queryset = queryset.filter(call__slug=filters.call)
    if filters.status:
        queryset = queryset.filter(phase_condition(filters.status, today))
    if filters.year:
        queryset = queryset.filter(start_year=filters.year)
    return queryset


def results(filters: Filters, *, today: date) -> QuerySet:
    queryset = apply(Registration.objects.public(), filters, today=today).for_listing()
    ordering = filters.ordering
    if ordering == "relevance":
        return queryset.order_by("-rank", "-published_at", "-pk")
    if ordering == "title":
        language = "sv" if get_language() == "sv" else "fi"
        other = "fi" if language == "sv" else "sv"
        return queryset.order_by(Lower(Coalesce(f"title_{language}", f"title_{other}")), "pk")
    return queryset.order_by("-published_at", "-pk")


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]


def _through_counts(relation: str, key: str, base: QuerySet) -> dict[str, int]:
    through = getattr(Registration, relation).through
    rows = (
        through.objects.filter(registration__in=base.values("pk"))
        .values_list(key)
        .annotate(n=Count("registration_id"))
        .order_by()
    )
    return dict(rows)


def facet_counts(filters: Filters, *, today: date) -> dict[str, dict]:
    """For each facet, how many results each of its values would give. One query a facet."""
    public = Registration.objects.public()

    def base(name):
        return apply(public, filters.without(name), today=today)

    phases = base("status").aggregate(
        **{phase.value: Count("pk", filter=phase_condition(phase, today)) for phase in Phase}
    )
    return {
        "role": dict(base("role").values_list("role").annotate(n=Count("pk")).order_by()),
        "topic": _through_counts("topics", "topic__slug", base("topic")),
        "region": _through_counts("regions", "region__code", base("region")),
        "municipality": _through_counts(
            "municipalities", "municipality__code", base("municipality")
        ),
        "call": dict(base("call").values_list("call__slug").annotate(n=Count("pk")).order_by()),
        "status": phases,
        "year": dict(
            base("year")
            .filter(start_year__isnull=False)
            .values_list("start_year")
            .annotate(n=Count("pk"))
            .order_by()
        ),
    }


def facets(filters: Filters, *, today: date) -> list[Facet]:
    """The facets with labels, in the order of the form; options without results are left out
    unless chosen. Four more queries for the names of topics, regions, municipalities, calls."""
    counts = facet_counts(filters, today=today)
    municipality_codes = set(counts["municipality"]) | {filters.municipality}
    labels = {
        "role": {role.value: role.label.capitalize() for role in Role},
        "topic": {topic.slug: topic.name for topic in Topic.objects.all()},
        "region": {region.code: region.name for region in Region.objects.all()},
        "municipality": {
            m.code: m.name for m in Municipality.objects.filter(code__in=municipality_codes)
        },
        "call": {call.slug: call.title for call in Call.objects.published()},
        "status": {phase.value: phase.label for phase in Phase},
        "year": {
            str(year): str(year)
            for year in sorted(set(counts["year"]) | {filters.year} - {None}, reverse=True)
        },
    }
    titles = {
        "role": _("Role"),
        "topic": _("Topic"),
        "region": _("Region"),
        "municipality": _("Municipality"),
        "call": _("Call"),
        "status": _("Stage"),
        "year": _("Start year"),
    }
    result = []
    for name in Filters.FACETS:
        chosen = str(getattr(filters, name) or "")
        facet_counts_by_value = {str(key): value for key, value in counts[name].items()}
        options = [
            Option(value, str(label), facet_counts_by_value.get(value, 0), value == chosen)
            for value, label in labels[name].items()
            if facet_counts_by_value.get(value, 0) or value == chosen
        ]
        if name == "municipality":
            options.sort(key=lambda option: option.label)
        result.append(Facet(name, titles[name], options))
    return result
