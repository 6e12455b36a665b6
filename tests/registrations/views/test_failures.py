"""The Day of Failure page: failures and lessons of accepted reports, searchable and
filterable, in both languages, with nothing private."""

from django.core.cache import cache
from django.db import connection

from registrations.models import ReportKind
from registrations.public.failures import DOCUMENT, TABLE
from tests.base import BaseTestCase, PageTestMixin
from tests.factories import TopicFactory, make_registration
from tests.registrations.results_data import accepted_report


class FailureDayTestCase(PageTestMixin, BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = TopicFactory(slug="asiointi")
        cls.chatbot = make_registration(title="Chatbotti kirjastoon", topics=[cls.topic])
        accepted_report(cls.chatbot, by=cls.coordinator)
        cls.robot = make_registration(title="Robot i hemvården", language="sv")
        accepted_report(cls.robot, by=cls.coordinator, kind=ReportKind.PROGRESS)
        cls.waiting = make_registration(title="Odottava raportti")
        accepted_report(
            cls.waiting,
            by=cls.coordinator,
            accept=False,
            texts={"done": "Kokeilimme.", "failures": "Salainen epäonnistuminen.", "lessons": "x"},
        )

    def setUp(self):
        cache.clear()

    def test_it_answers_in_both_languages(self):
        self.assertPage(
            self.client.get("/fi/epaonnistumisen-paiva/"),
            language="fi",
            title="Epäonnistumisen päivä",
        )
        self.assertPage(
            self.client.get("/sv/misslyckandets-dag/"), language="sv", title="Misslyckandets dag"
        )

    def test_it_tells_what_was_tried_what_went_wrong_and_what_others_should_know(self):
        response = self.client.get("/fi/epaonnistumisen-paiva/")
        self.assertContains(response, "<dt>Mikä meni pieleen</dt><dd>Botti ei ymmärtänyt murteita.")
        self.assertContains(response, "<dt>Mitä muiden kannattaa tietää</dt>")
        self.assertContains(response, "Roboten förstod inte dialekter.")
        self.assertContains(response, "Kirjoituskieli: ruotsi.")
        self.assertContains(response, self.chatbot.get_absolute_url())

    def test_it_shows_only_accepted_reports(self):
        response = self.client.get("/fi/epaonnistumisen-paiva/")
        self.assertNotContains(response, "Salainen epäonnistuminen")

    def test_a_failure_is_found_by_search_in_finnish_and_swedish(self):
        response = self.client.get("/fi/epaonnistumisen-paiva/", {"q": "murteita"})
        self.assertEqual([s.experiment for s in response.context["stories"]], [self.chatbot])
        response = self.client.get("/sv/misslyckandets-dag/", {"q": "dialekt"})
        self.assertEqual([s.experiment for s in response.context["stories"]], [self.robot])
        response = self.client.get("/sv/misslyckandets-dag/", {"q": "blockkedja"})
        self.assertEqual(response.context["stories"], [])
        self.assertContains(response, "Inget delat misslyckande motsvarar")

    def test_odd_search_input_is_no_error(self):
        for q in ("'&|!():*", "a" * 300, "  ", "murteita & !"):
            response = self.client.get("/fi/epaonnistumisen-paiva/", {"q": q, "year": "x"})
            self.assertEqual(response.status_code, 200)

    def test_it_filters_by_topic(self):
        response = self.client.get("/fi/epaonnistumisen-paiva/", {"topic": "asiointi"})
        self.assertEqual([s.experiment for s in response.context["stories"]], [self.chatbot])
        self.assertContains(response, '<option value="asiointi" selected>')

    def test_it_shows_nothing_private(self):
        response = self.client.get("/fi/epaonnistumisen-paiva/")
        self.assertNotContains(response, "Maija")
        self.assertNotContains(response, "maija.meikalainen@kunta.example")
        self.assertNotContains(response, "+358401234567")

    def test_its_query_count_is_fixed(self):
        self.client.get("/fi/epaonnistumisen-paiva/")  # fills the shared cache
        with self.assertNumQueries(3):
            # the data version, the count, the page's reports with their experiments and
            # leads (the filters' choices are in the shared cache)
            self.client.get("/fi/epaonnistumisen-paiva/", {"q": "murteita", "topic": "asiointi"})
        accepted_report(make_registration(topics=[self.topic]), by=self.coordinator)
        self.client.get("/sv/misslyckandets-dag/")
        with self.assertNumQueries(3):
            self.client.get("/sv/misslyckandets-dag/", {"topic": "asiointi"})

    def test_the_search_uses_the_full_text_index(self):
        if connection.vendor != "postgresql":
            self.skipTest("full-text search is PostgreSQL's")
        with connection.cursor() as cursor:
            cursor.execute("SET enable_seqscan = off")
            cursor.execute(
                f"EXPLAIN SELECT id FROM {TABLE} WHERE ({DOCUMENT}) @@ "
                "(to_tsquery('finnish', 'murte:*') || to_tsquery('swedish', 'murte:*'))"
            )
            plan = " ".join(row[0] for row in cursor.fetchall())
        self.assertIn("report_failure_search_idx", plan)
