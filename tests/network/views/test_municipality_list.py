from django.test import TestCase

from tests.base import PageTestMixin
from tests.factories import MunicipalityFactory, RegionFactory


class MunicipalityListTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.varsinais_suomi = RegionFactory(
            code="02", name_fi="Varsinais-Suomi", name_sv="Egentliga Finland"
        )
        cls.pohjanmaa = RegionFactory(code="15", name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.turku = MunicipalityFactory(
            code="853", name_fi="Turku", name_sv="Åbo", region=cls.varsinais_suomi
        )
        cls.vaasa = MunicipalityFactory(
            code="905", name_fi="Vaasa", name_sv="Vasa", region=cls.pohjanmaa
        )
        cls.merged = MunicipalityFactory(
            code="588", name_fi="Pertunmaa", name_sv="Pertunmaa", is_active=False
        )

    def test_it_lists_municipalities_by_region_in_finnish(self):
        response = self.client.get("/fi/kunnat/")
        self.assertPage(response, language="fi", title="Kunnat")
        self.assertContains(response, '<a href="/fi/maakunnat/02/">Varsinais-Suomi</a>')
        self.assertContains(response, '<a href="/fi/kunnat/853/">Turku</a>')
        self.assertContains(response, '<span class="text-muted" lang="sv">(Åbo)</span>')

    def test_it_lists_municipalities_by_region_in_swedish(self):
        response = self.client.get("/sv/kommuner/")
        self.assertPage(response, language="sv", title="Kommuner")
        self.assertContains(response, '<a href="/sv/landskap/15/">Österbotten</a>')
        self.assertContains(response, '<a href="/sv/kommuner/905/">Vasa</a>')

    def test_it_leaves_out_merged_municipalities(self):
        response = self.client.get("/fi/kunnat/")
        self.assertNotContains(response, "Pertunmaa")

    def test_it_finds_a_municipality_by_its_swedish_name_on_the_finnish_page(self):
        response = self.client.get("/fi/kunnat/", {"q": "åbo"})
        self.assertContains(response, "Turku")
        self.assertNotContains(response, "Vaasa")
        self.assertContains(response, "Hakuun ”åbo” löytyi 1 kunta.")

    def test_it_finds_a_municipality_by_its_finnish_name_on_the_swedish_page(self):
        response = self.client.get("/sv/kommuner/", {"q": "Vaasa"})
        self.assertContains(response, "Vasa")
        self.assertNotContains(response, "Åbo")

    def test_it_forgives_missing_diacritics(self):
        response = self.client.get("/fi/kunnat/", {"q": "ABO"})
        self.assertContains(response, "Turku")

    def test_it_says_plainly_when_nothing_matches(self):
        response = self.client.get("/sv/kommuner/", {"q": "Atlantis"})
        self.assertContains(response, "Ingen kommun har det namnet.")

    def test_its_query_count_does_not_grow_with_the_municipalities(self):
        with self.assertNumQueries(2):
            # regions, their municipalities
            self.client.get("/fi/kunnat/")
        for region in RegionFactory.create_batch(3):
            MunicipalityFactory.create_batch(10, region=region)
        with self.assertNumQueries(2):
            self.client.get("/fi/kunnat/")
        with self.assertNumQueries(3):
            # regions, their matching municipalities, the number of matches
            self.client.get("/fi/kunnat/", {"q": "kunta"})
