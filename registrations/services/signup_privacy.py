"""Event sign-ups in what the privacy notice promises (services.privacy has the registrations):
the person's name, organisation, e-mail address and needs are removed SIGNUP_KEPT_MONTHS after
the event, from the sign-up (with a history row that says why), its older history rows and its
e-mails. What is left (the event, the language, the place on the list, attendance) counts the
participants without naming them. personal_data reaches them through the same forget()."""

from collections.abc import Collection
from datetime import datetime, timedelta

from django.db import transaction

from registrations.models import SIGNUP_PERSONAL_FIELDS, SentEmail, SignUp
from registrations.services import signups
from registrations.services.privacy import blank, email_fields, holding_text

SIGNUP_KEPT_MONTHS = 6
SIGNUP_KEPT = timedelta(days=183)


def forget(*, signup_ids: Collection[int], reason: str, now: datetime, by=None) -> int:
    """Remove the person from these sign-ups and every copy; how many sign-ups held them."""
    ids = list(signup_ids)
    if not ids:
        return 0
    fields = [SignUp._meta.get_field(name) for name in SIGNUP_PERSONAL_FIELDS]
    forgotten = 0
    # One by one, so that each gets its history row with the reason.
    for signup in SignUp.objects.filter(pk__in=ids).filter(holding_text(fields)):
        for name in SIGNUP_PERSONAL_FIELDS:
            setattr(signup, name, "")
        signup.anonymised_at = now
        signup._change_reason = reason
        if by is not None:
            signup._history_user = by
        signup.save(update_fields=[*SIGNUP_PERSONAL_FIELDS, "anonymised_at"])
        forgotten += 1
    History = SignUp.history.model
    blank(
        History.objects.filter(id__in=ids),
        [History._meta.get_field(name) for name in SIGNUP_PERSONAL_FIELDS],
    )
    blank(SentEmail.objects.filter(signup_id__in=ids), email_fields())
    return forgotten


@transaction.atomic
def apply_retention(*, now: datetime, reason: str) -> int:
    """Anonymise the sign-ups of events that ended over SIGNUP_KEPT ago; how many."""
    past = SignUp.objects.filter(event__ends_at__lt=now - SIGNUP_KEPT).values_list("pk", flat=True)
    # Sign-ups already deleted with their event are reached through their history.
    History = SignUp.history.model
    gone = History.objects.filter(history_type="-", history_date__lt=now - SIGNUP_KEPT)
    return forget(
        signup_ids=set(past) | set(gone.values_list("id", flat=True)), reason=reason, now=now
    )


def release_seats(*, signup_ids: Collection[int], now: datetime) -> None:
    """Cancel, without telling the person, the sign-ups to events still to come, so that their
    seats go to those waiting (who are told)."""
    upcoming = SignUp.objects.filter(pk__in=list(signup_ids), event__ends_at__gt=now).active()
    for pk in upcoming.values_list("pk", flat=True):
        signups.cancel(signup_id=pk, tell=False)


def of_address(address: str) -> set[int]:
    """The sign-ups whose address it is, or was."""
    return set(SignUp.objects.filter(email__iexact=address).values_list("pk", flat=True)) | set(
        SignUp.history.filter(email__iexact=address).values_list("id", flat=True)
    )
