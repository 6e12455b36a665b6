"""Sign-ups to the network's events (network.Event): submissions with personal data, kept
beside the registrations so that the same outbox, retention, erasure and audit history reach
them (services.signups writes them, services.privacy removes them)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from network.models import Event, Municipality
from registrations.models.choices import Language


class SignUpStatus(models.TextChoices):
    ATTENDING = "attending", _("Has a seat")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class SignUpQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=SignUpStatus.CANCELLED)

    def attending(self):
        return self.filter(status=SignUpStatus.ATTENDING)

    def waiting(self):
        """The waiting list in its order: who came first moves up first."""
        return self.filter(status=SignUpStatus.WAITING).order_by("created_at", "pk")


class SignUp(models.Model):
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="signups", verbose_name=_("event")
    )
    status = models.CharField(_("status"), max_length=10, choices=SignUpStatus.choices)
    name = models.CharField(_("name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"))
    language = models.CharField(
        _("language for communication"), max_length=2, choices=Language.choices
    )
    needs = models.TextField(
        _("dietary or accessibility needs"),
        blank=True,
        help_text=_("Only the organisers see this."),
    )
    consented_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    # Raised on every new cancel link, so that only the newest one works (services.signups).
    link_version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymised_at = models.DateTimeField(_("personal data removed"), null=True, blank=True)

    objects = SignUpQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("sign-up")
        verbose_name_plural = _("sign-ups")
        indexes = [models.Index(fields=["event", "status", "created_at"], name="signup_list_idx")]

    def __str__(self):
        return self.name or str(_("(removed)"))


# The person's own details, blanked by retention and erasure (services.privacy).
SIGNUP_PERSONAL_FIELDS = ("name", "organisation", "email", "needs")
