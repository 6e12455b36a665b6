from registrations.models import Dismissal, Role, Suggestion
from tests.base import BaseTestCase, log_in
from tests.factories import TopicFactory, make_registration


class MatchingAdminTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.mentor = make_registration(
            role=Role.VAIKUTTAJA,
            topics=[topic],
            title="Ohjelmistorobotti ostolaskujen käsittelyssä",
            idea="",
            reform="Ohjelmistorobotti tarkastaa ja tiliöi ostolaskut.",
            can_share=["mentoring"],
        )
        cls.plan = make_registration(
            topics=[topic],
            title="Ostolaskut ohjelmistorobotille",
            idea="Kokeilemme ohjelmistorobottia, joka tarkastaa ja tiliöi ostolaskut.",
            support_wanted=["mentor"],
        )

    def test_it_shows_suggestions_with_reasons_in_both_languages(self):
        log_in(self.client, "koordinaattori", "salasana-123")
        response = self.client.get("/fi/admin/registrations/suggestion/")
        self.assertContains(response, "Sama aihe: Sähköinen asiointi")
        self.assertContains(response, "mentori")
        response = self.client.get("/sv/admin/registrations/suggestion/")
        self.assertContains(response, "Samma tema: E-tjänster")

    def test_a_coordinator_dismisses_a_suggestion_for_good(self):
        log_in(self.client, "koordinaattori", "salasana-123")
        chosen = Suggestion.objects.filter(registration=self.plan)
        self.assertTrue(chosen.exists())
        response = self.client.post(
            "/fi/admin/registrations/suggestion/",
            {"action": "dismiss", "_selected_action": [s.pk for s in chosen]},
            follow=True,
        )
        self.assertContains(response, "1 ehdotus ohitettu.")
        dismissal = Dismissal.objects.get()
        self.assertEqual(dismissal.dismissed_by, self.coordinator)
        self.assertFalse(Suggestion.objects.filter(registration=self.plan).exists())
