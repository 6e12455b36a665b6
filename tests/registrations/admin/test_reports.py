"""Coordinators in the admin: the review queue, the review and its e-mails in the contact
person's language, verification of savings, adoptions, the overdue list, the CSV export and
import."""

from datetime import timedelta
from decimal import Decimal

from django.core import mail
from django.utils import timezone

from registrations.models import (
    Adoption,
    ReportKind,
    ReportState,
    Role,
    Savings,
)
from registrations.services import reports, savings
from registrations.services.reports import ReportContent
from registrations.services.savings import SavingsFigures
from tests.base import BaseTestCase
from tests.factories import CallFactory, MunicipalityFactory, make_registration
from tests.outbox import deliver

REPORTS = "/fi/admin/registrations/report/"


def sent_report(registration, *, failures="Botti ei ymmärtänyt murteita."):
    report = reports.start_report(registration=registration, kind=ReportKind.FINAL)
    reports.save_report(
        report=report,
        content=ReportContent(
            stage="finished",
            texts={"done": "Otimme botin käyttöön.", "failures": failures, "lessons": "Testaa."},
            savings=SavingsFigures(
                cost_before=Decimal("50000"), cost_after=Decimal("38000"), method="Tunnit."
            ),
        ),
    )
    return reports.submit_report(report=report)


class ReviewTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_the_queue_lists_submitted_reports(self):
        report = sent_report(make_registration(title="Chatbotti kirjastoon"))
        response = self.client.get(REPORTS, {"state__exact": "submitted"})
        self.assertContains(response, "Chatbotti kirjastoon")
        self.assertContains(response, "Odottaa käsittelyä")
        self.assertContains(response, f"{REPORTS}{report.pk}/change/")

    def test_a_coordinator_accepts_and_the_contact_hears_in_swedish(self):
        registration = make_registration(contact_language="sv", language="sv", title="Chattbot")
        report = sent_report(registration)
        page = self.client.get(f"{REPORTS}{report.pk}/review/")
        self.assertContains(page, "Botti ei ymmärtänyt murteita.")
        deliver()
        mail.outbox = []
        response = self.client.post(f"{REPORTS}{report.pk}/review/", {"state": "accepted"})
        self.assertRedirects(response, f"{REPORTS}{report.pk}/change/")
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.ACCEPTED)
        self.assertEqual(report.reviewed_by, self.coordinator)
        message = deliver()[-1]
        self.assertIn("Slutrapporten", message.subject)
        self.assertIn("godkänts", message.subject)

    def test_asking_for_changes_without_a_message_is_an_error_in_finnish(self):
        report = sent_report(make_registration())
        response = self.client.post(
            f"{REPORTS}{report.pk}/review/", {"state": "changes_requested", "message": ""}
        )
        self.assertContains(response, "Kerro osallistujalle, mitä raportissa pitää muuttaa.")
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.SUBMITTED)

    def test_the_history_names_the_reviewer(self):
        report = sent_report(make_registration())
        self.client.post(f"{REPORTS}{report.pk}/review/", {"state": "rejected"})
        latest = report.history.first()
        self.assertEqual(latest.history_user, self.coordinator)
        self.assertEqual(latest.state, ReportState.REJECTED)

    def test_a_registrations_page_links_to_its_reports(self):
        registration = make_registration()
        report = sent_report(registration)
        response = self.client.get(
            f"/sv/admin/registrations/registration/{registration.pk}/change/"
        )
        self.assertContains(response, f'href="/sv/admin/registrations/report/{report.pk}/change/"')
        self.assertContains(response, "Slutrapport")

    def test_the_history_page_shows_who_reviewed_in_both_languages(self):
        report = sent_report(make_registration())
        self.client.post(f"{REPORTS}{report.pk}/review/", {"state": "accepted"})
        for language, word in [("fi", "Hyväksytty"), ("sv", "Godkänd")]:
            with self.subTest(language):
                url = f"/{language}/admin/registrations/report/{report.pk}/history/"
                response = self.client.get(url)
                self.assertContains(response, self.coordinator.username)
                self.assertContains(response, word)

    def test_an_outsider_cannot_review(self):
        report = sent_report(make_registration())
        self.client.force_login(self.outsider)
        response = self.client.post(f"{REPORTS}{report.pk}/review/", {"state": "accepted"})
        self.assertNotEqual(response.status_code, 200)
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.SUBMITTED)


class VerificationTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_a_coordinator_verifies_a_reports_savings_which_stay_as_reported(self):
        report = sent_report(make_registration())
        report_savings = Savings.objects.get(report=report)
        url = f"/fi/admin/registrations/savings/{report_savings.pk}/change/"
        page = self.client.get(url)
        self.assertContains(page, "Luvut on varmennettu")
        response = self.client.post(
            url, {"verified": "on", "verification_note": "Tarkistettu tilinpäätöksestä."}
        )
        self.assertEqual(response.status_code, 302)
        report_savings.refresh_from_db()
        self.assertTrue(report_savings.is_verified)
        self.assertEqual(report_savings.verified_by, self.coordinator)
        self.assertEqual(report_savings.cost_before, Decimal("50000"))

    def test_a_coordinator_adds_an_influencers_own_savings(self):
        influencer = make_registration(role=Role.VAIKUTTAJA, title="Sähköinen arkisto")
        response = self.client.post(
            "/fi/admin/registrations/savings/add/",
            {
                "registration": influencer.pk,
                "cost_before": "20000",
                "cost_after": "12000",
                "method_fi": "Arkistotilan vuokra.",
                "method_sv": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        own = influencer.savings.get()
        self.assertEqual(own.net_saving, Decimal("8000"))
        self.assertTrue(own.is_current)

    def test_a_baseline_below_zero_is_refused(self):
        influencer = make_registration(role=Role.VAIKUTTAJA)
        response = self.client.post(
            "/fi/admin/registrations/savings/add/",
            {"registration": influencer.pk, "cost_before": "-1", "cost_after": "0"},
        )
        self.assertContains(response, "Kustannus ei voi olla alle nollan.")
        self.assertFalse(influencer.savings.exists())


class AdoptionTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_a_coordinator_records_an_adoption_confirmed(self):
        registration = make_registration()
        kajaani = MunicipalityFactory(name_fi="Kajaani", name_sv="Kajana")
        response = self.client.post(
            "/fi/admin/registrations/adoption/add/",
            {
                "registration": registration.pk,
                "municipality": kajaani.pk,
                "year": "2026",
                "note_fi": "Otti chatbotin käyttöön.",
                "note_sv": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        adoption = Adoption.objects.get()
        self.assertTrue(adoption.is_confirmed)
        self.assertEqual(adoption.confirmed_by, self.coordinator)

    def test_a_reported_adoption_is_confirmed_with_an_action(self):
        registration = make_registration()
        adoption = Adoption.objects.create(
            registration=registration, municipality=MunicipalityFactory(), year=2025
        )
        self.client.post(
            "/fi/admin/registrations/adoption/",
            {"action": "confirm", "_selected_action": [adoption.pk], "index": "0"},
        )
        adoption.refresh_from_db()
        self.assertTrue(adoption.is_confirmed)


class OverdueTestCase(BaseTestCase):
    def test_it_lists_the_reports_past_their_deadline(self):
        call = CallFactory(final_report_due=timezone.localdate() - timedelta(days=3))
        owing = make_registration(call=call, title="Myöhässä oleva kokeilu")
        done = make_registration(call=call, title="Valmis kokeilu")
        sent_report(done)
        self.client.force_login(self.coordinator)
        response = self.client.get(f"{REPORTS}overdue/")
        self.assertContains(response, owing.reference)
        self.assertContains(response, "Loppuraportti")
        self.assertNotContains(response, done.reference)


class CsvTestCase(BaseTestCase):
    def setUp(self):
        self.client.force_login(self.coordinator)

    def export(self) -> str:
        response = self.client.get(f"{REPORTS}export/")
        self.assertEqual(response.status_code, 200)
        return b"".join(response).decode("utf-8")

    def test_the_export_has_every_report_and_nothing_personal(self):
        registration = make_registration(contact_email="maija.meikalainen@kunta.example")
        sent_report(registration)
        text = self.export()
        self.assertIn(registration.reference, text)
        self.assertIn("Botti ei ymmärtänyt murteita.", text)
        self.assertIn('"12000.00"', text)
        self.assertNotIn("maija", text.lower())

    def test_importing_the_export_updates_and_never_duplicates(self):
        registration = make_registration()
        report = sent_report(registration)
        text = self.export().replace("Botti ei ymmärtänyt murteita.", "Murteet olivat vaikeita.")
        for _round in range(2):
            response = self.client.post(f"{REPORTS}import/", {"text": text})
            self.assertEqual(response.status_code, 302)
        self.assertEqual(registration.reports.count(), 1)
        report.refresh_from_db()
        self.assertEqual(report.failures_fi, "Murteet olivat vaikeita.")
        self.assertEqual(report.savings.net_saving, Decimal("12000"))

    def test_a_new_row_adds_a_report_and_a_bad_row_saves_nothing(self):
        registration = make_registration()
        header = "reference;kind;number;state;stage;done_fi;cost_before;cost_after"
        good = f"{registration.reference};final;1;accepted;finished;Tehty paperilla.;1000;400"
        bad = "DK-1999-9999;final;1;accepted;finished;Ei ole;1;1"
        response = self.client.post(f"{REPORTS}import/", {"text": f"{header}\n{good}\n{bad}\n"})
        self.assertContains(response, "Rivi 3")
        self.assertFalse(registration.reports.exists())
        self.client.post(f"{REPORTS}import/", {"text": f"{header}\n{good}\n"})
        report = registration.reports.get()
        self.assertEqual(report.state, ReportState.ACCEPTED)
        self.assertEqual(Savings.objects.counted().get().net_saving, Decimal("600"))


class InfluencerSavingsTestCase(BaseTestCase):
    def test_own_savings_are_listed_with_reported_ones(self):
        influencer = make_registration(role=Role.VAIKUTTAJA, title="Sähköinen arkisto")
        savings.record_own_savings(
            registration=influencer,
            figures=SavingsFigures(cost_before=Decimal("100"), cost_after=Decimal("40")),
        )
        self.client.force_login(self.coordinator)
        response = self.client.get("/fi/admin/registrations/savings/")
        self.assertContains(response, "Sähköinen arkisto")
        self.assertContains(response, "60\xa0€")
