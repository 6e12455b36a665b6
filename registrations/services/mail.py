"""E-mail about registrations. Each message is rendered in its reader's language, and each
attempt is recorded as a SentEmail: a failure is logged, shown to coordinators and can be sent
again, and never undoes the registration it is about."""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override

from registrations.models import Decision, EmailKind, EmailState, Registration, SentEmail
from registrations.services.links import private_url

logger = logging.getLogger(__name__)


def _render(template: str, context: dict, language: str) -> tuple[str, str, str]:
    with override(language):
        subject = render_to_string(f"registrations/email/{template}_subject.txt", context)
        text = render_to_string(f"registrations/email/{template}.txt", context)
        html = render_to_string(f"registrations/email/{template}.html", context)
    return " ".join(subject.split()), text, html


def _deliver(
    *,
    registration: Registration,
    kind: str,
    recipients: list[str],
    language: str,
    context: dict,
    decision: Decision | None = None,
) -> SentEmail:
    context = {"registration": registration, "site_url": settings.SITE_URL, **context}
    subject, text, html = _render(kind, context, language)
    try:
        message = EmailMultiAlternatives(subject, text, to=recipients)
        message.attach_alternative(html, "text/html")
        message.send()
        state, error = EmailState.SENT, ""
    except Exception as failure:  # whatever the mail server does, the registration stays
        logger.exception("Could not send the %s e-mail of %s", kind, registration.reference)
        state, error = EmailState.FAILED, f"{type(failure).__name__}: {failure}"
    return SentEmail.objects.create(
        registration=registration,
        kind=kind,
        decision=decision,
        recipients=", ".join(recipients),
        language=language,
        subject=subject[:250],
        state=state,
        error=error,
    )


def _to_contact(registration: Registration, kind: str, **context) -> SentEmail:
    language = registration.contact_language
    return _deliver(
        registration=registration,
        kind=kind,
        recipients=[registration.contact_email],
        language=language,
        context={"private_url": private_url(registration, language=language), **context},
        decision=context.get("decision"),
    )


def send_confirmation(registration: Registration) -> SentEmail:
    return _to_contact(registration, EmailKind.CONFIRMATION)


def send_new_link(registration: Registration) -> SentEmail:
    return _to_contact(registration, EmailKind.NEW_LINK)


def send_decision(decision: Decision) -> SentEmail:
    return _to_contact(decision.registration, EmailKind.DECISION, decision=decision)


def send_coordinator_notice(registration: Registration, *, updated: bool = False):
    """Tell the coordinators of a new (or corrected) registration, if any address is set."""
    if not settings.COORDINATOR_EMAILS:
        return None
    with override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:registrations_registration_change", args=[registration.pk])
    return _deliver(
        registration=registration,
        kind=EmailKind.COORDINATOR_NOTICE,
        recipients=list(settings.COORDINATOR_EMAILS),
        language=settings.LANGUAGE_CODE,
        context={"admin_url": f"{settings.SITE_URL}{admin_path}", "updated": updated},
    )


def send_submission_emails(registration: Registration) -> None:
    send_confirmation(registration)
    send_coordinator_notice(registration)


def resend(sent: SentEmail) -> SentEmail:
    """Send again what failed (or was lost), with fresh content and a fresh private link."""
    registration = sent.registration
    if sent.kind == EmailKind.DECISION and sent.decision:
        return send_decision(sent.decision)
    if sent.kind == EmailKind.COORDINATOR_NOTICE:
        return send_coordinator_notice(registration)
    if sent.kind == EmailKind.NEW_LINK:
        return send_new_link(registration)
    return send_confirmation(registration)


def request_new_links(*, email: str) -> int:
    """Send a fresh private link for each registration of this contact address.

    Returns how many were sent; the caller must not tell the visitor (the same answer whether
    or not the address is known).
    """
    registrations = list(
        Registration.objects.filter(contact_email__iexact=email.strip()).select_related("call")
    )
    for registration in registrations:
        send_new_link(registration)
    return len(registrations)
