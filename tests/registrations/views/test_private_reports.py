"""Reports through the private link: the reporting lifetime of the link, drafts, submitting
once, errors next to their fields, in Finnish and Swedish."""

from datetime import date, timedelta
from decimal import Decimal
from unittest import mock

from django.core import mail
from django.test import override_settings
from django.utils import timezone

from registrations.models import EmailKind, Report, ReportKind, ReportState, Status
from registrations.services import reports
from registrations.services.decisions import decide
from registrations.services.links import make_token
from tests.base import BaseTestCase
from tests.factories import CallFactory, MunicipalityFactory, make_registration
from tests.outbox import deliver
from tests.registrations.form_data import final_report_data

PATHS = {"fi": "oma-ilmoittautuminen", "sv": "min-anmalan"}
REPORTS = {"fi": "raportit", "sv": "rapporter"}


def later(days: int):
    """The clock, for signing and for dates, moved on by this many days."""
    moment = timezone.now() + timedelta(days=days)
    return mock.patch.multiple(
        "django.utils.timezone", now=mock.Mock(return_value=moment)
    ), mock.patch("time.time", return_value=moment.timestamp())


@override_settings(REGISTRATION_LINK_DAYS=90, REPORTING_PERIOD_DAYS=365)
class ReportingLifetimeTestCase(BaseTestCase):
    def test_an_accepted_experiments_link_works_a_year_after_it_ended(self):
        ended = timezone.localdate() + timedelta(days=30)
        registration = make_registration(starts_on=date(2025, 1, 1), ends_on=ended)
        url = f"/fi/oma-ilmoittautuminen/{make_token(registration)}/"
        clock, signer = later(380)
        with clock, signer:
            self.assertEqual(self.client.get(url).status_code, 200)
        clock, signer = later(30 + 366)
        with clock, signer:
            self.assertEqual(self.client.get(url).status_code, 410)

    def test_the_final_reports_deadline_lengthens_it(self):
        call = CallFactory(final_report_due=timezone.localdate() + timedelta(days=200))
        registration = make_registration(call=call, starts_on=date(2025, 1, 1))
        url = f"/sv/min-anmalan/{make_token(registration)}/"
        clock, signer = later(500)
        with clock, signer:
            self.assertContains(self.client.get(url), "Rapporter")

    def test_a_registration_not_accepted_keeps_the_short_lifetime(self):
        registration = make_registration(status=Status.SUBMITTED, ends_on=None)
        url = f"/fi/oma-ilmoittautuminen/{make_token(registration)}/"
        clock, signer = later(91)
        with clock, signer:
            self.assertEqual(self.client.get(url).status_code, 410)

    def test_a_new_link_still_makes_the_old_ones_stop(self):
        registration = make_registration(ends_on=timezone.localdate())
        old = make_token(registration)
        reports_link = f"/fi/oma-ilmoittautuminen/{old}/"
        self.client.post("/fi/oma-ilmoittautuminen/", {"email": registration.contact_email})
        deliver()
        self.assertEqual(self.client.get(reports_link).status_code, 410)

    def test_the_acceptance_email_carries_the_private_link_in_both_languages(self):
        for language, words in [("fi", "henkilökohtaisella linkilläsi"), ("sv", "personliga länk")]:
            with self.subTest(language):
                registration = make_registration(status=Status.SUBMITTED, contact_language=language)
                deliver()
                mail.outbox = []
                decide(
                    registration=registration,
                    status=Status.ACCEPTED,
                    message="",
                    by=self.coordinator,
                )
                message = deliver()[-1]
                self.assertIn(words, message.body)
                self.assertIn(f"/{language}/{PATHS[language]}/", message.body)


