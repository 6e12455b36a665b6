"""The private link in a sign-up's e-mail, with which the person cancels. It names the
sign-up and its link version, so an older link stops working once a newer one is sent; it works
until the event has ended."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import override

from registrations.models import SignUp

_SALT = "registrations.signup-cancel"


def make_token(signup: SignUp) -> str:
    return signing.dumps([signup.pk, signup.link_version], salt=_SALT)


def signup_for_token(token: str) -> SignUp | None:
    """The sign-up the token opens; None for a token we did not sign or one replaced."""
    try:
        pk, version = signing.loads(token, salt=_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    signup = SignUp.objects.select_related("event").filter(pk=pk).first()
    if signup is None or signup.link_version != version:
        return None
    return signup


def cancel_url(signup: SignUp, *, language: str) -> str:
    with override(language):
        path = reverse("registrations:signup_private", args=[make_token(signup)])
    return f"{settings.SITE_URL}{path}"
