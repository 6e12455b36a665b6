"""One person's data, found by their e-mail address: what a coordinator needs to answer a
request to see or to erase it (the privacy notice tells people how to ask). find() gathers
everything held, export() gives it as JSON, erase() removes it; the admin's personal-data
page and `manage.py personal_data` call them, and each use is recorded.

What is held about an address:
- registrations whose contact address it is now;
- history rows of registrations in which it was the contact address (earlier versions, and
  registrations since deleted), and rows with the name or phone that went with it;
- decisions sent to it or mentioning it: every message on a registration whose contact it
  is, messages with its name or phone on a registration whose contact it was, and any
  message with the address itself; and their history rows;
- coordinators' messages on its reports and notes on the verification of its savings, by the
  same rules as decisions (privacy.NOTES), and their history rows;
- e-mails about its registrations, or with the address in any field;
- event sign-ups with the address, their history rows and e-mails (services.signup_privacy).

The record of a use (PersonalDataRequest) keeps who, when, what and how much was found, and
the address only as a keyed hash (HMAC with the site's SECRET_KEY): a coordinator who types
the same address again sees the earlier requests about it, so a repeated request can be
answered, yet the record neither holds the address it erased nor lets anyone without the
key test a list of addresses against it.
"""

import json
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac

from digikunta import audit
from registrations.models import (
    ContactMessage,
    Decision,
    PersonalDataAction,
    PersonalDataRequest,
    Registration,
    Report,
    Savings,
    SentEmail,
    SignUp,
    Status,
)
from registrations.services import signup_privacy
from registrations.services.privacy import (
    PERSONAL_FIELDS,
    blank,
    email_fields,
    forget,
    forget_messages,
    forget_notes,
)

_HASH_SALT = "registrations.personal-data-request"
# Rejected and withdrawn registrations are deleted on erasure, as retention would delete them.
DELETED_ON_ERASURE = (Status.REJECTED, Status.WITHDRAWN)
# Columns derived from the others, left out of the export.
DERIVED = {"regions", "start_year", "link_version"}


def normalise(address: str) -> str:
    return address.strip().lower()


def address_hash(address: str) -> str:
    return salted_hmac(_HASH_SALT, normalise(address), algorithm="sha256").hexdigest()


def _mentions(fields: list[str], terms: set[str]) -> Q:
    """Rows in which any of the fields contains any of the terms (case-insensitive)."""
    conditions = [Q(**{f"{name}__icontains": term}) for name in fields for term in terms]
    return reduce(or_, conditions, Q(pk__in=[]))


@dataclass
class Person:
    """An address, and what went with it: the names and phones written beside it, the
    registrations whose contact it is, and those whose contact it was."""

    address: str
    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    current_ids: set[int] = field(default_factory=set)
    ids: set[int] = field(default_factory=set)
    signup_ids: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, address: str) -> "Person":
        person = cls(normalise(address))
        rows = [
            *Registration.objects.filter(contact_email__iexact=person.address).values(
                "pk", "contact_name", "contact_phone"
            ),
            *Registration.history.filter(contact_email__iexact=person.address).values(
                "id", "contact_name", "contact_phone"
            ),
        ]
        for row in rows:
            person.ids.add(row.get("pk") or row["id"])
            person.names.add(row["contact_name"].strip())
            person.phones.add(row["contact_phone"].strip())
        person.current_ids = set(
            Registration.objects.filter(contact_email__iexact=person.address).values_list(
                "pk", flat=True
            )
        )
        # A name or phone of one or two characters would match too much to mean the person.
        person.signup_ids = signup_privacy.of_address(person.address)
        person.names = {name for name in person.names if len(name) > 2}
        person.phones = {phone for phone in person.phones if len(phone) > 2}
        return person

    @property
    def terms(self) -> set[str]:
        return {self.address} | self.names | self.phones


@dataclass
class Holdings:
    """Everything held about one person, as querysets (each read when it is used)."""

    person: Person
    registrations: QuerySet
    registration_history: QuerySet
    decisions: QuerySet
    decision_history: QuerySet
    emails: QuerySet
    signups: QuerySet
    signup_history: QuerySet
    contact_messages: QuerySet
    report_reviews: QuerySet
    report_review_history: QuerySet
    savings_notes: QuerySet
    savings_note_history: QuerySet

    def sections(self) -> dict[str, QuerySet]:
        return {
            "contact_messages": self.contact_messages,
            "registrations": self.registrations,
            "registration_history": self.registration_history,
            "decisions": self.decisions,
            "decision_history": self.decision_history,
            "report_reviews": self.report_reviews,
            "report_review_history": self.report_review_history,
            "savings_notes": self.savings_notes,
            "savings_note_history": self.savings_note_history,
            "emails": self.emails,
            "signups": self.signups,
            "signup_history": self.signup_history,
        }

    def counts(self) -> dict[str, int]:
        return {name: rows.count() for name, rows in self.sections().items()}

    @property
    def is_empty(self) -> bool:
        return not any(rows.exists() for rows in self.sections().values())


def _decisions(model, person: Person, name: str = "message") -> QuerySet:
    """Decisions (or their history rows, or the rows of privacy.NOTES) with a message in this
    field that is this person's."""
    others = person.ids - person.current_ids
    condition = (
        Q(registration_id__in=person.current_ids)
        | (Q(registration_id__in=others) & _mentions([name], person.terms))
        | _mentions([name], {person.address})
    )
    return model.objects.filter(condition).exclude(**{name: ""})


