"""Journey: a coordinator introduces a mentor (an influencer) to an experimenter from the
suggestions in the admin; both agree through their private links, in their own language, and
both then see the relation."""

from playwright.sync_api import expect

from registrations.models import Role
from registrations.services.coordinators import create_coordinator
from registrations.services.links import make_token
from tests.factories import TopicFactory, make_registration

PASSWORD = "kokeilu-salasana-2026"


def test_a_coordinator_introduces_a_mentor_and_both_see_it(open_page, reference_data, mailbox):
    create_coordinator(username="maria", email="maria.virtanen@vm.example", password=PASSWORD)
    topic = TopicFactory(name_fi="Taloushallinto", name_sv="Ekonomiförvaltning")
    mentor = make_registration(
        role=Role.VAIKUTTAJA,
        topics=[topic],
        title="Ohjelmistorobotti ostolaskujen käsittelyssä",
        idea="",
        reform="Ohjelmistorobotti tarkastaa ja tiliöi ostolaskut taloushallinnossa.",
        can_share=["mentoring"],
        contact_email="tiina@lahti.example",
        contact_language="fi",
    )
    mentee = make_registration(
        language="sv",
        topics=[topic],
        title="Ostolaskut ohjelmistorobotille",
        idea="Ohjelmistorobotti tarkastaa ja tiliöi ostolaskut, mjukvarurobot för fakturor.",
        support_wanted=["mentor"],
        contact_email="johanna@jakobstad.example",
        contact_language="sv",
    )
    mailbox().clear()

    page = open_page(language="fi")
    page.goto("/fi/admin/")
    page.get_by_label("Käyttäjätunnus").fill("maria")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.goto("/fi/admin/registrations/suggestion/")
    row = page.locator("#result_list tbody tr", has_text=mentee.reference).first
    expect(row).to_contain_text("Tehnyt saman jo")
    row.get_by_role("checkbox").check()
    page.get_by_label("Toiminto").select_option(
        label="Ehdota esittelyä (molemmilta kysytään ennen kuin yhteystiedot jaetaan)"
    )
    page.get_by_role("button", name="Suorita").click()
    expect(page.locator(".messagelist")).to_contain_text("1 esittely ehdotettu")
    asked = {message.to[0]: message for message in mailbox()}
    assert "kokeilukummi" in asked["tiina@lahti.example"].body
    assert "mentor" in asked["johanna@jakobstad.example"].body

    mentor_page = open_page(language="fi")
    mentor_page.goto(f"/fi/oma-ilmoittautuminen/{make_token(mentor)}/")
    mentor_page.get_by_label("Sen saa näyttää myös julkisilla sivuilla").check()
    mentor_page.get_by_role("button", name="Hyväksyn: jaa yhteystietoni").click()
    expect(mentor_page.locator("body")).to_contain_text("Olet hyväksynyt.")

    mentee_page = open_page(language="sv")
    mentee_page.goto(f"/sv/min-anmalan/{make_token(mentee)}/")
    mentee_page.get_by_label("Det får också visas på de offentliga sidorna").check()
    mentee_page.get_by_role("button", name="Jag godkänner: dela mina kontaktuppgifter").click()
    expect(mentee_page.locator("#introductions-heading")).to_have_text(
        "Introduktioner och mentorer"
    )
    expect(mentee_page.locator("body")).to_contain_text("Din mentor eller sparringpartner:")
    expect(mentee_page.locator("body")).to_contain_text("Introducerad")

    mentor_page.reload()
    expect(mentor_page.locator("body")).to_contain_text("Olet kokeilukummina kokeilulle:")
    expect(mentor_page.locator("body")).to_contain_text("Esitelty")
    shared = {message.to[0]: message for message in mailbox()}
    assert "johanna@jakobstad.example" in shared["tiina@lahti.example"].body
    assert "tiina@lahti.example" in shared["johanna@jakobstad.example"].body

    public = open_page(language="sv")
    public.goto(f"/sv/forsok/{mentee.reference}/")
    expect(public.locator("#mentors-heading")).to_have_text("Mentorer och kolleger")
