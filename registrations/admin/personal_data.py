"""The coordinators' personal-data page: everything held about one e-mail address, as a list,
as a JSON download, or erased after a confirmation; and the record of each use. The work is
done by services.personal_data. The address travels only in POST bodies, never in a URL,
because URLs end up in logs and browser histories."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from digikunta.audit import describe
from registrations.forms.personal_data import PersonalDataForm
from registrations.models import PersonalDataRequest
from registrations.services import personal_data

FIND, EXPORT, CONFIRM, ERASE = "find", "export", "confirm", "erase"

# The kinds of records, as the counts of a request name them.
KINDS = {
    "registrations": _("Registrations"),
    "registration_history": _("Registrations' history rows"),
    "decisions": _("Decisions"),
    "decision_history": _("Decisions' history rows"),
    "report_reviews": _("Coordinators' messages on reports"),
    "report_review_history": _("Reports' history rows"),
    "savings_notes": _("Notes on the verification of savings"),
    "savings_note_history": _("Savings' history rows"),
    "emails": _("E-mails"),
    "signups": _("Event sign-ups"),
    "signup_history": _("Event sign-ups' history rows"),
    "contact_messages": _("Messages sent through the site"),
    "deleted_registrations": _("Registrations deleted"),
}


@admin.register(PersonalDataRequest)
class PersonalDataRequestAdmin(admin.ModelAdmin):
    """The record of the personal-data page's and command's uses, read only."""

    list_display = ["made_at", "action", "made_by_display", "source_display", "found"]
    list_filter = ["action"]
    list_select_related = ["made_by"]

    @admin.display(description=_("made by"), ordering="made_by__username")
    def made_by_display(self, obj):
        return obj.made_by or "–"

    @admin.display(description=_("source"))
    def source_display(self, obj):
        return describe(obj.source)

    @admin.display(description=_("found"))
    def found(self, obj):
        return ", ".join(
            f"{KINDS.get(kind, kind)}: {count}" for kind, count in obj.counts.items() if count
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "find/",
                self.admin_site.admin_view(self.find_view),
                name="{}_{}_find".format(*info),
            ),
            *super().get_urls(),
        ]

    def find_view(self, request):
        """One page, four steps, each a POST: find, download, confirm erasure, erase."""
        if not request.user.has_perm("registrations.find_personal_data"):
            raise PermissionDenied
        form = PersonalDataForm(request.POST if request.method == "POST" else None)
        step = request.POST.get("step", FIND)
        if not form.is_valid():
            return self.render(request, "find.html", form=form)
        address = form.cleaned_data["email"]
        if step == EXPORT:
            return self.download(personal_data.export(address=address, by=request.user))
        if step in (CONFIRM, ERASE):
            if not request.user.has_perm("registrations.erase_personal_data"):
                raise PermissionDenied
            if step == ERASE:
                counts = personal_data.erase(address=address, by=request.user)
                self.message_user(request, self.erased_message(counts), messages.SUCCESS)
                return HttpResponseRedirect(
                    reverse("admin:registrations_personaldatarequest_changelist")
                )
            return self.render(
                request,
                "erase.html",
                form=form,
                holdings=personal_data.holdings_of(address=address),
            )
        holdings = personal_data.find(address=address, by=request.user)
        return self.render(
            request,
            "find.html",
            form=form,
            holdings=holdings,
            earlier=personal_data.earlier_requests(address)[1:],
            may_erase=request.user.has_perm("registrations.erase_personal_data"),
        )

    def render(self, request, template, **context):
        request.current_app = self.admin_site.name
        context = {
            **self.admin_site.each_context(request),
            "title": _("Find one person's data"),
            "opts": self.opts,
            "kinds": KINDS,
            **context,
        }
        response = TemplateResponse(
            request, f"admin/registrations/personaldatarequest/{template}", context
        )
        patch_cache_control(response, private=True, no_store=True)
        return response

    def download(self, content: str) -> HttpResponse:
        filename = f"digikunta-personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(content, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        patch_cache_control(response, private=True, no_store=True)
        return response

    def erased_message(self, counts: dict[str, int]) -> str:
        found = ", ".join(
            f"{KINDS.get(kind, kind)}: {count}" for kind, count in counts.items() if count
        )
        if not found:
            return _("Nothing was held about the address; nothing was erased.")
        return _("The person's data was erased (%(found)s). The erasure is recorded.") % {
            "found": found
        }
