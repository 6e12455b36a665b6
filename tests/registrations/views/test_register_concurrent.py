"""A double click on "send", for real: the same form sent at the same moment, in threads, to a
live server on PostgreSQL. Every answer is the private page of the one registration saved."""

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar
from unittest import skipUnless
from urllib.error import HTTPError
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPCookieProcessor, build_opener

from django.conf import settings
from django.db import connection
from django.test import LiveServerTestCase, override_settings

from registrations.models import Registration
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory
from tests.registrations.form_data import kokeilija_data

# Clicks that arrive together; rounds make the race likely on every run.
CLICKS = 3
ROUNDS = 3


@skipUnless(
    connection.vendor == "postgresql",
    "needs a database that takes concurrent writes (the live server shares SQLite's in-memory "
    "connection between threads); CI runs it on PostgreSQL",
)
# Every click counts against the limits of one address (127.0.0.1); this test sends 18.
@override_settings(RATE_LIMITS=dict.fromkeys(settings.RATE_LIMITS, "1000/h"))
class ConcurrentDoubleSubmitTestCase(LiveServerTestCase):
    serialized_rollback = True  # keep the data that migrations made, for the tests after this

    def setUp(self):
        self.call = CallFactory(slug="digiverkosto")
        self.lead = MunicipalityFactory()
        self.topic = TopicFactory()

    def form_url(self, language):
        path = "ilmoittaudu" if language == "fi" else "anmalan"
        return f"{self.live_server_url}/{language}/{path}/digiverkosto/kokeilija/"

    def send_together(self, url, data):
        """Open the form once (for its CSRF cookie), then send it CLICKS times at once from the
        same browser; each answer as (status, final path, page)."""
        browser = build_opener(HTTPCookieProcessor(CookieJar()))
        form_page = browser.open(url, timeout=30).read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page).group(1)
        body = urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True).encode()
        start = threading.Barrier(CLICKS)

        def click():
            start.wait()
            try:
                with browser.open(url, data=body, timeout=30) as answer:
                    return answer.status, urlsplit(answer.url).path, answer.read().decode()
            except HTTPError as error:
                return error.code, urlsplit(error.url).path, error.read().decode()

        with ThreadPoolExecutor(CLICKS) as pool:
            return [future.result() for future in [pool.submit(click) for _ in range(CLICKS)]]

    def test_it_answers_every_click_with_the_one_registration_in_both_languages(self):
        private = {"fi": "/fi/oma-ilmoittautuminen/", "sv": "/sv/min-anmalan/"}
        for language in ("fi", "sv") * ROUNDS:
            data = kokeilija_data(self.lead, self.topic, action="submit")
            answers = self.send_together(self.form_url(language), data)
            saved = Registration.objects.filter(submission_key=data["submission_key"])
            with self.subTest(language=language):
                self.assertEqual(saved.count(), 1)
                reference = saved.get().reference
                for status, path, page in answers:
                    self.assertEqual(status, 200, page[:300])
                    self.assertTrue(path.startswith(private[language]), path)
                    self.assertIn(f'<html lang="{language}">', page)
                    self.assertIn(reference, page)
        self.assertEqual(Registration.objects.count(), 2 * ROUNDS)
