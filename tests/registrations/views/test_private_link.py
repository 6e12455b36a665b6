"""The private link: it opens one registration, expires, and a new one can be asked for."""

from datetime import timedelta
from unittest import mock

from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone

from registrations.forms.registration import KokeilijaForm
from registrations.models import Registration, Status
from registrations.services.decisions import decide
from registrations.services.links import make_token
from registrations.services.submission import submit_registration
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory, make_registration
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
        with self.captureOnCommitCallbacks(execute=True):
            self.registration, _ = submit_registration(
                call=self.call,
                role="kokeilija",
                language="fi",
                details=self.details(),
                submission_key="7b1d1f5e-7a8e-4b41-9f39-7f4c3a3e9f10",
            )
        mail.outbox.clear()

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
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(self.edit_url(), kokeilija_data(self.lead, self.topic))
        self.registration.refresh_from_db()
        self.assertEqual(self.registration.status, Status.SUBMITTED)
        self.assertEqual(mail.outbox[-1].to, ["koordinaattori@vm.example"])
        self.assertIn("on muutettu", mail.outbox[-1].subject)

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

    def ask(self, email):
        return self.client.post("/fi/oma-ilmoittautuminen/", {"email": email})

    def test_a_known_address_gets_a_new_link_in_its_language(self):
        response = self.ask("MAIJA@kunta.example")
        self.assertContains(response, "olemme lähettäneet siihen uuden linkin")
        (message,) = mail.outbox
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
        self.assertEqual(len(mail.outbox), 1)

    def test_it_asks_for_a_valid_address_in_swedish(self):
        response = self.client.post("/sv/min-anmalan/", {"email": "maija"})
        self.assertContains(response, "Skriv e-postadressen i formen namn@exempel.fi.")
        self.assertEqual(len(mail.outbox), 0)
