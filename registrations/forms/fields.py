"""Form fields that forgive the way people type: phone numbers, euros, municipality names;
and the registration form's guard against scripts."""

import re
from datetime import datetime

import phonenumbers
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from digikunta.languages import active_language
from network.models import Municipality
from registrations.services import form_starts

# What people put between digits; anything else (letters, an extension) makes no number.
_PHONE_NOISE = re.compile(r"[\s\-().\u00a0/]")
# A Finnish number starts with its trunk prefix 0; any other with + (or 00) and its country code.
_PHONE_SHAPE = re.compile(r"(?:0|\+)\d+")
_PHONE_NOT_A_NUMBER = _("Enter a phone number that starts with 0 or +358, such as 040 123 4567.")
_PHONE_WRONG_LENGTH = _("This phone number has too few or too many digits. Check it, please.")


def normalise_phone(value: str) -> str:
    """A Finnish (+358 or 0-prefixed) or other international number as +358401234567.

    Raises ValidationError when it cannot be a phone number.
    """
    compact = _PHONE_NOISE.sub("", value)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not _PHONE_SHAPE.fullmatch(compact):
        raise ValidationError(_PHONE_NOT_A_NUMBER, code="phone")
    try:
        number = phonenumbers.parse(compact, "FI")
    except phonenumbers.NumberParseException as error:
        if error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            raise ValidationError(_PHONE_NOT_A_NUMBER, code="phone") from None
        raise ValidationError(_PHONE_WRONG_LENGTH, code="phone") from None
    # Possible, not valid: validity follows the number ranges in use, which lag behind the
    # operators, and only the lengths each country allows are sure enough to refuse a number.
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(_PHONE_WRONG_LENGTH, code="phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class PhoneField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)
        self.widget.attrs.update({"autocomplete": "tel", "inputmode": "tel"})

    def clean(self, value):
        value = super().clean(value)
        return normalise_phone(value) if value else ""


class WholeNumberField(forms.IntegerField):
    """A whole number that may be typed with spaces, dots or a euro sign (40 000 €)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        super().__init__(**kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "numeric", "class": "w-auto"})

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[\s\u00a0\u202f.€]", "", value).removesuffix(",00")
        return super().to_python(value)


def municipality_label(municipality: Municipality, *, first: str) -> str:
    """Turku (Åbo) on a Finnish page, Åbo (Turku) on a Swedish one."""
    names = [municipality.name_fi, municipality.name_sv]
    if first == "sv":
        names.reverse()
    return names[0] if names[0] == names[1] else f"{names[0]} ({names[1]})"


def grouped_municipalities(municipalities, *, with_other_names: bool):
    """Choices grouped by region. With other names, a municipality whose name differs in the
    other language is offered under that name too (value "pk~"), so that typing "Åbo" in a
    native select finds Turku without any JavaScript."""
    language = active_language()
    other = "fi" if language == "sv" else "sv"
    groups: dict[str, list] = {}
    for municipality in municipalities:
        options = groups.setdefault(municipality.region.name, [])
        options.append((str(municipality.pk), municipality_label(municipality, first=language)))
        if with_other_names and municipality.name_fi != municipality.name_sv:
            options.append((f"{municipality.pk}~", municipality_label(municipality, first=other)))
    return [(region, sorted(options, key=lambda o: o[1])) for region, options in groups.items()]


def active_municipalities():
    return list(Municipality.objects.active().select_related("region").order_by("region__code"))


class MunicipalityChoiceField(forms.ChoiceField):
    """One municipality from a select grouped by region, findable by either name."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.municipalities: dict[str, Municipality] = {}

    def set_municipalities(self, municipalities) -> None:
        self.municipalities = {str(m.pk): m for m in municipalities}
        self.choices = [("", _("Choose a municipality"))] + grouped_municipalities(
            municipalities, with_other_names=True
        )

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        return self.municipalities[value.rstrip("~")]


class MunicipalityMultipleChoiceField(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def set_municipalities(self, municipalities) -> None:
        self.municipalities = {str(m.pk): m for m in municipalities}
        self.choices = grouped_municipalities(municipalities, with_other_names=False)

    def clean(self, value):
        return [self.municipalities[pk] for pk in super().clean(value)]


class SpamGuard:
    """A hidden field that people never fill, a minimum time to fill the form, and a start
    token (the signed time the form was loaded) that saves one registration only (see
    services.form_starts).

    None of these stops a real person: the honeypot is invisible to everyone (also to screen
    readers and autofill), nobody completes this form in a few seconds, and a form is accepted
    for a week after it was loaded. A form refused by the guard comes back with a fresh start
    token, so that sending it again works.
    """

    MINIMUM_SECONDS = 3
    MAXIMUM_SECONDS = form_starts.KEPT_SECONDS
    _SALT = "registrations.form-started"

    @classmethod
    def started_value(cls, *, seconds_ago: float = 0) -> str:
        return signing.dumps(datetime.now().timestamp() - seconds_ago, salt=cls._SALT)

    @classmethod
    def looks_automated(cls, honeypot: str, started: str) -> bool:
        if honeypot:
            return True
        try:
            started_at = signing.loads(started or "", salt=cls._SALT)
        except signing.BadSignature:
            return True
        age = datetime.now().timestamp() - started_at
        return not cls.MINIMUM_SECONDS <= age <= cls.MAXIMUM_SECONDS


class TopicsField(forms.ModelMultipleChoiceField):
    """Topics by id: a value that cannot be an id (not digits, or beyond any id) is an invalid
    choice before the database is asked, which SQLite could not even be (it overflows)."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not (text.isdigit() and len(text) <= 18):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text[:20]},
                )
        return super()._check_values(value)
