import smtplib

from django.contrib.auth.models import Permission, User
from django.contrib.messages import constants, get_messages
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings

from registrations.models import EmailState, Registration, SentEmail, Status
from registrations.services import mail as site_mail
from registrations.services.decisions import decide
from tests.base import BaseTestCase
from tests.factories import make_registration
from tests.outbox import deliver

EMAILS = "/fi/admin/registrations/sentemail/"
REGISTRATIONS = "/fi/admin/registrations/registration/"
FAILING = "tests.registrations.admin.test_emails.FailingBackend"


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPException("The mail server is down.")


class EmailTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.registration = make_registration(status=Status.SUBMITTED, contact_language="sv")
        cls.other = make_registration(status=Status.SUBMITTED, title="Toinen kokeilu")

    def decide_with_failing_mail(self, registration):
        decide(
            registration=registration,
            status=Status.NEEDS_CHANGES,
            message="Lisää tavoite.",
            by=self.coordinator,
        )
        self.deliver_failing()
        return SentEmail.objects.get(registration=registration, kind="decision")

    def deliver_failing(self):
        """The mail worker's round with the mail server down, at its last attempt."""
        with (
            override_settings(EMAIL_BACKEND=FAILING, EMAIL_MAX_ATTEMPTS=1),
            self.assertLogs("registrations.services.outbox", level="ERROR"),
        ):
            deliver()

    def send_again(self, *sent_emails):
        return self.client.post(
            EMAILS,
            {"action": "send_again", "_selected_action": [s.pk for s in sent_emails], "index": 0},
        )

    def messages(self, response):
        return [(m.level, m.message) for m in get_messages(response.wsgi_request)]


