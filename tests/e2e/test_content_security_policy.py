"""The Content-Security-Policy holds where the most script runs: the admin's change forms, with
modeltranslation's language tabs (jQuery UI), the two-list selector, the autocomplete (Select2)
and the calendar, in Finnish and in Swedish. The page fixture fails the test on any violation."""

from playwright.sync_api import expect

from network.models import Municipality
from registrations.models import Status
from registrations.services.coordinators import create_coordinator
from tests.factories import CallFactory, make_registration

PASSWORD = "kokeilu-salasana-2026"


def test_the_admins_widgets_run_under_the_policy(open_page, reference_data):
    create_coordinator(username="maria", email="maria.virtanen@vm.example", password=PASSWORD)
    call = CallFactory()
    registration = make_registration(
        status=Status.SUBMITTED,
        call=call,
        lead_municipality=Municipality.objects.get(name_fi="Pori"),
    )
    page = open_page(language="fi")
    page.goto("/fi/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("maria")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    expect(page.locator("#user-tools")).to_be_visible()

    for language, typed, pori in [("fi", "Por", "Pori"), ("sv", "Björ", "Björneborg")]:
        page.goto(f"/{language}/admin/registrations/registration/{registration.pk}/change/")
        # modeltranslation's tabs, drawn by jQuery UI: the other language's tab opens.
        tabs = page.locator(".ui-tabs-nav a")
        expect(tabs.first).to_be_visible()
        tabs.nth(1).click()
        # The two-list selector and the autocomplete (Select2) of the lead municipality.
        expect(page.locator(".selector").first).to_be_visible()
        page.locator(".select2-selection").first.click()
        page.locator(".select2-search__field").fill(typed)
        expect(page.locator(".select2-results__option", has_text=pori).first).to_be_visible()
        page.keyboard.press("Escape")

        page.goto(f"/{language}/admin/registrations/call/{call.pk}/change/")
        expect(page.locator(".ui-tabs-nav a").first).to_be_visible()
        # The calendar and clock beside a date and time field.
        page.locator(".datetimeshortcuts a").first.click()
        page.goto(f"/{language}/admin/network/organisation/add/")
        expect(page.locator(".ui-tabs-nav a").first).to_be_visible()
        page.goto(f"/{language}/admin/registrations/registration/?q=Pori")
        expect(page.locator("#result_list")).to_be_visible()


def test_the_registration_forms_scripts_run_under_the_policy(open_page, reference_data):
    CallFactory(slug="digiverkosto")
    for language, path in [
        ("fi", "/fi/ilmoittaudu/digiverkosto/kokeilija/"),
        ("sv", "/sv/anmalan/digiverkosto/vaikuttaja/"),
    ]:
        page = open_page(language=language)
        page.goto(path)
        filter_field = page.locator("[data-municipality-filter]")
        expect(filter_field).to_be_visible()
        filter_field.fill("Por")
        page.locator('input[name="lead_kind"]').last.check()
        page.locator('input[name="partners-0-name"]').fill("Kes")


def test_the_event_page_and_its_admin_run_under_the_policy(open_page, demo):
    """The event page's schema.org JSON-LD is a data block (type application/ld+json), which
    the browser never runs, so the policy needs no nonce for it; and the events' admin, with
    its tabs, autocompletes and the two-list selector of topics, refuses nothing either."""
    page = open_page(language="sv")
    page.goto("/sv/evenemang/kokeiluviikko-2026/")
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    expect(page.get_by_role("heading", name="Evenemang per landskap")).to_be_visible()
    page.goto("/fi/admin/login/")
    page.get_by_label("Käyttäjätunnus").fill("koordinaattori")
    page.get_by_label("Salasana").fill("kokeilu-2026")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    for language in ("fi", "sv"):
        page.goto(f"/{language}/admin/network/event/")
        expect(page.locator("#result_list")).to_be_visible()
        page.get_by_role(
            "link", name="Kokeiluviikko 2026" if language == "fi" else "Försöksveckan 2026"
        ).first.click()
        expect(page.locator(".ui-tabs-nav a").first).to_be_visible()
        expect(page.locator(".selector").first).to_be_visible()
