"""The experiment list: search, filters with counts, sorting, paging, empty results."""

from datetime import date, timedelta
from unittest import skipUnless

from django.db import connection
from django.test import TestCase
from django.utils import timezone

from registrations.models import Role, Status
from tests.base import PageTestMixin
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)


class ExperimentListTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        cls.uusimaa = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        cls.pohjanmaa = RegionFactory(code="15", name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.espoo = MunicipalityFactory(
            code="049", name_fi="Espoo", name_sv="Esbo", region=cls.uusimaa
        )
        cls.vaasa = MunicipalityFactory(
            code="905", name_fi="Vaasa", name_sv="Vasa", region=cls.pohjanmaa
        )
        cls.services = TopicFactory(
            slug="asiointi", name_fi="Sähköinen asiointi", name_sv="E-tjänster"
        )
        cls.participation = TopicFactory(
            slug="osallistuminen", name_fi="Osallistuminen", name_sv="Delaktighet"
        )
        cls.old_call = CallFactory(slug="digikunta-2016", title_fi="Digikuntakokeilu")
        cls.chatbot = make_registration(
            title="Chatbotti kirjaston asiakaspalveluun",
            idea="Kokeilemme chatbottia kirjastossa.",
            lead_municipality=cls.espoo,
            topics=[cls.services],
            starts_on=today - timedelta(days=30),
            ends_on=today + timedelta(days=300),
        )
        cls.budget = make_registration(
            title="Osallistava budjetointi verkossa",
            idea="Asukkaat päättävät osasta budjettia.",
            lead_municipality=cls.espoo,
            topics=[cls.participation],
            call=cls.old_call,
            starts_on=date(2017, 3, 1),
            ends_on=date(2018, 12, 31),
        )
        cls.robot = make_registration(
            role=Role.VAIKUTTAJA,
            language="sv",
            title="Mjukvarurobot för reskontran",
            idea="",
            reform="En robot sköter fakturorna från leverantörerna i e-tjänsten.",
            lead_municipality=cls.vaasa,
            topics=[cls.services],
            savings_from_year=2021,
            savings_to_year=2024,
        )
        cls.pending = make_registration(
            status=Status.SUBMITTED, title="Chatbotti vielä käsittelyssä", topics=[cls.services]
        )

    def titles(self, response):
        return {experiment.title for experiment in response.context["object_list"]}

    def facet(self, response, name):
        return next(facet for facet in response.context["facets"] if facet.name == name)


class PageTestCase(ExperimentListTestCase):
    def test_it_answers_in_both_languages(self):
        self.assertPage(self.client.get("/fi/kokeilut/"), language="fi", title="Kokeilut")
        self.assertPage(self.client.get("/sv/forsok/"), language="sv", title="Försök")

    def test_it_lists_only_public_experiments_without_contact_data(self):
        response = self.client.get("/fi/kokeilut/")
        self.assertEqual(
            self.titles(response),
            {self.chatbot.title, self.budget.title, "Mjukvarurobot för reskontran"},
        )
        self.assertNotContains(response, "käsittelyssä")
        self.assertNotContains(response, "maija.meikalainen@kunta.example")
        self.assertContains(response, "3 kokeilua")

    def test_it_shows_texts_escaped(self):
        make_registration(title="<script>alert(1)</script>")
        response = self.client.get("/fi/kokeilut/")
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_its_query_count_does_not_grow_with_the_experiments(self):
        self.client.get("/fi/kokeilut/")  # fills the shared cache for this data version
        with self.assertNumQueries(4):
            # the data version (the unfiltered counts and the names are in the shared cache),
            # the page's ids from the search table, their rows, their topics
            self.client.get("/fi/kokeilut/")
        for _ in range(25):
            make_registration(lead_municipality=self.espoo, topics=[TopicFactory()])
        self.client.get("/fi/kokeilut/")
        with self.assertNumQueries(5 if connection.vendor == "postgresql" else 4):
            # the data version, the search words' forms (PostgreSQL), the counts of every
            # facet and the page's ids in one statement, their rows, their topics
            self.client.get("/fi/kokeilut/?page=2&region=01&q=chatbotti")


class FilterTestCase(ExperimentListTestCase):
    def test_each_filter_narrows_the_list(self):
        cases = {
            "role=vaikuttaja": {"Mjukvarurobot för reskontran"},
            "topic=osallistuminen": {self.budget.title},
            "region=15": {"Mjukvarurobot för reskontran"},
            "municipality=049": {self.chatbot.title, self.budget.title},
            "call=digikunta-2016": {self.budget.title},
            "stage=ended": {self.budget.title},
            "stage=ongoing": {self.chatbot.title},
            "stage=implemented": {"Mjukvarurobot för reskontran"},
            "year=2017": {self.budget.title},
            "year=2021": {"Mjukvarurobot för reskontran"},
        }
        for query, expected in cases.items():
            with self.subTest(query):
                self.assertEqual(self.titles(self.client.get(f"/fi/kokeilut/?{query}")), expected)

    def test_a_link_shared_before_the_stage_filter_was_renamed_still_filters(self):
        response = self.client.get("/fi/kokeilut/?status=ended")
        self.assertEqual(self.titles(response), {self.budget.title})
        self.assertContains(response, '<option value="ended" selected>')

    def test_filters_combine(self):
        response = self.client.get("/fi/kokeilut/?topic=asiointi&region=01&role=kokeilija")
        self.assertEqual(self.titles(response), {self.chatbot.title})
        response = self.client.get("/fi/kokeilut/?topic=asiointi&region=01&role=vaikuttaja")
        self.assertEqual(self.titles(response), set())

    def test_facet_counts_match_the_results_a_click_gives(self):
        base = {"topic": "asiointi"}
        response = self.client.get("/fi/kokeilut/", base)
        for facet in response.context["facets"]:
            for option in facet.options:
                with self.subTest(facet=facet.name, option=option.value):
                    clicked = self.client.get("/fi/kokeilut/", base | {facet.name: option.value})
                    self.assertEqual(clicked.context["paginator"].count, option.count)

    def test_a_chosen_filter_offers_its_removal_and_keeps_the_others(self):
        response = self.client.get("/sv/forsok/?region=15&role=vaikuttaja")
        self.assertContains(response, "Ta bort filtret: Österbotten")
        self.assertContains(response, 'href="?role=vaikuttaja"')

    def test_an_impossible_value_is_ignored(self):
        response = self.client.get("/fi/kokeilut/?role=hakkeri&year=abc&stage=x&sort=evil")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(self.titles(response)), 3)

    def test_the_facets_are_labelled_in_the_pages_language(self):
        response = self.client.get("/sv/forsok/")
        region = self.facet(response, "region")
        self.assertEqual(
            [(option.label, option.count) for option in region.options],
            [("Nyland", 2), ("Österbotten", 1)],
        )
        self.assertContains(response, "E-tjänster (2)")


