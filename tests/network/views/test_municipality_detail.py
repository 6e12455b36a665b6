from django.test import TestCase

from registrations.models import Role, Status
from tests.base import PageTestMixin
from tests.factories import MunicipalityFactory, RegionFactory, make_registration


class MunicipalityDetailTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.region = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        cls.porvoo = MunicipalityFactory(
            code="638",
            name_fi="Porvoo",
            name_sv="Borgå",
            region=cls.region,
            language_status="bilingual_fi",
            population=51_947,
        )

    def test_it_shows_the_facts_in_finnish(self):
        response = self.client.get("/fi/kunnat/638/")
        self.assertPage(response, language="fi", title="Porvoo")
        self.assertContains(response, "Kaksikielinen kunta, enemmistön kieli suomi")
        self.assertContains(response, '<a href="/fi/maakunnat/01/">Uusimaa</a>')
        self.assertContains(response, "51\xa0947 (31.12.2024)")

    def test_it_shows_the_facts_in_swedish(self):
        response = self.client.get("/sv/kommuner/638/")
        self.assertPage(response, language="sv", title="Borgå")
        self.assertContains(response, "Tvåspråkig kommun med finska som majoritetsspråk")
        self.assertContains(response, '<a href="/sv/landskap/01/">Nyland</a>')

    def test_it_lists_public_experiments_in_both_roles(self):
        make_registration(lead_municipality=self.porvoo, title="Chattibotti")
        make_registration(
            lead_municipality=MunicipalityFactory(),
            municipalities=[self.porvoo],
            role=Role.VAIKUTTAJA,
            title="Robotiikka taloushallinnossa",
        )
        make_registration(lead_municipality=self.porvoo, status=Status.SUBMITTED, title="Kesken")
        response = self.client.get("/fi/kunnat/638/")
        self.assertEqual([e.title for e in response.context["experimenting"]], ["Chattibotti"])
        self.assertEqual(
            [e.title for e in response.context["influencing"]], ["Robotiikka taloushallinnossa"]
        )
        self.assertNotContains(response, "Kesken")

    def test_it_never_shows_the_contact_person(self):
        make_registration(lead_municipality=self.porvoo, contact_email="salainen@porvoo.example")
        response = self.client.get("/fi/kunnat/638/")
        self.assertNotContains(response, "salainen@porvoo.example")
        self.assertNotContains(response, "Maija Meikäläinen")

    def test_it_answers_404_for_an_unknown_code(self):
        self.assertEqual(self.client.get("/fi/kunnat/999/").status_code, 404)

    def test_its_query_count_does_not_grow_with_the_experiments(self):
        make_registration(lead_municipality=self.porvoo)
        make_registration(lead_municipality=self.porvoo, role=Role.VAIKUTTAJA)
        with self.assertNumQueries(6):
            # the municipality with its region; from the search table the newest of each role
            # and their counts; their rows; their topics; its upcoming events; municipalities
            # working on the same things (from the stored suggestions)
            self.client.get("/fi/kunnat/638/")
        for _ in range(4):
            make_registration(lead_municipality=self.porvoo)
            make_registration(municipalities=[self.porvoo], role=Role.VAIKUTTAJA)
        with self.assertNumQueries(6):
            self.client.get("/fi/kunnat/638/")

    def test_it_says_how_many_more_there_are_than_it_shows(self):
        for _ in range(21):
            make_registration(lead_municipality=self.porvoo)
        response = self.client.get("/sv/kommuner/638/")
        self.assertContains(response, "Här visas de 20 nyaste av 21.")
        self.assertEqual(len(response.context["experimenting"]), 20)


class AlikeMunicipalitiesTestCase(TestCase):
    def test_it_lists_municipalities_working_on_the_same_things_in_both_languages(self):
        from tests.factories import TopicFactory, make_registration

        porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        kuopio = MunicipalityFactory(code="297", name_fi="Kuopio", name_sv="Kuopio")
        topic = TopicFactory()
        make_registration(
            lead_municipality=porvoo,
            topics=[topic],
            title="Koulukuljetusten sähköinen haku",
            idea="Huoltajat hakevat koulukuljetusta verkossa, ja reitit suunnitellaan.",
        )
        make_registration(
            lead_municipality=kuopio,
            topics=[topic],
            title="Koulukuljetusten reitit uusiksi",
            idea="Koulukuljetusten reitit suunnitellaan uudelleen oppilaiden osoitteista.",
        )
        response = self.client.get("/fi/kunnat/638/")
        self.assertContains(response, "Kunnat, jotka tekevät samoja asioita")
        self.assertContains(response, "1 samankaltainen kokeilu")
        self.assertContains(response, 'href="/fi/kunnat/297/"')
        response = self.client.get("/sv/kommuner/297/")
        self.assertContains(response, "Kommuner som arbetar med samma saker")
        self.assertContains(response, "Borgå")
