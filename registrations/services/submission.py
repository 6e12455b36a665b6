"""Writes to registrations: each function validates and saves in one transaction, with the
e-mail it sends queued in the same transaction (services.mail): the mail worker sends it, so
that a failing mail server never loses a registration nor slows the request."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import override

from digikunta import audit
from network.models import Municipality, Organisation, Topic
from registrations.models import (
    TEXT_FIELDS,
    Call,
    CallState,
    ReferenceCounter,
    Registration,
    Status,
)
from registrations.services import form_starts, mail
from registrations.services.decisions import publish_if_accepted
from registrations.services.derived import sync_derived


class CallClosed(Exception):
    """The call does not take this registration now (not open, or not for this role)."""


class NotEditable(Exception):
    """A coordinator has already accepted or closed the registration."""


@dataclass(frozen=True)
class OrganisationInput:
    """An organisation as a registrant names it: found by business ID or name, else added."""

    name: str
    kind: str
    business_id: str = ""


@dataclass
class RegistrationDetails:
    """Everything a registrant tells about a registration, as the form has cleaned it."""

    topics: list[Topic]
    texts: dict[str, str]
    lead_municipality: Municipality | None = None
    lead_organisation: OrganisationInput | None = None
    municipalities: list[Municipality] = field(default_factory=list)
    partners: list[OrganisationInput] = field(default_factory=list)
    fields: dict[str, object] = field(default_factory=dict)


def next_reference(*, year: int | None = None) -> str:
    """A new reference number such as DK-2026-0042, unique even under concurrent submits."""
    year = year or timezone.localdate().year
    with transaction.atomic():
        counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(year=year)
        counter.last_number += 1
        counter.save(update_fields=["last_number"])
    return f"DK-{year}-{counter.last_number:04d}"


def sync_participants(*, registration: Registration) -> None:
    """Keep what is derived from a registration in step with it (see derived.sync_derived).
    Call after any change of participants, dates or texts."""
    sync_derived(registrations=[registration])


def find_or_add_organisation(*, organisation: OrganisationInput, language: str) -> Organisation:
    """The organisation with this business ID or name (in either language), else a new one."""
    if organisation.business_id:
        found = Organisation.objects.filter(business_id=organisation.business_id).first()
        if found:
            return found
    name = organisation.name.strip()
    found = Organisation.objects.filter(Q(name_fi__iexact=name) | Q(name_sv__iexact=name)).first()
    if found:
        return found
    added = Organisation(kind=organisation.kind, business_id=organisation.business_id)
    with override(language):
        added.name = name
    added.full_clean()
    added.save()
    return added


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
    _set_texts(registration, texts)
    publish_if_accepted(registration=registration)
    registration.full_clean(exclude=["reference"])
    # One history row for the registration as submitted, places and topics included.
    with audit.as_one_change(registration, created=True):
        registration.save()
        registration.topics.set(topics)
        registration.municipalities.set(municipalities)
        registration.partner_organisations.set(partner_organisations)
        sync_participants(registration=registration)
    return registration


def _set_texts(registration: Registration, texts: dict[str, str]) -> None:
    with override(registration.language):
        for name, value in texts.items():
            if name not in TEXT_FIELDS:
                raise ValueError(f"{name} is not a text field of a registration")
            setattr(registration, name, value)


def _organisations(details: RegistrationDetails, language: str):
    lead = (
        find_or_add_organisation(organisation=details.lead_organisation, language=language)
        if details.lead_organisation
        else None
    )
    partners = [
        find_or_add_organisation(organisation=partner, language=language)
        for partner in details.partners
    ]
    return lead, partners


def submit_registration(
    *,
    call: Call,
    role: str,
    language: str,
    details: RegistrationDetails,
    submission_key: UUID,
    start_token: str | None = None,
    now: datetime | None = None,
) -> tuple[Registration, bool]:
    """A registrant's submit: saved once per submission key, however often it arrives.

    With the form's start token, the token saves this one registration and no other
    (form_starts.StartUsed for a second registration from one loaded form).
    Returns the registration and whether this call saved it (False for a repeat).
    """
    existing = _saved_with(submission_key)
    if existing:
        return existing, False
    if start_token:
        form_starts.claim(start_token, submission_key)
    try:
        with audit.recorded_as(audit.REGISTRATION_FORM):
            return (
                _submit(call, role, language, details, submission_key, now or timezone.now()),
                True,
            )
    except (IntegrityError, ValidationError):
        # The same form arrived twice at once and the other request saved it first. The
        # database refuses the second key (IntegrityError), or full_clean() finds the first one
        # already committed while this request waited for the reference counter's lock
        # (ValidationError on submission_key). Either way the registration is saved: answer
        # with it. Any other error, with no registration of this key, is raised as it is.
        existing = _saved_with(submission_key)
        if existing is None:
            _release(start_token, submission_key)
            raise
        return existing, False
    except BaseException:
        _release(start_token, submission_key)
        raise


def _release(start_token: str | None, submission_key: UUID) -> None:
    if start_token:
        form_starts.release(start_token, submission_key)


def _saved_with(submission_key: UUID) -> Registration | None:
    return Registration.objects.filter(submission_key=submission_key).first()


@transaction.atomic
def _submit(call, role, language, details, submission_key, now) -> Registration:
    state = call.state_at(now)
    if not call.is_published or state not in (CallState.OPEN, CallState.LATE):
        raise CallClosed(call)
    if not call.accepts_role(role):
        raise CallClosed(call)
    lead_organisation, partners = _organisations(details, language)
    lead = details.lead_municipality
    registration = create_registration(
        call=call,
        role=role,
        language=language,
        topics=details.topics,
        lead_municipality=lead,
        lead_organisation=lead_organisation,
        municipalities=details.municipalities,
        partner_organisations=partners,
        texts=details.texts,
        is_late=state == CallState.LATE,
        fee_eur=call.fee_for(lead.population) if lead else None,
        privacy_consent_at=now,
        submission_key=submission_key,
        **details.fields,
    )
    mail.queue_submission_emails(registration)
    return registration


@transaction.atomic
@audit.recorded_as(audit.PRIVATE_LINK)
def update_registration(*, registration: Registration, details: RegistrationDetails) -> None:
    """The contact person's changes through the private link, before a coordinator decides.

    A registration that needed changes goes back to the coordinators as submitted. The
    history records the change as the registrant's, through the private link.
    """
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if not registration.is_editable:
        raise NotEditable(registration)
    lead_organisation, partners = _organisations(details, registration.language)
    lead = details.lead_municipality
    registration.lead_municipality = lead
    registration.lead_organisation = lead_organisation
    registration.fee_eur = registration.call.fee_for(lead.population) if lead else None
    for name, value in details.fields.items():
        setattr(registration, name, value)
    _set_texts(registration, details.texts)
    was_returned = registration.status == Status.NEEDS_CHANGES
    registration.status = Status.SUBMITTED
    registration.full_clean(exclude=["reference"])
    with audit.as_one_change(registration):
        registration.save()
        registration.topics.set(details.topics)
        registration.municipalities.set(details.municipalities)
        registration.partner_organisations.set(partners)
        sync_participants(registration=registration)
    if was_returned:
        mail.queue_coordinator_notice(registration, updated=True)
