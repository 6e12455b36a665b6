"""/healthz for a load balancer: 200 when the database and the cache answer, 503 otherwise.

It tells nothing else (no counts, no versions, no error messages), sets no cookie, is not
language-prefixed, and robots.txt keeps crawlers away from it.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # whatever the driver raises, the answer is "no"
        logger.exception("Health check: the database does not answer")
        return False


def _cache_answers() -> bool:
    try:
        cache.set("healthz", "ok", timeout=10)
        return cache.get("healthz") == "ok"
    except Exception:  # a Redis cache raises its own errors
        logger.exception("Health check: the cache does not answer")
        return False


@never_cache
@require_safe
def healthz(request):
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable"}
        | {name: "ok" if answered else "unavailable" for name, answered in checks.items()},
        status=200 if healthy else 503,
    )
