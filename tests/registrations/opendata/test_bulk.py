import csv
import io
import json
import tempfile
import zipfile
from datetime import date
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase, override_settings

from registrations.models import Role, Status
from registrations.opendata.bulk import writer
from tests.factories import MunicipalityFactory, TopicFactory, make_registration


class BulkDownloadTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.porvoo = MunicipalityFactory(name_fi="Porvoo", name_sv="Borgå")
        cls.topic = TopicFactory(slug="kyyti", name_fi="Koulukuljetukset", name_sv="Skolskjutsar")
        cls.public = make_registration(
            language="sv",
            role=Role.VAIKUTTAJA,
            lead_municipality=cls.porvoo,
            topics=[cls.topic],
            title="Skolskjutsar som e-tjänst",
            idea='=HYPERLINK("http://example.com")',
            savings_eur_per_year=12000,
            contact_email="hemlig.kontakt@borga.example",
        )
        cls.private = make_registration(status=Status.SUBMITTED, title="Keskeneräinen")

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = Path(folder.name)
        settings = override_settings(OPEN_DATA_ROOT=folder.name)
        settings.enable()
        self.addCleanup(settings.disable)

    def export(self, today=date(2026, 11, 23)):
        return writer.export(today=today)

    def read(self, form: str, member: str) -> str:
        with zipfile.ZipFile(self.folder / f"digikunta-{form}-2026-11-23.zip") as archive:
            return archive.read(member).decode("utf-8")

    def test_it_writes_one_csv_per_table_with_a_column_per_language(self):
        counts = self.export()
        self.assertEqual(counts["csv"]["experiments"], 1)
        rows = list(csv.DictReader(io.StringIO(self.read("csv", "experiments.csv"))))
        self.assertEqual(len(rows), 1)
        row = rows[0]
        self.assertEqual(row["reference"], self.public.reference)
        self.assertEqual(row["title_sv"], "Skolskjutsar som e-tjänst")
        self.assertEqual(row["title_fi"], "")
        self.assertEqual(row["topics"], "kyyti")
        self.assertEqual(row["lead_municipality"], self.porvoo.code)
        self.assertEqual(row["savings_eur_per_year"], "12000.00")
        # A formula is written as text, never as something a spreadsheet would run.
        self.assertEqual(row["idea_sv"], '\'=HYPERLINK("http://example.com")')
        municipalities = list(csv.DictReader(io.StringIO(self.read("csv", "municipalities.csv"))))
        porvoo = next(m for m in municipalities if m["code"] == self.porvoo.code)
        self.assertEqual((porvoo["name_fi"], porvoo["name_sv"]), ("Porvoo", "Borgå"))

    def test_it_writes_the_same_records_as_json_lines(self):
        self.export()
        lines = self.read("jsonl", "experiments.jsonl").splitlines()
        self.assertEqual(len(lines), 1)
        record = json.loads(lines[0])
        self.assertEqual(record["title"], {"fi": None, "sv": "Skolskjutsar som e-tjänst"})
        self.assertEqual(record["topics"], ["kyyti"])
        self.assertEqual(record["savings_eur_per_year"], "12000.00")
        self.assertEqual(record["role"], "vaikuttaja")

    def test_it_never_includes_the_contact_person_or_unpublished_registrations(self):
        self.export()
        for form in ("csv", "jsonl"):
            with zipfile.ZipFile(self.folder / f"digikunta-{form}-2026-11-23.zip") as archive:
                everything = b"".join(archive.read(name) for name in archive.namelist())
            self.assertNotIn(b"hemlig.kontakt", everything)
            self.assertNotIn(b"contact", everything)
            self.assertNotIn("Keskeneräinen".encode(), everything)

    def test_its_readme_documents_every_column_and_counts_in_both_languages(self):
        self.export()
        readme = self.read("csv", "README.md")
        self.assertIn("experiments.csv: 1 tietue", readme)
        self.assertIn("experiments.csv: 1 post", readme)
        self.assertIn("| title_fi, title_sv |", readme)
        self.assertIn("Lähde: Digikunta", self.read("csv", "LICENSE"))
        self.assertIn("Källa: Digikunta", self.read("csv", "LICENSE"))
        self.assertIn("creativecommons.org/licenses/by/4.0", self.read("jsonl", "LICENSE"))

    def test_it_keeps_dated_files_for_thirty_days_and_serves_the_latest(self):
        self.export(today=date(2026, 10, 1))
        self.export(today=date(2026, 10, 24))
        self.export()
        names = sorted(path.name for path in self.folder.iterdir())
        self.assertEqual(
            names,
            [
                "digikunta-csv-2026-10-24.zip",
                "digikunta-csv-2026-11-23.zip",
                "digikunta-jsonl-2026-10-24.zip",
                "digikunta-jsonl-2026-11-23.zip",
            ],
        )
        response = self.client.get("/open-data/digikunta-csv-latest.zip")
        self.assertEqual(response.status_code, 200)
        self.assertIn("digikunta-csv-2026-11-23.zip", response["Content-Disposition"])
        dated = self.client.get("/open-data/digikunta-jsonl-2026-10-24.zip")
        self.assertEqual(dated.status_code, 200)
        self.assertEqual(self.client.get("/open-data/../settings.py").status_code, 404)
        self.assertEqual(
            self.client.get("/open-data/digikunta-csv-2026-10-01.zip").status_code, 404
        )

    def test_the_command_reports_counts_time_and_memory(self):
        out = StringIO()
        call_command("export_open_data", stdout=out)
        self.assertRegex(out.getvalue(), r"csv \(\d+\.\d s\): experiments 1, programmes 0")
        self.assertIn("peak RSS", out.getvalue())
