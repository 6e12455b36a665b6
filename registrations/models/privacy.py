"""The record of each use of the personal-data tool: who looked for, exported or erased one
person's data, when, and how much was found. The person's address is not kept: only a keyed
hash of it (see services.personal_data), so that the record of an erasure does not itself
hold what was erased."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonalDataAction(models.TextChoices):
    FIND = "find", _("Looked for the data")
    EXPORT = "export", _("Downloaded the data")
    ERASE = "erase", _("Erased the data")


class PersonalDataRequest(models.Model):
    action = models.CharField(_("action"), max_length=6, choices=PersonalDataAction.choices)
    address_hash = models.CharField(
        _("address (keyed hash)"), max_length=64, db_index=True, editable=False
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("made by"),
    )
    # digikunta.audit's source: the admin, or the command that was run.
    source = models.CharField(_("source"), max_length=100, blank=True)
    made_at = models.DateTimeField(_("time"), auto_now_add=True)
    # How many of each kind of record were found (or erased): {"registrations": 1, …}.
    counts = models.JSONField(_("found"), default=dict)

    class Meta:
        ordering = ["-made_at", "-pk"]
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")
        permissions = [
            ("find_personal_data", _("Can find and export one person's data")),
            ("erase_personal_data", _("Can erase one person's data")),
        ]

    def __str__(self):
        return f"{self.get_action_display()} {self.made_at:%Y-%m-%d %H:%M}"
