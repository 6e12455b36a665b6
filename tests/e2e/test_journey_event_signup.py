"""Journey: a Swedish speaker signs up for a full workshop of the experiment week, lands on the
waiting list, is moved up when someone cancels (told by e-mail, in Swedish), and adds the
workshop to a calendar. The event page's JSON-LD runs under the Content-Security-Policy (the
page fixture fails on any violation)."""

import json

from icalendar import Calendar
from playwright.sync_api import expect

from network.models import Municipality
from registrations.services.signup_links import make_token
from tests.factories import EventFactory, make_signup

EMAIL = "stina.lindqvist@vasa.example"


def test_a_swedish_speaker_waits_moves_up_and_adds_the_workshop_to_a_calendar(
    open_page, reference_data, mailbox
):
    vaasa = Municipality.objects.get(name_fi="Vaasa")
    EventFactory(
        slug="forsoksveckan-vasa",
        title_fi="Kokeiluviikon työpaja: Vaasa",
        title_sv="Försöksveckans workshop: Vasa",
        municipality=vaasa,
        latitude="63.09510",
        longitude="21.61650",
        capacity=1,
        waiting_capacity=3,
        online_url="https://tapaaminen.example/vasa",
    )
    from network.models import Event

    event = Event.objects.get(slug="forsoksveckan-vasa")
    first = make_signup(event, name="Matti Mäkelä", email="matti@example.fi")

    page = open_page(language="sv")
    page.goto("/sv/evenemang/")
    page.get_by_role("link", name="Försöksveckans workshop: Vasa").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Försöksveckans workshop: Vasa")
    # The server-drawn map and the JSON-LD data block, which the policy lets be.
    expect(page.locator("figure.position-map svg circle")).to_have_count(1)
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "Event" and data["name"] == "Försöksveckans workshop: Vasa"
    # The online link is for those with a seat.
    expect(page.get_by_text("Länken skickas till dem som anmäler sig.")).to_be_visible()

    page.get_by_role("link", name="Anmäl dig till evenemanget").click()
    expect(page.get_by_text("Alla platser är tagna.")).to_be_visible()
    page.get_by_role("button", name="Anmäl dig till evenemanget").click()
    expect(page.locator("#error-summary")).to_contain_text("Skriv ditt namn.")
    page.get_by_label("Ditt namn").fill("Stina Lindqvist")
    page.get_by_label("Organisation").fill("Vasa stad")
    page.locator("#id_municipality").select_option(label="Vasa (Vaasa)")
    page.get_by_label("E-post").fill(EMAIL)
    expect(page.get_by_label("svenska")).to_be_checked()
    page.get_by_label("Jag har läst dataskyddsbeskrivningen").check()
    page.get_by_role("button", name="Anmäl dig till evenemanget").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Din anmälan")
    expect(page.get_by_text("du står på reservlistan")).to_be_visible()
    expect(page.locator("dd strong")).to_have_text("På reservlistan")
    [confirmation] = [m for m in mailbox() if m.to == [EMAIL]]
    assert confirmation.subject == "Du står på reservlistan: Försöksveckans workshop: Vasa"
    private_path = page.url.removeprefix(page.url.split("/sv/")[0])

    # Matti cancels with his own link, in Finnish: Stina moves up and is told in Swedish.
    matti = open_page(language="fi")
    matti.goto(f"/fi/tapahtumat/oma-ilmoittautuminen/{make_token(first)}/")
    matti.get_by_role("button", name="Peru ilmoittautumiseni").click()
    expect(matti.get_by_text("Ilmoittautumisesi on peruttu.")).to_be_visible()
    [promoted] = [m for m in mailbox() if m.to == [EMAIL] and m is not confirmation]
    assert promoted.subject == "En plats blev ledig för dig: Försöksveckans workshop: Vasa"
    assert "https://tapaaminen.example/vasa" in promoted.body

    page.goto(private_path)
    expect(page.locator("dd strong")).to_have_text("Har en plats")
    with page.expect_download() as download:
        page.get_by_role("link", name="Lägg till i din kalender (.ics)").click()
    with open(download.value.path(), "rb") as file:
        content = file.read()
    [entry] = Calendar.from_ical(content).walk("VEVENT")
    assert str(entry["summary"]) == "Försöksveckans workshop: Vasa"
    assert "https://tapaaminen.example/vasa" in str(entry["description"])
    assert str(entry["dtstart"].params["TZID"]) == "Europe/Helsinki"
