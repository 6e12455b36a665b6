from registrations.models import ReportKind
from tests.base import BaseTestCase
from tests.factories import make_registration
from tests.registrations.results_data import accepted_report


class ReportsApiTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.library = make_registration(language="sv", title="Chattbot i biblioteket")
        cls.report = accepted_report(cls.library, by=cls.coordinator, verify=True)
        cls.plain = make_registration(title="Ilman tuloksia")
        cls.unverified = make_registration(title="Ilmoitettu säästö")
        accepted_report(
            cls.unverified,
            by=cls.coordinator,
            kind=ReportKind.PROGRESS,
            texts={"done": "Teimme sen puoliksi."},
        )
        cls.waiting = make_registration(title="Odottaa")
        accepted_report(cls.waiting, by=cls.coordinator, accept=False, kind=ReportKind.PROGRESS)

    def test_it_publishes_accepted_reports_with_their_savings_in_both_languages(self):
        results = self.client.get("/api/v1/reports/").json()["results"]
        self.assertEqual(
            {r["experiment"] for r in results},
            {self.library.reference, self.unverified.reference},
        )
        report = next(r for r in results if r["experiment"] == self.library.reference)
        self.assertEqual(report["failures"], {"fi": None, "sv": "Roboten förstod inte dialekter."})
        self.assertEqual(report["savings"]["cost_before"], "50000.00")
        self.assertEqual(report["savings"]["net_saving"], "12000.00")
        self.assertTrue(report["savings"]["verified"])

    def test_it_never_shows_the_review_or_the_verification_note(self):
        body = self.client.get("/api/v1/reports/").content.decode()
        self.assertNotIn("Tarkistettu.", body)
        self.assertNotIn("review_message", body)
        self.assertNotIn("koordinaattori", body)
        self.assertNotIn(self.waiting.reference, body)

    def test_it_filters_experiments_by_their_results(self):
        def references(query):
            results = self.client.get(f"/api/v1/experiments/?{query}").json()["results"]
            return {r["reference"] for r in results}

        self.assertEqual(
            references("has_results=true"), {self.library.reference, self.unverified.reference}
        )
        self.assertEqual(references("failure_shared=true"), {self.library.reference})
        self.assertEqual(references("verified_saving=true"), {self.library.reference})
        self.assertIn(self.plain.reference, references("has_results=false"))

    def test_its_query_count_does_not_grow(self):
        # the reports with their experiments and savings; their open data; their materials
        with self.assertNumQueries(3):
            self.client.get("/api/v1/reports/")
