"""Writes to reports: a participant starts a report through the private link, saves drafts,
submits it once; a coordinator accepts it, asks for changes or rejects it, and the contact
person hears of it by e-mail in their own language. Each function validates and saves in one
transaction, its e-mail queued in the same one."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from digikunta import audit
from network.models import Municipality
from registrations.models import (
    REPORT_TEXT_FIELDS,
    REVIEW_STATES,
    Adoption,
    Material,
    OpenDataset,
    Registration,
    Report,
    ReportKind,
    ReportState,
    Savings,
    Status,
)
from registrations.services import mail
from registrations.services.savings import SavingsFigures, apply_figures, refresh_current
from registrations.services.search_table import bump_data_version


class NotReportable(Exception):
    """Only accepted registrations report."""


class NotWritable(Exception):
    """The report was submitted and waits for review, or a coordinator has handled it."""


class NotReviewable(Exception):
    """Only a submitted report can be reviewed."""


@dataclass
class LinkInput:
    """Open data (with its licence and format) or material, as a participant names it."""

    title: str
    url: str
    licence: str = ""
    format: str = ""


@dataclass
class AdoptionInput:
    municipality: Municipality
    year: int
    note: str = ""


@dataclass
class ReportContent:
    """Everything a participant writes in a report, as the form has cleaned it; texts in the
    registration's language."""

    stage: str
    progress: int | None = None
    texts: dict[str, str] = field(default_factory=dict)
    savings: SavingsFigures = field(default_factory=SavingsFigures)
    open_data: list[LinkInput] = field(default_factory=list)
    materials: list[LinkInput] = field(default_factory=list)
    adoptions: list[AdoptionInput] = field(default_factory=list)


# What a report must say before it is submitted: the field and the message when it is empty.
REQUIRED = {"done": _("Tell us what was done in the experiment.")}
REQUIRED_IN_FINAL = {
    "failures": _(
        "Tell us what did not work. Every experiment has something that others can learn from."
    ),
    "lessons": _("Tell us what you would do differently."),
}


