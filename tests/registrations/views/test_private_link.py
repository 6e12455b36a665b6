"""The private link: it opens one registration, expires, and a new one can be asked for."""

import re
from datetime import timedelta
from unittest import mock

from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from registrations.forms.registration import KokeilijaForm
from registrations.models import LinkRequest, Registration, Status
from registrations.services.decisions import decide
from registrations.services.links import make_token
from registrations.services.submission import submit_registration
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory, make_registration
from tests.outbox import deliver
from tests.registrations.form_data import kokeilija_data


class PrivateLinkTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.registration = make_registration(
            status=Status.SUBMITTED,
            title="Etäluennot ikäihmisille",
            contact_name="Maija Meikäläinen",
            contact_email="maija@kunta.example",
        )
        cls.other = make_registration(status=Status.SUBMITTED, title="Toisen kunnan kokeilu")

    def url(self, registration=None, *, suffix=""):
        token = make_token(registration or self.registration)
        return f"/fi/oma-ilmoittautuminen/{token}/{suffix}"

    def test_it_opens_that_one_registration_with_its_contact_data(self):
        response = self.client.get(self.url())
        self.assertContains(response, "Etäluennot ikäihmisille")
        self.assertContains(response, "maija@kunta.example")
        self.assertNotContains(response, "Toisen kunnan kokeilu")

    def test_a_forged_or_altered_token_opens_nothing(self):
        token = make_token(self.registration)
        altered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
        self.assertEqual(self.client.get(f"/fi/oma-ilmoittautuminen/{altered}/").status_code, 404)
        self.assertEqual(self.client.get("/fi/oma-ilmoittautuminen/1/").status_code, 404)

    @override_settings(REGISTRATION_LINK_DAYS=90)
    def test_it_expires_after_the_configured_days(self):
        url = self.url()
        in_89_days = timezone.now() + timedelta(days=89)
        with mock.patch("time.time", return_value=in_89_days.timestamp()):
            self.assertEqual(self.client.get(url).status_code, 200)
        in_91_days = timezone.now() + timedelta(days=91)
        with mock.patch("time.time", return_value=in_91_days.timestamp()):
            response = self.client.get(url)
        self.assertEqual(response.status_code, 410)
        self.assertContains(response, "Linkki on vanhentunut", status_code=410)
        self.assertContains(response, "Lähetä minulle uusi linkki", status_code=410)

    def test_the_swedish_page_is_in_swedish(self):
        token = make_token(self.registration)
        response = self.client.get(f"/sv/min-anmalan/{token}/")
        self.assertContains(response, f"Din anmälan {self.registration.reference}")
        self.assertContains(response, "Ändra anmälan")


class EditThroughLinkTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lead = MunicipalityFactory(name_fi="Oulu", name_sv="Uleåborg")
        cls.topic = TopicFactory()
        cls.call = CallFactory()

    def setUp(self):
        self.registration, _ = submit_registration(
            call=self.call,
            role="kokeilija",
            language="fi",
            details=self.details(),
            submission_key="7b1d1f5e-7a8e-4b41-9f39-7f4c3a3e9f10",
        )
        deliver().clear()  # the confirmation and the notice of the registration itself

    def details(self):
        form = KokeilijaForm(kokeilija_data(self.lead, self.topic), language="fi")
        self.assertTrue(form.is_valid(), form.errors)
        return form.details()

    def edit_url(self):
        return f"/fi/oma-ilmoittautuminen/{make_token(self.registration)}/muokkaa/"

    def test_the_edit_form_starts_with_the_saved_answers(self):
        response = self.client.get(self.edit_url())
        form = response.context["form"]
        self.assertEqual(form["title"].value(), "Chatbotti kirjaston asiakaspalveluun")
        self.assertEqual(form["lead_municipality"].value(), str(self.lead.pk))
        self.assertEqual(form["contact_email"].value(), "maija.meikalainen@kunta.example")

    def test_the_contact_person_changes_the_registration(self):
        data = kokeilija_data(self.lead, self.topic, title="Chatbotti myös iltaisin")
        response = self.client.post(self.edit_url(), data)
        self.assertEqual(response.status_code, 302)
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.title_fi, "Chatbotti myös iltaisin")
        self.assertEqual(Registration.objects.count(), 1)

    def test_an_error_keeps_the_answers_and_saves_nothing(self):
        data = kokeilija_data(self.lead, self.topic, title="Uusi otsikko", contact_email="x@")
        response = self.client.post(self.edit_url(), data)
        self.assertContains(response, 'value="Uusi otsikko"')
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.title_fi, "Chatbotti kirjaston asiakaspalveluun")

    @override_settings(COORDINATOR_EMAILS=["koordinaattori@vm.example"])
    def test_changes_asked_for_go_back_to_the_coordinators(self):
        decide(registration=self.registration, status=Status.NEEDS_CHANGES, message="", by=None)
        self.client.post(self.edit_url(), kokeilija_data(self.lead, self.topic))
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.status, Status.SUBMITTED)
        notice = deliver()[-1]
        self.assertEqual(notice.to, ["koordinaattori@vm.example"])
        self.assertIn("on muutettu", notice.subject)

    def test_an_accepted_registration_can_no_longer_be_edited(self):
        decide(registration=self.registration, status=Status.ACCEPTED, message="", by=None)
        response = self.client.get(self.edit_url())
        self.assertEqual(response.status_code, 302)
        data = kokeilija_data(self.lead, self.topic, title="Salaa muutettu")
        response = self.client.post(self.edit_url(), data, follow=True)
        self.assertContains(response, "Koordinaattori on jo käsitellyt ilmoittautumisesi")
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.title_fi, "Chatbotti kirjaston asiakaspalveluun")


class NewLinkTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.registration = make_registration(
            status=Status.SUBMITTED, contact_email="maija@kunta.example", contact_language="sv"
        )

    def ask(self, email, *, language="fi"):
        path = "/fi/oma-ilmoittautuminen/" if language == "fi" else "/sv/min-anmalan/"
        return self.client.post(path, {"email": email})

    def test_a_known_address_gets_a_new_link_in_its_language(self):
        response = self.ask("MAIJA@kunta.example")
        self.assertContains(response, "olemme lähettäneet siihen uuden linkin")
        (message,) = deliver()
        self.assertEqual(message.to, ["maija@kunta.example"])
        self.assertIn("/sv/min-anmalan/", message.body)
        self.assertIn(self.registration.reference, message.subject)

    def test_an_unknown_address_gets_the_same_answer_and_no_mail(self):
        known = self.ask("maija@kunta.example").content.decode()
        unknown = self.ask("nobody@kunta.example").content.decode()
        self.assertEqual(
            known.replace("maija@kunta.example", "ADDRESS"),
            unknown.replace("nobody@kunta.example", "ADDRESS").replace(
                "maija@kunta.example", "ADDRESS"
            ),
        )
        self.assertEqual(len(deliver()), 1)
        self.assertFalse(LinkRequest.objects.exists(), "the worker forgets the requests")

    def test_the_request_does_the_same_work_for_any_address_and_sends_nothing(self):
        """The same queries, the same answer, no e-mail in the request: its time tells
        nothing of who has registered, and a slow mail server cannot slow it."""
        answers = []
        for address in ("maija@kunta.example", "nobody@kunta.example"):
            with CaptureQueriesContext(connection) as queries:
                response = self.ask(address)
            answers.append((response.status_code, [_shape(q["sql"]) for q in queries]))
        self.assertEqual(answers[0], answers[1])
        self.assertEqual(mail.outbox, [])
        self.assertEqual(
            list(LinkRequest.objects.values_list("email", flat=True)),
            ["maija@kunta.example", "nobody@kunta.example"],
        )

    def test_asking_costs_one_query(self):
        with self.assertNumQueries(1):  # the INSERT of the request, for the mail worker
            response = self.ask("maija@kunta.example")
        self.assertEqual(response.status_code, 200)

    def test_the_new_link_makes_the_older_ones_expire(self):
        for language, expired, form in [
            ("fi", "Linkki on vanhentunut", "Lähetä minulle uusi linkki"),
            ("sv", "Länken har gått ut", "Skicka mig en ny länk"),
        ]:
            with self.subTest(language):
                self.registration.refresh_from_db()
                old_token = make_token(self.registration)
                prefix = "/fi/oma-ilmoittautuminen/" if language == "fi" else "/sv/min-anmalan/"
                self.assertEqual(self.client.get(f"{prefix}{old_token}/").status_code, 200)
                self.ask("maija@kunta.example", language=language)
                # The contact person's language (Swedish) is the e-mail's, whatever the page's.
                new_link = re.search(r"http://\S*/sv/min-anmalan/\S+/", deliver()[-1].body)[0]
                response = self.client.get(f"{prefix}{old_token}/")
                self.assertContains(response, expired, status_code=410)
                self.assertContains(response, form, status_code=410)
                self.assertEqual(self.client.get(new_link).status_code, 200)

    def test_it_asks_for_a_valid_address_in_swedish(self):
        response = self.client.post("/sv/min-anmalan/", {"email": "maija"})
        self.assertContains(response, "Skriv e-postadressen i formen namn@exempel.fi.")
        self.assertEqual(deliver(), [])


@override_settings(RATE_LIMITS=settings.RATE_LIMITS | {"links_per_address": "3/h"})
class NewLinkLimitTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.registration = make_registration(contact_email="maija@kunta.example")

    def ask(self, email, *, language="fi", address="192.0.2.1"):
        path = "/fi/oma-ilmoittautuminen/" if language == "fi" else "/sv/min-anmalan/"
        return self.client.post(path, {"email": email}, REMOTE_ADDR=address)

    def test_an_address_gets_three_links_an_hour_from_anywhere(self):
        for number in range(3):
            self.assertEqual(
                self.ask("maija@kunta.example", address=f"192.0.2.{number}").status_code, 200
            )
        response = self.ask("MAIJA@kunta.example", address="198.51.100.7")
        self.assertContains(response, "Liian monta pyyntöä", status_code=429)
        self.assertContains(response, '<html lang="fi">', status_code=429)
        self.assertTrue(response.has_header("Retry-After"))
        response = self.ask("maija@kunta.example", language="sv", address="198.51.100.8")
        self.assertContains(response, "För många förfrågningar", status_code=429)
        self.assertContains(response, '<html lang="sv">', status_code=429)
        self.assertEqual(len(deliver()), 3)

    @override_settings(RATE_LIMITS=settings.RATE_LIMITS | {"links_per_ip": "10/h"})
    def test_one_client_asks_for_ten_links_an_hour(self):
        for number in range(10):
            self.assertEqual(self.ask(f"henkilo{number}@kunta.example").status_code, 200)
        self.assertEqual(self.ask("henkilo10@kunta.example").status_code, 429)
        self.assertEqual(self.ask("henkilo11@kunta.example", address="192.0.2.99").status_code, 200)


def _shape(sql: str) -> str:
    """A query with its values left out: the same shape whatever the address."""
    return re.sub(r"'[^']*'", "?", sql)
