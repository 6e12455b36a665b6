"""The coordinators' matching view: the stored suggestions, per registration (search by its
reference number), topic or municipality, with their scores and reasons; a suggestion that is
no match can be dismissed, and is then never suggested again (services.matching)."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from digikunta.admin_language import NaturalNamesMixin
from registrations.matching.reasons import phrases
from registrations.models import Suggestion
from registrations.services.matching import dismiss_suggestion


@admin.register(Suggestion)
class SuggestionAdmin(NaturalNamesMixin, admin.ModelAdmin):
    count_text = ngettext_lazy("%(count)s suggestion", "%(count)s suggestions", "count")
    list_display = ["registration", "other", "kind", "score", "reason_list"]
    list_filter = ["kind", "registration__topics", "registration__lead_municipality__region"]
    search_fields = [
        "registration__reference",
        "registration__title",
        "registration__municipalities__name",
    ]
    search_help_text = _("Search by reference number, title or municipality.")
    list_select_related = ["registration", "other"]
    ordering = ["registration", "-kind", "-score"]
    actions = ["dismiss"]

    def get_queryset(self, request):
        # The reasons name the suggested registration's topics.
        return super().get_queryset(request).prefetch_related("other__topics")

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

    def has_dismiss_permission(self, request):
        return request.user.has_perm("registrations.add_dismissal")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
