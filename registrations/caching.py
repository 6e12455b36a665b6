"""Caching public figures honestly: the key holds the moment of the latest change to any
registration, so a new, edited or decided registration shows at once. Deletions and renamed
topics show when the entry expires."""

from django.core.cache import cache
from django.db.models import Max
from django.utils.translation import get_language

from registrations.models import Registration

TIMEOUT = 300


def data_version() -> str:
    """One index lookup: the latest updated_at of all registrations."""
    latest = Registration.objects.aggregate(latest=Max("updated_at"))["latest"]
    return latest.isoformat() if latest else "none"


def cached(name: str, compute, *, version: str | None = None):
    key = f"digikunta:{name}:{get_language()}:{version or data_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value
