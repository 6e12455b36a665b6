from datetime import timedelta

from django.test import TestCase
from django.utils import timezone

from registrations.models import CallRoles
from tests.base import PageTestMixin
from tests.factories import CallFactory


class RegisterStartTestCase(PageTestMixin, TestCase):
    def test_it_explains_both_roles_in_finnish(self):
        CallFactory(title_fi="Digiverkosto 2027")
        response = self.client.get("/fi/ilmoittaudu/")
        self.assertPage(response, language="fi", title="Ilmoittaudu")
        self.assertContains(response, "Ilmoittaudut hakuun <strong>Digiverkosto 2027</strong>.")
        self.assertContains(response, "Haluat kokeilla uutta digitaalista toimintatapaa")
        self.assertContains(response, "Olet jo uudistanut toimintatapaa")

    def test_it_explains_both_roles_in_swedish(self):
        CallFactory()
        response = self.client.get("/sv/anmalan/")
        self.assertPage(response, language="sv", title="Anmäl dig")
        self.assertContains(response, "Försökare")
        self.assertContains(response, "Påverkare")

    def test_it_leads_to_the_form_of_the_chosen_role(self):
        call = CallFactory(slug="digiverkosto")
        response = self.client.get("/sv/anmalan/", {"call": call.slug, "role": "vaikuttaja"})
        self.assertRedirects(response, "/sv/anmalan/digiverkosto/vaikuttaja/")

    def test_it_asks_for_the_call_when_several_are_open(self):
        CallFactory(title_fi="Ensimmäinen haku")
        CallFactory(title_fi="Toinen haku")
        response = self.client.get("/fi/ilmoittaudu/", {"role": "kokeilija"})
        self.assertContains(response, "Valitse haku.")
        self.assertContains(response, 'href="#id_call_0"')

    def test_it_refuses_a_role_the_call_does_not_take(self):
        call = CallFactory(slug="vain-kokeilijat", roles=CallRoles.KOKEILIJA)
        CallFactory(slug="toinen")
        response = self.client.get("/fi/ilmoittaudu/", {"call": call.slug, "role": "vaikuttaja"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "voivat ilmoittautua: vain kokeilijat.")

    def test_it_says_when_no_call_is_open_and_names_the_next_one(self):
        now = timezone.now()
        CallFactory(
            title_sv="Diginätverket 2028",
            opens_at=now + timedelta(days=30),
            closes_at=now + timedelta(days=60),
        )
        response = self.client.get("/sv/anmalan/")
        self.assertContains(response, "Just nu går det inte att anmäla sig till någon utlysning.")
        self.assertContains(response, "Diginätverket 2028")
