"""Journey b: a Finnish-speaking user on a phone registers as kokeilija, makes mistakes, reads
the error summary, follows it to the fields, fixes them and sends; then opens the private link
from the e-mail and changes the registration."""

import re

from django.conf import settings
from playwright.sync_api import expect

from registrations.models import Registration, Role, Status
from tests.e2e.conftest import PHONE
from tests.e2e.site import focused_id

TITLE = "Chatbotti Porin kirjaston asiakaspalveluun"
NEW_TITLE = "Chatbotti Porin kirjaston ja museon asiakaspalveluun"
EMAIL = "maija.meikalainen@pori.example"


def test_it_registers_an_experimenter_on_a_phone_and_edits_it_from_the_email(
    open_page, demo, no_spam_delay, mailbox
):
    page = open_page(language="fi", viewport=PHONE, touch=True)
    page.goto("/fi/")
    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Ilmoittaudu").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ilmoittaudu")

    # Mistake 1: continuing without choosing the role.
    page.get_by_role("button", name="Jatka", exact=True).tap()
    summary = page.locator("#error-summary")
    expect(summary).to_contain_text("Valitse, ilmoittaudutko kokeilijaksi vai vaikuttajaksi.")
    assert focused_id(page) == "error-summary"
    page.get_by_label("Kokeilija").tap()
    page.get_by_role("button", name="Jatka", exact=True).tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ilmoittaudu kokeilijaksi")

    # Mistakes 2-5: no topic, a broken e-mail address, no commitment, no consent.
    page.locator("#id_lead_municipality").select_option(label="Pori (Björneborg)")
    page.get_by_label("Otsikko").fill(TITLE)
    page.locator("#id_idea").fill("Kokeilemme chatbottia, joka vastaa kirjaston kysymyksiin.")
    page.locator("#id_goal").fill("Puolet vähemmän puheluita. Mittaamme puhelut kuukausittain.")
    page.locator("#id_starts_on").fill("2027-01-15")
    page.locator("#id_contact_name").fill("Maija Meikäläinen")
    page.locator("#id_contact_email").fill("maija.meikalainen(at)pori")
    page.get_by_role("button", name="Jatka vastausten tarkistamiseen").tap()

    # The error summary: the title says so, the summary takes the focus and lists each error.
    expect(page).to_have_title(re.compile(r"^Virhe: Ilmoittaudu kokeilijaksi"))
    expect(summary).to_be_focused()
    assert focused_id(page) == "error-summary"
    expect(summary.get_by_role("heading")).to_have_text("Tarkista nämä vastaukset")
    expect(summary.get_by_role("listitem")).to_have_text(
        [
            "Valitse vähintään yksi aihe.",
            "Osallistuminen edellyttää tätä sitoumusta. Sitoudu rastittamalla ruutu.",
            "Sähköposti: Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
            "Ilmoittautuminen edellyttää, että hyväksyt tietosuojaselosteen.",
        ]
    )
    # What was written is kept.
    expect(page.get_by_label("Otsikko")).to_have_value(TITLE)

    # Each link of the summary leads to its field, which gets the focus.
    summary.get_by_role("link", name="Sähköposti: Kirjoita").tap()
    expect(page.locator("#id_contact_email")).to_be_focused()
    expect(page.locator("#id_contact_email")).to_be_in_viewport()
    page.keyboard.press("Control+A")
    page.keyboard.type(EMAIL)

    summary.get_by_role("link", name="Valitse vähintään yksi aihe.").tap()
    expect(page.locator("#id_topics_0")).to_be_focused()
    page.get_by_label("Kuntalaislähtöinen palveluiden kehittäminen").tap()

    summary.get_by_role("link", name="Osallistuminen edellyttää").tap()
    expect(page.locator("#id_commits_to_sharing")).to_be_focused()
    page.locator("#id_commits_to_sharing").tap()
    page.locator("#id_privacy_consent").tap()
    page.get_by_role("button", name="Jatka vastausten tarkistamiseen").tap()

    # The review, then the confirmation.
    expect(page.get_by_role("heading", name="Tätä on jo kokeiltu")).to_be_visible()
    expect(page.locator(".review-answers")).to_contain_text(EMAIL)
    page.get_by_role("button", name="Lähetä ilmoittautuminen").tap()
    expect(page.get_by_role("status")).to_contain_text("Kiitos! Olemme vastaanottaneet")
    registration = Registration.objects.get(title_fi=TITLE)
    assert (registration.role, registration.status) == (Role.KOKEILIJA, Status.SUBMITTED)

    # The private link, from the confirmation e-mail.
    confirmation = next(message for message in mailbox() if message.to == [EMAIL])
    assert registration.reference in confirmation.subject
    link = re.search(re.escape(settings.SITE_URL) + r"(/fi/\S+/)", confirmation.body).group(1)
    phone = open_page(language="fi", viewport=PHONE, touch=True)  # as if from the mail app
    phone.goto(link)
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        f"Ilmoittautumisesi {registration.reference}"
    )
    expect(phone.locator("dl.facts")).to_contain_text(TITLE)

    # Changing it.
    phone.get_by_role("link", name="Muuta ilmoittautumista").tap()
    expect(phone.get_by_label("Otsikko")).to_have_value(TITLE)
    phone.get_by_label("Otsikko").fill(NEW_TITLE)
    phone.get_by_role("button", name="Tallenna muutokset").tap()
    expect(phone.get_by_role("status")).to_have_text("Muutoksesi on tallennettu.")
    expect(phone.locator("dl.facts")).to_contain_text(NEW_TITLE)
    registration.refresh_from_db()
    assert registration.title_fi == NEW_TITLE
    assert registration.status == Status.SUBMITTED
