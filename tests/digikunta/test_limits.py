"""Abuse limits: whose address is counted, the limit itself and the 429 page in both languages."""

from django.conf import settings
from django.test import RequestFactory, SimpleTestCase, TestCase, override_settings
from django.utils import translation
from django_ratelimit.exceptions import Ratelimited

from digikunta.limits import client_ip, client_network, limit, too_many_requests

RATES = settings.RATE_LIMITS | {"links_per_address": "2/h"}


class ClientAddressTestCase(SimpleTestCase):
    def request(self, **meta):
        return RequestFactory().get("/", **meta)

    def test_it_is_the_connections_address_without_a_proxy(self):
        request = self.request(REMOTE_ADDR="192.0.2.7", HTTP_X_REAL_IP="203.0.113.9")
        self.assertEqual(client_ip(request), "192.0.2.7")

    @override_settings(CLIENT_IP_HEADER="X-Real-IP")
    def test_behind_a_proxy_it_is_the_address_the_proxy_wrote(self):
        request = self.request(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
        self.assertEqual(client_ip(request), "203.0.113.9")

    @override_settings(CLIENT_IP_HEADER="X-Forwarded-For")
    def test_only_the_last_forwarded_address_counts(self):
        # What the client sent itself comes first and may be forged; our proxy adds the last.
        request = self.request(
            REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9"
        )
        self.assertEqual(client_ip(request), "203.0.113.9")

    @override_settings(CLIENT_IP_HEADER="X-Real-IP")
    def test_a_header_that_is_no_address_falls_back_to_the_connection(self):
        request = self.request(REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="<script>")
        self.assertEqual(client_ip(request), "127.0.0.1")
        self.assertEqual(client_ip(self.request(REMOTE_ADDR="127.0.0.1")), "127.0.0.1")

    def test_an_ipv6_client_is_counted_by_its_network(self):
        first = self.request(REMOTE_ADDR="2001:db8:1:2::7")
        second = self.request(REMOTE_ADDR="2001:db8:1:2:ffff::1")
        self.assertEqual(client_network(first), "2001:db8:1:2::")
        self.assertEqual(client_network(first), client_network(second))
        self.assertEqual(client_network(self.request(REMOTE_ADDR="192.0.2.7")), "192.0.2.7")


@override_settings(RATE_LIMITS=RATES)
class LimitTestCase(SimpleTestCase):
    def test_it_counts_each_key_on_its_own_and_ignores_case(self):
        request = RequestFactory().post("/")
        limit(request, "links_per_address", key="maija@kunta.example")
        limit(request, "links_per_address", key="MAIJA@kunta.example ")
        limit(request, "links_per_address", key="matti@kunta.example")
        with self.assertRaises(Ratelimited):
            limit(request, "links_per_address", key="maija@kunta.example")
        self.assertGreater(request.retry_after, 0)
        self.assertLessEqual(request.retry_after, 3600)

    @override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                # Nothing listens on port 1: the shared cache is down.
                "LOCATION": "redis://127.0.0.1:1/0",
                "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            }
        }
    )
    def test_a_cache_that_does_not_answer_lets_the_request_through(self):
        request = RequestFactory().post("/")
        with self.assertLogs("digikunta.limits", level="WARNING"):
            for _ in range(5):
                limit(request, "links_per_address", key="maija@kunta.example")


class TooManyRequestsPageTestCase(TestCase):
    def page(self, language, **attributes):
        request = RequestFactory().post(f"/{language}/oma-ilmoittautuminen/")
        for name, value in attributes.items():
            setattr(request, name, value)
        with translation.override(language), self.assertNumQueries(0):
            return too_many_requests(request, Ratelimited())

    def test_it_says_when_to_try_again_in_finnish(self):
        response = self.page("fi", retry_after=3000)
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "3000")
        self.assertContains(response, '<html lang="fi">', status_code=429)
        self.assertContains(response, "<h1>Liian monta pyyntöä</h1>", status_code=429)
        self.assertContains(response, "Yritä uudelleen 50 minuutin kuluttua.", status_code=429)
        self.assertContains(response, 'href="/fi/"', status_code=429)

    def test_it_says_when_to_try_again_in_swedish(self):
        response = self.page("sv", retry_after=59)
        self.assertContains(response, '<html lang="sv">', status_code=429)
        self.assertContains(response, "<h1>För många förfrågningar</h1>", status_code=429)
        self.assertContains(response, "Försök igen om 1 minut.", status_code=429)
        self.assertContains(response, 'href="/sv/"', status_code=429)

    def test_without_a_known_wait_it_asks_to_try_later(self):
        response = self.page("sv")
        self.assertContains(response, "Försök igen senare.", status_code=429)
        self.assertFalse(response.has_header("Retry-After"))
