"""Private links: each opens one registration for its contact person, and expires. A link
names the registration and its link version: asking for a new link raises the version, and
every older link of that registration stops working.

A link works for REGISTRATION_LINK_DAYS; the links of an accepted registration work longer,
for the lifetime of the experiment plus REPORTING_PERIOD_DAYS, so that a participant who comes
back after a year to write the final report finds the link of any e-mail still working."""

from datetime import date, timedelta

from django.conf import settings
from django.core import signing
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from registrations.models import Registration, Status

_SALT = "registrations.private-link"


class LinkExpired(Exception):
    """A link we signed that no longer opens anything: too old, or replaced by a newer one."""


def make_token(registration: Registration) -> str:
    return signing.dumps([registration.pk, registration.link_version], salt=_SALT)


def reporting_until(registration: Registration) -> date | None:
    """The last day on which every link of an accepted registration works, however old: the
    end of the experiment (or the final report's deadline, if later; the day it was published
    when neither is known) plus the reporting period. None for any other registration."""
    if registration.status != Status.ACCEPTED:
        return None
    ends = [day for day in (registration.ends_on, registration.call.final_report_due) if day]
    if ends:
        end = max(ends)
    elif registration.published_at:
        end = timezone.localdate(registration.published_at)
    else:
        return None
    return end + timedelta(days=settings.REPORTING_PERIOD_DAYS)


def registration_for_token(token: str) -> Registration | None:
    """The registration the token opens; None for a token we did not sign.

    Raises LinkExpired for a genuine token older than REGISTRATION_LINK_DAYS (unless its
    registration is still within its reporting period), or older than the latest new link of
    its registration.
    """
    try:
        pk, version = signing.loads(token, salt=_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    registration = Registration.objects.select_related("call").filter(pk=pk).first()
    if registration is None:
        return None
    if registration.link_version != version:
        raise LinkExpired
    try:
        signing.loads(token, salt=_SALT, max_age=settings.REGISTRATION_LINK_DAYS * 86400)
    except signing.SignatureExpired:
        until = reporting_until(registration)
        if until is None or timezone.localdate() > until:
            raise LinkExpired from None
    return registration


def renew(registration: Registration) -> None:
    """Make a new link possible and every link made so far stop working. update() leaves
    updated_at alone: a new link changes nothing the public sees."""
    Registration.objects.filter(pk=registration.pk).update(link_version=F("link_version") + 1)
    registration.refresh_from_db(fields=["link_version"])


def private_url(registration: Registration, *, language: str) -> str:
    """The absolute private link, for e-mail, in the contact person's language."""
    with override(language):
        path = reverse("registrations:private", args=[make_token(registration)])
    return f"{settings.SITE_URL}{path}"
