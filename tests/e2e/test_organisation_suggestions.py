"""Organisation names suggested as the user types: asked from our own site, only after a pause,
never more than what the public pages show already."""

from playwright.sync_api import expect

from tests.e2e.site import register_url


def test_it_suggests_names_of_public_organisations_as_the_user_types(open_page, demo, live_server):
    page = open_page(language="fi")
    asked = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(register_url("kokeilija", "fi"))
    options = page.locator("#organisation-names option")
    expect(options).to_have_count(0)  # nothing in the page itself

    page.locator("#id_lead_kind_1").check()
    page.locator("#id_lead_organisation_name").press_sequentially("keski-suomen", delay=20)
    expect(page.locator('#organisation-names option[value="Keski-Suomen liitto"]')).to_have_count(1)
    suggestion_requests = [url for url in asked if "q=" in url]
    # One request for the pause after typing, not one per letter.
    assert len(suggestion_requests) == 1, suggestion_requests
    assert all(url.startswith(live_server.url) for url in asked), asked

    # Fewer than two letters: no suggestions.
    page.locator("#id_lead_organisation_name").fill("k")
    expect(options).to_have_count(0)
