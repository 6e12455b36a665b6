from django import forms
from django.utils.translation import gettext_lazy as _

from registrations.forms.errors import ErrorSummaryMixin


class NewLinkForm(ErrorSummaryMixin, forms.Form):
    email = forms.EmailField(
        label=_("The e-mail address you gave when you registered"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Write an e-mail address."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )
