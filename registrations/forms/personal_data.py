"""The coordinators' form for one person's data: the e-mail address to look for."""

from django import forms
from django.utils.translation import gettext_lazy as _


class PersonalDataForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The address the person used when registering or was contacted at."),
        widget=forms.EmailInput(attrs={"autocomplete": "off", "size": 40}),
        error_messages={
            "required": _("Write the e-mail address whose data you are looking for."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )
