"""A contact person answers an introduction on their private page (through the private
link): agree (and, if they wish, let it be shown in public) or decline."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from registrations.models import Introduction
from registrations.services.introductions import agree_to_introduction, decline_introduction


def answer_introduction(request, *, registration, token):
    """The POST of the private page: the answer to one of its introductions."""
    pk = request.POST.get("introduction", "")
    introduction = get_object_or_404(
        Introduction.objects.of(registration), pk=int(pk) if pk.isdigit() else 0
    )
    try:
        if request.POST.get("action") == "decline":
            decline_introduction(introduction=introduction, registration=registration)
            messages.success(request, _("You declined the introduction. Nothing was shared."))
        else:
            agree_to_introduction(
                introduction=introduction,
                registration=registration,
                public=request.POST.get("public") == "on",
            )
            messages.success(
                request,
                _(
                    "Thank you. Your contact details will be shared when the other side has "
                    "agreed too; then both of you get an e-mail."
                ),
            )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("registrations:private", token=token)
