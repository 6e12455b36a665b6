"""An in-memory index of the public experiments, for the experiment list's filters, facet
counts and order, and for the statistics.

Every public experiment has a position (newest first); each facet value (a role, a topic, a
region…) is a bitmask of the positions that have it, held in a Python int. Filtering is AND,
and a facet count is a popcount, so a page costs microseconds whatever the number of
experiments. The index belongs to a data version (the latest change to a registration that is
or has been public, and the day, since stages follow dates): a published, edited or withdrawn
experiment is seen at once; a deleted one, or a renamed topic, when the index expires after
CACHE_SECONDS.
"""

import threading
import time
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import islice

from django.db.models import Max, Q

from network.models import Municipality, Organisation, OrganisationKind, Region, Topic
from registrations.models import Call, Registration, phase_of

CACHE_SECONDS = 300
# How many different text searches each index remembers.
SEARCHES_KEPT = 500
FACETS = ("role", "topic", "region", "municipality", "call", "stage", "year")


def data_version() -> str:
    """The latest change to a registration that is or has been public: publishing, editing and
    withdrawing all move it; new submissions, which the public never sees, do not."""
    published = Registration.objects.filter(published_at__isnull=False)
    latest = published.aggregate(latest=Max("updated_at"))["latest"]
    return latest.isoformat() if latest else "none"