def _holdings(person: Person) -> Holdings:
    RegistrationHistory = Registration.history.model
    email_text = [field.name for field in email_fields()]
    return Holdings(
        person=person,
        registrations=Registration.objects.filter(pk__in=person.current_ids)
        .select_related("call")
        .order_by("pk"),
        registration_history=RegistrationHistory.objects.filter(
            Q(contact_email__iexact=person.address)
            | (
                Q(id__in=person.ids)
                & (Q(contact_name__in=person.names) | Q(contact_phone__in=person.phones))
            )
        ).order_by("id", "history_date"),
        decisions=_decisions(Decision, person).order_by("registration_id", "decided_at"),
        decision_history=_decisions(Decision.history.model, person).order_by("id", "history_date"),
        report_reviews=_decisions(Report, person, "review_message").order_by("pk"),
        report_review_history=_decisions(Report.history.model, person, "review_message").order_by(
            "id", "history_date"
        ),
        savings_notes=_decisions(Savings, person, "verification_note").order_by("pk"),
        savings_note_history=_decisions(
            Savings.history.model, person, "verification_note"
        ).order_by("id", "history_date"),
        emails=SentEmail.objects.filter(
            Q(signup_id__in=person.signup_ids)
            | Q(registration_id__in=person.current_ids)
            | (Q(registration_id__in=person.ids) & _mentions(email_text, person.terms))
            | _mentions(email_text, {person.address})
        ).order_by("created_at"),
        signups=SignUp.objects.filter(pk__in=person.signup_ids).order_by("pk"),
        signup_history=SignUp.history.filter(id__in=person.signup_ids).order_by(
            "id", "history_date"
        ),
        contact_messages=ContactMessage.objects.filter(
            sender_email__iexact=person.address
        ).order_by("sent_at"),
    )


def _record(action: str, person: Person, counts: dict[str, int], by) -> PersonalDataRequest:
    return PersonalDataRequest.objects.create(
        action=action,
        address_hash=address_hash(person.address),
        made_by=by,
        source=audit.current_source(),
        counts=counts,
    )


def earlier_requests(address: str) -> QuerySet:
    """The recorded requests about this address, newest first."""
    return PersonalDataRequest.objects.filter(address_hash=address_hash(address)).select_related(
        "made_by"
    )


def holdings_of(*, address: str) -> Holdings:
    """Everything held about the address, unrecorded: for a step of a recorded use."""
    return _holdings(Person.of(address))


def find(*, address: str, by=None) -> Holdings:
    """Everything held about the address; the search is recorded."""
    holdings = holdings_of(address=address)
    _record(PersonalDataAction.FIND, holdings.person, holdings.counts(), by)
    return holdings


def export(*, address: str, by=None) -> str:
    """Everything held about the address as JSON, every field of every row; recorded."""
    holdings = holdings_of(address=address)
    data = {
        "address": holdings.person.address,
        "exported_at": timezone.now(),
        **{name: _rows(rows) for name, rows in holdings.sections().items()},
    }
    _record(PersonalDataAction.EXPORT, holdings.person, holdings.counts(), by)
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _rows(queryset: QuerySet) -> list[dict]:
    model = queryset.model
    names = [
        f.name
        for f in [*model._meta.concrete_fields, *model._meta.many_to_many]
        if f.name not in DERIVED and not f.primary_key
    ]
    return serializers.serialize("python", queryset, fields=names)


@transaction.atomic
def erase(*, address: str, by=None) -> dict[str, int]:
    """Remove the person from everything held about the address: registrations rejected or
    withdrawn are deleted (as retention would), the others keep their texts and lose their
    contact person; decision messages, e-mails and history rows that are theirs are blanked.
    Returns how many rows of each kind were found; the erasure is recorded (with the counts
    and a keyed hash of the address, never the address)."""
    person = Person.of(address)
    holdings = _holdings(person)
    counts = holdings.counts()
    deleted = list(holdings.registrations.filter(status__in=DELETED_ON_ERASURE))
    for registration in deleted:
        registration._change_reason = audit.ERASURE
        registration._history_user = by
        registration.delete()
    forget(registration_ids=person.current_ids, reason=audit.ERASURE, by=by)
    # What forget() does not reach: rows of registrations whose contact the person was.
    RegistrationHistory = Registration.history.model
    blank(
        holdings.registration_history,
        [RegistrationHistory._meta.get_field(name) for name in PERSONAL_FIELDS],
    )
    # A seat of someone erased would be held by nobody: it goes to the first waiting.
    signup_privacy.release_seats(signup_ids=person.signup_ids, now=timezone.now())
    forget_messages(list(holdings.decisions), reason=audit.ERASURE, by=by)
    blank(holdings.decision_history, [Decision.history.model._meta.get_field("message")])
    for model, name, rows, history in (
        (Report, "review_message", holdings.report_reviews, holdings.report_review_history),
        (Savings, "verification_note", holdings.savings_notes, holdings.savings_note_history),
    ):
        forget_notes(model, name, list(rows), reason=audit.ERASURE, by=by)
        blank(history, [model.history.model._meta.get_field(name)])
    blank(holdings.emails, email_fields())
    signup_privacy.forget(
        signup_ids=person.signup_ids, reason=audit.ERASURE, now=timezone.now(), by=by
    )
    holdings.contact_messages.delete()
    counts["deleted_registrations"] = len(deleted)
    _record(PersonalDataAction.ERASE, person, counts, by)
    return counts
