"""Private links: each opens one registration for its contact person, and expires. A link
names the registration and its link version: asking for a new link raises the version, and
every older link of that registration stops working."""

from django.conf import settings
from django.core import signing
from django.db.models import F
from django.urls import reverse
from django.utils.translation import override

from registrations.models import Registration

_SALT = "registrations.private-link"


class LinkExpired(Exception):
    """A link we signed that no longer opens anything: too old, or replaced by a newer one."""


def make_token(registration: Registration) -> str:
    return signing.dumps([registration.pk, registration.link_version], salt=_SALT)


def registration_for_token(token: str) -> Registration | None:
    """The registration the token opens; None for a token we did not sign.

    Raises LinkExpired for a genuine token older than REGISTRATION_LINK_DAYS, or older than the
    latest new link of its registration.
    """
    try:
        pk, version = signing.loads(
            token, salt=_SALT, max_age=settings.REGISTRATION_LINK_DAYS * 86400
        )
    except signing.SignatureExpired:
        raise LinkExpired from None
    except (signing.BadSignature, TypeError, ValueError):
        return None
    registration = Registration.objects.filter(pk=pk).first()
    if registration is not None and registration.link_version != version:
        raise LinkExpired
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
