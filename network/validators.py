"""Validators of the identifiers stored on network models (referenced by the migrations)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import ValidationError as InvalidNumber
from stdnum.fi import ytunnus

# The one form that is stored and shown: stdnum would also take 12345678 or FI12345678.
_BUSINESS_ID = re.compile(r"\d{7}-\d")


def validate_business_id(value: str) -> None:
    """A Finnish business ID (Y-tunnus) in the form 1234567-8, with its check digit right."""
    if not _BUSINESS_ID.fullmatch(value or ""):
        raise ValidationError(
            _("Enter the business ID in the form 1234567-8."), code="business_id_format"
        )
    try:
        ytunnus.validate(value)
    except InvalidNumber:
        raise ValidationError(
            _("This business ID does not exist: its check digit is wrong."),
            code="business_id_check",
        ) from None
