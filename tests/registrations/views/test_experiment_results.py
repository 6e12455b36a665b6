"""An experiment's public page tells what came of it: its timeline, accepted reports with their
failures and lessons, savings labelled verified or reported, open data, materials and
adoptions; never a draft, a report not accepted, or anything private; in constant queries."""

from decimal import Decimal

from registrations.models import Adoption, ReportKind, ReportState, Role
from registrations.services import reports, savings
from registrations.services.reports import AdoptionInput, LinkInput, ReportContent
from registrations.services.savings import SavingsFigures
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, make_registration


def report(registration, *, kind, by, state=ReportState.ACCEPTED, **content):
    values = {
        "stage": "finished",
        "texts": {
            "done": "Otimme botin käyttöön.",
            "failures": "Botti ei ymmärtänyt murteita.",
            "lessons": "Testaisimme asukkaiden kanssa.",
        },
    }
    values.update(content)
    draft = reports.start_report(registration=registration, kind=kind)
    reports.save_report(report=draft, content=ReportContent(**values))
    if state == ReportState.DRAFT:
        return draft
    reports.submit_report(report=draft)
    if state == ReportState.SUBMITTED:
        return draft
    return reports.review_report(report=draft, state=state, message="Hei Maija!", by=by)


class ExperimentResultsTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.lead = MunicipalityFactory(name_fi="Joensuu", name_sv="Joensuu", population=4000)
        cls.experiment = make_registration(
            title="Kuvapuhelukäynnit",
            lead_municipality=cls.lead,
            municipalities=[cls.lead],
            contact_name="Minna Turunen",
            contact_email="minna.turunen@joensuu.example",
        )
        cls.adopter = MunicipalityFactory(name_fi="Kajaani", name_sv="Kajana")
        cls.final = report(
            cls.experiment,
            kind=ReportKind.FINAL,
            by=cls.coordinator,
            savings=SavingsFigures(
                cost_before=Decimal("50000"),
                cost_after=Decimal("38000"),
                one_off_costs=Decimal("18000"),
                method="Työtunnit.",
            ),
            open_data=[
                LinkInput("Käyntitilasto", "https://data.example/k.csv", "CC BY 4.0", "CSV")
            ],
            materials=[LinkInput("Ohje hoitajille", "https://joensuu.example/ohje.pdf")],
            adoptions=[AdoptionInput(cls.adopter, 2020, "Otti mallin käyttöön.")],
        )

    def url(self, language="fi"):
        path = "kokeilut" if language == "fi" else "forsok"
        return f"/{language}/{path}/{self.experiment.reference}/"

    def test_it_shows_results_failures_and_lessons_with_a_timeline(self):
        response = self.client.get(self.url())
        self.assertContains(response, "Aikajana")
        self.assertContains(response, "Loppuraportti")
        self.assertContains(response, "Botti ei ymmärtänyt murteita.")
        self.assertContains(response, "Testaisimme asukkaiden kanssa.")
        self.assertContains(response, "Käyntitilasto")
        self.assertContains(response, "Ohje hoitajille")

    def test_savings_are_labelled_reported_until_verified_in_both_languages(self):
        response = self.client.get(self.url())
        self.assertContains(response, "Ilmoitettu")
        self.assertContains(response, "12\xa0000\xa0€")
        self.assertContains(response, "1,5 vuotta")
        self.assertContains(response, "3\xa0€")  # 12 000 € / 4 000 residents
        savings.verify(
            savings=self.final.savings, by=self.coordinator, note="Tarkistettu Maijan kanssa."
        )
        response = self.client.get(self.url("sv"))
        self.assertContains(response, "Verifierad")
        self.assertContains(response, "12\xa0000\xa0€")
        self.assertNotContains(response, "Tarkistettu Maijan kanssa.")

    def test_an_adoption_shows_once_confirmed(self):
        self.assertNotContains(self.client.get(self.url()), "Kajaani")
        reports.confirm_adoption(adoption=Adoption.objects.get(), by=self.coordinator)
        response = self.client.get(self.url("sv"))
        self.assertContains(response, "Kajana")
        self.assertContains(response, "Otti mallin käyttöön.")

    def test_reports_not_accepted_and_private_data_never_show(self):
        report(
            self.experiment,
            kind=ReportKind.PROGRESS,
            by=self.coordinator,
            state=ReportState.SUBMITTED,
            texts={"done": "Lähetetty mutta ei hyväksytty."},
        )
        response = self.client.get(self.url())
        self.assertNotContains(response, "Lähetetty mutta ei hyväksytty.")
        for private in [
            "Minna Turunen",
            "minna.turunen@joensuu.example",
            "Hei Maija!",
            self.coordinator.username,
        ]:
            self.assertNotContains(response, private)

    def test_a_cost_increase_is_shown_honestly(self):
        grew = make_registration(title="Videoneuvonta")
        report(
            grew,
            kind=ReportKind.FINAL,
            by=self.coordinator,
            stage="stopped",
            savings=SavingsFigures(
                cost_before=Decimal("85000"),
                cost_after=Decimal("97500"),
                cost_increase_confirmed=True,
            ),
        )
        response = self.client.get(f"/fi/kokeilut/{grew.reference}/")
        self.assertContains(response, "-12\xa0500\xa0€")
        self.assertContains(response, "Keskeytetty".lower())

    def test_an_influencers_own_savings_show_without_reports(self):
        reform = make_registration(role=Role.VAIKUTTAJA, title="Sähköinen arkisto", idea="")
        savings.record_own_savings(
            registration=reform,
            figures=SavingsFigures(cost_before=Decimal("100000"), cost_after=Decimal("60000")),
        )
        response = self.client.get(f"/fi/kokeilut/{reform.reference}/")
        self.assertContains(response, "40\xa0000\xa0€")
        self.assertContains(response, "Ilmoitettu")

    def test_its_query_count_is_fixed_however_many_reports(self):
        for _ in range(2):
            report(
                self.experiment,
                kind=ReportKind.PROGRESS,
                by=self.coordinator,
                open_data=[LinkInput("Data", "https://data.example/d.csv")],
                materials=[LinkInput("Esitys", "https://joensuu.example/e.pdf")],
            )
        with self.assertNumQueries(11):
            # the experiment with its call, lead and stage; its topics, municipalities and
            # partners; its stored suggestions (none here: no rows or topics to fetch); its
            # mentors and peers shown in public; its accepted reports, their open data, their
            # materials; its counted savings; its confirmed adoptions with their municipalities
            self.client.get(self.url())
