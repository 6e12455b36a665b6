"""What matching keeps: the stored suggestions of each public registration (computed by
registrations.services.matching from registrations.matching) and the pairs coordinators
dismissed, which are never suggested again."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from registrations.models.registrations import Registration


class SuggestionKind(models.TextChoices):
    PEER = "peer", _("peer")
    MENTOR = "mentor", _("mentor")


class Suggestion(models.Model):
    """Another public registration worth knowing, with its score and the reasons as data
    (see registrations.matching.reasons for how they read)."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="suggestions",
        verbose_name=_("registration"),
    )
    other = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="+", verbose_name=_("suggested")
    )
    kind = models.CharField(_("kind"), max_length=6, choices=SuggestionKind.choices)
    score = models.PositiveSmallIntegerField(_("score"))
    reasons = models.JSONField(_("reasons"), default=list)

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        constraints = [
            models.UniqueConstraint(fields=["registration", "other"], name="suggestion_once")
        ]

    def __str__(self):
        return f"{self.registration_id} → {self.other_id} ({self.score})"


class Dismissal(models.Model):
    """A pair a coordinator decided is no match: never suggested again, either way round."""

    first = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="+", verbose_name=_("registration")
    )
    second = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="+", verbose_name=_("suggested")
    )
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("dismissed by"),
    )
    dismissed_at = models.DateTimeField(_("dismissed"), auto_now_add=True)

    class Meta:
        verbose_name = _("dismissed suggestion")
        verbose_name_plural = _("dismissed suggestions")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="dismissal_once"),
            # One row per pair: the smaller id first.
            models.CheckConstraint(condition=Q(first__lt=F("second")), name="dismissal_ordered"),
        ]

    def __str__(self):
        return f"{self.first_id} × {self.second_id}"
