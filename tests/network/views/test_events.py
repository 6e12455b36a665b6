"""The public events pages: the list and its filters, an event's page (status, map, JSON-LD,
the umbrella event's sub-events by region), the iCal feeds; in both languages, with constant
queries and never a sign-up's personal data."""

import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar

from network.models import EventKind, EventMaterial
from tests.base import PageTestMixin
from tests.factories import (
    EventFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    make_signup,
)

HELSINKI = ZoneInfo("Europe/Helsinki")
PLACES = {
    # name: (Swedish name, code, region code, region in Finnish, in Swedish)
    "Helsinki": ("Helsingfors", "091", "01", "Uusimaa", "Nyland"),
    "Turku": ("Åbo", "853", "02", "Varsinais-Suomi", "Egentliga Finland"),
    "Naantali": ("Nådendal", "529", "02", "Varsinais-Suomi", "Egentliga Finland"),
    "Vaasa": ("Vasa", "905", "15", "Pohjanmaa", "Österbotten"),
    "Oulu": ("Uleåborg", "564", "17", "Pohjois-Pohjanmaa", "Norra Österbotten"),
}


def place(name: str):
    name_sv, code, region_code, region_fi, region_sv = PLACES[name]
    region = RegionFactory(code=region_code, name_fi=region_fi, name_sv=region_sv)
    return MunicipalityFactory(code=code, name_fi=name, name_sv=name_sv, region=region)


class EventListTestCase(PageTestMixin, TestCase):
    def setUp(self):
        now = timezone.now()
        self.workshop = EventFactory(title_fi="Robotiikan työpaja", title_sv="Robotworkshop")
        self.past = EventFactory(
            kind=EventKind.DAY_OF_FAILURE,
            title_fi="Mokapäivä 2025",
            title_sv="Misslyckandets dag 2025",
            starts_at=now - timedelta(days=30),
            ends_at=now - timedelta(days=30) + timedelta(hours=5),
        )
        EventMaterial.objects.create(
            event=self.past, title_fi="Diat", title_sv="Bilder", url="https://example.fi/diat"
        )
        EventFactory(title_fi="Luonnos", is_published=False)

    def test_it_lists_upcoming_then_past_with_materials_in_finnish(self):
        response = self.client.get("/fi/tapahtumat/")
        self.assertPage(response, language="fi", title="Tapahtumat")
        text = response.content.decode()
        self.assertLess(text.index("Robotiikan työpaja"), text.index("Mokapäivä"))
        self.assertContains(response, "Diat")
        self.assertNotContains(response, "Luonnos")

    def test_it_lists_them_in_swedish(self):
        response = self.client.get("/sv/evenemang/")
        self.assertPage(response, language="sv", title="Evenemang")
        self.assertContains(response, "Robotworkshop")
        self.assertContains(response, "Bilder")

    def test_it_filters_by_kind_topic_region_and_month(self):
        topic = TopicFactory(slug="robotiikka")
        self.workshop.topics.add(topic)
        turku = place("Turku")
        in_turku = EventFactory(title_fi="Turun työpaja", municipality=turku)
        self.assertNotContains(
            self.client.get("/fi/tapahtumat/", {"kind": "workshop"}), "Mokapäivä"
        )
        response = self.client.get("/fi/tapahtumat/", {"topic": "robotiikka"})
        self.assertContains(response, "Robotiikan työpaja")
        self.assertNotContains(response, "Turun työpaja")
        response = self.client.get("/fi/tapahtumat/", {"region": turku.region.code})
        self.assertContains(response, "Turun työpaja")
        self.assertNotContains(response, "Robotiikan työpaja")
        month = timezone.localtime(in_turku.starts_at).strftime("%Y-%m")
        response = self.client.get("/fi/tapahtumat/", {"month": month})
        self.assertNotContains(response, "Mokapäivä")
        self.assertContains(response, "Turun työpaja")

    def test_nonsense_filters_are_ignored_not_errors(self):
        response = self.client.get("/fi/tapahtumat/", {"month": "2026-13", "kind": "x"})
        self.assertContains(response, "Robotiikan työpaja")

    def test_its_query_count_does_not_grow_with_the_events(self):
        def count():
            # topics and regions of the filters; upcoming events with their place and
            # umbrella; past events; their materials
            with self.assertNumQueries(5):
                self.client.get("/fi/tapahtumat/")

        count()
        for _ in range(3):
            past = EventFactory(
                starts_at=timezone.now() - timedelta(days=3),
                ends_at=timezone.now() - timedelta(days=2),
                municipality=place("Oulu"),
            )
            EventMaterial.objects.create(event=past, title_fi="Tallenne", url="https://e.fi/t")
            EventFactory(parent=self.workshop)
        count()


