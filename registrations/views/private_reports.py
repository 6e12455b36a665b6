"""Reports through the private link: an accepted participant starts a progress report or the
final report (a button on the private page, see private.PrivateRegistrationView), saves drafts
and continues them, submits once; a submitted report is shown read only until a coordinator
asks for changes. Plain forms: no JavaScript needed."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from registrations.forms.reports import (
    ReportForm,
    error_summary,
    initial_from,
    row_formsets,
    row_values,
)
from registrations.services import reports
from registrations.views.private import PrivateLinkMixin


class ReportView(PrivateLinkMixin, TemplateView):
    """One report: its form while it can be written, else the report as sent."""

    template_name = "registrations/private_report.html"

    def dispatch(self, request, *args, pk, **kwargs):
        self.report_pk = pk
        return super().dispatch(request, *args, **kwargs)

    def get_report(self):
        report = (
            self.registration.reports.filter(pk=self.report_pk)
            .select_related("savings")
            .prefetch_related("open_data", "materials", "adoptions__municipality")
            .first()
        )
        if report is None:
            raise Http404
        return report

    def get_page_title(self):
        return _("%(kind)s: %(reference)s") % {
            "kind": self.report.get_kind_display(),
            "reference": self.registration.reference,
        }

    def get(self, request, *args, **kwargs):
        self.report = self.get_report()
        context = {"report": self.report}
        if self.report.is_writable:
            context["form"] = ReportForm(report=self.report, initial=initial_from(self.report))
            context["formsets"] = row_formsets(self.report)
        return self.render_to_response(self.get_context_data(**context))

    def post(self, request, *args, **kwargs):
        self.report = self.get_report()
        if not self.report.is_writable:
            messages.error(request, _("This report has been sent, so it can no longer be changed."))
            return redirect("registrations:private_report", token=self.token, pk=self.report.pk)
        form = ReportForm(request.POST, report=self.report)
        formsets = row_formsets(self.report, request.POST)
        submitting = request.POST.get("action") == "submit"
        if form.is_valid() and all(f.is_valid() for f in formsets.values()):
            content = form.content(**row_values(formsets))
            try:
                with transaction.atomic():
                    if submitting:
                        reports.submit_report(report=self.report, content=content)
                    else:
                        reports.save_report(report=self.report, content=content)
            except ValidationError as error:
                form.add_service_errors(error)
            except reports.NotWritable:
                messages.error(
                    request, _("This report has been sent, so it can no longer be changed.")
                )
                return redirect("registrations:private", token=self.token)
            else:
                if submitting:
                    messages.success(
                        request,
                        _(
                            "Thank you! Your report has been sent to the coordinators. You will "
                            "hear from them by e-mail."
                        ),
                    )
                    return redirect("registrations:private", token=self.token)
                messages.success(
                    request,
                    _("Your draft has been saved. You can continue it later with the same link."),
                )
                return redirect("registrations:private_report", token=self.token, pk=self.report.pk)
        context = {
            "report": self.report,
            "form": form,
            "formsets": formsets,
            "errors": error_summary(form, formsets),
        }
        return self.render_to_response(self.get_context_data(**context))
