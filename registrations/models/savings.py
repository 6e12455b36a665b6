"""Cost savings in a form that can be summed.

The same Savings hold an experimenter's reported savings (one row per report) and an
influencer's savings of a reform already made (a row of the registration itself, no report),
so that both sum together. What a coordinator verified is kept apart from what was reported:
the figures stay as the participant wrote them, the verification says who checked them."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from registrations.models import arithmetic
from registrations.models.choices import Status
from registrations.models.registrations import FIRST_YEAR, MAX_EUROS, TEXT_MAX, Registration

NOT_BELOW_ZERO = _("A cost cannot be below zero. Write 0 if there was none.")


def _euros(label, help_text=""):
    return models.DecimalField(
        label,
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal(0), message=NOT_BELOW_ZERO),
            MaxValueValidator(Decimal(MAX_EUROS)),
        ],
        help_text=help_text,
    )


class SavingsQuerySet(models.QuerySet):
    def counted(self):
        """The figures the site sums: each public registration's current savings (the latest
        accepted report's, or an influencer's own), one row per registration."""
        return self.filter(is_current=True, registration__status=Status.ACCEPTED)

    def verified(self):
        return self.filter(verified_at__isnull=False)

    def reported_only(self):
        return self.filter(verified_at__isnull=True)

    def with_net_saving(self):
        """Each row's net saving in SQL (annual cost before less after), for sums and sorting."""
        return self.annotate(net_saving=F("cost_before") - F("cost_after"))


class Savings(models.Model):
    """Annual costs before and after, one-off costs and hours saved, over a period, with the
    method of calculation; computed from them, never stored: the net saving, the payback time
    and the saving per resident (see arithmetic.py)."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="savings",
        verbose_name=_("registration"),
    )
    # None for an influencer's savings, told of the reform itself.
    report = models.OneToOneField(
        "registrations.Report",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="savings",
        verbose_name=_("report"),
    )
    cost_before = _euros(
        _("annual cost before (€ per year)"),
        _("What the work cost in a year before the change, as a baseline."),
    )
    cost_after = _euros(
        _("annual cost after (€ per year)"), _("What the same work costs in a year now.")
    )
    one_off_costs = _euros(
        _("one-off costs (€)"), _("For example, acquisitions, set-up work and training.")
    )
    hours_saved = models.DecimalField(
        _("staff hours saved per year"),
        max_digits=9,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal(0), message=_("Hours cannot be below zero.")),
            MaxValueValidator(Decimal(10_000_000)),
        ],
    )
    from_year = models.PositiveSmallIntegerField(
        _("period from (year)"), null=True, blank=True, validators=[MinValueValidator(FIRST_YEAR)]
    )
    to_year = models.PositiveSmallIntegerField(
        _("period until (year)"), null=True, blank=True, validators=[MinValueValidator(FIRST_YEAR)]
    )
    method = models.TextField(
        _("method of calculation"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("For example, hours of work saved times the cost of an hour."),
    )
    # An after-cost higher than the baseline is allowed (an honest cost increase) once the
    # participant confirms that it is what they meant.
    cost_increase_confirmed = models.BooleanField(
        _("the cost grew, and the figures are right"), default=False
    )

    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    verification_note = models.TextField(_("verification note"), blank=True)

    # The registration's savings that the site sums (kept by services.savings).
    is_current = models.BooleanField(_("counted"), default=False, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SavingsQuerySet.as_manager()

    class Meta:
        ordering = ["registration_id", "pk"]
        verbose_name = _("savings")
        verbose_name_plural = _("savings")
        constraints = [
            models.CheckConstraint(
                condition=Q(cost_before__isnull=True) | Q(cost_before__gte=0),
                name="savings_baseline_not_negative",
                violation_error_message=NOT_BELOW_ZERO,
            ),
            models.CheckConstraint(
                condition=Q(from_year__isnull=True)
                | Q(to_year__isnull=True)
                | Q(to_year__gte=F("from_year")),
                name="savings_period_in_order",
                violation_error_message=_("The last year cannot be before the first."),
            ),
            # An influencer's own savings: one row per registration.
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(report__isnull=True),
                name="savings_one_of_registration",
            ),
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(is_current=True),
                name="savings_one_current",
            ),
        ]

    def __str__(self):
        return f"{self.registration.reference}: {self.net_saving}"

    def clean(self):
        errors = {}
        if self.from_year and self.to_year and self.to_year < self.from_year:
            errors["to_year"] = _("The last year cannot be before the first.")
        if self.cost_grew and not self.cost_increase_confirmed:
            errors["cost_increase_confirmed"] = _(
                "The annual cost after is higher than before. Check the figures, and if they "
                "are right, confirm that the cost grew."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def cost_grew(self) -> bool:
        return (
            self.cost_before is not None
            and self.cost_after is not None
            and self.cost_after > self.cost_before
        )

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    @property
    def net_saving(self) -> Decimal | None:
        return arithmetic.net_saving(self.cost_before, self.cost_after)

    @property
    def payback_years(self) -> Decimal | None:
        return arithmetic.payback_years(self.one_off_costs, self.net_saving)

    @property
    def payback_count(self) -> int:
        """The payback time as a whole number for choosing "year" or "years" (1.5 reads as
        years, as a number other than one)."""
        return 1 if self.payback_years == 1 else 2

    @property
    def residents(self) -> int:
        """The population of the participating municipalities (prefetch
        registration__municipalities)."""
        return sum(m.population or 0 for m in self.registration.municipalities.all())

    @property
    def per_resident(self) -> Decimal | None:
        return arithmetic.per_resident(self.net_saving, self.residents)

    @property
    def method_language(self) -> str:
        """The language of its method on a page in the active language: the page's own when
        written in it, else the other (the fallback shown)."""
        language = get_language()
        if getattr(self, f"method_{language}", None):
            return language
        return "sv" if language == "fi" else "fi"

    @property
    def is_empty(self) -> bool:
        return all(
            getattr(self, name) in (None, "")
            for name in ("cost_before", "cost_after", "one_off_costs", "hours_saved", "method")
        )
