"""Coordinators' decisions on registrations in the admin: from the list (one action per
decision) or from one registration's page, always through the same confirmation page and
services.decisions.decide, which records who decided and e-mails the contact person."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from registrations.models import Status
from registrations.services.decisions import decide

DECISIONS = [Status.ACCEPTED, Status.NEEDS_CHANGES, Status.REJECTED, Status.WITHDRAWN]


class DecisionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Decision"),
        choices=[(status.value, status.label) for status in DECISIONS],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the contact person"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        help_text=_(
            "Sent by e-mail with the decision, as you write it: write it in the contact "
            "person's language."
        ),
    )

    def __init__(self, *args, status: str | None = None, **kwargs):
        """With a status, the decision is already made (by the action chosen in the list)."""
        super().__init__(*args, **kwargs)
        if status:
            self.fields["status"].initial = status
            self.fields["status"].widget = forms.HiddenInput()


def decision_page(
    model_admin,
    request,
    registrations,
    *,
    title: str,
    cancel_url: str,
    status: str | None = None,
    action: str | None = None,
    original=None,
):
    """The page on which a coordinator confirms a decision on the registrations and writes the
    message to their contact persons. Once confirmed, the decision is made on each of them and
    None is returned, for the caller to redirect."""
    registrations = list(registrations)
    form = DecisionForm(request.POST if "post" in request.POST else None, status=status)
    if form.is_valid():
        count = decide_all(registrations, by=request.user, **form.cleaned_data)
        status_label = Status(form.cleaned_data["status"]).label
        model_admin.message_user(
            request,
            ngettext(
                "%(count)d registration is now “%(status)s”; the contact person will be told "
                "by e-mail.",
                "%(count)d registrations are now “%(status)s”; their contact persons will be "
                "told by e-mail.",
                count,
            )
            % {"count": count, "status": status_label},
            messages.SUCCESS,
        )
        return None
    request.current_app = model_admin.admin_site.name
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.opts,
        "registrations": registrations,
        "form": form,
        "action": action,
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        "cancel_url": cancel_url,
        "original": original,
    }
    return TemplateResponse(request, "admin/registrations/registration/decide.html", context)


@transaction.atomic
def decide_all(registrations, *, status: str, message: str, by) -> int:
    """The same decision on each registration, all or none; the e-mails go after the commit."""
    for registration in registrations:
        decide(registration=registration, status=status, message=message, by=by)
    return len(registrations)


def decision_action(name: str, status: str, description: str):
    """A changelist action that leads to the confirmation page of this decision."""

    @admin.action(description=description, permissions=["change"])
    def action(model_admin, request, queryset):
        return decision_page(
            model_admin,
            request,
            queryset,
            title=description,
            cancel_url=request.get_full_path(),
            status=status,
            action=name,
        )

    action.__name__ = name
    return action


DECISION_ACTIONS = [
    decision_action("accept", Status.ACCEPTED, _("Accept the selected registrations")),
    decision_action(
        "request_changes",
        Status.NEEDS_CHANGES,
        _("Request changes to the selected registrations"),
    ),
    decision_action("reject", Status.REJECTED, _("Reject the selected registrations")),
    decision_action(
        "mark_withdrawn", Status.WITHDRAWN, _("Mark the selected registrations withdrawn")
    ),
]
