from django.test import TestCase

from tests.factories import MunicipalityFactory, make_registration


class RootRedirectTestCase(TestCase):
    def test_it_sends_a_swedish_browser_to_swedish(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="sv-FI,sv;q=0.9,en;q=0.5")
        self.assertRedirects(response, "/sv/")

    def test_it_sends_a_finnish_browser_to_finnish(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="fi-FI,fi;q=0.9")
        self.assertRedirects(response, "/fi/")

    def test_it_defaults_to_finnish(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE")
        self.assertRedirects(response, "/fi/")


class LanguageSwitcherTestCase(TestCase):
    def assertSwitchesTo(self, response, url: str, label: str, language: str):
        self.assertContains(
            response, f'<a href="{url}" hreflang="{language}" lang="{language}">{label}</a>'
        )

    def test_it_leads_from_finnish_to_the_same_swedish_page(self):
        response = self.client.get("/fi/kunnat/")
        self.assertSwitchesTo(response, "/sv/kommuner/", "På svenska", "sv")

    def test_it_leads_from_swedish_to_the_same_finnish_page(self):
        response = self.client.get("/sv/kommuner/")
        self.assertSwitchesTo(response, "/fi/kunnat/", "Suomeksi", "fi")

    def test_it_keeps_the_object_and_the_query(self):
        municipality = MunicipalityFactory(code="853", name_fi="Turku", name_sv="Åbo")
        response = self.client.get(f"/sv/kommuner/{municipality.code}/")
        self.assertSwitchesTo(response, "/fi/kunnat/853/", "Suomeksi", "fi")
        response = self.client.get("/fi/kunnat/?q=%C3%85bo")
        self.assertSwitchesTo(response, "/sv/kommuner/?q=%C3%85bo", "På svenska", "sv")

    def test_it_leads_to_the_same_experiment(self):
        experiment = make_registration()
        response = self.client.get(f"/fi/kokeilut/{experiment.reference}/")
        self.assertSwitchesTo(response, f"/sv/forsok/{experiment.reference}/", "På svenska", "sv")

    def test_it_announces_both_languages_to_search_engines(self):
        response = self.client.get("/fi/aiheet/")
        self.assertContains(response, 'hreflang="fi" href="http://testserver/fi/aiheet/"')
        self.assertContains(response, 'hreflang="sv" href="http://testserver/sv/teman/"')

    def test_a_missing_page_offers_the_other_languages_home(self):
        response = self.client.get("/sv/kommuner/999/")
        self.assertEqual(response.status_code, 404)
