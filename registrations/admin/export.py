"""The coordinators' CSV export of registrations, contact persons included: admin only.
Written by digikunta.exports, which neutralises what registrants wrote (CSV injection)."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from digikunta.exports import csv_response


def _both_names(municipality) -> str:
    if municipality.name_sv and municipality.name_sv != municipality.name_fi:
        return f"{municipality.name_fi} / {municipality.name_sv}"
    return municipality.name_fi


def _lead(registration) -> str:
    if registration.lead_municipality:
        return _both_names(registration.lead_municipality)
    return registration.lead_organisation.name if registration.lead_organisation else ""


def _names(objects, attribute="name") -> str:
    return ", ".join(sorted(getattr(item, attribute) or "" for item in objects))


def _topics(registration) -> str:
    names = [topic.name for topic in registration.topics.all()]
    if registration.other_topic:
        names.append(registration.other_topic)
    return ", ".join(names)


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _yes_no(value: bool) -> str:
    return gettext("Yes") if value else gettext("No")


def _number(value) -> int | str:
    # A number, not text, so that spreadsheets can sum it.
    return "" if value is None else value


# Each column: its header and how to get its value from a registration.
COLUMNS = [
    (_("Reference number"), lambda r: r.reference),
    (_("Status"), lambda r: r.get_status_display()),
    (_("Role"), lambda r: r.get_role_display()),
    (_("Call"), lambda r: r.call.title),
    (_("Lead"), _lead),
    (_("Municipalities (in Finnish)"), lambda r: _names(r.municipalities.all(), "name_fi")),
    (_("Municipalities (in Swedish)"), lambda r: _names(r.municipalities.all(), "name_sv")),
    (_("Partner organisations"), lambda r: _names(r.partner_organisations.all())),
    (_("Topics"), _topics),
    (_("Title (in Finnish)"), lambda r: r.title_fi or ""),
    (_("Title (in Swedish)"), lambda r: r.title_sv or ""),
    (_("Written in"), lambda r: r.get_language_display()),
    (_("Savings (€ per year)"), lambda r: _number(r.savings_eur_per_year)),
    (_("Late"), lambda r: _yes_no(r.is_late)),
    (_("Participation fee (€)"), lambda r: _number(r.fee_eur)),
    (_("Contact person"), lambda r: r.contact_name),
    (_("Job title"), lambda r: r.contact_title),
    (_("E-mail"), lambda r: r.contact_email),
    (_("Phone"), lambda r: r.contact_phone),
    (_("Language for communication"), lambda r: r.get_contact_language_display()),
    (_("Submitted"), lambda r: _moment(r.created_at)),
    (_("Published"), lambda r: _moment(r.published_at)),
]


def registrations_csv(registrations) -> HttpResponse:
    """The registrations as a CSV file in UTF-8 with a byte order mark, so that spreadsheets
    read it as UTF-8; headers and labels in the active language. Four queries, however many
    registrations: the registrations with their call and lead, then their municipalities,
    partner organisations and topics."""
    registrations = registrations.select_related(
        "call", "lead_municipality", "lead_organisation"
    ).prefetch_related("municipalities", "partner_organisations", "topics")
    return csv_response(
        filename=f"digikunta-registrations-{timezone.localdate():%Y-%m-%d}.csv",
        header=[header for header, _value in COLUMNS],
        rows=(
            [value(registration) for _header, value in COLUMNS] for registration in registrations
        ),
    )
