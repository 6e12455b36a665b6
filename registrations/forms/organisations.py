"""Organisations as registrants name them: the lead organisation's fields and the partners."""

from django import forms
from django.utils.translation import gettext_lazy as _

from network.models import OrganisationKind
from network.validators import validate_business_id
from registrations.services.submission import OrganisationInput


def organisation_name_field(label) -> forms.CharField:
    # As the user types, static/js/digikunta.js fills the <datalist> of the template with names
    # of public organisations; any other name is accepted too.
    return forms.CharField(
        label=label,
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"list": "organisation-names", "autocomplete": "off"}),
    )


def organisation_kind_field(label) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Choose the type"))] + OrganisationKind.choices,
        required=False,
    )


def business_id_field(label) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=9, required=False, validators=[validate_business_id]
    )


class PartnerForm(forms.Form):
    """A partner organisation: typed by name, matched to an existing one when it exists."""

    name = organisation_name_field(_("Name of the organisation"))
    kind = organisation_kind_field(_("Type of the organisation"))
    business_id = business_id_field(_("Business ID (if it has one)"))

    def clean(self):
        data = super().clean()
        if data.get("name") and not data.get("kind"):
            self.add_error("kind", _("Choose the type of the organisation."))
        if not data.get("name") and (data.get("kind") or data.get("business_id")):
            self.add_error("name", _("Write the name of the organisation."))
        return data

    def organisation(self) -> OrganisationInput | None:
        data = self.cleaned_data
        if not data.get("name"):
            return None
        return OrganisationInput(data["name"], data["kind"], data.get("business_id", ""))


PartnerFormSet = forms.formset_factory(PartnerForm, extra=0, max_num=20, absolute_max=20)