class SortAndPageTestCase(ExperimentListTestCase):
    def test_it_sorts_by_title_in_the_pages_language(self):
        response = self.client.get("/fi/kokeilut/?sort=title")
        self.assertEqual(
            [e.title for e in response.context["object_list"]],
            [self.chatbot.title, "Mjukvarurobot för reskontran", self.budget.title],
        )

    def test_it_sorts_newest_first_by_default(self):
        response = self.client.get("/fi/kokeilut/")
        self.assertEqual(response.context["object_list"][0], self.robot)

    def test_the_pages_keep_the_filters_in_their_links(self):
        for _ in range(21):
            make_registration(lead_municipality=self.espoo, topics=[self.services])
        response = self.client.get("/fi/kokeilut/?municipality=049")
        self.assertContains(response, 'href="?municipality=049&amp;page=2"')
        last = self.client.get("/fi/kokeilut/?municipality=049&page=99")
        self.assertEqual(last.context["page_obj"].number, 2)


class SearchTestCase(ExperimentListTestCase):
    def test_it_finds_by_a_word_of_the_title(self):
        response = self.client.get("/fi/kokeilut/?q=chatbotti")
        self.assertEqual(self.titles(response), {self.chatbot.title})
        self.assertContains(response, "1 kokeilu hakusanalla ”chatbotti”")

    def test_it_finds_by_a_municipality_name_in_the_other_language(self):
        response = self.client.get("/fi/kokeilut/?q=Vasa")
        self.assertEqual(self.titles(response), {"Mjukvarurobot för reskontran"})

    def test_it_never_finds_what_is_not_public(self):
        response = self.client.get("/fi/kokeilut/?q=käsittelyssä")
        self.assertEqual(self.titles(response), set())

    def test_an_empty_result_says_why_and_how_to_widen_it(self):
        response = self.client.get("/sv/forsok/?q=ubåt&region=15")
        self.assertContains(response, "Inget publicerat försök motsvarar den här sökningen")
        self.assertContains(response, "Kontrollera stavningen")
        self.assertContains(response, "Ta bort filtret: Österbotten")
        self.assertContains(response, 'href="?q=ub%C3%A5t"')


