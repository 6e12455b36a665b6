"""Writing a roadmap through its private link: asked for by a registered contact of the
municipality, sent by e-mail in that person's language, saved at once or not at all, and
expiring like a registration's link."""

import re
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone

from registrations.models import LinkRequest, Roadmap, Status
from registrations.services.roadmaps import make_token, renew
from tests.factories import MunicipalityFactory, make_registration
from tests.outbox import deliver
from tests.registrations.roadmaps.helpers import make_roadmap, perspectives


class RequestTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        cls.registration = make_registration(
            lead_municipality=cls.porvoo,
            contact_email="anna@borga.example",
            contact_language="sv",
        )

    def ask(self, email, *, language="fi", municipality=None):
        path = "/fi/tiekartat/kirjoita/" if language == "fi" else "/sv/fardplaner/skriv/"
        return self.client.post(
            path, {"municipality": (municipality or self.porvoo).pk, "email": email}
        )

    def test_it_answers_the_same_whether_or_not_the_address_is_known(self):
        known = self.ask("anna@borga.example")
        unknown = self.ask("nobody@example.com")
        self.assertContains(known, "Tarkista sähköpostisi")
        self.assertContains(unknown, "Tarkista sähköpostisi")
        self.assertEqual(LinkRequest.objects.count(), 2)
        self.assertEqual(len(mail.outbox), 0)  # nothing is looked up while the page waits

    def test_a_known_contact_gets_a_link_in_their_own_language(self):
        self.ask("Anna@Borga.example")
        sent = deliver()
        self.assertEqual(len(sent), 1)
        self.assertEqual(sent[0].to, ["anna@borga.example"])
        self.assertIn("digitala färdplanen", sent[0].subject)
        link = re.search(r"https?://\S+/sv/fardplaner/skriv/\S+/", sent[0].body).group(0)
        roadmap = Roadmap.objects.get()
        self.assertFalse(roadmap.is_published)  # a first link makes an unpublished draft
        self.assertEqual(list(roadmap.municipalities.all()), [self.porvoo])
        path = link.split("example", 1)[-1] if "example" in link else link
        response = self.client.get(path[path.index("/sv/") :])
        self.assertContains(response, "Digital färdplan: Borgå")

    def test_an_address_of_another_municipality_or_a_rejected_registration_gets_nothing(self):
        other = MunicipalityFactory()
        make_registration(
            lead_municipality=self.porvoo, status=Status.REJECTED, contact_email="x@kunta.example"
        )
        self.ask("anna@borga.example", municipality=other)
        self.ask("x@kunta.example")
        self.assertEqual(deliver(), [])
        self.assertFalse(Roadmap.objects.exists())

    def test_a_sub_region_roadmap_is_sent_to_a_contact_of_any_member(self):
        roadmap = make_roadmap(MunicipalityFactory(name_fi="Seutu"))
        roadmap.municipalities.add(self.porvoo)
        self.ask("anna@borga.example")
        sent = deliver()
        self.assertEqual(len(sent), 1)
        self.assertIn(make_token(Roadmap.objects.get(pk=roadmap.pk)), sent[0].body)

    def test_errors_are_shown_next_to_the_fields_in_both_languages(self):
        response = self.client.post("/fi/tiekartat/kirjoita/", {"email": "ei-osoite"})
        self.assertContains(response, "Valitse kunta, jonka tiekarttaa kirjoitat.", count=2)
        self.assertContains(response, "Kirjoita sähköpostiosoite muodossa")
        response = self.client.post("/sv/fardplaner/skriv/", {"email": ""})
        self.assertContains(response, "Välj den kommun vars färdplan du skriver.", count=2)
        self.assertFalse(LinkRequest.objects.exists())


class EditTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.porvoo = MunicipalityFactory(code="638", name_fi="Porvoo", name_sv="Borgå")
        cls.experiment = make_registration(lead_municipality=cls.porvoo, title="Oma chatbotti")
        cls.others = make_registration(title="Toisen kunnan robotti")
        cls.roadmap = make_roadmap(cls.porvoo, published=False)

    def url(self, language="fi"):
        token = make_token(self.roadmap)
        return (
            f"/{language}/tiekartat/kirjoita/{token}/"
            if language == "fi"
            else (f"/sv/fardplaner/skriv/{token}/")
        )

    def data(self, **changes):
        """The page's form as it was loaded, with changes."""
        first, second = perspectives()[:2]
        action = self.roadmap.actions.get()
        goal = self.roadmap.goals.get()
        data = {
            "goal-count": "1",
            "action-count": "1",
            "roadmap-vision_fi": "Palvelut ovat verkossa.",
            "roadmap-vision_sv": "",
            f"level-{first.pk}-start_level": "2",
            f"level-{first.pk}-target_level": "4",
            f"level-{second.pk}-start_level": "1",
            f"level-{second.pk}-target_level": "3",
            "goal-0-pk": str(goal.pk),
            "goal-0-text_fi": goal.text_fi,
            "action-0-pk": str(action.pk),
            "action-0-title_fi": "Chatbotti kirjastoon",
            "action-0-year": "2026",
            "action-0-quarter": "2",
            "action-0-status": "in_progress",
            "action-0-progress": "40",
        }
        data.update(changes)
        return data

    def test_it_shows_the_roadmap_to_write_in_both_languages(self):
        response = self.client.get(self.url())
        self.assertContains(response, "Digitiekartta: Porvoo")
        self.assertContains(response, "Palvelut ovat verkossa.")
        self.assertContains(response, "Oma chatbotti")  # its own experiments to tick
        self.assertIn("no-store", response["Cache-Control"])
        response = self.client.get(self.url("sv"))
        self.assertContains(response, "Digital färdplan: Borgå")
        self.assertContains(response, "Spara färdplanen")

    def test_it_saves_everything_and_links_the_experiments(self):
        url = self.url()  # once: a token made a second later differs in its timestamp
        response = self.client.post(
            url,
            self.data(
                **{
                    "roadmap-is_published": "on",
                    "roadmap-vision_sv": "Tjänsterna finns på nätet.",
                    "action-0-own_experiments": [str(self.experiment.pk)],
                    "action-0-learns_from": self.others.reference.lower(),
                    "goal-1-text_sv": "Alla kan sköta ärenden på nätet",
                    "goal-count": "2",
                }
            ),
        )
        self.assertRedirects(response, url, fetch_redirect_response=False)
        self.roadmap.refresh_from_db()
        self.assertTrue(self.roadmap.is_published)
        self.assertEqual(self.roadmap.vision_sv, "Tjänsterna finns på nätet.")
        action = self.roadmap.actions.get()
        self.assertEqual((action.status, action.progress), ("in_progress", 40))
        self.assertEqual(list(action.own_experiments.all()), [self.experiment])
        self.assertEqual(list(action.learns_from.all()), [self.others])
        self.assertEqual(self.roadmap.goals.count(), 2)
        self.assertContains(self.client.get(self.url()), "Muutoksesi on tallennettu.")

    def test_bad_input_saves_nothing_and_says_why_next_to_the_field(self):
        first = perspectives()[0]
        response = self.client.post(
            self.url(),
            self.data(
                **{
                    "roadmap-vision_fi": "Uusi visio",
                    f"level-{first.pk}-target_level": "1",
                    "action-0-progress": "140",
                    "action-0-learns_from": "DK-2020-9999",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'id="error-summary"')
        self.assertContains(response, "Tavoitetaso ei voi olla lähtötasoa alempi.", count=2)
        self.assertContains(response, "Edistyminen on luku 0–100.", count=2)
        self.assertContains(response, "viitenumeroa DK-2020-9999", count=2)
        self.roadmap.refresh_from_db()
        self.assertEqual(self.roadmap.vision_fi, "Palvelut ovat verkossa.")
        response = self.client.post(
            self.url("sv"), self.data(**{"action-0-title_fi": "", "action-0-year": ""})
        )
        # An existing action emptied by a slip is an error, not a deletion.
        self.assertContains(response, "Skriv åtgärden på finska eller svenska.", count=2)
        self.assertEqual(self.roadmap.actions.count(), 1)

    def test_a_removed_row_is_deleted_and_kept_in_the_history(self):
        self.client.post(self.url(), self.data(**{"action-0-remove": "on"}))
        self.assertEqual(self.roadmap.actions.count(), 0)
        self.assertTrue(self.roadmap.actions.model.history.filter(history_type="-").exists())

    def test_an_unpublished_experiment_cannot_be_learned_from(self):
        hidden = make_registration(status=Status.SUBMITTED)
        response = self.client.post(
            self.url("sv"), self.data(**{"action-0-learns_from": hidden.reference})
        )
        self.assertContains(response, "Inget publicerat försök har referensnumret", count=2)

    @override_settings(REGISTRATION_LINK_DAYS=90)
    def test_it_expires_after_the_configured_days_and_when_a_new_link_is_sent(self):
        url = self.url()
        later = timezone.now() + timedelta(days=91)
        with mock.patch("time.time", return_value=later.timestamp()):
            response = self.client.get(url)
        self.assertContains(response, "Linkki on vanhentunut", status_code=410)
        self.assertContains(response, "Lähetä minulle linkki", status_code=410)
        renew(self.roadmap)
        self.assertEqual(self.client.get(url).status_code, 410)
        self.assertEqual(self.client.get(self.url()).status_code, 200)

    def test_a_forged_token_opens_nothing(self):
        self.assertEqual(self.client.get("/fi/tiekartat/kirjoita/abc/").status_code, 404)
