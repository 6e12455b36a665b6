"""The tables of the bulk download: for each, its public queryset and its columns, each
column documented in both languages. CSV writes a translated value as two columns (name_fi,
name_sv) and a list as one cell joined by semicolons; JSON Lines keeps {"fi", "sv"} objects
and arrays, as the API does.

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
from django.utils.translation import gettext_lazy as _

from network.models import Event, Municipality, NetworkGroup, Programme, Region, Topic
from registrations.models import (
    REPORT_TEXT_FIELDS,
    TEXT_FIELDS,
    Call,
    GroupMembership,
    Introduction,
    Registration,
    Report,
    Status,
    phase_of,
)
from registrations.public.organisations import public_organisations

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


def _pages(view_name: str, key: str) -> Callable[[dict], dict]:
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


def _stage(row: dict) -> str:
    return phase_of(row["role"], row["starts_on"], row["ends_on"], timezone.localdate()).value


def _euros(key: str) -> Callable[[dict], Decimal | None]:
    return lambda row: None if row[key] is None else Decimal(row[key])


EXPERIMENTS = Table(
    "experiments",
    _("Experiments"),
    _("Public experiments (kokeilija) and reforms (vaikuttaja)."),
    (
        Column("id", _("Stable number of the record."), "pk", NUMBER),
        Column("reference", _("Reference number, as on the site."), "reference"),
        Column(
            "page",
            _("The record's page on the site."),
            _pages("registrations:experiment", "reference"),
            TRANSLATED,
        ),
        Column("role", _("kokeilija (experimenter) or vaikuttaja (influencer)."), "role"),
        Column(
            "stage", _("planned, ongoing, ended or implemented, on the day of the export."), _stage
        ),
        Column("language", _("The language it was written in (fi or sv)."), "language"),
        Column("call", _("The call's slug (see calls)."), "call__slug"),
        Column("programme", _("The programme's slug (see programmes)."), "call__programme__slug"),
        Column("topics", _("Slugs of its topics (see topics)."), kind=LIST),
        Column("other_topic", _("Another topic, in the registrant's words."), "other_topic"),
        Column(
            "lead_municipality",
            _("Code of the lead municipality (see municipalities)."),
            "lead_municipality__code",
        ),
        Column(
            "lead_organisation",
            _("Id of the lead organisation (see organisations)."),
            "lead_organisation_id",
            NUMBER,
        ),
        Column("municipalities", _("Codes of the municipalities taking part."), kind=LIST),
        Column("regions", _("Codes of the regions taking part."), kind=LIST),
        Column("partner_organisations", _("Ids of the partner organisations."), kind=LIST),
        *(
            Column(name, Registration._meta.get_field(name).verbose_name, kind=TRANSLATED)
            for name in TEXT_FIELDS
        ),
        Column("support_wanted", _("Kinds of support wanted."), "support_wanted", LIST),
        Column("can_share", _("What can be shared with others."), "can_share", LIST),
        Column("starts_on", _("Start date (ISO 8601)."), "starts_on"),
        Column("ends_on", _("End date (ISO 8601)."), "ends_on"),
        Column("start_year", _("Start year."), "start_year", NUMBER),
        Column(
            "savings_eur_per_year",
            _("Savings in euros a year, as reported."),
            _euros("savings_eur_per_year"),
            NUMBER,
        ),
        Column("savings_from_year", _("Savings measured from (year)."), "savings_from_year"),
        Column("savings_to_year", _("Savings measured until (year)."), "savings_to_year"),
        Column("published_at", _("When it was published (ISO 8601)."), "published_at"),
    ),
    lambda: Registration.objects.public(),
    needs=("reference", "role", "starts_on", "ends_on", "savings_eur_per_year"),
    lists={
        "topics": ListOf(Registration.topics.through, "registration_id", "topic__slug"),
        "municipalities": ListOf(
            Registration.municipalities.through, "registration_id", "municipality__code"
        ),
        "regions": ListOf(Registration.regions.through, "registration_id", "region__code"),
        "partner_organisations": ListOf(
            Registration.partner_organisations.through, "registration_id", "organisation_id"
        ),
    },
)

MUNICIPALITIES = Table(
    "municipalities",
    _("Municipalities"),
    _("Finland's municipalities (Statistics Finland)."),
    (
        Column("code", _("Municipality code.")),
        Column("name", _("Name."), kind=TRANSLATED),
        Column("region", _("Code of its region."), "region__code"),
        Column("language_status", _("Language status.")),
        Column("population", _("Population."), kind=NUMBER),
        Column("population_year", _("Year of the population figure."), kind=NUMBER),
        Column("statistical_group", _("Statistical grouping.")),
        Column("is_active", _("false for a municipality that has merged into another.")),
    ),
    lambda: Municipality.objects.all(),
)

REGIONS = Table(
    "regions",
    _("Regions"),
    _("Finland's regions (Statistics Finland)."),
    (Column("code", _("Region code.")), Column("name", _("Name."), kind=TRANSLATED)),
    lambda: Region.objects.all(),
)

TOPICS = Table(
    "topics",
    _("Topics"),
    _("Topics of the experiments."),
    (
        Column("slug", _("Slug, as in the site's addresses.")),
        Column("name", _("Name."), kind=TRANSLATED),
        Column("description", _("Description."), kind=TRANSLATED),
    ),
    lambda: Topic.objects.all(),
)

PROGRAMMES = Table(
    "programmes",
    _("Programmes"),
    _("Programmes and their editions."),
    (
        Column("slug", _("Slug.")),
        Column("name", _("Name."), kind=TRANSLATED),
        Column("description", _("Description."), kind=TRANSLATED),
        Column("organiser", _("Organiser.")),
        Column("start_year", _("First year."), kind=NUMBER),
        Column("end_year", _("Last year; empty while it goes on."), kind=NUMBER),
    ),
    lambda: Programme.objects.published(),
)

CALLS = Table(
    "calls",
    _("Calls"),
    _("Calls for participation."),
    (
        Column("slug", _("Slug.")),
        Column("title", _("Title."), kind=TRANSLATED),
        Column("programme", _("The programme's slug."), "programme__slug"),
        Column("opens_at", _("Opens (ISO 8601).")),
        Column("closes_at", _("Deadline (ISO 8601).")),
        Column("late_until", _("Late registrations until (ISO 8601).")),
        Column("roles", _("Who could register.")),
    ),
    lambda: Call.objects.published(),
)

ORGANISATIONS = Table(
    "organisations",
    _("Organisations"),
    _("Organisations that lead or take part in a public experiment."),
    (
        Column("id", _("Stable number of the record."), "pk", NUMBER),
        Column("name", _("Name."), kind=TRANSLATED),
        Column("kind", _("Kind of organisation.")),
        Column("business_id", _("Business ID (Y-tunnus).")),
        Column("region", _("Code of its region."), "region__code"),
        Column("website", _("Website.")),
    ),
    public_organisations,
)

EVENTS = Table(
    "events",
    _("Events"),
    _("Published events of the network: workshops, seminars, the experiment week."),
    (
        Column("slug", _("Slug.")),
        Column("kind", _("Kind of event.")),
        Column("title", _("Title."), kind=TRANSLATED),
        Column("description", _("Description."), kind=TRANSLATED),
        Column("starts_at", _("Starts (ISO 8601).")),
        Column("ends_at", _("Ends (ISO 8601).")),
        Column("status", _("scheduled, postponed or cancelled.")),
        Column("address", _("Address.")),
        Column("municipality", _("Municipality code."), "municipality__code"),
        Column("organiser", _("Organiser.")),
        Column("programme", _("The programme's slug."), "programme__slug"),
        Column("group", _("The network group's slug."), "group__slug"),
        Column("umbrella", _("The slug of the event it is part of."), "parent__slug"),
        Column("topics", _("Slugs of its topics (see topics)."), kind=LIST),
    ),
    lambda: Event.objects.published(),
    lists={"topics": ListOf(Event.topics.through, "event_id", "topic__slug")},
)

GROUPS = Table(
    "groups",
    _("Network groups"),
    _("Public thematic groups of the network and their public member experiments."),
    (
        Column("slug", _("Slug.")),
        Column("name", _("Name."), kind=TRANSLATED),
        Column("description", _("Description."), kind=TRANSLATED),
        Column("topic", _("The topic's slug."), "topic__slug"),
        Column("starts_on", _("Start date (ISO 8601).")),
        Column("ends_on", _("End date (ISO 8601).")),
        Column("municipalities", _("Codes of its municipalities."), kind=LIST),
        Column("members", _("Reference numbers of its public member experiments."), kind=LIST),
    ),
    lambda: NetworkGroup.objects.published(),
    lists={
        "municipalities": ListOf(
            NetworkGroup.municipalities.through, "networkgroup_id", "municipality__code"
        ),
        "members": ListOf(
            GroupMembership,
            "group_id",
            "registration__reference",
            where={"registration__status": Status.ACCEPTED},
        ),
    },
)

MENTORING = Table(
    "mentoring",
    _("Mentoring"),
    _("Mentoring and peer relations between experiments that both sides agreed to show."),
    (
        Column("id", _("Stable number of the record."), "pk", NUMBER),
        Column("kind", _("mentor or peer.")),
        Column(
            "mentor", _("Reference number of the mentor or first experiment."), "first__reference"
        ),
        Column("experiment", _("Reference number of the experiment."), "second__reference"),
        Column("state", _("introduced, active or completed.")),
        Column("starts_on", _("Start date (ISO 8601).")),
        Column("ends_on", _("End date (ISO 8601).")),
    ),
    lambda: Introduction.objects.public(),
)


def _net_saving(row: dict) -> Decimal | None:
    before, after = row["savings__cost_before"], row["savings__cost_after"]
    return None if before is None or after is None else Decimal(before) - Decimal(after)


REPORTS = Table(
    "reports",
    _("Reports"),
    _("Accepted progress and final reports: results, failures and lessons, savings."),
    (
        Column("id", _("Stable number of the record."), "pk", NUMBER),
        Column("experiment", _("Reference number of the experiment."), "registration__reference"),
        Column("kind", _("progress or final.")),
        Column("stage", _("planned, ongoing, finished or stopped.")),
        Column("progress", _("Progress (%)."), kind=NUMBER),
        Column("language", _("The language it was written in (fi or sv).")),
        *(
            Column(name, Report._meta.get_field(name).verbose_name, kind=TRANSLATED)
            for name in REPORT_TEXT_FIELDS
        ),
        Column(
            "cost_before",
            _("Annual cost before (€ per year)."),
            _euros("savings__cost_before"),
            NUMBER,
        ),
        Column(
            "cost_after",
            _("Annual cost after (€ per year)."),
            _euros("savings__cost_after"),
            NUMBER,
        ),
        Column("one_off_costs", _("One-off costs (€)."), _euros("savings__one_off_costs"), NUMBER),
        Column(
            "net_saving",
            _("Net saving (€ per year): cost before minus cost after."),
            _net_saving,
            NUMBER,
        ),
        Column(
            "savings_verified",
            _("true when a coordinator has verified the savings."),
            lambda row: row["savings__verified_at"] is not None,
        ),
        Column("reviewed_at", _("When it was accepted (ISO 8601).")),
    ),
    lambda: Report.objects.public(),
    needs=(
        "savings__cost_before",
        "savings__cost_after",
        "savings__one_off_costs",
        "savings__verified_at",
    ),
)

TABLES = (
    EXPERIMENTS,
    PROGRAMMES,
    CALLS,
    TOPICS,
    REGIONS,
    MUNICIPALITIES,
    ORGANISATIONS,
    EVENTS,
    GROUPS,
    MENTORING,
    REPORTS,
)
