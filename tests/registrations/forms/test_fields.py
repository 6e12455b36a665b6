from django.core.exceptions import ValidationError
from django.test import SimpleTestCase

from registrations.forms.fields import WholeNumberField, normalise_phone


class PhoneNumberTestCase(SimpleTestCase):
    def test_it_stores_finnish_numbers_in_one_international_form(self):
        for typed, stored in [
            ("040 123 4567", "+358401234567"),
            ("040-1234567", "+358401234567"),
            ("+358 40 123 4567", "+358401234567"),
            ("+358 (0)40 123 4567", "+358401234567"),
            ("00358 40 123 4567", "+358401234567"),
            ("(09) 310 1691", "+35893101691"),
            ("0295 530 205", "+358295530205"),
        ]:
            with self.subTest(typed):
                self.assertEqual(normalise_phone(typed), stored)

    def test_it_keeps_other_international_numbers(self):
        self.assertEqual(normalise_phone("+46 70 123 45 67"), "+46701234567")

    def test_it_refuses_what_cannot_be_a_phone_number(self):
        for typed in ["123", "puhelin", "040", "+358 1", "+1 2", "0" + "1" * 14]:
            with self.subTest(typed), self.assertRaises(ValidationError):
                normalise_phone(typed)


class WholeNumberTestCase(SimpleTestCase):
    def test_it_reads_euros_as_people_write_them(self):
        field = WholeNumberField(max_value=100_000_000)
        for typed in ["40000", "40 000", "40\u00a0000 €", "40.000", "40 000,00"]:
            with self.subTest(typed):
                self.assertEqual(field.clean(typed), 40000)

    def test_it_refuses_negative_and_fractional_amounts(self):
        field = WholeNumberField(max_value=100_000_000)
        for typed in ["-1", "12,5", "kymppitonni"]:
            with self.subTest(typed), self.assertRaises(ValidationError):
                field.clean(typed)
