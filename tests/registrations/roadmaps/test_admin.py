"""Coordinators curate roadmaps in the admin: perspectives and roadmaps in Finnish and
Swedish tabs, levels, goals and actions inline, the history of each change, and a private
link given by hand."""

import re

from django.contrib.messages import get_messages

from registrations.models import Perspective, Roadmap, RoadmapAction
from registrations.services.roadmaps import make_token, roadmap_for_token
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory
from tests.registrations.roadmaps.helpers import make_roadmap, perspectives


class RoadmapAdminTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        cls.roadmap = make_roadmap(cls.porvoo)

    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_the_seeded_perspectives_are_there_in_both_languages(self):
        self.assertEqual(Perspective.objects.count(), 11)
        response = self.client.get("/sv/admin/registrations/perspective/")
        self.assertContains(response, "Ledning och strategi")
        response = self.client.get("/fi/admin/registrations/perspective/")
        self.assertContains(response, "Johtaminen ja strategia")

    def test_the_change_page_has_language_tabs_and_the_inlines(self):
        response = self.client.get(f"/fi/admin/registrations/roadmap/{self.roadmap.pk}/change/")
        self.assertContains(response, "Muokkaa digitiekarttaa")
        self.assertContains(response, 'name="vision_fi"')
        self.assertContains(response, 'name="vision_sv"')
        self.assertContains(response, "tabbed_translation_fields.js")
        self.assertContains(response, 'name="levels-0-start_level"')
        self.assertContains(response, 'name="goals-0-text_fi"')
        self.assertContains(response, 'name="actions-0-title_sv"')
        response = self.client.get(f"/sv/admin/registrations/roadmap/{self.roadmap.pk}/change/")
        self.assertContains(response, "Ändra digital färdplan")

    def test_a_coordinator_edits_an_action_and_it_is_in_the_history(self):
        url = f"/fi/admin/registrations/roadmap/{self.roadmap.pk}/change/"
        form = self.client.get(url).context["adminform"].form
        data = {
            name: value
            for name, value in form.initial.items()
            if value is not None and not isinstance(value, list)
        }
        data.update(
            {
                "municipalities": [self.porvoo.pk],
                "slug": self.roadmap.slug,
                "name_fi": "Porvoo",
                "name_sv": "Borgå",
                "vision_fi": "Koordinaattorin korjaama visio",
                "vision_sv": "Vision på svenska",
                "is_published": "on",
            }
        )
        levels = list(self.roadmap.levels.all())
        goal = self.roadmap.goals.get()
        action = self.roadmap.actions.get()
        for prefix, rows in (("levels", levels), ("goals", [goal]), ("actions", [action])):
            data |= {
                f"{prefix}-TOTAL_FORMS": str(len(rows)),
                f"{prefix}-INITIAL_FORMS": str(len(rows)),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        for index, level in enumerate(levels):
            data |= {
                f"levels-{index}-id": level.pk,
                f"levels-{index}-roadmap": self.roadmap.pk,
                f"levels-{index}-perspective": level.perspective_id,
                f"levels-{index}-start_level": level.start_level,
                f"levels-{index}-target_level": level.target_level,
            }
        data |= {
            "goals-0-id": goal.pk,
            "goals-0-roadmap": self.roadmap.pk,
            "goals-0-text_fi": goal.text_fi,
            "goals-0-order": goal.order,
            "actions-0-id": action.pk,
            "actions-0-roadmap": self.roadmap.pk,
            "actions-0-title_fi": action.title_fi,
            "actions-0-title_sv": "Chattbot till biblioteket",
            "actions-0-year": action.year,
            "actions-0-quarter": action.quarter,
            "actions-0-status": "done",
            "actions-0-progress": "100",
        }
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        action.refresh_from_db()
        self.assertEqual(
            (action.status, action.progress, action.title_sv),
            ("done", 100, "Chattbot till biblioteket"),
        )
        self.assertEqual(RoadmapAction.history.filter(id=action.pk).first().history_source, "admin")
        response = self.client.get(f"{url.removesuffix('change/')}history/")
        self.assertEqual(response.status_code, 200)

    def test_a_coordinator_gives_a_private_link_and_older_ones_stop_working(self):
        old = make_token(self.roadmap)
        response = self.client.post(
            "/fi/admin/registrations/roadmap/",
            {"action": "make_private_link", "_selected_action": [self.roadmap.pk]},
            follow=True,
        )
        message = " ".join(str(m) for m in get_messages(response.wsgi_request))
        message = message or response.content.decode()  # shown on the page it was sent to
        token = re.search(r"/fi/tiekartat/kirjoita/([^/\s]+)/", message).group(1)
        self.assertEqual(roadmap_for_token(token), self.roadmap)
        self.assertEqual(self.client.get(f"/fi/tiekartat/kirjoita/{old}/").status_code, 410)

    def test_an_outsider_cannot_open_it(self):
        self.client.force_login(self.outsider)
        response = self.client.get("/fi/admin/registrations/roadmap/")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Roadmap.objects.count(), 1)
        self.assertEqual(len(perspectives()), 11)
