"""Abuse limits: the client's address, the limit on a group of requests, and the pages shown
when a limit is reached (429 Too Many Requests) or an admin login is locked out.

The counts are django-ratelimit's, kept in the shared cache (settings.RATE_LIMITS); the login
lockout is django-axes' (settings.AXES_*). Both pages are in the language of the URL and query
nothing, so they cost nothing however often they are asked for.
"""

import ipaddress
import logging
import math

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import npgettext
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind a proxy the last address in the header
    that settings.CLIENT_IP_HEADER names (the one our own proxy wrote; any before it came from
    the client and may be forged)."""
    candidates = [request.META.get("REMOTE_ADDR", "")]
    if settings.CLIENT_IP_HEADER:
        meta_key = "HTTP_" + settings.CLIENT_IP_HEADER.upper().replace("-", "_")
        # Without the header (a request that did not come through the proxy), REMOTE_ADDR.
        candidates.insert(0, request.META.get(meta_key, "").split(",")[-1])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate.strip()))
        except ValueError:
            continue
    return "0.0.0.0"  # a Unix socket without the proxy's header: one address for all


def client_network(request) -> str:
    """The client's address for counting: an IPv6 address by its /64, which one household or
    office gets whole, so that walking through its addresses gains nothing."""
    address = ipaddress.ip_address(client_ip(request))
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def limit_per_client(request, group: str) -> None:
    """limit() keyed by the client's address."""
    limit(request, group, key=client_network(request))


def limit(request, group: str, *, key: str) -> None:
    """Count one request of this group for this key (a client address, an e-mail address);
    past the limit in settings.RATE_LIMITS[group], raise Ratelimited, which
    RatelimitMiddleware answers with too_many_requests.

    The key is hashed before it reaches the cache, so no address is stored there in clear. A
    cache that does not answer lets the request through: a registration is worth more than a
    limit, and /healthz tells the operators."""
    try:
        usage = get_usage(
            request,
            group=group,
            key=lambda _group, _request: key.strip().lower(),
            rate=lambda _group, _request: settings.RATE_LIMITS[group],
            increment=True,
        )
    except RedisError:
        logger.warning("The shared cache did not answer; the %s limit was not counted.", group)
        return
    if usage and usage["should_limit"]:
        # The end of the current window, for the page and the Retry-After header.
        request.retry_after = max(int(usage["time_left"]), 1)
        raise Ratelimited(group)


def too_many_requests(request, exception=None):
    """RATELIMIT_VIEW: a limit was reached. 429, in the page's language, with when to try
    again."""
    seconds = getattr(request, "retry_after", None)
    response = render(
        request,
        "429.html",
        {
            "page_title": _("Too many requests"),
            "wait": _wait(seconds) if seconds else "",
        },
        status=429,
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    return response


def login_locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: too many wrong passwords for this username from this address.
    Answered with axes' own status (429) in the language of the admin's URL."""
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    response = render(
        request,
        "login_locked_out.html",
        {
            "page_title": _("Logging in is locked for a while"),
            "wait": _wait(seconds),
            "failures": settings.AXES_FAILURE_LIMIT,
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Retry-After"] = str(seconds)
    return response


def _wait(seconds: int) -> str:
    """How long to wait, in whole minutes (or hours), never less than one."""
    minutes = max(math.ceil(seconds / 60), 1)
    if minutes < 120:
        text = npgettext("try again in", "%(count)d minute", "%(count)d minutes", minutes)
        return text % {"count": minutes}
    hours = math.ceil(minutes / 60)
    return npgettext("try again in", "%(count)d hour", "%(count)d hours", hours) % {"count": hours}
