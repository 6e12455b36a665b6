import tempfile
from datetime import date

from django.test import TestCase, override_settings

from registrations.opendata.bulk import writer
from tests.base import PageTestMixin


class OpenDataPageTestCase(PageTestMixin, TestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        settings = override_settings(OPEN_DATA_ROOT=folder.name)
        settings.enable()
        self.addCleanup(settings.disable)

    def test_it_offers_the_latest_files_the_api_and_the_catalogue_in_finnish(self):
        writer.export(today=date(2026, 11, 22))
        # The files are listed from their folder: the page asks the database nothing.
        with self.assertNumQueries(0):
            response = self.client.get("/fi/avoin-data/")
        self.assertPage(response, language="fi", title="Avoin data")
        self.assertContains(response, 'href="/open-data/digikunta-csv-latest.zip"')
        self.assertContains(response, 'href="/open-data/digikunta-jsonl-latest.zip"')
        self.assertContains(response, "22.11.2026")
        self.assertContains(response, "<code>/api/v1/experiments/</code>", html=True)
        self.assertContains(response, 'href="/dcat/catalog.ttl"')
        self.assertContains(response, "CC BY 4.0")

    def test_it_says_so_in_swedish_before_the_first_files(self):
        response = self.client.get("/sv/oppna-data/")
        self.assertPage(response, language="sv", title="Öppna data")
        self.assertNotContains(response, "digikunta-csv-latest.zip")
        self.assertContains(response, "Kom tillbaka i morgon")
