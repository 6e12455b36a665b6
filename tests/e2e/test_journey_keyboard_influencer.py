"""Journey a: a Swedish-speaking user registers as påverkare (vaikuttaja) with the keyboard
only: Tab to move, typing, Space to tick, arrows in a radio group, Enter to follow and send.
Never a click."""

import re

from playwright.sync_api import expect

from registrations.models import Registration, Role, Status
from tests.e2e.site import tab_to

TITLE = "Programrobot för inköpsfakturor i Vasa"


def type_into(page, selector: str, text: str) -> None:
    """Tab to the field and type, as a person does."""
    tab_to(page, page.locator(selector))
    page.keyboard.type(text)


def test_it_registers_an_influencer_in_swedish_with_the_keyboard_only(
    open_page, demo, no_spam_delay, mailbox
):
    page = open_page(language="sv")
    page.goto("/sv/")

    # The main menu leads to the registration.
    menu = page.get_by_role("navigation", name="Huvudmeny")
    tab_to(page, menu.get_by_role("link", name="Anmäl dig"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmäl dig")

    # A radio group is one stop for Tab; the arrows choose within it.
    tab_to(page, page.get_by_role("radio", name="Försökare"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="Påverkare")).to_be_checked()
    tab_to(page, page.get_by_role("button", name="Fortsätt"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Anmäl dig som påverkare")

    # The form, field by field, in the order Tab takes.
    tab_to(page, page.locator("#id_lead_municipality"))
    page.keyboard.type("Vasa")  # a native select finds the option by its first letters
    expect(page.locator("#id_lead_municipality option:checked")).to_have_text("Vasa (Vaasa)")
    tab_to(page, page.locator("#id_topics_2"))
    page.keyboard.press("Space")
    type_into(page, "#id_title", TITLE)
    type_into(page, "#id_reform", "En programrobot granskar och konterar inköpsfakturorna.")
    type_into(page, "#id_changes", "Roboten sköter rutinerna, människorna undantagen.")
    type_into(page, "#id_savings_eur_per_year", "48 000 €")
    type_into(page, "#id_savings_from_year", "2022")
    type_into(page, "#id_savings_to_year", "2024")
    type_into(page, "#id_savings_method", "Sparade arbetstimmar gånger timpriset.")
    tab_to(page, page.locator("#id_commits_to_sharing"))
    page.keyboard.press("Space")
    type_into(page, "#id_contact_name", "Anna Andersson")
    type_into(page, "#id_contact_email", "anna.andersson@vasa.example")
    tab_to(page, page.locator("#id_privacy_consent"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Fortsätt och kontrollera svaren"))
    page.keyboard.press("Enter")

    # The review: what others have tried already, and the answers to check.
    expect(page.get_by_role("heading", name="Detta har redan prövats")).to_be_visible()
    expect(page.get_by_role("heading", name="Kontrollera dina svar")).to_be_visible()
    expect(page.locator(".review-answers")).to_contain_text(TITLE)
    expect(page.locator(".review-answers")).to_contain_text("48 000 €")
    tab_to(page, page.get_by_role("button", name="Skicka anmälan"), limit=100)
    page.keyboard.press("Enter")

    # The confirmation, on the private page of the registration.
    expect(page.get_by_role("status")).to_contain_text(
        re.compile(r"Tack! Vi har tagit emot din anmälan DK-\d{4}-\d{4}\.")
    )
    expect(page.get_by_role("heading", level=1)).to_contain_text("Din anmälan DK-")
    registration = Registration.objects.get(title_sv=TITLE)
    assert registration.role == Role.VAIKUTTAJA
    assert registration.language == "sv"
    assert registration.status == Status.SUBMITTED
    assert registration.title_sv == TITLE
    assert registration.lead_municipality.name_sv == "Vasa"
    assert registration.savings_eur_per_year == 48000
    assert registration.contact_language == "sv"
    confirmation = next(m for m in mailbox() if m.to == ["anna.andersson@vasa.example"])
    assert registration.reference in confirmation.subject
    assert "anmälan" in confirmation.subject.lower()
