"""Where municipalities are: regions and municipalities from Statistics Finland."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.text import fold


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
    # Municipalities whose boundaries touch, computed once from Statistics Finland's boundaries
    # by the reference data loader (network.reference_data.neighbours).
    neighbours = models.ManyToManyField(
        "self", blank=True, editable=False, verbose_name=_("neighbouring municipalities")
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
