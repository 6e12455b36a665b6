import csv
import shutil
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase

from network.models import LanguageStatus, Municipality, Region, StatisticalGroup
from network.reference_data.loader import DEFAULT_DIRECTORY


def load(directory: Path = DEFAULT_DIRECTORY) -> str:
    out = StringIO()
    call_command("load_reference_data", directory=directory, stdout=out)
    return out.getvalue()


class LoadReferenceDataTestCase(TestCase):
    def test_it_loads_all_municipalities_and_regions(self):
        load()
        self.assertEqual(Municipality.objects.active().count(), 308)
        self.assertEqual(Region.objects.count(), 19)

    def test_it_keeps_both_names_and_the_facts(self):
        load()
        turku = Municipality.objects.get(code="853")
        self.assertEqual((turku.name_fi, turku.name_sv), ("Turku", "Åbo"))
        self.assertEqual(turku.region.name_sv, "Egentliga Finland")
        self.assertEqual(turku.language_status, LanguageStatus.BILINGUAL_FINNISH)
        self.assertEqual(turku.statistical_group, StatisticalGroup.URBAN)
        self.assertEqual(turku.population_year, 2024)
        self.assertEqual(Municipality.objects.get(code="478").name_sv, "Mariehamn")

    def test_it_matches_the_population_total_of_statistics_finland(self):
        load()
        total = sum(Municipality.objects.values_list("population", flat=True))
        self.assertEqual(total, 5_635_971)

    def test_it_changes_nothing_on_a_second_run(self):
        load()
        before = list(Municipality.objects.order_by("code").values())
        output = load()
        self.assertIn(
            "Municipalities: 0 created, 0 updated, 308 unchanged, 0 made inactive.", output
        )
        self.assertIn("Regions: 0 created, 0 updated, 19 unchanged.", output)
        self.assertEqual(list(Municipality.objects.order_by("code").values()), before)


class NextYearsDivisionTestCase(TestCase):
    """A newer file in which one municipality has merged into another."""

    def setUp(self):
        load()
        self.directory = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, self.directory)
        shutil.copy(DEFAULT_DIRECTORY / "regions.csv", self.directory)
        with (DEFAULT_DIRECTORY / "municipalities.csv").open(encoding="utf-8") as file:
            rows = list(csv.DictReader(file))
        fieldnames = list(rows[0])
        # Sysmä (781) merges into Heinola (111), which grows by its population.
        sysma = next(row for row in rows if row["code"] == "781")
        for row in rows:
            if row["code"] == "111":
                row["population"] = str(int(row["population"]) + int(sysma["population"]))
        rows.remove(sysma)
        with (self.directory / "municipalities.csv").open("w", encoding="utf-8") as file:
            writer = csv.DictWriter(file, fieldnames=fieldnames)
            writer.writeheader()
            writer.writerows(rows)

    def test_it_makes_the_merged_municipality_inactive_without_deleting_it(self):
        output = load(self.directory)
        sysma = Municipality.objects.get(code="781")
        self.assertFalse(sysma.is_active)
        self.assertEqual(Municipality.objects.active().count(), 307)
        self.assertEqual(Municipality.objects.count(), 308)
        self.assertIn("1 updated, 306 unchanged, 1 made inactive (781).", output)

    def test_it_brings_a_municipality_back_when_it_reappears(self):
        load(self.directory)
        load()
        self.assertTrue(Municipality.objects.get(code="781").is_active)


class BrokenFileTestCase(TestCase):
    def test_it_names_the_missing_column(self):
        directory = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, directory)
        shutil.copy(DEFAULT_DIRECTORY / "regions.csv", directory)
        (directory / "municipalities.csv").write_text("code,name_fi\n005,Alajärvi\n")
        with self.assertRaisesMessage(CommandError, "lacks the columns"):
            load(directory)
        self.assertEqual(Municipality.objects.count(), 0)
        self.assertEqual(Region.objects.count(), 0, "nothing is saved half-way")
