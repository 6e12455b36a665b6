"""/healthz for a load balancer: the database and the cache answer, or 503; nothing else."""

from unittest import mock

from django.core.cache import cache
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import TestCase, override_settings


class HealthTestCase(TestCase):
    def test_it_answers_200_when_the_database_and_the_cache_answer(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json(), {"status": "ok", "database": "ok", "cache": "ok"})
        self.assertIn("no-store", response["Cache-Control"])

    def test_it_has_no_language_prefix_redirect_or_cookie(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.cookies, {})
        self.assertEqual(self.client.get("/fi/healthz").status_code, 404)

    def test_it_makes_one_query(self):
        with self.assertNumQueries(1):  # SELECT 1
            self.client.get("/healthz")

    def test_it_answers_503_when_the_database_does_not(self):
        down = OperationalError("could not connect to server: Connection refused")
        with (
            mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=down),
            self.assertLogs("digikunta.health", "ERROR"),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(
            response.json(), {"status": "unavailable", "database": "unavailable", "cache": "ok"}
        )
        self.assertNotIn(b"refused", response.content)

    def test_it_answers_503_when_the_cache_does_not(self):
        with (
            mock.patch.object(cache, "set", side_effect=ConnectionError("redis is down")),
            self.assertLogs("digikunta.health", "ERROR"),
        ):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response.json()["cache"], "unavailable")

    def test_it_takes_only_get_and_head(self):
        self.assertEqual(self.client.head("/healthz").status_code, 200)
        self.assertEqual(self.client.post("/healthz").status_code, 405)

    @override_settings(SECURE_SSL_REDIRECT=True)
    def test_a_load_balancer_may_ask_over_plain_http(self):
        self.assertEqual(self.client.get("/healthz").status_code, 200)
        self.assertEqual(self.client.get("/fi/").status_code, 301)

    def test_crawlers_are_kept_away(self):
        self.assertContains(self.client.get("/robots.txt"), "Disallow: /healthz\n")
