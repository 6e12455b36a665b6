from django import forms
from django.utils.translation import gettext_lazy as _

from registrations.forms.errors import ErrorSummaryMixin
from registrations.models import Role

ROLE_EXPLANATIONS = {
    Role.KOKEILIJA: _(
        "You want to try out a new digital way of working and would like support from the network."
    ),
    Role.VAIKUTTAJA: _(
        "You have already changed a way of working with digital tools, can show the savings and "
        "will share what you learned."
    ),
}


class StartForm(ErrorSummaryMixin, forms.Form):
    """The first step: which open call, and in which role."""

    call = forms.ChoiceField(
        label=_("Call"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the call.")},
    )
    role = forms.ChoiceField(
        label=_("Register as"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you register as an experimenter or as an influencer.")
        },
    )

    def __init__(self, *args, calls, **kwargs):
        super().__init__(*args, **kwargs)
        self.calls = {call.slug: call for call in calls}
        self.fields["call"].choices = [(call.slug, call.title) for call in calls]
        if len(calls) == 1:
            self.fields["call"].initial = calls[0].slug
            self.fields["call"].widget = forms.HiddenInput()
        roles = {role for call in calls for role in call.accepted_roles}
        self.fields["role"].choices = [
            (role.value, role.label.capitalize()) for role in Role if role in roles
        ]
        self.role_explanations = {role.value: ROLE_EXPLANATIONS[role] for role in Role}

    def clean(self):
        data = super().clean()
        call = self.calls.get(data.get("call"))
        if call and data.get("role") and not call.accepts_role(data["role"]):
            self.add_error(
                "role",
                _("Who can register for %(call)s: %(roles)s.")
                % {"call": call.title, "roles": call.get_roles_display().lower()},
            )
        data["call"] = call
        return data
