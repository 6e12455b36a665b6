"""The admin login locks out after repeated wrong passwords (django-axes), says so in the
language of the URL, and a command unlocks it."""

from datetime import timedelta
from io import StringIO
from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from tests.base import BaseTestCase, log_in

PASSWORD = "salasana-123"  # the coordinator's, in tests.base


# A quick hash, for the many passwords tried here; the lockout is the same with any.
@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class LoginLockoutTestCase(BaseTestCase):
    def guess(self, times, *, language="fi", address="192.0.2.10"):
        for _ in range(times):
            response = self.client.post(
                f"/{language}/admin/login/",
                {"username": "koordinaattori", "password": "arvaus", "next": "/fi/admin/"},
                REMOTE_ADDR=address,
            )
        return response

    def log_in(self, *, language="fi", address="192.0.2.10"):
        return self.client.post(
            f"/{language}/admin/login/",
            {"username": "koordinaattori", "password": PASSWORD, "next": f"/{language}/admin/"},
            REMOTE_ADDR=address,
        )

    def assertLoggedIn(self, response, language="fi"):
        self.assertRedirects(response, f"/{language}/admin/", fetch_redirect_response=False)
        self.assertEqual(self.client.get(f"/{language}/admin/").status_code, 200)

    def assertLockedOut(self, response):
        self.assertEqual(response.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertEqual(self.client.get("/fi/admin/").status_code, 302, "to the login page")

    def test_a_person_who_mistypes_a_few_times_still_logs_in(self):
        self.guess(settings.AXES_FAILURE_LIMIT - 1)
        self.assertLoggedIn(self.log_in())

    def test_after_thirty_wrong_passwords_the_right_one_does_not_log_in(self):
        self.guess(30)
        self.assertLockedOut(self.log_in())

    def test_the_lockout_command_unlocks_at_once(self):
        self.guess(30)
        call_command("axes_reset", stdout=StringIO())
        self.assertLoggedIn(self.log_in())

    def test_one_username_can_be_unlocked(self):
        self.guess(settings.AXES_FAILURE_LIMIT)
        call_command("axes_reset_username", "koordinaattori", stdout=StringIO())
        self.assertLoggedIn(self.log_in())

    def test_it_unlocks_itself_after_the_cool_off_time(self):
        self.guess(settings.AXES_FAILURE_LIMIT)
        self.assertLockedOut(self.log_in())
        later = timezone.now() + settings.AXES_COOLOFF_TIME + timedelta(minutes=1)
        # axes reads the time through these two names.
        with (
            mock.patch("axes.attempts.now", return_value=later),
            mock.patch("axes.handlers.proxy.now", return_value=later),
        ):
            self.assertLoggedIn(self.log_in())

    def test_the_lock_is_for_that_username_from_that_address(self):
        self.guess(30, address="198.51.100.66")
        self.assertLoggedIn(self.log_in(address="192.0.2.10"))

    def test_the_lockout_page_is_in_finnish_on_the_finnish_admin(self):
        response = self.guess(settings.AXES_FAILURE_LIMIT, language="fi")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, '<html lang="fi">', status_code=429)
        self.assertContains(response, "<h1>Kirjautuminen on lukittu hetkeksi</h1>", status_code=429)
        self.assertContains(response, "Yritä uudelleen 30 minuutin kuluttua.", status_code=429)
        self.assertContains(response, 'href="/fi/admin/login/"', status_code=429)
        self.assertEqual(response["Retry-After"], "1800")

    def test_the_lockout_page_is_in_swedish_on_the_swedish_admin(self):
        response = self.guess(settings.AXES_FAILURE_LIMIT, language="sv")
        self.assertContains(response, '<html lang="sv">', status_code=429)
        self.assertContains(response, "<h1>Inloggningen är låst en stund</h1>", status_code=429)
        self.assertContains(response, "Lösenordet var fel 5 gånger i rad", status_code=429)
        self.assertContains(response, "Försök igen om 30 minuter.", status_code=429)
        self.assertContains(response, 'href="/sv/admin/login/"', status_code=429)

    def test_a_coordinator_logged_in_by_the_tests_is_not_counted(self):
        self.client.force_login(self.coordinator)
        self.assertEqual(self.client.get("/fi/admin/").status_code, 200)
        self.client.logout()
        self.assertLoggedIn(log_in(self.client, "koordinaattori", PASSWORD))
