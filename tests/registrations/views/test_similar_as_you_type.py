from registrations.models import Status
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, TopicFactory, make_registration


class SimilarAsYouTypeTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.kuopio = MunicipalityFactory(name_fi="Kuopio", name_sv="Kuopio")
        cls.routes = make_registration(
            lead_municipality=cls.kuopio,
            topics=[cls.topic],
            title="Koulukuljetusten reitit uusiksi",
            idea="Koulukuljetusten reitit suunnitellaan uudelleen oppilaiden osoitteista.",
            contact_email="reitit@kuopio.example",
        )
        cls.hidden = make_registration(
            status=Status.SUBMITTED,
            topics=[cls.topic],
            title="Koulukuljetusten reitit, kesken",
            idea="Koulukuljetusten reitit suunnitellaan uudelleen.",
        )

    def ask(self, language="fi", **params):
        """The list as the page would show it (from the JSON answer)."""
        path = "ilmoittaudu/samankaltaiset" if language == "fi" else "anmalan/liknande"
        query = {"role": "kokeilija", "topics": [self.topic.pk], **params}
        response = self.client.get(f"/{language}/{path}/", query)
        if response.status_code == 200:
            response.content = response.json()["html"].encode()
        return response

    def test_it_lists_public_experiments_like_the_answers_in_finnish(self):
        response = self.ask(
            title="Koulukuljetusten sähköinen haku",
            text="Huoltajat hakevat koulukuljetusta verkossa, ja reitit suunnitellaan.",
        )
        self.assertContains(response, "Tätä on jo kokeiltu")
        self.assertContains(response, self.routes.get_absolute_url())
        self.assertContains(response, "Sama aihe: Sähköinen asiointi")
        self.assertNotContains(response, self.hidden.get_absolute_url())
        self.assertNotContains(response, "reitit@kuopio.example")

    def test_it_lists_them_in_swedish(self):
        response = self.ask(
            "sv",
            title="Ansökan om skolskjuts på nätet",
            text="Koulukuljetusten reitit och skolskjuts planeras med elevernas adresser.",
        )
        self.assertContains(response, "Detta har redan prövats")
        self.assertContains(response, "Samma tema: E-tjänster")

    def test_it_says_nothing_for_a_short_title_or_nothing_alike(self):
        self.assertEqual(self.ask(title="Ko").content.strip(), b"")
        response = self.ask(title="Kirjaston lehtilukusali", text="Lehdet luetaan salissa.")
        self.assertNotContains(response, "Tätä on jo kokeiltu")

    def test_it_is_limited_per_client(self):
        with self.settings(RATE_LIMITS={"suggestions_per_ip": "2/m"}):
            statuses = [self.ask(title="Koulukuljetus").status_code for _ in range(3)]
        self.assertEqual(statuses[-1], 429)
