"""Every write to event sign-ups: signing up, cancelling, moving up from the waiting list,
what coordinators do (add, move, cancel, mark attendance, message everyone signed up).

Seats are never overbooked: each write that gives or frees a seat first locks the event's row
(SELECT … FOR UPDATE), so that sign-ups to one event are counted and saved one at a time while
those to other events go on; the count and the new row are in the same transaction. A seat
that frees is given at once, in the same transaction, to the first on the waiting list, who is
told by e-mail.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from digikunta import audit
from network.models import Event, EventStatus, Municipality
from registrations.models import SignUp, SignUpStatus
from registrations.services import signup_mail


class SignUpRefused(Exception):
    """Why a sign-up was not taken; the view says it in the person's language."""


class SignUpClosed(SignUpRefused):
    pass


class EventFull(SignUpRefused):
    pass


class AlreadySignedUp(SignUpRefused):
    pass


@dataclass(frozen=True)
class SignUpDetails:
    name: str
    email: str
    language: str
    organisation: str = ""
    municipality: Municipality | None = None
    needs: str = ""


def _locked(event_id: int) -> Event:
    return Event.objects.select_for_update().get(pk=event_id)


def _counts(event: Event) -> dict[str, int]:
    rows = (
        SignUp.objects.filter(event=event)
        .active()
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


def _free_seats(event: Event, counts: dict[str, int]) -> int | None:
    """None when the event has no limit."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - counts.get(SignUpStatus.ATTENDING, 0))


def _place_for_new(event: Event) -> str | None:
    counts = _counts(event)
    free = _free_seats(event, counts)
    if free is None or free > 0:
        return SignUpStatus.ATTENDING
    if counts.get(SignUpStatus.WAITING, 0) < event.waiting_capacity:
        return SignUpStatus.WAITING
    return None


def _fill_seats(event: Event) -> list[SignUp]:
    """Give every free seat to the first on the waiting list, and tell each of them; the
    event's row must be locked."""
    free = _free_seats(event, _counts(event))
    waiting = SignUp.objects.filter(event=event).waiting()
    promoted = list(waiting if free is None else waiting[:free])
    for signup in promoted:
        signup.status = SignUpStatus.ATTENDING
        signup.save(update_fields=["status", "updated_at"])
        signup_mail.queue_promoted(signup)
    return promoted


@transaction.atomic
def sign_up(
    *,
    event_id: int,
    details: SignUpDetails,
    now: datetime | None = None,
    by_coordinator: bool = False,
) -> SignUp:
    """A seat, or a place on the waiting list; the confirmation e-mail is queued with it.

    Raises SignUpClosed outside the sign-up window (a coordinator may add anyone at any time),
    AlreadySignedUp for an address already on the list, EventFull when neither a seat nor a
    waiting place is left.
    """
    event = _locked(event_id)
    now = now or timezone.now()
    if not by_coordinator and not event.accepts_signups_at(now):
        raise SignUpClosed
    email = details.email.strip()
    if SignUp.objects.filter(event=event, email__iexact=email).active().exists():
        raise AlreadySignedUp
    # A seat raised by a coordinator goes first to who has waited.
    _fill_seats(event)
    status = _place_for_new(event)
    if status is None:
        raise EventFull
    signup = SignUp.objects.create(
        event=event,
        status=status,
        name=details.name.strip(),
        organisation=details.organisation.strip(),
        municipality=details.municipality,
        email=email,
        language=details.language,
        needs=details.needs.strip(),
        consented_at=now,
    )
    signup_mail.queue_confirmation(signup)
    return signup


@transaction.atomic
def cancel(*, signup_id: int, tell: bool = True) -> list[SignUp]:
    """Cancel a sign-up; the seat it held goes to the first on the waiting list. Returns the
    sign-ups moved up (none, or one)."""
    event_id = SignUp.objects.values_list("event_id", flat=True).get(pk=signup_id)
    event = _locked(event_id)
    signup = SignUp.objects.get(pk=signup_id)
    if signup.status == SignUpStatus.CANCELLED:
        return []
    signup.status = SignUpStatus.CANCELLED
    signup.save(update_fields=["status", "updated_at"])
    if tell:
        signup_mail.queue_cancelled(signup)
    return _fill_seats(event)


def cancel_by_link(*, signup: SignUp) -> list[SignUp]:
    with audit.recorded_as(audit.PRIVATE_LINK):
        return cancel(signup_id=signup.pk)


@transaction.atomic
def move(*, signup_id: int, to_event_id: int) -> SignUp:
    """A coordinator moves a sign-up to another event (another workshop of the same week): a
    seat there if one is free, else the waiting list; EventFull when neither. The seat left
    goes to the first waiting for it."""
    signup = SignUp.objects.get(pk=signup_id)
    # Both rows locked, always in the same order, so that two moves cannot wait on each other.
    first, second = sorted({signup.event_id, to_event_id})
    locked = {first: _locked(first), second: _locked(second)}
    source, target = locked[signup.event_id], locked[to_event_id]
    # As it is now that no seat of either event can change (a cancel may have come between).
    signup.refresh_from_db()
    if signup.event_id != source.pk:
        return signup
    if source.pk == target.pk or signup.status == SignUpStatus.CANCELLED:
        return signup
    status = _place_for_new(target)
    if status is None:
        raise EventFull
    signup.event = target
    signup.status = status
    signup.save(update_fields=["event", "status", "updated_at"])
    _fill_seats(source)
    signup_mail.queue_confirmation(signup)
    return signup


@transaction.atomic
def give_seat(*, signup_id: int) -> SignUp:
    """A coordinator gives a seat to someone on the waiting list, out of turn: only when one
    is free (EventFull otherwise)."""
    signup = SignUp.objects.get(pk=signup_id)
    event = _locked(signup.event_id)
    signup.refresh_from_db()
    if signup.status != SignUpStatus.WAITING:
        return signup
    if _free_seats(event, _counts(event)) == 0:
        raise EventFull
    signup.status = SignUpStatus.ATTENDING
    signup.save(update_fields=["status", "updated_at"])
    signup_mail.queue_promoted(signup)
    return signup


@transaction.atomic
def fill_seats(*, event_id: int) -> list[SignUp]:
    """After a coordinator raises the seats: the new seats to those waiting."""
    return _fill_seats(_locked(event_id))


@transaction.atomic
def mark_attendance(*, signup_ids: Iterable[int], attended: bool) -> int:
    signups = list(SignUp.objects.filter(pk__in=list(signup_ids)).active())
    for signup in signups:
        signup.attended = attended
        signup.save(update_fields=["attended", "updated_at"])
    return len(signups)


@transaction.atomic
def message_signed_up(*, event: Event, subjects: dict[str, str], bodies: dict[str, str]) -> int:
    """The coordinators' message to everyone with a seat or on the waiting list, each in their
    own language (subjects and bodies by language code). Returns how many were queued."""
    signups = list(SignUp.objects.filter(event=event).active().select_related("event"))
    for signup in signups:
        signup_mail.queue_message(
            signup, subject=subjects[signup.language], body=bodies[signup.language]
        )
    return len(signups)


STATUS_SUBJECTS = {
    EventStatus.POSTPONED: _("The event has been postponed: %(event)s"),
    EventStatus.CANCELLED: _("The event has been cancelled: %(event)s"),
    EventStatus.SCHEDULED: _("The event takes place after all: %(event)s"),
}


def announce_status(*, event: Event) -> int:
    """Tell everyone signed up that the event was postponed, cancelled or is on again, with
    the coordinators' message about it, each in their own language."""
    subjects, bodies = {}, {}
    for language in ("fi", "sv"):
        with override(language):
            subjects[language] = str(STATUS_SUBJECTS[event.status]) % {"event": event.title}
            bodies[language] = event.status_message or ""
    return message_signed_up(event=event, subjects=subjects, bodies=bodies)


def counts(event: Event) -> dict[str, int]:
    """Seats taken and places on the waiting list, as the event's sign-up page says them."""
    counted = _counts(event)
    return {
        "attending": counted.get(SignUpStatus.ATTENDING, 0),
        "waiting": counted.get(SignUpStatus.WAITING, 0),
    }
