from django.test import TestCase

from network.models import NetworkGroup
from registrations.models import GroupMembership, Introduction, IntroductionState, Role, Status
from tests.factories import EventFactory, make_registration, make_signup


class NetworkApiTestCase(TestCase):
    """Events, network groups and mentoring relations."""

    @classmethod
    def setUpTestData(cls):
        cls.event = EventFactory(
            title_fi="Epäonnistumisen päivä",
            title_sv="Misslyckandets dag",
            online_url="https://meet.example/salainen",
            online_url_for_signed_up=True,
        )
        make_signup(cls.event, name="Salla Salainen", email="salla@kunta.example")
        EventFactory(slug="luonnos", is_published=False)
        cls.mentor = make_registration(role=Role.VAIKUTTAJA, title="Laskurobotti")
        cls.experiment = make_registration(title="Ohjelmistorobotti kokeiluun")
        cls.hidden = make_registration(status=Status.SUBMITTED, title="Keskeneräinen")
        cls.group = NetworkGroup.objects.create(
            name_fi="Robotit", name_sv="Robotar", slug="robotit", is_published=True
        )
        GroupMembership.objects.create(group=cls.group, registration=cls.experiment)
        GroupMembership.objects.create(group=cls.group, registration=cls.hidden)
        NetworkGroup.objects.create(name_fi="Suljettu", name_sv="Stängd", slug="suljettu")
        cls.shown = Introduction.objects.create(
            kind="mentor",
            first=cls.mentor,
            second=cls.experiment,
            state=IntroductionState.ACTIVE,
            first_public=True,
            second_public=True,
        )
        cls.other = make_registration(title="Toinen kokeilu")
        Introduction.objects.create(
            kind="mentor",
            first=cls.mentor,
            second=cls.other,
            state=IntroductionState.ACTIVE,
            first_public=True,
            second_public=False,
        )

    def test_it_lists_published_events_in_both_languages_without_those_signed_up(self):
        response = self.client.get("/api/v1/events/")
        results = response.json()["results"]
        self.assertEqual([e["slug"] for e in results], [self.event.slug])
        event = results[0]
        self.assertEqual(
            event["title"], {"fi": "Epäonnistumisen päivä", "sv": "Misslyckandets dag"}
        )
        # The online link is for those signed up only.
        self.assertEqual(event["online_url"], "")
        body = response.content.decode()
        self.assertNotIn("Salla", body)
        self.assertNotIn("salla@kunta.example", body)
        self.assertNotIn("meet.example", body)

    def test_it_lists_public_groups_with_their_public_members_only(self):
        results = self.client.get("/api/v1/groups/").json()["results"]
        self.assertEqual([g["slug"] for g in results], ["robotit"])
        self.assertEqual(results[0]["name"], {"fi": "Robotit", "sv": "Robotar"})
        self.assertEqual(results[0]["members"], [self.experiment.reference])

    def test_it_shows_a_mentoring_only_when_both_agreed(self):
        results = self.client.get("/api/v1/mentoring/").json()["results"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["mentor"], self.mentor.reference)
        self.assertEqual(results[0]["experiment"], self.experiment.reference)
        self.assertEqual(results[0]["state"], "active")

    def test_their_query_counts_do_not_grow(self):
        # events, then their topics and materials
        with self.assertNumQueries(3):
            self.client.get("/api/v1/events/")
        # groups, then their municipalities and public members
        with self.assertNumQueries(3):
            self.client.get("/api/v1/groups/")
        # the public relations with both experiments' reference numbers
        with self.assertNumQueries(1):
            self.client.get("/api/v1/mentoring/")
