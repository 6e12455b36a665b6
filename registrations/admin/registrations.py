"""Registrations in the admin: the list coordinators work from, a registration's page with
its history, decisions and the CSV export."""

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta import audit
from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from registrations.admin import decisions
from registrations.admin.export import registrations_csv
from registrations.admin.records import DecisionInline, EmailFailedFilter, SentEmailInline
from registrations.admin.reports import ReportLinkInline
from registrations.models import ROLE_FIELDS, Decision, Registration, roles
from registrations.models.roles import CHOICE_LISTS
from registrations.services import submission
from registrations.services.removal import delete_registrations


@admin.register(Registration)
class RegistrationAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change registration")
    count_text = ngettext_lazy("%(count)s registration", "%(count)s registrations", "count")
    list_display = [
        "reference",
        "title",
        "role",
        "status",
        "lead_display",
        "call",
        "created_at",
    ]
    list_filter = [
        "call",
        "role",
        "status",
        "topics",
        "regions",
        "language",
        EmailFailedFilter,
    ]
    search_fields = [
        "reference",
        "title_fi",
        "title_sv",
        "lead_municipality__name_fi",
        "lead_municipality__name_sv",
        "municipalities__name_fi",
        "municipalities__name_sv",
        "lead_organisation__name_fi",
        "lead_organisation__name_sv",
    ]
    search_help_text = _(
        "Search by reference number, title or municipality name, in Finnish or Swedish."
    )
    list_select_related = ["call", "lead_municipality", "lead_organisation"]
    autocomplete_fields = ["lead_municipality", "lead_organisation"]
    filter_horizontal = ["municipalities", "partner_organisations", "topics"]
    # The status changes only by a decision (see actions), which records who and when.
    readonly_fields = ["reference", "status", "created_at", "updated_at", "published_at"]
    date_hierarchy = "created_at"
    actions = decisions.DECISION_ACTIONS
    inlines = [DecisionInline, ReportLinkInline, SentEmailInline]
    history_related = [(Decision, "registration")]
    fieldsets = [
        (None, {"fields": ["reference", "call", "role", "status", "language"]}),
        (
            _("Participants"),
            {
                "fields": [
                    "lead_municipality",
                    "lead_organisation",
                    "municipalities",
                    "partner_organisations",
                ]
            },
        ),
        (_("Topics"), {"fields": ["topics", "other_topic"]}),
        (_("Commitments"), {"fields": ["commits_to_sharing", "joins_communications"]}),
        (
            _("Contact person (never shown publicly)"),
            {
                "fields": [
                    "contact_name",
                    "contact_title",
                    "contact_email",
                    "contact_phone",
                    "contact_language",
                ]
            },
        ),
        (_("Dates"), {"fields": ["created_at", "updated_at", "published_at"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        """The fields of the registration's role after its topics, in the order registrants
        answer them; a new registration shows both roles' fields, each once."""
        roles = [ROLE_FIELDS[obj.role]] if obj else list(ROLE_FIELDS.values())
        shown, sections = ["title"], []
        for role_fields in roles:
            fields = [name for name in role_fields.fields if name not in shown]
            fields = (["title"] if not sections else []) + fields
            shown += fields
            sections.append((role_fields.heading, {"fields": self.replace_orig_field(fields)}))
        fieldsets = list(super().get_fieldsets(request, obj))
        at = 1 + next(
            i for i, (_name, options) in enumerate(fieldsets) if "topics" in options["fields"]
        )
        return fieldsets[:at] + sections + fieldsets[at:]

    @admin.display(description=_("lead"))
    def lead_display(self, obj):
        return obj.lead

    def history_value(self, field, value):
        # The lists of choices (support wanted, what can be shared) by their labels.
        if field.name in CHOICE_LISTS:
            return roles.display(field.name, value) or "–"
        return super().history_value(field, value)

    def get_inlines(self, request, obj):
        return self.inlines if obj else []  # a new registration has no history yet

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "export/",
                self.admin_site.admin_view(self.export_view),
                name="{}_{}_export".format(*info),
            ),
            path(
                "<path:object_id>/decide/",
                self.admin_site.admin_view(self.decide_view),
                name="{}_{}_decide".format(*info),
            ),
            *super().get_urls(),
        ]

    def export_view(self, request):
        """The registrations of the list as it is filtered and searched, as CSV."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseRedirect(reverse("admin:registrations_registration_changelist"))
        # The list's own queryset, filtered and searched (get_queryset() would filter again).
        return registrations_csv(changelist.queryset)

    def decide_view(self, request, object_id):
        """The decision on one registration, from its change page."""
        registration = self.get_object(request, unquote(object_id))
        if registration is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, registration):
            raise PermissionDenied
        change_url = reverse("admin:registrations_registration_change", args=[registration.pk])
        response = decisions.decision_page(
            self,
            request,
            [registration],
            title=_("Make a decision"),
            cancel_url=change_url,
            original=registration,
        )
        return response or HttpResponseRedirect(change_url)

    def save_model(self, request, obj, form, change):
        if not obj.reference:
            obj.reference = submission.next_reference()
        # Recorded once in save_related(), with its places and topics as saved.
        audit.hold(obj)
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        delete_registrations(registrations=Registration.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        delete_registrations(registrations=queryset)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        submission.sync_participants(registration=form.instance)
        audit.release(form.instance)
        audit.record(form.instance, created=not change)
