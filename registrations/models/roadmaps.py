"""Municipalities' digital roadmaps (digitiekartta / digital färdplan).

A roadmap belongs to one municipality or to a group of them (a sub-region): a vision, the
starting and target level on each perspective, goals, and actions with a schedule, a
responsible body, a status and progress, linked to the experiments of the network. The shape
follows Kuntaliitto's municipal digital-roadmap model as far as it is public (our reading:
see the seed of Perspective in migrations/0091_roadmap_perspectives.py and docs/roadmaps.md).

The municipality writes it through a private link (services.roadmaps), coordinators curate it
in the admin; every change is kept in the audit history, which is how the public sees what a
roadmap said on an earlier date (public.roadmaps).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Municipality, Topic
from registrations.models.registrations import Registration

# The model's five-level scale: 1 is "just starting", 5 is "leading the way".
LEVELS = range(1, 6)
level_validators = [MinValueValidator(1), MaxValueValidator(5)]


class Perspective(models.Model):
    """One perspective on which a municipality rates its starting and target level."""

    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("in use"),
        default=True,
        help_text=_("A perspective no longer in use stays in the roadmaps that rated it."),
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("perspective")
        verbose_name_plural = _("perspectives")

    def __str__(self):
        return self.name


class RoadmapQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Roadmap(models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("The municipality or the group of municipalities, e.g. a sub-region."),
    )
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    municipalities = models.ManyToManyField(
        Municipality,
        related_name="roadmaps",
        verbose_name=_("municipalities"),
        help_text=_("One municipality, or every municipality of the group."),
    )
    vision = models.TextField(
        _("vision"), blank=True, help_text=_("The future the municipality wants to reach.")
    )
    start_year = models.PositiveSmallIntegerField(_("from year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("to year"), null=True, blank=True)
    owner = models.CharField(
        _("owner"),
        max_length=200,
        blank=True,
        help_text=_("Who coordinates the roadmap and follows it up."),
    )
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published roadmaps are shown on the site.")
    )
    # Raised by every new private link, so that older links stop working (services.links).
    link_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RoadmapQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("digital roadmap")
        verbose_name_plural = _("digital roadmaps")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True)
                | Q(start_year__isnull=True)
                | Q(end_year__gte=models.F("start_year")),
                name="roadmap_ends_after_start",
                violation_error_message=_("The last year cannot be before the first."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("registrations:roadmap", args=[self.slug])

    @property
    def years(self) -> str:
        if not self.start_year:
            return ""
        return f"{self.start_year}–{self.end_year or ''}"


class RoadmapLevel(models.Model):
    roadmap = models.ForeignKey(
        Roadmap, on_delete=models.CASCADE, related_name="levels", verbose_name=_("roadmap")
    )
    perspective = models.ForeignKey(
        Perspective, on_delete=models.PROTECT, related_name="levels", verbose_name=_("perspective")
    )
    start_level = models.PositiveSmallIntegerField(_("starting level"), validators=level_validators)
    target_level = models.PositiveSmallIntegerField(_("target level"), validators=level_validators)

    class Meta:
        ordering = ["perspective__order", "perspective__pk"]
        verbose_name = _("level")
        verbose_name_plural = _("starting and target levels")
        constraints = [
            models.UniqueConstraint(
                fields=["roadmap", "perspective"], name="roadmap_level_once_per_perspective"
            ),
            models.CheckConstraint(
                condition=Q(start_level__gte=1, start_level__lte=5)
                & Q(target_level__gte=1, target_level__lte=5),
                name="roadmap_level_on_the_scale",
            ),
        ]

    def __str__(self):
        return f"{self.perspective}: {self.start_level} → {self.target_level}"


class RoadmapGoal(models.Model):
    roadmap = models.ForeignKey(
        Roadmap, on_delete=models.CASCADE, related_name="goals", verbose_name=_("roadmap")
    )
    text = models.CharField(_("goal"), max_length=300)
    perspective = models.ForeignKey(
        Perspective,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="goals",
        verbose_name=_("perspective"),
    )
    topic = models.ForeignKey(
        Topic,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="roadmap_goals",
        verbose_name=_("topic"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self):
        return self.text


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    POSTPONED = "postponed", _("Postponed")


class RoadmapAction(models.Model):
    """A concrete action, scheduled by quarter (year and quarter) or by a date."""

    roadmap = models.ForeignKey(
        Roadmap, on_delete=models.CASCADE, related_name="actions", verbose_name=_("roadmap")
    )
    title = models.CharField(_("action"), max_length=300)
    perspective = models.ForeignKey(
        Perspective,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("perspective"),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    quarter = models.PositiveSmallIntegerField(
        _("quarter"),
        null=True,
        blank=True,
        choices=[(q, f"Q{q}") for q in range(1, 5)],
        help_text=_("Leave empty when the action is scheduled for the whole year."),
    )
    due_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("A date, if the action has one; it sets the year and the quarter."),
    )
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.PLANNED
    )
    progress = models.PositiveSmallIntegerField(
        _("progress %"), default=0, validators=[MaxValueValidator(100)]
    )
    own_experiments = models.ManyToManyField(
        Registration,
        blank=True,
        related_name="roadmap_actions",
        verbose_name=_("our experiments"),
    )
    learns_from = models.ManyToManyField(
        Registration,
        blank=True,
        related_name="learning_roadmap_actions",
        verbose_name=_("experiments we learn from"),
    )

    class Meta:
        ordering = ["year", models.F("quarter").asc(nulls_first=True), "due_on", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="roadmap_action_progress_at_most_100"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def when(self) -> str:
        if self.due_on:
            return self.due_on.strftime("%-d.%-m.%Y")
        if self.quarter:
            return f"Q{self.quarter}/{self.year}"
        return str(self.year)
