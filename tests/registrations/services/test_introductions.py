from django.core.exceptions import ValidationError

from registrations.matching.selectors import public_mentors
from registrations.models import EmailKind, IntroductionState, Role, SentEmail
from registrations.services.introductions import (
    agree_to_introduction,
    decline_introduction,
    follow_introduction,
    propose_introduction,
)
from tests.base import BaseTestCase
from tests.factories import make_registration


class IntroductionTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.mentor = make_registration(
            role=Role.VAIKUTTAJA,
            title="Ohjelmistorobotti ostolaskujen käsittelyssä",
            idea="",
            reform="Ohjelmistorobotti tiliöi ostolaskut.",
            contact_name="Tiina Laaksonen",
            contact_email="tiina@lahti.example",
            contact_phone="+358407182245",
            contact_language="fi",
        )
        cls.mentee = make_registration(
            language="sv",
            title="En gemensam mjukvarurobot",
            idea="Vi prövar en mjukvarurobot för leverantörsfakturor.",
            contact_name="Johanna Berg",
            contact_email="johanna@jakobstad.example",
            contact_phone="+358405550598",
            contact_language="sv",
        )

    def emails(self, kind):
        return {e.recipients: e for e in SentEmail.objects.filter(kind=kind)}

    def test_a_mentor_is_the_influencer_whichever_is_chosen_first(self):
        introduction = propose_introduction(
            registration=self.mentee, other=self.mentor, by=self.coordinator
        )
        self.assertTrue(introduction.is_mentoring)
        self.assertEqual(introduction.first, self.mentor)
        self.assertEqual(introduction.state, IntroductionState.PROPOSED)

    def test_both_are_asked_in_their_own_language_without_the_others_details(self):
        propose_introduction(registration=self.mentor, other=self.mentee, by=self.coordinator)
        emails = self.emails(EmailKind.INTRODUCTION_PROPOSED)
        finnish, swedish = emails["tiina@lahti.example"], emails["johanna@jakobstad.example"]
        self.assertEqual(finnish.language, "fi")
        self.assertIn("En gemensam mjukvarurobot", finnish.text_body)
        self.assertIn("kokeilukummi", finnish.text_body)
        self.assertEqual(swedish.language, "sv")
        self.assertIn("Ohjelmistorobotti ostolaskujen käsittelyssä", swedish.text_body)
        self.assertIn("mentor", swedish.text_body)
        self.assertNotIn("johanna@jakobstad.example", finnish.text_body)
        self.assertNotIn("tiina@lahti.example", swedish.text_body + swedish.html_body)

    def test_contact_details_are_shared_only_when_both_agree(self):
        introduction = propose_introduction(
            registration=self.mentor, other=self.mentee, by=self.coordinator
        )
        agree_to_introduction(introduction=introduction, registration=self.mentor, public=True)
        self.assertEqual(self.emails(EmailKind.INTRODUCTION_MADE), {})
        introduction = agree_to_introduction(
            introduction=introduction, registration=self.mentee, public=False
        )
        self.assertEqual(introduction.state, IntroductionState.INTRODUCED)
        emails = self.emails(EmailKind.INTRODUCTION_MADE)
        self.assertIn("johanna@jakobstad.example", emails["tiina@lahti.example"].text_body)
        self.assertIn("Johanna Berg", emails["tiina@lahti.example"].text_body)
        self.assertIn("tiina@lahti.example", emails["johanna@jakobstad.example"].text_body)
        self.assertIn("Kontaktuppgifter", emails["johanna@jakobstad.example"].subject)

    def test_a_decline_shares_nothing(self):
        introduction = propose_introduction(
            registration=self.mentor, other=self.mentee, by=self.coordinator
        )
        agree_to_introduction(introduction=introduction, registration=self.mentor, public=True)
        decline_introduction(introduction=introduction, registration=self.mentee)
        introduction.refresh_from_db()
        self.assertEqual(introduction.state, IntroductionState.CANCELLED)
        with self.assertRaises(ValidationError):
            agree_to_introduction(introduction=introduction, registration=self.mentee, public=True)
        self.assertEqual(self.emails(EmailKind.INTRODUCTION_MADE), {})

    def test_coordinators_follow_a_mentoring_through_its_states_only(self):
        introduction = propose_introduction(
            registration=self.mentor, other=self.mentee, by=self.coordinator
        )
        with self.assertRaises(ValidationError):
            follow_introduction(introduction=introduction, state=IntroductionState.ACTIVE)
        for side in (self.mentor, self.mentee):
            agree_to_introduction(introduction=introduction, registration=side, public=True)
        follow_introduction(introduction=introduction, state=IntroductionState.ACTIVE)
        done = follow_introduction(
            introduction=introduction,
            state=IntroductionState.COMPLETED,
            outcome={"fi": "Robotti käytössä.", "sv": "Roboten är i bruk."},
        )
        self.assertEqual(done.outcome_sv, "Roboten är i bruk.")
        with self.assertRaises(ValidationError):
            follow_introduction(introduction=introduction, state=IntroductionState.ACTIVE)

    def test_it_is_public_only_when_both_agree(self):
        introduction = propose_introduction(
            registration=self.mentor, other=self.mentee, by=self.coordinator
        )
        agree_to_introduction(introduction=introduction, registration=self.mentor, public=True)
        agree_to_introduction(introduction=introduction, registration=self.mentee, public=False)
        self.assertEqual(public_mentors(self.mentee), [])
        agree_to_introduction(introduction=introduction, registration=self.mentee, public=True)
        [shown] = public_mentors(self.mentee)
        self.assertEqual(shown.other, self.mentor)
        self.assertFalse(shown.is_mentor_side)
        response = self.client.get(f"/sv/forsok/{self.mentee.reference}/")
        self.assertContains(response, "Mentor:")
        self.assertNotContains(response, "tiina@lahti.example")
        response = self.client.get(f"/fi/kokeilut/{self.mentor.reference}/")
        self.assertContains(response, "Kokeilukummi kokeilulle:")
