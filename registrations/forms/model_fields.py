"""Form fields made from the model's fields: labels, help texts and limits are written once, on
the model; a role's declaration (registrations.models.roles) says which fields it asks, which it
requires, and where it words one differently."""

from django import forms
from django.db import models

from registrations.forms.fields import WholeNumberField
from registrations.models import Registration, RoleFields
from registrations.models.roles import CHOICE_LISTS, EURO_FIELDS


def model_field(name: str, **kwargs) -> forms.Field:
    """The form field of a registration's model field, with these changes."""
    return Registration._meta.get_field(name).formfield(**kwargs)


def role_field(role_fields: RoleFields, name: str) -> forms.Field:
    """The form field of one of a role's fields, as its declaration and model field say."""
    model_field = role_fields.model_field(name)
    kwargs = {
        "label": role_fields.label(name),
        "help_text": role_fields.help_text(name),
        "required": name in role_fields.required,
    }
    if name in role_fields.required:
        kwargs["error_messages"] = {"required": role_fields.required[name]}
    if name in CHOICE_LISTS:
        return forms.MultipleChoiceField(
            choices=CHOICE_LISTS[name].choices, widget=forms.CheckboxSelectMultiple, **kwargs
        )
    if name in EURO_FIELDS:
        field = WholeNumberField(**kwargs)
    elif isinstance(model_field, models.DateField):
        # A date input shows only an ISO date (2027-01-31): the localised 31.1.2027 would leave
        # it empty when a registration is edited.
        field = forms.DateField(
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), **kwargs
        )
    else:
        field = model_field.formfield(**kwargs)
    if isinstance(model_field, models.TextField):
        # Required texts get more room.
        field.widget.attrs["rows"] = 4 if kwargs["required"] else 3
    if isinstance(model_field, models.IntegerField):
        # The model's limits (the largest sum, the first year): the form tells them too.
        field.validators.extend(model_field.validators)
        field.widget.attrs["class"] = "w-auto"
    return field
