"""Events and their sign-ups in the admin. The events' admin is here rather than in
network/admin.py because it shows the sign-ups (which network does not know): their inline
list, the counts of seats and the waiting list, the coordinators' message to everyone signed
up. Every write goes through services.signups and services.events."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from network.models import Event, EventMaterial
from registrations.admin.signups import export_signups
from registrations.models import SignUp, SignUpStatus
from registrations.services import events as event_services
from registrations.services import signups as signup_services

# A link typed without its scheme is read as https (Django 6's default), not http.
URLS_AS_HTTPS = {models.URLField: {"assume_scheme": "https"}}


class MaterialInline(TranslationTabularInline):
    model = EventMaterial
    extra = 0
    formfield_overrides = URLS_AS_HTTPS


class SignUpInline(admin.TabularInline):
    """The list of who signed up, read only: each is changed on its own page, through the
    services (seats are counted under a lock)."""

    model = SignUp
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["name", "organisation", "email", "language", "status", "attended", "created_at"]
    readonly_fields = fields
    ordering = ["status", "created_at", "pk"]

    def has_add_permission(self, request, obj=None):
        return False


class MessageForm(forms.Form):
    subject_fi = forms.CharField(label=_("Subject in Finnish"), max_length=200)
    body_fi = forms.CharField(label=_("Message in Finnish"), widget=forms.Textarea)
    subject_sv = forms.CharField(label=_("Subject in Swedish"), max_length=200)
    body_sv = forms.CharField(label=_("Message in Swedish"), widget=forms.Textarea)


@admin.register(Event)
class EventAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change event")
    count_text = ngettext_lazy("%(count)s event", "%(count)s events", "count")
    list_display = [
        "title",
        "starts_at",
        "municipality",
        "status",
        "is_published",
        "seats",
        "waiting",
    ]
    # Only the umbrella events (those with sub-events) under "umbrella event".
    list_filter = [
        "is_published",
        "kind",
        "status",
        "programme",
        ("parent", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title_fi", "title_sv", "slug"]
    list_select_related = ["municipality"]
    prepopulated_fields = {"slug": ["title_fi"]}
    autocomplete_fields = ["municipality", "parent"]
    filter_horizontal = ["topics"]
    date_hierarchy = "starts_at"
    inlines = [MaterialInline, SignUpInline]
    history_related = [(EventMaterial, "event")]
    formfield_overrides = URLS_AS_HTTPS
    actions = ["duplicate", "export"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "description", "slug", "parent", "is_published"]}),
        (
            _("Time and place"),
            {
                "fields": [
                    "starts_at",
                    "ends_at",
                    "address",
                    "municipality",
                    "latitude",
                    "longitude",
                    "online_url",
                    "online_url_for_signed_up",
                ]
            },
        ),
        (_("Who and what"), {"fields": ["organiser", "programme", "group", "topics"]}),
        (_("Status"), {"fields": ["status", "status_message"]}),
        (
            _("Sign-up"),
            {
                "fields": [
                    "takes_signups",
                    "signups_open_at",
                    "signups_close_at",
                    "capacity",
                    "waiting_capacity",
                ]
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                attending_count=Count("signups", filter=Q(signups__status=SignUpStatus.ATTENDING)),
                waiting_count=Count("signups", filter=Q(signups__status=SignUpStatus.WAITING)),
            )
        )

    @admin.display(description=_("seats taken"), ordering="attending_count")
    def seats(self, obj):
        if obj.capacity is None:
            return obj.attending_count
        return f"{obj.attending_count} / {obj.capacity}"

    @admin.display(description=_("waiting list"), ordering="waiting_count")
    def waiting(self, obj):
        return f"{obj.waiting_count} / {obj.waiting_capacity}"

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Postponed, cancelled or on again: everyone signed up is told, in their language.
        if change and "status" in form.changed_data:
            told = signup_services.announce_status(event=form.instance)
            if told:
                self.message_user(
                    request,
                    ngettext(
                        "The change will be sent to %(count)d person in a moment.",
                        "The change will be sent to %(count)d people in a moment.",
                        told,
                    )
                    % {"count": told},
                )
        # More seats than before: those waiting get them at once.
        if change and "capacity" in form.changed_data:
            for signup in signup_services.fill_seats(event_id=form.instance.pk):
                self.message_user(
                    request,
                    _("%(name)s moved up from the waiting list.") % {"name": signup.name},
                )

    @admin.action(description=_("Duplicate the chosen events"), permissions=["add"])
    def duplicate(self, request, queryset):
        copies = [event_services.duplicate_event(event=event) for event in queryset]
        self.message_user(
            request,
            ngettext(
                "%(count)d event duplicated: the copy is not published.",
                "%(count)d events duplicated: the copies are not published.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export the sign-ups as CSV"), permissions=["view"])
    def export(self, request, queryset):
        return export_signups(SignUp.objects.filter(event__in=queryset))

    def get_urls(self):
        return [
            path(
                "<int:pk>/message/",
                self.admin_site.admin_view(self.message_view),
                name="network_event_message",
            ),
            *super().get_urls(),
        ]

    def message_view(self, request, pk):
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionDenied
        form = MessageForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            count = signup_services.message_signed_up(
                event=event,
                subjects={"fi": data["subject_fi"], "sv": data["subject_sv"]},
                bodies={"fi": data["body_fi"], "sv": data["body_sv"]},
            )
            self.message_user(
                request,
                ngettext(
                    "The message will be sent to %(count)d person in a moment.",
                    "The message will be sent to %(count)d people in a moment.",
                    count,
                )
                % {"count": count},
                messages.SUCCESS,
            )
            return redirect(reverse("admin:network_event_change", args=[event.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "event": event,
            "form": form,
            "title": _("Message everyone signed up"),
            "recipients": SignUp.objects.filter(event=event).active().count(),
        }
        return TemplateResponse(request, "admin/network/event/message.html", context)
