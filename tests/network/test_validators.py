from django.core.exceptions import ValidationError
from django.test import SimpleTestCase
from django.utils import translation

from network.validators import validate_business_id


class BusinessIdTestCase(SimpleTestCase):
    def test_it_accepts_real_business_ids(self):
        for business_id in ["0245437-2", "0926151-4", "0112038-9"]:
            with self.subTest(business_id):
                validate_business_id(business_id)

    def test_it_refuses_a_wrong_check_digit(self):
        with self.assertRaises(ValidationError) as caught:
            validate_business_id("0245437-3")
        self.assertEqual(caught.exception.code, "business_id_check")

    def test_it_refuses_the_wrong_shape(self):
        for value in ["02454372", "245437-2", "0245437–2", "abcdefg-h", ""]:
            with self.subTest(value), self.assertRaises(ValidationError) as caught:
                validate_business_id(value)
            self.assertEqual(caught.exception.code, "business_id_format")

    def test_it_refuses_numbers_whose_remainder_is_one(self):
        # 0010001: the weighted sum is 10 + 2 = 12, remainder 1, so no check digit is valid.
        for digit in range(10):
            with self.subTest(digit), self.assertRaises(ValidationError) as caught:
                validate_business_id(f"0010001-{digit}")
            self.assertEqual(caught.exception.code, "business_id_check")

    def test_it_says_what_is_wrong(self):
        with translation.override("en"):
            for value, message in [
                ("02454372", "Enter the business ID in the form 1234567-8."),
                ("0245437-3", "This business ID does not exist: its check digit is wrong."),
            ]:
                with self.subTest(value), self.assertRaises(ValidationError) as caught:
                    validate_business_id(value)
                self.assertEqual(caught.exception.messages, [message])
