from datetime import date, timedelta
from unittest import mock
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import timezone
from django.utils.translation import override

from registrations.forms.registration import KokeilijaForm
from registrations.models import Registration, Status
from registrations.public.browsing import Filters, browse
from registrations.services import submission
from registrations.services.decisions import publish_if_accepted
from tests.factories import (
    CallFactory,
    MunicipalityFactory,
    OrganisationFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)
from tests.registrations.form_data import kokeilija_data


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


class SyncDerivedTestCase(TestCase):
    def test_it_brings_many_registrations_in_step_at_once(self):
        moved, unchanged = make_registration(), make_registration()
        region = RegionFactory()
        # A name no factory's sequence can give another registration's topic or place.
        elsewhere = MunicipalityFactory(region=region, name_fi="Kauhajoki", name_sv="Kauhajoki")
        # Saved as an admin's edit would save it, before anything derived is brought in step.
        Registration.objects.filter(pk=moved.pk).update(
            lead_municipality=elsewhere, starts_on=date(2031, 1, 1)
        )
        moved.refresh_from_db()
        moved.municipalities.clear()
        before = set(unchanged.regions.values_list("pk", flat=True))
        submission.sync_derived(registrations=[moved, unchanged])
        self.assertEqual(list(moved.municipalities.all()), [elsewhere])
        self.assertEqual(list(moved.regions.all()), [region])
        self.assertEqual(Registration.objects.get(pk=moved.pk).start_year, 2031)
        self.assertEqual(set(unchanged.regions.values_list("pk", flat=True)), before)
        found = browse(Filters(q=elsewhere.name_fi), today=date.today()).results
        self.assertEqual(list(found), [moved])
        found = browse(Filters(municipality=elsewhere.code), today=date.today()).results
        self.assertEqual(list(found), [moved])


class PublicationTestCase(TestCase):
    def test_a_later_acceptance_keeps_the_first_moment(self):
        registration = make_registration(status=Status.ACCEPTED)
        first = registration.published_at
        registration.status = Status.ACCEPTED
        publish_if_accepted(registration=registration, now=first + timedelta(days=1))
        self.assertEqual(registration.published_at, first)


class RepeatedSubmitTestCase(TestCase):
    """A double click sends the same form twice, sometimes at the same moment."""

    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory()
        cls.lead = MunicipalityFactory()
        cls.topic = TopicFactory()

    def submit(self, key):
        form = KokeilijaForm(kokeilija_data(self.lead, self.topic), language="fi")
        self.assertTrue(form.is_valid(), form.errors)
        return submission.submit_registration(
            call=self.call,
            role="kokeilija",
            language="fi",
            details=form.details(),
            submission_key=key,
        )

    def test_it_answers_a_repeat_with_the_registration_already_saved(self):
        key = uuid4()
        first, created = self.submit(key)
        again, created_again = self.submit(key)
        self.assertEqual((again, created, created_again), (first, True, False))
        self.assertEqual(Registration.objects.count(), 1)

    def test_it_answers_a_twin_that_committed_while_this_one_was_being_checked(self):
        # The twin was not there when this request looked, and was saved before this one's
        # full_clean(): its unique submission key fails validation, not the database.
        key = uuid4()
        first, _ = self.submit(key)
        real = submission._saved_with
        with mock.patch.object(submission, "_saved_with", side_effect=[None, real(key)]):
            twin, created = self.submit(key)
        self.assertEqual((twin, created), (first, False))
        self.assertEqual(Registration.objects.count(), 1)

    def test_a_real_validation_error_is_not_taken_for_a_twin(self):
        with (
            mock.patch.object(Registration, "full_clean", side_effect=ValidationError("bad")),
            self.assertRaises(ValidationError),
        ):
            self.submit(uuid4())
        self.assertFalse(Registration.objects.exists())
