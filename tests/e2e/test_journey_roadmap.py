"""Journey: a Swedish-speaking contact person of Pargas asks for the link to the town's
digital roadmap, gets it by e-mail in Swedish, adds the vision in Finnish and a new action
that learns from another town's experiment, and the Finnish page shows both."""

import re

from playwright.sync_api import expect

from registrations.models import Registration, Roadmap


def test_a_swedish_speaking_municipality_updates_its_roadmap(open_page, demo, mailbox):
    page = open_page(language="sv")
    page.goto("/sv/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role(
        "link", name="Digitala färdplaner"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitala färdplaner")
    page.get_by_role("link", name="Skriv din kommuns digitala färdplan").click()

    # The request: the same answer for any address.
    page.get_by_label("Kommun").select_option(label="Pargas")
    page.get_by_label("Din e-postadress").fill("malin.bjorkman@pargas.example")
    page.get_by_role("button", name="Skicka länken till mig").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kontrollera din e-post")

    # The link comes in Swedish, through the outbox.
    (message,) = [m for m in mailbox() if m.to == ["malin.bjorkman@pargas.example"]]
    assert "digitala färdplanen" in message.subject
    link = re.search(r"/sv/fardplaner/skriv/\S+/", message.body).group(0)

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Digital färdplan: Pargas")
    page.get_by_label("Vision på finska").fill(
        "Parainen on saaristokaupunki, jossa palvelu ulottuu joka saareen."
    )
    learned = Registration.objects.get(
        title_fi="Osallistuva budjetointi: 150 000 euroa asukkaiden päätettäväksi"
    )
    new_row = page.get_by_role("group", name="Åtgärd 3")
    new_row.get_by_label("Åtgärd på svenska").fill("Deltagande budgetering på öarna")
    new_row.get_by_label("År", exact=True).fill("2027")
    new_row.get_by_label("Kvartal", exact=True).select_option(label="Q3")
    new_row.get_by_label("Andras försök som vi lär oss av").fill(learned.reference)
    page.get_by_role("button", name="Spara färdplanen").click()
    expect(page.get_by_role("status")).to_contain_text("Dina ändringar har sparats.")

    # The Finnish page shows the new vision and the action with the experiment it learns from.
    page.goto("/fi/tiekartat/parainen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Digitiekartta: Parainen")
    expect(page.locator("#main")).to_contain_text("jossa palvelu ulottuu joka saareen")
    expect(page.locator("#main")).to_contain_text("3. neljännes 2027")
    expect(page.get_by_role("link", name=learned.title_fi)).to_be_visible()
    assert Roadmap.objects.get(slug="parainen").actions.count() == 3
