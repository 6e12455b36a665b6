from django.test import TestCase

from registrations.models import Status
from tests.base import PageTestMixin
from tests.factories import make_registration


class ExperimentListTestCase(PageTestMixin, TestCase):
    def test_it_answers_in_both_languages(self):
        self.assertPage(self.client.get("/fi/kokeilut/"), language="fi", title="Kokeilut")
        self.assertPage(self.client.get("/sv/forsok/"), language="sv", title="Försök")

    def test_it_lists_only_public_experiments_without_contact_data(self):
        make_registration(title="Etäpalvelut ikäihmisille", contact_email="piilo@kunta.example")
        make_registration(title="Vielä käsittelyssä", status=Status.SUBMITTED)
        response = self.client.get("/fi/kokeilut/")
        self.assertContains(response, "Etäpalvelut ikäihmisille")
        self.assertNotContains(response, "Vielä käsittelyssä")
        self.assertNotContains(response, "piilo@kunta.example")

    def test_it_shows_texts_escaped(self):
        make_registration(title="<script>alert(1)</script>")
        response = self.client.get("/fi/kokeilut/")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_its_query_count_does_not_grow_with_the_experiments(self):
        make_registration()
        with self.assertNumQueries(3):
            # the count for pagination, the page of experiments, their topics
            self.client.get("/fi/kokeilut/")
        for _ in range(25):
            make_registration()
        with self.assertNumQueries(3):
            self.client.get("/fi/kokeilut/?page=2")
