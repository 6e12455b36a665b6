"""Compressed HTML for public pages, without opening the door to BREACH.

BREACH recovers a secret from the size of compressed responses that also reflect what an
attacker sent. So only pages marked public (digikunta.public.PublicReadMixin), which show
public data only, are compressed, and even those not when they carry a CSRF token (a form
that posts) or set a cookie. The admin, the registration forms and the private pages are
never compressed. Static files are compressed ahead of time by WhiteNoise.
"""

from django.middleware.gzip import GZipMiddleware


class PublicGZipMiddleware(GZipMiddleware):
    """Place it after CsrfViewMiddleware, so that it sees whether the page used the token
    before that middleware clears the flag."""

    def process_response(self, request, response):
        if not getattr(request, "is_public_read", False):
            return response
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
            return response
        if "private" in response.get("Cache-Control", ""):
            return response
        return super().process_response(request, response)