class EventDetailTestCase(PageTestMixin, TestCase):
    def setUp(self):
        self.event = EventFactory(
            slug="tekoaly-tyopaja",
            title_fi="Tekoälytyöpaja",
            title_sv="AI-workshop",
            municipality=place("Helsinki"),
            latitude="60.16952",
            longitude="24.93545",
            online_url="https://meet.example/salainen",
        )

    def test_it_shows_the_event_in_finnish_and_swedish(self):
        response = self.client.get("/fi/tapahtumat/tekoaly-tyopaja/")
        self.assertPage(response, language="fi", title="Tekoälytyöpaja")
        self.assertContains(response, "/fi/tapahtumat/tekoaly-tyopaja/ilmoittaudu/")
        response = self.client.get("/sv/evenemang/tekoaly-tyopaja/")
        self.assertPage(response, language="sv", title="AI-workshop")
        self.assertContains(response, "Helsingfors")

    def test_the_online_link_is_only_for_those_signed_up_when_the_coordinator_says_so(self):
        self.assertNotContains(self.client.get("/fi/tapahtumat/tekoaly-tyopaja/"), "salainen")
        self.event.online_url_for_signed_up = False
        self.event.save()
        self.assertContains(self.client.get("/fi/tapahtumat/tekoaly-tyopaja/"), "salainen")

    def test_it_draws_the_position_on_the_map_of_finland(self):
        response = self.client.get("/fi/tapahtumat/tekoaly-tyopaja/")
        # Helsinki in ETRS-TM35FIN kilometres.
        self.assertContains(response, '<circle cx="385.4" cy="-6672.1"')

    def test_a_cancelled_event_says_so_with_its_message(self):
        self.event.status = "cancelled"
        self.event.status_message_fi = "Sairastumisen vuoksi."
        self.event.save()
        response = self.client.get("/fi/tapahtumat/tekoaly-tyopaja/")
        self.assertContains(response, "Tapahtuma on peruttu.")
        self.assertContains(response, "Sairastumisen vuoksi.")
        self.assertNotContains(response, "/fi/tapahtumat/tekoaly-tyopaja/ilmoittaudu/")

    def test_an_unpublished_event_is_not_found(self):
        self.event.is_published = False
        self.event.save()
        self.assertEqual(self.client.get("/fi/tapahtumat/tekoaly-tyopaja/").status_code, 404)

    def test_it_never_shows_who_signed_up(self):
        make_signup(self.event, name="Salli Salainen", email="salli@example.fi")
        response = self.client.get("/fi/tapahtumat/tekoaly-tyopaja/")
        self.assertNotContains(response, "Salli")
        self.assertNotContains(response, "salli@example.fi")

    def json_ld(self, response) -> dict:
        match = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
        )
        return json.loads(match[1])

    def test_its_json_ld_is_a_schema_org_event(self):
        data = self.json_ld(self.client.get("/sv/evenemang/tekoaly-tyopaja/"))
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["name"], "AI-workshop")
        self.assertEqual(data["inLanguage"], "sv")
        self.assertEqual(data["eventStatus"], "https://schema.org/EventScheduled")
        self.assertEqual(data["eventAttendanceMode"], "https://schema.org/MixedEventAttendanceMode")
        place, online = data["location"]
        self.assertEqual(place["address"]["addressLocality"], "Helsingfors")
        self.assertEqual(place["geo"]["latitude"], 60.16952)
        # The page stands in for a link that is only for those signed up.
        self.assertEqual(online["url"], "http://testserver/sv/evenemang/tekoaly-tyopaja/")
        self.assertEqual(datetime.fromisoformat(data["startDate"]), self.event.starts_at)

    def test_its_json_ld_cannot_close_the_script(self):
        self.event.title_fi = "</script><script>alert(1)</script>"
        self.event.save()
        response = self.client.get("/fi/tapahtumat/tekoaly-tyopaja/")
        self.assertNotContains(response, "<script>alert(1)")
        self.assertEqual(self.json_ld(response)["name"], self.event.title_fi)

    def test_the_experiment_week_lists_its_sub_events_by_region(self):
        week = EventFactory(slug="kokeiluviikko", title_fi="Kokeiluviikko", takes_signups=False)
        for name in ["Turku", "Oulu", "Naantali"]:
            EventFactory(
                parent=week,
                title_fi=f"Työpaja: {name}",
                municipality=place(name),
            )
        response = self.client.get("/fi/tapahtumat/kokeiluviikko/")
        text = response.content.decode().split("Tapahtumat maakunnittain")[1]
        self.assertLess(text.index("Varsinais-Suomi"), text.index("Pohjois-Pohjanmaa"))
        self.assertLess(text.index("Varsinais-Suomi"), text.index("Työpaja: Naantali"))
        self.assertEqual(len(self.json_ld(response)["subEvent"]), 3)

    def test_its_query_count_does_not_grow_with_sub_events(self):
        week = EventFactory(slug="kokeiluviikko", takes_signups=False)
        week.topics.add(TopicFactory())

        def count():
            # the event with its place, umbrella, programme and group; its topics; its
            # materials; its sub-events with their places
            with self.assertNumQueries(4):
                self.client.get("/fi/tapahtumat/kokeiluviikko/")

        count()
        for name in ["Turku", "Oulu", "Vaasa"]:
            sub_event = EventFactory(parent=week, municipality=place(name))
            EventMaterial.objects.create(event=week, title_fi=name, url="https://e.fi/m")
            sub_event.topics.add(TopicFactory())
        count()


