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


class IntroductionAdminTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from registrations.services.introductions import (
            agree_to_introduction,
            propose_introduction,
        )

        mentor = make_registration(role=Role.VAIKUTTAJA, idea="", reform="Robotti.")
        mentee = make_registration(title="Robotti kokeiluun")
        cls.introduction = propose_introduction(
            registration=mentor, other=mentee, by=cls.coordinator
        )
        for side in (mentor, mentee):
            agree_to_introduction(introduction=cls.introduction, registration=side, public=False)

    def url(self, language="fi"):
        return f"/{language}/admin/registrations/introduction/{self.introduction.pk}/change/"

    def form(self, **changes):
        return {
            "state": "active",
            "starts_on": "2026-09-01",
            "ends_on": "",
            "outcome_fi": "",
            "outcome_sv": "",
            **changes,
        }

    def test_a_coordinator_follows_a_mentoring_with_dates_and_outcome(self):
        log_in(self.client, "koordinaattori", "salasana-123")
        response = self.client.post(self.url(), self.form(), follow=True)
        self.assertEqual(response.status_code, 200)
        self.introduction.refresh_from_db()
        self.assertEqual(self.introduction.state, "active")
        self.assertEqual(str(self.introduction.starts_on), "2026-09-01")
        self.client.post(
            self.url(),
            self.form(state="completed", outcome_sv="Roboten är i bruk i fyra kommuner."),
        )
        self.introduction.refresh_from_db()
        self.assertEqual(self.introduction.state, "completed")
        self.assertEqual(self.introduction.outcome_sv, "Roboten är i bruk i fyra kommuner.")

    def test_it_refuses_a_step_a_mentoring_cannot_take_in_both_languages(self):
        log_in(self.client, "koordinaattori", "salasana-123")
        response = self.client.post(self.url(), self.form(state="proposed"))
        self.assertContains(response, "Esittely ei voi siirtyä tästä tilasta valittuun tilaan.")
        response = self.client.post(self.url("sv"), self.form(state="proposed"))
        self.assertContains(response, "Introduktionen kan inte gå från det här läget")
        self.introduction.refresh_from_db()
        self.assertEqual(self.introduction.state, "introduced")

    def test_only_coordinators_may_change_it(self):
        log_in(self.client, "ulkopuolinen", "salasana-123")
        self.client.post(self.url(), self.form())
        self.introduction.refresh_from_db()
        self.assertEqual(self.introduction.state, "introduced")


class LiveSuggestionsAdminTestCase(BaseTestCase):
    def test_a_coordinator_sees_peers_of_a_registration_not_yet_published(self):
        topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        published = make_registration(
            topics=[topic],
            title="Koulukuljetusten reitit uusiksi",
            idea="Koulukuljetusten reitit suunnitellaan uudelleen oppilaiden osoitteista.",
        )
        waiting = make_registration(
            status="submitted",
            topics=[topic],
            title="Koulukuljetusten sähköinen haku",
            idea="Huoltajat hakevat koulukuljetusta verkossa, ja reitit suunnitellaan.",
        )
        log_in(self.client, "koordinaattori", "salasana-123")
        response = self.client.get(f"/fi/admin/registrations/suggestion/for/{waiting.pk}/")
        self.assertContains(response, published.reference)
        self.assertContains(response, "Sama aihe: Sähköinen asiointi")
        response = self.client.get(f"/sv/admin/registrations/suggestion/for/{waiting.pk}/")
        self.assertContains(response, "Kolleger och mentorer")
        self.client.logout()
        log_in(self.client, "ulkopuolinen", "salasana-123")
        response = self.client.get(f"/fi/admin/registrations/suggestion/for/{waiting.pk}/")
        self.assertNotContains(response, published.reference, status_code=response.status_code)
