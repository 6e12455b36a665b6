from unittest import mock

from django.test import TestCase

from registrations.opendata.api.throttling import PerAddress


@mock.patch.object(PerAddress, "THROTTLE_RATES", {"api": "3/m"})
class ApiThrottlingTestCase(TestCase):
    def test_it_limits_requests_per_address_with_a_message_in_the_asked_language(self):
        for _ in range(3):
            self.assertEqual(self.client.get("/api/v1/topics/").status_code, 200)
        response = self.client.get("/api/v1/topics/", HTTP_ACCEPT_LANGUAGE="sv")
        self.assertEqual(response.status_code, 429)
        self.assertIn("Retry-After", response.headers)
        self.assertEqual(
            response.json()["detail"],
            "För många förfrågningar från din adress. Försök igen om 60 sekunder.",
        )
        # Another address has its own count.
        other = self.client.get("/api/v1/topics/", REMOTE_ADDR="192.0.2.9")
        self.assertEqual(other.status_code, 200)
