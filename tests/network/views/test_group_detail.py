from django.test import TestCase

from network.models import NetworkGroup
from registrations.matching.selectors import proposed_members
from registrations.models import GroupMembership, Status
from registrations.services.links import make_token
from tests.base import PageTestMixin
from tests.factories import EventFactory, MunicipalityFactory, TopicFactory, make_registration


class NetworkGroupPageTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")
        cls.group = NetworkGroup.objects.create(
            name_fi="Ohjelmistorobotit taloushallinnossa",
            name_sv="Mjukvarurobotar i ekonomiförvaltningen",
            description_fi="Kunnat, jotka kokeilevat robotteja.",
            description_sv="Kommuner som prövar robotar.",
            slug="robotit",
            topic=cls.topic,
            is_published=True,
        )
        cls.member = make_registration(
            title="Ostolaskut ohjelmistorobotille",
            idea="Ohjelmistorobotti tiliöi ostolaskut.",
            topics=[cls.topic],
            lead_municipality=MunicipalityFactory(name_fi="Kouvola", name_sv="Kouvola"),
            contact_email="kouvola@kunta.example",
        )
        cls.hidden = make_registration(title="Robotti, kesken", status=Status.SUBMITTED)
        for registration in (cls.member, cls.hidden):
            GroupMembership.objects.create(group=cls.group, registration=registration)

    def test_it_shows_a_public_group_with_its_public_members_in_finnish(self):
        response = self.client.get("/fi/teemaryhmat/robotit/")
        self.assertPage(response, language="fi", title="Ohjelmistorobotit taloushallinnossa")
        self.assertContains(response, "Kunnat, jotka kokeilevat robotteja.")
        self.assertContains(response, "1 jäsenkokeilu")
        self.assertContains(response, self.member.get_absolute_url())
        self.assertNotContains(response, "Robotti, kesken")
        self.assertNotContains(response, "kouvola@kunta.example")

    def test_it_shows_it_in_swedish(self):
        response = self.client.get("/sv/temagrupper/robotit/")
        self.assertPage(response, language="sv", title="Mjukvarurobotar i ekonomiförvaltningen")
        self.assertContains(response, "E-tjänster")

    def test_it_shows_the_groups_upcoming_events(self):
        EventFactory(group=self.group, title_fi="Robottityöpaja", title_sv="Robotworkshop")
        EventFactory(group=self.group, title_fi="Luonnos", is_published=False)
        response = self.client.get("/sv/temagrupper/robotit/")
        self.assertContains(response, "Robotworkshop")
        self.assertNotContains(response, "Luonnos")

    def test_a_group_not_marked_public_has_no_page(self):
        NetworkGroup.objects.filter(pk=self.group.pk).update(is_published=False)
        self.assertEqual(self.client.get("/fi/teemaryhmat/robotit/").status_code, 404)

    def test_its_query_count_is_fixed(self):
        make_registration(title="Toinen", topics=[self.topic])
        with self.assertNumQueries(5):
            # the group with its topic; its municipalities; its public members; their topics;
            # its upcoming events
            self.client.get("/fi/teemaryhmat/robotit/")

    def test_members_see_their_group_on_their_private_page(self):
        response = self.client.get(f"/fi/oma-ilmoittautuminen/{make_token(self.member)}/")
        self.assertContains(response, "Teemaryhmäsi")
        self.assertContains(response, 'href="/fi/teemaryhmat/robotit/"')

    def test_matching_proposes_members(self):
        newcomer = make_registration(
            title="Ohjelmistorobotti ostolaskuille",
            idea="Ohjelmistorobotti tiliöi ostolaskut, kun ne täsmäävät tilaukseen.",
            topics=[self.topic],
        )
        self.assertIn(newcomer, proposed_members(self.group))
        self.assertNotIn(self.member, proposed_members(self.group))
