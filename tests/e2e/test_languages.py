"""No mixed languages: every public page of the demo content, in Swedish, shows none of our
Finnish strings (nor an untranslated English one), and in Finnish none of our Swedish ones.
The .po catalogues tell which strings are ours (tests/e2e/catalogues.py)."""

import pytest
from playwright.sync_api import expect

from tests.e2e.catalogues import foreign_pattern, foreign_strings
from tests.e2e.site import every_public_page, fill_experimenter, register_url

# The text a person sees or hears: the title, the text of the page and the texts given in
# attributes, less what is marked as written in another language (the experiments' own texts,
# names in the other language, the language switcher). Hidden text counts too: a screen reader
# says it, or it shows after a click.
PAGE_TEXT = """() => {
  const language = document.documentElement.lang;
  const ours = (element) =>
    (element.closest("[lang]") || document.documentElement).lang === language;
  // The title of an experiment page is the experiment's own, in the language it was written in.
  let title = document.title;
  for (const element of document.body.querySelectorAll("[lang]")) {
    if (element.lang !== language) title = title.replace(element.textContent.trim(), "");
  }
  const texts = [title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (element && ours(element) && !element.closest("script, style, template")) {
      texts.push(walker.currentNode.data);
    }
  }
  for (const element of document.body.querySelectorAll(
      "[aria-label], [alt], [title], [placeholder], input[type=submit][value]")) {
    if (!ours(element)) continue;
    for (const name of ["aria-label", "alt", "title", "placeholder"]) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
    if (element.type === "submit") texts.push(element.value);
  }
  return texts.join("\\n");
}"""


def assert_one_language(page, language: str, what: str) -> None:
    expect(page.locator("html")).to_have_attribute("lang", language)
    found = foreign_strings(language, page.evaluate(PAGE_TEXT))
    assert not found, (
        f"{what} ({page.url}), in {language}, shows strings of another language or untranslated: "
        + "; ".join(f"“{text}”" for text in found)
    )


def test_it_knows_our_strings_in_each_language():
    swedish_page = foreign_pattern("sv")
    finnish_page = foreign_pattern("fi")
    assert swedish_page.search("Siirry pääsisältöön")
    assert swedish_page.search("Skip to main content")  # an untranslated string
    assert not swedish_page.search("Hoppa till huvudinnehållet")
    assert finnish_page.search("Hoppa till huvudinnehållet")
    assert not finnish_page.search("Siirry pääsisältöön")
    # A string that is the same in both languages is nobody's.
    assert not swedish_page.search("Digikunta") and not finnish_page.search("Digikunta")


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_it_shows_every_page_in_one_language(open_page, demo, no_spam_delay, language, subtests):
    page = open_page(language=language)
    for public in every_public_page(language):
        with subtests.test(msg=public.name):
            page.goto(public.path)
            assert_one_language(page, language, public.name)

    with subtests.test(msg="experimenter form with errors"):
        page.goto(register_url("kokeilija", language))
        page.locator("button[value=review]").click()
        expect(page.locator("#error-summary")).to_be_visible()
        assert_one_language(page, language, "the experimenter form with errors")

    with subtests.test(msg="influencer form with errors"):
        page.goto(register_url("vaikuttaja", language))
        page.locator("#id_contact_email").fill("anna@")
        page.locator("#id_contact_phone").fill("12")
        page.locator("button[value=review]").click()
        expect(page.locator("#error-summary")).to_be_visible()
        assert_one_language(page, language, "the influencer form with errors")

    with subtests.test(msg="review step"):
        page.goto(register_url("kokeilija", language))
        fill_experimenter(page, title="Chatbotti kirjaston asiakaspalveluun")
        page.locator("button[value=review]").click()
        expect(page.locator(".similar-experiments")).to_be_visible()
        assert_one_language(page, language, "the review step")
