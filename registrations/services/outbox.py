"""The mail worker's work (manage.py send_mail): turn requests for new links into queued
messages, and send the queued messages that are due.

Each message is taken in a transaction of its own with SELECT … FOR UPDATE SKIP LOCKED, so
that several workers never take the same one and a crash leaves at most that one message to be
sent again. A failure is recorded on the message with its error and tried again later, each
pause twice the one before (settings.EMAIL_RETRY_SECONDS, doubled); after
settings.EMAIL_MAX_ATTEMPTS tries it stays failed, for a coordinator to send again.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils import timezone

from registrations.models import EmailState, LinkRequest, SentEmail
from registrations.services import mail, roadmaps

logger = logging.getLogger(__name__)


@dataclass
class Round:
    """What one round of the worker did."""

    link_requests: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        return self.link_requests + self.sent + self.retrying + self.failed


def work(*, now: datetime | None = None, stopping: Callable[[], bool] = lambda: False) -> Round:
    """One round: every waiting request for new links, then every message that is due; or
    fewer, when stopping() says the worker is being stopped."""
    done = Round()
    while not stopping() and take_link_request():
        done.link_requests += 1
    connection = get_connection()
    try:
        while not stopping() and (state := send_next(connection, now=now)) is not None:
            if state == EmailState.SENT:
                done.sent += 1
            elif state == EmailState.FAILED:
                done.failed += 1
            else:
                done.retrying += 1
    finally:
        connection.close()
    return done


def take_link_request() -> bool:
    """Queue the links of the oldest waiting request and delete it; False when none waits."""
    with transaction.atomic():
        request = LinkRequest.objects.select_for_update(skip_locked=True).first()
        if request is None:
            return False
        if request.roadmap_municipality_id:
            roadmaps.queue_roadmap_links(
                email=request.email, municipality=request.roadmap_municipality
            )
        else:
            mail.queue_new_links(email=request.email)
        request.delete()
    return True


def send_next(connection, *, now: datetime | None = None) -> str | None:
    """Try the next due message once and record how it went; its new state, or None when no
    message is due."""
    with transaction.atomic():
        message = (
            SentEmail.objects.select_for_update(skip_locked=True)
            .filter(state=EmailState.QUEUED, next_attempt_at__lte=now or timezone.now())
            .order_by("next_attempt_at", "pk")
            .first()
        )
        if message is None:
            return None
        _attempt(message, connection, now=now)
        return message.state


def _attempt(message: SentEmail, connection, *, now: datetime | None) -> None:
    message.attempts += 1
    recipients = [address.strip() for address in message.recipients.split(",")]
    email = EmailMultiAlternatives(
        message.subject,
        message.text_body,
        to=[address for address in recipients if address],
        connection=connection,
    )
    email.attach_alternative(message.html_body, "text/html")
    if message.attachment:
        email.attach(message.attachment_name, message.attachment, "text/calendar; method=PUBLISH")
    if not email.to:
        # Retention or an erasure removed the contact person while the message waited: there
        # is nobody to send it to, now or later, so it is given up at once.
        message.error = "No recipient: the address was removed."
        message.attempts = settings.EMAIL_MAX_ATTEMPTS
        _failed(message, now=now or timezone.now())
        message.save()
        return
    try:
        connection.open()
        email.send()
    except Exception as failure:  # whatever the mail server does, it is recorded and retried
        # A connection left half-open by the failure is not used for the next message.
        _close_quietly(connection)
        message.error = f"{type(failure).__name__}: {failure}"
        _failed(message, now=now or timezone.now())
    else:
        message.state = EmailState.SENT
        message.sent_at = now or timezone.now()
        message.next_attempt_at = None
        message.error = ""
        _forget_bodies(message)
    message.save()


def _failed(message: SentEmail, *, now: datetime) -> None:
    # No addresses in the log (the error is on the message, for coordinators): the reference.
    if message.attempts >= settings.EMAIL_MAX_ATTEMPTS:
        logger.error(
            "Gave up the %s e-mail %s of %s after %d attempts.",
            message.kind,
            message.pk,
            message.about,
            message.attempts,
        )
        message.state = EmailState.FAILED
        message.next_attempt_at = None
        _forget_bodies(message)
        return
    pause = timedelta(seconds=settings.EMAIL_RETRY_SECONDS * 2 ** (message.attempts - 1))
    logger.warning(
        "Could not send the %s e-mail %s of %s (attempt %d); trying again in %s.",
        message.kind,
        message.pk,
        message.about,
        message.attempts,
        pause,
    )
    message.next_attempt_at = now + pause


def _forget_bodies(message: SentEmail) -> None:
    """The bodies hold the private link and contact details: not kept once they are of no use
    (a message sent again is rendered afresh)."""
    message.text_body = ""
    message.html_body = ""
    message.attachment = ""


def _close_quietly(connection) -> None:
    try:
        connection.close()
    except Exception:  # a connection that broke may fail to close too; it is dropped anyway
        logger.debug("Closing a failed mail connection failed too.", exc_info=True)
