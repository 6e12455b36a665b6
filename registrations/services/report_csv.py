"""All reports as CSV, and back: coordinators export every report and import reports in the
export's own format (from a spreadsheet, or reports sent on paper).

A row is keyed by the registration's reference number, the kind of report and its number among
the registration's reports of that kind (1, 2, … oldest first; the final report is always 1):
a row with a key that exists updates that report, any other row adds it, so importing a file
twice changes nothing the second time. The header is made of column codes, the same in every
language. What the site computes (the net saving) is exported and ignored on import; so is the
verification, which only a coordinator gives, in the admin. No personal data: no contact
person, no coordinator's name.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from digikunta.exports import FORMULA_STARTS
from registrations.models import (
    REPORT_TEXT_FIELDS,
    Registration,
    Report,
    ReportKind,
    ReportStage,
    ReportState,
    Savings,
)
from registrations.services.savings import FIGURES, apply_figures, refresh_current
from registrations.services.savings import SavingsFigures as Figures

LANGUAGES = ("fi", "sv")
TEXT_COLUMNS = [f"{name}_{language}" for name in REPORT_TEXT_FIELDS for language in LANGUAGES]
METHOD_COLUMNS = [f"method_{language}" for language in LANGUAGES]
NUMBER_COLUMNS = ["cost_before", "cost_after", "one_off_costs", "hours_saved"]
YEAR_COLUMNS = ["from_year", "to_year"]
HEADER = (
    ["reference", "kind", "number", "state", "language", "stage", "progress"]
    + TEXT_COLUMNS
    + NUMBER_COLUMNS
    + YEAR_COLUMNS
    + METHOD_COLUMNS
    + ["cost_increase_confirmed", "net_saving", "verified", "submitted_at", "reviewed_at"]
)


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _plain(value) -> str:
    """A Decimal as text with a point (read back the same in any language)."""
    return "" if value is None else f"{value:f}"


def export_rows(reports) -> list[list]:
    """Each report as a row of HEADER; two queries (the reports with their registration and
    savings, nothing per row)."""
    reports = reports.select_related("registration", "savings").order_by(
        "registration__reference", "kind", "created_at", "pk"
    )
    numbers: dict[tuple[int, str], int] = {}
    rows = []
    for report in reports:
        key = (report.registration_id, report.kind)
        numbers[key] = numbers.get(key, 0) + 1
        savings = report.savings_or_none
        row = [
            report.registration.reference,
            report.kind,
            numbers[key],
            report.state,
            report.language,
            report.stage,
            "" if report.progress is None else report.progress,
        ]
        row += [getattr(report, column) or "" for column in TEXT_COLUMNS]
        row += [_plain(getattr(savings, c, None)) for c in NUMBER_COLUMNS]
        row += ["" if savings is None else (getattr(savings, c) or "") for c in YEAR_COLUMNS]
        row += ["" if savings is None else (getattr(savings, c) or "") for c in METHOD_COLUMNS]
        row += [
            "1" if savings is not None and savings.cost_increase_confirmed else "",
            _plain(savings.net_saving if savings else None),
            "1" if savings is not None and savings.is_verified else "",
            _moment(report.submitted_at),
            _moment(report.reviewed_at),
        ]
        rows.append(row)
    return rows


class ImportFailed(Exception):
    """The file cannot be imported; nothing was saved. errors: one message per problem."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


def _cell(row: dict, name: str) -> str:
    value = (row.get(name) or "").strip()
    # The export put a quote before text a spreadsheet would read as a formula (-500.00).
    if value.startswith("'") and value[1:2] in FORMULA_STARTS:
        value = value[1:]
    return value


