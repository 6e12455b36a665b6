"""The roadmap services: a save is whole or nothing, a date sets the quarter, and a roadmap
link sent again opens the same roadmap."""

from datetime import date

from django.db import IntegrityError
from django.test import TestCase

from registrations.models import EmailKind, SentEmail
from registrations.services import mail
from registrations.services.roadmaps import (
    ActionInput,
    LevelInput,
    RoadmapTexts,
    make_token,
    queue_roadmap_links,
    save_roadmap,
)
from tests.factories import MunicipalityFactory, make_registration
from tests.registrations.roadmaps.helpers import make_roadmap, perspectives


class SaveRoadmapTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.roadmap = make_roadmap(MunicipalityFactory(), vision_fi="Ennallaan")

    def test_nothing_is_saved_half_way(self):
        with self.assertRaises(IntegrityError):
            save_roadmap(
                roadmap=self.roadmap,
                texts=RoadmapTexts(vision_fi="Muutettu"),
                levels=[LevelInput(perspective=perspectives()[0], start_level=2, target_level=9)],
                goals=[],
                actions=[],
            )
        self.roadmap.refresh_from_db()
        self.assertEqual(self.roadmap.vision_fi, "Ennallaan")
        self.assertEqual(self.roadmap.goals.count(), 1)
        self.assertEqual(self.roadmap.actions.count(), 1)

    def test_a_date_sets_the_year_and_the_quarter(self):
        action = ActionInput(title_fi="Valtuusto", title_sv="", year=2020, due_on=date(2027, 8, 31))
        save_roadmap(
            roadmap=self.roadmap, texts=RoadmapTexts(), levels=[], goals=[], actions=[action]
        )
        saved = self.roadmap.actions.get()
        self.assertEqual((saved.year, saved.quarter), (2027, 3))
        self.assertEqual(self.roadmap.levels.count(), 0)
        self.assertEqual(saved.history.first().history_source, "private_link")


class RoadmapLinkMailTestCase(TestCase):
    def test_a_roadmap_link_sent_again_opens_the_same_roadmap(self):
        municipality = MunicipalityFactory()
        make_registration(lead_municipality=municipality, contact_email="a@kunta.example")
        self.assertEqual(queue_roadmap_links(email="a@kunta.example", municipality=municipality), 1)
        sent = SentEmail.objects.get(kind=EmailKind.ROADMAP_LINK)
        again = mail.resend(sent)
        self.assertEqual((again.kind, again.roadmap), (EmailKind.ROADMAP_LINK, sent.roadmap))
        self.assertIn(make_token(sent.roadmap), again.text_body)
        self.assertEqual(again.recipients, "a@kunta.example")
