from django.test import TestCase

from registrations.models import Status
from tests.base import PageTestMixin
from tests.factories import MunicipalityFactory, RegionFactory, make_registration


class RegionDetailTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.region = RegionFactory(code="15", name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.vaasa = MunicipalityFactory(name_fi="Vaasa", name_sv="Vasa", region=cls.region)
        cls.narpio = MunicipalityFactory(name_fi="Närpiö", name_sv="Närpes", region=cls.region)

    def test_it_answers_in_both_languages(self):
        self.assertPage(self.client.get("/fi/maakunnat/15/"), language="fi", title="Pohjanmaa")
        self.assertPage(self.client.get("/sv/landskap/15/"), language="sv", title="Österbotten")

    def test_it_counts_the_public_experiments_of_each_municipality(self):
        make_registration(lead_municipality=self.vaasa, municipalities=[self.narpio])
        make_registration(lead_municipality=self.vaasa, title="Toinen")
        make_registration(lead_municipality=self.narpio, status=Status.REJECTED)
        response = self.client.get("/sv/landskap/15/")
        counts = {m.name_sv: m.experiment_count for m in response.context["municipalities"]}
        self.assertEqual(counts, {"Vasa": 2, "Närpes": 1})
        self.assertEqual(response.context["experiment_count"], 2)
        self.assertContains(response, "Kommuner i landskapet deltar i 2 publicerade försök.")

    def test_its_query_count_does_not_grow_with_the_data(self):
        make_registration(lead_municipality=self.vaasa)
        with self.assertNumQueries(6):
            # the region; from the search table its municipalities' counts, then its
            # municipalities; from the search table its latest experiments and their number,
            # their rows, their topics
            self.client.get("/fi/maakunnat/15/")
        for _ in range(5):
            make_registration(
                lead_municipality=MunicipalityFactory(region=self.region),
                municipalities=[self.narpio],
            )
        with self.assertNumQueries(6):
            self.client.get("/fi/maakunnat/15/")
