from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from registrations.models.choices import Language, Status
from registrations.models.registrations import Registration


class Decision(models.Model):
    """A coordinator's decision on a registration: who, when, what and the message sent."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="decisions",
        verbose_name=_("registration"),
    )
    status = models.CharField(_("decision"), max_length=14, choices=Status.choices)
    message = models.TextField(_("message to the contact person"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return f"{self.registration.reference}: {self.get_status_display()}"


class EmailKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("Confirmation to the contact person")
    COORDINATOR_NOTICE = "coordinator_notice", _("Notice to the coordinators")
    DECISION = "decision", _("Decision to the contact person")
    NEW_LINK = "new_link", _("New link to the contact person")


class EmailState(models.TextChoices):
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class SentEmail(models.Model):
    """Every e-mail the site tried to send about a registration, so that a failure is visible
    to coordinators and can be sent again."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="emails",
        verbose_name=_("registration"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=EmailKind.choices)
    decision = models.ForeignKey(
        Decision,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("decision"),
    )
    recipients = models.TextField(_("recipients"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=250)
    state = models.CharField(_("state"), max_length=6, choices=EmailState.choices)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("tried"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        indexes = [models.Index(fields=["state", "-created_at"], name="sentemail_state_idx")]

    def __str__(self):
        return f"{self.subject} → {self.recipients}"
