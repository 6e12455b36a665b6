"""Registering as kokeilija or vaikuttaja: choose the call and role, fill in, check, send."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from digikunta.limits import limit, limit_per_client
from digikunta.public import PublicPageMixin
from registrations.forms.registration import FORMS
from registrations.forms.review import form_answers
from registrations.forms.start import StartForm
from registrations.matching.selectors import suggestions_for_answers
from registrations.models import Call, CallState, Role
from registrations.public.calls import other_calls
from registrations.services.form_starts import StartUsed
from registrations.services.links import make_token
from registrations.services.submission import CallClosed, submit_registration


class ClosedCallMixin:
    """The page shown instead of a form when the call takes no registrations: with the calls
    that are open now, or else the next one."""

    def closed(self, call=None):
        return TemplateResponse(
            self.request,
            "registrations/register_closed.html",
            {
                "page_title": _("Registration is closed"),
                "call": call,
                "other_calls": other_calls(timezone.now()),
            },
        )


class RegisterStartView(PublicPageMixin, ClosedCallMixin, TemplateView):
    template_name = "registrations/register_start.html"
    page_title = _("Register")
    page_description = _("Register your municipality as an experimenter or as an influencer.")

    def get(self, request, *args, **kwargs):
        calls = list(Call.objects.accepting_at(timezone.now()).order_by("closes_at"))
        if not calls:
            return self.closed()
        # Sent (with the call, hidden when only one is open): bound, so that a missing role is
        # told in the error summary rather than ignored.
        sent = "role" in request.GET or "call" in request.GET
        form = StartForm(request.GET if sent else None, calls=calls)
        if form.is_bound and form.is_valid():
            return redirect(
                "registrations:register_form",
                call=form.cleaned_data["call"].slug,
                role=form.cleaned_data["role"],
            )
        return self.render_to_response(
            self.get_context_data(form=form, calls=calls, has_errors=bool(form.errors))
        )


class RegisterView(PublicPageMixin, ClosedCallMixin, TemplateView):
    """The form of one role in one call. Without JavaScript it has two steps: the form, then a
    review that shows similar experiments and the fee before the final send."""

    template_name = "registrations/register_form.html"

    def dispatch(self, request, *args, call, role, **kwargs):
        self.call = get_object_or_404(
            Call.objects.published().prefetch_related("fee_tiers"), slug=call
        )
        if role not in Role.values:
            raise Http404
        self.role = Role(role)
        if not self.call.accepts_role(self.role):
            raise Http404
        if self.call.state_at(timezone.now()) not in (CallState.OPEN, CallState.LATE):
            return self.closed(self.call)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.role == Role.KOKEILIJA:
            return _("Register as an experimenter")
        return _("Register as an influencer")

    def get_form(self, data=None):
        return FORMS[self.role](data, language=get_language())

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        action = request.POST.get("action")
        if action == "edit":
            # Back from the review: the answers as they were, with no errors yet.
            return self.render_to_response(self.get_context_data(form=form, editing=True))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if action != "submit":
            return self.render_to_response(self.review_context(form))
        # Each send mails the address it names: limited per client and per that address.
        limit_per_client(request, "registrations_per_ip")
        limit(request, "registrations_per_address", key=form.cleaned_data["contact_email"])
        try:
            registration, _created = submit_registration(
                call=self.call,
                role=self.role,
                language=get_language(),
                details=form.details(),
                submission_key=form.cleaned_data["submission_key"],
                start_token=form.cleaned_data["started"],
            )
        except CallClosed:
            return self.closed(self.call)
        except StartUsed:
            form.refuse_as_automated()
            return self.render_to_response(self.get_context_data(form=form))
        # A repeat (a double click, a resubmit) is answered as the first was: the browser shows
        # only the last answer, so it must say the registration was received too, once.
        thanks = _("Thank you! We have received your registration %(reference)s.") % {
            "reference": registration.reference
        }
        waiting = messages.get_messages(request)
        if thanks not in [str(message) for message in waiting]:
            messages.success(request, thanks)
        waiting.used = False  # looking is not showing: keep them for the next page
        return redirect("registrations:private", token=make_token(registration))

    def review_context(self, form):
        data = form.cleaned_data
        return self.get_context_data(
            form=form,
            reviewing=True,
            answers=form_answers(form),
            fee=form.fee(self.call),
            similar=suggestions_for_answers(
                role=self.role,
                language=get_language(),
                texts=form.details().texts,
                topics=data["topics"],
                municipalities=[data.get("lead_municipality"), *data.get("municipalities", [])],
                support_wanted=data.get("support_wanted", ()),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context.update(
            call=self.call,
            role=self.role,
            state=self.call.state_at(timezone.now()),
            action_url=reverse(
                "registrations:register_form", kwargs={"call": self.call.slug, "role": self.role}
            ),
            has_errors=form.is_bound and not context.get("editing") and form.has_errors,
        )
        return context
