"""The error pages: in the language of the URL, in the site's layout, with a way back and no
detail of the server; the 500 page even when the database is down."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from unittest import mock

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client, RequestFactory, TestCase

from digikunta import errors, pages
from tests.base import BaseTestCase

ROOT = Path(__file__).resolve().parents[2]
# What a page about an error must never show a visitor.
SERVER_DETAILS = ["Traceback", "Django", "OperationalError", "WSGI", "settings.py", "psycopg"]


class ErrorPageMixin:
    def assertErrorPage(self, response, *, status, language, heading, home):
        self.assertEqual(response.status_code, status)
        content = response.content.decode()
        self.assertIn(f'<html lang="{language}">', content)
        self.assertIn(f"<title>{heading} – Digikunta</title>", content)
        self.assertIn(f"<h1>{heading}</h1>", content)
        self.assertIn(f'href="{home}"', content, "a way back to the home page")
        self.assertIn('class="site-header"', content, "the site's layout")
        self.assertEqual(response["Content-Language"], language)
        for detail in SERVER_DETAILS:
            self.assertNotIn(detail, content)


class NotFoundTestCase(ErrorPageMixin, TestCase):
    def test_it_answers_in_finnish_on_a_finnish_address(self):
        response = self.client.get("/fi/ei-tallaista-sivua/")
        self.assertErrorPage(
            response, status=404, language="fi", heading="Sivua ei löytynyt", home="/fi/"
        )
        self.assertContains(response, 'href="/sv/" hreflang="sv" lang="sv">På svenska</a>', 1, 404)
        self.assertContains(response, 'href="/fi/kokeilut/"', status_code=404)

    def test_it_answers_in_swedish_on_a_swedish_address(self):
        response = self.client.get("/sv/ingen-sadan-sida/")
        self.assertErrorPage(
            response, status=404, language="sv", heading="Sidan hittades inte", home="/sv/"
        )
        self.assertContains(response, 'href="/fi/" hreflang="fi" lang="fi">Suomeksi</a>', 1, 404)

    def test_it_answers_in_finnish_without_a_language_in_the_address(self):
        response = self.client.get("/ei-kielta/")
        self.assertErrorPage(
            response, status=404, language="fi", heading="Sivua ei löytynyt", home="/fi/"
        )

    def test_a_missing_object_gets_the_same_page(self):
        response = self.client.get("/sv/forsok/DK-2000-9999/")
        self.assertErrorPage(
            response, status=404, language="sv", heading="Sidan hittades inte", home="/sv/"
        )


class BadRequestTestCase(ErrorPageMixin, TestCase):
    def test_a_forged_host_gets_the_page_in_the_language_of_the_address(self):
        for language, heading in [
            ("fi", "Pyyntöä ei voitu lukea"),
            ("sv", "Begäran kunde inte läsas"),
        ]:
            with self.subTest(language=language), self.assertLogs("django.security", "ERROR"):
                response = self.client.get(f"/{language}/", headers={"host": "evil.example"})
            self.assertErrorPage(
                response, status=400, language=language, heading=heading, home=f"/{language}/"
            )


class PermissionDeniedTestCase(ErrorPageMixin, BaseTestCase):
    def test_a_coordinator_is_refused_the_user_accounts_in_their_language(self):
        self.client.force_login(self.coordinator)
        for language, heading in [
            ("fi", "Sinulla ei ole pääsyä tälle sivulle"),
            ("sv", "Du har inte åtkomst till den här sidan"),
        ]:
            with self.subTest(language=language), self.assertLogs("django.request", "WARNING"):
                response = self.client.get(f"/{language}/admin/auth/user/")
            self.assertErrorPage(
                response, status=403, language=language, heading=heading, home=f"/{language}/"
            )


class CsrfFailureTestCase(ErrorPageMixin, TestCase):
    def test_a_form_without_its_token_is_refused_in_the_language_of_the_address(self):
        client = Client(enforce_csrf_checks=True)
        for language, path, heading in [
            ("fi", "/fi/oma-ilmoittautuminen/", "Lomaketta ei voitu lähettää"),
            ("sv", "/sv/min-anmalan/", "Formuläret kunde inte skickas"),
        ]:
            with self.subTest(language=language), self.assertLogs("django.security", "WARNING"):
                response = client.post(path, {"email": "maija@kunta.example"})
            self.assertErrorPage(
                response, status=403, language=language, heading=heading, home=f"/{language}/"
            )
            self.assertNotContains(response, "CSRF", status_code=403)
            self.assertNotContains(response, "maija@kunta.example", status_code=403)


class ServerErrorTestCase(ErrorPageMixin, TestCase):
    def request_while_the_database_is_down(self, path):
        client = Client(raise_request_exception=False)
        down = OperationalError("could not connect to server")
        with (
            mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=down),
            mock.patch.object(pages.HomeView, "get_context_data", side_effect=down),
            self.assertLogs("django.request", "ERROR"),
        ):
            return client.get(path)

    def test_it_answers_in_finnish_when_the_database_is_down(self):
        response = self.request_while_the_database_is_down("/fi/")
        self.assertErrorPage(
            response, status=500, language="fi", heading="Jokin meni vikaan", home="/fi/"
        )

    def test_it_answers_in_swedish_when_the_database_is_down(self):
        response = self.request_while_the_database_is_down("/sv/")
        self.assertErrorPage(
            response, status=500, language="sv", heading="Något gick fel", home="/sv/"
        )

    def test_the_page_makes_no_query(self):
        request = RequestFactory().get("/sv/")
        with self.assertNumQueries(0):
            response = errors.server_error(request)
        self.assertContains(response, "Något gick fel", status_code=500)

    def test_a_broken_page_still_answers_in_both_languages(self):
        with (
            mock.patch.object(errors.loader, "get_template", side_effect=ValueError("manifest")),
            self.assertLogs("digikunta.errors", "ERROR"),
        ):
            response = errors.server_error(RequestFactory().get("/sv/"))
        self.assertContains(response, "Jokin meni vikaan.", status_code=500)
        self.assertContains(response, "Något gick fel.", status_code=500)


class UnreachableDatabaseTestCase(ErrorPageMixin, TestCase):
    """The whole site started on a database that does not answer (a closed port)."""

    SCRIPT = textwrap.dedent(
        """
        import re
        import django
        django.setup()
        from django.test import Client
        from django.test.utils import setup_test_environment
        setup_test_environment()
        client = Client(raise_request_exception=False)
        for path in ["/fi/", "/sv/kommuner/"]:
            response = client.get(path)
            heading = re.search("<h1>(.*)</h1>", response.content.decode()).group(1)
            print(path, response.status_code, heading)
        print("/healthz", client.get("/healthz").status_code)
        """
    )

    def test_every_page_answers_500_in_its_language_and_the_health_check_503(self):
        environment = {
            "PATH": os.environ.get("PATH", ""),
            "DJANGO_SETTINGS_MODULE": "digikunta.settings",
            "DEBUG": "false",
            "SECRET_KEY": "x" * 50,
            "STATIC_MANIFEST": "false",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:1/closed",
            "LOG_LEVEL": "CRITICAL",
        }
        result = subprocess.run(
            [sys.executable, "-c", self.SCRIPT],
            cwd=ROOT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(
            result.stdout.splitlines(),
            ["/fi/ 500 Jokin meni vikaan", "/sv/kommuner/ 500 Något gick fel", "/healthz 503"],
        )
