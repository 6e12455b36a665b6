"""Signing up: windows, seats and the waiting list, moving up on a cancel, what the coordinators
do, and the e-mail (in the person's language, with the .ics and the private link)."""

from datetime import timedelta

from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar

from registrations.models import SignUp, SignUpStatus
from registrations.services import signups as services
from tests.factories import EventFactory, make_signup
from tests.outbox import deliver


def details(name, *, language="fi", email=None):
    return services.SignUpDetails(
        name=name, email=email or f"{name.lower()}@example.fi", language=language
    )


class SignUpWindowTestCase(TestCase):
    def test_it_refuses_before_the_window_opens_and_after_it_closes(self):
        now = timezone.now()
        event = EventFactory(
            signups_open_at=now + timedelta(days=1), signups_close_at=now + timedelta(days=5)
        )
        with self.assertRaises(services.SignUpClosed):
            services.sign_up(event_id=event.pk, details=details("Aino"), now=now)
        signup = services.sign_up(
            event_id=event.pk, details=details("Aino"), now=now + timedelta(days=2)
        )
        self.assertEqual(signup.status, SignUpStatus.ATTENDING)
        with self.assertRaises(services.SignUpClosed):
            services.sign_up(
                event_id=event.pk, details=details("Eero"), now=now + timedelta(days=6)
            )

    def test_it_closes_when_the_event_starts_if_no_closing_time_is_given(self):
        event = EventFactory()
        with self.assertRaises(services.SignUpClosed):
            services.sign_up(
                event_id=event.pk, details=details("Aino"), now=event.starts_at + timedelta(1)
            )

    def test_a_cancelled_event_takes_no_sign_ups_but_a_coordinator_may_add(self):
        event = EventFactory(status="cancelled")
        with self.assertRaises(services.SignUpClosed):
            services.sign_up(event_id=event.pk, details=details("Aino"))
        signup = services.sign_up(event_id=event.pk, details=details("Aino"), by_coordinator=True)
        self.assertEqual(signup.status, SignUpStatus.ATTENDING)


class CapacityTestCase(TestCase):
    def test_it_gives_seats_then_waiting_places_then_says_full(self):
        event = EventFactory(capacity=2, waiting_capacity=1)
        statuses = [
            services.sign_up(event_id=event.pk, details=details(name)).status
            for name in ["Aino", "Eero", "Kaisa"]
        ]
        self.assertEqual(statuses, ["attending", "attending", "waiting"])
        with self.assertRaises(services.EventFull):
            services.sign_up(event_id=event.pk, details=details("Matti"))
        self.assertEqual(SignUp.objects.filter(event=event).count(), 3)

    def test_an_address_signs_up_once(self):
        event = EventFactory()
        services.sign_up(event_id=event.pk, details=details("Aino", email="aino@example.fi"))
        with self.assertRaises(services.AlreadySignedUp):
            services.sign_up(event_id=event.pk, details=details("Aino V", email="AINO@example.fi"))

    def test_no_limit_gives_everyone_a_seat(self):
        event = EventFactory(capacity=None, waiting_capacity=0)
        for name in ["Aino", "Eero", "Kaisa"]:
            self.assertEqual(make_signup(event, name=name).status, SignUpStatus.ATTENDING)


class PromotionTestCase(TestCase):
    def setUp(self):
        self.event = EventFactory(capacity=1, waiting_capacity=2)
        self.first = make_signup(self.event, name="Aino Virtanen")
        self.second = make_signup(self.event, name="Britt Nyman", language="sv")
        self.third = make_signup(self.event, name="Eero Koski")

    def test_a_cancel_moves_the_first_waiting_up_and_tells_them_in_their_language(self):
        deliver().clear()
        promoted = services.cancel(signup_id=self.first.pk)
        self.assertEqual([signup.pk for signup in promoted], [self.second.pk])
        self.second.refresh_from_db()
        self.third.refresh_from_db()
        self.assertEqual(self.second.status, SignUpStatus.ATTENDING)
        self.assertEqual(self.third.status, SignUpStatus.WAITING)
        sent = {message.to[0]: message for message in deliver()}
        self.assertIn("En plats blev ledig", sent[self.second.email].subject)
        self.assertIn("Ilmoittautumisesi on peruttu", sent[self.first.email].subject)
        self.assertEqual(len(sent), 2)

    def test_cancelling_a_waiting_place_moves_nobody(self):
        self.assertEqual(services.cancel(signup_id=self.third.pk), [])
        self.assertEqual(SignUp.objects.filter(event=self.event).attending().count(), 1)

    def test_cancelling_twice_moves_one_person_only(self):
        services.cancel(signup_id=self.first.pk)
        self.assertEqual(services.cancel(signup_id=self.first.pk), [])
        self.assertEqual(SignUp.objects.filter(event=self.event).attending().count(), 1)

    def test_more_seats_go_to_those_waiting_in_their_order(self):
        self.event.capacity = 3
        self.event.save()
        promoted = services.fill_seats(event_id=self.event.pk)
        self.assertEqual([s.pk for s in promoted], [self.second.pk, self.third.pk])

    def test_a_coordinator_gives_a_seat_only_when_one_is_free(self):
        with self.assertRaises(services.EventFull):
            services.give_seat(signup_id=self.third.pk)
        self.event.capacity = 2
        self.event.save()
        self.assertEqual(services.give_seat(signup_id=self.third.pk).status, "attending")
        self.second.refresh_from_db()
        self.assertEqual(self.second.status, SignUpStatus.WAITING)

    def test_moving_to_another_event_frees_the_seat_for_the_first_waiting(self):
        other = EventFactory(capacity=5)
        moved = services.move(signup_id=self.first.pk, to_event_id=other.pk)
        self.assertEqual((moved.event_id, moved.status), (other.pk, SignUpStatus.ATTENDING))
        self.second.refresh_from_db()
        self.assertEqual(self.second.status, SignUpStatus.ATTENDING)

    def test_moving_to_a_full_event_is_refused(self):
        full = EventFactory(capacity=0, waiting_capacity=0)
        with self.assertRaises(services.EventFull):
            services.move(signup_id=self.first.pk, to_event_id=full.pk)
        self.first.refresh_from_db()
        self.assertEqual(self.first.event_id, self.event.pk)


