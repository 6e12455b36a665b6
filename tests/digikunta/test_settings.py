import os
import secrets
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
    ours = {
        "DEBUG",
        "SECRET_KEY",
        "DATABASE_URL",
        "COORDINATOR_EMAILS",
        "EMAIL_PORT",
        "REDIS_URL",
        "RATELIMIT_LINKS_PER_ADDRESS",
    }
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

    def test_it_names_a_malformed_redis_url_without_repeating_its_password(self):
        result = start_django(DEBUG="true", REDIS_URL="redis://:hemligt@127.0.0.1:six/0")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("REDIS_URL is not a Redis URL", result.stderr)
        self.assertNotIn("hemligt", result.stderr)

    def test_it_names_a_malformed_rate_limit(self):
        result = start_django(DEBUG="true", RATELIMIT_LINKS_PER_ADDRESS="three an hour")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("RATELIMIT_LINKS_PER_ADDRESS must be a number of requests", result.stderr)

    def test_it_starts_with_a_redis_url(self):
        result = start_django(DEBUG="true", REDIS_URL="redis://127.0.0.1:6379/2")
        self.assertEqual(result.returncode, 0, result.stderr)

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

    def test_it_uses_each_processs_own_memory_without_redis_url(self):
        config = env.env_cache("DK_UNSET_REDIS")
        self.assertEqual(config["BACKEND"], "django.core.cache.backends.locmem.LocMemCache")

    @mock.patch.dict(os.environ, {"DK_REDIS": "redis://127.0.0.1:6379/2"})
    def test_it_reads_a_redis_url(self):
        config = env.env_cache("DK_REDIS")
        self.assertEqual(config["BACKEND"], "django.core.cache.backends.redis.RedisCache")
        self.assertEqual(config["LOCATION"], "redis://127.0.0.1:6379/2")

    def test_it_refuses_what_is_not_a_redis_url(self):
        for value, message in [
            ("http://127.0.0.1:6379/0", "DK_REDIS must start with redis://"),
            ("redis://127.0.0.1:port/0", "DK_REDIS is not a Redis URL"),
            ("redis:///0", "DK_REDIS must name the Redis host"),
            ("redis://127.0.0.1:6379/cache", "DK_REDIS must end with a database number"),
        ]:
            with (
                self.subTest(value),
                mock.patch.dict(os.environ, {"DK_REDIS": value}),
                self.assertRaisesMessage(ImproperlyConfigured, message),
            ):
                env.env_cache("DK_REDIS")

    def test_it_reads_rates_as_django_ratelimit_does(self):
        for value in ["10/h", "3/d", "100/15m"]:
            with self.subTest(value), mock.patch.dict(os.environ, {"DK_RATE": value}):
                self.assertEqual(env.env_rate("DK_RATE", "1/s"), value)
        self.assertEqual(env.env_rate("DK_UNSET_RATE", "10/h"), "10/h")
        for value in ["0/h", "ten/h", "10/week", "10"]:
            with (
                self.subTest(value),
                mock.patch.dict(os.environ, {"DK_RATE": value}),
                self.assertRaisesMessage(ImproperlyConfigured, "DK_RATE must be a number"),
            ):
                env.env_rate("DK_RATE", "1/s")


def readme_production_environment() -> dict[str, str]:
    """The variables of the README's production example (the /etc/digikunta/env block), as
    written; a value in <angle brackets> is the one the reader makes, as it says."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n# /etc/digikunta/env\n", 1)[1].split("```", 1)[0]
    variables = dict(line.split("=", 1) for line in block.splitlines() if line.strip())
    return {
        name: secrets.token_urlsafe(50) if value.startswith("<") else value
        for name, value in variables.items()
    }


def check_deploy(variables) -> subprocess.CompletedProcess:
    """manage.py check --deploy with exactly these variables (and PATH) in its environment."""
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **variables},
        capture_output=True,
        text=True,
        timeout=60,
    )


class DeployCheckTestCase(SimpleTestCase):
    def test_the_readmes_production_example_passes_check_deploy_without_a_warning(self):
        variables = readme_production_environment()
        self.assertEqual(variables["DEBUG"], "false")
        result = check_deploy(variables)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        # django-ratelimit does not know Django's own RedisCache by name (settings: its W001).
        self.assertIn("System check identified no issues", result.stdout)

    def test_hsts_for_subdomains_and_preloading_come_from_the_environment(self):
        variables = readme_production_environment()
        variables.update(SECURE_HSTS_INCLUDE_SUBDOMAINS="false", SECURE_HSTS_PRELOAD="false")
        result = check_deploy(variables)
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("security.W005", result.stderr)
        self.assertIn("security.W021", result.stderr)

    def test_it_names_a_log_format_it_does_not_know(self):
        result = start_django(DEBUG="true", LOG_FORMAT="xml")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("LOG_FORMAT must be plain or json", result.stderr)
