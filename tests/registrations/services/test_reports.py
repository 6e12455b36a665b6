"""A participant's reports through the private link and a coordinator's review of them."""

from decimal import Decimal

from django.core import mail
from django.core.exceptions import ValidationError
from django.test import override_settings

from registrations.models import EmailKind, Report, ReportKind, ReportStage, ReportState, Status
from registrations.services import reports
from registrations.services.reports import (
    AdoptionInput,
    LinkInput,
    NotReportable,
    NotReviewable,
    NotWritable,
    ReportContent,
)
from registrations.services.savings import SavingsFigures
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, make_registration
from tests.outbox import deliver


def final_content(**overrides) -> ReportContent:
    values = {
        "stage": ReportStage.FINISHED,
        "progress": 100,
        "texts": {
            "done": "Otimme chatbotin käyttöön kirjastossa.",
            "successes": "Yöaikaiset kysymykset saivat vastauksen.",
            "failures": "Botti ei ymmärtänyt murteita.",
            "lessons": "Testaisimme asukkaiden kanssa ennen käyttöönottoa.",
        },
        "savings": SavingsFigures(
            cost_before=Decimal("50000"),
            cost_after=Decimal("38000"),
            one_off_costs=Decimal("18000"),
            hours_saved=Decimal("600"),
            from_year=2024,
            to_year=2025,
            method="Työtunnit kertaa tunnin hinta.",
        ),
    }
    values.update(overrides)
    return ReportContent(**values)


class StartReportTestCase(BaseTestCase):
    def test_it_starts_a_draft_in_the_registrations_language(self):
        registration = make_registration(language="sv")
        report = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        self.assertEqual(report.state, ReportState.DRAFT)
        self.assertEqual(report.language, "sv")

    def test_it_continues_the_draft_already_begun(self):
        registration = make_registration()
        first = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        again = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        self.assertEqual(first, again)

    def test_it_allows_one_final_report(self):
        registration = make_registration()
        final = reports.start_report(registration=registration, kind=ReportKind.FINAL)
        reports.save_report(report=final, content=final_content())
        reports.submit_report(report=final)
        with self.assertRaises(NotReportable):
            reports.start_report(registration=registration, kind=ReportKind.FINAL)
        self.assertEqual(registration.reports.final().count(), 1)

    def test_it_refuses_a_registration_that_is_not_accepted(self):
        registration = make_registration(status=Status.SUBMITTED)
        with self.assertRaises(NotReportable):
            reports.start_report(registration=registration, kind=ReportKind.PROGRESS)


class SaveReportTestCase(BaseTestCase):
    def test_it_keeps_a_draft_to_continue_later(self):
        registration = make_registration()
        report = reports.start_report(registration=registration, kind=ReportKind.FINAL)
        reports.save_report(
            report=report,
            content=final_content(
                open_data=[
                    LinkInput("Kysymykset", "https://data.example/k.csv", "CC BY 4.0", "CSV")
                ],
                materials=[LinkInput("Ohje", "https://kunta.example/ohje.pdf")],
            ),
        )
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.DRAFT)
        self.assertEqual(report.failures_fi, "Botti ei ymmärtänyt murteita.")
        self.assertEqual(report.savings.net_saving, Decimal("12000"))
        self.assertEqual(report.savings.payback_years, Decimal("1.5"))
        self.assertEqual(report.open_data.get().licence, "CC BY 4.0")
        self.assertEqual(report.materials.get().title, "Ohje")

    def test_it_writes_swedish_texts_to_the_swedish_fields(self):
        registration = make_registration(language="sv", title="Chattbot")
        report = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        reports.save_report(
            report=report,
            content=ReportContent(stage=ReportStage.ONGOING, texts={"done": "Vi har börjat."}),
        )
        report.refresh_from_db()
        self.assertEqual(report.done_sv, "Vi har börjat.")
        self.assertFalse(report.done_fi)

    def test_it_refuses_a_baseline_below_zero_and_saves_nothing(self):
        registration = make_registration()
        report = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        content = final_content(
            savings=SavingsFigures(cost_before=Decimal("-1"), cost_after=Decimal(0))
        )
        with self.assertRaises(ValidationError) as raised:
            reports.save_report(report=report, content=content)
        self.assertIn("cost_before", raised.exception.message_dict)
        report.refresh_from_db()
        self.assertFalse(report.done_fi)

    def test_it_asks_to_confirm_a_cost_that_grew(self):
        registration = make_registration()
        report = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        grew = SavingsFigures(cost_before=Decimal("1000"), cost_after=Decimal("1500"))
        with self.assertRaises(ValidationError) as raised:
            reports.save_report(report=report, content=final_content(savings=grew))
        self.assertIn("cost_increase_confirmed", raised.exception.message_dict)
        grew.cost_increase_confirmed = True
        reports.save_report(report=report, content=final_content(savings=grew))
        self.assertEqual(Report.objects.get(pk=report.pk).savings.net_saving, Decimal("-500"))

    def test_it_records_adoptions_unconfirmed(self):
        registration = make_registration()
        other = MunicipalityFactory()
        report = reports.start_report(registration=registration, kind=ReportKind.PROGRESS)
        reports.save_report(
            report=report,
            content=final_content(adoptions=[AdoptionInput(other, 2025, "Otti mallin käyttöön.")]),
        )
        adoption = registration.adoptions.get()
        self.assertFalse(adoption.is_confirmed)
        reports.confirm_adoption(adoption=adoption, by=self.coordinator)
        self.assertEqual(registration.adoptions.confirmed().get().municipality, other)


