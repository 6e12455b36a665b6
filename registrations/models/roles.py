"""The fields that belong to each role, declared once.

A kokeilija tells about an experiment it plans, a vaikuttaja about a reform it already made.
The registration form, its review step, the admin's fieldsets, the private page and the public
page all read the fields of a role, their order, which are required and how they are shown
from here; labels, help texts and lengths come from the model fields themselves.
"""

from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.db import models
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from digikunta.formats import euros
from registrations.models.choices import Role, Sharing, Support

# The texts that registrants write, each in Finnish and Swedish (see translation.py).
TEXT_FIELDS = (
    "title",
    "idea",
    "goal",
    "customer_effect",
    "partnerships",
    "support_details",
    "reform",
    "changes",
    "savings_method",
    "other_results",
    "sharing_details",
)
# The fields that hold a list of choices (stored as JSON), with their choices.
CHOICE_LISTS: dict[str, type[models.TextChoices]] = {
    "support_wanted": Support,
    "can_share": Sharing,
}
EURO_FIELDS = frozenset({"savings_eur_per_year"})


@dataclass(frozen=True)
class Range:
    """Two fields that make a period: asked side by side, the last never before the first."""

    first: str
    last: str
    message: str


@dataclass(frozen=True)
class Section:
    heading: str
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoleFields:
    role: Role
    # What the role's part of a registration is called: a form's legend, an admin section.
    heading: str
    # In the order they are asked and shown.
    fields: tuple[str, ...]
    # Each required field with the message shown when it is missing.
    required: dict[str, str]
    # Where this role words a field differently from the model.
    labels: dict[str, str] = field(default_factory=dict)
    help_texts: dict[str, str] = field(default_factory=dict)
    ranges: tuple[Range, ...] = ()
    # The heading of the savings figure on the public page.
    savings_heading: str = ""

    def model_field(self, name: str) -> models.Field:
        return apps.get_model("registrations", "Registration")._meta.get_field(name)

    def label(self, name: str) -> str:
        if name in self.labels:
            return self.labels[name]
        return capfirst(self.model_field(name).verbose_name)

    def help_text(self, name: str) -> str:
        if name in self.help_texts:
            return self.help_texts[name]
        return self.model_field(name).help_text

    @property
    def texts(self) -> tuple[str, ...]:
        """The role's texts, which are written in one language and may be translated."""
        return tuple(name for name in self.fields if name in TEXT_FIELDS)

    def rows(self) -> list[tuple[str, ...]]:
        """The fields in order, a range's two fields in one row."""
        pairs = {r.first: (r.first, r.last) for r in self.ranges}
        seconds = {r.last for r in self.ranges}
        return [pairs.get(name, (name,)) for name in self.fields if name not in seconds]

    def sections(self, registration) -> list[Section]:
        """The answers that pages show as sections of their own, in order: texts and lists of
        choices (figures and dates are facts at the top of a page). Empty ones are left out."""
        sections = []
        for name in self.fields:
            value = getattr(registration, name)
            if name in CHOICE_LISTS and value:
                choices = CHOICE_LISTS[name]
                items = [choices(item).label for item in value if item in choices.values]
                sections.append(Section(self.label(name), items=items))
            elif name in TEXT_FIELDS and value:
                sections.append(Section(self.label(name), text=value))
        return sections


ROLE_FIELDS: dict[str, RoleFields] = {
    Role.KOKEILIJA: RoleFields(
        role=Role.KOKEILIJA,
        heading=_("The experiment"),
        fields=(
            "idea",
            "goal",
            "customer_effect",
            "savings_eur_per_year",
            "starts_on",
            "ends_on",
            "support_wanted",
            "support_details",
            "partnerships",
        ),
        required={
            "idea": _("Tell us the idea of the experiment."),
            "goal": _("Tell us the goal and how you measure success."),
            "starts_on": _("Tell us when the experiment starts."),
        },
        labels={"savings_eur_per_year": _("Estimated savings (€ per year)")},
        help_texts={
            "savings_eur_per_year": _(
                "A rough estimate is enough. Leave empty if you cannot estimate yet."
            )
        },
        ranges=(Range("starts_on", "ends_on", _("The end cannot be before the start.")),),
        savings_heading=_("Estimated savings"),
    ),
    Role.VAIKUTTAJA: RoleFields(
        role=Role.VAIKUTTAJA,
        heading=_("The reform"),
        fields=(
            "reform",
            "changes",
            "savings_eur_per_year",
            "savings_from_year",
            "savings_to_year",
            "savings_method",
            "other_results",
            "can_share",
            "sharing_details",
        ),
        required={
            "reform": _("Tell us about the reform."),
            "changes": _("Tell us what changed and which digital tools you used."),
            "savings_eur_per_year": _("Write the savings in euros a year."),
            "savings_from_year": _("Write the first year of the period."),
            "savings_to_year": _("Write the last year of the period."),
            "savings_method": _("Tell us how you calculated the savings."),
        },
        help_texts={"savings_eur_per_year": ""},
        ranges=(
            Range(
                "savings_from_year",
                "savings_to_year",
                _("The last year cannot be before the first."),
            ),
        ),
        savings_heading=_("Savings"),
    ),
}


def display(name: str, value) -> str:
    """A role field's answer as text: choices by their labels, dates and euros the Finnish
    and Swedish way (31.1.2027, 8 000 € unbroken). Empty answers are empty."""
    if value in (None, "", []):
        return ""
    if name in CHOICE_LISTS:
        choices = CHOICE_LISTS[name]
        return ", ".join(str(choices(item).label) for item in value if item in choices.values)
    if isinstance(value, date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if name in EURO_FIELDS:
        return euros(value)
    return str(value)
