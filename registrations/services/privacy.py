"""What the privacy notice promises (templates/pages/privacy.html): how long personal data is
kept, and that removing it reaches every copy. A registration's contact person is held in

- the registration's contact fields;
- the registration's history rows (digikunta/audit.py), which keep earlier contact details,
  also after the registration is deleted;
- its decisions' messages, in which coordinators write the contact's name or phone, and
  their history rows; so too the coordinators' messages on its reports (review_message) and
  their notes on the verification of its savings (verification_note) (NOTES);
- its e-mails (SentEmail): recipients, subject, bodies and errors, whatever fields the
  outbox has: every free-text field is blanked (see free_text_fields);
- event sign-ups: services.signup_privacy removes them by their own rule, with the same
  helpers (apply_retention runs both).

A sender of a message through the site ("Ota yhteyttä", services.contact) is held in the
message (ContactMessage) and in its two e-mails (to the contact person, and the sender's
copy): apply_retention() removes the messages and blanks those e-mails after CONTACT_MESSAGE_KEPT;
personal_data finds and erases them by the sender's address.

Beside a contact person, the site holds for a short while the address of a request for new
links (until the mail worker has handled it) and the username, address and browser of failed
admin logins (django-axes, for the lockout): apply_retention() removes both once they have
served.

apply_retention() and personal_data.erase() both remove it through forget(). The history
keeps the rest (who decided what, when, the registration's own texts), as an audit trail.
"""

from collections.abc import Collection
from datetime import datetime, timedelta

from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce

from digikunta import audit
from registrations.models import (
    CONTACT_FIELDS,
    Call,
    ContactMessage,
    Decision,
    EmailKind,
    LinkRequest,
    Registration,
    Report,
    Savings,
    SentEmail,
    Status,
)

CLOSED_KEPT = timedelta(days=365)
CONTACT_KEPT = timedelta(days=730)
# A request for new links is handled within seconds; one this old waited for a worker that
# never ran, and is removed rather than kept.
LINK_REQUEST_KEPT = timedelta(days=1)
# Messages through the site serve their moment: the coordinators keep them half a year (the
# contact form says so).
CONTACT_MESSAGE_KEPT = timedelta(days=183)

# The contact person's own details; the language for communication is a choice, not data
# about the person.
PERSONAL_FIELDS = tuple(name for name in CONTACT_FIELDS if name != "contact_language")


# What coordinators write on a registration's records besides decisions, which may name its
# contact person: blanked with the decisions' messages. (A report's own texts tell of the
# experiment, not of a person, and stay.)
NOTES = ((Report, "review_message"), (Savings, "verification_note"))


