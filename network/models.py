from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.text import fold
from network.validators import validate_business_id


class Region(models.Model):
    """A region (maakunta / landskap) of the Statistics Finland classification."""

    code = models.CharField(_("code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:region", args=[self.code])


class LanguageStatus(models.TextChoices):
    FINNISH = "fi", _("Finnish-speaking")
    BILINGUAL_FINNISH = "bilingual_fi", _("Bilingual, Finnish-speaking majority")
    BILINGUAL_SWEDISH = "bilingual_sv", _("Bilingual, Swedish-speaking majority")
    SWEDISH = "sv", _("Swedish-speaking")


class StatisticalGroup(models.TextChoices):
    URBAN = "urban", _("Urban municipality")
    SEMI_URBAN = "semi_urban", _("Semi-urban municipality")
    RURAL = "rural", _("Rural municipality")


class MunicipalityQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def matching(self, text: str):
        """Municipalities whose Finnish or Swedish name contains the text, or whose code it is."""
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(search_key__contains=fold(text)) | Q(code=text))


class Municipality(models.Model):
    code = models.CharField(_("municipality code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=100)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, related_name="municipalities", verbose_name=_("region")
    )
    language_status = models.CharField(
        _("language status"), max_length=12, choices=LanguageStatus.choices
    )
    population = models.PositiveIntegerField(_("population"))
    population_year = models.PositiveSmallIntegerField(_("population on 31 December of"))
    statistical_group = models.CharField(
        _("statistical group"), max_length=10, choices=StatisticalGroup.choices
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("A municipality that has merged into another one is kept, but inactive."),
    )
    # Both names folded (see network.text), written by the reference data loader.
    search_key = models.CharField(max_length=210, editable=False, default="")

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        # modeltranslation orders by the name in the active language.
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("network:municipality", args=[self.code])

    @property
    def other_name(self) -> str:
        """The name in the other language, when it differs (Turku has Åbo, Akaa has Ackas)."""
        names = {self.name_fi, self.name_sv} - {self.name}
        return names.pop() if names else ""


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
