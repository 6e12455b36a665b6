"""Network groups with their member registrations: the network's group admin (network.admin)
with the members added here, as the network app never knows registrations, and the members
matching proposes (those most often suggested for the members already in the group)."""

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from network.admin import NetworkGroupAdmin
from network.models import NetworkGroup
from registrations.matching.selectors import proposed_members
from registrations.models import GroupMembership


class MembershipInline(admin.TabularInline):
    model = GroupMembership
    extra = 1
    autocomplete_fields = ["registration"]
    fields = ["registration", "added_at"]
    readonly_fields = ["added_at"]


class NetworkGroupWithMembersAdmin(NetworkGroupAdmin):
    inlines = [MembershipInline]
    readonly_fields = ["proposed"]

    @admin.display(description=_("proposed members"))
    def proposed(self, group):
        if not group.pk:
            return "–"
        found = proposed_members(group)
        if not found:
            return _("Nothing to propose yet.")
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li>{} {} – {}</li>",
                ((r.reference, r.title, r.lead) for r in found),
            ),
        )


admin.site.unregister(NetworkGroup)
admin.site.register(NetworkGroup, NetworkGroupWithMembersAdmin)
