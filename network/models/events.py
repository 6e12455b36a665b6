"""The network's events: kick-offs, workshops, seminars, webinars, sparring and the Day of
Failure, and umbrella events (the experiment week) that gather sub-events from many
municipalities. Sign-ups, which hold personal data, live beside the other submissions in
registrations and reach an event through its `signups` relation.

The statuses follow schema.org's EventStatusType (scheduled, postponed, cancelled), as
City-of-Helsinki/linkedevents does, so that the JSON-LD and the iCal feed say the same.
"""

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models.places import Municipality
from network.models.programmes import NetworkGroup, Programme
from network.models.topics import Topic


class EventKind(models.TextChoices):
    KICK_OFF = "kick_off", _("Kick-off")
    WORKSHOP = "workshop", _("Workshop")
    SEMINAR = "seminar", _("Seminar")
    WEBINAR = "webinar", _("Webinar")
    SPARRING = "sparring", _("Sparring")
    DAY_OF_FAILURE = "day_of_failure", _("Day of Failure")
    OTHER = "other", _("Other event")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def upcoming(self, now: datetime):
        """Not yet ended, the soonest first."""
        return self.filter(ends_at__gte=now).order_by("starts_at", "pk")

    def past(self, now: datetime):
        """Ended, the latest first."""
        return self.filter(ends_at__lt=now).order_by("-starts_at", "-pk")

    def for_listing(self):
        """What a card of an event shows: its place and region, in one query."""
        return self.select_related("municipality__region").defer(
            "description", "description_fi", "description_sv"
        )


class Event(models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(
        _("address name"),
        max_length=100,
        unique=True,
        help_text=_("The end of the event's address, such as kokeiluviikko-2026-turku."),
    )
    starts_at = models.DateTimeField(_("starts"), help_text=_("Finnish time."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("Finnish time."))
    address = models.CharField(_("address"), max_length=300, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("For the map on the event's page, such as 60.16952. Leave empty for none."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Such as 24.93545."),
    )
    online_url = models.URLField(_("online link"), max_length=500, blank=True)
    online_url_for_signed_up = models.BooleanField(
        _("online link only for those signed up"),
        default=True,
        help_text=_(
            "If checked, the link is sent in the confirmation e-mail and not shown on the page."
        ),
    )
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    topics = models.ManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="events"
    )
    programme = models.ForeignKey(
        Programme,
        verbose_name=_("programme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    group = models.ForeignKey(
        NetworkGroup,
        verbose_name=_("network group"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("umbrella event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sub_events",
        help_text=_("Such as the experiment week, of which this event is a part."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_message = models.TextField(
        _("message about the status"),
        blank=True,
        help_text=_("Shown on the page when the event is postponed or cancelled."),
    )
    is_published = models.BooleanField(
        _("published"), default=False, help_text=_("Only published events are shown on the site.")
    )
    # Sign-ups (registrations.SignUp): none unless the event takes them.
    takes_signups = models.BooleanField(_("takes sign-ups"), default=False)
    signups_open_at = models.DateTimeField(_("sign-up opens"), null=True, blank=True)
    signups_close_at = models.DateTimeField(_("sign-up closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waiting_capacity = models.PositiveIntegerField(
        _("places on the waiting list"), default=0, help_text=_("0 for no waiting list.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["is_published", "starts_at"], name="event_listing_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gte=F("starts_at")),
                name="event_ends_after_start",
                violation_error_message=_("The end cannot be before the start."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("network:event", args=[self.slug])

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("The end cannot be before the start.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both the latitude and the longitude, or neither.")
        if (
            self.signups_open_at
            and self.signups_close_at
            and self.signups_close_at < self.signups_open_at
        ):
            errors["signups_close_at"] = _("Sign-up cannot close before it opens.")
        if self.parent_id and self.parent_id == self.pk:
            errors["parent"] = _("An event cannot be a part of itself.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def public_online_url(self) -> str:
        """The online link the page may show: none when only those signed up get it."""
        return "" if self.online_url_for_signed_up else self.online_url

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def accepts_signups_at(self, moment: datetime) -> bool:
        """Whether the sign-up window is open now (seats are the sign-up service's to count)."""
        if not self.takes_signups or self.status == EventStatus.CANCELLED:
            return False
        if self.signups_open_at and moment < self.signups_open_at:
            return False
        closes = self.signups_close_at or self.starts_at
        return moment < closes


class EventMaterial(models.Model):
    """A link to what an event left behind: slides, a recording, a summary."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="materials", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("link"), max_length=500)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title
