"""The registration form: every validation rule, in the page's language, nothing lost."""

from django.test import TestCase

from registrations.models import Registration
from tests.base import PageTestMixin
from tests.factories import CallFactory, MunicipalityFactory, RegionFactory, TopicFactory
from tests.registrations.form_data import kokeilija_data, vaikuttaja_data


class FormTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory(slug="digiverkosto")
        region = RegionFactory(name_fi="Varsinais-Suomi", name_sv="Egentliga Finland")
        cls.turku = MunicipalityFactory(name_fi="Turku", name_sv="Åbo", region=region)
        cls.kaarina = MunicipalityFactory(name_fi="Kaarina", name_sv="S:t Karins", region=region)
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.other_topic = TopicFactory(name_fi="Muu", name_sv="Annat", is_other=True)

    def post(self, data, *, language="fi", role="kokeilija"):
        path = "ilmoittaudu" if language == "fi" else "anmalan"
        return self.client.post(f"/{language}/{path}/digiverkosto/{role}/", data)

    def kokeilija(self, **overrides):
        return kokeilija_data(self.turku, self.topic, **overrides)


class FormPageTestCase(FormTestCase):
    def test_it_shows_the_experimenter_form_in_finnish(self):
        response = self.client.get("/fi/ilmoittaudu/digiverkosto/kokeilija/")
        self.assertPage(response, language="fi", title="Ilmoittaudu kokeilijaksi")
        self.assertContains(response, "Kokeilun idea")
        self.assertContains(response, "Tähdellä")

    def test_it_shows_the_influencer_form_in_swedish(self):
        response = self.client.get("/sv/anmalan/digiverkosto/vaikuttaja/")
        self.assertPage(response, language="sv", title="Anmäl dig som påverkare")
        self.assertContains(response, "Reformen som redan genomförts")
        self.assertContains(response, "Hur besparingarna räknades ut")

    def test_the_municipality_picker_finds_turku_by_its_swedish_name(self):
        response = self.client.get("/fi/ilmoittaudu/digiverkosto/kokeilija/")
        self.assertContains(response, '<optgroup label="Varsinais-Suomi">')
        self.assertContains(response, f'<option value="{self.turku.pk}">Turku (Åbo)</option>')
        self.assertContains(response, f'<option value="{self.turku.pk}~">Åbo (Turku)</option>')
        # Choosing the Swedish name chooses Turku.
        response = self.post(self.kokeilija(lead_municipality=f"{self.turku.pk}~"))
        self.assertEqual(response.context["form"].cleaned_data["lead_municipality"], self.turku)

    def test_it_starts_the_contact_language_in_the_pages_language(self):
        response = self.client.get("/sv/anmalan/digiverkosto/kokeilija/")
        self.assertEqual(response.context["form"]["contact_language"].value(), "sv")

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(4):
            # the call, its fee tiers, municipalities with regions, topics
            self.client.get("/fi/ilmoittaudu/digiverkosto/kokeilija/")


