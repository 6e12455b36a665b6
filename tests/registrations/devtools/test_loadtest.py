"""The load test reads forms as a browser would and never leaves this machine."""

from django.core.management import CommandError, call_command
from django.test import SimpleTestCase, TestCase

from registrations.devtools.loadtest import client
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory


class ClientTestCase(SimpleTestCase):
    def test_it_runs_against_this_machine_only(self):
        self.assertEqual(client.local_only("http://127.0.0.1:8097/"), "http://127.0.0.1:8097")
        for url in ["https://digikunta.fi", "http://10.0.0.5:8000", "http://example.com"]:
            with self.subTest(url), self.assertRaises(ValueError):
                client.local_only(url)

    def test_it_keeps_the_hidden_fields_of_a_form_as_they_are(self):
        page = (
            '<input type="hidden" name="csrfmiddlewaretoken" value="a&amp;b">'
            '<input type="text" name="title" value="ei">'
            '<input type="checkbox" name="topics" value="3">'
        )
        self.assertEqual(client.hidden_inputs(page), {"csrfmiddlewaretoken": "a&b"})
        self.assertEqual(client.checkbox_values(page, "topics"), ["3"])


class ThePagesItReadsTestCase(TestCase):
    def test_the_registration_form_has_what_the_people_of_the_test_fill_in(self):
        call = CallFactory(slug="kuormitus")
        MunicipalityFactory()
        TopicFactory()
        page = self.client.get(f"/fi/ilmoittaudu/{call.slug}/kokeilija/").content.decode()
        hidden = client.hidden_inputs(page)
        self.assertLessEqual({"csrfmiddlewaretoken", "started", "submission_key"}, set(hidden))
        self.assertTrue(client._OPTION.findall(page), "municipalities to choose")
        self.assertTrue(client.checkbox_values(page, "topics"))

    def test_the_command_refuses_a_database_not_made_for_it(self):
        with self.assertRaisesMessage(CommandError, "named *load*"):
            call_command("loadtest")
