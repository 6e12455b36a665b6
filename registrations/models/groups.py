"""Members of the network's thematic groups (network.NetworkGroup): registrations that a
coordinator has brought into a group. Kept here, beside the registrations, because the network
app never knows them; its group page reaches them through the reverse relation
(group.memberships.public_members())."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import NetworkGroup
from registrations.models.registrations import Registration


class GroupMembershipQuerySet(models.QuerySet):
    def public_members(self):
        """The public registrations among these members, as cards show them: two queries."""
        return (
            Registration.objects.public()
            .for_listing()
            .filter(pk__in=self.values("registration_id"))
            .newest_first()
        )


class GroupMembership(models.Model):
    group = models.ForeignKey(
        NetworkGroup,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("network group"),
    )
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="group_memberships",
        verbose_name=_("registration"),
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = GroupMembershipQuerySet.as_manager()

    class Meta:
        ordering = ["group", "-added_at"]
        verbose_name = _("group member")
        verbose_name_plural = _("group members")
        constraints = [
            models.UniqueConstraint(fields=["group", "registration"], name="membership_once")
        ]

    def __str__(self):
        return f"{self.group}: {self.registration}"
