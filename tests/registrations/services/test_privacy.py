from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from registrations.models import Registration, Status
from registrations.services.privacy import apply_retention
from tests.factories import CallFactory, make_registration


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
