from django.test import TestCase

from registrations.models import Role, Status
from tests.base import PageTestMixin
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    TopicFactory,
    make_registration,
)


class ExperimentDetailTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.lead = MunicipalityFactory(name_fi="Raasepori", name_sv="Raseborg")
        cls.partner = MunicipalityFactory(name_fi="Hanko", name_sv="Hangö")
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.experiment = make_registration(
            language="sv",
            lead_municipality=cls.lead,
            municipalities=[cls.partner],
            topics=[cls.topic],
            title="Videorådgivning i byabiblioteken",
            idea="Invånarna kan träffa kommunens rådgivare på video i biblioteket.",
            goal="Hälften färre resor till centrum.",
            savings_eur_per_year=12000,
            contact_name="Sara Lindqvist",
            contact_email="sara.lindqvist@raseborg.example",
            contact_phone="+358401112222",
        )

    def url(self, language="sv"):
        path = "forsok" if language == "sv" else "kokeilut"
        return f"/{language}/{path}/{self.experiment.reference}/"

    def test_it_shows_what_is_public_in_swedish(self):
        response = self.client.get(self.url("sv"))
        self.assertPage(response, language="sv", title="Videorådgivning i byabiblioteken")
        self.assertContains(response, "Försökare")
        self.assertContains(response, "Raseborg")
        self.assertContains(response, "Hangö")
        self.assertContains(response, "E-tjänster")
        self.assertContains(response, "Hälften färre resor till centrum.")
        self.assertContains(response, "12\xa0000\xa0€ per år")

    def test_it_shows_a_swedish_text_on_the_finnish_page_and_says_so(self):
        response = self.client.get(self.url("fi"))
        self.assertPage(response, language="fi", title="Videorådgivning i byabiblioteken")
        self.assertContains(response, "Kirjoituskieli: ruotsi.")
        self.assertContains(response, '<h1 lang="sv">Videorådgivning i byabiblioteken</h1>')
        self.assertContains(response, "Kokeilija")

    def test_it_never_shows_the_contact_person(self):
        response = self.client.get(self.url("fi"))
        for private in ["Sara Lindqvist", "sara.lindqvist@raseborg.example", "1112222"]:
            self.assertNotContains(response, private)

    def test_it_hides_an_experiment_that_is_not_accepted(self):
        for status in [Status.SUBMITTED, Status.NEEDS_CHANGES, Status.REJECTED, Status.WITHDRAWN]:
            with self.subTest(status):
                hidden = make_registration(status=status)
                response = self.client.get(f"/fi/kokeilut/{hidden.reference}/")
                self.assertEqual(response.status_code, 404)

    def test_it_shows_an_influencers_reform_and_savings(self):
        reform = make_registration(
            role=Role.VAIKUTTAJA,
            lead_organisation=OrganisationFactory(name_fi="Keski-Suomen liitto"),
            idea="",
            reform="Ohjelmistorobotti hoitaa ostolaskujen tarkastuksen.",
            savings_method="Säästetyt työtunnit kerrottuna tuntihinnalla.",
            savings_eur_per_year=48000,
            savings_from_year=2023,
            savings_to_year=2025,
            can_share=["visits", "materials"],
        )
        response = self.client.get(f"/fi/kokeilut/{reform.reference}/")
        self.assertContains(response, "Vaikuttaja")
        self.assertContains(response, "Keski-Suomen liitto")
        self.assertContains(response, "Ohjelmistorobotti hoitaa ostolaskujen tarkastuksen.")
        self.assertContains(response, "48\xa0000\xa0€ vuodessa (2023–2025)")
        self.assertContains(response, "<li>Opintokäynnit</li>", html=True)

    def test_it_shows_similar_public_experiments(self):
        similar = make_registration(
            language="sv", title="Videorådgivning i kommunens bibliotek", topics=[self.topic]
        )
        hidden = make_registration(
            title="Videorådgivning, inte klar", status=Status.SUBMITTED, topics=[self.topic]
        )
        response = self.client.get(self.url())
        self.assertContains(response, similar.get_absolute_url())
        self.assertNotContains(response, hidden.get_absolute_url())

    def test_its_query_count_is_fixed(self):
        make_registration(title="Videorådgivning i kommunens bibliotek", topics=[self.topic])
        with self.assertNumQueries(11):
            # the experiment with its call, lead and stage; its topics, municipalities and
            # partners; its accepted reports (none: no open data or materials to fetch), its
            # counted savings, its confirmed adoptions; its stored suggestions, their rows and
            # topics; its mentors and peers shown in public (with their leads, without contact
            # details)
            self.client.get(self.url())
