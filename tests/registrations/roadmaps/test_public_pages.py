"""The public pages of roadmaps: one roadmap with its levels chart and table, its timeline
and experiments; the network's overview; constant queries, and nothing private shown."""

from django.test import TestCase

from network.models import StatisticalGroup
from registrations.models import Roadmap, Status
from registrations.services.roadmaps import ActionInput, GoalInput
from tests.base import PageTestMixin
from tests.factories import MunicipalityFactory, RegionFactory, TopicFactory, make_registration
from tests.registrations.roadmaps.helpers import make_roadmap, perspectives


class RoadmapPageTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        cls.own = make_registration(
            lead_municipality=cls.porvoo,
            title="Oma chatbotti",
            contact_email="salainen@borga.example",
            contact_name="Salainen Henkilö",
        )
        cls.learned = make_registration(title="Toisen robotti")
        cls.hidden = make_registration(status=Status.SUBMITTED, title="Keskeneräinen kokeilu")
        cls.roadmap = make_roadmap(
            cls.porvoo,
            vision_fi="Porvoo palvelee verkossa.",
            actions=[
                ActionInput(
                    title_fi="Chatbotti kirjastoon",
                    title_sv="Chattbot till biblioteket",
                    year=2026,
                    quarter=2,
                    status="in_progress",
                    progress=40,
                    responsible="Kirjastotoimi",
                    own_experiments=[cls.own, cls.hidden],
                    learns_from=[cls.learned],
                ),
                ActionInput(title_fi="Asiointikoulutus", title_sv="", year=2025, quarter=4),
            ],
        )

    def test_it_shows_the_vision_levels_timeline_and_experiments(self):
        response = self.client.get("/fi/tiekartat/porvoo/")
        self.assertPage(response, language="fi", title="Digitiekartta: Porvoo")
        self.assertContains(response, "Porvoo palvelee verkossa.")
        self.assertContains(response, "4. neljännes 2025")
        self.assertContains(response, "2. neljännes 2026")
        self.assertContains(response, "40 % valmiina")
        self.assertContains(response, "Käynnissä")
        self.assertContains(response, self.own.get_absolute_url())
        self.assertContains(response, self.learned.get_absolute_url())
        content = response.content.decode()
        self.assertLess(content.index("Asiointikoulutus"), content.index("Chatbotti kirjastoon"))

    def test_the_chart_and_its_table_have_the_same_numbers(self):
        response = self.client.get("/fi/tiekartat/porvoo/")
        chart = response.context["chart"]
        first, second = perspectives()[:2]
        self.assertEqual(
            [(row.label, row.start, row.target) for row in chart["rows"]],
            [(first.name_fi, 2, 4), (second.name_fi, 1, 3)],
        )
        self.assertContains(response, '<svg class="level-chart"')
        self.assertContains(response, 'aria-hidden="true"')
        self.assertContains(
            response,
            f'<tr><th scope="row" class="fw-normal">{first.name_fi}</th>'
            '<td class="text-end">2</td><td class="text-end">4</td></tr>',
            html=True,
        )
        # A target further right than its start, on the same scale for every row.
        row = chart["rows"][0]
        self.assertLess(row.start_x, row.target_x)
        self.assertEqual(chart["rows"][1].start_x, chart["scale"][0]["x"])

    def test_it_is_in_swedish_with_the_swedish_texts(self):
        response = self.client.get("/sv/fardplaner/porvoo/")
        self.assertPage(response, language="sv", title="Digital färdplan: Borgå")
        self.assertContains(response, "Chattbot till biblioteket")
        self.assertContains(response, "Kvartal 2 2026")
        self.assertContains(response, "40 % klart")
        # A text written only in Finnish is shown in Finnish, and says so to a screen reader.
        self.assertContains(response, '<strong lang="fi">Asiointikoulutus</strong>', html=True)
        self.assertContains(
            response, '<strong lang="sv">Chattbot till biblioteket</strong>', html=True
        )

    def test_nothing_private_and_no_unpublished_experiment_is_shown(self):
        response = self.client.get("/fi/tiekartat/porvoo/")
        self.assertNotContains(response, "salainen@borga.example")
        self.assertNotContains(response, "Salainen Henkilö")
        self.assertNotContains(response, "Keskeneräinen kokeilu")
        self.assertNotContains(response, "kirjoita/")  # no private link

    def test_an_unpublished_roadmap_is_not_found(self):
        Roadmap.objects.filter(pk=self.roadmap.pk).update(is_published=False)
        self.assertEqual(self.client.get("/fi/tiekartat/porvoo/").status_code, 404)

    def test_its_query_count_does_not_grow_with_the_actions(self):
        with self.assertNumQueries(7):
            # the roadmap; its municipalities; levels with perspectives; goals with
            # perspectives and topics; actions with perspectives; their own experiments;
            # the experiments they learn from
            self.client.get("/fi/tiekartat/porvoo/")
        make_roadmap(MunicipalityFactory())  # another roadmap's rows change nothing here
        self.roadmap.actions.first().learns_from.add(make_registration())
        with self.assertNumQueries(7):
            self.client.get("/sv/fardplaner/porvoo/")

    def test_the_municipality_page_links_to_its_roadmap(self):
        response = self.client.get("/fi/kunnat/638/")
        self.assertContains(response, 'href="/fi/tiekartat/porvoo/"')
        response = self.client.get("/sv/kommuner/638/")
        self.assertContains(response, "Digital färdplan: Borgå")


class NetworkViewTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        uusimaa = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        ostro = RegionFactory(code="15", name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.porvoo = MunicipalityFactory(
            code="638",
            name_fi="Porvoo",
            name_sv="Borgå",
            region=uusimaa,
            statistical_group=StatisticalGroup.URBAN,
        )
        cls.nykarleby = MunicipalityFactory(
            code="893",
            name_fi="Uusikaarlepyy",
            name_sv="Nykarleby",
            region=ostro,
            statistical_group=StatisticalGroup.RURAL,
        )
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        first = perspectives()[0]
        goal = GoalInput(
            text_fi="Asiointi verkossa", text_sv="", perspective=first, topic=cls.topic
        )
        make_roadmap(cls.porvoo, goals=[goal])
        make_roadmap(
            cls.nykarleby,
            goals=[
                GoalInput(
                    text_fi="", text_sv="E-tjänster för alla", perspective=first, topic=cls.topic
                )
            ],
        )
        make_roadmap(MunicipalityFactory(name_fi="Piilokunta"), published=False)

    def test_it_lists_who_has_a_roadmap_and_their_shared_goals(self):
        response = self.client.get("/fi/tiekartat/")
        self.assertPage(response, language="fi", title="Digitiekartat")
        self.assertContains(response, 'href="/fi/tiekartat/porvoo/"')
        self.assertContains(response, 'href="/fi/tiekartat/uusikaarlepyy/"')
        self.assertNotContains(response, "Piilokunta")
        self.assertContains(response, "(2 tiekarttaa)", count=2)  # by perspective and by topic
        self.assertContains(response, "E-tjänster för alla")

    def test_it_compares_levels_by_region_and_size(self):
        response = self.client.get("/sv/fardplaner/")
        self.assertPage(response, language="sv", title="Digitala färdplaner")
        by_region = {row["label"]: row for row in response.context["by_region"]}
        self.assertEqual(set(by_region), {"Nyland", "Österbotten"})
        self.assertEqual(str(by_region["Nyland"]["start"]), "1.5")
        self.assertEqual(str(by_region["Nyland"]["target"]), "3.5")
        sizes = {row["label"] for row in response.context["by_size"]}
        self.assertEqual(sizes, {"Urban kommun", "Landsbygdskommun"})
        self.assertContains(response, "1,5")  # decimals as Swedish writes them

    def test_its_query_count_is_constant(self):
        with self.assertNumQueries(6):
            # the roadmaps; their municipalities; the goals with perspective, topic and
            # roadmap; the averages by perspective, by region and by municipality size
            self.client.get("/fi/tiekartat/")
        make_roadmap(MunicipalityFactory())
        with self.assertNumQueries(6):
            self.client.get("/fi/tiekartat/")

    def test_the_directory_filters_the_municipalities_with_a_roadmap(self):
        response = self.client.get("/fi/kunnat/?roadmap=1")
        self.assertContains(response, "2 kunnalla on digitiekartta.")
        listed = [m.name for region in response.context["regions"] for m in region.listed]
        self.assertEqual(sorted(listed), ["Porvoo", "Uusikaarlepyy"])
        response = self.client.get("/sv/kommuner/?roadmap=1&q=borg")
        listed = [m.name for region in response.context["regions"] for m in region.listed]
        self.assertEqual(listed, ["Borgå"])

    def test_the_directory_filter_costs_a_fixed_number_of_queries(self):
        with self.assertNumQueries(3):
            # regions; their municipalities with a published roadmap; how many they are
            self.client.get("/sv/kommuner/?roadmap=1")

    def test_published_roadmaps_are_in_the_sitemap_in_both_languages(self):
        content = self.client.get("/sitemap-roadmaps.xml").content.decode()
        self.assertIn("<loc>http://testserver/fi/tiekartat/porvoo/</loc>", content)
        self.assertIn("<loc>http://testserver/sv/fardplaner/uusikaarlepyy/</loc>", content)
        self.assertNotIn("piilokunta", content)
