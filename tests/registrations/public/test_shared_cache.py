"""Every process sees a publication at once: the shared cache's entries are keyed by the data
version that the publishing write moves on. Two cache clients stand for two processes (or two
machines) sharing one Redis."""

from unittest import mock, skipUnless

import redis
from django.core.cache import caches
from django.test import TestCase, override_settings
from django.utils import timezone

from registrations.models import Status
from registrations.public import shared_cache
from registrations.public.browsing import Filters, browse
from registrations.services.decisions import decide
from tests.factories import make_registration

REDIS_URL = "redis://127.0.0.1:6379/5"
REDIS = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}


def redis_answers() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping()
    except redis.RedisError:
        return False


def seen_by(client) -> tuple[int, dict]:
    """What a process using this cache client shows on the unfiltered list: the count and the
    role facet's counts."""
    with mock.patch.object(shared_cache, "cache", client):
        found = browse(Filters(), today=timezone.localdate())
    role = next(facet for facet in found.facets if facet.name == "role")
    return found.results.count, {option.value: option.count for option in role.options}


@skipUnless(redis_answers(), f"Redis does not answer at {REDIS_URL}")
@override_settings(CACHES={"default": REDIS, "second": REDIS})
class SharedCacheTestCase(TestCase):
    def setUp(self):
        caches["default"].clear()
        self.addCleanup(caches["default"].clear)

    def test_two_processes_show_the_same_right_after_a_publication(self):
        first, second = caches["default"], caches["second"]
        make_registration()
        waiting = make_registration(status=Status.SUBMITTED)
        self.assertEqual(seen_by(first), (1, {"kokeilija": 1}))
        # The second process finds the first one's entries (the names, the counts): it asks
        # the database for the data version only (the page's rows come later).
        with self.assertNumQueries(1), mock.patch.object(shared_cache, "cache", second):
            browse(Filters(), today=timezone.localdate())
        decide(registration=waiting, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(seen_by(second), (2, {"kokeilija": 2}))
        self.assertEqual(seen_by(first), (2, {"kokeilija": 2}))


class LocalMemoryTestCase(TestCase):
    def test_it_works_with_the_local_memory_cache_too(self):
        make_registration()
        waiting = make_registration(status=Status.SUBMITTED)
        self.assertEqual(seen_by(caches["default"]), (1, {"kokeilija": 1}))
        decide(registration=waiting, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(seen_by(caches["default"]), (2, {"kokeilija": 2}))