def _decimal(text: str) -> Decimal | None:
    text = text.replace("\u00a0", "").replace(" ", "").replace("€", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None


def _int(text: str) -> int | None:
    return int(text) if text else None


def _choice(text: str, choices, name: str) -> str:
    if text not in choices.values:
        raise ValueError(f"{name}: {text}")
    return text


def read(text: str) -> list[dict]:
    """The rows of the file as dicts, header checked (a semicolon or a comma as separator)."""
    text = text.removeprefix("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    missing = [
        name for name in ("reference", "kind", "number") if name not in (reader.fieldnames or [])
    ]
    if missing:
        raise ImportFailed(
            [
                _("The file has no column %(names)s. Use the export's own format.")
                % {"names": ", ".join(missing)}
            ]
        )
    return list(reader)


@transaction.atomic
def import_reports(*, text: str, by) -> ImportResult:
    """Update or add the reports of the file, all or nothing. Raises ImportFailed with every
    problem found, each naming its line."""
    rows = read(text)
    references = {_cell(row, "reference") for row in rows}
    registrations = {r.reference: r for r in Registration.objects.filter(reference__in=references)}
    result, touched = ImportResult(), set()
    for line, row in enumerate(rows, start=2):
        try:
            created, registration = _import_row(row, registrations, by)
        except (ValueError, ValidationError, KeyError) as error:
            result.errors.append(
                _("Line %(line)s: %(error)s") % {"line": line, "error": _describe(error)}
            )
            continue
        touched.add(registration.pk)
        if created:
            result.created += 1
        else:
            result.updated += 1
    if result.errors:
        transaction.set_rollback(True)
        raise ImportFailed(result.errors)
    for registration in Registration.objects.filter(pk__in=touched):
        refresh_current(registration=registration)
    return result


def _describe(error) -> str:
    if isinstance(error, ValidationError):
        return (
            " ".join(
                f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
                for name, messages in error.message_dict.items()
            )
            if hasattr(error, "error_dict")
            else " ".join(error.messages)
        )
    if isinstance(error, KeyError):
        return _("no registration has the reference number %(reference)s") % {
            "reference": error.args[0]
        }
    return _("a value cannot be read (%(value)s)") % {"value": error}


def _import_row(row: dict, registrations: dict, by) -> tuple[bool, Registration]:
    registration = registrations[_cell(row, "reference")]
    kind = _choice(_cell(row, "kind"), ReportKind, "kind")
    number = _int(_cell(row, "number")) or 1
    same_kind = list(registration.reports.filter(kind=kind).order_by("created_at", "pk"))
    report = same_kind[number - 1] if number <= len(same_kind) else None
    created = report is None
    if created and kind == ReportKind.FINAL and same_kind:
        raise ValidationError(_("This registration already has a final report."))
    report = report or Report(registration=registration, kind=kind)
    report.language = _cell(row, "language") or registration.language
    report.state = _choice(_cell(row, "state") or ReportState.DRAFT, ReportState, "state")
    report.stage = _choice(_cell(row, "stage") or ReportStage.ONGOING, ReportStage, "stage")
    report.progress = _int(_cell(row, "progress"))
    for column in TEXT_COLUMNS:
        if column in row:
            setattr(report, column, _cell(row, column))
    if report.state in (ReportState.ACCEPTED, ReportState.REJECTED, ReportState.CHANGES_REQUESTED):
        report.reviewed_by = report.reviewed_by or by
        report.reviewed_at = report.reviewed_at or timezone.now()
    if report.state != ReportState.DRAFT and report.submitted_at is None:
        report.submitted_at = timezone.now()
    report.full_clean(exclude=["registration"])
    report._history_user = by
    report.save()
    _import_savings(row, report)
    return created, registration


def _import_savings(row: dict, report: Report) -> None:
    values = {name: _decimal(_cell(row, name)) for name in NUMBER_COLUMNS}
    values.update({name: _int(_cell(row, name)) for name in YEAR_COLUMNS})
    values["cost_increase_confirmed"] = _cell(row, "cost_increase_confirmed") in ("1", "x", "X")
    figures = Figures(**{name: values[name] for name in FIGURES})
    methods = {language: _cell(row, f"method_{language}") for language in LANGUAGES}
    savings = report.savings_or_none
    if figures.is_empty and not any(methods.values()):
        if savings is not None:
            savings.delete()
        return
    savings = savings or Savings(registration=report.registration, report=report)
    figures.method = methods.get(report.language, "")
    apply_figures(savings, figures, language=report.language)
    for language, method in methods.items():
        setattr(savings, f"method_{language}", method)
    savings.save()
