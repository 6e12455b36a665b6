from datetime import timedelta

from django.utils import timezone

from registrations.models import ContactMessage, EmailKind, SentEmail, Status
from registrations.services.privacy import apply_retention
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, make_registration

SENDER = {
    "sender_name": "Mikael Holm",
    "sender_organisation": "Jakobstads stad",
    "sender_email": "mikael.holm@jakobstad.example",
    "message": "Vi planerar samma sak. Kan vi ringa nästa vecka?",
}


class ContactFormTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.experiment = make_registration(
            lead_municipality=MunicipalityFactory(name_fi="Lahti", name_sv="Lahtis"),
            title="Ohjelmistorobotti ostolaskujen käsittelyssä",
            contact_name="Tiina Laaksonen",
            contact_email="tiina.laaksonen@lahti.example",
            contact_phone="+358407182245",
            contact_language="fi",
        )

    def url(self, language="sv"):
        path = "forsok/{}/kontakta" if language == "sv" else "kokeilut/{}/ota-yhteytta"
        return f"/{language}/{path.format(self.experiment.reference)}/"

    def test_the_experiment_page_offers_the_form_in_both_languages(self):
        response = self.client.get(f"/fi/kokeilut/{self.experiment.reference}/")
        self.assertContains(response, f'href="{self.url("fi")}"')
        self.assertContains(response, "Ota yhteyttä")
        response = self.client.get(self.url("sv"))
        self.assertContains(response, "Kontakta")
        self.assertContains(response, "Ditt namn")

    def test_a_message_reaches_the_contact_person_in_their_language_and_the_sender_a_copy(self):
        response = self.client.post(self.url("sv"), SENDER)
        self.assertContains(response, "Ditt meddelande har skickats")
        to_contact = SentEmail.objects.get(kind=EmailKind.CONTACT)
        self.assertEqual(to_contact.recipients, "tiina.laaksonen@lahti.example")
        self.assertEqual(to_contact.language, "fi")
        self.assertIn("mikael.holm@jakobstad.example", to_contact.text_body)
        self.assertIn("Jakobstads stad", to_contact.text_body)
        self.assertIn("Hei Tiina Laaksonen", to_contact.text_body)
        copy = SentEmail.objects.get(kind=EmailKind.CONTACT_COPY)
        self.assertEqual(copy.recipients, "mikael.holm@jakobstad.example")
        self.assertEqual(copy.language, "sv")
        self.assertIn("Kan vi ringa nästa vecka?", copy.text_body)
        self.assertTrue(ContactMessage.objects.filter(sender_organisation="Jakobstads stad"))

    def test_it_never_reveals_the_recipients_address(self):
        pages = [self.client.get(self.url("fi")), self.client.post(self.url("sv"), SENDER)]
        copy = SentEmail.objects.get(kind=EmailKind.CONTACT_COPY)
        for text in [*(page.content.decode() for page in pages), copy.text_body, copy.html_body]:
            for private in ["tiina.laaksonen@lahti.example", "Tiina Laaksonen", "7182245"]:
                self.assertNotIn(private, text)

    def test_it_says_what_is_missing_next_to_the_field_and_saves_nothing(self):
        response = self.client.post(self.url("fi"), {**SENDER, "sender_email": "mikael"})
        self.assertContains(response, "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")
        response = self.client.post(self.url("sv"), {**SENDER, "message": ""})
        self.assertContains(response, "Skriv ditt meddelande.")
        self.assertFalse(ContactMessage.objects.exists())
        self.assertFalse(SentEmail.objects.filter(kind=EmailKind.CONTACT).exists())

    def test_it_is_limited_per_client(self):
        with self.settings(
            RATE_LIMITS={"contacts_per_ip": "2/h", "contacts_per_experiment": "20/d"}
        ):
            statuses = [self.client.post(self.url("fi"), SENDER).status_code for _ in range(3)]
        self.assertEqual(statuses, [200, 200, 429])
        self.assertEqual(ContactMessage.objects.count(), 2)

    def test_an_experiment_not_public_cannot_be_contacted(self):
        hidden = make_registration(status=Status.SUBMITTED)
        response = self.client.get(f"/fi/kokeilut/{hidden.reference}/ota-yhteytta/")
        self.assertEqual(response.status_code, 404)

    def test_retention_removes_the_messages_after_half_a_year(self):
        self.client.post(self.url("sv"), SENDER)
        apply_retention(now=timezone.now() + timedelta(days=100))
        self.assertEqual(ContactMessage.objects.count(), 1)
        apply_retention(now=timezone.now() + timedelta(days=200))
        self.assertFalse(ContactMessage.objects.exists())
        copy = SentEmail.objects.get(kind=EmailKind.CONTACT_COPY)
        self.assertEqual(copy.text_body, "")


class ContactPageQueriesTestCase(BaseTestCase):
    def test_its_query_count_is_fixed(self):
        experiment = make_registration()
        with self.assertNumQueries(1):
            # the experiment with its lead (without its contact person)
            self.client.get(f"/fi/kokeilut/{experiment.reference}/ota-yhteytta/")