class EmailTestCase(TestCase):
    def test_the_confirmation_is_in_finnish_with_the_ics_and_the_private_link(self):
        event = EventFactory(online_url="https://meet.example/abc")
        signup = make_signup(event, name="Aino Virtanen", language="fi")
        [message] = deliver()
        self.assertEqual(message.to, [signup.email])
        self.assertIn("Sinulla on paikka", message.subject)
        self.assertIn("Hei Aino Virtanen", message.body)
        self.assertIn("/fi/tapahtumat/oma-ilmoittautuminen/", message.body)
        self.assertIn("https://meet.example/abc", message.body)
        [(name, content, mimetype)] = message.attachments
        self.assertEqual(name, "tapahtuma.ics")
        self.assertTrue(mimetype.startswith("text/calendar"))
        [entry] = Calendar.from_ical(content).walk("VEVENT")
        self.assertEqual(str(entry["summary"]), event.title_fi)

    def test_the_waiting_list_confirmation_is_in_swedish(self):
        event = EventFactory(capacity=0, waiting_capacity=5, online_url="https://meet.example/x")
        make_signup(event, name="Britt Nyman", language="sv")
        [message] = deliver()
        self.assertIn("Du står på reservlistan", message.subject)
        self.assertIn("Hej Britt Nyman", message.body)
        self.assertIn("/sv/evenemang/min-anmalan/", message.body)
        # The online link is for those with a seat.
        self.assertNotIn("https://meet.example/x", message.body)
        self.assertEqual(message.attachments[0][0], "evenemang.ics")

    def test_the_bodies_and_the_attachment_are_not_kept_once_sent(self):
        signup = make_signup(EventFactory())
        deliver()
        sent = signup.emails.get()
        self.assertEqual((sent.text_body, sent.html_body, sent.attachment), ("", "", ""))

    def test_the_coordinators_message_goes_to_each_in_their_language(self):
        event = EventFactory(capacity=1, waiting_capacity=1)
        make_signup(event, name="Aino Virtanen")
        make_signup(event, name="Britt Nyman", language="sv")
        deliver().clear()
        count = services.message_signed_up(
            event=event,
            subjects={"fi": "Paikka vaihtui", "sv": "Platsen ändrades"},
            bodies={"fi": "Olemme salissa B.", "sv": "Vi är i sal B."},
        )
        self.assertEqual(count, 2)
        subjects = sorted(message.subject for message in deliver())
        self.assertEqual(subjects, ["Paikka vaihtui", "Platsen ändrades"])


class AttendanceTestCase(TestCase):
    def test_it_marks_who_came(self):
        event = EventFactory()
        aino, eero = make_signup(event, name="Aino V"), make_signup(event, name="Eero K")
        services.mark_attendance(signup_ids=[aino.pk], attended=True)
        services.mark_attendance(signup_ids=[eero.pk], attended=False)
        aino.refresh_from_db()
        eero.refresh_from_db()
        self.assertEqual((aino.attended, eero.attended), (True, False))
        self.assertEqual(aino.history.first().attended, True)


class StatusAnnouncementTestCase(TestCase):
    def test_a_cancellation_is_told_to_everyone_in_their_language_with_the_message(self):
        event = EventFactory(title_fi="Turun työpaja", title_sv="Workshop i Åbo")
        make_signup(event, name="Aino Virtanen")
        make_signup(event, name="Britt Nyman", language="sv")
        deliver().clear()
        event.status = "cancelled"
        event.status_message_fi = "Kouluttaja sairastui. Uusi aika kerrotaan pian."
        event.status_message_sv = "Utbildaren insjuknade. Vi meddelar en ny tid snart."
        event.save()
        self.assertEqual(services.announce_status(event=event), 2)
        sent = {message.subject: message.body for message in deliver()}
        self.assertIn("Kouluttaja sairastui.", sent["Tapahtuma on peruttu: Turun työpaja"])
        self.assertIn("Utbildaren insjuknade.", sent["Evenemanget har ställts in: Workshop i Åbo"])
