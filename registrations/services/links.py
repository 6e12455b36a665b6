"""Private links: each opens one registration for its contact person, and expires."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import override

from registrations.models import Registration

_SALT = "registrations.private-link"


class LinkExpired(Exception):
    pass


def make_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=_SALT)


def registration_for_token(token: str) -> Registration | None:
    """The registration the token opens; None for a token we did not sign.

    Raises LinkExpired for a genuine token older than REGISTRATION_LINK_DAYS.
    """
    try:
        pk = signing.loads(token, salt=_SALT, max_age=settings.REGISTRATION_LINK_DAYS * 86400)
    except signing.SignatureExpired:
        raise LinkExpired from None
    except signing.BadSignature:
        return None
    return Registration.objects.filter(pk=pk).first()


def private_url(registration: Registration, *, language: str) -> str:
    """The absolute private link, for e-mail, in the contact person's language."""
    with override(language):
        path = reverse("registrations:private", args=[make_token(registration)])
    return f"{settings.SITE_URL}{path}"
