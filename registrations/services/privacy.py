"""What the privacy notice promises about how long personal data is kept."""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce

from registrations.models import Registration, Status

CLOSED_KEPT = timedelta(days=365)
CONTACT_KEPT = timedelta(days=730)


@transaction.atomic
def apply_retention(*, now: datetime) -> tuple[int, int]:
    """Delete registrations rejected or withdrawn over a year ago, and blank the contact
    person of registrations whose call ended over two years ago.

    Returns (deleted, anonymised).
    """
    closed = Registration.objects.filter(
        status__in=[Status.REJECTED, Status.WITHDRAWN], updated_at__lt=now - CLOSED_KEPT
    )
    deleted = closed.count()
    closed.delete()
    anonymised = (
        Registration.objects.annotate(
            call_ended=Coalesce(F("call__late_until"), F("call__closes_at"))
        )
        .filter(call_ended__lt=now - CONTACT_KEPT)
        .filter(~Q(contact_email="") | ~Q(contact_name=""))
        .update(contact_name="", contact_title="", contact_email="", contact_phone="")
    )
    return deleted, anonymised
