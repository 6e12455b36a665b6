"""The tables of the bulk download, each with its public queryset and its columns, documented
in both languages (how they are read and written: columns.py)."""

from decimal import Decimal

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
)
from registrations.opendata.bulk.columns import (
    LIST,
    NUMBER,
    TRANSLATED,
    Column,
    ListOf,
    Table,
    euros_of,
    page_links,
    stage_of,
)
from registrations.public.organisations import public_organisations

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
            page_links("registrations:experiment", "reference"),
            TRANSLATED,
        ),
        Column("role", _("kokeilija (experimenter) or vaikuttaja (influencer)."), "role"),
        Column(
            "stage",
            _("planned, ongoing, ended or implemented, on the day of the export."),
            stage_of,
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
            euros_of("savings_eur_per_year"),
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
            euros_of("savings__cost_before"),
            NUMBER,
        ),
        Column(
            "cost_after",
            _("Annual cost after (€ per year)."),
            euros_of("savings__cost_after"),
            NUMBER,
        ),
        Column(
            "one_off_costs", _("One-off costs (€)."), euros_of("savings__one_off_costs"), NUMBER
        ),
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
