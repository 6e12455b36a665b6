from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from django.utils.translation import override

from registrations.models import LinkRequest, Registration, Status
from registrations.services.privacy import apply_retention
from tests.base import BaseTestCase
from tests.factories import CallFactory, make_registration
from tests.registrations.people import (
    ADDRESS,
    NAME,
    PHONE,
    UNRELATED_ADDRESS,
    maija_everywhere,
)
from tests.traces import traces


class RetentionTestCase(TestCase):
    """The privacy notice's promises, kept."""

    def setUp(self):
        self.now = timezone.now()

    def age(self, registration, days):
        Registration.objects.filter(pk=registration.pk).update(
            updated_at=self.now - timedelta(days=days)
        )

    def test_it_deletes_rejected_and_withdrawn_registrations_after_a_year(self):
        old_rejected = make_registration(status=Status.REJECTED)
        old_withdrawn = make_registration(status=Status.WITHDRAWN)
        recent_rejected = make_registration(status=Status.REJECTED)
        old_accepted = make_registration(status=Status.ACCEPTED)
        for registration in (old_rejected, old_withdrawn, old_accepted):
            self.age(registration, 366)
        self.age(recent_rejected, 300)
        deleted, _ = apply_retention(now=self.now)
        self.assertEqual(deleted, 2)
        self.assertEqual(set(Registration.objects.all()), {recent_rejected, old_accepted})

    def test_it_removes_the_contact_person_two_years_after_the_call(self):
        old_call = CallFactory(
            opens_at=self.now - timedelta(days=900), closes_at=self.now - timedelta(days=800)
        )
        old = make_registration(call=old_call, contact_email="vanha@kunta.example")
        recent = make_registration(contact_email="uusi@kunta.example")
        _, anonymised = apply_retention(now=self.now)
        self.assertEqual(anonymised, 1)
        old.refresh_from_db()
        recent.refresh_from_db()
        self.assertEqual((old.contact_name, old.contact_email, old.contact_phone), ("", "", ""))
        self.assertEqual(old.title, "Chatbotti asiakaspalveluun", "the experiment itself stays")
        self.assertEqual(recent.contact_email, "uusi@kunta.example")

    def test_the_command_reports_what_it_did(self):
        out = StringIO()
        call_command("apply_retention", stdout=out)
        self.assertIn(
            "Deleted 0 closed registrations; removed the contact person of 0.", out.getvalue()
        )


