"""The public side of results: a citizen finds a failure on the Day of Failure page by search,
the verified saving in the results' totals and the experiment behind it, in Finnish and in
Swedish; and a model that spread, on the map."""

import re

from django.contrib.auth.models import User
from playwright.sync_api import expect

from network.models import Municipality
from registrations.models import Adoption
from registrations.services import reports
from tests.factories import make_registration
from tests.registrations.results_data import accepted_report

TITLE = "Chatbotti Porin kirjastoon"


def test_the_public_finds_failures_and_savings_in_both_languages(open_page, demo):
    coordinator = User.objects.create_user("koordinaattori-e2e", is_staff=True)
    experiment = make_registration(
        title=TITLE, lead_municipality=Municipality.objects.get(name_fi="Pori")
    )
    accepted_report(experiment, by=coordinator, verify=True)  # 12 000 € a year, verified
    reports.record_adoption(
        registration=experiment,
        municipality=Municipality.objects.get(name_fi="Oulu"),
        year=2025,
        notes={"fi": "Otti mallin käyttöön."},
        by=coordinator,
    )

    page = open_page(language="fi")
    page.goto("/fi/")
    page.get_by_role("link", name="Epäonnistumisen päivä").click()
    page.get_by_label("Hae epäonnistumisista ja opeista").fill("murteita")
    page.get_by_role("button", name="Näytä").click()
    expect(page).to_have_url(re.compile(r"\?q=murteita"))
    story = page.locator("article.failure-story")
    expect(story).to_have_count(1)
    expect(story).to_contain_text("Botti ei ymmärtänyt murteita.")
    expect(story.get_by_role("link", name=TITLE)).to_be_visible()

    page.get_by_role("link", name="Tulokset", exact=True).first.click()
    totals = page.locator("dl.result-totals")
    expect(totals).to_contain_text("Varmennetut nettosäästöt")
    page.locator("dl.result-totals").get_by_role("link").first.click()
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    expect(page.locator("article.experiment-card").first).to_contain_text("varmennettu")

    page = open_page(language="sv")
    page.goto("/sv/misslyckandets-dag/")
    page.get_by_label("Sök bland misslyckanden och lärdomar").fill("murteita")
    page.get_by_role("button", name="Visa").click()
    expect(page.locator("article.failure-story")).to_contain_text("Skrivet på finska.")
    page.goto("/sv/spridda-modeller/")
    expect(page.get_by_role("table")).to_contain_text("Uleåborg")
    # A line for ours among those of the demo content's adoptions.
    lines = Adoption.objects.confirmed().filter(registration__lead_municipality__isnull=False)
    expect(page.locator("svg line.spread-map__route")).to_have_count(lines.count())
