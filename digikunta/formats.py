"""Sums of money as the site writes them, in both languages: 8 000 €, with no line break
inside the sum or before the euro sign (the glossary's style rule). Every page, e-mail and the
admin show euros through euros(): in templates as the builtin filter `|euros`."""

from decimal import Decimal

from django import template
from django.contrib.humanize.templatetags.humanize import intcomma

# A no-break space: Finnish and Swedish write a space before "€", and a sum must not be split.
NO_BREAK_SPACE = "\u00a0"

register = template.Library()


@register.filter
def euros(value) -> str:
    """A sum of euros (an int, or a Decimal with cents: 1 234,50 €), grouped the way of the
    active language ("8 000 €"), or "" when there is no sum. The thousands are grouped with
    no-break spaces too (Finnish and Swedish number formats), so nothing in the sum can
    break."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)  # 12 000 €, not 12 000,00 €; cents only when there are some
    grouped = intcomma(value).replace(" ", NO_BREAK_SPACE)
    return f"{grouped}{NO_BREAK_SPACE}€"
