from decimal import Decimal

from django.template import Context, Template
from django.test import SimpleTestCase
from django.utils.translation import override

from digikunta.formats import euros


class EurosTestCase(SimpleTestCase):
    def test_a_sum_never_breaks_in_either_language(self):
        for language in ["fi", "sv"]:
            with self.subTest(language), override(language):
                self.assertEqual(euros(8000), "8\xa0000\xa0€")
                self.assertEqual(euros(1_234_567), "1\xa0234\xa0567\xa0€")
                self.assertEqual(euros(40), "40\xa0€")
                self.assertEqual(euros(0), "0\xa0€")
                self.assertNotIn(" ", euros(12_000_000))

    def test_no_sum_is_empty(self):
        self.assertEqual(euros(None), "")
        self.assertEqual(euros(""), "")

    def test_every_template_has_it_without_loading_anything(self):
        with override("fi"):
            rendered = Template("{{ fee|euros }}").render(Context({"fee": 8000}))
        self.assertEqual(rendered, "8\xa0000\xa0€")


class DecimalEurosTestCase(SimpleTestCase):
    """Savings are Decimal euros with cents: the same unbroken form in both languages."""

    def test_cents_are_written_with_a_comma_in_both_languages(self):
        for language in ["fi", "sv"]:
            with self.subTest(language), override(language):
                self.assertEqual(euros(Decimal("1234.50")), "1\xa0234,50\xa0€")
                self.assertEqual(euros(Decimal("-500.00")), "-500\xa0€")
                self.assertEqual(euros(Decimal("12000.00")), "12\xa0000\xa0€")
                self.assertEqual(euros(Decimal("0")), "0\xa0€")
