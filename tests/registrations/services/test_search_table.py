"""The search table is kept in step by the services: never stale once a write commits."""

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase
from django.utils import timezone

from registrations.models import Registration, SearchEntry, Status
from registrations.public.browsing import Filters, browse
from registrations.public.shared_cache import data_version
from registrations.services.decisions import decide
from registrations.services.removal import delete_registrations
from registrations.services.search_table import check_search_table, rebuild_search_table
from tests.factories import make_registration


def titles(**filters) -> set[str]:
    results = browse(Filters(**filters), today=timezone.localdate()).results
    return {registration.title for registration in results[: len(results)]}


class SearchTableTestCase(TestCase):
    def test_a_submission_is_not_in_it_and_does_not_move_the_version(self):
        before = data_version()
        make_registration(status=Status.SUBMITTED, title="Kesken")
        self.assertEqual(SearchEntry.objects.count(), 0)
        self.assertEqual(data_version(), before)

    def test_publishing_withdrawing_and_deleting_are_seen_at_once(self):
        registration = make_registration(status=Status.SUBMITTED, title="Chatbotti")
        versions = [data_version()]
        decide(registration=registration, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(titles(q="chatbotti"), {"Chatbotti"})
        versions.append(data_version())
        decide(registration=registration, status=Status.WITHDRAWN, message="", by=None)
        self.assertEqual(titles(q="chatbotti"), set())
        versions.append(data_version())
        decide(registration=registration, status=Status.ACCEPTED, message="", by=None)
        delete_registrations(registrations=Registration.objects.filter(pk=registration.pk))
        self.assertEqual(titles(), set())
        versions.append(data_version())
        self.assertEqual(versions, sorted(set(versions)))

    def test_the_check_finds_a_stale_row_and_the_rebuild_mends_it(self):
        make_registration(title="Yksi")
        make_registration(title="Kaksi")
        self.assertEqual(check_search_table(), [])
        SearchEntry.objects.filter(registration__title="Yksi").update(keys=[])
        SearchEntry.objects.filter(registration__title="Kaksi").delete()
        self.assertEqual(len(check_search_table()), 2)
        with self.assertRaises(CommandError):
            call_command("search_table", stdout=None, stderr=None)
        self.assertEqual(rebuild_search_table(), 2)
        self.assertEqual(check_search_table(), [])
        self.assertEqual(titles(), {"Yksi", "Kaksi"})
