"""Coordinators run events in the admin, in Finnish and Swedish: the list with seats and the
waiting list, the change page with both languages' tabs and the sign-ups, duplicating, a
message to everyone signed up; sign-ups added, cancelled and exported."""

import csv
import io

from django.contrib.auth.models import User

from network.models import Event
from registrations.models import EmailKind, SentEmail, SignUp, SignUpStatus
from tests.base import BaseTestCase
from tests.factories import EventFactory, make_signup

EVENTS = "/fi/admin/network/event/"
SIGNUPS = "/fi/admin/registrations/signup/"


class EventAdminTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)
        self.event = EventFactory(
            title_fi="Turun työpaja", title_sv="Workshop i Åbo", capacity=2, waiting_capacity=2
        )
        for name in ["Aino Virtanen", "Eero Koski", "Britt Nyman"]:
            make_signup(self.event, name=name)

    def test_the_list_shows_seats_and_the_waiting_list_in_swedish(self):
        response = self.client.get(EVENTS.replace("/fi/", "/sv/"))
        self.assertContains(response, "Workshop i Åbo")
        self.assertContains(response, "2 / 2")  # seats taken of the seats
        self.assertContains(response, "1 / 2")  # on the waiting list of its places
        self.assertContains(response, "1 evenemang")

    def test_the_change_page_has_both_languages_and_the_sign_ups(self):
        response = self.client.get(f"{EVENTS}{self.event.pk}/change/")
        self.assertContains(response, 'name="title_fi"')
        self.assertContains(response, 'name="title_sv"')
        self.assertContains(response, "Britt Nyman")
        self.assertContains(response, "Jonossa")
        self.assertContains(response, "Lähetä viesti kaikille ilmoittautuneille")
        self.assertContains(response, "Muokkaa tapahtumaa")

    def test_duplicating_makes_an_unpublished_copy_without_sign_ups(self):
        response = self.client.post(
            EVENTS, {"action": "duplicate", "_selected_action": [self.event.pk]}, follow=True
        )
        self.assertContains(response, "1 tapahtuma kopioitu. Kopiota ei ole julkaistu.")
        copy = Event.objects.exclude(pk=self.event.pk).get()
        self.assertEqual((copy.title_sv, copy.is_published), ("Workshop i Åbo", False))
        self.assertFalse(copy.signups.exists())
        self.assertEqual(copy.history.first().history_type, "+")

    def test_the_message_goes_to_everyone_signed_up_in_their_language(self):
        make_signup(self.event, name="Stina Lund", language="sv")
        cancelled = make_signup(EventFactory(), name="Muu Tapahtuma")
        response = self.client.post(
            f"{EVENTS}{self.event.pk}/message/",
            {
                "subject_fi": "Sali vaihtui",
                "body_fi": "Olemme salissa B.",
                "subject_sv": "Salen ändrades",
                "body_sv": "Vi är i sal B.",
            },
            follow=True,
        )
        self.assertContains(response, "Viesti lähetetään hetken kuluttua 4 henkilölle.")
        messages = SentEmail.objects.filter(kind=EmailKind.EVENT_MESSAGE)
        self.assertEqual(messages.count(), 4)
        self.assertEqual(messages.filter(subject="Salen ändrades").count(), 1)
        self.assertFalse(messages.filter(signup=cancelled).exists())

    def test_raising_the_seats_moves_those_waiting_up(self):
        self.event.capacity = 3
        response = self.client.post(
            f"{EVENTS}{self.event.pk}/change/",
            self.form_data(capacity=3),
            follow=True,
        )
        self.assertContains(response, "Britt Nyman sai paikan jonosta.")
        self.assertEqual(SignUp.objects.filter(event=self.event).attending().count(), 3)

    def test_cancelling_the_event_tells_everyone_signed_up(self):
        response = self.client.post(
            f"{EVENTS}{self.event.pk}/change/",
            self.form_data(status="cancelled", status_message_fi="Sairastumisen vuoksi."),
            follow=True,
        )
        self.assertContains(response, "Tieto muutoksesta lähetetään hetken kuluttua 3 henkilölle.")
        told = SentEmail.objects.filter(kind=EmailKind.EVENT_MESSAGE)
        self.assertEqual(told.count(), 3)
        self.assertTrue(all("Sairastumisen vuoksi." in m.text_body for m in told))

    def form_data(self, **overrides):
        event = self.event
        local = {
            "starts_at_0": event.starts_at.astimezone().strftime("%d.%m.%Y"),
            "starts_at_1": event.starts_at.astimezone().strftime("%H:%M:%S"),
            "ends_at_0": event.ends_at.astimezone().strftime("%d.%m.%Y"),
            "ends_at_1": event.ends_at.astimezone().strftime("%H:%M:%S"),
        }
        data = {
            "kind": event.kind,
            "title_fi": event.title_fi,
            "title_sv": event.title_sv,
            "description_fi": "",
            "description_sv": "",
            "slug": event.slug,
            "is_published": "on",
            **local,
            "address": event.address,
            "status": event.status,
            "status_message_fi": "",
            "status_message_sv": "",
            "takes_signups": "on",
            "capacity": event.capacity,
            "waiting_capacity": event.waiting_capacity,
            "online_url_for_signed_up": "on",
            "materials-TOTAL_FORMS": 0,
            "materials-INITIAL_FORMS": 0,
            "signups-TOTAL_FORMS": 3,
            "signups-INITIAL_FORMS": 3,
        }
        for index, signup in enumerate(
            SignUp.objects.filter(event=event).order_by("status", "created_at", "pk")
        ):
            data[f"signups-{index}-id"] = signup.pk
            data[f"signups-{index}-event"] = event.pk
        data.update(overrides)
        return data


class SignUpAdminTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)
        self.event = EventFactory(capacity=1, waiting_capacity=0)

    def test_a_coordinator_adds_a_sign_up_through_the_seat_count(self):
        data = {
            "event": self.event.pk,
            "name": "Aino Virtanen",
            "organisation": "",
            "municipality": "",
            "email": "aino@example.fi",
            "language": "fi",
            "needs": "",
        }
        self.client.post(f"{SIGNUPS}add/", data)
        self.assertEqual(SignUp.objects.get().status, SignUpStatus.ATTENDING)
        response = self.client.post(
            f"{SIGNUPS}add/", {**data, "email": "eero@example.fi"}, follow=True
        )
        self.assertContains(
            response, "Tapahtuma on täynnä: vapaita paikkoja tai jonopaikkoja ei ole."
        )
        self.assertEqual(SignUp.objects.count(), 1)

    def test_cancelling_in_the_admin_moves_the_first_waiting_up(self):
        self.event.waiting_capacity = 1
        self.event.save()
        first = make_signup(self.event, name="Aino Virtanen")
        second = make_signup(self.event, name="Eero Koski")
        response = self.client.post(
            SIGNUPS, {"action": "cancel", "_selected_action": [first.pk]}, follow=True
        )
        self.assertContains(response, "Peruttu. 1 henkilö sai paikan jonosta.")
        second.refresh_from_db()
        self.assertEqual(second.status, SignUpStatus.ATTENDING)

    def test_a_coordinator_moves_a_sign_up_to_another_workshop(self):
        self.event.waiting_capacity = 1
        self.event.save()
        aino = make_signup(self.event, name="Aino Virtanen", email="aino@example.fi")
        eero = make_signup(self.event, name="Eero Koski")
        other = EventFactory(title_fi="Oulun työpaja", capacity=5)
        response = self.client.post(
            f"{SIGNUPS}{aino.pk}/change/",
            {
                "event": other.pk,
                "name": "Aino Virtanen",
                "organisation": "",
                "municipality": "",
                "email": "aino@example.fi",
                "language": "fi",
                "needs": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        aino.refresh_from_db()
        eero.refresh_from_db()
        self.assertEqual((aino.event_id, aino.status), (other.pk, SignUpStatus.ATTENDING))
        self.assertEqual(
            eero.status, SignUpStatus.ATTENDING, "the seat left goes to the first waiting"
        )

    def test_attendance_is_marked_after_the_event(self):
        aino = make_signup(self.event, name="Aino Virtanen")
        response = self.client.post(
            SIGNUPS, {"action": "mark_attended", "_selected_action": [aino.pk]}, follow=True
        )
        self.assertContains(response, "Osallistuminen merkitty 1 ilmoittautumiselle.")
        aino.refresh_from_db()
        self.assertTrue(aino.attended)

    def test_the_export_has_everyone_with_formulas_neutralised(self):
        make_signup(self.event, name="=HYPERLINK(1)", needs="Laktoositon")
        response = self.client.post(
            SIGNUPS,
            {
                "action": "export",
                "_selected_action": list(SignUp.objects.values_list("pk", flat=True)),
            },
        )
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        self.assertEqual(rows[0][2], "Nimi")
        self.assertEqual(rows[1][2], "'=HYPERLINK(1)")
        self.assertIn("Laktoositon", rows[1])

    def test_someone_outside_the_coordinators_cannot_see_sign_ups(self):
        outsider = User.objects.create_user("vieras", "v@example.com", "x", is_staff=True)
        self.client.force_login(outsider)
        self.assertEqual(self.client.get(SIGNUPS).status_code, 403)
