"""The network's directory in the admin: regions and municipalities (reference data, read
only), organisations, topics, programmes and network groups, all but the reference data with
their audit history."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from network.models import Municipality, NetworkGroup, Organisation, Programme, Region, Topic


@admin.register(Region)
class RegionAdmin(NaturalNamesMixin, TabbedTranslationAdmin):
    change_title = _("Change region")
    count_text = ngettext_lazy("%(count)s region", "%(count)s regions", "count")
    list_display = ["code", "name_fi", "name_sv"]
    search_fields = ["code", "name_fi", "name_sv"]


@admin.register(Municipality)
class MunicipalityAdmin(NaturalNamesMixin, TabbedTranslationAdmin):
    change_title = _("Change municipality")
    count_text = ngettext_lazy("%(count)s municipality", "%(count)s municipalities", "count")
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
class OrganisationAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change organisation")
    count_text = ngettext_lazy("%(count)s organisation", "%(count)s organisations", "count")
    list_display = ["name", "kind", "business_id", "region"]
    list_filter = ["kind", "region"]
    search_fields = ["name_fi", "name_sv", "business_id"]
    list_select_related = ["region"]


@admin.register(Topic)
class TopicAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change topic")
    count_text = ngettext_lazy("%(count)s topic", "%(count)s topics", "count")
    list_display = ["name", "slug", "order", "is_active", "is_other"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name_fi", "name_sv", "slug"]
    prepopulated_fields = {"slug": ["name_fi"]}


@admin.register(Programme)
class ProgrammeAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change programme")
    count_text = ngettext_lazy("%(count)s programme", "%(count)s programmes", "count")
    list_display = ["name", "start_year", "end_year", "organiser", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["name_fi", "name_sv", "slug"]
    prepopulated_fields = {"slug": ["name_fi"]}


@admin.register(NetworkGroup)
class NetworkGroupAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change network group")
    count_text = ngettext_lazy("%(count)s network group", "%(count)s network groups", "count")
    list_display = ["name", "topic", "starts_on", "ends_on", "is_published"]
    list_filter = ["is_published", "topic"]
    search_fields = ["name_fi", "name_sv", "slug"]
    autocomplete_fields = ["municipalities"]
    prepopulated_fields = {"slug": ["name_fi"]}


admin.site.site_header = _("Digikunta administration")
admin.site.site_title = _("Digikunta administration")
admin.site.index_title = _("Coordinators' workspace")