def mask_of(positions, size: int) -> int:
    """A bitmask with these positions set, built in a byte array: setting bits one by one in
    an int would copy the whole int each time."""
    bits = bytearray((size + 7) // 8)
    for position in positions:
        bits[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(bits, "little")


def positions_in(mask: int):
    """The set positions of a mask, lowest first, scanning its bytes (zero bytes are skipped)."""
    for byte_index, byte in enumerate(mask.to_bytes((mask.bit_length() + 7) // 8, "little")):
        while byte:
            lowest = byte & -byte
            yield (byte_index << 3) + lowest.bit_length() - 1
            byte ^= lowest


@dataclass
class FacetIndex:
    version: str
    ids: list[int]
    masks: dict[str, dict[str, int]]
    # Positions in the order of their titles, in each language (with the other as fallback).
    title_order: dict[str, list[int]]
    # Names of facet values in each language, for labels.
    names: dict[str, dict[str, dict[str, str]]]
    # How many regional councils take part (lead or partner) in public experiments.
    regional_councils: int
    built_at: float = field(default_factory=time.monotonic)
    # Text searches made on this data: {text: (mask, positions best first)}.
    searches: dict[str, tuple[int, list[int]]] = field(default_factory=dict)

    @property
    def everything(self) -> int:
        return (1 << len(self.ids)) - 1

    def mask(self, facet: str, value: str) -> int:
        return self.masks[facet].get(str(value), 0)

    @cached_property
    def position(self) -> dict[int, int]:
        return {pk: index for index, pk in enumerate(self.ids)}

    def search(self, text: str, find_ids) -> tuple[int, list[int]]:
        """The positions matching a text search, as a mask and best first; find_ids(text) asks
        the database the first time this text is searched on this data."""
        key = text.casefold()
        if key not in self.searches:
            position = self.position
            order = [position[pk] for pk in find_ids(text) if pk in position]
            if len(self.searches) >= SEARCHES_KEPT:
                self.searches.pop(next(iter(self.searches)))
            self.searches[key] = (mask_of(order, len(self.ids)), order)
        return self.searches[key]

    def filter(self, chosen: dict[str, str], *, within: int) -> tuple[int, dict[str, int]]:
        """The positions matching every chosen value, and for each facet the positions matching
        all the others (its base for counts: what choosing another value would give)."""
        selected = {name: self.mask(name, value) for name, value in chosen.items() if value}
        result = within
        for mask in selected.values():
            result &= mask
        bases = {}
        for name in FACETS:
            if name in selected:
                base = within
                for other, mask in selected.items():
                    if other != name:
                        base &= mask
                bases[name] = base
            else:
                bases[name] = result
        return result, bases

    def counts(self, bases: dict[str, int]) -> dict[str, dict[str, int]]:
        return {
            name: {
                value: count
                for value, mask in self.masks[name].items()
                if (count := (mask & bases[name]).bit_count())
            }
            for name in FACETS
        }

    def page(self, mask: int, *, offset: int, limit: int, order: list[int] | None = None):
        """The ids of one page of the positions in the mask, newest first or in the given
        order of positions."""
        if order is None:
            matching = positions_in(mask)
        else:
            bits = mask.to_bytes((len(self.ids) + 7) // 8, "little")
            matching = (p for p in order if bits[p >> 3] >> (p & 7) & 1)
        return [self.ids[position] for position in islice(matching, offset, offset + limit)]


def build(version: str, today: date) -> FacetIndex:
    """Ten queries: the public experiments; their topics, regions and municipalities; the
    names of topics, regions, municipalities (with their regions) and calls; the regional
    councils taking part."""
    public = Registration.objects.public()
    rows = list(
        public.newest_first().values_list(
            "pk", "role", "call__slug", "start_year", "starts_on", "ends_on", "title_fi", "title_sv"
        )
    )
    ids = [row[0] for row in rows]
    position = {pk: index for index, pk in enumerate(ids)}
    positions: dict[str, dict[str, list[int]]] = {name: {} for name in FACETS}

    def add(name: str, value, index: int) -> None:
        if value is not None and value != "":
            positions[name].setdefault(str(value), []).append(index)

    for index, (_pk, role, call, year, starts_on, ends_on, _fi, _sv) in enumerate(rows):
        add("role", role, index)
        add("call", call, index)
        add("year", year, index)
        add("stage", phase_of(role, starts_on, ends_on, today).value, index)
    for name, relation, key in [
        ("topic", "topics", "topic__slug"),
        ("region", "regions", "region__code"),
        ("municipality", "municipalities", "municipality__code"),
    ]:
        through = getattr(Registration, relation).through
        pairs = through.objects.filter(registration__in=public.values("pk")).values_list(
            "registration_id", key
        )
        for registration_id, value in pairs:
            add(name, value, position[registration_id])

    masks = {
        name: {value: mask_of(found, len(ids)) for value, found in values.items()}
        for name, values in positions.items()
    }

    def by_title(first: int, second: int) -> list[int]:
        def title(index: int) -> tuple[str, int]:
            row = rows[index]
            return ((row[first] or row[second] or "").casefold(), ids[index])

        return sorted(range(len(rows)), key=title)

    return FacetIndex(
        version=version,
        ids=ids,
        masks=masks,
        title_order={"fi": by_title(6, 7), "sv": by_title(7, 6)},
        names=_names(),
        regional_councils=Organisation.objects.filter(kind=OrganisationKind.REGIONAL_COUNCIL)
        .filter(
            Q(led_registrations__in=public.values("pk"))
            | Q(partner_registrations__in=public.values("pk"))
        )
        .distinct()
        .count(),
    )


def _names() -> dict[str, dict[str, dict[str, str]]]:
    """{facet: {value: {language: name}}} for topics, regions, municipalities and calls, and
    {"municipality_region": {code: {"code": region code}}}."""
    names: dict[str, dict[str, dict[str, str]]] = {
        "municipality_region": {
            code: {"code": region}
            for code, region in Municipality.objects.values_list("code", "region__code")
        }
    }
    for facet, queryset, key, name in [
        ("topic", Topic.objects.all(), "slug", "name"),
        ("region", Region.objects.all(), "code", "name"),
        ("municipality", Municipality.objects.all(), "code", "name"),
        ("call", Call.objects.published(), "slug", "title"),
    ]:
        names[facet] = {
            str(value): {"fi": fi or sv, "sv": sv or fi}
            for value, fi, sv in queryset.values_list(key, f"{name}_fi", f"{name}_sv")
        }
    return names


_lock = threading.Lock()
_current: FacetIndex | None = None


def current(today: date) -> FacetIndex:
    """The index of the data as it is now: one query to check its version, and a rebuild when
    the data has changed, the day has turned or the index has expired."""
    global _current
    version = f"{data_version()}/{today.isoformat()}"
    index = _current
    if index and index.version == version and time.monotonic() - index.built_at < CACHE_SECONDS:
        return index
    with _lock:
        if _current is None or _current.version != version or _current is index:
            _current = build(version, today)
        return _current


def forget() -> None:
    """Drop the index (for tests that change data behind the version's back)."""
    global _current
    _current = None