class RetentionReachesEveryCopyTestCase(BaseTestCase):
    """Retention removes the contact person from the registration, its history, decision
    messages and e-mails: afterwards the address, name and phone are in no table at all."""

    def setUp(self):
        self.now = timezone.now()
        self.maija = maija_everywhere(coordinator=self.coordinator)
        old_call = CallFactory(
            opens_at=self.now - timedelta(days=900), closes_at=self.now - timedelta(days=800)
        )
        # Every registration that holds Maija was in a call that ended long ago …
        in_old_call = [self.maija.accepted.pk, self.maija.handed_over.pk, self.maija.unrelated.pk]
        Registration.objects.filter(pk__in=in_old_call).update(call=old_call)
        Registration.history.filter(id__in=in_old_call).update(call_id=old_call.pk)
        # … or was rejected over a year ago.
        Registration.objects.filter(pk=self.maija.rejected.pk).update(
            updated_at=self.now - timedelta(days=400)
        )

    def test_after_retention_the_address_name_and_phone_are_in_no_table(self):
        self.assertTrue(traces(ADDRESS, NAME, PHONE))
        deleted, anonymised = apply_retention(now=self.now)
        self.assertEqual((deleted, anonymised), (1, 3))
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [])

    def test_the_registrations_and_their_history_stay(self):
        apply_retention(now=self.now)
        accepted = Registration.objects.get(pk=self.maija.accepted.pk)
        self.assertEqual(accepted.title, "Chatbotti kirjastoon")
        self.assertEqual(accepted.decisions.get().status, Status.ACCEPTED)
        self.assertEqual(accepted.decisions.get().message, "")
        latest = accepted.history.first()
        self.assertEqual(latest.history_change_reason, "retention")
        self.assertGreater(accepted.history.count(), 2)
        deleted = Registration.history.filter(id=self.maija.rejected.pk)
        self.assertEqual(deleted.first().history_type, "-")
        self.assertEqual(deleted.first().history_change_reason, "retention")

    def test_a_registration_of_a_recent_call_keeps_its_contact(self):
        recent = make_registration(contact_email="tuore@kunta.example")
        apply_retention(now=self.now)
        recent.refresh_from_db()
        self.assertEqual(recent.contact_email, "tuore@kunta.example")
        self.assertEqual(traces(UNRELATED_ADDRESS), [])

    def test_it_cleans_up_what_the_earlier_retention_left(self):
        # The first version blanked only the registration's own contact fields.
        Registration.objects.filter(pk=self.maija.accepted.pk).update(
            contact_name="", contact_email="", contact_phone=""
        )
        apply_retention(now=self.now)
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [])

    def test_running_it_again_changes_nothing(self):
        apply_retention(now=self.now)
        rows = Registration.history.count()
        self.assertEqual(apply_retention(now=self.now), (0, 0))
        self.assertEqual(Registration.history.count(), rows)

    def test_the_command_is_named_in_the_history(self):
        call_command("apply_retention", stdout=StringIO())
        latest = Registration.history.filter(id=self.maija.accepted.pk).first()
        self.assertEqual(latest.history_source, "command:apply_retention")
        with override("fi"):
            self.assertEqual(latest.changed_by, "komento apply_retention")
        with override("sv"):
            self.assertEqual(latest.changed_by, "kommandot apply_retention")


class RetentionOfDeletedRegistrationsTestCase(BaseTestCase):
    def test_a_deleted_registrations_history_loses_its_contact_after_a_year(self):
        now = timezone.now()
        registration = make_registration(contact_email="poistettu@kunta.example")
        pk = registration.pk
        kept = make_registration(contact_email="tuore@kunta.example")
        registration.delete()
        kept.delete()
        Registration.history.filter(id=pk, history_type="-").update(
            history_date=now - timedelta(days=400)
        )
        apply_retention(now=now)
        self.assertEqual(traces("poistettu@kunta.example"), [])
        self.assertTrue(traces("tuore@kunta.example"), "deleted less than a year ago")
        self.assertEqual(Registration.history.filter(id=pk).count(), 2, "the history stays")


class RetentionOfShortLivedDataTestCase(BaseTestCase):
    """A request for new links and a failed admin login hold an address for a short while."""

    def test_a_request_no_worker_took_is_gone_after_a_day(self):
        now = timezone.now()
        old = LinkRequest.objects.create(email="vanha@kunta.example")
        LinkRequest.objects.filter(pk=old.pk).update(requested_at=now - timedelta(days=2))
        LinkRequest.objects.create(email="tuore@kunta.example")
        apply_retention(now=now)
        self.assertEqual(traces("vanha@kunta.example"), [])
        self.assertTrue(traces("tuore@kunta.example"), "the worker may still take it")

    def test_failed_admin_logins_are_gone_once_their_lockout_has_passed(self):
        for _ in range(2):
            self.client.post(
                "/fi/admin/login/?next=/fi/admin/",
                {"username": "arvaaja@kunta.example", "password": "väärin"},
            )
        self.assertTrue(traces("arvaaja@kunta.example"), "kept while it can lock")
        apply_retention(now=timezone.now())
        self.assertTrue(traces("arvaaja@kunta.example"), "the lockout is not over yet")
        apply_retention(now=timezone.now() + timedelta(hours=1))
        self.assertEqual(traces("arvaaja@kunta.example"), [])