@transaction.atomic
@audit.recorded_as(audit.PRIVATE_LINK)
def start_report(*, registration: Registration, kind: str) -> Report:
    """A new draft, or the draft of this kind already begun (a double click starts one).
    Raises NotReportable for a registration that is not accepted, or a second final report."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.ACCEPTED:
        raise NotReportable
    existing = registration.reports.filter(kind=kind)
    if kind == ReportKind.FINAL and existing.exists():
        final = existing.get()
        if final.is_writable:
            return final
        raise NotReportable
    draft = existing.filter(state=ReportState.DRAFT).order_by("-pk").first()
    if draft is not None:
        return draft
    return Report.objects.create(
        registration=registration, kind=kind, language=registration.language
    )


def _locked(report: Report) -> Report:
    return Report.objects.select_related("registration").select_for_update().get(pk=report.pk)


@transaction.atomic
@audit.recorded_as(audit.PRIVATE_LINK)
def save_report(*, report: Report, content: ReportContent) -> Report:
    """Save what the participant wrote, as a draft (or a report a coordinator asked to change).
    Raises NotWritable once it is submitted, ValidationError for what cannot be saved."""
    report = _locked(report)
    if not report.is_writable:
        raise NotWritable
    language = report.language
    report.stage = content.stage
    report.progress = content.progress
    for name in REPORT_TEXT_FIELDS:
        setattr(report, f"{name}_{language}", content.texts.get(name, "").strip())
    report.full_clean(exclude=["registration"])
    report.save()
    _save_savings(report, content.savings)
    _replace_links(report, OpenDataset, content.open_data)
    _replace_links(report, Material, content.materials)
    _save_adoptions(report, content.adoptions)
    return report


def _save_savings(report: Report, figures: SavingsFigures) -> None:
    savings = report.savings_or_none
    if figures.is_empty:
        if savings is not None:
            savings.delete()
        return
    savings = savings or Savings(registration=report.registration, report=report)
    apply_figures(savings, figures, language=report.language)
    savings.save()


def _replace_links(report: Report, model, links: list[LinkInput]) -> None:
    model.objects.filter(report=report).delete()
    for link in links:
        values = {"title": link.title.strip(), "url": link.url.strip()}
        if model is OpenDataset:
            values.update(licence=link.licence.strip(), format=link.format.strip())
        item = model(report=report, **values)
        item.full_clean(exclude=["report"])
        item.save()


def _save_adoptions(report: Report, adoptions: list[AdoptionInput]) -> None:
    """The municipalities that took the model up, as this report tells: new ones are added
    unconfirmed; those a coordinator has confirmed are left as they are."""
    registration = report.registration
    named = set()
    for adoption in adoptions:
        named.add(adoption.municipality.pk)
        existing = registration.adoptions.filter(municipality=adoption.municipality).first()
        if existing is not None and existing.is_confirmed:
            continue
        existing = existing or Adoption(
            registration=registration, municipality=adoption.municipality
        )
        existing.year = adoption.year
        existing.reported_in = report
        setattr(existing, f"note_{report.language}", adoption.note.strip())
        existing.full_clean(exclude=["registration", "municipality"])
        existing.save()
    report.adoptions.filter(confirmed_at__isnull=True).exclude(municipality__in=named).delete()


def missing(report: Report) -> dict[str, str]:
    """What the report must still say before it can be submitted: field → message."""
    required = dict(REQUIRED)
    if report.is_final:
        required.update(REQUIRED_IN_FINAL)
    return {
        name: str(message)
        for name, message in required.items()
        if not getattr(report, f"{name}_{report.language}")
    }


@transaction.atomic
@audit.recorded_as(audit.PRIVATE_LINK)
def submit_report(*, report: Report, content: ReportContent | None = None, now=None) -> Report:
    """Save the content given and send the report to the coordinators, all or nothing; from
    now on it can only be read, until a coordinator asks for changes. Raises ValidationError
    naming what is missing."""
    if content is not None:
        save_report(report=report, content=content)
    report = _locked(report)
    if not report.is_writable:
        raise NotWritable
    errors = missing(report)
    if errors:
        raise ValidationError(errors)
    report.state = ReportState.SUBMITTED
    report.submitted_at = now or timezone.now()
    report.save(update_fields=["state", "submitted_at", "updated_at"])
    mail.queue_report_notice(report)
    return report


@transaction.atomic
def review_report(*, report: Report, state: str, message: str, by) -> Report:
    """A coordinator accepts the report, asks for changes (with a message saying which) or
    rejects it; the contact person hears of it in their own language. An accepted report's
    savings become the registration's counted savings."""
    if state not in REVIEW_STATES:
        raise ValueError(f"Not a review decision: {state}")
    report = _locked(report)
    if report.state != ReportState.SUBMITTED:
        raise NotReviewable
    message = message.strip()
    if state == ReportState.CHANGES_REQUESTED and not message:
        raise ValidationError(
            {"review_message": _("Tell the participant what to change in the report.")}
        )
    report.state = state
    report.review_message = message
    report.reviewed_by = by
    report.reviewed_at = timezone.now()
    report._history_user = by
    report.save(
        update_fields=["state", "review_message", "reviewed_by", "reviewed_at", "updated_at"]
    )
    if state == ReportState.ACCEPTED:
        refresh_current(registration=report.registration)
    mail.queue_report_review(report)
    return report


@transaction.atomic
def confirm_adoption(*, adoption: Adoption, by) -> Adoption:
    """A coordinator (on the adopting municipality's word) confirms the adoption: it is shown
    on the experiment's page from now on."""
    adoption = Adoption.objects.select_for_update().get(pk=adoption.pk)
    adoption.confirmed_by = by
    adoption.confirmed_at = timezone.now()
    adoption._history_user = by
    adoption.save(update_fields=["confirmed_by", "confirmed_at"])
    bump_data_version()  # the page of spreading models shows it from now on
    return adoption


@transaction.atomic
def record_adoption(
    *, registration: Registration, municipality: Municipality, year: int, notes: dict, by
) -> Adoption:
    """A coordinator records that a municipality took the model up (on its word): confirmed
    at once. notes: {"fi": …, "sv": …}. Updates the record of that municipality if there is
    one, never a second."""
    adoption = Adoption.objects.filter(registration=registration, municipality=municipality)
    adoption = adoption.select_for_update().first() or Adoption(
        registration=registration, municipality=municipality
    )
    adoption.year = year
    for language, note in notes.items():
        setattr(adoption, f"note_{language}", (note or "").strip())
    adoption.confirmed_by = adoption.confirmed_by or by
    adoption.confirmed_at = adoption.confirmed_at or timezone.now()
    adoption.full_clean(exclude=["registration", "municipality"])
    adoption._history_user = by
    adoption.save()
    bump_data_version()
    return adoption
