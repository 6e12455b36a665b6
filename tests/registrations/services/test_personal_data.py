"""One person's data by e-mail address: found wherever it is held, exported, erased from
every table, and each use recorded without the address."""

import json

from django.utils.translation import override

from registrations.models import (
    Decision,
    PersonalDataAction,
    PersonalDataRequest,
    Registration,
    Status,
)
from registrations.services import personal_data
from tests.base import BaseTestCase
from tests.registrations.people import (
    ADDRESS,
    NAME,
    OTHER_ADDRESS,
    OTHER_NAME,
    PHONE,
    UNRELATED_ADDRESS,
    maija_everywhere,
)
from tests.traces import traces


class PersonalDataTestCase(BaseTestCase):
    def setUp(self):
        self.maija = maija_everywhere(coordinator=self.coordinator)


class FindTestCase(PersonalDataTestCase):
    def test_it_finds_every_kind_of_record_held_about_the_address(self):
        holdings = personal_data.find(address=f"  {ADDRESS.upper()} ", by=self.coordinator)
        self.assertEqual(set(holdings.registrations), {self.maija.accepted, self.maija.rejected})
        history_of = {row.id for row in holdings.registration_history}
        self.assertEqual(
            history_of,
            {self.maija.accepted.pk, self.maija.rejected.pk, self.maija.handed_over.pk},
        )
        messages = [decision.message for decision in holdings.decisions]
        self.assertEqual(len(messages), 4, messages)
        self.assertTrue(any(ADDRESS.upper() in message for message in messages))
        self.assertNotIn(self.maija.toinis_decision, holdings.decisions)
        self.assertTrue(holdings.decision_history.exists())
        self.assertEqual(len(holdings.report_reviews), 1)
        self.assertEqual(len(holdings.savings_notes), 1)
        recipients = {email.recipients for email in holdings.emails}
        self.assertIn(ADDRESS, recipients)
        self.assertNotIn(OTHER_ADDRESS, recipients, "Toini's e-mails are hers")

    def test_an_unknown_address_holds_nothing(self):
        holdings = personal_data.find(address="ei.ketaan@kunta.example")
        self.assertTrue(holdings.is_empty)
        self.assertEqual(set(holdings.counts().values()), {0})

    def test_each_search_is_recorded_with_a_keyed_hash_not_the_address(self):
        holdings = personal_data.find(address=ADDRESS, by=self.coordinator)
        request = PersonalDataRequest.objects.get()
        self.assertEqual(request.action, PersonalDataAction.FIND)
        self.assertEqual(request.made_by, self.coordinator)
        self.assertEqual(request.counts, holdings.counts())
        self.assertEqual(request.counts["registrations"], 2)
        self.assertNotIn("maija", request.address_hash)
        self.assertEqual(len(request.address_hash), 64)
        self.assertEqual(request.address_hash, personal_data.address_hash(ADDRESS.upper()))
        self.assertEqual(list(personal_data.earlier_requests(f" {ADDRESS} ")), [request])
        self.assertFalse(personal_data.earlier_requests(OTHER_ADDRESS).exists())


class ExportTestCase(PersonalDataTestCase):
    def test_it_exports_every_field_of_every_record_as_json(self):
        data = json.loads(personal_data.export(address=ADDRESS, by=self.coordinator))
        self.assertEqual(data["address"], ADDRESS)
        registrations = {row["fields"]["reference"]: row for row in data["registrations"]}
        accepted = registrations[self.maija.accepted.reference]["fields"]
        self.assertEqual(accepted["contact_name"], NAME)
        self.assertEqual(accepted["contact_phone"], PHONE)
        self.assertEqual(accepted["title_fi"], "Chatbotti kirjastoon")
        self.assertIn("topics", accepted)
        self.assertNotIn("link_version", accepted)
        self.assertTrue(
            any(NAME in row["fields"]["message"] for row in data["decisions"]), data["decisions"]
        )
        self.assertTrue(
            any(row["fields"]["history_type"] == "+" for row in data["registration_history"])
        )
        self.assertIn(ADDRESS, {row["fields"]["recipients"] for row in data["emails"]})
        self.assertEqual(PersonalDataRequest.objects.get().action, PersonalDataAction.EXPORT)


