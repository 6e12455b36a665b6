"""Journey c: a coordinator logs in to the admin and accepts a registration, which is then
public and its contact person told by e-mail."""

from playwright.sync_api import expect

from network.models import Municipality, Topic
from registrations.models import Status
from registrations.services.coordinators import create_coordinator
from tests.e2e.test_accessibility import assert_no_violations
from tests.factories import CallFactory, make_registration

PASSWORD = "kokeilu-salasana-2026"
TITLE = "Chatbotti Porin kirjaston asiakaspalveluun"


def test_it_lets_a_coordinator_accept_a_registration_in_the_admin(
    open_page, reference_data, mailbox
):
    create_coordinator(username="maria", email="maria.virtanen@vm.example", password=PASSWORD)
    registration = make_registration(
        status=Status.SUBMITTED,
        call=CallFactory(title_fi="Digiverkosto 2026–2027", title_sv="Diginätverket 2026–2027"),
        lead_municipality=Municipality.objects.get(name_fi="Pori"),
        topics=[Topic.objects.get(slug="kuntalaislahtoiset-palvelut")],
        title=TITLE,
        contact_email="maija.meikalainen@pori.example",
    )
    other = make_registration(status=Status.SUBMITTED, title="Toinen ilmoittautuminen")
    mailbox().clear()

    page = open_page(language="fi")
    page.goto("/fi/admin/")
    expect(page).to_have_title("Kirjaudu sisään | Digikunnan ylläpito")
    page.get_by_label("Käyttäjätunnus").fill("maria")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()

    page.get_by_role("link", name="Ilmoittautumiset", exact=True).click()
    # A number takes the partitive: "2 ilmoittautumista", not "2 ilmoittautumiset".
    expect(page.locator(".paginator")).to_contain_text("2 ilmoittautumista")

    # The registration's own page, and its two-list widgets, speak Finnish, then Swedish.
    page.get_by_role("link", name=registration.reference).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Muokkaa ilmoittautumista")
    expect(page.locator("#content-main")).to_contain_text(
        "Valitse mukana olevat kunnat merkitsemällä ne ja napsauttamalla sitten"
    )
    expect(page.locator("#content-main")).not_to_contain_text("by selecting them")
    page.goto(page.url.replace("/fi/admin/", "/sv/admin/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ändra anmälan")
    expect(page.locator("#content-main")).to_contain_text(
        "Välj deltagande kommuner genom att markera dem"
    )
    page.goto("/fi/admin/registrations/registration/")

    row = page.locator("#result_list tbody tr", has_text=registration.reference)
    expect(row).to_contain_text("Lähetetty")
    row.get_by_role("checkbox").check()
    page.get_by_label("Toiminto").select_option(label="Hyväksy valitut ilmoittautumiset")
    page.get_by_role("button", name="Suorita").click()

    # The confirmation page names the registration and takes the message to its contact person.
    expect(page.get_by_role("heading", level=1)).to_have_text("Hyväksy valitut ilmoittautumiset")
    expect(page.locator("#result_list")).to_contain_text(registration.reference)
    expect(page.locator("#result_list")).not_to_contain_text(other.reference)
    page.get_by_label("Viesti").fill("Tervetuloa verkostoon! Kokeilukummi ottaa yhteyttä.")
    page.get_by_role("button", name="Vahvista").click()

    expect(page.locator(".messagelist")).to_contain_text("1 ilmoittautuminen on nyt")
    row = page.locator("#result_list tbody tr", has_text=registration.reference)
    expect(row).to_contain_text("Hyväksytty")
    registration.refresh_from_db()
    other.refresh_from_db()
    assert registration.status == Status.ACCEPTED
    assert registration.published_at is not None
    assert other.status == Status.SUBMITTED
    decision = registration.decisions.get()
    assert decision.decided_by.username == "maria"
    (message,) = mailbox()
    assert message.to == ["maija.meikalainen@pori.example"]
    assert "Kokeilukummi ottaa yhteyttä" in message.body

    # Now it is public.
    page.goto(f"/fi/kokeilut/{registration.reference}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)


def test_it_shows_the_history_and_erases_one_persons_data(open_page, reference_data, mailbox):
    create_coordinator(username="maria", email="maria.virtanen@vm.example", password=PASSWORD)
    registration = make_registration(
        status=Status.REJECTED,
        lead_municipality=Municipality.objects.get(name_fi="Pori"),
        topics=[Topic.objects.get(slug="kuntalaislahtoiset-palvelut")],
        title=TITLE,
        contact_name="Maija Meikäläinen",
        contact_email="maija.meikalainen@pori.example",
    )

    page = open_page(language="sv")
    page.goto("/sv/admin/")
    page.get_by_label("Användarnamn").fill("maria")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()

    # The history of the registration, from its page.
    page.goto(f"/sv/admin/registrations/registration/{registration.pk}/change/")
    page.get_by_role("link", name="Historik").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(registration.reference)
    expect(page.locator("#change-history")).to_contain_text("Skapad")
    expect(page.locator("#change-history")).to_contain_text("Maija Meikäläinen")
    assert_no_violations(page, "the history page")

    # One person's data: found, then erased after a confirmation.
    page.goto("/sv/admin/registrations/personaldatarequest/")
    page.get_by_role("link", name="Sök en persons uppgifter").click()
    page.get_by_label("E-postadress").fill("maija.meikalainen@pori.example")
    page.get_by_role("button", name="Sök", exact=True).click()
    expect(page.get_by_role("heading", level=2).first).to_contain_text(
        "Uppgifter om maija.meikalainen@pori.example"
    )
    expect(page.locator("#content-main")).to_contain_text(registration.reference)
    assert "maija" not in page.url
    assert_no_violations(page, "the personal-data page")
    page.get_by_role("button", name="Radera…").click()
    expect(page.get_by_role("heading", level=2).first).to_have_text(
        "Ska uppgifterna om maija.meikalainen@pori.example raderas?"
    )
    page.get_by_role("button", name="Ja, radera").click()
    expect(page.locator(".messagelist")).to_contain_text("Personens uppgifter har raderats")
    expect(page.locator("#result_list")).to_contain_text("Uppgifterna raderades")
    expect(page.locator("#result_list")).not_to_contain_text("maija")
    assert not type(registration).objects.filter(pk=registration.pk).exists()
