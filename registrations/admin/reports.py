"""Reports in the admin: the review queue (the list filtered to submitted reports, oldest
first), one report's page with its savings, open data, materials and adoptions, the review
(accept, ask for changes, reject: services.reports.review_report, which e-mails the contact
person), the overdue list, and all reports as CSV, out and back in. Savings and adoptions
have their own pages (admin/savings.py)."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from digikunta.exports import csv_response
from registrations.admin.records import RecordInline
from registrations.models import (
    REVIEW_STATES,
    Adoption,
    Material,
    OpenDataset,
    Report,
    ReportState,
    Savings,
)
from registrations.services import report_csv, report_deadlines, reports


class ReviewForm(forms.Form):
    state = forms.ChoiceField(
        label=_("Decision"),
        choices=[(state.value, state.label) for state in REVIEW_STATES],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the contact person"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 80}),
        help_text=_(
            "Sent by e-mail with the decision, as you write it: write it in the contact "
            "person's language. Needed when you ask for changes."
        ),
    )


class ImportForm(forms.Form):
    # Pasted, not uploaded: the site takes no files at all (digikunta/input_guard.py).
    text = forms.CharField(
        label=_("The contents of the CSV file"),
        widget=forms.Textarea(attrs={"rows": 20, "cols": 100}),
        error_messages={"required": _("Paste the contents of the CSV file.")},
        help_text=_(
            "Open the CSV file in a text editor, copy all of it and paste it here. In the "
            "format of the export: a row with the reference number, kind and number of an "
            "existing report updates it; other rows add reports."
        ),
    )


class OpenDatasetInline(admin.TabularInline):
    model = OpenDataset
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class MaterialInline(admin.TabularInline):
    model = Material
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class SavingsInline(RecordInline):
    """The figures as reported; verify them on the savings' own page."""

    model = Savings
    fields = ["figures_link", "cost_before", "cost_after", "one_off_costs", "verified_at"]

    @admin.display(description=_("savings"))
    def figures_link(self, obj):
        url = reverse("admin:registrations_savings_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Verify or view the savings"))


class ReportLinkInline(RecordInline):
    """A registration's reports, on its own page, each a link to its review."""

    model = Report
    fields = ["report_link", "state", "submitted_at", "reviewed_at"]
    verbose_name_plural = _("reports")

    @admin.display(description=_("report"))
    def report_link(self, obj):
        url = reverse("admin:registrations_report_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, obj.get_kind_display())


class AdoptionInline(RecordInline):
    model = Adoption
    fk_name = "reported_in"
    fields = ["municipality", "year", "note", "confirmed_at"]


@admin.register(Report)
class ReportAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change report")
    count_text = ngettext_lazy("%(count)s report", "%(count)s reports", "count")
    list_display = [
        "reference",
        "title",
        "kind",
        "state",
        "stage",
        "submitted_at",
        "reviewed_at",
    ]
    list_filter = ["state", "kind", "stage", "registration__call", "registration__role"]
    search_fields = ["registration__reference", "registration__title_fi", "registration__title_sv"]
    search_help_text = _("Search by reference number or title, in Finnish or Swedish.")
    list_select_related = ["registration"]
    ordering = ["submitted_at", "pk"]
    readonly_fields = [
        "registration",
        "kind",
        "state",
        "language",
        "submitted_at",
        "review_message",
        "reviewed_by",
        "reviewed_at",
        "created_at",
        "updated_at",
    ]
    inlines = [SavingsInline, OpenDatasetInline, MaterialInline, AdoptionInline]
    history_related = [(Savings, "report"), (OpenDataset, "report"), (Material, "report")]
    actions = ["accept"]

    def has_add_permission(self, request):
        return False  # participants write reports through their private link

    @admin.display(description=_("reference number"), ordering="registration__reference")
    def reference(self, obj):
        return obj.registration.reference

    @admin.display(description=_("title"))
    def title(self, obj):
        return obj.registration.title

    @admin.action(description=_("Accept the selected submitted reports"), permissions=["change"])
    def accept(self, request, queryset):
        count = 0
        for report in queryset.filter(state=ReportState.SUBMITTED):
            reports.review_report(
                report=report, state=ReportState.ACCEPTED, message="", by=request.user
            )
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d report accepted; the contact person will be told by e-mail.",
                "%(count)d reports accepted; their contact persons will be told by e-mail.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        view = self.admin_site.admin_view
        return [
            path("export/", view(self.export_view), name="{}_{}_export".format(*info)),
            path("import/", view(self.import_view), name="{}_{}_import".format(*info)),
            path("overdue/", view(self.overdue_view), name="{}_{}_overdue".format(*info)),
            path(
                "<path:object_id>/review/",
                view(self.review_view),
                name="{}_{}_review".format(*info),
            ),
            *super().get_urls(),
        ]

    def _page(self, request, template, **context):
        request.current_app = self.admin_site.name
        context = {**self.admin_site.each_context(request), "opts": self.opts, **context}
        return TemplateResponse(request, f"admin/registrations/report/{template}", context)

    def review_view(self, request, object_id):
        report = self.get_object(request, unquote(object_id))
        if report is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, report):
            raise PermissionDenied
        change_url = reverse("admin:registrations_report_change", args=[report.pk])
        if report.state != ReportState.SUBMITTED:
            self.message_user(
                request, _("Only a submitted report can be reviewed."), messages.WARNING
            )
            return HttpResponseRedirect(change_url)
        form = ReviewForm(request.POST or None)
        if form.is_valid():
            try:
                reports.review_report(report=report, by=request.user, **form.cleaned_data)
            except forms.ValidationError as error:
                form.add_error("message", error.message_dict["review_message"])
            else:
                self.message_user(
                    request,
                    _("The report is now “%(state)s”; the contact person will be told by e-mail.")
                    % {"state": ReportState(form.cleaned_data["state"]).label},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(change_url)
        return self._page(
            request,
            "review.html",
            title=_("Review the report"),
            original=report,
            form=form,
            cancel_url=change_url,
        )

    def export_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return csv_response(
            filename=f"digikunta-reports-{timezone.localdate():%Y-%m-%d}.csv",
            header=report_csv.HEADER,
            rows=report_csv.export_rows(Report.objects.all()),
        )

    def import_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = ImportForm(request.POST or None)
        errors = []
        if form.is_valid():
            try:
                result = report_csv.import_reports(text=form.cleaned_data["text"], by=request.user)
            except report_csv.ImportFailed as failed:
                errors = failed.errors
            else:
                self.message_user(
                    request,
                    _("Reports imported: %(created)s added, %(updated)s updated.")
                    % {"created": result.created, "updated": result.updated},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse("admin:registrations_report_changelist"))
        return self._page(
            request, "import.html", title=_("Import reports"), form=form, errors=errors
        )

    def overdue_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return self._page(
            request,
            "overdue.html",
            title=_("Overdue reports"),
            rows=report_deadlines.overdue(today=timezone.localdate()),
        )
