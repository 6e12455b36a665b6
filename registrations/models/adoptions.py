"""The municipalities that took the model of an experiment or reform up: told by the
participant in a report or recorded by a coordinator, public once a coordinator confirmed it."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import Municipality
from registrations.models.registrations import FIRST_YEAR, TEXT_MAX, Registration


class AdoptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Adoption(models.Model):
    """Another municipality took the model of this experiment or reform up: told by the
    participant in a report or by a coordinator, shown once a coordinator has confirmed it."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("experiment"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="adopted_models",
        verbose_name=_("adopted by"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)]
    )
    note = models.TextField(_("note"), max_length=TEXT_MAX, blank=True)
    reported_in = models.ForeignKey(
        "registrations.Report",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adoptions",
        verbose_name=_("reported in"),
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("confirmed by"),
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = AdoptionQuerySet.as_manager()

    class Meta:
        ordering = ["year", "pk"]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "municipality"],
                name="adoption_once_per_municipality",
                violation_error_message=_("This municipality is already listed as adopting it."),
            )
        ]

    def __str__(self):
        return f"{self.registration.reference} → {self.municipality} ({self.year})"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def shown_language(self) -> str:
        """The language of its note on a page in the active language (see Report)."""
        language = get_language()
        if getattr(self, f"note_{language}", None):
            return language
        return "sv" if language == "fi" else "fi"
