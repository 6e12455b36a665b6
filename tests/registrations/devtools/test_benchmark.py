import random

from django.test import TestCase

from network.reference_data.loader import load_reference_data
from registrations.devtools.benchmark.measure import Measurement
from registrations.devtools.benchmark.report import (
    END,
    START,
    earlier_rows,
    replace_table,
    report,
)
from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, seed
from registrations.models import Registration, SearchEntry, Status
from registrations.services.search_table import check_search_table
from registrations.services.submission import sync_derived


class BenchmarkReportTestCase(TestCase):
    def test_a_new_table_replaces_the_old_and_keeps_the_words_around_it(self):
        document = f"# Benchmarks\n\nIntro.\n\n{START}\nold table\n{END}\n\n## Why\n\nWords.\n"
        updated = replace_table(document, "new table\n")
        self.assertIn("Intro.", updated)
        self.assertIn("## Why\n\nWords.", updated)
        self.assertIn(f"{START}\nnew table\n{END}", updated)
        self.assertNotIn("old table", updated)

    def test_a_run_of_one_size_keeps_the_rows_of_the_others(self):
        old = report([measurement(10_000), measurement(100_000)], rss={10_000: [70.0]}, notes=[])
        document = replace_table("# Benchmarks\n", old)
        kept = earlier_rows(document, measured={100_000})
        new = report([measurement(100_000, p95=33.3)], rss={}, notes=[], earlier=kept)
        self.assertIn("| list, 1 filter | 10,000 | 60 | 20.0 | 30.0 |", new)
        self.assertIn("| list, 1 filter | 100,000 | 60 | 20.0 | 33.3 |", new)
        self.assertNotIn("| 100,000 | 60 | 20.0 | 30.0 |", new)
        self.assertIn("- Worker RSS after the runs at 10,000: 70 MiB", new)
        self.assertIn("| 2.5 | 12.0 | p95 ≤ 40: met |", new)  # the load, CPU, the verdict


def measurement(size: int, p95: float = 30.0) -> Measurement:
    return Measurement(
        scenario="list, 1 filter",
        size=size,
        requests=60,
        p50_ms=20.0,
        p95_ms=p95,
        p99_ms=35.0,
        max_ms=40.0,
        html_kib=23.0,
        sent_kib=5.0,
        load=2.5,
        cpu_ms=12.0,
    )


def derived(registrations) -> dict:
    return {
        registration.reference: (
            registration.start_year,
            sorted(registration.municipalities.values_list("code", flat=True)),
            sorted(registration.regions.values_list("code", flat=True)),
            SearchEntry.objects.filter(pk=registration.pk).values_list("keys", flat=True).first(),
        )
        for registration in registrations
    }


class BenchmarkSeedTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_data()
        cls.added = seed(30, rng=random.Random(2026))
        cls.seeded = list(
            Registration.objects.filter(reference__startswith=REFERENCE_PREFIX)
            .select_related("lead_municipality")
            .prefetch_related("municipalities", "regions")
        )

    def test_it_adds_until_there_are_as_many_as_asked(self):
        self.assertEqual(self.added, 30)
        self.assertEqual(len(self.seeded), 30)
        self.assertEqual(seed(30, rng=random.Random(2026)), 0)

    def test_what_the_services_derive_is_there(self):
        for registration in self.seeded:
            with self.subTest(registration.reference):
                municipalities = set(registration.municipalities.all())
                self.assertIsNotNone(registration.start_year)
                self.assertEqual(registration.start_year, registration.derived_start_year())
                self.assertIn(registration.lead_municipality, municipalities)
                self.assertIn(registration.lead_municipality.region, registration.regions.all())
                self.assertEqual(
                    {m.region for m in municipalities}, set(registration.regions.all())
                )
                self.assertEqual(
                    registration.published_at is not None, registration.status == Status.ACCEPTED
                )
                self.assertEqual(
                    SearchEntry.objects.filter(pk=registration.pk).exists(),
                    registration.status == Status.ACCEPTED,
                )
        self.assertTrue(any(len(r.municipalities.all()) > 1 for r in self.seeded))
        self.assertTrue(any(r.status != Status.ACCEPTED for r in self.seeded))
        self.assertEqual(check_search_table(), [])

    def test_the_services_would_change_nothing(self):
        before = derived(self.seeded)
        sync_derived(registrations=self.seeded)
        self.assertEqual(derived(self.seeded), before)
