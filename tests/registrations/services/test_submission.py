from django.test import TestCase
from django.utils import timezone
from django.utils.translation import override

from registrations.models import Status
from registrations.services import submission
from tests.factories import (
    MunicipalityFactory,
    OrganisationFactory,
    RegionFactory,
    make_registration,
)


class ReferenceNumberTestCase(TestCase):
    def test_it_counts_up_within_a_year(self):
        year = timezone.localdate().year
        first = make_registration()
        second = make_registration()
        self.assertEqual(first.reference, f"DK-{year}-0001")
        self.assertEqual(second.reference, f"DK-{year}-0002")

    def test_it_starts_again_each_year(self):
        self.assertEqual(submission.next_reference(year=2025), "DK-2025-0001")
        self.assertEqual(submission.next_reference(year=2026), "DK-2026-0001")
        self.assertEqual(submission.next_reference(year=2025), "DK-2025-0002")


class CreateRegistrationTestCase(TestCase):
    def test_it_stores_the_texts_in_the_language_they_were_written_in(self):
        registration = make_registration(language="sv", title="E-tjänst för bygglov", idea="")
        self.assertEqual(registration.title_sv, "E-tjänst för bygglov")
        self.assertIsNone(registration.title_fi)
        with override("fi"):
            # Finnish falls back on Swedish, so the Finnish page is never empty.
            self.assertEqual(registration.title, "E-tjänst för bygglov")

    def test_the_lead_municipality_counts_among_the_participants(self):
        lead = MunicipalityFactory()
        other = MunicipalityFactory(region=RegionFactory())
        registration = make_registration(lead_municipality=lead, municipalities=[other])
        self.assertEqual(set(registration.municipalities.all()), {lead, other})
        self.assertEqual(set(registration.regions.all()), {lead.region, other.region})
        self.assertEqual(registration.other_municipalities, [other])

    def test_an_organisation_lead_brings_its_region(self):
        region = RegionFactory()
        registration = make_registration(lead_organisation=OrganisationFactory(region=region))
        self.assertEqual(list(registration.regions.all()), [region])

    def test_publishing_sets_the_moment(self):
        self.assertIsNotNone(make_registration(status=Status.ACCEPTED).published_at)
        self.assertIsNone(make_registration(status=Status.SUBMITTED).published_at)
