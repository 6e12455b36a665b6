"""Every e-mail, subject and body, text and HTML, in the reader's language: one form of address
(sinä / du) and sums that never break before the euro sign."""

import re

from django.core import mail
from django.test import TestCase, override_settings

from registrations.models import Decision, Status
from registrations.services import mail as site_mail
from tests.factories import make_registration
from tests.outbox import deliver
from tests.style import SWEDISH_NI, finnish_te_forms

DECISIONS = [Status.ACCEPTED, Status.NEEDS_CHANGES, Status.REJECTED, Status.WITHDRAWN]


@override_settings(COORDINATOR_EMAILS=["koordinaattori@vm.example"])
class EmailLanguageTestCase(TestCase):
    def every_email(self, language: str):
        """Each kind of message, as sent to a contact person who chose this language."""
        registration = make_registration(
            status=Status.SUBMITTED,
            contact_language=language,
            contact_name="Sara Lindqvist",
            fee_eur=8000,
            is_late=True,
        )
        deliver()  # what its creation queued
        mail.outbox = []
        site_mail.queue_confirmation(registration)
        site_mail.queue_new_link(registration)
        for status in DECISIONS:
            decision = Decision.objects.create(
                registration=registration, status=status, message="Lisää tavoite."
            )
            site_mail.queue_decision(decision)
        return list(deliver())

    def texts(self, message) -> dict[str, str]:
        html, _mimetype = message.alternatives[0]
        return {"subject": message.subject, "text": message.body, "html": html}

    def test_finnish_emails_say_sina(self):
        messages = self.every_email("fi")
        self.assertEqual(len(messages), 2 + len(DECISIONS))
        for message in messages:
            for part, text in self.texts(message).items():
                with self.subTest(subject=message.subject, part=part):
                    self.assertEqual(finnish_te_forms(text), [])
        subjects = [message.subject for message in messages]
        self.assertRegex(subjects[0], r"^Olemme vastaanottaneet ilmoittautumisesi DK-")
        self.assertRegex(subjects[2], r"^Ilmoittautumisesi DK-\S+ on hyväksytty$")
        self.assertIn("Kiitos, että ilmoittauduit Digikunta-verkostoon.", messages[0].body)
        self.assertIn("on sinuun yhteydessä", messages[0].body)

    def test_swedish_emails_say_du(self):
        messages = self.every_email("sv")
        for message in messages:
            for part, text in self.texts(message).items():
                with self.subTest(subject=message.subject, part=part):
                    self.assertIsNone(SWEDISH_NI.search(re.sub(r"<[^>]+>", " ", text)))
        subjects = [message.subject for message in messages]
        self.assertRegex(subjects[0], r"^Vi har tagit emot din anmälan DK-")
        self.assertRegex(subjects[3], r"^Din anmälan DK-\S+ behöver ändras$")
        self.assertIn("ber dig göra några ändringar", messages[3].body)

    def test_the_fee_never_breaks_before_the_euro_sign(self):
        for language in ["fi", "sv"]:
            for message in self.every_email(language):
                for part, text in self.texts(message).items():
                    if part == "subject":
                        continue
                    with self.subTest(language=language, subject=message.subject, part=part):
                        self.assertIn("8\xa0000\xa0€", text)
                        self.assertNotRegex(text, r"\d[ \xa0]?[ ]€")

    def test_a_late_registration_is_told_in_a_whole_sentence(self):
        message = self.every_email("fi")[0]
        self.assertIn(
            "Ilmoittautuminen lähetettiin määräajan jälkeen, jälki-ilmoittautumisaikana.",
            message.body,
        )

    def test_the_coordinators_notice_says_sina_too(self):
        registration = make_registration(status=Status.SUBMITTED, fee_eur=8000)
        deliver()  # what its creation queued
        mail.outbox = []
        site_mail.queue_coordinator_notice(registration, updated=True)
        (notice,) = deliver()
        for text in self.texts(notice).values():
            self.assertEqual(finnish_te_forms(text), [])
        self.assertIn("Yhteyshenkilö on tehnyt pyytämäsi muutokset.", notice.body)
        self.assertIn("8\xa0000\xa0€", notice.body)
