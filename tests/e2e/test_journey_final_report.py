"""Journey: a participant comes back a year after the experiment was accepted, with the link of
the acceptance e-mail, writes the final report in Swedish with a failure and savings (a draft
first, then sent); a coordinator accepts it and verifies the savings in the admin; the public
finds the failure and the verified saving on the experiment's page, in Finnish and Swedish."""

import time
from datetime import date, timedelta
from unittest import mock

from django.utils import translation
from playwright.sync_api import expect

from network.models import Municipality, Topic
from registrations.models import Report, ReportState, Savings
from registrations.services.coordinators import create_coordinator
from registrations.services.links import make_token
from tests.e2e.test_accessibility import assert_no_violations
from tests.factories import make_registration

PASSWORD = "kokeilu-salasana-2026"
TITLE = "Kundtjänst via video i bybiblioteken"
FAILURE = (
    "Bybiblioteken var öppna bara några timmar i veckan, och då hade invånarna sällan ärenden."
)


def test_a_participant_reports_a_year_later_and_a_coordinator_verifies(
    open_page, reference_data, mailbox
):
    raseborg = Municipality.objects.get(name_fi="Raasepori")
    registration = make_registration(
        language="sv",
        contact_language="sv",
        lead_municipality=raseborg,
        municipalities=[raseborg],
        topics=[Topic.objects.get(slug="kuntalaislahtoiset-palvelut")],
        title=TITLE,
        idea="Invånarna sköter sina ärenden med kundtjänsten på video i biblioteket.",
        starts_on=date.today() - timedelta(days=500),
        ends_on=date.today() - timedelta(days=60),
        contact_email="sara.lindqvist@raseborg.example",
    )
    # The link of the acceptance e-mail, signed over a year ago.
    with mock.patch("time.time", return_value=time.time() - 400 * 86400):
        token = make_token(registration)
    create_coordinator(username="maria", email="maria.virtanen@vm.example", password=PASSWORD)

    page = open_page(language="sv")
    page.goto(f"/sv/min-anmalan/{token}/")
    expect(page.get_by_role("heading", name="Rapporter")).to_be_visible()
    page.get_by_role("button", name="Skriv slutrapporten").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Slutrapport")

    # Sent without failures: the error is next to the field and in the summary.
    page.get_by_label("Avslutat").check()
    page.get_by_label("Vad som gjordes (obligatoriskt)").fill(
        "Vi öppnade videoförbindelse till kundtjänsten i sex bybibliotek."
    )
    page.get_by_role("button", name="Skicka rapporten").click()
    expect(page.locator(".error-summary")).to_contain_text("Berätta vad som inte fungerade.")
    assert_no_violations(page, "the report form with errors")

    page.get_by_label("Misslyckanden (obligatoriskt)").fill(FAILURE)
    page.get_by_label("Lärdomar: vad skulle du göra annorlunda (obligatoriskt)").fill(
        "Placera skärmen där invånarna redan rör sig."
    )
    page.get_by_label("Årlig kostnad före (€ per år)").fill("85 000")
    page.get_by_label("Årlig kostnad efter (€ per år)").fill("61 500,50")
    page.get_by_label("Engångskostnader (€)").fill("22 000")
    page.get_by_role("button", name="Spara utkastet").click()
    expect(page.locator(".site-messages")).to_contain_text("Utkastet har sparats.")
    expect(page.get_by_label("Årlig kostnad efter (€ per år)")).to_have_value("61500,50")
    page.get_by_role("button", name="Skicka rapporten").click()
    expect(page.locator(".site-messages")).to_contain_text("Tack! Din rapport har skickats")
    report = Report.objects.get(registration=registration)
    assert report.state == ReportState.SUBMITTED

    # The coordinator accepts it and verifies the savings.
    admin = open_page(language="fi")
    admin.goto("/fi/admin/")
    admin.get_by_label("Käyttäjätunnus").fill("maria")
    admin.get_by_label("Salasana").fill(PASSWORD)
    admin.get_by_role("button", name="Kirjaudu sisään").click()
    admin.get_by_role("link", name="Raportit", exact=True).click()
    admin.get_by_role("link", name="Odottaa käsittelyä").click()
    admin.get_by_role("link", name=registration.reference).click()
    admin.get_by_role("link", name="Käsittele raportti").click()
    expect(admin.locator("#content")).to_contain_text(FAILURE)
    admin.get_by_label("Hyväksytty").check()
    admin.get_by_role("button", name="Vahvista").click()
    expect(admin.locator(".messagelist")).to_contain_text("Raportti on nyt tilassa")
    admin.get_by_role("link", name="Varmenna tai katso säästöt").click()
    admin.get_by_label("Luvut on varmennettu").check()
    admin.get_by_label("Varmennuksen huomautus").fill("Tarkistettu tilinpäätöksestä 2018.")
    admin.get_by_role("button", name="Tallenna", exact=True).click()
    savings = Savings.objects.get(report=report)
    assert savings.is_verified and savings.verified_by.username == "maria"
    messages = [m for m in mailbox() if m.to == ["sara.lindqvist@raseborg.example"]]
    assert any("Slutrapporten" in m.subject and "godkänts" in m.subject for m in messages)

    # The public sees the failure and the verified saving, in both languages.
    public = open_page(language="fi")
    with translation.override("fi"):
        public.goto(registration.get_absolute_url())
    expect(public.locator("#savings-heading")).to_be_visible()
    expect(public.locator("main")).to_contain_text("Varmennettu")
    expect(public.locator("main")).to_contain_text("23\u00a0499,50\u00a0€")
    expect(public.locator("main")).to_contain_text(FAILURE)
    expect(public.locator("main")).not_to_contain_text("sara.lindqvist")
    expect(public.locator("main")).not_to_contain_text("Tarkistettu tilinpäätöksestä")
    assert_no_violations(public, "the experiment page with its results")
    public.goto(public.url.replace("/fi/kokeilut/", "/sv/forsok/"))
    expect(public.locator("main")).to_contain_text("Verifierad")
    expect(public.locator("main")).to_contain_text("Misslyckanden")
