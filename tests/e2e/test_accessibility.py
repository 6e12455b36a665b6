"""WCAG 2.1 AA in a real browser: axe-core on every public page and on every form in its error
state, in Finnish and in Swedish; and the keyboard: every action reachable, the focus visible,
the skip link and the error summary."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.e2e.conftest import PHONE
from tests.e2e.site import fill_experimenter, focused_id, public_pages, register_url

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
LANGUAGES = ["fi", "sv"]

_axe = Axe()


def wcag_violations(page) -> list[str]:
    """axe-core's violations of the WCAG 2.0 and 2.1 A and AA rules, one line per element."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_A_AA}})
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}: "
        f"{', '.join(map(str, node['target']))}: {' '.join(node['failureSummary'].split())}"
        for violation in results.response["violations"]
        for node in violation["nodes"]
    ]


def assert_no_violations(page, what: str) -> None:
    violations = wcag_violations(page)
    assert not violations, f"{what} ({page.url}) breaks WCAG 2.1 AA:\n" + "\n".join(violations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_has_no_wcag_violations_on_any_public_page(open_page, demo, language, subtests):
    desktop = open_page(language=language)
    phone = open_page(language=language, viewport=PHONE, touch=True)
    for public in public_pages(language):
        with subtests.test(msg=public.name):
            for page in (desktop, phone):
                page.goto(public.path)
                expect(page.locator("html")).to_have_attribute("lang", language)
                assert_no_violations(page, f"{public.name} at {page.viewport_size['width']}px")


# (page name, what to do to make its errors show)
ERROR_STATES = {
    "fi": {
        "register start": ("Jatka", {}),
        "experimenter form": ("Jatka vastausten tarkistamiseen", {"#id_title": "Chatbotti"}),
        "influencer form": ("Jatka vastausten tarkistamiseen", {"#id_contact_email": "maija@"}),
        "new link": ("Lähetä minulle uusi linkki", {"#id_email": "maija(at)pori"}),
        "private edit": ("Tallenna muutokset", {"#id_title": ""}),
        "roadmap link": ("Lähetä minulle linkki", {"#id_email": "maija(at)pori"}),
        "roadmap edit": ("Tallenna tiekartta", {"#id_action-0-progress": "140"}),
        "report form": ("Lähetä raportti", {"#id_done": ""}),
    },
    "sv": {
        "register start": ("Fortsätt", {}),
        "experimenter form": ("Fortsätt och kontrollera svaren", {"#id_title": "Chattbot"}),
        "influencer form": ("Fortsätt och kontrollera svaren", {"#id_contact_email": "anna@"}),
        "new link": ("Skicka mig en ny länk", {"#id_email": "anna(at)vasa"}),
        "private edit": ("Spara ändringarna", {"#id_title": ""}),
        "roadmap link": ("Skicka länken till mig", {"#id_email": "anna(at)vasa"}),
        "roadmap edit": ("Spara färdplanen", {"#id_action-0-progress": "140"}),
        "report form": ("Skicka rapporten", {"#id_done": ""}),
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_has_no_wcag_violations_on_the_forms_in_their_error_state(
    open_page, demo, no_spam_delay, language, subtests
):
    page = open_page(language=language)
    paths = {public.name: public.path for public in public_pages(language)}
    for name, (button, answers) in ERROR_STATES[language].items():
        with subtests.test(msg=name):
            page.goto(paths[name])
            for selector, value in answers.items():
                page.locator(selector).fill(value)
            page.get_by_role("button", name=button, exact=True).click()
            summary = page.locator("#error-summary")
            expect(summary).to_be_visible()
            # The error summary takes the focus, so that it is what a screen reader says next.
            expect(summary).to_be_focused()
            assert_no_violations(page, f"{name} with errors")


@pytest.mark.parametrize("language", LANGUAGES)
def test_it_has_no_wcag_violations_on_the_review_step(open_page, demo, no_spam_delay, language):
    page = open_page(language=language)
    page.goto(register_url("kokeilija", language))
    fill_experimenter(page, title="Chatbotti kirjaston asiakaspalveluun")
    page.locator("button[value=review]").click()
    expect(page.locator(".similar-experiments")).to_be_visible()
    assert_no_violations(page, "the review step")


def test_it_shows_a_skip_link_that_takes_the_keyboard_to_the_main_content(open_page, demo):
    for language, text in [("fi", "Siirry pääsisältöön"), ("sv", "Hoppa till huvudinnehållet")]:
        page = open_page(language=language)
        page.goto(f"/{language}/")
        skip = page.get_by_role("link", name=text)
        expect(skip).not_to_be_in_viewport()  # out of sight until it has the focus
        page.keyboard.press("Tab")
        expect(skip).to_be_focused()
        expect(skip).to_be_in_viewport()
        page.keyboard.press("Enter")
        expect(page.locator("main")).to_be_focused()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('main') !== null")
        assert page.evaluate("document.activeElement.tagName") == "A"


# Records each element that gets the focus, and whether anything shows where the focus is.
FOCUS_RECORDER = """() => {
  window.focusWalk = [];
  document.addEventListener("focusin", (event) => {
    const element = event.target;
    const style = getComputedStyle(element);
    let shown = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2)
      || style.boxShadow !== "none";
    if (!shown && element.closest("svg")) {
      // A region of a map: its shape is filled with the focus colour instead.
      const shape = element.querySelector("path");
      shown = shape && getComputedStyle(shape).fill === "rgb(255, 191, 71)";
    }
    if (!element.dataset.walk) element.dataset.walk = String(window.focusWalk.length);
    window.focusWalk.push({walk: element.dataset.walk, shown: shown,
                           html: element.outerHTML.slice(0, 160)});
  });
}"""

# Every visible thing a person can act on; of a group of radio buttons, one is a stop for Tab.
ACTIONS = """() => {
  const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[tabindex]:not([tabindex='-1'])";
  const seenRadios = new Set();
  return [...document.querySelectorAll(selector)]
    .filter((element) => !element.disabled && element.tabIndex !== -1
      && element.checkVisibility({visibilityProperty: true}))
    .filter((element) => {
      if (element.type !== "radio") return true;
      if (seenRadios.has(element.name)) return false;
      seenRadios.add(element.name);
      return true;
    })
    .map((element) => ({walk: element.type === "radio"
        ? [...document.getElementsByName(element.name)].map((r) => r.dataset.walk).find(Boolean)
        : element.dataset.walk,
      html: element.outerHTML.slice(0, 160)}));
}"""

WRAPPED = "window.focusWalk.filter((step) => step.walk === '0').length > 1"

KEYBOARD_PAGES = [
    "home",
    "experiment list",
    "experiment",
    "statistics",
    "register start",
    "experimenter form",
    "private page",
]


def test_it_reaches_every_action_with_the_keyboard_and_shows_the_focus(open_page, demo, subtests):
    page = open_page(language="fi")
    pages = {public.name: public.path for public in public_pages("fi")}
    for name in KEYBOARD_PAGES:
        with subtests.test(msg=name):
            page.goto(pages[name])
            page.evaluate(FOCUS_RECORDER)
            # Once round the page: until the first element has the focus again. (A date field
            # takes three presses: day, month, year.)
            limit = 3 * page.evaluate(f"({ACTIONS})().length") + 10
            for presses in range(1, limit + 1):
                page.keyboard.press("Tab")
                if presses % 10 == 0 and page.evaluate(WRAPPED):
                    break
            walk = page.evaluate("window.focusWalk")
            unreached = [action["html"] for action in page.evaluate(ACTIONS) if not action["walk"]]
            assert not unreached, f"Tab does not reach these on {name}:\n" + "\n".join(unreached)
            unseen = [step["html"] for step in walk if not step["shown"]]
            assert not unseen, f"No visible focus on these on {name}:\n" + "\n".join(unseen)


def test_it_leads_from_the_error_summary_to_the_field_with_the_keyboard(
    open_page, demo, no_spam_delay
):
    page = open_page(language="sv")
    page.goto(register_url("vaikuttaja", "sv"))
    page.locator("#id_contact_email").fill("anna(at)vasa")
    page.locator("button[value=review]").press("Enter")
    expect(page.locator("#error-summary")).to_be_focused()
    page.keyboard.press("Tab")  # the first link of the summary
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#id_lead_municipality"
    page.keyboard.press("Enter")
    expect(page.locator("#id_lead_municipality")).to_be_focused()
    assert focused_id(page) == "id_lead_municipality"
