"""Public pages read from the read replica; writes, the admin and the private pages use the
primary. The test settings make "replica" a second alias of the test database (a mirror)."""

from unittest import mock, skipUnless

from django.contrib.auth.models import User
from django.db import connection, connections
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from digikunta.routers import REPLICA, ReplicaRouter, reading_public_data, stop_reading_public_data
from registrations.models import Registration


class RouterTestCase(TestCase):
    def test_it_sends_a_public_pages_reads_to_the_replica_and_the_rest_to_the_primary(self):
        router = ReplicaRouter()
        self.assertEqual(router.db_for_read(Registration), "default")
        token = reading_public_data()
        try:
            expected = REPLICA if REPLICA in connections.settings else "default"
            # Inside a test's transaction on the primary, reads stay there.
            self.assertEqual(router.db_for_read(Registration), "default")
            self.assertEqual(router.db_for_write(Registration), "default")
        finally:
            stop_reading_public_data(token)
        self.assertIn(expected, {REPLICA, "default"})
        self.assertTrue(router.allow_migrate("default", "registrations"))
        self.assertFalse(router.allow_migrate(REPLICA, "registrations"))


@skipUnless(
    connection.vendor == "postgresql" and REPLICA in connections.settings,
    "a second alias of the test database is set up on PostgreSQL only",
)
class ReplicaTestCase(TestCase):
    """The replica is a second connection to the test database: it sees what was there before
    the test (the data of the migrations), not the test's own uncommitted rows; what is
    checked is where each page's queries go."""

    databases = {"default", REPLICA}

    def setUp(self):
        # A test runs inside a transaction on the primary, which would keep every read there.
        patcher = mock.patch.object(ReplicaRouter, "in_transaction", return_value=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.staff = User.objects.create_superuser("koordinaattori", "k@vm.example", "salasana-1")

    def queries(self, url):
        with (
            CaptureQueriesContext(connections["default"]) as primary,
            CaptureQueriesContext(connections[REPLICA]) as replica,
        ):
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(primary), len(replica), response

    def test_public_pages_read_from_the_replica(self):
        for url in ["/fi/kokeilut/", "/sv/forsok/?q=chatbot&role=kokeilija", "/fi/tilastot/"]:
            with self.subTest(url):
                primary, replica, _response = self.queries(url)
                self.assertEqual(primary, 0)
                self.assertGreater(replica, 0)

    def test_the_admin_reads_from_the_primary(self):
        self.client.force_login(self.staff)
        primary, replica, _response = self.queries("/fi/admin/registrations/registration/")
        self.assertGreater(primary, 0)
        self.assertEqual(replica, 0)
