"""`make screenshots`: the key pages of the demo content at desktop and phone widths, in both
languages, as PNG files in docs/screenshots/ (see the README).

Not part of the test suite (the file name does not start with test_): make runs it by name.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, PHONE
from tests.e2e.site import public_pages, register_url

OUTPUT = Path(os.environ.get("SCREENSHOTS_DIR", "docs/screenshots"))
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}
# (file name, page name in public_pages, whole page or only the first screen)
KEY_PAGES = [
    ("home", "home", True),
    ("experiments", "experiment list", False),
    ("experiment", "experiment", False),
    ("statistics", "statistics", False),
    ("municipality", "municipality", False),
]


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("width", list(WIDTHS))
def test_it_saves_screenshots_of_the_key_pages(open_page, demo, language, width):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page = open_page(language=language, viewport=WIDTHS[width], touch=width == "phone")
    paths = {public.name: public.path for public in public_pages(language)}
    for name, page_name, full_page in KEY_PAGES:
        page.goto(paths[page_name])
        save(page, f"{name}-{language}-{width}.png", full_page=full_page and width == "desktop")

    # A registration form as it answers a mistake: the error summary, with the focus on it.
    page.goto(register_url("kokeilija", language))
    page.locator("#id_contact_email").fill("maija(at)pori")
    page.locator("button[value=review]").click()
    expect(page.locator("#error-summary")).to_be_focused()
    save(page, f"register-errors-{language}-{width}.png", full_page=False)


def save(page, name: str, *, full_page: bool) -> None:
    page.evaluate("document.fonts.ready")
    page.screenshot(path=OUTPUT / name, full_page=full_page, animations="disabled")
