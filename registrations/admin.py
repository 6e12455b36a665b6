from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from registrations import services
from registrations.models import Call, FeeTier, Registration


class FeeTierInline(admin.TabularInline):
    model = FeeTier
    extra = 0


@admin.register(Call)
class CallAdmin(TabbedTranslationAdmin):
    list_display = ["title", "opens_at", "closes_at", "late_until", "roles", "is_published"]
    list_filter = ["is_published", "roles"]
    search_fields = ["title_fi", "title_sv", "slug"]
    prepopulated_fields = {"slug": ["title_fi"]}
    inlines = [FeeTierInline]
    date_hierarchy = "opens_at"


@admin.register(Registration)
class RegistrationAdmin(TabbedTranslationAdmin):
    list_display = [
        "reference",
        "title",
        "role",
        "status",
        "lead_display",
        "call",
        "created_at",
    ]
    list_filter = ["call", "role", "status", "topics", "regions", "language"]
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
    readonly_fields = ["reference", "created_at", "updated_at", "published_at"]
    date_hierarchy = "created_at"
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
        (
            _("Experiment"),
            {
                "fields": [
                    "title",
                    "idea",
                    "goal",
                    "customer_effect",
                    "partnerships",
                    "starts_on",
                    "ends_on",
                    "support_wanted",
                    "support_details",
                ]
            },
        ),
        (
            _("Reform and savings"),
            {
                "fields": [
                    "reform",
                    "changes",
                    "savings_eur_per_year",
                    "savings_from_year",
                    "savings_to_year",
                    "savings_method",
                    "other_results",
                    "can_share",
                    "sharing_details",
                ]
            },
        ),
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

    @admin.display(description=_("lead"))
    def lead_display(self, obj):
        return obj.lead

    def save_model(self, request, obj, form, change):
        if not obj.reference:
            obj.reference = services.next_reference()
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.sync_participants(registration=form.instance)
