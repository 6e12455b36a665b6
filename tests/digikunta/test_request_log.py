"""The log: one line per record with time, level, logger and request id, a line per request with
method, path, status and duration; JSON with LOG_FORMAT=json; no personal data."""

import io
import json
import logging
import re
import time
from contextlib import contextmanager
from unittest import mock

from django.test import Client, TestCase
from django.urls import reverse
from django.utils.translation import override

from digikunta import pages
from digikunta.request_log import (
    PRIVATE_PATH_PREFIXES,
    JsonFormatter,
    PlainFormatter,
    RequestIdFilter,
    mask,
)
from registrations.models import Status
from registrations.services.links import make_token
from tests.factories import make_registration

TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00"
GENERATED_ID = r"[0-9a-f]{32}"


@contextmanager
def log_lines(formatter):
    """Every line the site logs meanwhile, as the console handler of settings.LOGGING writes
    it (root, and Django's own loggers, which do not propagate)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(formatter)
    loggers = [logging.getLogger(), logging.getLogger("django")]
    for logger in loggers:
        logger.addHandler(handler)
    lines = []
    try:
        yield lines
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
        lines.extend(stream.getvalue().splitlines())


class PlainLineTestCase(TestCase):
    def test_a_request_is_one_line_with_time_level_logger_id_method_path_status_duration(self):
        with log_lines(PlainFormatter()) as lines:
            response = self.client.get("/sv/forsok/")
        request_id = response["X-Request-ID"]
        self.assertRegex(request_id, GENERATED_ID)
        self.assertEqual(len(lines), 1, lines)
        self.assertRegex(
            lines[0],
            rf"^{TIME} INFO digikunta\.requests \[{request_id}\] GET /sv/forsok/ 200 [\d.]+ ms$",
        )

    def test_a_failing_request_logs_its_error_on_one_line_with_the_same_id(self):
        client = Client(raise_request_exception=False)
        with (
            mock.patch.object(pages.HomeView, "get_context_data", side_effect=KeyError("boom")),
            log_lines(PlainFormatter()) as lines,
        ):
            response = client.get("/fi/")
        request_id = response["X-Request-ID"]
        self.assertEqual(len(lines), 2, lines)
        error, request = lines
        self.assertRegex(error, rf"^{TIME} ERROR django\.request \[{request_id}\] Internal")
        self.assertIn("Traceback (most recent call last):\\n", error)
        self.assertRegex(request, rf"\[{request_id}\] GET /fi/ 500 [\d.]+ ms$")

    def test_djangos_own_line_about_a_missing_page_has_the_requests_id(self):
        with log_lines(PlainFormatter()) as lines:
            response = self.client.get("/sv/finns-inte/")
        request_id = response["X-Request-ID"]
        self.assertEqual(len(lines), 2, lines)
        self.assertRegex(lines[0], rf"\[{request_id}\] GET /sv/finns-inte/ 404 [\d.]+ ms$")
        self.assertRegex(lines[1], rf"WARNING django\.request \[{request_id}\] Not Found:")

    def test_outside_a_request_the_id_is_a_dash(self):
        self.client.get("/fi/")
        with log_lines(PlainFormatter()) as lines:
            logging.getLogger("registrations.services.mail").warning("Retrying")
        self.assertRegex(
            lines[0], rf"^{TIME} WARNING registrations\.services\.mail \[-\] Retrying$"
        )


class JsonLineTestCase(TestCase):
    def test_a_request_is_one_json_object_with_its_fields(self):
        with log_lines(JsonFormatter()) as lines:
            response = self.client.get("/fi/kokeilut/", headers={"x-request-id": "lb-4711"})
        self.assertEqual(response["X-Request-ID"], "lb-4711")
        entry = json.loads(lines[0])
        self.assertRegex(entry.pop("time"), rf"^{TIME}$")
        self.assertGreaterEqual(entry.pop("duration_ms"), 0)
        self.assertEqual(
            entry,
            {
                "level": "INFO",
                "logger": "digikunta.requests",
                "request_id": "lb-4711",
                "message": entry["message"],
                "method": "GET",
                "path": "/fi/kokeilut/",
                "status": 200,
            },
        )
        self.assertRegex(entry["message"], r"^GET /fi/kokeilut/ 200 [\d.]+ ms$")

    def test_an_error_keeps_its_traceback_in_the_line(self):
        with log_lines(JsonFormatter()) as lines:
            try:
                raise ValueError("the mail server is down")
            except ValueError:
                logging.getLogger("registrations.services.mail").exception("Sending failed")
        self.assertEqual(len(lines), 1)
        entry = json.loads(lines[0])
        self.assertEqual(entry["message"], "Sending failed")
        self.assertIn("ValueError: the mail server is down", entry["exception"])


class RequestIdTestCase(TestCase):
    def test_a_given_id_is_cleaned_of_anything_but_letters_digits_and_dashes(self):
        response = self.client.get("/fi/", headers={"x-request-id": 'a b"<c>\x1b-1' + "x" * 99})
        self.assertEqual(response["X-Request-ID"], "abc-1" + "x" * 59)

    def test_an_id_of_nothing_usable_is_replaced(self):
        response = self.client.get("/fi/", headers={"x-request-id": "<>"})
        self.assertRegex(response["X-Request-ID"], rf"^{GENERATED_ID}$")

    def test_each_request_gets_its_own(self):
        first, second = self.client.get("/fi/"), self.client.get("/fi/")
        self.assertNotEqual(first["X-Request-ID"], second["X-Request-ID"])


class PersonalDataTestCase(TestCase):
    def test_masking_a_long_line_takes_no_time(self):
        # A path as long as gunicorn lets through, with or without an @ in it.
        for line in ["x" * 4000, "x" * 2000 + "@" + "x" * 2000, "a@" * 2000]:
            started = time.perf_counter()
            mask(line)
            self.assertLess(time.perf_counter() - started, 0.05)

    def test_the_private_links_prefixes_are_those_of_the_site(self):
        prefixes = []
        for language in ("fi", "sv"):
            with override(language):
                prefixes.append(reverse("registrations:new_link"))
        self.assertEqual(tuple(prefixes), PRIVATE_PATH_PREFIXES)

    def test_a_private_links_token_is_masked_in_every_line(self):
        token = make_token(make_registration(status=Status.SUBMITTED))
        for formatter in (PlainFormatter(), JsonFormatter()):
            with log_lines(formatter) as lines:
                self.client.get(f"/fi/oma-ilmoittautuminen/{token}/")
                self.client.get(f"/sv/min-anmalan/{token}/andra/")
                self.client.get(f"/sv/min-anmalan/{token}x/")  # a 404, logged by Django too
            text = "\n".join(lines)
            self.assertEqual(len(lines), 4, lines)
            self.assertNotIn(token, text)
            self.assertIn("GET /fi/oma-ilmoittautuminen/***/ 200", text)
            self.assertIn("GET /sv/min-anmalan/***/andra/ 200", text)
            self.assertIn("Not Found: /sv/min-anmalan/***/", text)

    def test_query_strings_and_forms_are_not_logged(self):
        with log_lines(PlainFormatter()) as lines:
            self.client.get("/sv/forsok/", {"q": "sara.lindqvist@vasa.example"})
            self.client.post("/sv/min-anmalan/", {"email": "sara.lindqvist@vasa.example"})
        text = "\n".join(lines)
        self.assertNotIn("sara", text)
        self.assertIn("GET /sv/forsok/ 200", text)
        self.assertIn("POST /sv/min-anmalan/ 200", text)

    def test_an_address_in_a_message_or_an_error_is_masked(self):
        for formatter in (PlainFormatter(), JsonFormatter()):
            with log_lines(formatter) as lines:
                try:
                    raise OSError("recipient refused: sara.lindqvist@vasa.example")
                except OSError:
                    logging.getLogger("registrations.services.mail").exception(
                        "Could not send to %s", "sara.lindqvist@vasa.example"
                    )
            self.assertNotIn("sara", lines[0])
            # The message, the exception, and the traceback's line of source that raised it.
            self.assertGreaterEqual(len(re.findall(r"\*\*\*@\*\*\*", lines[0])), 2)
