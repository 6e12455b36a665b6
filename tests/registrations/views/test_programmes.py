"""Programme pages: the list, and one programme's calls compared side by side."""

from datetime import UTC, datetime

from network.models import Programme
from tests.base import BaseTestCase, PageTestMixin
from tests.factories import CallFactory, MunicipalityFactory, make_registration
from tests.registrations.results_data import accepted_report


class ProgrammeTestCase(PageTestMixin, BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.programme = Programme.objects.create(
            name_fi="Digikuntakokeilu",
            name_sv="Digikommunförsöket",
            description_fi="Valtiovarainministeriön kokeiluohjelma.",
            description_sv="Finansministeriets försöksprogram.",
            slug="digikuntakokeilu",
            organiser="VM",
            start_year=2016,
            end_year=2019,
            is_published=True,
        )
        Programme.objects.create(
            name_fi="Piilossa", name_sv="Dold", slug="piilossa", start_year=2020
        )
        cls.first = CallFactory(
            programme=cls.programme,
            title_fi="Ensimmäinen haku",
            opens_at=datetime(2016, 3, 1, tzinfo=UTC),
        )
        cls.second = CallFactory(
            programme=cls.programme,
            title_fi="Toinen haku",
            opens_at=datetime(2017, 3, 1, tzinfo=UTC),
        )
        espoo = MunicipalityFactory()
        first = make_registration(call=cls.first, lead_municipality=espoo)
        make_registration(call=cls.first, lead_municipality=espoo)
        accepted_report(first, by=cls.coordinator, verify=True)
        second = make_registration(call=cls.second)
        accepted_report(second, by=cls.coordinator, before="100", after="50")

    def test_the_list_shows_published_programmes_in_both_languages(self):
        response = self.client.get("/fi/ohjelmat/")
        self.assertPage(response, language="fi", title="Ohjelmat")
        self.assertContains(response, '<a href="/fi/ohjelmat/digikuntakokeilu/">Digikuntakokeilu')
        self.assertContains(response, "2 hakua")
        self.assertNotContains(response, "Piilossa")
        response = self.client.get("/sv/program/")
        self.assertPage(response, language="sv", title="Program")
        self.assertContains(response, "Digikommunförsöket")

    def test_it_compares_the_calls_side_by_side(self):
        response = self.client.get("/fi/ohjelmat/digikuntakokeilu/")
        self.assertPage(response, language="fi", title="Digikuntakokeilu")
        first, second = response.context["editions"]
        self.assertEqual(
            (first.participants, first.experiments, first.reports, first.failures_shared),
            (1, 2, 1, 1),
        )
        self.assertEqual(first.verified_savings, 12000)
        # Reported only: not among the verified savings.
        self.assertEqual(second.verified_savings, 0)
        self.assertContains(response, "<caption>Ohjelman Digikuntakokeilu haut rinnakkain")
        response = self.client.get("/sv/program/digikuntakokeilu/")
        self.assertContains(response, "Finansministeriets försöksprogram.")

    def test_an_unpublished_programme_is_not_found(self):
        self.assertEqual(self.client.get("/fi/ohjelmat/piilossa/").status_code, 404)

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(1):  # the programmes with their number of calls
            self.client.get("/fi/ohjelmat/")
        with self.assertNumQueries(2):
            # the programme; its calls, each with its figures as subqueries
            self.client.get("/fi/ohjelmat/digikuntakokeilu/")
        make_registration(call=CallFactory(programme=self.programme))
        with self.assertNumQueries(2):
            self.client.get("/sv/program/digikuntakokeilu/")


class ResultPagesInTheSitemapTestCase(BaseTestCase):
    def test_the_sitemap_lists_the_results_pages_and_programmes_in_both_languages(self):
        Programme.objects.create(
            name_fi="Kokeiluviikko",
            name_sv="Försöksveckan",
            slug="kokeiluviikko",
            start_year=2018,
            is_published=True,
        )
        pages = self.client.get("/sitemap-pages.xml").content.decode()
        for path in (
            "/fi/tulokset/",
            "/sv/resultat/",
            "/fi/epaonnistumisen-paiva/",
            "/sv/misslyckandets-dag/",
            "/fi/levinneet-mallit/",
            "/sv/spridda-modeller/",
            "/fi/ohjelmat/",
            "/sv/program/",
        ):
            self.assertIn(path, pages)
        programmes = self.client.get("/sitemap-programmes.xml").content.decode()
        self.assertIn("/fi/ohjelmat/kokeiluviikko/", programmes)
        self.assertIn("/sv/program/kokeiluviikko/", programmes)

    def test_the_footer_links_the_results_pages(self):
        response = self.client.get("/sv/")
        self.assertContains(response, '<a href="/sv/misslyckandets-dag/">Misslyckandets dag</a>')
        self.assertContains(response, '<a href="/sv/resultat/">Resultat och besparingar</a>')
