"""A registration's records in the admin: the decisions made on it and the e-mails about it
(the outbox: waiting, sent or failed). They are made by services, never by hand; a failed
e-mail is easy to spot and can be sent again, which queues it afresh for the mail worker."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from digikunta.admin_language import NaturalNamesMixin
from registrations.models import Decision, EmailState, SentEmail
from registrations.services import mail


class RecordInline(admin.TabularInline):
    """Read only: the history of a registration is not edited."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DecisionInline(RecordInline):
    model = Decision
    fields = ["status", "message", "decider", "decided_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("decided_by")

    @admin.display(description=_("decided by"))
    def decider(self, obj):
        # The user's name without the admin's link to it: coordinators do not manage users.
        return obj.decided_by or "-"


class SentEmailInline(RecordInline):
    model = SentEmail
    fields = ["kind", "recipients", "subject", "state", "attempts", "error", "created_at"]


class EmailFailedFilter(admin.SimpleListFilter):
    """Registrations with any e-mail that could not be sent."""

    title = _("e-mail failed")
    parameter_name = "email_failed"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        failed = Exists(
            SentEmail.objects.filter(registration=OuterRef("pk"), state=EmailState.FAILED)
        )
        if self.value() == "yes":
            return queryset.filter(failed)
        if self.value() == "no":
            return queryset.filter(~failed)
        return queryset


@admin.register(SentEmail)
class SentEmailAdmin(NaturalNamesMixin, admin.ModelAdmin):
    """Every e-mail the site queued, so that coordinators see what waits, what was sent and what
    failed, and send again. The bodies (with the private link) are not shown."""

    count_text = ngettext_lazy("%(count)s e-mail", "%(count)s e-mails", "count")

    list_display = [
        "created_at",
        "registration_link",
        "kind",
        "recipients",
        "state",
        "attempts",
        "next_attempt_at",
        "error",
    ]
    list_filter = ["state", "kind"]
    search_fields = ["registration__reference", "recipients"]
    search_help_text = _("Search by reference number or recipient.")
    list_select_related = ["registration"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    fields = [
        "registration",
        "signup",
        "kind",
        "decision",
        "recipients",
        "language",
        "subject",
        "state",
        "attempts",
        "next_attempt_at",
        "error",
        "created_at",
        "sent_at",
    ]

    @admin.display(description=_("registration"), ordering="registration__reference")
    def registration_link(self, obj):
        if obj.signup_id:
            url = reverse("admin:registrations_signup_change", args=[obj.signup_id])
            return format_html('<a href="{}">{}</a>', url, _("sign-up"))
        url = reverse("admin:registrations_registration_change", args=[obj.registration_id])
        return format_html('<a href="{}">{}</a>', url, obj.registration.reference)

    @admin.action(description=_("Send again"), permissions=["resend"])
    def send_again(self, request, queryset):
        results = [
            mail.resend(sent)
            for sent in queryset.select_related("registration", "decision__registration")
        ]
        # A result is None for a notice to the coordinators when no address is set any more.
        queued = sum(1 for result in results if result)
        if queued:
            self.message_user(
                request,
                ngettext(
                    "%(count)d e-mail will be sent again in a moment.",
                    "%(count)d e-mails will be sent again in a moment.",
                    queued,
                )
                % {"count": queued},
                messages.SUCCESS,
            )

    def has_resend_permission(self, request):
        # Coordinators only read these records; sending is part of handling registrations.
        return request.user.has_perm("registrations.change_registration")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Never one by one; but whoever may delete a registration deletes its e-mails with it.
        return obj is not None and request.user.has_perm("registrations.delete_registration")

    def delete_view(self, request, object_id, extra_context=None):
        raise PermissionDenied

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "show_delete": False}
        return super().change_view(request, object_id, form_url, extra_context)
