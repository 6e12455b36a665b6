"""Coordinators' decisions on registrations: who decided, when, and an e-mail to the contact
person in their own language."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from registrations.models import Decision, Registration, Status
from registrations.services import mail
from registrations.services.derived import sync_derived


def publish_if_accepted(*, registration: Registration, now: datetime | None = None) -> None:
    """When a registration was published, for the caller to save: the moment it was first
    accepted, kept through later decisions. The one rule, for the site and the benchmark."""
    if registration.status == Status.ACCEPTED and registration.published_at is None:
        registration.published_at = now or timezone.now()


@transaction.atomic
def decide(*, registration: Registration, status: str, message: str, by) -> Decision:
    """A coordinator accepts, asks for changes, rejects or marks withdrawn; the contact person
    hears of it by e-mail in their own language (queued with the decision)."""
    if status == Status.SUBMITTED:
        raise ValueError("A decision cannot make a registration submitted again.")
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    registration.status = status
    publish_if_accepted(registration=registration)
    # The history names the coordinator, wherever the decision was made from.
    registration._history_user = by
    registration.save(update_fields=["status", "published_at", "updated_at"])
    # In or out of the search table, in this transaction.
    sync_derived(registrations=[registration])
    decision = Decision(
        registration=registration, status=status, message=message.strip(), decided_by=by
    )
    decision._history_user = by
    decision.save()
    mail.queue_decision(decision)
    return decision