class CalendarFeedTestCase(TestCase):
    def parse(self, response):
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        return Calendar.from_ical(response.content)

    def test_the_feed_holds_every_published_event_in_the_pages_language(self):
        EventFactory(title_fi="Aloitus", title_sv="Start", slug="aloitus")
        EventFactory(title_fi="Luonnos", is_published=False)
        calendar = self.parse(self.client.get("/sv/evenemang/kalender.ics"))
        [entry] = calendar.walk("VEVENT")
        self.assertEqual(str(entry["summary"]), "Start")
        self.assertEqual(str(entry["url"]), "http://127.0.0.1:8000/sv/evenemang/aloitus/")
        self.assertTrue(str(entry["uid"]).startswith("event-"))
        self.assertIn("dtstamp", entry)
        [zone] = calendar.walk("VTIMEZONE")
        self.assertEqual(str(zone["tzid"]), "Europe/Helsinki")
        finnish = self.parse(self.client.get("/fi/tapahtumat/kalenteri.ics"))
        [same] = finnish.walk("VEVENT")
        self.assertEqual(str(same["summary"]), "Aloitus")
        self.assertEqual(same["uid"], entry["uid"])

    def test_nine_oclock_stays_nine_across_the_change_to_and_from_summer_time(self):
        # 29.3.2026 the clocks go forward at 3.00, 25.10.2026 back at 4.00.
        cases = [
            datetime(2026, 3, 28, 9, 0, tzinfo=HELSINKI),
            datetime(2026, 3, 30, 9, 0, tzinfo=HELSINKI),
            datetime(2026, 10, 24, 9, 0, tzinfo=HELSINKI),
            # In the hour that happens twice: the first time, in summer time.
            datetime(2026, 10, 25, 3, 30, tzinfo=HELSINKI),
            datetime(2026, 10, 26, 9, 0, tzinfo=HELSINKI),
        ]
        for index, start in enumerate(cases):
            EventFactory(slug=f"dst-{index}", starts_at=start, ends_at=start + timedelta(hours=2))
        response = self.client.get("/fi/tapahtumat/kalenteri.ics")
        text = response.content.decode()
        self.assertIn("DTSTART;TZID=Europe/Helsinki:20260328T090000", text)
        self.assertIn("DTSTART;TZID=Europe/Helsinki:20260330T090000", text)
        self.assertIn("DTSTART;TZID=Europe/Helsinki:20261026T090000", text)
        entries = self.parse(response).walk("VEVENT")
        for entry, start in zip(entries, cases, strict=True):
            self.assertEqual(entry["dtstart"].dt, start)
            self.assertEqual(entry["dtstart"].dt.utcoffset(), start.utcoffset())
        # Winter is UTC+2, summer UTC+3.
        self.assertEqual(entries[0]["dtstart"].dt.utcoffset(), timedelta(hours=2))
        self.assertEqual(entries[1]["dtstart"].dt.utcoffset(), timedelta(hours=3))
        self.assertEqual(entries[3]["dtstart"].dt.utcoffset(), timedelta(hours=3))
        self.assertEqual(entries[4]["dtstart"].dt.utcoffset(), timedelta(hours=2))

    def test_one_events_file_and_its_status(self):
        EventFactory(slug="peruttu", status="cancelled")
        calendar = self.parse(self.client.get("/fi/tapahtumat/peruttu/kalenteri.ics"))
        [entry] = calendar.walk("VEVENT")
        self.assertEqual(str(entry["status"]), "CANCELLED")

    def test_the_feed_never_holds_a_link_only_for_those_signed_up(self):
        EventFactory(online_url="https://meet.example/salainen")
        self.assertNotContains(self.client.get("/fi/tapahtumat/kalenteri.ics"), "salainen")

    def test_the_feed_makes_one_query(self):
        EventFactory()
        with self.assertNumQueries(1):
            # the events with their municipalities
            self.client.get("/fi/tapahtumat/kalenteri.ics")


