from django.test import TestCase, override_settings

from tests.base import PageTestMixin


class AboutPageTestCase(PageTestMixin, TestCase):
    def test_it_answers_in_finnish(self):
        response = self.client.get("/fi/tietoa/")
        self.assertPage(response, language="fi", title="Tietoa Digikunnasta")
        self.assertContains(response, "Verkostoa koordinoi valtiovarainministeriö.")

    def test_it_answers_in_swedish(self):
        response = self.client.get("/sv/om/")
        self.assertPage(response, language="sv", title="Om Digikunta")
        self.assertContains(response, "Nätverket koordineras av finansministeriet.")

    @override_settings(CONTACT_EMAIL="digikunta@vm.example")
    def test_it_shows_the_contact_address(self):
        response = self.client.get("/fi/tietoa/")
        self.assertContains(response, 'href="mailto:digikunta@vm.example"')

    def test_it_makes_no_query(self):
        with self.assertNumQueries(0):
            self.client.get("/sv/om/")
