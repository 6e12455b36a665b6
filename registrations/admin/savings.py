"""Savings and adoptions in the admin: a coordinator verifies savings (the figures of a report
stay as the participant wrote them), adds an influencer's own savings in the same form, and
records or confirms the municipalities that took a model up. Every write goes through
services.savings and services.reports."""

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy
from modeltranslation.admin import TabbedTranslationAdmin

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from digikunta.formats import euros
from registrations.models import Adoption, Savings
from registrations.services import reports, savings


class VerifiedFilter(admin.SimpleListFilter):
    title = _("verified")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return [("yes", _("Verified")), ("no", _("Reported only"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.verified()
        if self.value() == "no":
            return queryset.reported_only()
        return queryset


class SavingsForm(forms.ModelForm):
    verified = forms.BooleanField(
        label=_("The figures are verified"),
        required=False,
        help_text=_("Verified savings are shown as “verified”, others as “reported”."),
    )

    class Meta:
        model = Savings
        fields = [
            "registration",
            "cost_before",
            "cost_after",
            "one_off_costs",
            "hours_saved",
            "from_year",
            "to_year",
            "method_fi",
            "method_sv",
            "cost_increase_confirmed",
            "verification_note",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verified"].initial = self.instance.pk and self.instance.is_verified


@admin.register(Savings)
class SavingsAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    """Savings: experimenters' in their reports, influencers' own (added here). The figures
    of a report stay as the participant wrote them; a coordinator verifies them."""

    form = SavingsForm
    change_title = _("Change savings")
    count_text = ngettext_lazy("%(count)s savings record", "%(count)s savings records", "count")
    list_display = [
        "registration",
        "report",
        "net_saving_display",
        "is_verified_display",
        "is_current",
    ]
    list_filter = [
        VerifiedFilter,
        "is_current",
        "registration__role",
    ]
    search_fields = ["registration__reference", "registration__title_fi", "registration__title_sv"]
    list_select_related = ["registration", "report"]
    autocomplete_fields = ["registration"]
    readonly_fields = ["report", "verified_by", "verified_at", "is_current", "updated_at"]
    fields = [
        "registration",
        "report",
        "cost_before",
        "cost_after",
        "one_off_costs",
        "hours_saved",
        "from_year",
        "to_year",
        "method",
        "cost_increase_confirmed",
        "is_current",
        "verified",
        "verification_note",
        "verified_by",
        "verified_at",
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None:
            fields.append("registration")
        if obj is not None and obj.report_id:
            # A report's figures are the participant's: kept as written.
            fields += [
                "cost_before",
                "cost_after",
                "one_off_costs",
                "hours_saved",
                "from_year",
                "to_year",
                "method_fi",
                "method_sv",
                "cost_increase_confirmed",
            ]
        return fields

    @admin.display(description=_("net saving (€ per year)"))
    def net_saving_display(self, obj):
        return euros(obj.net_saving) or "–"

    @admin.display(description=_("verified"), boolean=True)
    def is_verified_display(self, obj):
        return obj.is_verified

    def save_model(self, request, obj, form, change):
        if obj.report_id is None:
            saved = savings.record_own_savings(
                registration=obj.registration,
                figures=savings.SavingsFigures(
                    **{name: getattr(obj, name) for name in savings.FIGURES},
                    method=getattr(obj, f"method_{obj.registration.language}") or "",
                ),
            )
            # The admin goes on with the object it gave (its history entry, the redirect).
            obj.pk, obj.verified_at = saved.pk, saved.verified_at
            obj.verified_by_id = saved.verified_by_id
        note = form.cleaned_data.get("verification_note", "")
        if form.cleaned_data.get("verified"):
            if not obj.is_verified or note != obj.verification_note:
                savings.verify(savings=obj, by=request.user, note=note)
        elif obj.is_verified:
            savings.unverify(savings=obj, by=request.user)


@admin.register(Adoption)
class AdoptionAdmin(NaturalNamesMixin, AuditedAdmin, TabbedTranslationAdmin):
    change_title = _("Change adoption")
    count_text = ngettext_lazy("%(count)s adoption", "%(count)s adoptions", "count")
    list_display = ["registration", "municipality", "year", "confirmed_at"]
    list_filter = [("confirmed_at", admin.EmptyFieldListFilter), "year"]
    search_fields = [
        "registration__reference",
        "municipality__name_fi",
        "municipality__name_sv",
    ]
    list_select_related = ["registration", "municipality"]
    autocomplete_fields = ["registration", "municipality"]
    readonly_fields = ["reported_in", "confirmed_by", "confirmed_at", "created_at"]
    actions = ["confirm"]

    @admin.action(description=_("Confirm the selected adoptions"), permissions=["change"])
    def confirm(self, request, queryset):
        count = 0
        for adoption in queryset.filter(confirmed_at__isnull=True):
            reports.confirm_adoption(adoption=adoption, by=request.user)
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d adoption confirmed.", "%(count)d adoptions confirmed.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            return
        # Recorded by a coordinator: confirmed at once.
        saved = reports.record_adoption(
            registration=obj.registration,
            municipality=obj.municipality,
            year=obj.year,
            notes={"fi": obj.note_fi, "sv": obj.note_sv},
            by=request.user,
        )
        obj.pk = saved.pk
