"""Digital roadmaps in the admin: coordinators keep the perspectives, curate each roadmap
(Finnish and Swedish in tabs, its levels, goals and actions inline) and give a municipality a
private link to write it."""

from django.contrib import admin, messages
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from registrations.models import (
    Perspective,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
    RoadmapLevel,
)
from registrations.services.roadmaps import new_private_link


@admin.register(Perspective)
class PerspectiveAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change perspective")
    count_text = ngettext_lazy("%(count)s perspective", "%(count)s perspectives", "count")
    list_display = ["name", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]


class LevelInline(admin.TabularInline):
    model = RoadmapLevel
    extra = 0


class GoalInline(TranslationStackedInline):
    model = RoadmapGoal
    extra = 0
    fields = ["text", "perspective", "topic", "order"]


class ActionInline(TranslationStackedInline):
    model = RoadmapAction
    extra = 0
    fields = [
        "title",
        "perspective",
        ("year", "quarter", "due_on"),
        "responsible",
        ("status", "progress"),
        "own_experiments",
        "learns_from",
    ]
    autocomplete_fields = ["own_experiments", "learns_from"]


@admin.register(Roadmap)
class RoadmapAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change digital roadmap")
    count_text = ngettext_lazy("%(count)s digital roadmap", "%(count)s digital roadmaps", "count")
    list_display = ["name", "is_published", "updated_at"]
    list_filter = ["is_published", "municipalities__region"]
    search_fields = ["name_fi", "name_sv", "slug", "municipalities__name_fi"]
    prepopulated_fields = {"slug": ["name_fi"]}
    autocomplete_fields = ["municipalities"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [LevelInline, GoalInline, ActionInline]
    history_related = [
        (RoadmapLevel, "roadmap"),
        (RoadmapGoal, "roadmap"),
        (RoadmapAction, "roadmap"),
    ]
    actions = ["make_private_link"]

    @admin.action(description=_("Make a new private link (earlier links stop working)"))
    def make_private_link(self, request, queryset):
        for roadmap in queryset:
            url = new_private_link(roadmap=roadmap, language=get_language() or "fi")
            messages.info(
                request,
                _("Private link to %(name)s: %(url)s") % {"name": roadmap.name, "url": url},
            )
