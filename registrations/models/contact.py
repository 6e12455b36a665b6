"""Messages sent through the portal to the contact person of a public experiment ("Ota
yhteyttä" / "Kontakta"): kept for coordinators for a while (services.privacy), never shown in
public. The recipient's address is never shown to the sender."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from registrations.models.choices import Language
from registrations.models.registrations import Registration

MESSAGE_MAX = 2000


class ContactMessage(models.Model):
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="contact_messages",
        verbose_name=_("experiment"),
    )
    sender_name = models.CharField(_("your name"), max_length=150)
    sender_organisation = models.CharField(
        _("your organisation"),
        max_length=200,
        help_text=_("For example, the municipality or company you work for."),
    )
    sender_email = models.EmailField(
        _("your e-mail"), help_text=_("The contact person answers you at this address.")
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.registration_id}: {self.sender_organisation}"
