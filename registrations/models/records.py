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
    # Sign-ups to events (services.signups): the e-mail goes to the person who signed up.
    SIGNUP_CONFIRMATION = "signup_confirmation", _("Sign-up confirmation")
    SIGNUP_PROMOTED = "signup_promoted", _("Seat from the waiting list")
    SIGNUP_CANCELLED = "signup_cancelled", _("Sign-up cancelled")
    EVENT_MESSAGE = "event_message", _("Message about an event")
    INTRODUCTION_PROPOSED = "introduction", _("Introduction proposed")
    INTRODUCTION_MADE = "introduced", _("Introduction made")
    CONTACT = "contact", _("Message through the site")
    CONTACT_COPY = "contact_copy", _("Copy of a message to its sender")
    ROADMAP_LINK = "roadmap_link", _("Link to a digital roadmap")
    REPORT_REVIEW = "report_review", _("Review of a report to the contact person")
    REPORT_REMINDER = "report_reminder", _("Report reminder to the contact person")
    REPORT_NOTICE = "report_notice", _("Notice of a report to the coordinators")


class EmailState(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class SentEmail(models.Model):
    """The outbox and the log of e-mail about registrations. A service queues the message,
    rendered, in the transaction that makes the change it tells of; the mail worker
    (manage.py send_mail) sends it, tries again with growing pauses, and after the last try
    leaves it failed, for a coordinator to see and send again.

    The bodies hold the private link and the contact details, so they are kept only while the
    message waits: the worker blanks them once it is sent or given up (a message sent again is
    rendered afresh).
    """

    # One of the two: the registration or the event sign-up the message is about.
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("registration"),
    )
    signup = models.ForeignKey(
        "registrations.SignUp",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("sign-up"),
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
    # The roadmap a ROADMAP_LINK opens; its registration is the one that made the address known.
    roadmap = models.ForeignKey(
        "registrations.Roadmap",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("digital roadmap"),
    )
    report = models.ForeignKey(
        "registrations.Report",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
        verbose_name=_("report"),
    )
    recipients = models.TextField(_("recipients"))
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=250)
    text_body = models.TextField(_("text"), blank=True)
    html_body = models.TextField(_("HTML"), blank=True)
    # A calendar entry (.ics) sent with a sign-up's confirmation; blanked with the bodies.
    attachment_name = models.CharField(_("attachment"), max_length=100, blank=True)
    attachment = models.TextField(_("attachment content"), blank=True)
    state = models.CharField(
        _("state"), max_length=6, choices=EmailState.choices, default=EmailState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("queued"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        indexes = [
            models.Index(fields=["state", "-created_at"], name="sentemail_state_idx"),
            # What the worker asks for each time it looks: the queued messages that are due.
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(state="queued"),
                name="sentemail_due_idx",
            ),
        ]

    def __str__(self):
        return f"{self.subject} → {self.recipients}"

    @property
    def about(self) -> str:
        """What the message is about, for logs: a reference, never an address."""
        if self.registration_id:
            return self.registration.reference
        return f"sign-up {self.signup_id}"


class LinkRequest(models.Model):
    """Someone asked for new private links to the registrations of this address. The mail
    worker looks the address up and queues the links, so that the request takes the same
    time whether or not the address is known; then it deletes the request."""

    email = models.EmailField(_("e-mail"))
    # Set when the request is for a link to this municipality's digital roadmap.
    roadmap_municipality = models.ForeignKey(
        "network.Municipality",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("roadmap of"),
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("request for new links")
        verbose_name_plural = _("requests for new links")

    def __str__(self):
        return f"{self.email} ({self.requested_at:%Y-%m-%d %H:%M})"
