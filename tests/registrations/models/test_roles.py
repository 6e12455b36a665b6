"""Each role's fields are declared once (registrations.models.roles) and every place that shows
a registration follows that declaration: the form, the admin, the private and public pages."""

from django.test import TestCase
from django.utils import translation

from registrations.forms.registration import FORMS
from registrations.models import ROLE_FIELDS, Role
from registrations.services.links import make_token
from tests.base import BaseTestCase
from tests.factories import make_registration

EXPERIMENT_ONLY = {"idea", "goal", "starts_on", "support_wanted"}
REFORM_ONLY = {"reform", "savings_method", "savings_from_year", "can_share"}


class RoleFormTestCase(TestCase):
    def test_it_asks_each_role_its_own_fields_and_no_others(self):
        for role, own, others in [
            (Role.KOKEILIJA, EXPERIMENT_ONLY, REFORM_ONLY),
            (Role.VAIKUTTAJA, REFORM_ONLY, EXPERIMENT_ONLY),
        ]:
            with self.subTest(role):
                fields = FORMS[role](language="fi").fields
                self.assertLessEqual(own, set(fields))
                self.assertFalse(others & set(fields))

    def test_it_takes_labels_help_and_limits_from_the_model(self):
        field = FORMS[Role.KOKEILIJA](language="sv").fields["idea"]
        with translation.override("sv"):
            self.assertEqual(str(field.label), "Idén med försöket")
            self.assertEqual(str(field.help_text), "Vad vill du pröva och varför?")
        self.assertEqual(field.max_length, 4000)

    def test_a_role_may_word_a_field_its_own_way(self):
        experiment = FORMS[Role.KOKEILIJA](language="fi").fields["savings_eur_per_year"]
        reform = FORMS[Role.VAIKUTTAJA](language="fi").fields["savings_eur_per_year"]
        self.assertEqual(str(experiment.label), "Arvioidut säästöt (€ vuodessa)")
        self.assertFalse(experiment.required)
        self.assertEqual(str(reform.label), "Säästöt (€ vuodessa)")
        self.assertTrue(reform.required)

    def test_the_form_asks_the_role_fields_right_after_the_title(self):
        names = list(FORMS[Role.VAIKUTTAJA](language="fi").fields)
        title = names.index("title")
        declared = ROLE_FIELDS[Role.VAIKUTTAJA].fields
        self.assertEqual(tuple(names[title + 1 : title + 1 + len(declared)]), declared)


class RoleAdminTestCase(BaseTestCase):
    def change_page(self, registration):
        self.client.force_login(self.coordinator)
        url = f"/fi/admin/registrations/registration/{registration.pk}/change/"
        return self.client.get(url).content.decode()

    def test_a_kokeilija_shows_the_experiment_fields_only(self):
        page = self.change_page(make_registration(role=Role.KOKEILIJA))
        self.assertIn('id="id_idea_fi"', page)
        self.assertIn('name="starts_on"', page)
        self.assertNotIn('id="id_reform_fi"', page)
        self.assertNotIn('name="savings_from_year"', page)

    def test_a_vaikuttaja_shows_the_reform_fields_only(self):
        page = self.change_page(make_registration(role=Role.VAIKUTTAJA, idea="", reform="Robotti"))
        self.assertIn('id="id_reform_fi"', page)
        self.assertIn('name="savings_from_year"', page)
        self.assertNotIn('id="id_idea_fi"', page)
        self.assertNotIn('name="starts_on"', page)

    def test_a_new_registration_offers_both_roles_fields_each_once(self):
        self.client.force_login(self.coordinator)
        page = self.client.get("/fi/admin/registrations/registration/add/").content.decode()
        self.assertIn('id="id_idea_fi"', page)
        self.assertIn('id="id_reform_fi"', page)
        self.assertEqual(page.count('name="savings_eur_per_year"'), 1)


class RolePagesTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reform = make_registration(
            role=Role.VAIKUTTAJA,
            idea="",
            reform="Ohjelmistorobotti tarkastaa ostolaskut.",
            savings_method="Työtunnit kertaa tuntihinta.",
            savings_eur_per_year=48000,
            savings_from_year=2023,
            savings_to_year=2025,
            can_share=["mentoring"],
        )

    def test_the_public_page_shows_the_reforms_sections_in_the_declared_order(self):
        page = self.client.get(f"/fi/kokeilut/{self.reform.reference}/").content.decode()
        headings = ["Jo toteutettu uudistus", "Miten säästöt laskettiin", "Mitä voidaan jakaa"]
        positions = [page.index(f"<h2>{heading}") for heading in headings]
        self.assertEqual(positions, sorted(positions))
        self.assertIn("<li>Mentorointi</li>", page)
        self.assertIn("<dt>Säästöt</dt>", page)

    def test_the_private_page_shows_the_answers_under_the_forms_labels(self):
        page = self.client.get(f"/sv/min-anmalan/{make_token(self.reform)}/").content.decode()
        self.assertIn("<dt>Besparingar (€ per år)</dt>", page)
        self.assertIn("<dd>48\xa0000\xa0€</dd>", page)
        self.assertIn('<dd lang="fi">Työtunnit kertaa tuntihinta.</dd>', page)
        self.assertIn("<dt>Vad som kan delas med andra</dt>", page)
        self.assertIn("<dd>Mentorskap</dd>", page)
