"""Introductions coordinators make between two registrations: peers, or a mentor (an
influencer, kokeilukummi) and an experimenter. Contact details pass between them only once both
have agreed; the relation is shown on public pages only once both have agreed to that too."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from registrations.models.matching import SuggestionKind
from registrations.models.registrations import Registration


class IntroductionState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    INTRODUCED = "introduced", _("Introduced")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


# The states a coordinator may move an introduction to, from each state. Proposed becomes
# introduced only when both contact persons agree (services.introductions.agree).
NEXT_STATES = {
    IntroductionState.PROPOSED: {IntroductionState.CANCELLED},
    IntroductionState.INTRODUCED: {IntroductionState.ACTIVE, IntroductionState.CANCELLED},
    IntroductionState.ACTIVE: {IntroductionState.COMPLETED, IntroductionState.CANCELLED},
    IntroductionState.COMPLETED: set(),
    IntroductionState.CANCELLED: set(),
}
# Mentoring that has happened or happens now: what the statistics count.
TAKEN_PLACE = (IntroductionState.ACTIVE, IntroductionState.COMPLETED)


class IntroductionQuerySet(models.QuerySet):
    def of(self, registration):
        return self.filter(Q(first=registration) | Q(second=registration))

    def public(self):
        """Shown on public pages: both agreed to it, both registrations are public, and it
        has not been cancelled."""
        return self.filter(
            first_public=True,
            second_public=True,
            first__status="accepted",
            second__status="accepted",
            state__in=[
                IntroductionState.INTRODUCED,
                IntroductionState.ACTIVE,
                IntroductionState.COMPLETED,
            ],
        )

    def mentoring(self):
        return self.filter(kind=SuggestionKind.MENTOR)


class Introduction(models.Model):
    """Two registrations introduced to each other. For mentoring the first is the mentor (an
    influencer) and the second the experimenter."""

    kind = models.CharField(
        _("kind"), max_length=6, choices=SuggestionKind.choices, default=SuggestionKind.PEER
    )
    first = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="introductions_as_first",
        verbose_name=_("mentor or first registration"),
    )
    second = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="introductions_as_second",
        verbose_name=_("experimenter or second registration"),
    )
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=IntroductionState.choices,
        default=IntroductionState.PROPOSED,
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    proposed_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    introduced_at = models.DateTimeField(_("introduced"), null=True, blank=True)
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    outcome = models.TextField(
        _("outcome"),
        max_length=1000,
        blank=True,
        help_text=_("In a few sentences: what came of it."),
    )
    # Each contact person's consent: to share contact details, and to show it in public.
    first_agreed_at = models.DateTimeField(_("first agreed"), null=True, blank=True)
    second_agreed_at = models.DateTimeField(_("second agreed"), null=True, blank=True)
    first_public = models.BooleanField(_("first agrees to show it in public"), default=False)
    second_public = models.BooleanField(_("second agrees to show it in public"), default=False)

    objects = IntroductionQuerySet.as_manager()

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("introduction")
        verbose_name_plural = _("introductions")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="introduction_once"),
            models.CheckConstraint(condition=~Q(first=F("second")), name="introduction_of_two"),
        ]

    def __str__(self):
        return f"{self.first} → {self.second}"

    @property
    def is_mentoring(self) -> bool:
        return self.kind == SuggestionKind.MENTOR

    def side_of(self, registration) -> str:
        """ "first" or "second": which side the registration is on."""
        return "first" if registration.pk == self.first_id else "second"

    def other_than(self, registration):
        return self.second if registration.pk == self.first_id else self.first

    def has_agreed(self, registration) -> bool:
        return getattr(self, f"{self.side_of(registration)}_agreed_at") is not None
