"""The network's programmes and their editions (Digikuntakokeilu, Kokeiluviikko,
Digiverkostohanke, …), and the thematic groups coordinators form inside the network.

Calls (in registrations) belong to a programme; events belong to a programme or a group.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models.places import Municipality
from network.models.topics import Topic


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class Programme(models.Model):
    """A programme or one edition of it: it groups calls, events and, through them, experiments."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    organiser = models.CharField(
        _("organiser"), max_length=200, blank=True, help_text=_("For example, the ministry.")
    )
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(
        _("last year"), null=True, blank=True, help_text=_("Leave empty while it goes on.")
    )
    is_published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Only published programmes are shown on the site."),
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["start_year", "pk"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__isnull=True) | Q(end_year__gte=F("start_year")),
                name="programme_ends_after_start",
                violation_error_message=_("The last year cannot be before the first."),
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The last year cannot be before the first.")})

    @property
    def years(self) -> str:
        if self.end_year == self.start_year:
            return str(self.start_year)
        return f"{self.start_year}–{self.end_year or ''}"


class NetworkGroup(models.Model):
    """A thematic group (teemaryhmä / temagrupp): a circle around a topic or a shared problem."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="groups",
    )
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), blank=True, related_name="groups"
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    is_published = models.BooleanField(
        _("public"), default=False, help_text=_("Only public groups have a page on the site.")
    )

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("network group")
        verbose_name_plural = _("network groups")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="group_ends_after_start",
                violation_error_message=_("The end cannot be before the start."),
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:group", args=[self.slug])

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot be before the start.")})
