from django.test import TestCase, override_settings

from tests.base import PageTestMixin


class PrivacyPageTestCase(PageTestMixin, TestCase):
    @override_settings(REGISTRATION_LINK_DAYS=90)
    def test_it_says_what_is_kept_and_for_how_long_in_finnish(self):
        response = self.client.get("/fi/tietosuoja/")
        self.assertPage(response, language="fi", title="Tietosuojaseloste")
        self.assertContains(response, "Yhteyshenkilö: nimi, tehtävänimike, sähköpostiosoite")
        self.assertContains(response, "toimii 90 päivää")

    def test_it_says_it_in_swedish(self):
        response = self.client.get("/sv/dataskydd/")
        self.assertPage(response, language="sv", title="Dataskyddsbeskrivning")
        self.assertContains(response, "Kontaktpersonens uppgifter publiceras aldrig")

    def test_it_makes_no_query(self):
        with self.assertNumQueries(0):
            self.client.get("/sv/dataskydd/")


class YourDataTestCase(TestCase):
    """The notice tells how to see and erase one's data, and that the history is covered."""

    @override_settings(CONTACT_EMAIL="digikunta@vm.example")
    def test_it_says_how_to_ask_in_finnish(self):
        response = self.client.get("/fi/tietosuoja/")
        self.assertContains(response, "Omien tietojesi katsominen ja poistaminen")
        self.assertContains(
            response, '<a href="mailto:digikunta@vm.example">digikunta@vm.example</a>'
        )
        self.assertContains(response, "Kerro sähköpostiosoite, jonka annoit ilmoittautuessasi.")
        self.assertContains(response, "Yhteystietosi poistetaan historiasta")

    @override_settings(CONTACT_EMAIL="")
    def test_it_says_how_to_ask_in_swedish(self):
        response = self.client.get("/sv/dataskydd/")
        self.assertContains(response, "Se och radera dina uppgifter")
        self.assertContains(response, "skriv till koordinatorerna")
        self.assertContains(response, "Vi svarar inom en månad.")
        self.assertContains(response, "Anmälans historik: dess tidigare versioner")