class FailedEmailTestCase(EmailTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_a_failure_keeps_the_registration_and_is_recorded(self):
        failed = self.decide_with_failing_mail(self.registration)
        self.assertEqual(mail.outbox, [])
        self.assertEqual(failed.state, EmailState.FAILED)
        self.assertIn("The mail server is down.", failed.error)
        self.assertEqual(failed.language, "sv")
        self.assertEqual(
            Registration.objects.get(pk=self.registration.pk).status, Status.NEEDS_CHANGES
        )

    def test_the_failure_shows_in_the_list_of_e_mails(self):
        failed = self.decide_with_failing_mail(self.registration)
        response = self.client.get(EMAILS, {"state__exact": "failed"})
        self.assertEqual(list(response.context["cl"].result_list), [failed])
        self.assertContains(response, self.registration.reference)
        self.assertContains(response, "SMTPException: The mail server is down.")
        response = self.client.get(EMAILS, {"state__exact": "sent"})
        self.assertEqual(list(response.context["cl"].result_list), [])

    def test_the_list_of_e_mails_is_searched_by_reference_and_recipient(self):
        failed = self.decide_with_failing_mail(self.registration)
        other = self.decide_with_failing_mail(self.other)
        for term, found in [
            (self.registration.reference, [failed]),
            (self.other.reference, [other]),
            ("maija.meikalainen", [other, failed]),
            ("nobody@example.com", []),
        ]:
            with self.subTest(term):
                response = self.client.get(EMAILS, {"q": term})
                self.assertEqual(list(response.context["cl"].result_list), found)

    def test_the_list_of_e_mails_is_filtered_by_kind(self):
        failed = self.decide_with_failing_mail(self.registration)
        response = self.client.get(EMAILS, {"kind__exact": "decision"})
        self.assertEqual(list(response.context["cl"].result_list), [failed])
        response = self.client.get(EMAILS, {"kind__exact": "confirmation"})
        self.assertEqual(list(response.context["cl"].result_list), [])

    def test_the_registration_list_filters_those_whose_e_mail_failed(self):
        self.decide_with_failing_mail(self.registration)
        response = self.client.get(REGISTRATIONS, {"email_failed": "yes"})
        self.assertEqual(list(response.context["cl"].result_list), [self.registration])
        response = self.client.get(REGISTRATIONS, {"email_failed": "no"})
        self.assertEqual(list(response.context["cl"].result_list), [self.other])
        response = self.client.get(REGISTRATIONS)
        self.assertContains(response, "?email_failed=yes")

    def test_the_failure_shows_on_the_registration(self):
        self.decide_with_failing_mail(self.registration)
        response = self.client.get(f"{REGISTRATIONS}{self.registration.pk}/change/")
        self.assertContains(response, "SMTPException: The mail server is down.")

    def test_sending_again_makes_a_new_record(self):
        failed = self.decide_with_failing_mail(self.registration)
        response = self.send_again(failed)
        self.assertRedirects(response, EMAILS, fetch_redirect_response=False)
        [(level, text)] = self.messages(response)
        self.assertEqual(level, constants.SUCCESS)
        self.assertIn("1", text)  # the rest of the text is translated
        self.assertEqual(mail.outbox, [], "queued for the mail worker, not sent in the request")
        [email] = deliver()
        self.assertEqual(email.to, [self.registration.contact_email])
        self.assertIn(self.registration.reference, email.subject)
        self.assertIn("Lisää tavoite.", email.body)
        self.assertEqual(
            list(SentEmail.objects.filter(kind="decision").values_list("state", flat=True)),
            [EmailState.SENT, EmailState.FAILED],
        )
        resent = SentEmail.objects.filter(kind="decision").first()
        self.assertEqual(resent.decision, failed.decision)
        self.assertEqual(resent.language, "sv")
        # The old failure stays visible as history.
        self.assertEqual(SentEmail.objects.get(pk=failed.pk).state, EmailState.FAILED)

    def test_it_tells_how_many_will_be_sent_again_and_a_new_failure_shows(self):
        first = self.decide_with_failing_mail(self.registration)
        second = self.decide_with_failing_mail(self.other)
        response = self.send_again(first, second)
        [(level, text)] = self.messages(response)
        self.assertEqual(level, constants.SUCCESS)
        self.assertIn("2", text)
        self.deliver_failing()
        self.assertEqual(SentEmail.objects.filter(state=EmailState.FAILED).count(), 4)
        self.assertTrue(Registration.objects.filter(pk=self.registration.pk).exists())

        self.client.get(EMAILS)  # shows, and so forgets, the messages so far
        self.send_again(first, second)
        self.assertEqual(len(deliver()), 2)
        self.assertEqual(SentEmail.objects.filter(state=EmailState.SENT).count(), 2)

    def test_it_sends_again_any_kind_of_e_mail(self):
        confirmation = site_mail.queue_confirmation(self.registration)
        notice = site_mail.queue_coordinator_notice(self.registration)
        new_link = site_mail.queue_new_link(self.registration)
        self.deliver_failing()
        self.send_again(confirmation, notice, new_link)
        self.assertEqual(
            sorted(email.to[0] for email in deliver()),
            [
                "koordinaattori@vm.example",  # COORDINATOR_EMAILS in tests/environment.py
                "maija.meikalainen@kunta.example",
                "maija.meikalainen@kunta.example",
            ],
        )
        self.assertEqual(
            sorted(SentEmail.objects.filter(state="sent").values_list("kind", flat=True)),
            ["confirmation", "coordinator_notice", "new_link"],
        )

    def test_the_records_cannot_be_added_changed_or_deleted_by_hand(self):
        failed = self.decide_with_failing_mail(self.registration)
        self.assertEqual(self.client.get(f"{EMAILS}add/").status_code, 403)
        response = self.client.get(f"{EMAILS}{failed.pk}/change/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'name="_save"')
        self.assertNotContains(response, f"{EMAILS}{failed.pk}/delete/")
        self.assertEqual(self.client.post(f"{EMAILS}{failed.pk}/delete/").status_code, 403)
        self.assertTrue(SentEmail.objects.filter(pk=failed.pk).exists())

    def test_a_coordinator_still_deletes_a_registration_with_its_e_mails(self):
        self.decide_with_failing_mail(self.registration)
        response = self.client.post(
            f"{REGISTRATIONS}{self.registration.pk}/delete/", {"post": "yes"}
        )
        self.assertRedirects(response, REGISTRATIONS, fetch_redirect_response=False)
        self.assertFalse(Registration.objects.filter(pk=self.registration.pk).exists())
        self.assertFalse(SentEmail.objects.filter(registration=self.registration.pk).exists())


class SendAgainPermissionTestCase(EmailTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.reader = User.objects.create_user("lukija", "lukija@vm.example", "x", is_staff=True)
        cls.reader.user_permissions.add(Permission.objects.get(codename="view_sentemail"))

    def test_a_coordinator_sees_the_e_mails_and_may_send_again(self):
        self.decide_with_failing_mail(self.registration)
        self.client.force_login(self.coordinator)
        response = self.client.get(EMAILS)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'value="send_again"')
        self.assertNotContains(response, 'value="delete_selected"')

    def test_who_may_only_read_e_mails_cannot_send_them_again(self):
        failed = self.decide_with_failing_mail(self.registration)
        self.client.force_login(self.reader)
        response = self.client.get(EMAILS)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'value="send_again"')
        self.send_again(failed)
        self.assertEqual(deliver(), [])
        self.assertEqual(SentEmail.objects.count(), 1)

    def test_an_outsider_cannot_send_again(self):
        failed = self.decide_with_failing_mail(self.registration)
        self.client.force_login(self.outsider)
        response = self.send_again(failed)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
        self.assertEqual(deliver(), [])
        self.assertEqual(SentEmail.objects.count(), 1)
