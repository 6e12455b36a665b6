"""Public pages are compressed; pages with a CSRF token or private data are not (BREACH)."""

from django.test import TestCase

from tests.factories import CallFactory, make_registration

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


class CompressionTestCase(TestCase):
    def test_public_pages_are_compressed(self):
        make_registration()
        for url in ["/fi/", "/sv/forsok/", "/fi/tilastot/", "/sv/kommuner/"]:
            with self.subTest(url):
                response = self.client.get(url, **GZIP)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response["Content-Encoding"], "gzip")

    def test_a_page_with_a_csrf_token_is_not(self):
        call = CallFactory()
        response = self.client.get(f"/fi/ilmoittaudu/{call.slug}/kokeilija/", **GZIP)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "csrfmiddlewaretoken")
        self.assertFalse(response.has_header("Content-Encoding"))

    def test_the_admin_is_not(self):
        response = self.client.get("/fi/admin/login/", **GZIP)
        self.assertFalse(response.has_header("Content-Encoding"))
