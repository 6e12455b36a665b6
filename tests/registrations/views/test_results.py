"""The results page: verified and reported net savings apart, by topic, region, programme
and year, per resident, finished experiments; every figure links to its experiments."""

from decimal import Decimal

from django.core.cache import cache

from network.models import Programme
from registrations.models import ReportKind
from registrations.public.shared_cache import data_version
from registrations.services import savings
from tests.base import BaseTestCase, PageTestMixin
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)
from tests.registrations.results_data import accepted_report


class ResultsPageTestCase(PageTestMixin, BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.uusimaa = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        cls.espoo = MunicipalityFactory(name_fi="Espoo", region=cls.uusimaa, population=300000)
        cls.topic = TopicFactory(name_fi="Robotiikka", name_sv="Robotik", slug="robotiikka")
        cls.programme = Programme.objects.create(
            name_fi="Digikuntakokeilu",
            name_sv="Digikommunförsöket",
            slug="digikuntakokeilu",
            start_year=2016,
            end_year=2019,
            is_published=True,
        )
        call = CallFactory(programme=cls.programme)
        cls.verified = make_registration(
            title="Chatbotti",
            lead_municipality=cls.espoo,
            topics=[cls.topic],
            call=call,
            starts_on="2017-01-01",
        )
        accepted_report(cls.verified, by=cls.coordinator, verify=True)  # 12 000 € verified
        cls.reported = make_registration(
            title="Robotti", lead_municipality=cls.espoo, topics=[cls.topic], call=call
        )
        accepted_report(cls.reported, by=cls.coordinator, before="10000", after="7000")
        cls.grew = make_registration(title="Kallistui", topics=[cls.topic], call=call)
        accepted_report(
            cls.grew, by=cls.coordinator, before="1000", after="3000", kind=ReportKind.PROGRESS
        )

    def setUp(self):
        cache.clear()

    def test_it_answers_in_both_languages(self):
        self.assertPage(
            self.client.get("/fi/tulokset/"), language="fi", title="Tulokset ja säästöt"
        )
        self.assertPage(
            self.client.get("/sv/resultat/"), language="sv", title="Resultat och besparingar"
        )

    def test_it_keeps_verified_and_reported_savings_apart(self):
        total = self.client.get("/fi/tulokset/").context["total"]
        self.assertEqual(total.verified.net, Decimal("12000"))
        self.assertEqual(total.verified.experiments, 1)
        # A cost increase counts honestly: 3 000 € saved, 2 000 € more spent.
        self.assertEqual(total.reported.net, Decimal("1000"))
        self.assertEqual(total.reported.experiments, 2)
        self.assertEqual(total.finished, 2)

    def test_it_shows_the_saving_per_resident(self):
        total = self.client.get("/fi/tulokset/").context["total"]
        self.assertEqual(total.verified.residents, 300000)
        self.assertEqual(total.verified.per_resident, Decimal("0.04"))

    def test_it_breaks_the_sums_down_by_topic_region_programme_and_year(self):
        response = self.client.get("/sv/resultat/")
        by = {b["dimension"]: b["rows"] for b in response.context["breakdowns"]}
        (name, topic), *_ = by["topic"]
        self.assertEqual((name, topic.verified.net, topic.reported.net), ("Robotik", 12000, 1000))
        self.assertEqual([n for n, _row in by["region"]][0], "Nyland")
        self.assertEqual(by["programme"][0][0], "Digikommunförsöket")
        self.assertEqual(by["year"][0][0], "2017")
        self.assertContains(response, "12\u00a0000\u00a0€")

    def test_every_figure_links_to_the_experiments_behind_it(self):
        response = self.client.get("/fi/tulokset/")
        link = "/fi/tulokset/kokeilut/?topic=robotiikka&amp;show=verified"
        self.assertContains(response, f'<a href="{link}">12\u00a0000\u00a0€</a>', html=False)
        behind = self.client.get("/fi/tulokset/kokeilut/?topic=robotiikka&show=verified")
        self.assertEqual(list(behind.context["experiments"]), [self.verified])
        reported = self.client.get("/sv/resultat/forsok/?show=reported")
        self.assertEqual(list(reported.context["experiments"]), [self.reported, self.grew])
        self.assertContains(reported, "rapporterad, inte verifierad")

    def test_the_charts_have_tables_and_hide_from_screen_readers(self):
        response = self.client.get("/fi/tulokset/")
        self.assertContains(response, 'class="bar-chart" viewBox=')
        self.assertContains(response, 'aria-hidden="true"')
        self.assertContains(response, "<caption>Säästöt aiheittain:")

    def test_it_shows_nothing_private(self):
        for url in ("/fi/tulokset/", "/fi/tulokset/kokeilut/", "/sv/resultat/forsok/"):
            response = self.client.get(url)
            self.assertNotContains(response, "Maija")
            self.assertNotContains(response, "maija.meikalainen@kunta.example")
            self.assertNotContains(response, "+358401234567")
            self.assertNotContains(response, "Tarkistettu.")  # the verification note

    def test_verifying_savings_moves_the_figures_at_once(self):
        self.client.get("/fi/tulokset/")
        before = data_version()
        savings.verify(savings=self.reported.savings.get(), by=self.coordinator)
        self.assertGreater(data_version(), before)
        total = self.client.get("/fi/tulokset/").context["total"]
        self.assertEqual(total.verified.net, Decimal("15000"))
        self.assertEqual(total.reported.net, Decimal("-2000"))

    def test_accepting_a_report_moves_the_figures_at_once(self):
        self.client.get("/fi/tulokset/")
        before = data_version()
        accepted_report(make_registration(), by=self.coordinator, before="500", after="0")
        self.assertGreater(data_version(), before)
        total = self.client.get("/fi/tulokset/").context["total"]
        self.assertEqual(total.reported.net, Decimal("1500"))

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(7):
            # the data version; for the shared cache: the sums (one statement), the names of
            # topics, regions, municipalities and calls, the programmes' names
            self.client.get("/fi/tulokset/")
        with self.assertNumQueries(1):
            # the data version only: the rest is in the shared cache for this version
            self.client.get("/fi/tulokset/")
        accepted_report(make_registration(topics=[self.topic]), by=self.coordinator)
        cache.clear()
        with self.assertNumQueries(7):
            self.client.get("/sv/resultat/")

    def test_the_list_behind_a_figure_has_a_fixed_query_count(self):
        with self.assertNumQueries(4):
            # the count, the page's ids (from the savings, largest first), their experiments
            # with their savings, their topics
            self.client.get("/fi/tulokset/kokeilut/?show=reported")
        accepted_report(make_registration(), by=self.coordinator)
        with self.assertNumQueries(4):
            self.client.get("/fi/tulokset/kokeilut/?show=reported")


class ExperimentCardTestCase(BaseTestCase):
    def test_a_card_shows_the_net_saving_and_whether_it_was_verified(self):
        verified = make_registration(title="Tarkistettu kokeilu")
        accepted_report(verified, by=self.coordinator, verify=True)
        reported = make_registration(title="Ilmoitettu kokeilu", language="sv")
        accepted_report(reported, by=self.coordinator, before="9000", after="8000")
        response = self.client.get("/fi/kokeilut/")
        self.assertContains(response, "12\u00a0000\u00a0€")
        self.assertContains(response, "varmennettu</span>")
        self.assertContains(response, "ilmoitettu, ei varmennettu")
        response = self.client.get("/sv/forsok/")
        self.assertContains(response, "1\u00a0000\u00a0€")
        self.assertContains(response, "verifierad</span>")