@override_settings(COORDINATOR_EMAILS=["koordinaattori@vm.example"])
class SubmitAndReviewTestCase(BaseTestCase):
    def submitted(self, language="fi", **registration_fields):
        registration = make_registration(contact_language=language, **registration_fields)
        report = reports.start_report(registration=registration, kind=ReportKind.FINAL)
        reports.save_report(report=report, content=final_content())
        deliver()
        mail.outbox = []
        return reports.submit_report(report=report)

    def test_a_final_report_needs_its_failures_and_lessons(self):
        registration = make_registration()
        report = reports.start_report(registration=registration, kind=ReportKind.FINAL)
        reports.save_report(
            report=report,
            content=ReportContent(stage=ReportStage.FINISHED, texts={"done": "Teimme."}),
        )
        with self.assertRaises(ValidationError) as raised:
            reports.submit_report(report=report)
        self.assertEqual(set(raised.exception.message_dict), {"failures", "lessons"})
        self.assertEqual(Report.objects.get(pk=report.pk).state, ReportState.DRAFT)

    def test_it_is_read_only_once_submitted_and_the_coordinators_hear_of_it(self):
        report = self.submitted()
        with self.assertRaises(NotWritable):
            reports.save_report(report=report, content=final_content())
        self.assertEqual(report.emails.get().kind, EmailKind.REPORT_NOTICE)

    def test_accepting_makes_its_savings_counted_and_tells_the_contact_in_finnish(self):
        report = self.submitted()
        reports.review_report(
            report=report, state=ReportState.ACCEPTED, message="", by=self.coordinator
        )
        self.assertTrue(report.savings.__class__.objects.counted().filter(report=report).exists())
        sent = deliver()
        review = [m for m in sent if m.to == ["maija.meikalainen@kunta.example"]][-1]
        self.assertIn("hyväksytty", review.subject)
        self.assertIn("/fi/", review.body)

    def test_asking_for_changes_needs_a_message_and_opens_the_report_again_in_swedish(self):
        report = self.submitted(language="sv")
        with self.assertRaises(ValidationError):
            reports.review_report(
                report=report, state=ReportState.CHANGES_REQUESTED, message=" ", by=self.coordinator
            )
        reports.review_report(
            report=report,
            state=ReportState.CHANGES_REQUESTED,
            message="Lägg till hur ni räknade.",
            by=self.coordinator,
        )
        report.refresh_from_db()
        self.assertTrue(report.is_writable)
        review = deliver()[-1]
        self.assertIn("behöver ändras", review.subject)
        self.assertIn("Lägg till hur ni räknade.", review.body)
        self.assertIn("/sv/", review.body)

    def test_rejecting_keeps_savings_uncounted(self):
        report = self.submitted()
        reports.review_report(
            report=report, state=ReportState.REJECTED, message="", by=self.coordinator
        )
        self.assertFalse(report.registration.savings.counted().exists())

    def test_a_report_is_reviewed_once(self):
        report = self.submitted()
        reports.review_report(
            report=report, state=ReportState.ACCEPTED, message="", by=self.coordinator
        )
        with self.assertRaises(NotReviewable):
            reports.review_report(
                report=report, state=ReportState.REJECTED, message="", by=self.coordinator
            )