class EventsElsewhereTestCase(TestCase):
    """Upcoming events on the home page, on their topic's and municipality's pages, and in the
    sitemap in both languages; never an unpublished or past one."""

    def setUp(self):
        self.topic = TopicFactory(slug="osallistuminen")
        self.turku = place("Turku")
        self.event = EventFactory(
            slug="turun-tyopaja",
            title_fi="Turun osallistumistyöpaja",
            title_sv="Workshop om delaktighet i Åbo",
            municipality=self.turku,
        )
        self.event.topics.add(self.topic)
        hidden = EventFactory(title_fi="Piilotyöpaja", is_published=False, municipality=self.turku)
        hidden.topics.add(self.topic)

    def test_they_are_on_the_home_topic_and_municipality_pages(self):
        for url, title in [
            ("/fi/", "Turun osallistumistyöpaja"),
            ("/sv/", "Workshop om delaktighet i Åbo"),
            ("/fi/aiheet/osallistuminen/", "Turun osallistumistyöpaja"),
            ("/sv/kommuner/853/", "Workshop om delaktighet i Åbo"),
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, title)
                self.assertNotContains(response, "Piilotyöpaja")

    def test_they_are_in_the_sitemap_with_both_languages(self):
        content = self.client.get("/sitemap-events.xml").content.decode()
        self.assertIn("<loc>http://testserver/fi/tapahtumat/turun-tyopaja/</loc>", content)
        self.assertIn("<loc>http://testserver/sv/evenemang/turun-tyopaja/</loc>", content)
        self.assertEqual(content.count("<url>"), 2)
        self.assertIn(
            "http://testserver/sitemap-events.xml", self.client.get("/sitemap.xml").content.decode()
        )
        with self.assertNumQueries(1):
            self.client.get("/sitemap-events.xml")


class EventOfAGroupTestCase(TestCase):
    def test_the_event_links_to_its_public_group_only(self):
        from network.models import NetworkGroup

        group = NetworkGroup.objects.create(
            name_fi="Robotit", name_sv="Robotar", slug="robotit", is_published=True
        )
        EventFactory(slug="robottipaja", group=group)
        self.assertContains(
            self.client.get("/sv/evenemang/robottipaja/"), 'href="/sv/temagrupper/robotit/"'
        )
        NetworkGroup.objects.filter(pk=group.pk).update(is_published=False)
        self.assertNotContains(self.client.get("/sv/evenemang/robottipaja/"), "Robotar")