@skipUnless(connection.vendor == "postgresql", "stemming needs PostgreSQL's text search")
class StemmingTestCase(ExperimentListTestCase):
    def test_a_finnish_word_finds_its_other_forms(self):
        make_registration(
            title="Kokeilut kirjastoissa", idea="Kokeiluja tehdään kolmessa kunnassa."
        )
        response = self.client.get("/fi/kokeilut/?q=kokeilu")
        self.assertIn("Kokeilut kirjastoissa", self.titles(response))
        response = self.client.get("/fi/kokeilut/?q=kirjasto")
        self.assertIn(self.chatbot.title, self.titles(response))

    def test_a_swedish_word_finds_its_other_forms(self):
        make_registration(language="sv", title="Nya e-tjänster för invånarna", idea="")
        response = self.client.get("/sv/forsok/?q=tjänst")
        self.assertIn("Nya e-tjänster för invånarna", self.titles(response))
        response = self.client.get("/sv/forsok/?q=faktura")
        self.assertIn("Mjukvarurobot för reskontran", self.titles(response))

    def test_relevance_puts_a_title_match_first(self):
        make_registration(title="Kirjastoauto", idea="Chatbotti mainitaan vain sivulauseessa.")
        response = self.client.get("/fi/kokeilut/?q=chatbotti")
        self.assertEqual(response.context["object_list"][0], self.chatbot)


class FeedTestCase(ExperimentListTestCase):
    def test_it_lists_newly_published_experiments_in_finnish(self):
        response = self.client.get("/fi/kokeilut/syote/")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        content = response.content.decode()
        self.assertIn('xml:lang="fi"', content)
        self.assertIn("Digikunta: uudet julkaistut kokeilut", content)
        self.assertIn(self.chatbot.title, content)
        self.assertIn(f"http://testserver/fi/kokeilut/{self.chatbot.reference}/", content)
        self.assertNotIn("käsittelyssä", content)
        self.assertNotIn("maija.meikalainen", content)

    def test_it_has_a_swedish_feed(self):
        content = self.client.get("/sv/forsok/flode/").content.decode()
        self.assertIn("Digikunta: nyligen publicerade försök", content)
        self.assertIn(f"http://testserver/sv/forsok/{self.robot.reference}/", content)

    def test_registrants_html_stays_text_in_the_feed(self):
        make_registration(idea="<img src=x onerror=alert(1)>")
        content = self.client.get("/fi/kokeilut/syote/").content.decode()
        self.assertNotIn("<img", content)
        self.assertIn("&amp;lt;img", content)

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(2):
            # the latest experiments with their call and lead, their topics
            self.client.get("/fi/kokeilut/syote/")
