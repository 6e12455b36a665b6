"""How a table of the bulk download is declared and read: its columns (each documented in
both languages; CSV writes a translated value as two columns and a list as one cell joined by
semicolons, JSON Lines keeps {"fi", "sv"} objects and arrays, as the API does) and its rows.

Rows are read as plain values, a chunk at a time by primary key, and a list column (an
experiment's topics, say) from its link table for the whole chunk at once: no model objects,
so 100,000 experiments stream in seconds with flat memory."""

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter

from django.conf import settings
from django.db.models import Model, QuerySet
from django.urls import reverse
from django.utils import timezone, translation

from registrations.models import phase_of

LANGUAGES = ("fi", "sv")
TEXT, TRANSLATED, LIST, NUMBER = "text", "translated", "list", "number"
CHUNK = 5000
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class Column:
    name: str
    description: object  # a lazy translation
    source: str | Callable[[dict], object] | None = None  # a value's key, or how to make it
    kind: str = TEXT

    def value(self, row: dict):
        if callable(self.source):
            return self.source(row)
        if self.kind == TRANSLATED:
            base = self.source or self.name
            return {language: row[f"{base}_{language}"] or None for language in LANGUAGES}
        return row[self.source or self.name]

    def csv_names(self) -> list[str]:
        if self.kind == TRANSLATED:
            return [f"{self.name}_{language}" for language in LANGUAGES]
        return [self.name]

    def csv_cells(self, row: dict) -> list:
        value = self.value(row)
        if self.kind == TRANSLATED:
            return [value[language] for language in LANGUAGES]
        if self.kind == LIST:
            return [";".join(value)]
        if isinstance(value, Decimal):
            return [value.quantize(CENTS)]  # a number in the CSV, never text
        return [_plain(value)]

    def csv_getters(self) -> list[Callable[[dict], object]]:
        """csv_cells as one function per cell, chosen once: for plain columns, a key read."""
        if self.kind == TRANSLATED and not callable(self.source):
            base = self.source or self.name
            return [itemgetter(f"{base}_{language}") for language in LANGUAGES]
        if self.kind in (TEXT, NUMBER) and not callable(self.source):
            key = itemgetter(self.source or self.name)
            return [lambda row: _plain(key(row))]
        if self.kind == TRANSLATED:
            return [
                lambda row, language=language: self.value(row)[language] for language in LANGUAGES
            ]
        return [lambda row: self.csv_cells(row)[0]]

    def json_value(self, row: dict):
        value = self.value(row)
        if isinstance(value, Decimal):
            return f"{value:.2f}"  # euros as a string of decimals, as in the API
        return value if self.kind in (TRANSLATED, LIST) else _plain(value)

    def json_getter(self) -> Callable[[dict], object]:
        """json_value as one function chosen once: a key read where the value is stored as it
        is written (dates and Decimals are turned into text by the writer's JSON encoder)."""
        if callable(self.source):
            return self.json_value
        if self.kind == TRANSLATED:
            base = self.source or self.name
            fi, sv = f"{base}_fi", f"{base}_sv"
            return lambda row: {"fi": row[fi] or None, "sv": row[sv] or None}
        return itemgetter(self.source or self.name)

    def fields(self) -> list[str]:
        """The values this column reads from the database."""
        if callable(self.source) or (self.kind == LIST and not self.source):
            return []
        if self.kind == TRANSLATED:
            return [f"{self.source or self.name}_{language}" for language in LANGUAGES]
        return [self.source or self.name]


def _plain(value):
    return value.isoformat() if isinstance(value, datetime | date) else value


@dataclass(frozen=True)
class ListOf:
    """A list column read from a link table: (its through model, the owner's key, the value)."""

    through: type[Model]
    owner: str
    value: str
    where: dict = field(default_factory=dict)  # which links count (public ones only)


@dataclass(frozen=True)
class Table:
    name: str
    title: object
    description: object
    columns: tuple[Column, ...]
    queryset: Callable[[], QuerySet]
    # Values the computed columns need, beyond those the columns name.
    needs: tuple[str, ...] = ()
    lists: dict[str, ListOf] = field(default_factory=dict)

    def records(self) -> Iterator[dict]:
        fields = {"pk", *self.needs}
        for column in self.columns:
            fields.update(column.fields())
        last = None
        while True:
            chunk = self.queryset().order_by("pk")
            if last is not None:
                chunk = chunk.filter(pk__gt=last)
            rows = list(chunk.values(*sorted(fields))[:CHUNK])
            if not rows:
                return
            self._add_lists(rows)
            yield from rows
            last = rows[-1]["pk"]

    def _add_lists(self, rows: list[dict]) -> None:
        # The chunk's range of keys, rather than thousands of ids in an IN list: links of rows
        # outside the chunk (not public) are read and left unused.
        first, last = rows[0]["pk"], rows[-1]["pk"]
        for name, link in self.lists.items():
            found = defaultdict(list)
            pairs = (
                link.through.objects.filter(
                    **{f"{link.owner}__gte": first, f"{link.owner}__lte": last}, **link.where
                )
                .order_by(link.owner, link.value)
                .values_list(link.owner, link.value)
            )
            for owner, value in pairs:
                found[owner].append(str(value))
            for row in rows:
                row[name] = found.get(row["pk"], [])


def page_links(view_name: str, key: str) -> Callable[[dict], dict]:
    """The record's page in both languages: each address reversed once (on first use, when
    the URLs are loaded), then filled in for every row."""
    marker, patterns = "MARKER", {}

    def links(row: dict) -> dict:
        if not patterns:
            for language in LANGUAGES:
                with translation.override(language):
                    patterns[language] = settings.SITE_URL + reverse(view_name, args=[marker])
        return {language: p.replace(marker, str(row[key])) for language, p in patterns.items()}

    return links


def stage_of(row: dict) -> str:
    return phase_of(row["role"], row["starts_on"], row["ends_on"], timezone.localdate()).value


def euros_of(key: str) -> Callable[[dict], Decimal | None]:
    return lambda row: None if row[key] is None else Decimal(row[key])
