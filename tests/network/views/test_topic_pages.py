from django.test import TestCase

from registrations.models import Status
from tests.base import PageTestMixin
from tests.factories import TopicFactory, make_registration


class TopicListTestCase(PageTestMixin, TestCase):
    def test_it_lists_the_programmes_topics_in_finnish(self):
        response = self.client.get("/fi/aiheet/")
        self.assertPage(response, language="fi", title="Aiheet")
        self.assertContains(response, "Sähköisen asioinnin kehittäminen kuntapalveluissa")

    def test_it_lists_the_programmes_topics_in_swedish(self):
        response = self.client.get("/sv/teman/")
        self.assertPage(response, language="sv", title="Teman")
        self.assertContains(response, "Utveckling av e-tjänster i den kommunala servicen")
        self.assertContains(response, "Delaktighet och påverkan")

    def test_it_leaves_out_inactive_topics(self):
        TopicFactory(name_fi="Vanha aihe", is_active=False)
        self.assertNotContains(self.client.get("/fi/aiheet/"), "Vanha aihe")

    def test_it_makes_one_query(self):
        with self.assertNumQueries(1):
            self.client.get("/fi/aiheet/")


class TopicDetailTestCase(PageTestMixin, TestCase):
    def test_it_lists_the_public_experiments_of_the_topic(self):
        topic = TopicFactory(name_fi="Robotiikka", name_sv="Robotik", slug="robotiikka")
        make_registration(topics=[topic], title="Ohjelmistorobotti laskuihin")
        make_registration(topics=[topic], title="Hylätty idea", status=Status.REJECTED)
        response = self.client.get("/sv/teman/robotiikka/")
        self.assertPage(response, language="sv", title="Robotik")
        self.assertContains(response, "Ohjelmistorobotti laskuihin")
        self.assertNotContains(response, "Hylätty idea")

    def test_its_query_count_does_not_grow_with_the_experiments(self):
        topic = TopicFactory(slug="robotiikka")
        make_registration(topics=[topic])
        with self.assertNumQueries(5):
            # the topic; from the search table its latest experiments and their number;
            # their rows, their topics; its upcoming events
            self.client.get("/fi/aiheet/robotiikka/")
        for _ in range(5):
            make_registration(topics=[topic, TopicFactory()])
        with self.assertNumQueries(5):
            self.client.get("/fi/aiheet/robotiikka/")
