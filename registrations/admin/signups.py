"""Sign-ups in the admin: coordinators add people, move them to another event, give a seat
from the waiting list, cancel, mark attendance and export the list (CSV). Every change goes
through services.signups, which counts seats under the event's lock."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from digikunta.admin_language import NaturalNamesMixin
from digikunta.audit_admin import AuditedAdmin
from digikunta.exports import csv_response
from registrations.models import SignUp, SignUpStatus
from registrations.services import signups as services


def _moment(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _attended(value) -> str:
    if value is None:
        return ""
    return gettext("Yes") if value else gettext("No")


COLUMNS = [
    (_("Event"), lambda s: s.event.title),
    (_("Starts"), lambda s: _moment(s.event.starts_at)),
    (_("Name"), lambda s: s.name),
    (_("Organisation"), lambda s: s.organisation),
    (_("Municipality"), lambda s: s.municipality.name if s.municipality else ""),
    (_("E-mail"), lambda s: s.email),
    (_("Language for communication"), lambda s: s.get_language_display()),
    (_("Status"), lambda s: s.get_status_display()),
    (_("Dietary or accessibility needs"), lambda s: s.needs),
    (_("Attended"), lambda s: _attended(s.attended)),
    (_("Signed up"), lambda s: _moment(s.created_at)),
]


def export_signups(queryset):
    """Everyone signed up, with their contact details (the coordinators' own list)."""
    signups = queryset.select_related("event", "municipality").order_by(
        "event__starts_at", "event_id", "status", "created_at", "pk"
    )
    return csv_response(
        filename=f"ilmoittautuneet-anmalda-{timezone.localdate():%Y-%m-%d}.csv",
        header=[str(title) for title, _value in COLUMNS],
        rows=([value(signup) for _title, value in COLUMNS] for signup in signups.iterator()),
    )


class SignUpForm(forms.ModelForm):
    class Meta:
        model = SignUp
        fields = ["event", "name", "organisation", "municipality", "email", "language", "needs"]


@admin.register(SignUp)
class SignUpAdmin(NaturalNamesMixin, AuditedAdmin, admin.ModelAdmin):
    change_title = _("Change sign-up")
    count_text = ngettext_lazy("%(count)s sign-up", "%(count)s sign-ups", "count")
    form = SignUpForm
    list_display = ["name", "organisation", "event", "status", "language", "attended", "created_at"]
    list_filter = ["status", "attended", "language", "event"]
    search_fields = ["name", "organisation", "email", "event__title_fi", "event__title_sv"]
    list_select_related = ["event"]
    autocomplete_fields = ["event", "municipality"]
    readonly_fields = ["status", "attended", "created_at", "updated_at", "anonymised_at"]
    actions = ["cancel", "give_seat", "mark_attended", "mark_absent", "export"]

    def save_model(self, request, obj, form, change):
        # Through the services: a seat, the waiting list or a clear no, never an extra seat.
        try:
            if not change:
                saved = services.sign_up(
                    event_id=obj.event_id,
                    details=services.SignUpDetails(
                        name=obj.name,
                        email=obj.email,
                        language=obj.language,
                        organisation=obj.organisation,
                        municipality=obj.municipality,
                        needs=obj.needs,
                    ),
                    by_coordinator=True,
                )
                obj.pk = saved.pk
                obj.status = saved.status
                return
            if "event" in form.changed_data:
                moved_to = obj.event_id
                obj.event_id = form.initial["event"]
                super().save_model(request, obj, form, change)
                services.move(signup_id=obj.pk, to_event_id=moved_to)
                return
        except services.SignUpRefused as refused:
            # On the request, not the admin: one admin object serves every request.
            request.signup_refused = refused
            return
        super().save_model(request, obj, form, change)

    def response_add(self, request, obj, post_url_continue=None):
        return self._respond(request) or super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        return self._respond(request) or super().response_change(request, obj)

    def _respond(self, request):
        refused = getattr(request, "signup_refused", None)
        if refused is None:
            return None
        self.message_user(request, refusal_text(refused), messages.ERROR)
        return redirect(request.get_full_path())

    def save_related(self, request, form, formsets, change):
        if getattr(request, "signup_refused", None) is None:
            super().save_related(request, form, formsets, change)

    @admin.action(description=_("Cancel the chosen sign-ups"), permissions=["change"])
    def cancel(self, request, queryset):
        moved = []
        for pk in queryset.values_list("pk", flat=True):
            moved += services.cancel(signup_id=pk)
        self.message_user(
            request,
            ngettext(
                "Cancelled. %(count)d person moved up from the waiting list.",
                "Cancelled. %(count)d people moved up from the waiting list.",
                len(moved),
            )
            % {"count": len(moved)},
            messages.SUCCESS,
        )

    @admin.action(description=_("Give a seat from the waiting list"), permissions=["change"])
    def give_seat(self, request, queryset):
        given = 0
        for signup in queryset.filter(status=SignUpStatus.WAITING):
            try:
                services.give_seat(signup_id=signup.pk)
            except services.EventFull:
                self.message_user(request, refusal_text(services.EventFull()), messages.ERROR)
                break
            given += 1
        if given:
            self.message_user(
                request,
                ngettext(
                    "%(count)d person got a seat and will be told by e-mail.",
                    "%(count)d people got a seat and will be told by e-mail.",
                    given,
                )
                % {"count": given},
                messages.SUCCESS,
            )

    @admin.action(description=_("Mark as attended"), permissions=["change"])
    def mark_attended(self, request, queryset):
        self._marked(
            request, services.mark_attendance(signup_ids=self._ids(queryset), attended=True)
        )

    @admin.action(description=_("Mark as absent"), permissions=["change"])
    def mark_absent(self, request, queryset):
        self._marked(
            request, services.mark_attendance(signup_ids=self._ids(queryset), attended=False)
        )

    @staticmethod
    def _ids(queryset) -> list[int]:
        return list(queryset.values_list("pk", flat=True))

    def _marked(self, request, count: int) -> None:
        self.message_user(
            request,
            ngettext(
                "Attendance marked for %(count)d sign-up.",
                "Attendance marked for %(count)d sign-ups.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export the chosen sign-ups as CSV"), permissions=["view"])
    def export(self, request, queryset):
        return export_signups(queryset)


def refusal_text(refused: services.SignUpRefused) -> str:
    if isinstance(refused, services.EventFull):
        return gettext("The event is full: no seat or place on the waiting list is free.")
    if isinstance(refused, services.AlreadySignedUp):
        return gettext("This e-mail address has already signed up for the event.")
    return gettext("Sign-up for this event is closed.")
