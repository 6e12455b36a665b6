from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from digikunta.formats import euros
from registrations.models.choices import Role


class CallState(models.TextChoices):
    UPCOMING = "upcoming", _("Opens later")
    OPEN = "open", _("Open")
    LATE = "late", _("Late registrations accepted")
    CLOSED = "closed", _("Closed")


class CallRoles(models.TextChoices):
    BOTH = "both", _("Experimenters and influencers")
    KOKEILIJA = Role.KOKEILIJA.value, _("Experimenters only")
    VAIKUTTAJA = Role.VAIKUTTAJA.value, _("Influencers only")


class CallQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def accepting_at(self, moment: datetime):
        """Published calls that take registrations at this moment, late ones included."""
        return self.published().filter(
            Q(opens_at__lte=moment)
            & (Q(closes_at__gte=moment) | Q(late_until__isnull=False, late_until__gte=moment))
        )

    def upcoming_at(self, moment: datetime):
        return self.published().filter(opens_at__gt=moment)

    def past_at(self, moment: datetime):
        return self.published().filter(
            Q(closes_at__lt=moment) & (Q(late_until__isnull=True) | Q(late_until__lt=moment))
        )


class Call(models.Model):
    """A call for participation: a window in which municipalities can register."""

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(
        _("registration deadline"), help_text=_("Registrations are on time until this moment.")
    )
    late_until = models.DateTimeField(
        _("late registrations until"),
        null=True,
        blank=True,
        help_text=_("Leave empty if late registrations are not accepted."),
    )
    programme = models.ForeignKey(
        "network.Programme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="calls",
    )
    roles = models.CharField(
        _("who can register"), max_length=10, choices=CallRoles.choices, default=CallRoles.BOTH
    )
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published calls are shown on the site.")
    )
    # When the accepted participants of this call owe their reports (send_report_reminders).
    progress_report_due = models.DateField(
        _("progress report due"),
        null=True,
        blank=True,
        help_text=_("Leave empty if no progress report is asked for."),
    )
    final_report_due = models.DateField(
        _("final report due"),
        null=True,
        blank=True,
        help_text=_("Leave empty until the date is known."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at", "pk"]
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")),
                name="call_closes_after_opening",
                violation_error_message=_("The deadline must be after the opening."),
            ),
            models.CheckConstraint(
                condition=Q(late_until__isnull=True) | Q(late_until__gt=models.F("closes_at")),
                name="call_late_after_deadline",
                violation_error_message=_("Late registrations must end after the deadline."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("registrations:call", args=[self.slug])

    def clean(self):
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The deadline must be after the opening.")
        if self.late_until and self.closes_at and self.late_until <= self.closes_at:
            errors["late_until"] = _("Late registrations must end after the deadline.")
        if errors:
            raise ValidationError(errors)

    @property
    def last_moment(self) -> datetime:
        return self.late_until or self.closes_at

    def state_at(self, moment: datetime) -> CallState:
        if moment < self.opens_at:
            return CallState.UPCOMING
        if moment <= self.closes_at:
            return CallState.OPEN
        if self.late_until and moment <= self.late_until:
            return CallState.LATE
        return CallState.CLOSED

    @property
    def state(self) -> CallState:
        return self.state_at(timezone.now())

    def accepts_role(self, role: str) -> bool:
        return self.roles in (CallRoles.BOTH, role)

    @property
    def accepted_roles(self) -> list[Role]:
        return [role for role in Role if self.accepts_role(role)]

    def fee_for(self, population: int) -> int | None:
        """The participation fee in euros for a municipality of this size, if the call has fees.

        Uses the fee tiers already loaded (prefetch them), smallest upper limit first.
        """
        tiers = sorted(
            self.fee_tiers.all(),
            key=lambda tier: (tier.max_population is None, tier.max_population),
        )
        for tier in tiers:
            if tier.max_population is None or population <= tier.max_population:
                return tier.fee_eur
        return None


class FeeTier(models.Model):
    """Participation fee by the lead municipality's population (fees set by municipality size)."""

    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="fee_tiers", verbose_name=_("call")
    )
    max_population = models.PositiveIntegerField(
        _("population up to"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the tier that covers all larger municipalities."),
    )
    fee_eur = models.PositiveIntegerField(_("fee (€)"))

    class Meta:
        ordering = ["call", models.F("max_population").asc(nulls_last=True)]
        verbose_name = _("fee tier")
        verbose_name_plural = _("fee tiers")
        constraints = [
            models.UniqueConstraint(
                fields=["call", "max_population"],
                name="fee_tier_unique_limit",
                violation_error_message=_("This call has a tier with this limit already."),
            ),
            models.UniqueConstraint(
                fields=["call"],
                condition=Q(max_population__isnull=True),
                name="fee_tier_one_open_ended",
                violation_error_message=_("A call can have only one tier without an upper limit."),
            ),
        ]

    def __str__(self):
        if self.max_population is None:
            return _("%(fee)s for larger municipalities") % {"fee": euros(self.fee_eur)}
        return _("%(fee)s up to %(population)s inhabitants") % {
            "fee": euros(self.fee_eur),
            "population": self.max_population,
        }
