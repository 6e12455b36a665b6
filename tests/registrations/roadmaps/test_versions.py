"""What a roadmap said on an earlier date, from the audit history: its vision, levels, goals
and actions as they were, in both languages, and the list of its versions."""

from datetime import timedelta

from django.db.models import F
from django.test import TestCase
from django.utils import timezone

from registrations.models import Roadmap, RoadmapAction, RoadmapGoal, RoadmapLevel
from registrations.services.roadmaps import ActionInput, LevelInput, RoadmapTexts, save_roadmap
from tests.factories import MunicipalityFactory
from tests.registrations.roadmaps.helpers import make_roadmap, perspectives


class VersionsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        cls.roadmap = make_roadmap(cls.porvoo, vision_fi="Vanha visio")
        # What was written then is dated 400 days ago.
        for model in (Roadmap, RoadmapLevel, RoadmapGoal, RoadmapAction):
            model.history.update(history_date=F("history_date") - timedelta(days=400))
        first = perspectives()[0]
        save_roadmap(
            roadmap=cls.roadmap,
            texts=RoadmapTexts(vision_fi="Uusi visio", vision_sv="Ny vision", is_published=True),
            levels=[LevelInput(perspective=first, start_level=3, target_level=5)],
            goals=[],
            actions=[ActionInput(title_fi="Uusi toimenpide", title_sv="", year=2027)],
        )
        cls.year_ago = (timezone.localdate() - timedelta(days=365)).isoformat()

    def test_the_page_shows_what_the_roadmap_said_a_year_ago(self):
        response = self.client.get(f"/fi/tiekartat/porvoo/?date={self.year_ago}")
        self.assertContains(response, "Tämä on tiekartta sellaisena kuin se oli")
        self.assertContains(response, "Vanha visio")
        self.assertContains(response, "Chatbotti kirjastoon")
        self.assertContains(response, "Sähköinen asiointi kaikille")
        self.assertNotContains(response, "Uusi toimenpide")
        rows = [(row.start, row.target) for row in response.context["chart"]["rows"]]
        self.assertEqual(rows, [(2, 4), (1, 3)])

    def test_today_it_shows_the_roadmap_as_it_is(self):
        response = self.client.get("/sv/fardplaner/porvoo/")
        self.assertContains(response, "Ny vision")
        self.assertContains(response, "Uusi toimenpide")
        self.assertNotContains(response, "Chatbotti kirjastoon")
        self.assertEqual(
            [(row.start, row.target) for row in response.context["chart"]["rows"]], [(3, 5)]
        )

    def test_before_it_existed_it_says_so_and_a_bad_date_is_ignored(self):
        long_ago = (timezone.localdate() - timedelta(days=800)).isoformat()
        response = self.client.get(f"/sv/fardplaner/porvoo/?date={long_ago}")
        self.assertContains(response, "Färdplanen fanns inte ännu den")
        response = self.client.get("/fi/tiekartat/porvoo/?date=2025-02-30")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Uusi visio")

    def test_the_versions_are_listed_with_links_to_their_dates(self):
        response = self.client.get("/fi/tiekartat/porvoo/versiot/")
        self.assertContains(response, "Digitiekartan versiot: Porvoo")
        self.assertGreaterEqual(len(response.context["versions"]), 2)
        self.assertContains(response, "/fi/tiekartat/porvoo/?date=")

    def test_a_past_version_costs_a_fixed_number_of_queries(self):
        with self.assertNumQueries(12):
            # the roadmap's page (7, as now); its row then; the perspectives by name; its
            # levels, goals and actions then (and the topics by name, were a goal to have one)
            self.client.get(f"/fi/tiekartat/porvoo/?date={self.year_ago}")
