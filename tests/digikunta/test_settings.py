import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase

from digikunta import env

ROOT = Path(__file__).resolve().parents[2]


def start_django(**variables) -> subprocess.CompletedProcess:
    """Import the settings in a fresh process with exactly these variables set."""
    ours = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "COORDINATOR_EMAILS", "EMAIL_PORT"}
    environment = {key: value for key, value in os.environ.items() if key not in ours}
    environment.update(variables)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


class SettingsFromEnvironmentTestCase(SimpleTestCase):
    def test_it_refuses_to_start_without_secret_key_when_debug_is_off(self):
        result = start_django(DEBUG="false")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY is required when DEBUG is off", result.stderr)

    def test_it_starts_without_secret_key_in_debug(self):
        result = start_django(DEBUG="true")
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_it_names_a_malformed_debug_value(self):
        result = start_django(DEBUG="maybe", SECRET_KEY="x")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DEBUG must be one of", result.stderr)

    def test_it_names_a_malformed_database_url(self):
        result = start_django(DEBUG="true", DATABASE_URL="mongo://somewhere/db")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("DATABASE_URL is not a database URL", result.stderr)

    def test_it_names_a_bad_coordinator_address(self):
        result = start_django(DEBUG="true", COORDINATOR_EMAILS="a@b.fi, not-an-address")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("COORDINATOR_EMAILS", result.stderr)
        self.assertIn("'not-an-address'", result.stderr)

    def test_it_names_a_port_that_is_not_a_number(self):
        result = start_django(DEBUG="true", EMAIL_PORT="twenty-five")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("EMAIL_PORT must be a whole number", result.stderr)

    def test_it_wants_a_scheme_in_trusted_origins(self):
        result = start_django(DEBUG="true", CSRF_TRUSTED_ORIGINS="digikunta.fi")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("CSRF_TRUSTED_ORIGINS", result.stderr)


class EnvReadersTestCase(SimpleTestCase):
    def test_it_reads_booleans_in_the_usual_spellings(self):
        for raw, expected in [
            ("1", True),
            ("yes", True),
            ("On", True),
            ("0", False),
            ("off", False),
        ]:
            with self.subTest(raw=raw), mock.patch.dict(os.environ, {"DK_FLAG": raw}):
                self.assertIs(env.env_bool("DK_FLAG", not expected), expected)

    @mock.patch.dict(os.environ, {"DK_EMPTY": "  "})
    def test_it_uses_the_default_for_an_empty_value(self):
        self.assertEqual(env.env_int("DK_EMPTY", 7), 7)

    @mock.patch.dict(os.environ, {"DK_NUMBER": "0"})
    def test_it_refuses_a_number_below_the_minimum(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "DK_NUMBER must be at least 1"):
            env.env_int("DK_NUMBER", 5, minimum=1)

    def test_it_falls_back_to_sqlite_without_database_url(self):
        config = env.env_database("DK_UNSET_DATABASE", sqlite_path="/tmp/x.sqlite3")
        self.assertEqual(config["ENGINE"], "django.db.backends.sqlite3")
        self.assertEqual(config["NAME"], "/tmp/x.sqlite3")

    @mock.patch.dict(os.environ, {"DK_DB": "postgres://postgres@127.0.0.1:5432/digikunta"})
    def test_it_reads_a_postgres_url(self):
        config = env.env_database("DK_DB", sqlite_path="/tmp/x.sqlite3")
        self.assertEqual(config["ENGINE"], "django.db.backends.postgresql")
        self.assertEqual(config["NAME"], "digikunta")
