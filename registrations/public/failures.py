"""The Day of Failure: what did not work, from accepted reports, told as the participants told
it: what was tried, what went wrong, what others should know. Searchable over those texts
(PostgreSQL full text, each language with its own stemmer, through the GIN index of migration
0070; plain containment elsewhere) and filterable by topic, region, programme and start year.

A page is a count and its rows, whatever the number of reports; the filters' choices come from
the shared cache."""

import re
from dataclasses import dataclass, fields

from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils.http import urlencode

from network.models import Programme
from registrations.models import CONTACT_FIELDS, Report, ReportState
from registrations.public.shared_cache import cached

TABLE = Report._meta.db_table
# The texts searched, as the index of migration 0070 has them: the same expression, or
# PostgreSQL would not use the index.
SEARCHED = ("done", "failures", "lessons")
CONFIGS = {"fi": "finnish", "sv": "swedish"}


def _document(table: str = TABLE) -> str:
    def joined(language):
        return " || ' ' || ".join(f"coalesce({table}.{name}_{language}, '')" for name in SEARCHED)

    return " || ".join(
        f"to_tsvector('{config}'::regconfig, {joined(language)})"
        for language, config in CONFIGS.items()
    )


DOCUMENT = _document()
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
WORDS_MAX = 8


@dataclass(frozen=True)
class FailureFilters:
    q: str = ""
    topic: str = ""
    region: str = ""
    programme: str = ""
    year: str = ""

    @classmethod
    def from_query(cls, params: QueryDict) -> "FailureFilters":
        """A value that cannot be valid is ignored, never an error."""

        def text(name, length=80):
            return params.get(name, "").strip()[:length]

        year = text("year", 4)
        return cls(
            q=" ".join(text("q", 200).split()),
            topic=text("topic"),
            region=text("region", 2),
            programme=text("programme"),
            year=year if year.isdigit() else "",
        )

    @property
    def is_filtered(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def query_string(self) -> str:
        return urlencode(
            [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]
        )


def shared():
    """Accepted reports of public experiments that tell of a failure or a lesson. Public as
    Report.objects.public() decides (accepted, of an accepted registration), read through the
    search table, which holds exactly the accepted registrations and whose narrow primary key
    is cheaper to join than the registrations themselves."""
    told = Q()
    for name in ("failures", "lessons"):
        for language in CONFIGS:
            told |= Q(**{f"{name}_{language}__gt": ""})
    return Report.objects.filter(
        told, state=ReportState.ACCEPTED, registration__search_entry__isnull=False
    )


def _matching(reports, q: str):
    words = [word.lower() for word in _WORD.findall(q)][:WORDS_MAX]
    if not words:
        return reports
    if connection.vendor == "postgresql":
        # Each word as a prefix, stemmed in both languages: "epäonnistu" finds
        # "epäonnistuminen", "misslyck" finds "misslyckades".
        query = " & ".join(f"{word}:*" for word in words)
        condition = RawSQL(
            f"({DOCUMENT}) @@ (to_tsquery('finnish', %s) || to_tsquery('swedish', %s))",
            [query, query],
            output_field=BooleanField(),
        )
        return reports.filter(condition)
    for word in words:
        found = Q()
        for name in SEARCHED:
            for language in CONFIGS:
                found |= Q(**{f"{name}_{language}__icontains": word})
        reports = reports.filter(found)
    return reports


def failures(filters: FailureFilters):
    """The reports the page lists, newest accepted first, with what a story shows."""
    reports = _matching(shared(), filters.q)
    if filters.topic:
        reports = reports.filter(registration__topics__slug=filters.topic)
    if filters.region:
        reports = reports.filter(registration__regions__code=filters.region)
    if filters.programme:
        reports = reports.filter(registration__call__programme__slug=filters.programme)
    if filters.year:
        reports = reports.filter(registration__start_year=int(filters.year))
    return (
        reports.select_related(
            "registration", "registration__lead_municipality", "registration__lead_organisation"
        )
        .defer(*(f"registration__{name}" for name in CONTACT_FIELDS))
        .order_by("-reviewed_at", "-pk")
    )


@dataclass
class Story:
    """One report as the page tells it, in the language it was written in."""

    report: Report
    language: str
    tried: str
    went_wrong: str
    lessons: str

    @property
    def experiment(self):
        return self.report.registration


def stories(reports) -> list[Story]:
    told = []
    for report in reports:
        language = report.language

        def text(name, language=language, report=report):
            return getattr(report, f"{name}_{language}") or ""

        told.append(Story(report, language, text("done"), text("failures"), text("lessons")))
    return told


PROGRAMMES_SECONDS = 300


def programme_choices(version: int) -> list[tuple[str, dict[str, str]]]:
    """(slug, names by language) of the published programmes: one query, from the shared
    cache (a programme renamed in the admin is seen within minutes)."""

    def load():
        return [
            (slug, {"fi": fi or sv, "sv": sv or fi})
            for slug, fi, sv in Programme.objects.published().values_list(
                "slug", "name_fi", "name_sv"
            )
        ]

    return cached("programmes", version, load, timeout=PROGRAMMES_SECONDS)
