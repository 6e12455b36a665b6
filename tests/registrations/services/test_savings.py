"""Savings that sum: an influencer's own and experimenters' reported ones, verified or not."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Sum

from registrations.models import ReportKind, ReportStage, ReportState, Role, Savings
from registrations.services import reports, savings
from registrations.services.reports import ReportContent
from registrations.services.savings import SavingsFigures
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, make_registration

FIGURES = {"cost_before": Decimal("20000"), "cost_after": Decimal("15000"), "method": "Laskettu."}


def accepted_report(registration, *, kind, by, before, after):
    report = reports.start_report(registration=registration, kind=kind)
    reports.save_report(
        report=report,
        content=ReportContent(
            stage=ReportStage.FINISHED,
            texts={"done": "Tehty.", "failures": "Virhe.", "lessons": "Opimme."},
            savings=SavingsFigures(
                cost_before=before, cost_after=after, cost_increase_confirmed=True
            ),
        ),
    )
    reports.submit_report(report=report)
    return reports.review_report(report=report, state=ReportState.ACCEPTED, message="", by=by)


class OwnSavingsTestCase(BaseTestCase):
    def test_influencers_and_experimenters_sum_together(self):
        influencer = make_registration(role=Role.VAIKUTTAJA, title="Sähköinen arkisto")
        savings.record_own_savings(registration=influencer, figures=SavingsFigures(**FIGURES))
        experimenter = make_registration()
        accepted_report(
            experimenter,
            kind=ReportKind.FINAL,
            by=self.coordinator,
            before=Decimal("10000"),
            after=Decimal("7000"),
        )
        total = Savings.objects.counted().with_net_saving().aggregate(total=Sum("net_saving"))
        self.assertEqual(total["total"], Decimal("8000"))

    def test_an_influencers_savings_are_one_row_updated_again(self):
        influencer = make_registration(role=Role.VAIKUTTAJA)
        savings.record_own_savings(registration=influencer, figures=SavingsFigures(**FIGURES))
        savings.record_own_savings(
            registration=influencer,
            figures=SavingsFigures(**{**FIGURES, "cost_after": Decimal("12000")}),
        )
        self.assertEqual(influencer.savings.get().net_saving, Decimal("8000"))

    def test_a_baseline_below_zero_is_an_error(self):
        influencer = make_registration(role=Role.VAIKUTTAJA)
        with self.assertRaises(ValidationError):
            savings.record_own_savings(
                registration=influencer,
                figures=SavingsFigures(cost_before=Decimal("-5"), cost_after=Decimal("0")),
            )
        self.assertFalse(influencer.savings.exists())


class CurrentSavingsTestCase(BaseTestCase):
    def test_the_final_reports_savings_count_over_a_progress_reports(self):
        registration = make_registration()
        accepted_report(
            registration,
            kind=ReportKind.PROGRESS,
            by=self.coordinator,
            before=Decimal("100"),
            after=Decimal("90"),
        )
        accepted_report(
            registration,
            kind=ReportKind.FINAL,
            by=self.coordinator,
            before=Decimal("100"),
            after=Decimal("40"),
        )
        self.assertEqual(Savings.objects.counted().get().net_saving, Decimal("60"))

    def test_a_cost_increase_is_counted_honestly(self):
        registration = make_registration()
        accepted_report(
            registration,
            kind=ReportKind.FINAL,
            by=self.coordinator,
            before=Decimal("100"),
            after=Decimal("250"),
        )
        self.assertEqual(Savings.objects.counted().get().net_saving, Decimal("-150"))


class VerificationTestCase(BaseTestCase):
    def test_verified_and_reported_figures_are_kept_apart(self):
        influencer = make_registration(role=Role.VAIKUTTAJA)
        own = savings.record_own_savings(registration=influencer, figures=SavingsFigures(**FIGURES))
        self.assertFalse(Savings.objects.verified().exists())
        savings.verify(savings=own, by=self.coordinator, note="Tarkistettu tilinpäätöksestä.")
        own.refresh_from_db()
        self.assertTrue(own.is_verified)
        self.assertEqual(own.verified_by, self.coordinator)
        self.assertEqual(own.cost_before, Decimal("20000"))  # the figures as reported
        self.assertFalse(Savings.objects.reported_only().exists())

    def test_changed_figures_lose_their_verification(self):
        influencer = make_registration(role=Role.VAIKUTTAJA)
        own = savings.record_own_savings(registration=influencer, figures=SavingsFigures(**FIGURES))
        savings.verify(savings=own, by=self.coordinator)
        savings.record_own_savings(
            registration=influencer,
            figures=SavingsFigures(**{**FIGURES, "cost_after": Decimal("1000")}),
        )
        own.refresh_from_db()
        self.assertFalse(own.is_verified)

    def test_the_saving_per_resident_uses_the_participating_municipalities(self):
        lead = MunicipalityFactory(population=3000)
        other = MunicipalityFactory(population=2000)
        influencer = make_registration(
            role=Role.VAIKUTTAJA, lead_municipality=lead, municipalities=[lead, other]
        )
        own = savings.record_own_savings(registration=influencer, figures=SavingsFigures(**FIGURES))
        self.assertEqual(own.per_resident, Decimal("1.00"))
