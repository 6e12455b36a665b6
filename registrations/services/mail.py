"""E-mail about registrations, queued. Each message is rendered in its reader's language and
saved as a queued SentEmail in the caller's transaction, so it exists exactly when the change it
tells of does; the mail worker (services.outbox, manage.py send_mail) sends it. Nothing here
talks to a mail server, so no request waits on one."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from registrations.models import (
    Decision,
    EmailKind,
    EmailState,
    LinkRequest,
    Registration,
    Report,
    Roadmap,
    SentEmail,
)
from registrations.services import links, roadmaps, signup_mail


def _render(template: str, context: dict, language: str) -> tuple[str, str, str]:
    with override(language):
        subject = render_to_string(f"registrations/email/{template}_subject.txt", context)
        text = render_to_string(f"registrations/email/{template}.txt", context)
        html = render_to_string(f"registrations/email/{template}.html", context)
    return " ".join(subject.split()), text, html


def _queue(
    *,
    registration: Registration,
    kind: str,
    recipients: list[str],
    language: str,
    context: dict,
    decision: Decision | None = None,
    roadmap: Roadmap | None = None,
    report: Report | None = None,
) -> SentEmail:
    context = {"registration": registration, "site_url": settings.SITE_URL, **context}
    subject, text, html = _render(kind, context, language)
    return SentEmail.objects.create(
        registration=registration,
        kind=kind,
        decision=decision,
        roadmap=roadmap,
        report=report,
        recipients=", ".join(recipients),
        language=language,
        subject=subject[:250],
        text_body=text,
        html_body=html,
        state=EmailState.QUEUED,
        next_attempt_at=timezone.now(),
    )


def _to_contact(registration: Registration, kind: str, **context) -> SentEmail:
    language = registration.contact_language
    return _queue(
        registration=registration,
        kind=kind,
        recipients=[registration.contact_email],
        language=language,
        context={"private_url": links.private_url(registration, language=language), **context},
        decision=context.get("decision"),
        report=context.get("report"),
    )


def queue_confirmation(registration: Registration) -> SentEmail:
    return _to_contact(registration, EmailKind.CONFIRMATION)


def queue_new_link(registration: Registration) -> SentEmail:
    return _to_contact(registration, EmailKind.NEW_LINK)


def queue_decision(decision: Decision) -> SentEmail:
    return _to_contact(decision.registration, EmailKind.DECISION, decision=decision)


def queue_introduction(registration: Registration, *, kind: str, introduction, other) -> SentEmail:
    """To one side of an introduction: proposed (agree with the private link), or made (the
    other's contact details, sent only once both have agreed)."""
    return _to_contact(registration, kind, introduction=introduction, other=other)


def queue_contact_message(registration: Registration, *, contact, kind: str) -> SentEmail:
    """A message through the site (kind CONTACT) to the contact person, in their language; or
    its copy (CONTACT_COPY) to the sender, in theirs, without the contact person's address."""
    if kind == EmailKind.CONTACT:
        return _queue(
            registration=registration,
            kind=kind,
            recipients=[registration.contact_email],
            language=registration.contact_language,
            context={"contact": contact},
        )
    return _queue(
        registration=registration,
        kind=kind,
        recipients=[contact.sender_email],
        language=contact.language,
        context={"contact": contact},
    )


def queue_roadmap_link(*, roadmap: Roadmap, registration: Registration, email: str) -> SentEmail:
    """The link to write a roadmap, to a contact person of one of its municipalities (the
    registration that makes the address known), in that person's language."""
    language = registration.contact_language
    return _queue(
        registration=registration,
        kind=EmailKind.ROADMAP_LINK,
        recipients=[email],
        language=language,
        context={
            "roadmap": roadmap,
            "private_url": roadmaps.private_url(roadmap, language=language),
        },
        roadmap=roadmap,
    )


def queue_report_review(report: Report) -> SentEmail:
    """A coordinator accepted the report, asked for changes or rejected it."""
    return _to_contact(report.registration, EmailKind.REPORT_REVIEW, report=report)


def queue_report_reminder(
    registration: Registration, *, kind: str, timing: str, due_on
) -> SentEmail:
    """A report is due soon, or overdue; the message carries a fresh private link."""
    return _to_contact(
        registration, EmailKind.REPORT_REMINDER, report_kind=kind, timing=timing, due_on=due_on
    )


def queue_report_notice(report: Report):
    """Tell the coordinators that a report waits for review, if any address is set."""
    if not settings.COORDINATOR_EMAILS:
        return None
    with override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:registrations_report_change", args=[report.pk])
    return _queue(
        registration=report.registration,
        kind=EmailKind.REPORT_NOTICE,
        recipients=list(settings.COORDINATOR_EMAILS),
        language=settings.LANGUAGE_CODE,
        context={"admin_url": f"{settings.SITE_URL}{admin_path}", "report": report},
        report=report,
    )


def queue_coordinator_notice(registration: Registration, *, updated: bool = False):
    """Tell the coordinators of a new (or corrected) registration, if any address is set."""
    if not settings.COORDINATOR_EMAILS:
        return None
    with override(settings.LANGUAGE_CODE):
        admin_path = reverse("admin:registrations_registration_change", args=[registration.pk])
    return _queue(
        registration=registration,
        kind=EmailKind.COORDINATOR_NOTICE,
        recipients=list(settings.COORDINATOR_EMAILS),
        language=settings.LANGUAGE_CODE,
        context={"admin_url": f"{settings.SITE_URL}{admin_path}", "updated": updated},
    )


def queue_submission_emails(registration: Registration) -> None:
    queue_confirmation(registration)
    queue_coordinator_notice(registration)


def resend(sent: SentEmail) -> SentEmail | None:
    """Queue again what failed (or was lost), with fresh content and a fresh private link; the
    old record stays as it was. None for a notice to the coordinators when no address is set
    any more."""
    if sent.signup_id:
        return signup_mail.resend(sent)
    registration = sent.registration
    if sent.kind == EmailKind.DECISION and sent.decision:
        return queue_decision(sent.decision)
    if sent.kind == EmailKind.COORDINATOR_NOTICE:
        return queue_coordinator_notice(registration)
    if sent.kind == EmailKind.NEW_LINK:
        return queue_new_link(registration)
    if sent.kind == EmailKind.ROADMAP_LINK and sent.roadmap:
        return queue_roadmap_link(
            roadmap=sent.roadmap, registration=registration, email=sent.recipients
        )
    if sent.kind == EmailKind.REPORT_REVIEW and sent.report:
        return queue_report_review(sent.report)
    if sent.kind == EmailKind.REPORT_NOTICE and sent.report:
        return queue_report_notice(sent.report)
    if sent.kind == EmailKind.REPORT_REMINDER:
        return queue_new_link(registration)
    return queue_confirmation(registration)


def request_new_links(*, email: str) -> None:
    """Someone asks for new private links to the registrations of this contact address.

    Only the request is saved, the same one INSERT whether or not the address is known, so
    neither the answer nor its time tells who has registered; the mail worker looks the
    address up later (queue_new_links).
    """
    LinkRequest.objects.create(email=email.strip())


@transaction.atomic
def queue_new_links(*, email: str) -> int:
    """A fresh private link for each registration of this contact address, each older link
    of those registrations made void. Returns how many were queued (never shown to the one
    who asked)."""
    if not email.strip():
        return 0  # never the registrations whose contact person retention has removed
    registrations = list(
        Registration.objects.filter(contact_email__iexact=email.strip()).select_related("call")
    )
    for registration in registrations:
        links.renew(registration)
        queue_new_link(registration)
    return len(registrations)
