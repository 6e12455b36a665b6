"""The counts of the list's filters: each option's number is what choosing it gives, however
the list counts it (the facet pairs and the stages' counts on PostgreSQL, the rows on SQLite),
and the facet pairs that PostgreSQL's triggers keep stay exact through every kind of write."""

from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from unittest import mock, skipUnless

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase
from django.utils import timezone

from registrations.models import (
    FacetPair,
    Registration,
    Role,
    StageCount,
    Status,
    facet_key,
)
from registrations.public import shared_cache
from registrations.public.browsing import Filters, browse
from registrations.services.decisions import decide
from registrations.services.derived import sync_derived
from registrations.services.facet_pairs import (
    check_facet_pairs,
    counted_stages_day,
    recount_stages,
)
from registrations.services.removal import delete_registrations
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)

POSTGRESQL = connection.vendor == "postgresql"


@contextmanager
def counted_up_to(limit: int):
    """The list counts results only up to this many (EXACT_LIMIT), to test what it does
    beyond without thousands of experiments."""
    with (
        mock.patch("registrations.public.facets.EXACT_LIMIT", limit),
        mock.patch("registrations.public.browsing.EXACT_LIMIT", limit),
    ):
        yield


class FacetDataMixin:
    @classmethod
    def setUpTestData(cls):
        today = timezone.localdate()
        cls.uusimaa = RegionFactory(code="01", name_fi="Uusimaa", name_sv="Nyland")
        cls.pohjanmaa = RegionFactory(code="15", name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.espoo = MunicipalityFactory(code="049", name_fi="Espoo", region=cls.uusimaa)
        cls.vantaa = MunicipalityFactory(code="092", name_fi="Vantaa", region=cls.uusimaa)
        cls.vaasa = MunicipalityFactory(code="905", name_fi="Vaasa", region=cls.pohjanmaa)
        cls.services = TopicFactory(slug="asiointi", name_fi="Sähköinen asiointi")
        cls.participation = TopicFactory(slug="osallistuminen", name_fi="Osallistuminen")
        cls.old_call = CallFactory(slug="digikunta-2016")
        cls.new_call = CallFactory(slug="digikunta-2026")
        # Ongoing, ended, planned and implemented experiments across the places and topics.
        spans = [
            (today - timedelta(days=30), today + timedelta(days=300)),
            (date(2017, 3, 1), date(2018, 12, 31)),
            (today + timedelta(days=60), None),
            (today, today),
        ]
        places = [cls.espoo, cls.vantaa, cls.vaasa]
        topics = [[cls.services], [cls.participation], [cls.services, cls.participation]]
        calls = [cls.old_call, cls.new_call]
        cls.registrations = []
        for number in range(12):
            starts_on, ends_on = spans[number % 4]
            cls.registrations.append(
                make_registration(
                    title=f"Kokeilu {number}",
                    lead_municipality=places[number % 3],
                    municipalities=[cls.vantaa] if number % 5 == 0 else [],
                    topics=topics[number % 3],
                    call=calls[number % 2],
                    starts_on=starts_on,
                    ends_on=ends_on,
                )
            )
        cls.registrations.append(
            make_registration(
                role=Role.VAIKUTTAJA,
                title="Robotti",
                idea="",
                reform="Robotti hoitaa laskut.",
                lead_municipality=cls.vaasa,
                topics=[cls.services],
                call=cls.new_call,
                savings_from_year=2021,
            )
        )
        cls.waiting = make_registration(
            status=Status.SUBMITTED, title="Kesken", lead_municipality=cls.espoo
        )


def shown(filters: Filters) -> dict[str, dict[str, int | None]]:
    """{facet: {option: the number shown}} of the list with these filters."""
    found = browse(filters, today=timezone.localdate())
    return {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in found.facets
    }


def result_count(filters: Filters) -> int:
    return browse(filters, today=timezone.localdate()).results.count


class CountsTestCase(FacetDataMixin, TestCase):
    def assertCountsMatchTheClicks(self, filters: Filters):
        for facet, options in shown(filters).items():
            for value, count in options.items():
                with self.subTest(filters=filters, facet=facet, value=value):
                    self.assertIsNotNone(count)
                    self.assertEqual(count, result_count(replace(filters, **{facet: value})))

    def test_it_shows_with_one_filter_what_each_choice_gives(self):
        for filters in [
            Filters(role="kokeilija"),
            Filters(topic="asiointi"),
            Filters(region="01"),
            Filters(municipality="092"),
            Filters(call="digikunta-2026"),
            Filters(stage="ongoing"),
            Filters(stage="implemented"),
            Filters(year="2017"),
        ]:
            self.assertCountsMatchTheClicks(filters)

    def test_it_shows_with_two_and_three_filters_what_each_choice_gives(self):
        for filters in [
            Filters(topic="asiointi", region="01"),
            Filters(stage="planned", municipality="049"),
            Filters(call="digikunta-2016", topic="osallistuminen", stage="ended"),
        ]:
            self.assertCountsMatchTheClicks(filters)

    def test_a_filter_that_matches_nothing_counts_nought(self):
        self.assertEqual(result_count(Filters(topic="asiointi", stage="planned", year="1999")), 0)
        self.assertEqual(result_count(Filters(municipality="999")), 0)


@skipUnless(POSTGRESQL, "PostgreSQL keeps the facet pairs; SQLite counts the rows")
class FacetPairsTestCase(FacetDataMixin, TestCase):
    def pair(self, first: tuple[str, int], second: tuple[str, int]) -> int:
        found = FacetPair.objects.filter(key_a=facet_key(*first), key_b=facet_key(*second)).first()
        return found.count if found else 0

    def test_they_count_the_public_experiments_with_both_keys(self):
        topic = ("topic", self.services.pk)
        self.assertEqual(self.pair(topic, topic), 9)  # eight experiments and the reform
        self.assertEqual(self.pair(topic, ("municipality", self.vaasa.pk)), 5)
        self.assertEqual(self.pair(("municipality", self.vaasa.pk), topic), 5)
        self.assertEqual(check_facet_pairs(), [])

    def test_they_stay_exact_through_publishing_editing_withdrawing_and_deleting(self):
        topic = ("topic", self.participation.pk)
        before = self.pair(topic, topic)
        waiting = Registration.objects.get(pk=self.waiting.pk)
        waiting.topics.set([self.participation])
        decide(registration=waiting, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(self.pair(topic, topic), before + 1)
        edited = self.registrations[0]
        edited.topics.set([self.participation])
        sync_derived(registrations=[edited])
        self.assertEqual(self.pair(topic, topic), before + 2)
        self.assertEqual(check_facet_pairs(), [])
        decide(registration=edited, status=Status.WITHDRAWN, message="", by=None)
        self.assertEqual(self.pair(topic, topic), before + 1)
        delete_registrations(registrations=Registration.objects.filter(pk=waiting.pk))
        self.assertEqual(self.pair(topic, topic), before)
        self.assertEqual(check_facet_pairs(), [])
        self.assertEqual(result_count(Filters(topic="osallistuminen")), before)

    def test_the_check_finds_drift_and_the_rebuild_mends_it(self):
        topic = ("topic", self.services.pk)
        FacetPair.objects.filter(key_a=facet_key(*topic), key_b=facet_key(*topic)).update(count=1)
        problems = check_facet_pairs()
        self.assertEqual(len(problems), 1)
        self.assertIn("1 facet pair counts differ from a recount", problems[0])
        with self.assertRaises(CommandError):
            call_command("search_table", stdout=None, stderr=None)
        call_command("search_table", "--rebuild", stdout=None, stderr=None)
        self.assertEqual(check_facet_pairs(), [])
        self.assertEqual(self.pair(topic, topic), 9)

    def stages(self, day: date) -> dict[tuple[int, int], int]:
        return {
            (row.key, row.stage): row.count
            for row in StageCount.objects.filter(day=day).exclude(key=0).exclude(count=0)
        }

    def test_the_stages_of_a_day_are_counted_by_the_writer_then_kept(self):
        today = timezone.localdate()
        self.assertIsNone(counted_stages_day())
        shared_cache.warm()  # as after a write's commit: the first of the day counts them
        self.assertEqual(counted_stages_day(), today)
        topic, ongoing = facet_key("topic", self.services.pk), facet_key("stage", 2)
        before = self.stages(today)[(topic, ongoing)]
        waiting = Registration.objects.get(pk=self.waiting.pk)
        waiting.topics.set([self.services])
        waiting.starts_on, waiting.ends_on = today, today + timedelta(days=10)
        waiting.save()
        decide(registration=waiting, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(self.stages(today)[(topic, ongoing)], before + 1)
        Registration.objects.filter(pk=waiting.pk).update(
            starts_on=today - timedelta(days=20), ends_on=today - timedelta(days=1)
        )
        sync_derived(registrations=[Registration.objects.get(pk=waiting.pk)])
        self.assertEqual(self.stages(today)[(topic, ongoing)], before)
        self.assertEqual(check_facet_pairs(), [])
        self.assertEqual(
            shown(Filters(topic="asiointi"))["stage"]["ongoing"],
            result_count(Filters(topic="asiointi", stage="ongoing")),
        )

    def test_the_check_finds_wrong_stage_counts_and_the_rebuild_mends_them(self):
        today = timezone.localdate()
        recount_stages(day=today)
        StageCount.objects.filter(day=today).exclude(key=0).update(count=99)
        self.assertIn("counts of stages", " ".join(check_facet_pairs()))
        call_command("search_table", "--rebuild", stdout=None, stderr=None)
        self.assertEqual(check_facet_pairs(), [])

    def test_the_check_says_when_a_trigger_is_missing(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "DROP TRIGGER registrations_facetpair_on_delete ON registrations_searchentry"
            )
        self.assertIn("2 of the 3 triggers", " ".join(check_facet_pairs()))


class OverTheLimitTestCase(FacetDataMixin, TestCase):
    """With more results than are counted (here over 3), the list still shows
    the same experiments in the same order, and says what it knows."""

    def ordered(self, filters: Filters) -> list[str]:
        results = browse(filters, today=timezone.localdate()).results
        return [registration.title for registration in results[:20]]

    def test_best_match_first_is_the_same_however_many_match(self):
        for number in range(3):
            make_registration(title=f"Kirjastorobotti {number}", idea="Robotti lainaa kirjoja.")
            make_registration(title=f"Lainaus {number}", idea="Kirjastorobotti lainaa.")
        counted = self.ordered(Filters(q="kirjastorobotti"))
        with counted_up_to(3):
            found = browse(Filters(q="kirjastorobotti"), today=timezone.localdate())
            self.assertTrue(found.is_over)
            self.assertEqual(self.ordered(Filters(q="kirjastorobotti")), counted)
        if POSTGRESQL:  # title matches first (SQLite lists the newest first)
            self.assertEqual(
                counted[:3], ["Kirjastorobotti 2", "Kirjastorobotti 1", "Kirjastorobotti 0"]
            )
        self.assertEqual(len(counted), 6)

    def test_the_pages_of_many_results_are_the_same_however_many_match(self):
        for filters in [Filters(topic="asiointi"), Filters(topic="asiointi", region="01")]:
            for sort in ["newest", "title"]:
                counted = self.ordered(replace(filters, sort=sort))
                with counted_up_to(3):
                    self.assertEqual(self.ordered(replace(filters, sort=sort)), counted)

    def test_two_filters_over_the_limit_give_their_exact_total(self):
        filters = Filters(topic="asiointi", region="01")
        counted = result_count(filters)
        self.assertGreater(counted, 3)
        with counted_up_to(3):
            found = browse(filters, today=timezone.localdate())
            municipality = next(facet for facet in found.facets if facet.name == "municipality")
            if POSTGRESQL:
                # The pairs know the total; the other filters' numbers are not counted.
                self.assertFalse(found.is_over)
                self.assertEqual(found.results.count, counted)
            else:
                self.assertTrue(found.is_over)
            self.assertEqual({option.count for option in municipality.options}, {None})
