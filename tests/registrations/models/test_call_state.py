from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import TestCase

from registrations.models import Call, CallRoles, CallState, Role
from tests.factories import CallFactory, FeeTierFactory

HELSINKI = ZoneInfo("Europe/Helsinki")
MICROSECOND = timedelta(microseconds=1)


class CallStateTestCase(TestCase):
    """Digiverkostohanke's dates: open 3 April, deadline 8 May, late registrations to 6 June."""

    @classmethod
    def setUpTestData(cls):
        cls.opens = datetime(2023, 4, 3, 9, 0, tzinfo=HELSINKI)
        cls.closes = datetime(2023, 5, 8, 23, 59, tzinfo=HELSINKI)
        cls.late = datetime(2023, 6, 6, 12, 0, tzinfo=HELSINKI)
        cls.call = CallFactory(opens_at=cls.opens, closes_at=cls.closes, late_until=cls.late)

    def test_it_is_upcoming_until_the_moment_it_opens(self):
        self.assertEqual(self.call.state_at(self.opens - MICROSECOND), CallState.UPCOMING)
        self.assertEqual(self.call.state_at(self.opens), CallState.OPEN)

    def test_it_is_open_up_to_and_including_the_deadline(self):
        self.assertEqual(self.call.state_at(self.closes), CallState.OPEN)
        self.assertEqual(self.call.state_at(self.closes + MICROSECOND), CallState.LATE)

    def test_it_takes_late_registrations_up_to_and_including_late_until(self):
        self.assertEqual(self.call.state_at(self.late), CallState.LATE)
        self.assertEqual(self.call.state_at(self.late + MICROSECOND), CallState.CLOSED)

    def test_it_closes_at_the_deadline_without_late_registrations(self):
        call = CallFactory(opens_at=self.opens, closes_at=self.closes)
        self.assertEqual(call.state_at(self.closes), CallState.OPEN)
        self.assertEqual(call.state_at(self.closes + MICROSECOND), CallState.CLOSED)

    def test_the_queryset_agrees_with_the_state(self):
        moments = {
            "upcoming": self.opens - MICROSECOND,
            "open": self.opens,
            "late": self.late,
            "closed": self.late + MICROSECOND,
        }
        for name, moment in moments.items():
            with self.subTest(name):
                accepting = Call.objects.accepting_at(moment).filter(pk=self.call.pk).exists()
                self.assertEqual(accepting, name in {"open", "late"})
                upcoming = Call.objects.upcoming_at(moment).filter(pk=self.call.pk).exists()
                self.assertEqual(upcoming, name == "upcoming")
                past = Call.objects.past_at(moment).filter(pk=self.call.pk).exists()
                self.assertEqual(past, name == "closed")

    def test_an_unpublished_call_accepts_nobody(self):
        self.call.is_published = False
        self.call.save()
        self.assertFalse(Call.objects.accepting_at(self.opens).exists())


class CallRolesTestCase(TestCase):
    def test_it_accepts_the_roles_it_was_set_up_for(self):
        both = CallFactory(roles=CallRoles.BOTH)
        only_experimenters = CallFactory(roles=CallRoles.KOKEILIJA)
        self.assertEqual(both.accepted_roles, [Role.KOKEILIJA, Role.VAIKUTTAJA])
        self.assertTrue(only_experimenters.accepts_role(Role.KOKEILIJA))
        self.assertFalse(only_experimenters.accepts_role(Role.VAIKUTTAJA))


class FeeTierTestCase(TestCase):
    """Fees by municipality size, as in Digiverkostohanke."""

    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory()
        FeeTierFactory(call=cls.call, max_population=5000, fee_eur=1500)
        FeeTierFactory(call=cls.call, max_population=20000, fee_eur=3000)
        FeeTierFactory(call=cls.call, max_population=None, fee_eur=8000)

    def test_it_picks_the_smallest_tier_that_fits(self):
        self.assertEqual(self.call.fee_for(800), 1500)
        self.assertEqual(self.call.fee_for(5000), 1500)
        self.assertEqual(self.call.fee_for(5001), 3000)
        self.assertEqual(self.call.fee_for(20000), 3000)
        self.assertEqual(self.call.fee_for(674_500), 8000)

    def test_a_call_without_tiers_has_no_fee(self):
        self.assertIsNone(CallFactory().fee_for(10000))

    def test_without_an_open_ended_tier_a_large_municipality_has_no_fee(self):
        call = CallFactory()
        FeeTierFactory(call=call, max_population=5000, fee_eur=1500)
        self.assertIsNone(call.fee_for(5001))
