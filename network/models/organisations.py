"""Organisations: every actor that is not a municipality."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from network.models.places import Region
from network.validators import validate_business_id


class OrganisationKind(models.TextChoices):
    REGIONAL_COUNCIL = "regional_council", _("Regional council")
    JOINT_AUTHORITY = "joint_authority", _("Joint municipal authority")
    WELLBEING_SERVICES_COUNTY = "wellbeing_county", _("Wellbeing services county")
    STATE_AGENCY = "state_agency", _("State agency")
    EDUCATION_RESEARCH = "education_research", _("Education or research")
    COMPANY = "company", _("Company")
    ASSOCIATION = "association", _("Association or foundation")
    OTHER = "other", _("Other organisation")


class Organisation(models.Model):
    """Any actor that is not a municipality: a region, a company, an association, an agency."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=OrganisationKind.choices)
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        blank=True,
        validators=[validate_business_id],
        help_text=_("Finnish business ID (Y-tunnus), for example 0245437-2."),
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organisations",
        verbose_name=_("region"),
    )
    website = models.URLField(_("website"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["business_id"],
                condition=~Q(business_id=""),
                name="organisation_business_id_unique",
                violation_error_message=_("An organisation with this business ID exists already."),
            )
        ]

    def __str__(self):
        return self.name
