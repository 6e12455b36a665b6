"""E-mail to people who signed up for an event, queued in the outbox like every other message
(services.mail): rendered in the sign-up's own language, saved in the caller's transaction,
sent by the mail worker. A confirmation carries the event as an .ics file and the private
link to cancel."""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext, override

from network.calendar import calendar, event_url
from registrations.models import EmailKind, EmailState, SentEmail, SignUp
from registrations.services import signup_links

TEMPLATES = {
    EmailKind.SIGNUP_CONFIRMATION: "confirmation",
    EmailKind.SIGNUP_PROMOTED: "promoted",
    EmailKind.SIGNUP_CANCELLED: "cancelled",
    EmailKind.EVENT_MESSAGE: "message",
}
# The kinds that carry the calendar entry: those that give a seat or a place in the queue.
WITH_CALENDAR = {EmailKind.SIGNUP_CONFIRMATION, EmailKind.SIGNUP_PROMOTED}


def _queue(signup: SignUp, kind: str, **context) -> SentEmail:
    language = signup.language
    event = signup.event
    name = TEMPLATES[kind]
    with override(language):
        context = {
            "signup": signup,
            "event": event,
            "event_url": event_url(event, language=language),
            "cancel_url": signup_links.cancel_url(signup, language=language),
            "site_url": settings.SITE_URL,
            **context,
        }
        subject = render_to_string(f"registrations/email/signups/{name}_subject.txt", context)
        text = render_to_string(f"registrations/email/signups/{name}.txt", context)
        html = render_to_string(f"registrations/email/signups/{name}.html", context)
        attachment_name = gettext("event") + ".ics" if kind in WITH_CALENDAR else ""
    attachment = (
        calendar([event], language=language, online_url=True).decode() if attachment_name else ""
    )
    return SentEmail.objects.create(
        signup=signup,
        kind=kind,
        recipients=signup.email,
        language=language,
        subject=" ".join(subject.split())[:250],
        text_body=text,
        html_body=html,
        attachment_name=attachment_name,
        attachment=attachment,
        state=EmailState.QUEUED,
        next_attempt_at=timezone.now(),
    )


def queue_confirmation(signup: SignUp) -> SentEmail:
    return _queue(signup, EmailKind.SIGNUP_CONFIRMATION)


def queue_promoted(signup: SignUp) -> SentEmail:
    return _queue(signup, EmailKind.SIGNUP_PROMOTED)


def queue_cancelled(signup: SignUp) -> SentEmail:
    return _queue(signup, EmailKind.SIGNUP_CANCELLED)


def queue_message(signup: SignUp, *, subject: str, body: str) -> SentEmail:
    return _queue(signup, EmailKind.EVENT_MESSAGE, subject=subject, body=body)


def resend(sent: SentEmail) -> SentEmail | None:
    """Queue again, rendered afresh; a coordinator's message is not kept, so it is not resent."""
    if sent.kind == EmailKind.EVENT_MESSAGE:
        return None
    return _queue(sent.signup, sent.kind)
