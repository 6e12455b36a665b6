"""Where a change came from (digikunta/audit.py), as the history names it."""

import sys
from types import SimpleNamespace
from unittest import mock

from django.test import SimpleTestCase
from django.utils.translation import override
from simple_history.models import HistoricalRecords

from digikunta import audit


class SourceTestCase(SimpleTestCase):
    def request(self, *, signed_in: bool):
        return SimpleNamespace(user=SimpleNamespace(is_authenticated=signed_in))

    def test_a_declared_source_wins(self):
        HistoricalRecords.context.request = self.request(signed_in=True)
        try:
            with audit.recorded_as(audit.PRIVATE_LINK):
                self.assertEqual(audit.current_source(), "private_link")
            self.assertEqual(audit.current_source(), "admin")
        finally:
            del HistoricalRecords.context.request

    def test_an_anonymous_request_is_the_public_site(self):
        HistoricalRecords.context.request = self.request(signed_in=False)
        try:
            self.assertEqual(audit.current_source(), "site")
        finally:
            del HistoricalRecords.context.request

    def test_a_manage_py_command_is_named_by_its_command_line(self):
        with mock.patch.object(sys, "argv", ["/srv/digikunta/manage.py", "shell"]):
            self.assertEqual(audit.current_source(), "command:shell")
        with mock.patch.object(sys, "argv", ["gunicorn", "digikunta.wsgi"]):
            self.assertEqual(audit.current_source(), "")

    def test_a_source_in_words_in_both_languages(self):
        with override("fi"):
            self.assertEqual(audit.describe("private_link"), "ilmoittautuja oman linkin kautta")
            self.assertEqual(audit.describe("command:seed_demo"), "komento seed_demo")
        with override("sv"):
            self.assertEqual(audit.describe("admin"), "i administrationen")
            self.assertEqual(audit.describe("command:seed_demo"), "kommandot seed_demo")
        self.assertEqual(audit.describe(""), "")
