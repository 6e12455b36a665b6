"""The outbox: e-mail is queued with the change it tells of and sent by the mail worker, which
tries again with growing pauses, gives up visibly, and never sends one message twice."""

import smtplib
import threading
import time
from datetime import timedelta
from io import StringIO
from unittest import skipUnless

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.test import TestCase, TransactionTestCase, override_settings
from django.utils import timezone

from registrations.models import EmailState, LinkRequest, SentEmail, Status
from registrations.services import mail as site_mail
from registrations.services import outbox
from registrations.services.decisions import decide
from tests.factories import make_registration

FAILING = "tests.registrations.services.test_outbox.FailingBackend"
SLOW = "tests.registrations.services.test_outbox.SlowBackend"


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class SlowBackend(LocmemBackend):
    """A mail server that takes its time, so that two workers overlap."""

    def send_messages(self, messages):
        time.sleep(0.02)
        return super().send_messages(messages)


class QueueTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.registration = make_registration(
            status=Status.SUBMITTED, contact_email="maija@kunta.example", contact_language="sv"
        )

    def test_a_message_is_queued_rendered_and_sent_by_the_worker_only(self):
        queued = site_mail.queue_confirmation(self.registration)
        self.assertEqual(mail.outbox, [], "nothing is sent in the request")
        self.assertEqual(queued.state, EmailState.QUEUED)
        self.assertIn("/sv/min-anmalan/", queued.text_body)
        self.assertIn('<html lang="sv">', queued.html_body)

        out = StringIO()
        call_command("send_mail", "--once", stdout=out)
        self.assertIn("E-mail sent: 1", out.getvalue())
        (email,) = mail.outbox
        self.assertEqual(email.to, ["maija@kunta.example"])
        self.assertEqual(email.subject, queued.subject)
        self.assertIn("/sv/min-anmalan/", email.body)
        self.assertEqual(email.alternatives[0][1], "text/html")

    def test_once_sent_the_private_link_is_not_kept(self):
        queued = site_mail.queue_confirmation(self.registration)
        outbox.work()
        queued.refresh_from_db()
        self.assertEqual(queued.state, EmailState.SENT)
        self.assertEqual((queued.text_body, queued.html_body), ("", ""))
        self.assertEqual(queued.attempts, 1)
        self.assertIsNotNone(queued.sent_at)
        self.assertIn(self.registration.reference, queued.subject, "the log stays")

    def test_a_message_exists_exactly_when_its_change_does(self):
        with self.assertRaises(RuntimeError), transaction.atomic():
            decide(registration=self.registration, status=Status.ACCEPTED, message="", by=None)
            raise RuntimeError("the decision fails after the e-mail was queued")
        self.assertFalse(SentEmail.objects.exists())
        decide(registration=self.registration, status=Status.ACCEPTED, message="", by=None)
        self.assertEqual(SentEmail.objects.get().kind, "decision")

    def test_a_message_whose_address_was_erased_while_it_waited_is_given_up_at_once(self):
        queued = site_mail.queue_confirmation(self.registration)
        SentEmail.objects.filter(pk=queued.pk).update(recipients="", text_body="", html_body="")
        with self.assertLogs("registrations.services.outbox", level="ERROR"):
            outbox.work()
        queued.refresh_from_db()
        self.assertEqual(queued.state, EmailState.FAILED)
        self.assertIsNone(queued.next_attempt_at, "never tried again")
        self.assertEqual(mail.outbox, [])

    def test_a_message_waits_for_the_worker(self):
        site_mail.queue_confirmation(self.registration)
        self.assertEqual(mail.outbox, [])
        outbox.work()
        outbox.work()
        self.assertEqual(len(mail.outbox), 1, "sent once, however often the worker looks")


