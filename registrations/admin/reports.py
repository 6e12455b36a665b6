"""Reports in the admin: the review queue (submitted reports, oldest first), one report's page
with its savings, open data, materials and adoptions, and its history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from registrations.models import Report


@admin.register(Report)
class ReportAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change report")
    count_text = ngettext_lazy("%(count)s report", "%(count)s reports", "count")
    list_display = ["registration", "kind", "state", "stage", "submitted_at", "reviewed_at"]
    list_filter = ["state", "kind", "stage", "registration__call"]
    search_fields = ["registration__reference", "registration__title_fi", "registration__title_sv"]
    list_select_related = ["registration"]
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

    def has_add_permission(self, request):
        return False  # participants write reports through their private link
