from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

import registrations.opendata.api

COMMITTED = Path(registrations.opendata.api.__file__).with_name("openapi.yaml")


class ApiSchemaTestCase(TestCase):
    def test_it_matches_the_committed_schema(self):
        out = StringIO()
        call_command("spectacular", "--lang", "fi", "--validate", "--fail-on-warn", stdout=out)
        self.assertEqual(
            out.getvalue(),
            COMMITTED.read_text(encoding="utf-8"),
            "The API changed: run `make schema` and commit its openapi.yaml.",
        )

    def test_it_serves_the_schema_and_its_documentation_page_from_our_own_files(self):
        response = self.client.get("/api/v1/schema/?format=json&lang=sv")
        self.assertEqual(response.status_code, 200)
        self.assertIn("/api/v1/experiments/", response.json()["paths"])
        page = self.client.get("/api/v1/docs/", HTTP_ACCEPT_LANGUAGE="sv").content.decode()
        self.assertIn('<html lang="sv">', page)
        self.assertNotIn("<style>", page)
        self.assertIn("/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js", page)
        self.assertNotIn("//cdn", page)
        self.assertNotIn("unpkg", page)
