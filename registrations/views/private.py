"""The contact person's own view of a registration, reached only by the private link."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.generic import FormView, TemplateView

from digikunta.limits import limit, limit_per_client
from digikunta.public import PublicPageMixin
from registrations.forms.links import NewLinkForm
from registrations.forms.registration import FORMS, initial_from
from registrations.forms.review import registration_answers
from registrations.matching.selectors import groups_of, introductions_of
from registrations.models import ReportKind
from registrations.services import reports
from registrations.services.links import LinkExpired, registration_for_token
from registrations.services.mail import request_new_links
from registrations.services.submission import NotEditable, update_registration
from registrations.views.introductions import answer_introduction

# The contact person's data: never kept by a browser's or a proxy's cache.
private_no_store = method_decorator(cache_control(private=True, no_store=True), name="dispatch")


@private_no_store
class PrivateLinkMixin(PublicPageMixin):
    """Opens the one registration the token was made for; an old token gets a new-link form."""

    def dispatch(self, request, *args, token, **kwargs):
        self.token = token
        try:
            self.registration = registration_for_token(token)
        except LinkExpired:
            return TemplateResponse(
                request,
                "registrations/private_expired.html",
                {"page_title": _("This link has expired"), "form": NewLinkForm()},
                status=410,
            )
        if self.registration is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Your registration %(reference)s") % {"reference": self.registration.reference}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            registration=self.registration,
            token=self.token,
            latest_decision=self.registration.decisions.first(),
            **kwargs,
        )


class PrivateRegistrationView(PrivateLinkMixin, TemplateView):
    template_name = "registrations/private_detail.html"

    def post(self, request, *args, **kwargs):
        # Two kinds of form on the page: a report's button (with its kind), or the answer to
        # an introduction.
        if "kind" in request.POST:
            return self.start_report(request)
        return answer_introduction(request, registration=self.registration, token=self.token)

    def start_report(self, request):
        """A button of the reports section: a new draft report, or the one already begun."""
        kind = request.POST.get("kind")
        if kind not in ReportKind.values:
            return redirect("registrations:private", token=self.token)
        try:
            report = reports.start_report(registration=self.registration, kind=kind)
        except reports.NotReportable:
            messages.error(
                request,
                _(
                    "You cannot start this report. Only accepted registrations write reports, "
                    "and each has only one final report."
                ),
            )
            return redirect("registrations:private", token=self.token)
        return redirect("registrations:private_report", token=self.token, pk=report.pk)

    def get_context_data(self, **kwargs):
        written = list(self.registration.reports.all())
        return super().get_context_data(
            answers=registration_answers(self.registration),
            introductions=introductions_of(self.registration),
            groups=groups_of(self.registration),
            reports=written,
            can_start_final=not any(report.is_final for report in written),
            **kwargs,
        )


class PrivateRegistrationEditView(PrivateLinkMixin, TemplateView):
    template_name = "registrations/private_edit.html"

    def get_form(self, data=None):
        form_class = FORMS[self.registration.role]
        return form_class(
            data,
            language=self.registration.language,
            guard_spam=False,
            initial=initial_from(self.registration),
        )

    def get(self, request, *args, **kwargs):
        if not self.registration.is_editable:
            return redirect("registrations:private", token=self.token)
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, has_errors=True))
        try:
            update_registration(registration=self.registration, details=form.details())
        except NotEditable:
            messages.error(
                request,
                _(
                    "A coordinator has already handled your registration, so it can no longer be "
                    "changed here. Contact the coordinators if something needs correcting."
                ),
            )
        else:
            messages.success(request, _("Your changes have been saved."))
        return redirect("registrations:private", token=self.token)


@private_no_store
class NewLinkView(PublicPageMixin, FormView):
    """Ask for a new private link. The answer, and its time, are the same whether or not the
    address is known (the request is only queued), so that nobody can find out who has
    registered; the limits per client and per address keep anyone from flooding a mailbox."""

    template_name = "registrations/new_link.html"
    form_class = NewLinkForm
    page_title = _("Get a new link to your registration")

    def form_valid(self, form):
        limit_per_client(self.request, "links_per_ip")
        limit(self.request, "links_per_address", key=form.cleaned_data["email"])
        request_new_links(email=form.cleaned_data["email"])
        return TemplateResponse(
            self.request,
            "registrations/new_link_sent.html",
            {"page_title": _("Check your e-mail"), "email": form.cleaned_data["email"]},
        )
