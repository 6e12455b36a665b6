"""Browsing public experiments: filters read from the URL, facets with their counts, order.

Every state is a plain GET URL, so it can be shared and works without JavaScript. The count of
each facet's option is the number of results that choosing it would give, keeping the other
filters, so the numbers always match what a click shows. The work is done on the in-memory
facet index (registrations.facet_index); only the text search and the page's rows go to SQL.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from digikunta.languages import active_language
from registrations.models import Phase, Registration, Role
from registrations.public import facet_index
from registrations.public.facet_index import FACETS, FacetIndex
from registrations.public.search import matching_ids

SORTS = {
    "relevance": _("Best match"),
    "newest": _("Newest first"),
    "title": _("Title A–Ö"),
}
TITLES = {
    "role": _("Role"),
    "topic": _("Topic"),
    "region": _("Region"),
    "municipality": _("Municipality"),
    "call": _("Call"),
    "stage": _("Stage"),
    "year": _("Start year"),
}


@dataclass(frozen=True)
class Filters:
    q: str = ""
    role: str = ""
    topic: str = ""
    region: str = ""
    municipality: str = ""
    call: str = ""
    stage: str = ""
    year: str = ""
    sort: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "Filters":
        """Read the filters; a value that cannot be valid is ignored, never an error."""

        def text(name, length=80):
            return params.get(name, "").strip()[:length]

        year = text("year", 4)
        # Links shared before the filter was renamed say "status".
        stage = text("stage") or text("status")
        return cls(
            q=" ".join(text("q", 200).split()),
            role=text("role") if text("role") in Role.values else "",
            topic=text("topic"),
            region=text("region", 2),
            municipality=text("municipality", 3),
            call=text("call"),
            stage=stage if stage in Phase.values else "",
            year=year if year.isdigit() else "",
            sort=text("sort") if text("sort") in SORTS else "",
        )

    @property
    def ordering(self) -> str:
        if self.sort:
            return "newest" if self.sort == "relevance" and not self.q else self.sort
        return "relevance" if self.q else "newest"

    def chosen(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FACETS}

    def active(self) -> list[tuple[str, str]]:
        return [(name, value) for name, value in self.chosen().items() if value]

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or self.active())

    def query_string(self, **changes) -> str:
        state = replace(self, **changes)
        return urlencode(
            [
                (name, getattr(state, name))
                for name in ("q", *FACETS, "sort")
                if getattr(state, name)
            ]
        )

    def without(self, name: str) -> str:
        """The query string of this state with one filter removed."""
        default = next(f.default for f in fields(Filters) if f.name == name)
        return self.query_string(**{name: default})


class Results(Sequence):
    """The matching experiments, in order, for Django's paginator: the index knows which and
    how many; a page's rows are fetched from SQL by id, public ones only."""

    def __init__(self, index: FacetIndex, mask: int, order: list[int] | None):
        self.index, self.mask, self.order = index, mask, order
        self.count = mask.bit_count()

    def __len__(self):
        return self.count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        offset = key.start or 0
        limit = (key.stop if key.stop is not None else self.count) - offset
        ids = self.index.page(self.mask, offset=offset, limit=limit, order=self.order)
        rows = Registration.objects.public().for_listing().in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool

    @property
    def text(self) -> str:
        return f"{self.label} ({self.count})"


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]


@dataclass
class Browse:
    results: Results
    facets: list[Facet]

    def label(self, name: str, value: str) -> str:
        facet = next(facet for facet in self.facets if facet.name == name)
        return next((o.label for o in facet.options if o.value == value), value)


def browse(filters: Filters, *, today: date) -> Browse:
    """One query for the data version, one more with a text search; the rows come later."""
    index = facet_index.current(today)
    within = index.everything
    order = None
    if filters.q:
        within, best_first = index.search(filters.q, matching_ids)
        if filters.ordering == "relevance":
            order = best_first
    mask, bases = index.filter(filters.chosen(), within=within)
    if filters.ordering == "title":
        order = index.title_order[active_language()]
    return Browse(Results(index, mask, order), _facets(index, filters, index.counts(bases)))


def _facets(index: FacetIndex, filters: Filters, counts) -> list[Facet]:
    language = active_language()
    labels = {
        "role": {role.value: role.label.capitalize() for role in Role},
        "stage": {phase.value: phase.label for phase in Phase},
    }
    for name in ("topic", "region", "municipality", "call"):
        labels[name] = {value: names[language] for value, names in index.names[name].items()}
    labels["year"] = {year: year for year in sorted(counts["year"], reverse=True)}
    facets = []
    for name in FACETS:
        chosen = getattr(filters, name)
        options = [
            Option(value, str(label), counts[name].get(value, 0), value == chosen)
            for value, label in labels[name].items()
            if counts[name].get(value) or value == chosen
        ]
        if chosen and chosen not in labels[name]:
            options.append(Option(chosen, chosen, 0, True))
        if name == "municipality":
            options.sort(key=lambda option: option.label)
        facets.append(Facet(name, TITLES[name], options))
    return facets