@override_settings(EMAIL_BACKEND=FAILING, EMAIL_MAX_ATTEMPTS=4, EMAIL_RETRY_SECONDS=60)
class RetryTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.registration = make_registration(status=Status.SUBMITTED)

    def setUp(self):
        self.start = timezone.now()
        self.message = site_mail.queue_confirmation(self.registration)

    def work_at(self, seconds):
        with self.assertLogs("registrations.services.outbox", level="WARNING") as logs:
            outbox.work(now=self.start + timedelta(seconds=seconds))
        self.message.refresh_from_db()
        return logs.output

    def test_it_tries_again_after_growing_pauses_and_then_gives_up_visibly(self):
        self.work_at(1)
        self.assertEqual(self.message.state, EmailState.QUEUED)
        self.assertEqual(self.message.attempts, 1)
        self.assertIn("SMTPServerDisconnected", self.message.error)
        self.assertEqual(self.message.next_attempt_at, self.start + timedelta(seconds=61))

        with self.assertNoLogs("registrations.services.outbox"):
            outbox.work(now=self.start + timedelta(seconds=60))  # not due yet
        self.message.refresh_from_db()
        self.assertEqual(self.message.attempts, 1)

        self.work_at(61)
        self.assertEqual(self.message.next_attempt_at, self.start + timedelta(seconds=61 + 120))
        self.work_at(181)
        self.assertEqual(self.message.next_attempt_at, self.start + timedelta(seconds=181 + 240))
        logs = self.work_at(421)
        self.assertEqual(self.message.state, EmailState.FAILED)
        self.assertEqual(self.message.attempts, 4)
        self.assertIsNone(self.message.next_attempt_at)
        self.assertIn("SMTPServerDisconnected", self.message.error)
        self.assertEqual((self.message.text_body, self.message.html_body), ("", ""))
        self.assertIn("Gave up", logs[-1])
        self.assertNotIn(self.registration.contact_email, "".join(logs), "no address in logs")

        outbox.work(now=self.start + timedelta(days=30))
        self.message.refresh_from_db()
        self.assertEqual(self.message.attempts, 4, "a failed message waits for a coordinator")

    def test_a_message_that_gets_through_at_last_is_sent(self):
        self.work_at(1)
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            outbox.work(now=self.start + timedelta(seconds=61))
        self.message.refresh_from_db()
        self.assertEqual(self.message.state, EmailState.SENT)
        self.assertEqual(self.message.attempts, 2)
        self.assertEqual(self.message.error, "")
        self.assertEqual(len(mail.outbox), 1)

    def test_a_message_whose_recipient_was_removed_is_not_sent(self):
        self.registration.contact_email = ""
        self.registration.save()
        other = site_mail.queue_new_link(self.registration)
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", EMAIL_MAX_ATTEMPTS=1
            ),
            self.assertLogs("registrations.services.outbox", level="ERROR"),
        ):
            outbox.work(now=self.start + timedelta(seconds=1))
        other.refresh_from_db()
        self.assertEqual(other.state, EmailState.FAILED)
        self.assertIn("No recipient", other.error)


class LinkRequestTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first = make_registration(contact_email="maija@kunta.example")
        cls.second = make_registration(contact_email="Maija@Kunta.example")
        cls.other = make_registration(contact_email="matti@kunta.example")

    def test_the_worker_sends_a_new_link_to_each_registration_of_the_address(self):
        site_mail.request_new_links(email="maija@kunta.example")
        self.assertEqual(SentEmail.objects.count(), 0, "the request only queues the request")
        done = outbox.work()
        self.assertEqual((done.link_requests, done.sent), (1, 2))
        self.assertEqual(
            sorted(email.subject.split()[-1] for email in mail.outbox),
            sorted([self.first.reference, self.second.reference]),
        )
        self.assertFalse(LinkRequest.objects.exists())
        versions = dict(type(self.first).objects.values_list("pk", "link_version"))
        self.assertEqual(versions, {self.first.pk: 1, self.second.pk: 1, self.other.pk: 0})

    def test_an_unknown_address_is_forgotten_and_sent_nothing(self):
        site_mail.request_new_links(email="nobody@kunta.example")
        done = outbox.work()
        self.assertEqual((done.link_requests, done.sent), (1, 0))
        self.assertEqual(mail.outbox, [])
        self.assertFalse(LinkRequest.objects.exists())


@skipUnless(connection.vendor == "postgresql", "SKIP LOCKED is PostgreSQL's")
@override_settings(EMAIL_BACKEND=SLOW)
class TwoWorkersTestCase(TransactionTestCase):
    # Keep the data that migrations made (the coordinators' group, the topics) for the tests
    # after this one, and leave the database as the next serialized test expects it.
    serialized_rollback = True

    def test_two_workers_never_send_one_message_twice(self):
        registration = make_registration(status=Status.SUBMITTED)
        for _ in range(30):
            site_mail.queue_confirmation(registration)
        errors = []

        def worker():
            try:
                outbox.work()
            except Exception as error:  # reported below, in the test's thread
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(errors, [])
        self.assertEqual(len(mail.outbox), 30)
        self.assertEqual(SentEmail.objects.filter(state=EmailState.SENT, attempts=1).count(), 30)
