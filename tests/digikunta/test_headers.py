"""Security headers: the Content-Security-Policy on every page with nothing inline left for it to
block, the Permissions-Policy, and no caching of pages with a contact person's data."""

import re

from django.test import Client, TestCase

from registrations.models import Status
from registrations.services.links import make_token
from tests.base import BaseTestCase
from tests.factories import CallFactory, make_registration

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}
# What a strict policy blocks: a script or style written in the page, or an attribute with one.
INLINE = [
    (re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I), "an inline script"),
    (re.compile(r"<style\b", re.I), "a style element"),
    (re.compile(r"\sstyle=", re.I), "a style attribute"),
    (re.compile(r"\son[a-z]+=", re.I), "an event handler attribute"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


def directives(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in header.split(";") if part.strip()
    )


class HeadersTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.call = CallFactory(slug="digiverkosto")
        cls.experiment = make_registration(call=cls.call, status=Status.ACCEPTED)
        cls.waiting = make_registration(call=cls.call, status=Status.SUBMITTED)

    def public_paths(self, language):
        token = make_token(self.waiting)
        if language == "fi":
            return [
                "/fi/",
                "/fi/kokeilut/",
                f"/fi/kokeilut/{self.experiment.reference}/",
                "/fi/kunnat/",
                f"/fi/kunnat/{self.experiment.lead_municipality.code}/",
                "/fi/aiheet/",
                "/fi/tilastot/",
                "/fi/haut/digiverkosto/",
                "/fi/ilmoittaudu/",
                "/fi/ilmoittaudu/digiverkosto/kokeilija/",
                "/fi/oma-ilmoittautuminen/",
                f"/fi/oma-ilmoittautuminen/{token}/",
                f"/fi/oma-ilmoittautuminen/{token}/muokkaa/",
                "/fi/tietoa/",
                "/fi/tietosuoja/",
                "/fi/ei-ole/",
            ]
        return [
            "/sv/",
            "/sv/forsok/",
            f"/sv/forsok/{self.experiment.reference}/",
            "/sv/kommuner/",
            "/sv/teman/",
            "/sv/statistik/",
            "/sv/anmalan/digiverkosto/vaikuttaja/",
            f"/sv/min-anmalan/{token}/",
            "/sv/finns-inte/",
        ]

    def admin_paths(self, language):
        return [
            f"/{language}/admin/",
            f"/{language}/admin/registrations/registration/",
            f"/{language}/admin/registrations/registration/{self.waiting.pk}/change/",
            f"/{language}/admin/registrations/call/{self.call.pk}/change/",
            f"/{language}/admin/network/topic/add/",
            f"/{language}/admin/network/organisation/",
        ]

    def assertStrict(self, response, path):
        self.assertEqual(directives(response) | POLICY, directives(response), path)
        self.assertNotIn("unsafe-inline", response["Content-Security-Policy"], path)
        html = response.content.decode()
        for pattern, what in INLINE:
            found = pattern.search(html)
            self.assertIsNone(found, f"{path} has {what}: {found and found.group(0)}")

    def test_every_public_page_has_the_policy_and_nothing_inline(self):
        for language in ("fi", "sv"):
            for path in self.public_paths(language):
                with self.subTest(path=path):
                    response = self.client.get(path)
                    self.assertIn(response.status_code, (200, 404))
                    self.assertStrict(response, path)

    def test_the_admin_has_the_same_policy_and_nothing_inline(self):
        for language in ("fi", "sv"):
            self.assertStrict(self.client.get(f"/{language}/admin/login/"), "login")
        self.client.force_login(self.coordinator)
        for language in ("fi", "sv"):
            for path in self.admin_paths(language):
                with self.subTest(path=path):
                    response = self.client.get(path)
                    self.assertEqual(response.status_code, 200, path)
                    self.assertStrict(response, path)

    def test_the_error_pages_have_the_policy(self):
        client = Client(raise_request_exception=False)
        with self.assertLogs("digikunta.input_guard", "WARNING"):
            response = client.get("/sv/forsok/", {"q": "\x00"})
        self.assertEqual(response.status_code, 400)
        self.assertStrict(response, "400")

    def test_every_page_turns_the_browsers_powerful_features_off(self):
        for path in ["/fi/", "/sv/forsok/", "/fi/admin/login/", "/healthz"]:
            with self.subTest(path=path):
                policy = self.client.get(path)["Permissions-Policy"]
                for feature in ["camera", "microphone", "geolocation", "payment", "usb"]:
                    self.assertIn(f"{feature}=()", policy)

    def test_pages_with_a_contact_persons_data_are_never_cached(self):
        token = make_token(self.waiting)
        for path in [
            f"/fi/oma-ilmoittautuminen/{token}/",
            f"/sv/min-anmalan/{token}/andra/",
            "/fi/oma-ilmoittautuminen/",
            "/sv/min-anmalan/",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                self.assertCacheControl(response, path)

    def test_the_admin_is_never_cached(self):
        for path in ["/fi/admin/login/", "/sv/admin/login/"]:
            self.assertCacheControl(self.client.get(path), path)
        self.client.force_login(self.coordinator)
        for language in ("fi", "sv"):
            for path in self.admin_paths(language):
                with self.subTest(path=path):
                    self.assertCacheControl(self.client.get(path), path)

    def test_public_pages_may_be_cached(self):
        self.assertNotIn("no-store", self.client.get("/fi/kokeilut/").get("Cache-Control", ""))

    def assertCacheControl(self, response, path):
        directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
        self.assertLessEqual({"private", "no-store"}, directives, path)


class ExpiredLinkTestCase(TestCase):
    def test_the_expired_link_page_is_not_cached_either(self):
        registration = make_registration(status=Status.SUBMITTED)
        token = make_token(registration)
        with self.settings(REGISTRATION_LINK_DAYS=-1):
            response = self.client.get(f"/sv/min-anmalan/{token}/")
        self.assertEqual(response.status_code, 410)
        self.assertIn("no-store", response["Cache-Control"])
