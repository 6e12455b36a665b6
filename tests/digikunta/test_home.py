from datetime import timedelta

from django.test import TestCase
from django.utils import timezone

from registrations.models import Role, Status
from tests.base import PageTestMixin
from tests.factories import CallFactory, MunicipalityFactory, make_registration


class HomePageTestCase(PageTestMixin, TestCase):
    def test_it_answers_in_finnish(self):
        response = self.client.get("/fi/")
        self.assertPage(
            response, language="fi", title="Kunnat kokeilevat digitaalisia toimintatapoja"
        )

    def test_it_answers_in_swedish(self):
        response = self.client.get("/sv/")
        self.assertPage(response, language="sv", title="Kommuner prövar digitala arbetssätt")

    def test_it_shows_open_calls_but_not_closed_or_unpublished_ones(self):
        now = timezone.now()
        CallFactory(title_fi="Digiverkosto 2027")
        CallFactory(
            title_fi="Vanha haku",
            opens_at=now - timedelta(days=400),
            closes_at=now - timedelta(days=300),
        )
        CallFactory(title_fi="Luonnos", is_published=False)
        response = self.client.get("/fi/")
        self.assertContains(response, "Digiverkosto 2027")
        self.assertNotContains(response, "Vanha haku")
        self.assertNotContains(response, "Luonnos")

    def test_it_counts_municipalities_by_role(self):
        espoo, vantaa, kauniainen = MunicipalityFactory.create_batch(3)
        make_registration(lead_municipality=espoo, municipalities=[vantaa])
        make_registration(lead_municipality=espoo, role=Role.VAIKUTTAJA)
        make_registration(lead_municipality=kauniainen, status=Status.SUBMITTED)
        response = self.client.get("/fi/")
        counts = response.context["counts"]
        self.assertEqual(
            counts["municipalities"], {"experimenting": 2, "influencing": 1, "total": 2}
        )
        self.assertEqual(counts["experiments"], {"experimenting": 1, "influencing": 1, "total": 2})
        self.assertContains(response, "<strong>2</strong> kokeilijakuntaa", html=True)

    def test_its_query_count_does_not_grow_with_the_data(self):
        CallFactory()
        make_registration()
        self.client.get("/fi/")  # builds the facet index of this data version
        with self.assertNumQueries(6):
            # the data version (the counts come from the facet index), open calls, latest
            # experiments, their topics, regions, upcoming events (upcoming calls only when
            # none is open)
            self.client.get("/fi/")
        CallFactory()
        for _ in range(5):
            make_registration()
        self.client.get("/fi/")
        with self.assertNumQueries(6):
            self.client.get("/fi/")
