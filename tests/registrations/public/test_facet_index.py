from datetime import date, timedelta

from django.test import TestCase
from django.utils import timezone

from registrations.models import Phase, Role, Status, phase_of
from registrations.public import facet_index
from registrations.services.decisions import decide
from tests.factories import MunicipalityFactory, TopicFactory, make_registration


class PhaseTestCase(TestCase):
    def test_it_follows_the_dates(self):
        today = date(2026, 11, 22)
        cases = [
            (Role.VAIKUTTAJA, None, None, Phase.IMPLEMENTED),
            (Role.KOKEILIJA, None, None, Phase.PLANNED),
            (Role.KOKEILIJA, today + timedelta(days=1), None, Phase.PLANNED),
            (Role.KOKEILIJA, today, None, Phase.ONGOING),
            (Role.KOKEILIJA, today - timedelta(days=9), today, Phase.ONGOING),
            (Role.KOKEILIJA, today - timedelta(days=9), today - timedelta(days=1), Phase.ENDED),
        ]
        for role, starts, ends, expected in cases:
            with self.subTest(role=role, starts=starts, ends=ends):
                self.assertEqual(phase_of(role, starts, ends, today), expected)


class FacetIndexTestCase(TestCase):
    def test_building_it_takes_ten_queries_whatever_the_data(self):
        make_registration()
        with self.assertNumQueries(11):
            # the data version; the experiments; their topics, regions, municipalities; names
            # of topics, regions, municipalities with regions, calls; regional councils
            facet_index.current(timezone.localdate())
        facet_index.forget()
        for _ in range(20):
            make_registration(municipalities=[MunicipalityFactory()], topics=[TopicFactory()])
        with self.assertNumQueries(11):
            facet_index.current(timezone.localdate())

    def test_it_is_reused_until_the_data_changes(self):
        registration = make_registration(status=Status.SUBMITTED)
        first = facet_index.current(timezone.localdate())
        self.assertIs(facet_index.current(timezone.localdate()), first)
        self.assertEqual(first.ids, [])
        decide(registration=registration, status=Status.ACCEPTED, message="", by=None)
        second = facet_index.current(timezone.localdate())
        self.assertIsNot(second, first)
        self.assertEqual(second.ids, [registration.pk])

    def test_a_new_submission_does_not_rebuild_it(self):
        make_registration()
        first = facet_index.current(timezone.localdate())
        make_registration(status=Status.SUBMITTED)
        self.assertIs(facet_index.current(timezone.localdate()), first)

    def test_a_withdrawn_experiment_leaves_it_at_once(self):
        registration = make_registration()
        self.assertEqual(facet_index.current(timezone.localdate()).ids, [registration.pk])
        decide(registration=registration, status=Status.WITHDRAWN, message="", by=None)
        self.assertEqual(facet_index.current(timezone.localdate()).ids, [])

    def test_a_new_day_moves_experiments_to_their_next_stage(self):
        today = timezone.localdate()
        registration = make_registration(starts_on=today + timedelta(days=1))
        index = facet_index.current(today)
        self.assertEqual(index.mask("stage", Phase.PLANNED), 1)
        tomorrow = facet_index.current(today + timedelta(days=1))
        self.assertEqual(tomorrow.mask("stage", Phase.ONGOING), 1)
        self.assertEqual(tomorrow.ids, [registration.pk])


class BitsTestCase(TestCase):
    def test_a_mask_holds_exactly_its_positions(self):
        positions = [0, 7, 8, 63, 64, 999]
        mask = facet_index.mask_of(positions, 1000)
        self.assertEqual(list(facet_index.positions_in(mask)), positions)
        self.assertEqual(mask.bit_count(), len(positions))
        self.assertEqual(list(facet_index.positions_in(0)), [])

    def test_a_page_follows_the_order_it_is_given(self):
        index = facet_index.FacetIndex(
            version="v",
            ids=[10, 20, 30, 40],
            masks={},
            title_order={},
            names={},
            regional_councils=0,
        )
        mask = facet_index.mask_of([0, 2, 3], 4)
        self.assertEqual(index.page(mask, offset=0, limit=2), [10, 30])
        self.assertEqual(index.page(mask, offset=1, limit=5, order=[3, 2, 1, 0]), [30, 10])
