"""manage.py personal_data find|export|erase ADDRESS."""

import json
from io import StringIO
from unittest import mock

from django.core.management import CommandError, call_command

from registrations.models import PersonalDataRequest, Registration
from tests.base import BaseTestCase
from tests.registrations.people import ADDRESS, NAME, PHONE, maija_everywhere
from tests.traces import traces


def run(*args) -> str:
    out = StringIO()
    call_command("personal_data", *args, stdout=out)
    return out.getvalue()


class PersonalDataCommandTestCase(BaseTestCase):
    def setUp(self):
        self.maija = maija_everywhere(coordinator=self.coordinator)

    def test_find_says_how_much_is_held(self):
        output = run("find", ADDRESS)
        self.assertIn("    2 registrations whose contact address it is", output)
        request = PersonalDataRequest.objects.get()
        self.assertEqual((request.action, request.source), ("find", "command:personal_data"))
        self.assertIsNone(request.made_by)
        self.assertIn("Nothing is held", run("find", "ei.ketaan@kunta.example"))

    def test_export_writes_json(self):
        data = json.loads(run("export", ADDRESS))
        self.assertEqual(data["address"], ADDRESS)
        self.assertEqual(len(data["registrations"]), 2)

    def test_erase_asks_first_and_erases_nothing_without_a_yes(self):
        with mock.patch("builtins.input", return_value="no"), self.assertRaises(CommandError):
            run("erase", ADDRESS)
        self.assertTrue(traces(ADDRESS))

    def test_erase_leaves_no_trace_and_names_the_command_in_the_history(self):
        with mock.patch("builtins.input", return_value="yes"):
            output = run("erase", ADDRESS)
        self.assertIn("1 registrations deleted", output)
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [])
        row = Registration.history.filter(id=self.maija.accepted.pk).first()
        self.assertEqual(row.history_source, "command:personal_data")
        self.assertEqual(row.history_change_reason, "erasure")

    def test_erase_without_questions(self):
        run("erase", ADDRESS, "--no-input")
        self.assertEqual(traces(ADDRESS), [])

    def test_it_refuses_what_is_not_an_address(self):
        with self.assertRaises(CommandError):
            run("find", "maija")
