"""Browsing public experiments: filters read from the URL, facets with their counts, order.

Every state is a plain GET URL, so it can be shared and works without JavaScript. The count of
each facet's option is the number of results that choosing it would give, keeping the other
filters, so the numbers always match what a click shows. PostgreSQL does the work, on the
search table (registrations.public.facets); a page's rows are then fetched by id.
"""

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from digikunta.languages import active_language
from registrations.models import Phase, Registration, Role, facet_key
from registrations.public import facets, names, search
from registrations.public.facets import EXACT_LIMIT, Counts, PageWanted, Selection
from registrations.public.shared_cache import data_version

FACETS = ("role", "topic", "region", "municipality", "call", "stage", "year")
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
# A facet with more options than this is shown as a disclosure with the most common ones and
# a field for the others, instead of a select of hundreds of options.
SHORT_FACET = 25
SHOWN_OF_LONG = 10


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
            municipality=text("municipality"),
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


def selection_of(filters: Filters, known: names.Names) -> Selection:
    """The filters as the search table knows them: keys for the values, the text as a query."""
    keys, impossible, stage = {}, False, None
    for name, value in filters.active():
        if name == "year":
            keys[name] = facet_key("year", int(value))
            continue
        found = known.values[name].get(value)
        if found is None:
            impossible = True
        elif name == "stage":
            stage = facet_key("stage", found.id)
        else:
            keys[name] = facet_key(name, found.id)
    tsquery = contains = None
    if filters.q:
        if search.is_full_text():
            tsquery = search.tsquery(filters.q)
            impossible = impossible or tsquery is None
        else:
            contains = search.folded(filters.q)
    return Selection(
        tsquery=tsquery, contains=contains, keys=keys, stage=stage, impossible=impossible
    )


def _normalised(filters: Filters, known: names.Names) -> Filters:
    """A municipality may be typed by its name, in either language: it becomes its code."""
    if not filters.municipality or filters.municipality in known.values["municipality"]:
        return filters
    wanted = search.folded(filters.municipality)
    for value in known.values["municipality"].values():
        if wanted in {search.folded(name) for name in value.names.values()}:
            return replace(filters, municipality=value.value)
    return filters


class Results(Sequence):
    """The matching experiments, in order, for Django's paginator: the counts say how many;
    a page's ids come from the search table, its rows from SQL by id, public ones only."""

    def __init__(self, selection: Selection, counts: Counts, *, wanted: PageWanted, today: date):
        self.selection, self.wanted, self.today = selection, wanted, today
        self.is_over = counts.total is None
        self.count = EXACT_LIMIT if self.is_over else counts.total
        # The page the counts came with, if they did (see facets.count), and how to read one.
        self.ready, self.walk = counts.page, counts.walk

    def __len__(self):
        return self.count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        offset = key.start or 0
        limit = (key.stop if key.stop is not None else self.count) - offset
        if limit <= 0 or not self.count:
            return []
        wanted = replace(self.wanted, offset=offset, limit=limit)
        if self.ready is not None and offset == self.wanted.offset and limit <= len(self.ready):
            ids = self.ready[:limit]
        else:
            ids = facets.page_ids(
                self.selection,
                page=wanted,
                today=self.today,
                size=None if self.is_over else self.count,
                walk=self.walk,
            )
        rows = Registration.objects.public().for_listing().in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]


@dataclass
class Option:
    value: str
    label: str
    count: int | None  # None: more results than are counted (see facets.EXACT_LIMIT)
    selected: bool

    @property
    def text(self) -> str:
        return self.label if self.count is None else f"{self.label} ({self.count})"


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]

    @property
    def is_long(self) -> bool:
        return len(self.options) > SHORT_FACET

    @property
    def most_common(self) -> list[Option]:
        """The options a long facet shows as links: the chosen one and the most common."""
        ranked = sorted(self.options, key=lambda o: (not o.selected, -(o.count or 0), o.label))
        return ranked[:SHOWN_OF_LONG]

    @property
    def chosen(self) -> Option | None:
        return next((option for option in self.options if option.selected), None)


@dataclass
class Browse:
    filters: Filters  # as read, a municipality's name made its code
    results: Results
    facets: list[Facet]

    @property
    def is_over(self) -> bool:
        return self.results.is_over

    def label(self, name: str, value: str) -> str:
        facet = next(facet for facet in self.facets if facet.name == name)
        return next((o.label for o in facet.options if o.value == value), value)


def browse(filters: Filters, *, today: date, page: int = 1, per_page: int = 20) -> Browse:
    """A query for the data version, one to expand a text search's words, one for the counts
    and, when they are few enough to count, the ids of the page asked for (none for the
    unfiltered list, counted once per version in the shared cache); the rows come later."""
    version = data_version()
    known = names.current(version)
    filters = _normalised(filters, known)
    selection = selection_of(filters, known)
    wanted = PageWanted(
        order=filters.ordering,
        language=active_language(),
        offset=(max(page, 1) - 1) * per_page,
        limit=per_page,
    )
    counts = facets.count(selection, version=version, today=today, page=wanted)
    results = Results(selection, counts, wanted=wanted, today=today)
    return Browse(filters, results, _facets(known, filters, counts, counts.everything))


def _facets(known: names.Names, filters: Filters, counts: Counts, everything) -> list[Facet]:
    language = active_language()
    labels = {
        "role": {role.value: role.label.capitalize() for role in Role},
        "stage": {phase.value: str(phase.label) for phase in Phase},
    }
    for name in ("topic", "region", "municipality", "call"):
        labels[name] = {value: found.names[language] for value, found in known.values[name].items()}
    years = sorted(everything["year"], reverse=True)
    labels["year"] = {str(year): str(year) for year in years}
    result = []
    for name in FACETS:
        chosen = getattr(filters, name)
        counted = counts.by_facet.get(name)
        ids = {value: _id_of(known, name, value) for value in labels[name]}
        options = []
        for value, label in labels[name].items():
            selected = value == chosen
            exists = everything[name].get(ids[value])
            if counted is None:
                if exists or selected:
                    options.append(Option(value, str(label), None, selected))
                continue
            count = counted.get(ids[value], 0)
            if count or selected:
                options.append(Option(value, str(label), count, selected))
        if chosen and chosen not in labels[name]:
            options.append(Option(chosen, chosen, 0 if counted is not None else None, True))
        if name == "municipality":
            options.sort(key=lambda option: option.label)
        result.append(Facet(name, str(TITLES[name]), options))
    return result


def _id_of(known: names.Names, name: str, value: str) -> int:
    if name == "year":
        return int(value)
    return known.values[name][value].id
