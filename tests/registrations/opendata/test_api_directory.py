from django.test import TestCase

from network.models import Programme
from registrations.models import Status
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    OrganisationFactory,
    TopicFactory,
    make_registration,
)


class DirectoryApiTestCase(TestCase):
    """Municipalities, regions, topics, calls, programmes and organisations."""

    @classmethod
    def setUpTestData(cls):
        cls.programme = Programme.objects.create(
            name_fi="Kokeiluviikko",
            name_sv="Försöksveckan",
            slug="kokeiluviikko",
            start_year=2018,
            end_year=2018,
            is_published=True,
        )
        Programme.objects.create(
            name_fi="Luonnos", name_sv="Utkast", slug="luonnos", start_year=2030
        )
        cls.call = CallFactory(programme=cls.programme, is_published=True)
        cls.porvoo = MunicipalityFactory(name_fi="Porvoo", name_sv="Borgå")
        cls.topic = TopicFactory(name_fi="Koulukuljetukset", name_sv="Skolskjutsar", slug="kyyti")
        cls.partner = OrganisationFactory(name_fi="Kyytiyhtiö Oy")
        cls.hidden_partner = OrganisationFactory(name_fi="Salainen kumppani Oy")
        make_registration(
            call=cls.call,
            lead_municipality=cls.porvoo,
            topics=[cls.topic],
            partner_organisations=[cls.partner],
        )
        make_registration(
            status=Status.SUBMITTED,
            lead_municipality=cls.porvoo,
            topics=[cls.topic],
            partner_organisations=[cls.hidden_partner],
        )

    def test_it_counts_only_public_experiments_of_a_municipality(self):
        data = self.client.get(f"/api/v1/municipalities/{self.porvoo.code}/").json()
        self.assertEqual(data["name"], {"fi": "Porvoo", "sv": "Borgå"})
        self.assertEqual(data["experiments"], 1)
        self.assertTrue(data["pages"]["sv"].endswith(f"/sv/kommuner/{self.porvoo.code}/"))

    def test_it_counts_topics_and_calls_in_both_languages(self):
        topic = self.client.get("/api/v1/topics/kyyti/").json()
        self.assertEqual(topic["name"], {"fi": "Koulukuljetukset", "sv": "Skolskjutsar"})
        self.assertEqual(topic["experiments"], 1)
        call = self.client.get(f"/api/v1/calls/{self.call.slug}/").json()
        self.assertEqual(call["programme"], "kokeiluviikko")
        self.assertEqual(call["experiments"], 1)

    def test_it_lists_published_programmes_with_their_calls(self):
        results = self.client.get("/api/v1/programmes/").json()["results"]
        self.assertEqual([p["slug"] for p in results], ["kokeiluviikko"])
        self.assertEqual(results[0]["name"], {"fi": "Kokeiluviikko", "sv": "Försöksveckan"})
        self.assertEqual(results[0]["calls"], [self.call.slug])

    def test_it_lists_only_organisations_that_take_part_in_public_experiments(self):
        body = self.client.get("/api/v1/organisations/").content.decode()
        self.assertIn("Kyytiyhtiö Oy", body)
        self.assertNotIn("Salainen kumppani", body)

    def test_it_costs_the_same_queries_for_a_page_of_any_size(self):
        # The data version, the unfiltered counts (one statement, then in the shared cache),
        # the page of municipalities with their regions.
        with self.assertNumQueries(3):
            self.client.get("/api/v1/municipalities/?page_size=20")
        # The data version and the page: the counts now come from the shared cache.
        with self.assertNumQueries(2):
            response = self.client.get("/api/v1/municipalities/?page_size=200")
        self.assertEqual(response.status_code, 200)
