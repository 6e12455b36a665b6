from django.core.exceptions import ValidationError
from django.test import SimpleTestCase
from django.utils import translation

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

    def test_it_accepts_the_numbers_people_type(self):
        for typed, stored in [
            ("040 123 4567", "+358401234567"),
            ("09 310 1691", "+35893101691"),
            ("02955 30205", "+358295530205"),
            ("+358 50 123 4567", "+358501234567"),
            ("0400 123 456", "+358400123456"),
            ("+1 650 253 0000", "+16502530000"),
        ]:
            with self.subTest(typed):
                self.assertEqual(normalise_phone(typed), stored)

    def test_it_says_what_is_wrong(self):
        start = "Enter a phone number that starts with 0 or +358, such as 040 123 4567."
        length = "This phone number has too few or too many digits. Check it, please."
        for typed, message in [
            ("12345", start),
            ("puhelin", start),
            ("040 123 4567 ext 5", start),
            ("+292 123 4567", start),  # no such country code
            ("040", length),
            ("+358 1", length),
            ("0" + "1" * 14, length),
            ("+46 70 123 45 67 89 01", length),  # longer than any Swedish number
        ]:
            with self.subTest(typed), translation.override("en"):
                with self.assertRaises(ValidationError) as caught:
                    normalise_phone(typed)
                self.assertEqual(caught.exception.code, "phone")
                self.assertEqual(caught.exception.messages, [message])


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
