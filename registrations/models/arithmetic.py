"""The arithmetic of cost savings, in one place: what the site computes from the figures a
participant reports and never stores (a stored sum would drift from its figures).

Every figure is a Decimal of euros (or hours); a missing figure gives a missing result, never
a zero, because "we did not measure" is not "we saved nothing". A cost increase is a negative
saving and is shown as such."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
TENTH = Decimal("0.1")


def net_saving(before: Decimal | None, after: Decimal | None) -> Decimal | None:
    """The net saving in euros a year: the annual cost before less the annual cost after.
    Negative when the cost grew; None without both figures."""
    if before is None or after is None:
        return None
    return before - after


def payback_years(one_off: Decimal | None, net: Decimal | None) -> Decimal | None:
    """Years until the one-off costs are saved back, to a tenth of a year. Zero with no
    one-off costs; None when nothing is saved (a zero or negative net saving never pays back)
    or the net saving is unknown."""
    if net is None or net <= 0:
        return None
    if not one_off:
        return Decimal("0.0")
    return (one_off / net).quantize(TENTH, rounding=ROUND_HALF_UP)


def per_resident(net: Decimal | None, residents: int | None) -> Decimal | None:
    """The net saving a year per resident of the participating municipalities, to the cent;
    None when either is unknown or nobody lives there (an organisation without
    municipalities)."""
    if net is None or not residents:
        return None
    return (net / Decimal(residents)).quantize(CENT, rounding=ROUND_HALF_UP)
