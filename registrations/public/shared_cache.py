"""The shared cache (Django's cache framework: Redis in production, local memory in
development) for what is worth keeping between requests: the counts of the unfiltered list,
the statistics, the names of the filters' values. Every entry is keyed by the data version,
which every write the public can see moves on in its own transaction (see
registrations.services.search_table), so every process and machine sees a change at once and
no entry is ever stale; old versions' entries simply expire."""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.utils import timezone

from registrations.models import DataVersion

T = TypeVar("T")
# Entries of old versions are never read again; this only bounds how long they take room.
TIMEOUT = 24 * 60 * 60


def data_version() -> int:
    """The current data version: one query."""
    return DataVersion.objects.values_list("number", flat=True).first() or 0


def cached(name: str, version: int, build: Callable[[], T], *, timeout: int = TIMEOUT) -> T:
    """The entry of this name and version, built (by this request, once) when missing."""
    key = f"digikunta:{name}:v{version}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value


def warm() -> None:
    """Fill the entries of the current version, so that visitors find them ready: called by
    the writing process once its write has committed."""
    from registrations.public import facets, names, savings_totals, statistics
    from registrations.services.facet_pairs import counted_stages_day, has_pairs, recount_stages

    today = timezone.localdate()
    # The first write of a day counts the stages of that day, which the triggers then keep.
    if has_pairs() and counted_stages_day() != today:
        recount_stages(day=today)
    version = data_version()
    names.current(version)
    facets.unfiltered_counts(version, today)
    statistics.numbers(version)
    savings_totals.totals(version)
