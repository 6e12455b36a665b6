from django.test import TestCase
from django.utils import timezone

from network.models import Event, EventKind
from network.reference_data.loader import load_reference_data
from registrations.devtools.demo import seed_demo
from registrations.models import SignUp


class DemoEventsTestCase(TestCase):
    def test_the_demo_has_the_experiment_week_a_kick_off_a_webinar_and_a_past_day_of_failure(self):
        load_reference_data()
        seed_demo()
        now = timezone.now()
        week = Event.objects.get(slug="kokeiluviikko-2026")
        regions = set(week.sub_events.values_list("municipality__region__code", flat=True))
        self.assertGreaterEqual(len(regions), 6)
        self.assertTrue(week.sub_events.filter(kind=EventKind.DAY_OF_FAILURE).exists())
        upcoming = Event.objects.published().upcoming(now)
        self.assertTrue(upcoming.filter(kind=EventKind.KICK_OFF).exists())
        self.assertTrue(upcoming.filter(kind=EventKind.WEBINAR).exists())
        past = Event.objects.published().past(now).get(kind=EventKind.DAY_OF_FAILURE)
        self.assertEqual(past.materials.count(), 3)
        self.assertTrue(all(event.title_fi and event.title_sv for event in Event.objects.all()))
        turku = Event.objects.get(slug="kokeiluviikko-2026-turku")
        self.assertEqual(SignUp.objects.filter(event=turku).attending().count(), 2)
        self.assertEqual(SignUp.objects.filter(event=turku).waiting().count(), 2)
        # Seeding again adds nothing.
        count = Event.objects.count()
        seed_demo()
        self.assertEqual(Event.objects.count(), count)
