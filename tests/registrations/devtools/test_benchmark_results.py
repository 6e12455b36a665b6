"""The benchmark's reports and its scenarios of the results pages."""

import random

from django.core.cache import cache
from django.test import TestCase

from network.reference_data.loader import load_reference_data
from registrations.devtools.benchmark.measure import scenarios
from registrations.devtools.benchmark.reports import seed_reports
from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, seed
from registrations.models import Report, ReportState, Savings
from registrations.services.savings import refresh_current


class BenchmarkReportsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_data()
        seed(40, rng=random.Random(2026))
        cls.added = seed_reports(6, rng=random.Random(2026))

    def setUp(self):
        cache.clear()

    def test_it_adds_accepted_reports_until_there_are_as_many_as_asked(self):
        self.assertEqual(self.added, 6)
        reports = Report.objects.filter(registration__reference__startswith=REFERENCE_PREFIX)
        self.assertEqual(reports.filter(state=ReportState.ACCEPTED).count(), 6)
        self.assertTrue(all(r.failures_fi or r.failures_sv for r in reports))
        self.assertEqual(seed_reports(6, rng=random.Random(2026)), 0)

    def test_the_counted_savings_are_what_the_services_would_count(self):
        for savings in Savings.objects.select_related("registration"):
            self.assertEqual(refresh_current(registration=savings.registration), savings)

    def test_every_scenario_of_the_results_pages_answers(self):
        urls = scenarios(rng=random.Random(1), requests=3)
        for name in ("results page", "results, experiments behind", "day of failure"):
            for url in urls[name] + urls["day of failure, filtered"][:2]:
                with self.subTest(url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)
        self.assertTrue(urls["day of failure, search"][0].startswith("/fi/epaonnistumisen"))
