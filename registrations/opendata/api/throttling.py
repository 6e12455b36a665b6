import math

from django.utils.translation import gettext, ngettext
from rest_framework import exceptions
from rest_framework.throttling import SimpleRateThrottle

from digikunta.limits import client_ip


class PerAddress(SimpleRateThrottle):
    """Requests per client address (settings.RATE_LIMITS["api_per_ip"]), counted in the shared
    cache so that every worker and machine counts together; the address is found as for the
    site's other limits (behind a proxy, from its header)."""

    scope = "api"

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class TooManyRequests(exceptions.Throttled):
    """429 with a message in the asked language, all of it ours (DRF's own is half English in
    Swedish)."""

    def __init__(self, wait: float | None = None):
        seconds = math.ceil(wait) if wait else None
        detail = gettext("Too many requests from your address.")
        if seconds:
            detail += " " + ngettext(
                "Try again in %(seconds)s second.", "Try again in %(seconds)s seconds.", seconds
            ) % {"seconds": seconds}
        exceptions.APIException.__init__(self, detail)
        self.wait = seconds
