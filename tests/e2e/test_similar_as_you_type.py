"""Similar experiments appear under the registration form as the registrant types, in the
page's language, with their reasons; the script keeps to the Content-Security-Policy."""

from playwright.sync_api import expect

from network.models import Topic
from tests.factories import CallFactory, make_registration


def test_similar_experiments_appear_as_one_types(open_page, reference_data):
    call = CallFactory(slug="digiverkosto")
    topic = Topic.objects.get(slug="sahkoinen-asiointi")
    make_registration(
        call=call,
        topics=[topic],
        title="Koulukuljetusten reitit uusiksi",
        idea="Koulukuljetusten reitit suunnitellaan uudelleen oppilaiden osoitteista.",
    )

    page = open_page(language="sv")
    page.goto("/sv/anmalan/digiverkosto/kokeilija/")
    page.locator("#id_title").fill("Ansökan om skolskjuts på nätet")
    page.locator("#id_idea").fill("Vårdnadshavarna ansöker om skolskjuts på nätet.")
    page.get_by_label("Utveckling av e-tjänster i den kommunala servicen").check()
    box = page.locator("[data-similar-live]")
    expect(box).to_contain_text("Detta har redan prövats")
    expect(box).to_contain_text("Koulukuljetusten reitit uusiksi")
    expect(box).to_contain_text("Liknande beskrivning")
