"""The sign-up form of an event: who comes, from where, in which language we write, what the
organisers should know, and consent to the privacy notice."""

from django import forms
from django.contrib.auth.base_user import BaseUserManager
from django.utils.translation import gettext_lazy as _

from registrations.forms.errors import ErrorSummaryMixin
from registrations.forms.fields import MunicipalityChoiceField, active_municipalities
from registrations.models import Language, SignUp
from registrations.services.signups import SignUpDetails


class SignUpForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=SignUp._meta.get_field("name").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Write your name.")},
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        required=False,
        max_length=SignUp._meta.get_field("organisation").max_length,
        help_text=_("Such as your municipality, company or association."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = MunicipalityChoiceField(label=_("Municipality"), required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and a link to cancel to this address."),
        error_messages={
            "required": _("Write an e-mail address."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )
    language = forms.ChoiceField(
        label=_("Language for communication"),
        choices=Language.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language we use with you.")},
    )
    needs = forms.CharField(
        label=_("Dietary or accessibility needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the organisers see this."),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that these details are kept as it says."),
        error_messages={"required": _("To sign up, agree to the privacy notice.")},
    )
    # Empty for people (hidden from everyone, screen readers included); bots fill it.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, language: str, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("language", language)
        super().__init__(*args, **kwargs)
        self.fields["municipality"].set_municipalities(active_municipalities())

    def clean_email(self):
        return BaseUserManager.normalize_email(self.cleaned_data["email"])

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(
                _("We could not send the form. Check your answers and send it again."),
                code="spam",
            )
        return data

    def details(self) -> SignUpDetails:
        data = self.cleaned_data
        return SignUpDetails(
            name=data["name"],
            email=data["email"],
            language=data["language"],
            organisation=data["organisation"],
            municipality=data["municipality"],
            needs=data["needs"],
        )
