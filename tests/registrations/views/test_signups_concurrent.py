"""100 people sign up for 20 seats and 10 places on the waiting list at the same moment, in
threads, against a live server on PostgreSQL: exactly 20 get a seat, 10 a waiting place and
70 a clear "full"; then one cancels and exactly one moves up."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from unittest import skipUnless
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPCookieProcessor, HTTPRedirectHandler, build_opener

from django.conf import settings
from django.core.servers.basehttp import ThreadedWSGIServer
from django.db import connection
from django.test import LiveServerTestCase, override_settings
from django.test.testcases import LiveServerThread

from registrations.models import EmailKind, SentEmail, SignUp, SignUpStatus
from registrations.services.signup_links import make_token
from tests.factories import EventFactory

PEOPLE = 100
# The server handles this many requests at once, as a few gunicorn workers would: a hundred
# threads each holding a connection would take every connection PostgreSQL allows.
WORKERS = 12


class WorkersServer(ThreadedWSGIServer):
    workers = threading.BoundedSemaphore(WORKERS)
    # Everyone's connection waits its turn rather than being refused.
    request_queue_size = PEOPLE

    def process_request_thread(self, request, client_address):
        with self.workers:
            super().process_request_thread(request, client_address)


class WorkersServerThread(LiveServerThread):
    server_class = WorkersServer


class NoRedirects(HTTPRedirectHandler):
    """Each answer as it is: a redirect to the private page means a seat or a waiting place."""

    def redirect_request(self, *args, **kwargs):
        return None


@skipUnless(
    connection.vendor == "postgresql",
    "needs a database that takes concurrent writes; CI runs it on PostgreSQL",
)
# Every sign-up counts against the limits of one address (127.0.0.1).
@override_settings(RATE_LIMITS=dict.fromkeys(settings.RATE_LIMITS, "1000/h"))
class ConcurrentSignUpsTestCase(LiveServerTestCase):
    serialized_rollback = True  # keep the data that migrations made, for the tests after this
    server_thread_class = WorkersServerThread

    def setUp(self):
        self.event = EventFactory(slug="kokeiluviikko-turku", capacity=20, waiting_capacity=10)
        self.url = f"{self.live_server_url}/fi/tapahtumat/kokeiluviikko-turku/ilmoittaudu/"

    def sign_up_together(self):
        browser = build_opener(HTTPCookieProcessor(CookieJar()), NoRedirects())
        form_page = browser.open(self.url, timeout=60).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page).group(1)
        start = threading.Barrier(PEOPLE)

        def sign_up(number):
            body = urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "name": f"Osallistuja {number}",
                    "email": f"osallistuja{number}@example.fi",
                    "language": "fi" if number % 2 else "sv",
                    "consent": "on",
                }
            ).encode()
            start.wait()
            try:
                with browser.open(self.url, data=body, timeout=120) as answer:
                    return answer.status, answer.read().decode()
            except HTTPError as error:
                return error.code, urlsplit(error.headers.get("Location", "")).path

        with ThreadPoolExecutor(PEOPLE) as pool:
            return list(pool.map(sign_up, range(PEOPLE)))

    def test_exactly_the_seats_and_the_waiting_places_are_given_and_the_rest_told_full(self):
        answers = self.sign_up_together()
        taken = [path for status, path in answers if status == 302]
        full = [page for status, page in answers if status == 200]
        self.assertEqual(len(taken), 30, answers[:3])
        self.assertTrue(all(p.startswith("/fi/tapahtumat/oma-ilmoittautuminen/") for p in taken))
        self.assertEqual(len(full), 70)
        self.assertTrue(all("Tapahtuma on täynnä" in page for page in full))
        signups = SignUp.objects.filter(event=self.event)
        self.assertEqual(signups.attending().count(), 20)
        self.assertEqual(signups.waiting().count(), 10)
        self.assertEqual(SentEmail.objects.filter(kind=EmailKind.SIGNUP_CONFIRMATION).count(), 30)

        # One with a seat cancels through the private link: exactly one moves up.
        leaving = signups.attending().first()
        first_waiting = signups.waiting().first()
        browser = build_opener(HTTPCookieProcessor(CookieJar()), NoRedirects())
        private = (
            f"{self.live_server_url}/fi/tapahtumat/oma-ilmoittautuminen/{make_token(leaving)}/"
        )
        page = browser.open(private, timeout=60).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        body = urlencode({"csrfmiddlewaretoken": token}).encode()
        cancels = threading.Barrier(3)

        def cancel(_):
            # The same button pressed three times at once: still one seat, one move.
            cancels.wait()
            try:
                browser.open(private, data=body, timeout=60)
            except HTTPError as error:
                return error.code
            return 200

        with ThreadPoolExecutor(3) as pool:
            self.assertEqual(list(pool.map(cancel, range(3))), [302, 302, 302])
        self.assertEqual(signups.attending().count(), 20)
        self.assertEqual(signups.waiting().count(), 9)
        first_waiting.refresh_from_db()
        self.assertEqual(first_waiting.status, SignUpStatus.ATTENDING)
        self.assertEqual(SentEmail.objects.filter(kind=EmailKind.SIGNUP_PROMOTED).count(), 1)
