"""The page of spreading models: confirmed adoptions on a map and in a table."""

from registrations.services import reports
from tests.base import BaseTestCase, PageTestMixin
from tests.factories import MunicipalityFactory, make_registration


class SpreadTestCase(PageTestMixin, BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.helsinki = MunicipalityFactory(code="091", name_fi="Helsinki", name_sv="Helsingfors")
        cls.oulu = MunicipalityFactory(code="564", name_fi="Oulu", name_sv="Uleåborg")
        cls.kemi = MunicipalityFactory(code="240", name_fi="Kemi", name_sv="Kemi")
        cls.model = make_registration(title="Chatbotti kirjastoon", lead_municipality=cls.helsinki)
        reports.record_adoption(
            registration=cls.model,
            municipality=cls.oulu,
            year=2024,
            notes={"fi": "Otti käyttöön kirjastossa.", "sv": ""},
            by=cls.coordinator,
        )
        # Told by the participant, not yet confirmed: not shown.
        cls.model.adoptions.create(municipality=cls.kemi, year=2025)

    def test_it_answers_in_both_languages(self):
        self.assertPage(
            self.client.get("/fi/levinneet-mallit/"), language="fi", title="Levinneet mallit"
        )
        self.assertPage(
            self.client.get("/sv/spridda-modeller/"), language="sv", title="Spridda modeller"
        )

    def test_it_lists_confirmed_adoptions_only(self):
        response = self.client.get("/fi/levinneet-mallit/")
        self.assertContains(response, '<a href="/fi/kunnat/564/">Oulu</a>')
        self.assertContains(response, "Otti käyttöön kirjastossa.")
        self.assertNotContains(response, "Kemi")
        response = self.client.get("/sv/spridda-modeller/")
        self.assertContains(response, '<a href="/sv/kommuner/564/">Uleåborg</a>')

    def test_the_map_draws_a_line_from_where_it_began_to_where_it_went(self):
        spread_map = self.client.get("/fi/levinneet-mallit/").context["spread_map"]
        self.assertEqual(len(spread_map["routes"]), 1)
        self.assertEqual(len(spread_map["origins"]), 1)
        route = spread_map["routes"][0]
        self.assertGreater(route.y1, route.y2)  # Oulu is north of Helsinki: up on the map
        response = self.client.get("/fi/levinneet-mallit/")
        # Coordinates with a decimal point, never the Finnish comma.
        self.assertContains(response, f'<line class="spread-map__route" x1="{route.x1}"')
        self.assertContains(response, 'role="img" aria-labelledby="spread-map-title"')
        self.assertContains(response, "<caption>Mallit ja kunnat, jotka ottivat ne käyttöön")

    def test_it_shows_nothing_private(self):
        response = self.client.get("/fi/levinneet-mallit/")
        self.assertNotContains(response, "Maija")
        self.assertNotContains(response, "maija.meikalainen@kunta.example")

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(1):
            # the adoptions with their experiments, leads and municipalities
            self.client.get("/fi/levinneet-mallit/")
        other = make_registration(title="Robotti")
        reports.record_adoption(
            registration=other, municipality=self.kemi, year=2023, notes={}, by=self.coordinator
        )
        with self.assertNumQueries(1):
            self.client.get("/sv/spridda-modeller/")
