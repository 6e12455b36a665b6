"""The network's directory in the admin: regions and municipalities (reference data, read
only), organisations and topics, the last two with their audit history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.audit_admin import AuditedAdmin
from network.models import Municipality, Organisation, Region, Topic


@admin.register(Region)
class RegionAdmin(TabbedTranslationAdmin):
    list_display = ["code", "name_fi", "name_sv"]
    search_fields = ["code", "name_fi", "name_sv"]


@admin.register(Municipality)
class MunicipalityAdmin(TabbedTranslationAdmin):
    list_display = [
        "code",
        "name_fi",
        "name_sv",
        "region",
        "language_status",
        "statistical_group",
        "population",
        "is_active",
    ]
    list_filter = ["region", "language_status", "statistical_group", "is_active"]
    search_fields = ["code", "name_fi", "name_sv"]
    list_select_related = ["region"]
    # Reference data comes from Statistics Finland through load_reference_data.
    readonly_fields = [
        "code",
        "name_fi",
        "name_sv",
        "region",
        "language_status",
        "population",
        "population_year",
        "statistical_group",
    ]


@admin.register(Organisation)
class OrganisationAdmin(AuditedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "kind", "business_id", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name_fi", "name_sv", "business_id"]
    list_select_related = ["region"]


@admin.register(Topic)
class TopicAdmin(AuditedAdmin, TabbedTranslationAdmin):
    list_display = ["name", "slug", "order", "is_active", "is_other"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name_fi", "name_sv", "slug"]
    prepopulated_fields = {"slug": ["name_fi"]}


admin.site.site_header = _("Digikunta administration")
admin.site.site_title = _("Digikunta administration")
admin.site.index_title = _("Coordinators' workspace")