class WritingReportsTestCase(BaseTestCase):
    def setUp(self):
        self.registration = make_registration(title="Chatbotti kirjastoon")
        self.token = make_token(self.registration)

    def start(self, kind="final", language="fi"):
        response = self.client.post(f"/{language}/{PATHS[language]}/{self.token}/", {"kind": kind})
        report = self.registration.reports.get(kind=kind)
        self.assertRedirects(
            response, f"/{language}/{PATHS[language]}/{self.token}/{REPORTS[language]}/{report.pk}/"
        )
        return report, response.url

    def test_the_private_page_offers_both_reports(self):
        response = self.client.get(f"/fi/oma-ilmoittautuminen/{self.token}/")
        self.assertContains(response, "Kirjoita väliraportti")
        self.assertContains(response, "Kirjoita loppuraportti")

    def test_a_draft_is_saved_and_continued(self):
        report, url = self.start()
        response = self.client.post(url, final_report_data(failures=""))
        self.assertRedirects(response, url)
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.DRAFT)
        self.assertEqual(report.savings.cost_after, Decimal("38000.50"))
        page = self.client.get(url)
        self.assertContains(page, "Otimme chatbotin käyttöön kirjastossa.")
        self.assertContains(page, 'value="38000,50"')
        # Starting again continues the same draft.
        self.assertEqual(self.start()[0], report)

    def test_sending_a_final_report_without_failures_names_what_is_missing(self):
        report, url = self.start()
        response = self.client.post(url, final_report_data(failures="", action="submit"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Tarkista nämä vastaukset")
        self.assertContains(response, "Kerro, mikä ei toiminut.")
        self.assertEqual(Report.objects.get(pk=report.pk).state, ReportState.DRAFT)

    def test_a_baseline_below_zero_is_an_error_next_to_the_field_in_swedish(self):
        self.registration.language = "sv"
        report, url = self.start(language="sv")
        response = self.client.post(url, final_report_data(cost_before="-100"))
        self.assertContains(response, "En kostnad kan inte vara under noll.")
        self.assertFalse(Report.objects.get(pk=report.pk).done_fi)

    def test_a_cost_that_grew_is_saved_once_confirmed(self):
        report, url = self.start()
        data = final_report_data(cost_before="1000", cost_after="1500")
        response = self.client.post(url, data)
        self.assertContains(response, "Vuosikustannus on nyt suurempi kuin ennen.")
        response = self.client.post(url, {**data, "cost_increase_confirmed": "on"})
        self.assertRedirects(response, url)
        self.assertEqual(Report.objects.get(pk=report.pk).savings.net_saving, Decimal("-500"))

    def test_it_is_sent_once_then_read_only(self):
        other = MunicipalityFactory(name_fi="Kajaani", name_sv="Kajana")
        report, url = self.start()
        data = final_report_data(
            action="submit",
            **{
                "open_data-0-title": "Kysymykset",
                "open_data-0-url": "https://data.example/kysymykset.csv",
                "open_data-0-licence": "CC BY 4.0",
                "adoptions-0-municipality": str(other.pk),
                "adoptions-0-year": "2026",
            },
        )
        response = self.client.post(url, data)
        self.assertRedirects(response, f"/fi/oma-ilmoittautuminen/{self.token}/")
        report.refresh_from_db()
        self.assertEqual(report.state, ReportState.SUBMITTED)
        self.assertEqual(report.open_data.get().title, "Kysymykset")
        self.assertEqual(report.adoptions.get().municipality, other)
        page = self.client.get(url)
        self.assertNotContains(page, "Tallenna luonnos")
        self.assertContains(page, "Botti ei ymmärtänyt murteita.")
        self.client.post(url, final_report_data(done="Muutettu."))
        self.assertEqual(
            Report.objects.get(pk=report.pk).done_fi, "Otimme chatbotin käyttöön kirjastossa."
        )

    def test_an_empty_row_is_no_row_and_a_half_filled_one_is_an_error(self):
        report, url = self.start()
        response = self.client.post(url, final_report_data(**{"materials-0-title": "Ohje"}))
        self.assertContains(response, "Kirjoita materiaalin osoite.")
        self.assertFalse(Report.objects.get(pk=report.pk).materials.exists())

    def test_a_coordinators_request_for_changes_opens_it_again(self):
        report, url = self.start()
        self.client.post(url, final_report_data(action="submit"))
        reports.review_report(
            report=report,
            state=ReportState.CHANGES_REQUESTED,
            message="Lisää laskentatapa.",
            by=self.coordinator,
        )
        page = self.client.get(url)
        self.assertContains(page, "Lisää laskentatapa.")
        self.assertContains(page, "Tallenna luonnos")

    def test_another_registrations_report_is_not_found(self):
        other = make_registration(title="Toinen")
        other_report = reports.start_report(registration=other, kind=ReportKind.PROGRESS)
        response = self.client.get(
            f"/fi/oma-ilmoittautuminen/{self.token}/raportit/{other_report.pk}/"
        )
        self.assertEqual(response.status_code, 404)

    def test_a_registration_not_accepted_cannot_report(self):
        registration = make_registration(status=Status.SUBMITTED)
        token = make_token(registration)
        page = self.client.get(f"/fi/oma-ilmoittautuminen/{token}/")
        self.assertNotContains(page, "Kirjoita loppuraportti")
        self.client.post(f"/fi/oma-ilmoittautuminen/{token}/", {"kind": "final"})
        self.assertFalse(registration.reports.exists())

    @override_settings(COORDINATOR_EMAILS=["koordinaattori@vm.example"])
    def test_the_coordinators_hear_of_a_sent_report(self):
        report, url = self.start()
        self.client.post(url, final_report_data(action="submit"))
        self.assertTrue(report.emails.filter(kind=EmailKind.REPORT_NOTICE).exists())