def free_text_fields(model, *, keep: Collection[str] = ()) -> list[models.Field]:
    """The columns of a model that can hold text someone wrote: CharField (EmailField
    included), TextField and JSONField, except those limited to choices and those kept."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField | models.TextField | models.JSONField)
        and not field.choices
        and not field.primary_key
        and field.name not in keep
    ]


def blank_value(field: models.Field):
    if isinstance(field, models.JSONField):
        return field.get_default() if field.has_default() else (None if field.null else {})
    return ""


def holding_text(fields: list[models.Field]) -> Q:
    """Rows in which any of these fields still holds something."""
    condition = Q()
    for field in fields:
        condition |= ~Q(**{field.name: blank_value(field)}) & Q(**{f"{field.name}__isnull": False})
    return condition


def blank(queryset, fields: list[models.Field]) -> int:
    """Blank these fields in the rows that still hold something; the number of rows."""
    if not fields:
        return 0
    return (
        queryset.filter(holding_text(fields))
        .order_by()
        .update(**{field.name: blank_value(field) for field in fields})
    )


def email_fields() -> list[models.Field]:
    return free_text_fields(SentEmail)


def forget(*, registration_ids: Collection[int], reason: str, by=None) -> int:
    """Remove the contact person of these registrations from every copy: the registrations
    (a history row records it), their history rows, decision messages and e-mails. Deleted
    registrations are reached through their history. Returns how many registrations had
    their contact fields blanked now."""
    ids = list(registration_ids)
    if not ids:
        return 0
    forgotten = 0
    still_holding = holding_text([Registration._meta.get_field(n) for n in PERSONAL_FIELDS])
    # One by one, so that each gets a full history row (bulk history has no many-to-many).
    for registration in Registration.objects.filter(pk__in=ids).filter(still_holding):
        for name in PERSONAL_FIELDS:
            setattr(registration, name, "")
        registration._change_reason = reason
        if by is not None:
            registration._history_user = by
        registration.save(update_fields=PERSONAL_FIELDS)
        forgotten += 1
    RegistrationHistory = Registration.history.model
    blank(
        RegistrationHistory.objects.filter(id__in=ids),
        [RegistrationHistory._meta.get_field(name) for name in PERSONAL_FIELDS],
    )
    decisions = list(Decision.objects.filter(registration_id__in=ids).exclude(message=""))
    forget_messages(decisions, reason=reason, by=by)
    DecisionHistory = Decision.history.model
    blank(
        DecisionHistory.objects.filter(registration_id__in=ids),
        [DecisionHistory._meta.get_field("message")],
    )
    for model, name in NOTES:
        rows = list(model.objects.filter(registration_id__in=ids).exclude(**{name: ""}))
        forget_notes(model, name, rows, reason=reason, by=by)
        History = model.history.model
        blank(History.objects.filter(registration_id__in=ids), [History._meta.get_field(name)])
    blank(SentEmail.objects.filter(registration_id__in=ids), email_fields())
    return forgotten


def forget_notes(model, name: str, rows: list, *, reason: str, by=None) -> None:
    """Blank this field of these rows (NOTES), with a history row each."""
    for row in rows:
        setattr(row, name, "")
        if by is not None:
            row._history_user = by
    audit.bulk_update(model, rows, [name], reason=reason)


def forget_messages(decisions: list[Decision], *, reason: str, by=None) -> None:
    """Blank the messages of these decisions, with a history row each; their older history
    rows are the caller's to blank."""
    for decision in decisions:
        decision.message = ""
        if by is not None:
            decision._history_user = by
    audit.bulk_update(Decision, decisions, ["message"], reason=reason)


def _ended_before(moment: datetime):
    """The calls whose last registration day is before this moment."""
    return Call.objects.annotate(ended=Coalesce(F("late_until"), F("closes_at"))).filter(
        ended__lt=moment
    )


@transaction.atomic
def apply_retention(*, now: datetime) -> tuple[int, int]:
    """Delete registrations rejected or withdrawn over a year ago, and remove the contact
    person of registrations whose call ended over two years ago, and of registrations
    deleted over a year ago, from every copy (see forget()).

    Returns (deleted, anonymised).
    """
    closed = Registration.objects.filter(
        status__in=[Status.REJECTED, Status.WITHDRAWN], updated_at__lt=now - CLOSED_KEPT
    )
    closed_ids = set(closed.values_list("pk", flat=True))
    deleted = len(closed_ids)
    for registration in closed:
        registration._change_reason = audit.RETENTION
        registration.delete()
    RegistrationHistory = Registration.history.model
    ended_calls = _ended_before(now - CONTACT_KEPT).values("pk")
    past = set(
        Registration.objects.filter(call__in=ended_calls).values_list("pk", flat=True)
    ) | set(
        RegistrationHistory.objects.filter(call_id__in=ended_calls).values_list("id", flat=True)
    )
    deleted_long_ago = set(
        RegistrationHistory.objects.filter(
            history_type="-", history_date__lt=now - CLOSED_KEPT
        ).values_list("id", flat=True)
    )
    anonymised = forget(
        registration_ids=closed_ids | past | deleted_long_ago, reason=audit.RETENTION
    )
    forget_short_lived(now=now)
    return deleted, anonymised


def forget_contact_messages(*, before: datetime) -> None:
    """Messages through the site sent before this moment, and their e-mails' texts."""
    ContactMessage.objects.filter(sent_at__lt=before).delete()
    blank(
        SentEmail.objects.filter(
            kind__in=[EmailKind.CONTACT, EmailKind.CONTACT_COPY], created_at__lt=before
        ),
        email_fields(),
    )


def forget_short_lived(*, now: datetime) -> None:
    """Requests for new links that no worker took, and failed admin logins once their lockout
    has passed (nothing is locked by them any more)."""
    LinkRequest.objects.filter(requested_at__lt=now - LINK_REQUEST_KEPT).delete()
    forget_contact_messages(before=now - CONTACT_MESSAGE_KEPT)
    for model in (AccessAttempt, AccessFailureLog):
        model.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