class EraseTestCase(PersonalDataTestCase):
    def test_the_address_name_and_phone_are_in_many_tables_before(self):
        tables = {table for table, _column, _term in traces(ADDRESS, NAME, PHONE)}
        self.assertLessEqual(
            {
                "registrations_registration",
                "registrations_historicalregistration",
                "registrations_decision",
                "registrations_historicaldecision",
                "registrations_sentemail",
                "registrations_report",
                "registrations_historicalreport",
                "registrations_savings",
                "registrations_historicalsavings",
            },
            tables,
        )

    def test_after_erasure_the_address_name_and_phone_are_in_no_table(self):
        personal_data.erase(address=ADDRESS, by=self.coordinator)
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [])

    def test_it_deletes_the_rejected_registration_and_keeps_its_history(self):
        counts = personal_data.erase(address=ADDRESS, by=self.coordinator)
        self.assertEqual(counts["deleted_registrations"], 1)
        self.assertFalse(Registration.objects.filter(pk=self.maija.rejected.pk).exists())
        history = Registration.history.filter(id=self.maija.rejected.pk)
        self.assertEqual(history.first().history_type, "-")
        self.assertEqual(history.first().title_fi, "Hylätty kokeilu")
        self.assertEqual(set(history.values_list("contact_email", flat=True)), {""})

    def test_it_keeps_the_accepted_registration_without_its_contact_person(self):
        personal_data.erase(address=ADDRESS, by=self.coordinator)
        accepted = Registration.objects.get(pk=self.maija.accepted.pk)
        self.assertEqual(accepted.status, Status.ACCEPTED)
        self.assertEqual(accepted.title, "Chatbotti kirjastoon")
        self.assertEqual(
            (accepted.contact_name, accepted.contact_title, accepted.contact_email), ("", "", "")
        )
        self.assertEqual(accepted.contact_phone, "")
        latest = accepted.history.first()
        self.assertEqual(latest.history_change_reason, "erasure")
        self.assertEqual(latest.history_user, self.coordinator)
        with override("fi"):
            self.assertEqual(latest.reason, "henkilötiedot poistettu pyynnöstä")
        with override("sv"):
            self.assertEqual(latest.reason, "personuppgifterna raderade på begäran")

    def test_it_leaves_the_next_contact_person_and_other_registrations_alone(self):
        personal_data.erase(address=ADDRESS, by=self.coordinator)
        handed_over = Registration.objects.get(pk=self.maija.handed_over.pk)
        self.assertEqual(
            (handed_over.contact_name, handed_over.contact_email), (OTHER_NAME, OTHER_ADDRESS)
        )
        self.assertEqual(
            Decision.objects.get(pk=self.maija.toinis_decision.pk).message,
            f"Hei {OTHER_NAME}, hyväksytty.",
        )
        self.assertTrue(traces(OTHER_ADDRESS))
        unrelated = Registration.objects.get(pk=self.maija.unrelated.pk)
        self.assertEqual(unrelated.contact_email, UNRELATED_ADDRESS)
        self.assertEqual(unrelated.decisions.get().message, "", "it named Maija's address")

    def test_the_erasure_is_recorded_with_counts_and_without_the_address(self):
        counts = personal_data.erase(address=ADDRESS, by=self.coordinator)
        request = PersonalDataRequest.objects.get()
        self.assertEqual(request.action, PersonalDataAction.ERASE)
        self.assertEqual(request.counts, counts)
        self.assertEqual(request.made_by, self.coordinator)
        self.assertEqual(request.address_hash, personal_data.address_hash(ADDRESS))

    def test_a_second_erasure_finds_nothing_left(self):
        personal_data.erase(address=ADDRESS, by=self.coordinator)
        self.assertTrue(personal_data.holdings_of(address=ADDRESS).is_empty)
