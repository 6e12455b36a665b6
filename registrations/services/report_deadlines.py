"""Report deadlines: which accepted registrations still owe a report of a call's deadline (the
overdue list), and the reminders before and after each deadline, each sent once however often
`manage.py send_report_reminders` runs (a ReportReminder row per registration, report, timing
and deadline, inserted in the same transaction as its e-mail)."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet

from registrations.models import (
    Call,
    Registration,
    ReminderTiming,
    Report,
    ReportKind,
    ReportReminder,
    ReportState,
    Status,
)
from registrations.services import mail

# How many days before a deadline the first reminder goes out.
DAYS_BEFORE = 14
# The reports that count as delivered: sent, or accepted. A report a coordinator sent back
# for changes, or a draft, is still owed.
DELIVERED = (ReportState.SUBMITTED, ReportState.ACCEPTED)
DUE_FIELDS = {ReportKind.PROGRESS: "progress_report_due", ReportKind.FINAL: "final_report_due"}


def owing(kind: str) -> QuerySet:
    """Accepted registrations that have delivered no report of this kind."""
    delivered = Report.objects.filter(registration=OuterRef("pk"), kind=kind, state__in=DELIVERED)
    return Registration.objects.filter(status=Status.ACCEPTED).exclude(Exists(delivered))


@dataclass(frozen=True)
class Overdue:
    registration: Registration
    kind: str
    due_on: date


def overdue(*, today: date) -> list[Overdue]:
    """Every report whose deadline has passed and that has not been delivered, the oldest
    deadline first: two queries, one per kind of report."""
    rows = []
    for kind, field in DUE_FIELDS.items():
        registrations = (
            owing(kind)
            .filter(**{f"call__{field}__lt": today})
            .select_related("call", "lead_municipality", "lead_organisation")
            .defer("contact_phone", "contact_title")
        )
        rows += [Overdue(r, kind, getattr(r.call, field)) for r in registrations]
    return sorted(rows, key=lambda row: (row.due_on, row.registration.reference))


def _timing(due_on: date, today: date) -> str | None:
    if today > due_on:
        return ReminderTiming.AFTER
    if due_on - timedelta(days=DAYS_BEFORE) <= today <= due_on:
        return ReminderTiming.BEFORE
    return None


def send_reminders(*, today: date) -> int:
    """Queue the reminders due today that have not been sent: before a deadline (in its last
    DAYS_BEFORE days) and after it, once each, to the contact person in their language with a
    fresh private link. Returns how many were queued."""
    sent = 0
    for kind, field in DUE_FIELDS.items():
        calls = Call.objects.filter(**{f"{field}__isnull": False}).filter(
            **{f"{field}__gte": today - timedelta(days=365)}
        )
        for call in calls:
            due_on = getattr(call, field)
            timing = _timing(due_on, today)
            if timing is None:
                continue
            already = ReportReminder.objects.filter(
                registration=OuterRef("pk"), kind=kind, timing=timing, due_on=due_on
            )
            registrations = (
                owing(kind)
                .filter(call=call)
                .exclude(contact_email="")
                .exclude(Exists(already))
                .select_related("call", "lead_municipality", "lead_organisation")
            )
            for registration in registrations:
                sent += _remind(registration, kind=kind, timing=timing, due_on=due_on)
    return sent


def _remind(registration: Registration, *, kind: str, timing: str, due_on: date) -> int:
    """One reminder and its record, both or neither; 0 if another run sent it first."""
    try:
        with transaction.atomic():
            ReportReminder.objects.create(
                registration=registration, kind=kind, timing=timing, due_on=due_on
            )
            mail.queue_report_reminder(registration, kind=kind, timing=timing, due_on=due_on)
    except IntegrityError:
        return 0
    return 1
