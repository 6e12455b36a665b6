"""Signing up on the site, in Finnish and Swedish: the form and its errors next to the fields,
a seat or the waiting list, a clear "full", the private page with its calendar file and the
cancel button."""

from datetime import timedelta

from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar

from registrations.models import SignUp, SignUpStatus
from registrations.services.signup_links import make_token
from tests.base import PageTestMixin
from tests.factories import EventFactory, make_signup
from tests.outbox import deliver


def answers(**overrides):
    data = {
        "name": "Aino Virtanen",
        "organisation": "Kokeilukunta",
        "municipality": "",
        "email": "aino@example.fi",
        "language": "fi",
        "needs": "",
        "consent": "on",
    }
    return {**data, **overrides}


class SignUpFormTestCase(PageTestMixin, TestCase):
    def setUp(self):
        self.event = EventFactory(
            slug="tekoaly",
            title_fi="Tekoälytyöpaja",
            title_sv="AI-workshop",
            capacity=1,
            waiting_capacity=1,
        )

    def test_it_shows_the_form_with_the_seats_left_in_finnish(self):
        response = self.client.get("/fi/tapahtumat/tekoaly/ilmoittaudu/")
        self.assertPage(response, language="fi", title="Ilmoittaudu: Tekoälytyöpaja")
        self.assertContains(response, "1 paikka jäljellä.")
        self.assertContains(response, "Ruokavalio tai esteettömyystarpeet")

    def test_it_says_the_errors_next_to_the_fields_in_swedish(self):
        response = self.client.post(
            "/sv/evenemang/tekoaly/anmal-dig/",
            answers(name="", email="ei-osoite", consent=""),
        )
        self.assertContains(response, "<title>Fel: Anmäl dig: AI-workshop – Digikunta</title>")
        self.assertContains(response, "Skriv ditt namn.", count=2)  # summary and field
        self.assertContains(response, "Skriv e-postadressen i formen namn@exempel.fi.", count=2)
        self.assertContains(response, "Godkänn dataskyddsbeskrivningen för att kunna anmäla dig.")
        self.assertFalse(SignUp.objects.exists())

    def test_a_seat_then_the_waiting_list_then_full(self):
        response = self.client.post("/fi/tapahtumat/tekoaly/ilmoittaudu/", answers(), follow=True)
        self.assertContains(response, "Sinulla on paikka.")
        self.assertContains(response, "Paikka varattu")
        response = self.client.post(
            "/sv/evenemang/tekoaly/anmal-dig/",
            answers(name="Britt Nyman", email="britt@example.fi", language="sv"),
            follow=True,
        )
        self.assertContains(response, "du står på reservlistan")
        self.assertContains(response, "/sv/evenemang/min-anmalan/")
        response = self.client.post(
            "/fi/tapahtumat/tekoaly/ilmoittaudu/", answers(email="eero@example.fi")
        )
        self.assertContains(response, "Tapahtuma on täynnä", count=2)
        self.assertEqual(SignUp.objects.count(), 2)

    def test_the_same_address_twice_is_told_next_to_the_email(self):
        self.client.post("/fi/tapahtumat/tekoaly/ilmoittaudu/", answers())
        response = self.client.post("/fi/tapahtumat/tekoaly/ilmoittaudu/", answers())
        self.assertContains(
            response, "Tällä sähköpostiosoitteella on jo ilmoittauduttu tapahtumaan.", count=2
        )

    def test_a_closed_sign_up_says_so(self):
        self.event.signups_close_at = timezone.now() - timedelta(hours=1)
        self.event.save()
        response = self.client.get("/fi/tapahtumat/tekoaly/ilmoittaudu/")
        self.assertContains(response, "Ilmoittautuminen tähän tapahtumaan on päättynyt.")
        response = self.client.post("/fi/tapahtumat/tekoaly/ilmoittaudu/", answers())
        self.assertContains(response, "Ilmoittautuminen tähän tapahtumaan on päättynyt.")
        self.assertFalse(SignUp.objects.exists())

    def test_an_unpublished_event_takes_no_sign_ups(self):
        self.event.is_published = False
        self.event.save()
        self.assertEqual(self.client.get("/fi/tapahtumat/tekoaly/ilmoittaudu/").status_code, 404)


class PrivateSignUpTestCase(PageTestMixin, TestCase):
    def setUp(self):
        self.event = EventFactory(
            slug="tekoaly", capacity=1, waiting_capacity=1, online_url="https://meet.example/x"
        )
        self.aino = make_signup(self.event, name="Aino Virtanen")
        self.britt = make_signup(self.event, name="Britt Nyman", language="sv")

    def test_cancelling_gives_the_seat_to_the_first_waiting(self):
        url = f"/fi/tapahtumat/oma-ilmoittautuminen/{make_token(self.aino)}/"
        response = self.client.get(url)
        self.assertPage(response, language="fi", title="Oma ilmoittautumisesi")
        self.assertContains(response, "https://meet.example/x")
        deliver().clear()
        response = self.client.post(url, follow=True)
        self.assertContains(response, "Ilmoittautumisesi on peruttu.")
        self.britt.refresh_from_db()
        self.assertEqual(self.britt.status, SignUpStatus.ATTENDING)
        self.assertEqual(self.aino.history.first().history_source, "private_link")
        subjects = sorted(message.subject for message in deliver())
        self.assertEqual(len(subjects), 2)

    def test_the_calendar_file_has_the_online_link_only_with_a_seat(self):
        ics = self.client.get(f"/sv/evenemang/min-anmalan/{make_token(self.britt)}/kalender.ics")
        [entry] = Calendar.from_ical(ics.content).walk("VEVENT")
        self.assertNotIn("meet.example", str(entry["description"]))
        ics = self.client.get(
            f"/fi/tapahtumat/oma-ilmoittautuminen/{make_token(self.aino)}/kalenteri.ics"
        )
        [entry] = Calendar.from_ical(ics.content).walk("VEVENT")
        self.assertIn("https://meet.example/x", str(entry["description"]))

    def test_a_link_we_did_not_sign_is_not_found(self):
        response = self.client.get("/fi/tapahtumat/oma-ilmoittautuminen/WzEsMV0:x:y/")
        self.assertEqual(response.status_code, 404)


class SignUpFormQueriesTestCase(TestCase):
    def test_the_form_makes_three_queries_whatever_the_sign_ups(self):
        event = EventFactory(slug="tekoaly")

        def count():
            # the event with its municipality; the seats and waiting places taken; the
            # municipalities of the select, with their regions
            with self.assertNumQueries(3):
                self.client.get("/fi/tapahtumat/tekoaly/ilmoittaudu/")

        count()
        for number in range(5):
            make_signup(event, name=f"Osallistuja {number}")
        count()


class FullEventTestCase(TestCase):
    def test_a_full_event_says_so_and_offers_no_form(self):
        event = EventFactory(slug="taynna", capacity=1, waiting_capacity=0)
        make_signup(event)
        response = self.client.get("/sv/evenemang/taynna/anmal-dig/")
        self.assertContains(response, "Evenemanget är fullt")
        self.assertNotContains(response, "<form")
