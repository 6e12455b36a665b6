"""Journey d: the public finds a published experiment by search in both languages, filters,
opens it, and switches the language on its page to land on the same experiment."""

import re

from playwright.sync_api import expect

from network.models import Municipality, Topic
from registrations.models import Call, Role, Status
from tests.factories import make_registration

TITLE = "Chatbotti Porin kirjaston asiakaspalveluun"


def search(page, words: str, *, box: str) -> None:
    """Type in the search box and press Enter."""
    page.get_by_label(box).fill(words)
    page.get_by_label(box).press("Enter")
    expect(page).to_have_url(re.compile(r"\?q="))


def test_it_finds_an_experiment_in_both_languages_and_switches_language_on_its_page(
    open_page, demo
):
    experiment = make_registration(
        status=Status.ACCEPTED,
        role=Role.KOKEILIJA,
        call=Call.objects.get(slug="digiverkosto-2026"),
        lead_municipality=Municipality.objects.get(name_fi="Pori"),
        topics=[Topic.objects.get(slug="kuntalaislahtoiset-palvelut")],
        title=TITLE,
        idea="Kokeilemme chatbottia, joka vastaa kirjaston yleisimpiin kysymyksiin iltaisin.",
    )
    path_fi = f"/fi/kokeilut/{experiment.reference}/"
    path_sv = f"/sv/forsok/{experiment.reference}/"
    card = f"article:has(a[href='{path_fi}'])"

    # In Finnish: search, narrow down with a filter, open.
    page = open_page(language="fi")
    page.goto("/fi/kokeilut/")
    # The demo has two other chatbots: Espoo's (an influencer) and Närpes' (in Ostrobothnia).
    search(page, "chatbotti", box="Hae kokeiluista")
    expect(page.locator("#results-heading")).to_have_text("3 kokeilua hakusanalla ”chatbotti”")
    expect(page.locator(card)).to_be_visible()
    page.get_by_label("Rooli").select_option(label="Kokeilija (2)")
    page.get_by_label("Maakunta").select_option(label="Satakunta (1)")
    page.get_by_role("button", name="Näytä kokeilut").click()
    expect(page.get_by_role("list", name="Valitut rajaukset").get_by_role("link")).to_have_count(2)
    expect(page.locator("#results-heading")).to_have_text("1 kokeilu hakusanalla ”chatbotti”")
    page.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(path_fi) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)

    # The same experiment in Swedish, written in Finnish (and marked so).
    page.get_by_role("link", name="På svenska").click()
    expect(page).to_have_url(re.compile(re.escape(path_sv) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("heading", level=1)).to_have_attribute("lang", "fi")
    expect(page.get_by_text("Skrivet på finska.")).to_be_visible()

    # In Swedish: the Swedish name of the town finds it and another experiment of Pori; a topic
    # narrows it down to ours.
    page = open_page(language="sv")
    page.goto("/sv/forsok/")
    search(page, "Björneborg", box="Sök bland försöken")
    expect(page.locator("#results-heading")).to_have_text("2 försök för ”Björneborg”")
    page.get_by_label("Tema").select_option(label="Invånarorienterad serviceutveckling (1)")
    page.get_by_role("button", name="Visa försök").click()
    expect(page.locator("#results-heading")).to_have_text("1 försök för ”Björneborg”")
    page.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(re.compile(re.escape(path_sv) + "$"))
    expect(page.locator("dl.facts")).to_contain_text("Björneborg")

    page.get_by_role("link", name="Suomeksi").click()
    expect(page).to_have_url(re.compile(re.escape(path_fi) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)


def test_on_a_phone_the_filters_fold_away_and_the_first_result_is_on_the_first_screen(
    open_page, demo
):
    from tests.e2e.conftest import PHONE

    for language, path, control, role in [
        ("fi", "/fi/kokeilut/", "Rajaa hakua", "Rooli"),
        ("sv", "/sv/forsok/", "Filtrera", "Roll"),
    ]:
        page = open_page(viewport=PHONE, language=language, touch=True)
        page.goto(path)
        expect(page.get_by_label(role)).to_be_hidden()
        first = page.locator("article").first
        box = first.bounding_box()
        assert box is not None and box["y"] < PHONE["height"], box
        page.locator("summary", has_text=control).click()
        expect(page.get_by_label(role)).to_be_visible()
