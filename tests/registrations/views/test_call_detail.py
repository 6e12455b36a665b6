from datetime import timedelta

from django.test import TestCase
from django.utils import timezone

from tests.base import PageTestMixin
from tests.factories import CallFactory, FeeTierFactory


class CallDetailTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory(
            slug="digiverkosto", title_fi="Digiverkosto 2027", title_sv="Diginätverket 2027"
        )
        FeeTierFactory(call=cls.call, max_population=5000, fee_eur=1500)
        FeeTierFactory(call=cls.call, max_population=None, fee_eur=8000)

    def test_it_shows_the_call_and_its_fees_in_finnish(self):
        response = self.client.get("/fi/haut/digiverkosto/")
        self.assertPage(response, language="fi", title="Digiverkosto 2027")
        self.assertContains(response, "Avoinna: määräaika on")
        self.assertContains(response, "enintään 5\xa0000")
        self.assertContains(response, "8\xa0000 €")

    def test_it_shows_the_call_in_swedish(self):
        response = self.client.get("/sv/utlysningar/digiverkosto/")
        self.assertPage(response, language="sv", title="Diginätverket 2027")
        self.assertContains(response, "Öppen: sista anmälningsdag är")

    def test_an_unpublished_call_is_not_found(self):
        CallFactory(slug="luonnos", is_published=False)
        self.assertEqual(self.client.get("/fi/haut/luonnos/").status_code, 404)

    def test_it_makes_two_queries(self):
        with self.assertNumQueries(2):
            # the call, its fee tiers
            self.client.get("/fi/haut/digiverkosto/")


class RegisterButtonTestCase(TestCase):
    def test_an_open_call_leads_to_the_registration(self):
        CallFactory(slug="digiverkosto")
        response = self.client.get("/fi/haut/digiverkosto/")
        self.assertContains(response, 'href="/fi/ilmoittaudu/">Ilmoittaudu')

    def test_a_call_for_one_role_leads_straight_to_its_form(self):
        CallFactory(slug="vain-kokeilijat", roles="kokeilija")
        response = self.client.get("/sv/utlysningar/vain-kokeilijat/")
        self.assertContains(response, 'href="/sv/anmalan/vain-kokeilijat/kokeilija/">Anmäl dig')

    def test_a_closed_call_has_no_button(self):
        now = timezone.now()
        CallFactory(
            slug="vanha", opens_at=now - timedelta(days=90), closes_at=now - timedelta(days=30)
        )
        self.assertNotContains(self.client.get("/fi/haut/vanha/"), "btn btn-primary")
