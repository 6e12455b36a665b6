"""A message to the contact person of a public experiment, through the portal: the contact
person gets it in their own language with the sender's name, organisation and address, and
answers directly if they wish; the sender gets a copy in the page's language, which never
shows the contact person's address. Both go through the outbox; the message is kept for the
coordinators until retention removes it (services.privacy)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from registrations.models import ContactMessage, EmailKind, Registration, Status
from registrations.services import mail


class Unreachable(Exception):
    """The experiment has no contact person any more (retention removed them)."""


@transaction.atomic
def send_contact_message(
    *,
    registration: Registration,
    sender_name: str,
    sender_organisation: str,
    sender_email: str,
    message: str,
    language: str,
) -> ContactMessage:
    if registration.status != Status.ACCEPTED:
        raise ValidationError(_("Only published experiments can be contacted."))
    contact_email = (
        Registration.objects.filter(pk=registration.pk).values_list("contact_email", flat=True)
    ).first()
    if not contact_email:
        raise Unreachable
    saved = ContactMessage.objects.create(
        registration=registration,
        sender_name=sender_name.strip(),
        sender_organisation=sender_organisation.strip(),
        sender_email=sender_email.strip(),
        message=message.strip(),
        language=language,
    )
    recipient = Registration.objects.get(pk=registration.pk)
    mail.queue_contact_message(recipient, contact=saved, kind=EmailKind.CONTACT)
    mail.queue_contact_message(recipient, contact=saved, kind=EmailKind.CONTACT_COPY)
    return saved
