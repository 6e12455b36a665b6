"""Calls for registrations and their participation fees, with their history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from registrations.models import Call, FeeTier


class FeeTierInline(admin.TabularInline):
    model = FeeTier
    extra = 0


@admin.register(Call)
class CallAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change call")
    count_text = ngettext_lazy("%(count)s call", "%(count)s calls", "count")
    list_display = [
        "title",
        "programme",
        "opens_at",
        "closes_at",
        "late_until",
        "roles",
        "is_published",
    ]
    list_filter = ["is_published", "programme", "roles"]
    search_fields = ["title_fi", "title_sv", "slug"]
    prepopulated_fields = {"slug": ["title_fi"]}
    inlines = [FeeTierInline]
    history_related = [(FeeTier, "call")]
    date_hierarchy = "opens_at"
