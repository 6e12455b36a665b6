"""A contact person answers an introduction through the private link: agree (and, if they
wish, let it be shown in public) or decline."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views import View

from registrations.models import Introduction
from registrations.services.introductions import agree_to_introduction, decline_introduction
from registrations.views.private import PrivateLinkMixin


class IntroductionAnswerView(PrivateLinkMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, pk, **kwargs):
        introduction = get_object_or_404(Introduction.objects.of(self.registration), pk=pk)
        try:
            if request.POST.get("action") == "decline":
                decline_introduction(introduction=introduction, registration=self.registration)
                messages.success(request, _("You declined the introduction. Nothing was shared."))
            else:
                agree_to_introduction(
                    introduction=introduction,
                    registration=self.registration,
                    public=request.POST.get("public") == "on",
                )
                messages.success(
                    request,
                    _(
                        "Thank you. Your contact details will be shared when the other side "
                        "has agreed too; you will both get an e-mail then."
                    ),
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("registrations:private", token=self.token)
