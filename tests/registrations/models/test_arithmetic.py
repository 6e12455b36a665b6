"""The arithmetic of savings at its edges: zero, negative, missing figures, no payback."""

from decimal import Decimal

from django.test import SimpleTestCase

from registrations.models import arithmetic


class NetSavingTestCase(SimpleTestCase):
    def test_it_is_the_cost_before_less_the_cost_after(self):
        self.assertEqual(
            arithmetic.net_saving(Decimal("50000"), Decimal("32000.50")), Decimal("17999.50")
        )

    def test_it_is_zero_when_nothing_changed(self):
        self.assertEqual(arithmetic.net_saving(Decimal("100"), Decimal("100")), Decimal("0"))

    def test_it_is_negative_when_the_cost_grew(self):
        self.assertEqual(arithmetic.net_saving(Decimal("1000"), Decimal("1500")), Decimal("-500"))

    def test_it_is_unknown_without_a_baseline(self):
        self.assertIsNone(arithmetic.net_saving(None, Decimal("1000")))

    def test_it_is_unknown_without_the_cost_after(self):
        self.assertIsNone(arithmetic.net_saving(Decimal("1000"), None))

    def test_it_is_the_whole_cost_when_the_work_costs_nothing_now(self):
        self.assertEqual(arithmetic.net_saving(Decimal("1000"), Decimal("0")), Decimal("1000"))


class PaybackTestCase(SimpleTestCase):
    def test_it_is_the_one_off_costs_in_years_of_net_saving(self):
        self.assertEqual(
            arithmetic.payback_years(Decimal("30000"), Decimal("12000")), Decimal("2.5")
        )

    def test_it_rounds_to_a_tenth_of_a_year(self):
        self.assertEqual(
            arithmetic.payback_years(Decimal("10000"), Decimal("3000")), Decimal("3.3")
        )

    def test_it_is_at_once_without_one_off_costs(self):
        self.assertEqual(arithmetic.payback_years(None, Decimal("100")), Decimal("0.0"))
        self.assertEqual(arithmetic.payback_years(Decimal("0"), Decimal("100")), Decimal("0.0"))

    def test_it_never_comes_without_a_net_saving(self):
        self.assertIsNone(arithmetic.payback_years(Decimal("5000"), Decimal("0")))
        self.assertIsNone(arithmetic.payback_years(Decimal("5000"), Decimal("-200")))
        self.assertIsNone(arithmetic.payback_years(Decimal("5000"), None))


class PerResidentTestCase(SimpleTestCase):
    def test_it_divides_the_net_saving_by_the_residents_to_the_cent(self):
        self.assertEqual(arithmetic.per_resident(Decimal("10000"), 3000), Decimal("3.33"))

    def test_it_is_negative_when_the_cost_grew(self):
        self.assertEqual(arithmetic.per_resident(Decimal("-600"), 200), Decimal("-3.00"))

    def test_it_is_unknown_without_residents_or_a_saving(self):
        self.assertIsNone(arithmetic.per_resident(Decimal("10000"), 0))
        self.assertIsNone(arithmetic.per_resident(Decimal("10000"), None))
        self.assertIsNone(arithmetic.per_resident(None, 3000))
