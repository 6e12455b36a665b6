"""The coordinators' matching view: the stored suggestions, per registration (search by its
reference number), topic or municipality, with their scores and reasons; a suggestion that is
no match can be dismissed, and is then never suggested again (services.matching), and a good
one becomes a proposed introduction (services.introductions), followed here through its states
(mentoring: proposed → introduced → active → completed, or cancelled)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from registrations.matching.reasons import phrases
from registrations.matching.selectors import live_suggestions
from registrations.models import (
    NEXT_STATES,
    ContactMessage,
    Introduction,
    IntroductionState,
    Registration,
    Suggestion,
)
from registrations.services.introductions import follow_introduction, propose_introduction
from registrations.services.matching import dismiss_suggestion


@admin.register(Suggestion)
class SuggestionAdmin(NaturalNamesMixin, admin.ModelAdmin):
    count_text = ngettext_lazy("%(count)s suggestion", "%(count)s suggestions", "count")
    list_display = ["registration_link", "other", "kind", "score", "reason_list"]
    list_filter = ["kind", "registration__topics", "registration__lead_municipality__region"]
    search_fields = [
        "registration__reference",
        "registration__title",
        "registration__municipalities__name_fi",
        "registration__municipalities__name_sv",
    ]
    search_help_text = _("Search by reference number, title or municipality.")
    list_select_related = ["registration", "other"]
    ordering = ["registration", "-kind", "-score"]
    actions = ["introduce", "dismiss"]

    def get_queryset(self, request):
        # The reasons name the suggested registration's topics.
        return super().get_queryset(request).prefetch_related("other__topics")

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "for/<int:pk>/",
                self.admin_site.admin_view(self.for_registration_view),
                name="{}_{}_for".format(*info),
            ),
            *super().get_urls(),
        ]

    def for_registration_view(self, request, pk):
        """Peers and mentors of any one registration, computed now: also of one waiting for a
        decision, which has no stored suggestions."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        registration = get_object_or_404(Registration, pk=pk)
        request.current_app = self.admin_site.name
        context = {
            **self.admin_site.each_context(request),
            "title": _("Peers and mentors for %(registration)s") % {"registration": registration},
            "opts": self.opts,
            "registration": registration,
            "suggestions": live_suggestions(registration),
        }
        return TemplateResponse(request, "admin/registrations/suggestion/for.html", context)

    @admin.display(description=_("registration"), ordering="registration")
    def registration_link(self, suggestion):
        url = reverse("admin:registrations_suggestion_for", args=[suggestion.registration_id])
        return format_html('<a href="{}">{}</a>', url, suggestion.registration)

    @admin.display(description=_("reasons"))
    def reason_list(self, suggestion):
        return "; ".join(phrases(suggestion.reasons, suggestion.other))

    @admin.action(description=_("Dismiss: never suggest these again"), permissions=["dismiss"])
    def dismiss(self, request, queryset):
        pairs = list(queryset.select_related("registration", "other"))
        for suggestion in pairs:
            dismiss_suggestion(
                registration=suggestion.registration, other=suggestion.other, by=request.user
            )
        messages.success(
            request,
            ngettext(
                "%(count)d suggestion dismissed.", "%(count)d suggestions dismissed.", len(pairs)
            )
            % {"count": len(pairs)},
        )

    @admin.action(
        description=_("Propose an introduction (both are asked before contact details are shared)"),
        permissions=["introduce"],
    )
    def introduce(self, request, queryset):
        made = 0
        for suggestion in queryset.select_related("registration", "other"):
            try:
                propose_introduction(
                    registration=suggestion.registration, other=suggestion.other, by=request.user
                )
                made += 1
            except ValidationError as error:
                messages.warning(request, f"{suggestion}: {' '.join(error.messages)}")
        if made:
            messages.success(
                request,
                ngettext(
                    "%(count)d introduction proposed: both contact persons were e-mailed.",
                    "%(count)d introductions proposed: the contact persons were e-mailed.",
                    made,
                )
                % {"count": made},
            )

    def has_introduce_permission(self, request):
        return request.user.has_perm("registrations.add_introduction")

    def has_dismiss_permission(self, request):
        return request.user.has_perm("registrations.add_dismissal")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class IntroductionForm(forms.ModelForm):
    class Meta:
        model = Introduction
        fields = ["state", "starts_on", "ends_on", "outcome_fi", "outcome_sv"]

    def clean(self):
        data = super().clean()
        state = data.get("state")
        allowed = NEXT_STATES[IntroductionState(self.instance.state)]
        if state and state != self.instance.state and state not in allowed:
            self.add_error(
                "state", _("An introduction cannot move from this state to the one chosen.")
            )
        return data


@admin.register(Introduction)
class IntroductionAdmin(NaturalNamesMixin, AuditedAdmin):
    """Introductions and mentoring, followed by coordinators; made from the suggestions."""

    count_text = ngettext_lazy("%(count)s introduction", "%(count)s introductions", "count")
    change_title = _("Change introduction")
    form = IntroductionForm
    list_display = ["first", "second", "kind", "state", "proposed_at", "introduced_at"]
    list_filter = ["kind", "state"]
    search_fields = ["first__reference", "second__reference", "first__title", "second__title"]
    list_select_related = ["first", "second"]
    readonly_fields = [
        "kind",
        "first",
        "second",
        "proposed_by",
        "proposed_at",
        "introduced_at",
        "first_agreed_at",
        "second_agreed_at",
        "first_public",
        "second_public",
    ]
    fields = [*readonly_fields[:5], "state", "starts_on", "ends_on", "outcome_fi", "outcome_sv"]
    fields += readonly_fields[5:]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        follow_introduction(
            introduction=obj,
            state=data["state"],
            starts_on=data.get("starts_on"),
            ends_on=data.get("ends_on"),
            outcome={"fi": data.get("outcome_fi") or "", "sv": data.get("outcome_sv") or ""},
        )


@admin.register(ContactMessage)
class ContactMessageAdmin(NaturalNamesMixin, admin.ModelAdmin):
    """The log of messages sent through the site to contact persons: read only, removed by
    retention (services.privacy)."""

    count_text = ngettext_lazy("%(count)s contact message", "%(count)s contact messages", "count")
    list_display = ["sent_at", "registration", "sender_name", "sender_organisation", "language"]
    list_filter = ["language"]
    search_fields = ["registration__reference", "sender_organisation", "sender_email"]
    list_select_related = ["registration"]
    date_hierarchy = "sent_at"
    fields = [
        "registration",
        "sent_at",
        "sender_name",
        "sender_organisation",
        "sender_email",
        "language",
        "message",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
