"""Writes to registrations: each function validates, saves in one transaction and returns."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import override

from network.models import Municipality, Organisation, Topic
from registrations.models import Call, ReferenceCounter, Registration, Status

# Texts that registrants write, translated with modeltranslation.
TEXT_FIELDS = (
    "title",
    "idea",
    "goal",
    "customer_effect",
    "partnerships",
    "support_details",
    "reform",
    "changes",
    "savings_method",
    "other_results",
    "sharing_details",
)


def next_reference(*, year: int | None = None) -> str:
    """A new reference number such as DK-2026-0042, unique even under concurrent submits."""
    year = year or timezone.localdate().year
    with transaction.atomic():
        counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
        counter.last_number += 1
        counter.save(update_fields=["last_number"])
    return f"DK-{year}-{counter.last_number:04d}"


def sync_participants(*, registration: Registration) -> None:
    """Keep the lead municipality among the participants and the regions in step with them."""
    if registration.lead_municipality_id:
        registration.municipalities.add(registration.lead_municipality_id)
    region_ids = set(registration.municipalities.values_list("region_id", flat=True).distinct())
    if registration.lead_organisation_id and registration.lead_organisation.region_id:
        region_ids.add(registration.lead_organisation.region_id)
    registration.regions.set(region_ids)


@transaction.atomic
def create_registration(
    *,
    call: Call,
    role: str,
    language: str,
    topics: Iterable[Topic],
    lead_municipality: Municipality | None = None,
    lead_organisation: Organisation | None = None,
    municipalities: Iterable[Municipality] = (),
    partner_organisations: Iterable[Organisation] = (),
    texts: dict[str, str],
    status: str = Status.SUBMITTED,
    **fields,
) -> Registration:
    """Save a registration with its participants; texts are stored in the language written."""
    registration = Registration(
        call=call,
        role=role,
        language=language,
        status=status,
        lead_municipality=lead_municipality,
        lead_organisation=lead_organisation,
        reference=next_reference(),
        **fields,
    )
    with override(language):
        for name, value in texts.items():
            if name not in TEXT_FIELDS:
                raise ValueError(f"{name} is not a text field of a registration")
            setattr(registration, name, value)
    if status == Status.ACCEPTED:
        registration.published_at = timezone.now()
    registration.full_clean(exclude=["reference"])
    registration.save()
    registration.topics.set(topics)
    registration.municipalities.set(municipalities)
    registration.partner_organisations.set(partner_organisations)
    sync_participants(registration=registration)
    return registration