class ErrorsTestCase(FormTestCase):
    def test_a_swedish_user_sees_only_swedish_messages(self):
        response = self.post({"action": "review"}, language="sv")
        self.assertPage(response, language="sv", title="Fel: Anmäl dig som försökare")
        for message in [
            "Kontrollera de här svaren",
            "Välj minst ett tema.",
            "Skriv en rubrik.",
            "Berätta vad försöket går ut på.",
            "Skriv kontaktpersonens namn.",
            "Skriv en e-postadress.",
            "För att anmäla dig måste du godkänna dataskyddsbeskrivningen.",
            "För att delta krävs detta åtagande.",
        ]:
            self.assertContains(response, message)
        for finnish in ["Valitse", "Kirjoita", "Tämä kenttä"]:
            self.assertNotContains(response, finnish)
        self.assertFalse(Registration.objects.exists())

    def test_the_summary_links_to_each_field(self):
        response = self.post(self.kokeilija(title="", topics=[]))
        self.assertContains(response, "data-error-summary")
        self.assertContains(response, '<a href="#id_title">Kirjoita otsikko.</a>', html=True)
        self.assertContains(
            response, '<a href="#id_topics_0">Valitse vähintään yksi aihe.</a>', html=True
        )
        self.assertContains(response, 'id="id_title_error"')

    def test_nothing_typed_is_lost(self):
        response = self.post(self.kokeilija(title="", contact_phone="12"))
        self.assertContains(response, "Kokeilemme chatbottia, joka vastaa kirjaston")
        self.assertContains(response, 'value="maija.meikalainen@kunta.example"')
        self.assertContains(response, 'value="12"')
        self.assertEqual(response.context["form"]["topics"].value(), [str(self.topic.pk)])

    def test_it_validates_the_email_address(self):
        response = self.post(self.kokeilija(contact_email="maija@"))
        self.assertContains(response, "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")

    def test_it_refuses_a_phone_number_that_is_not_finnish_or_international(self):
        for number in ["12345", "abc", "040", "+358 1"]:
            with self.subTest(number):
                response = self.post(self.kokeilija(contact_phone=number))
                self.assertTrue(response.context["form"].errors.get("contact_phone"))

    def test_it_refuses_negative_and_huge_savings(self):
        response = self.post(self.kokeilija(savings_eur_per_year="-5"))
        self.assertContains(response, "Arvioidut säästöt (€ vuodessa): ")
        response = self.post(self.kokeilija(savings_eur_per_year="1000000000"))
        self.assertIn("savings_eur_per_year", response.context["form"].errors)

    def test_it_caps_the_length_of_texts(self):
        response = self.post(self.kokeilija(title="x" * 201, idea="y" * 4001))
        errors = response.context["form"].errors
        self.assertIn("title", errors)
        self.assertIn("idea", errors)

    def test_the_lead_cannot_also_be_among_the_others(self):
        response = self.post(self.kokeilija(municipalities=[str(self.turku.pk)]))
        self.assertContains(
            response, "Turku on vastuukunta: älä valitse sitä uudelleen muiden kuntien joukkoon."
        )

    def test_the_end_cannot_be_before_the_start(self):
        response = self.post(self.kokeilija(starts_on="2027-05-01", ends_on="2027-04-30"))
        self.assertContains(response, "Päättymispäivä ei voi olla ennen alkamispäivää.")

    def test_an_influencers_period_must_run_forwards(self):
        data = vaikuttaja_data(
            self.turku, self.topic, savings_from_year="2024", savings_to_year="2020"
        )
        response = self.post(data, role="vaikuttaja", language="sv")
        self.assertContains(response, "Det sista året kan inte vara före det första.")

    def test_an_influencer_cannot_report_savings_from_the_future(self):
        data = vaikuttaja_data(self.turku, self.topic, savings_to_year="2999")
        response = self.post(data, role="vaikuttaja")
        self.assertIn("savings_to_year", response.context["form"].errors)

    def test_other_needs_a_description(self):
        response = self.post(self.kokeilija(topics=[str(self.other_topic.pk)]))
        self.assertContains(response, "Valitsit aiheen ”Muu”: kerro muutamalla sanalla")

    def test_an_organisation_lead_needs_a_name_and_a_type(self):
        response = self.post(self.kokeilija(lead_kind="organisation", lead_municipality=""))
        self.assertContains(response, "Kirjoita organisaation nimi.")
        self.assertContains(response, "Valitse organisaation tyyppi.")

    def test_it_checks_a_business_id(self):
        response = self.post(
            self.kokeilija(
                **{
                    "partners-0-name": "Ohjelmistotalo Oy",
                    "partners-0-kind": "company",
                    "partners-0-business_id": "1234567-8",
                }
            )
        )
        self.assertContains(response, "Tätä Y-tunnusta ei ole olemassa")
        self.assertContains(response, 'href="#id_partners-0-business_id"')

    def test_a_partner_needs_a_type(self):
        response = self.post(self.kokeilija(**{"partners-1-name": "Kirjastoyhdistys ry"}))
        self.assertContains(
            response, "Kumppani 2, organisaation tyyppi: Valitse organisaation tyyppi."
        )
