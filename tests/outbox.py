"""The mail worker in tests: what `manage.py send_mail` does in production, once."""

import io

from django.core import mail
from django.core.management import call_command


def deliver() -> list:
    """Send the queued e-mail, as the mail worker would, and return everything sent so far
    (django.core.mail.outbox)."""
    call_command("send_mail", "--once", stdout=io.StringIO())
    return mail.outbox
