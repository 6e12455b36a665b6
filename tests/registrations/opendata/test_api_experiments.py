from django.test import TestCase

from network.models import Programme
from registrations.models import Role, Status
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory, make_registration


class ExperimentsApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.programme = Programme.objects.create(
            name_fi="Digikuntakokeilu", name_sv="Digikommunförsöket", slug="dkk", start_year=2016
        )
        cls.call = CallFactory(programme=cls.programme)
        cls.lahti = MunicipalityFactory(name_fi="Lahti", name_sv="Lahtis")
        cls.robots = TopicFactory(name_fi="Robotiikka", name_sv="Robotik", slug="robotiikka")
        cls.robot = make_registration(
            call=cls.call,
            role=Role.VAIKUTTAJA,
            lead_municipality=cls.lahti,
            topics=[cls.robots],
            title="Laskujen käsittely ohjelmistorobotilla",
            idea="Ohjelmistorobotti käsittelee ostolaskut.",
            savings_eur_per_year=40000,
            contact_email="salainen.yhteyshenkilo@lahti.example",
            contact_name="Salla Salainen",
        )
        cls.chatbot = make_registration(
            language="sv",
            title="Chattbot i biblioteket",
            idea="Vi prövar en chattbot i bibliotekets kundtjänst.",
        )
        cls.pending = make_registration(status=Status.SUBMITTED, title="Keskeneräinen kokeilu")

    def test_it_lists_public_experiments_newest_first_with_both_languages(self):
        response = self.client.get("/api/v1/experiments/")
        self.assertEqual(response.status_code, 200)
        results = response.json()["results"]
        self.assertEqual(
            [r["reference"] for r in results], [self.chatbot.reference, self.robot.reference]
        )
        chatbot = results[0]
        self.assertEqual(chatbot["title"], {"fi": None, "sv": "Chattbot i biblioteket"})
        self.assertEqual(chatbot["language"], "sv")
        self.assertTrue(chatbot["pages"]["sv"].endswith(f"/sv/forsok/{self.chatbot.reference}/"))
        self.assertTrue(chatbot["pages"]["fi"].endswith(f"/fi/kokeilut/{self.chatbot.reference}/"))

    def test_it_gives_euros_as_strings_of_decimals_and_names_places_in_both_languages(self):
        response = self.client.get(f"/api/v1/experiments/{self.robot.reference.lower()}/")
        data = response.json()
        self.assertEqual(data["savings"]["eur_per_year"], "40000.00")
        self.assertEqual(data["lead_municipality"]["name"], {"fi": "Lahti", "sv": "Lahtis"})
        self.assertEqual(data["topics"][0]["name"], {"fi": "Robotiikka", "sv": "Robotik"})
        self.assertEqual(data["call"]["programme"], "dkk")
        self.assertEqual(data["role"], "vaikuttaja")
        self.assertEqual(data["stage"], "implemented")

    def test_it_never_shows_the_contact_person_or_unpublished_registrations(self):
        for url in ("/api/v1/experiments/", f"/api/v1/experiments/{self.robot.reference}/"):
            body = self.client.get(url).content.decode()
            self.assertNotIn("salainen.yhteyshenkilo", body)
            self.assertNotIn("Salla Salainen", body)
            self.assertNotIn("contact", body)
            self.assertNotIn("Keskeneräinen", body)
        response = self.client.get(f"/api/v1/experiments/{self.pending.reference}/")
        self.assertEqual(response.status_code, 404)

    def test_it_filters_as_the_list_does_and_searches_with_the_sites_search(self):
        def references(query):
            response = self.client.get(f"/api/v1/experiments/?{query}")
            self.assertEqual(response.status_code, 200, response.content)
            return [r["reference"] for r in response.json()["results"]]

        self.assertEqual(references("topic=robotiikka"), [self.robot.reference])
        self.assertEqual(references(f"municipality={self.lahti.code}"), [self.robot.reference])
        self.assertEqual(references("role=vaikuttaja"), [self.robot.reference])
        self.assertEqual(references("programme=dkk"), [self.robot.reference])
        self.assertEqual(references("q=ohjelmistorobotti"), [self.robot.reference])
        self.assertEqual(references("q=chattbot"), [self.chatbot.reference])
        self.assertEqual(references("topic=robotiikka&role=kokeilija"), [])
        self.assertEqual(references("topic=ei-ole"), [])

    def test_it_answers_a_bad_filter_with_a_clear_error_in_the_asked_language(self):
        response = self.client.get("/api/v1/experiments/?year=abc", HTTP_ACCEPT_LANGUAGE="sv")
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.json(), {"year": ["Fyll i ett tal."]})
        response = self.client.get("/api/v1/experiments/?role=johtaja", HTTP_ACCEPT_LANGUAGE="fi")
        self.assertEqual(response.status_code, 400)
        self.assertIn("role", response.json())

    def test_it_pages_with_a_cursor_and_caps_the_page_size(self):
        first = self.client.get("/api/v1/experiments/?page_size=1").json()
        self.assertEqual(len(first["results"]), 1)
        second = self.client.get(first["next"]).json()
        self.assertEqual(second["results"][0]["reference"], self.robot.reference)
        self.assertIsNone(second["next"])
        many = self.client.get("/api/v1/experiments/?page_size=100000")
        self.assertEqual(many.status_code, 200)

    def test_it_costs_the_same_queries_for_any_number_of_experiments(self):
        for _ in range(3):
            make_registration(topics=[self.robots])
        # The data version; the filters' names (topics, regions, municipalities, calls: the
        # shared cache is empty); the page, filtered through the search table; its topics,
        # municipalities, regions and partner organisations.
        with self.assertNumQueries(10):
            response = self.client.get("/api/v1/experiments/?topic=robotiikka")
        self.assertEqual(len(response.json()["results"]), 4)
        # The names now come from the shared cache.
        with self.assertNumQueries(6):
            self.client.get("/api/v1/experiments/?topic=robotiikka&page_size=2")
        # Without filters: the page and its four prefetches.
        with self.assertNumQueries(5):
            self.client.get("/api/v1/experiments/")
