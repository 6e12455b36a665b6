"""The form "Ota yhteyttä" / "Kontakta" on a public experiment: labels, help texts and lengths
come from the model (registrations.models.contact)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registrations.forms.errors import ErrorSummaryMixin
from registrations.models import ContactMessage


class ContactForm(ErrorSummaryMixin, forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["sender_name", "sender_organisation", "sender_email", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}
        error_messages = {
            "sender_name": {"required": _("Write your name.")},
            "sender_organisation": {"required": _("Write your organisation.")},
            "sender_email": {
                "required": _("Write your e-mail address."),
                "invalid": _("Write the e-mail address in the form name@example.fi."),
            },
            "message": {"required": _("Write your message.")},
        }
