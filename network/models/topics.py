"""The topics on which municipalities experiment; coordinators edit them."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class TopicQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active topics can be chosen when registering.")
    )
    is_other = models.BooleanField(
        _("asks for a description"),
        default=False,
        help_text=_("Registrants who choose this topic must say in their own words what it is."),
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:topic", args=[self.slug])
