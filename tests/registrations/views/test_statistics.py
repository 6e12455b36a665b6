from django.core.cache import cache
from django.test import TestCase

from network.models import OrganisationKind
from registrations.models import Role, Status
from tests.base import BaseTestCase, PageTestMixin
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    OrganisationFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)
from tests.registrations.results_data import accepted_report


class StatisticsTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.uusimaa = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        cls.lappi = RegionFactory(code="19", name_fi="Lappi", name_sv="Lappland")
        espoo = MunicipalityFactory(name_fi="Espoo", region=cls.uusimaa)
        vantaa = MunicipalityFactory(name_fi="Vantaa", region=cls.uusimaa)
        rovaniemi = MunicipalityFactory(name_fi="Rovaniemi", region=cls.lappi)
        cls.topic = TopicFactory(name_fi="Robotiikka", name_sv="Robotik")
        call = CallFactory(title_fi="Digiverkosto", title_sv="Diginätverket")
        make_registration(
            lead_municipality=espoo, municipalities=[vantaa], topics=[cls.topic], call=call
        )
        make_registration(
            lead_municipality=rovaniemi,
            role=Role.VAIKUTTAJA,
            savings_from_year=2020,
            call=call,
            topics=[],
        )
        make_registration(
            lead_organisation=OrganisationFactory(
                name_fi="Lapin liitto", kind=OrganisationKind.REGIONAL_COUNCIL, region=cls.lappi
            ),
            municipalities=[rovaniemi],
            call=call,
            topics=[],
        )
        make_registration(
            lead_municipality=espoo, status=Status.REJECTED, topics=[cls.topic], call=call
        )

    def setUp(self):
        cache.clear()

    def test_it_answers_in_both_languages(self):
        self.assertPage(self.client.get("/fi/tilastot/"), language="fi", title="Tilastot")
        self.assertPage(self.client.get("/sv/statistik/"), language="sv", title="Statistik")

    def test_it_counts_the_programmes_figures_live(self):
        numbers = self.client.get("/fi/tilastot/").context["numbers"]
        self.assertEqual(numbers["participation"]["municipalities"]["experimenting"], 3)
        self.assertEqual(numbers["participation"]["municipalities"]["influencing"], 1)
        self.assertEqual(numbers["regional_councils"], 1)
        self.assertEqual(numbers["topics"], [("Robotiikka", 1)])
        self.assertEqual(numbers["calls"], [("Digiverkosto", 3)])
        self.assertEqual(numbers["years"], [("2020", 1)])
        by_region = {r["code"]: (r["municipalities"], r["experiments"]) for r in numbers["regions"]}
        self.assertEqual(by_region, {"01": (2, 1), "19": (1, 2)})

    def test_a_newly_published_experiment_counts_at_once(self):
        self.client.get("/fi/tilastot/")
        make_registration(
            lead_municipality=MunicipalityFactory(region=self.lappi), topics=[self.topic]
        )
        numbers = self.client.get("/fi/tilastot/").context["numbers"]
        self.assertEqual(numbers["topics"], [("Robotiikka", 2)])

    def test_the_map_and_its_table_have_the_same_numbers(self):
        response = self.client.get("/sv/statistik/")
        self.assertContains(response, '<a href="/sv/landskap/01/" aria-label="Nyland: 2">')
        self.assertContains(
            response,
            '<tr><th scope="row" class="fw-normal"><a href="/sv/landskap/01/">Nyland</a></th>'
            '<td class="text-end">2</td><td class="text-end">1</td></tr>',
            html=True,
        )

    def test_every_chart_has_its_table(self):
        response = self.client.get("/fi/tilastot/")
        content = response.content.decode()
        self.assertEqual(content.count('class="bar-chart"'), 5)
        self.assertContains(
            response, '<th scope="row" class="fw-normal">Robotiikka</th>', html=True
        )
        self.assertContains(
            response, '<th scope="row" class="fw-normal">Digiverkosto</th>', html=True
        )

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(11):
            # the data version; for the shared cache: the names of topics, regions,
            # municipalities and calls; the counts of every facet, the municipalities of each
            # role, the regional councils, the mentoring (all on the search table but the
            # last two); the sums of savings (one statement) and the programmes' names
            self.client.get("/fi/tilastot/")
        with self.assertNumQueries(1):
            # the data version only: the rest is in the shared cache for this version
            self.client.get("/fi/tilastot/")


class MentoringStatisticsTestCase(TestCase):
    def test_it_counts_mentoring_that_has_started(self):
        from registrations.models import Role
        from registrations.services.introductions import (
            agree_to_introduction,
            follow_introduction,
            propose_introduction,
        )
        from tests.factories import make_registration

        mentor = make_registration(role=Role.VAIKUTTAJA, idea="", reform="Robotti.")
        mentee = make_registration(title="Robotti kokeiluun")
        introduction = propose_introduction(registration=mentor, other=mentee, by=None)
        self.assertContains(self.client.get("/fi/tilastot/"), "0 kokeilukummisuhdetta")
        for side in (mentor, mentee):
            agree_to_introduction(introduction=introduction, registration=side, public=False)
        follow_introduction(introduction=introduction, state="active")
        self.assertContains(
            self.client.get("/fi/tilastot/"), "1 kokeilukummisuhde käynnissä tai päättynyt."
        )
        self.assertContains(self.client.get("/sv/statistik/"), "1 mentorskap pågår")


class StatisticsSavingsTestCase(BaseTestCase):
    def setUp(self):
        cache.clear()

    def test_it_shows_verified_and_reported_savings_in_euros(self):
        accepted_report(make_registration(), by=self.coordinator, verify=True)
        accepted_report(make_registration(), by=self.coordinator, before="9000", after="8000")
        response = self.client.get("/fi/tilastot/")
        self.assertEqual(response.context["savings"].verified.net, 12000)
        self.assertEqual(response.context["savings"].reported.net, 1000)
        self.assertContains(response, "12\u00a0000\u00a0€</a> vuodessa")
        response = self.client.get("/sv/statistik/")
        self.assertContains(response, "Rapporterade nettobesparingar, inte verifierade")
        self.assertContains(response, "1\u00a0000\u00a0€</a> per år")
