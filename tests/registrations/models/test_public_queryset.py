from django.test import TestCase

from registrations.models import CONTACT_FIELDS, Registration, Status
from tests.factories import make_registration


class PublicQuerySetTestCase(TestCase):
    def test_it_lets_through_only_accepted_registrations(self):
        accepted = make_registration(status=Status.ACCEPTED)
        for status in [Status.SUBMITTED, Status.NEEDS_CHANGES, Status.REJECTED, Status.WITHDRAWN]:
            make_registration(status=status, title=f"Hidden {status}")
        self.assertEqual(list(Registration.objects.public()), [accepted])

    def test_it_never_loads_the_contact_person(self):
        make_registration(status=Status.ACCEPTED)
        registration = Registration.objects.public().get()
        self.assertTrue(set(CONTACT_FIELDS) <= registration.get_deferred_fields())

    def test_a_public_registration_is_reachable_through_reverse_relations(self):
        registration = make_registration(status=Status.ACCEPTED)
        make_registration(status=Status.SUBMITTED, lead_municipality=registration.lead)
        municipality = registration.lead_municipality
        self.assertEqual(list(municipality.registrations.public()), [registration])
        self.assertEqual(list(municipality.region.registrations.public()), [registration])
