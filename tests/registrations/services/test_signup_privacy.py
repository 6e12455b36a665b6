"""Sign-ups in the privacy notice's promises: anonymised six months after the event by the
retention command, found, exported and erased by address; afterwards the person is in no
table at all."""

import json
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from digikunta import audit
from registrations.models import SignUp
from registrations.services import personal_data, signup_privacy
from registrations.services import signups as services
from tests.base import BaseTestCase
from tests.factories import EventFactory, make_signup
from tests.outbox import deliver
from tests.traces import traces

ADDRESS = "sanna.salonen@kunta.example"
NAME = "Sanna Salonen"
NEEDS = "Gluteeniton ruokavalio"


class SignUpRetentionTestCase(BaseTestCase):
    def setUp(self):
        self.now = timezone.now()
        self.event = EventFactory(capacity=1, waiting_capacity=1)
        self.signup = make_signup(self.event, name=NAME, email=ADDRESS, needs=NEEDS)
        # Someone else's, moved up when Sanna cancels: her e-mails and history rows multiply.
        make_signup(self.event, name="Olli Ojala", email="olli@example.fi")
        services.cancel(signup_id=self.signup.pk)
        deliver()

    def end_event(self, days_ago: int):
        ends = self.now - timedelta(days=days_ago)
        type(self.event).objects.filter(pk=self.event.pk).update(
            starts_at=ends - timedelta(hours=3), ends_at=ends
        )

    def test_it_keeps_a_sign_up_for_six_months_after_the_event(self):
        self.end_event(days_ago=170)
        self.assertEqual(signup_privacy.apply_retention(now=self.now, reason="retention"), 0)
        self.assertTrue(traces(ADDRESS, NAME, NEEDS))

    def test_afterwards_the_person_is_in_no_table_but_the_count_stays(self):
        self.end_event(days_ago=200)
        out = StringIO()
        call_command("apply_retention", stdout=out)
        self.assertIn("Anonymised 2 event sign-ups.", out.getvalue())
        self.assertEqual(traces(ADDRESS, NAME, NEEDS), [])
        signup = SignUp.objects.get(pk=self.signup.pk)
        self.assertEqual((signup.status, signup.language), ("cancelled", "fi"))
        self.assertIsNotNone(signup.anonymised_at)
        self.assertEqual(signup.history.first().history_change_reason, audit.RETENTION)
        self.assertEqual(SignUp.objects.filter(event=self.event).count(), 2)

    def test_running_it_again_changes_nothing(self):
        self.end_event(days_ago=200)
        signup_privacy.apply_retention(now=self.now, reason="retention")
        rows = SignUp.history.count()
        self.assertEqual(signup_privacy.apply_retention(now=self.now, reason="retention"), 0)
        self.assertEqual(SignUp.history.count(), rows)


class SignUpPersonalDataTestCase(BaseTestCase):
    def setUp(self):
        self.signup = make_signup(EventFactory(), name=NAME, email=ADDRESS, needs=NEEDS)
        deliver()

    def test_find_and_export_hold_the_sign_up_and_its_emails(self):
        holdings = personal_data.find(address=ADDRESS.upper(), by=self.coordinator)
        self.assertEqual(list(holdings.signups), [self.signup])
        self.assertEqual(holdings.emails.count(), 1)
        data = json.loads(personal_data.export(address=ADDRESS, by=self.coordinator))
        self.assertEqual(data["signups"][0]["fields"]["needs"], NEEDS)
        self.assertTrue(data["signup_history"])

    def test_erasure_frees_the_seat_for_the_first_waiting(self):
        event = EventFactory(capacity=1, waiting_capacity=1)
        held = make_signup(event, name=NAME, email=ADDRESS)
        waiting = make_signup(event, name="Olli Ojala", email="olli@example.fi")
        personal_data.erase(address=ADDRESS, by=self.coordinator)
        held.refresh_from_db()
        waiting.refresh_from_db()
        self.assertEqual((held.status, held.name), ("cancelled", ""))
        self.assertEqual(waiting.status, "attending")

    def test_erasure_leaves_no_trace(self):
        counts = personal_data.erase(address=ADDRESS, by=self.coordinator)
        self.assertEqual(counts["signups"], 1)
        self.assertEqual(traces(ADDRESS, NAME, NEEDS), [])
        self.signup.refresh_from_db()
        self.assertEqual(self.signup.history.first().history_change_reason, audit.ERASURE)
