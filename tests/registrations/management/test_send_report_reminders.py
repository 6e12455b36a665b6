"""Report reminders: before and after each deadline, each once, however often the command runs,
in the contact person's language."""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from registrations.models import EmailKind, ReportReminder, SentEmail, Status
from registrations.services import report_deadlines
from tests.factories import CallFactory, make_registration
from tests.outbox import deliver


def run():
    call_command("send_report_reminders", stdout=io.StringIO())


class RemindersTestCase(TestCase):
    def setUp(self):
        today = timezone.localdate()
        self.call = CallFactory(
            progress_report_due=today + timedelta(days=5),
            final_report_due=today - timedelta(days=2),
        )
        self.finnish = make_registration(call=self.call, contact_language="fi")
        self.swedish = make_registration(
            call=self.call, contact_language="sv", contact_email="anna@kommun.example"
        )
        deliver()
        mail.outbox = []

    def test_each_reminder_is_sent_once_however_often_it_runs(self):
        run()
        run()
        reminders = SentEmail.objects.filter(kind=EmailKind.REPORT_REMINDER)
        # Two registrations: the progress report soon due, the final report overdue.
        self.assertEqual(reminders.count(), 4)
        self.assertEqual(ReportReminder.objects.count(), 4)

    def test_they_are_in_the_contacts_language_with_a_fresh_link(self):
        run()
        messages = {
            m.to[0]: m
            for m in deliver()
            if "väliraportin" in m.subject or "lägesrapporten" in m.subject
        }
        finnish = messages[self.finnish.contact_email]
        swedish = messages["anna@kommun.example"]
        self.assertIn("Ilmoittautumisen", finnish.subject)
        self.assertIn("/fi/oma-ilmoittautuminen/", finnish.body)
        self.assertIn("Sista dag för lägesrapporten", swedish.subject)
        self.assertIn("/sv/min-anmalan/", swedish.body)

    def test_a_delivered_report_is_not_reminded_of(self):
        from tests.registrations.admin.test_reports import sent_report

        sent_report(self.finnish)
        run()
        finals = ReportReminder.objects.filter(kind="final")
        self.assertEqual([r.registration for r in finals], [self.swedish])

    def test_registrations_not_accepted_and_far_deadlines_get_none(self):
        make_registration(call=self.call, status=Status.SUBMITTED)
        later = CallFactory(final_report_due=timezone.localdate() + timedelta(days=60))
        make_registration(call=later)
        run()
        self.assertEqual(ReportReminder.objects.count(), 4)

    def test_the_overdue_list_has_the_final_reports(self):
        rows = report_deadlines.overdue(today=timezone.localdate())
        self.assertEqual({row.registration for row in rows}, {self.finnish, self.swedish})
        self.assertEqual({row.kind for row in rows}, {"final"})
