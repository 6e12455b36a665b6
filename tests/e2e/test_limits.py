"""A script is stopped and a person is told why: the page of a reached limit (429) and of a
locked admin login, in a real browser, in both languages, with no WCAG violation."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_accessibility import LANGUAGES, assert_no_violations

HEADINGS = {
    "fi": ("Tarkista sähköpostisi", "Liian monta pyyntöä", "Kirjautuminen on lukittu hetkeksi"),
    "sv": ("Kontrollera din e-post", "För många förfrågningar", "Inloggningen är låst en stund"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reached_limit_and_a_locked_login_say_so_in_the_pages_language(
    open_page, demo, settings, url, language
):
    settings.RATE_LIMITS = settings.RATE_LIMITS | {"links_per_address": "1/h"}
    sent, limited, locked = HEADINGS[language]
    page = open_page(language=language)
    heading = page.get_by_role("heading", level=1)
    for expected in (sent, limited):
        page.goto(url("registrations:new_link", language=language))
        page.locator("#id_email").fill("maija.virtanen@pori.example")
        page.locator("form[method=post] button[type=submit]").click()
        expect(heading).to_have_text(expected)
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_no_violations(page, "the page of a reached limit")

    page.goto(f"/{language}/admin/login/")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.locator("#id_username").fill("koordinaattori")
        page.locator("#id_password").fill("arvaus")
        page.locator("#login-form [type=submit]").click()
    expect(heading).to_have_text(locked)
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_no_violations(page, "the page of a locked login")
