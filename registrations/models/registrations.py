"""A registration: one experiment (kokeilija) or one reform to learn from (vaikuttaja), the
QuerySet that decides what is public, and its reference numbers. Over 400 lines for a reason:
each field carries the label and help text that the forms and the admin read (see roles.py)."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import Municipality, Organisation, Region, Topic
from registrations.models.calls import Call
from registrations.models.choices import Language, Phase, Role, Sharing, Status, Support
from registrations.models.roles import ROLE_FIELDS, RoleFields

# The contact person's data is for coordinators only: public() defers these columns, so any
# public page that touched one would cost an extra query and fail its assertNumQueries test.
CONTACT_FIELDS = (
    "contact_name",
    "contact_title",
    "contact_email",
    "contact_phone",
    "contact_language",
)

# How long a registrant's text may be, and the largest sum of euros anyone would mean.
TEXT_MAX = 4000
MAX_EUROS = 100_000_000
# The first year savings can be reported from.
FIRST_YEAR = 1990


def validate_not_in_future(year: int) -> None:
    this_year = timezone.localdate().year
    if year is not None and year > this_year:
        raise ValidationError(
            _("Ensure this value is less than or equal to %(limit_value)s."),
            code="max_value",
            params={"limit_value": this_year},
        )


def phase_of(role: str, starts_on: date | None, ends_on: date | None, today: date) -> Phase:
    """Where an experiment stands: reforms are made; experiments are planned until they start,
    ongoing until they end, then ended."""
    if role == Role.VAIKUTTAJA:
        return Phase.IMPLEMENTED
    if starts_on is None or starts_on > today:
        return Phase.PLANNED
    if ends_on is not None and ends_on < today:
        return Phase.ENDED
    return Phase.ONGOING


class RegistrationQuerySet(models.QuerySet):
    def public(self):
        """What the public may see: accepted registrations, without the contact person."""
        return self.filter(status=Status.ACCEPTED).defer(*CONTACT_FIELDS)

    def newest_first(self):
        """The latest published first (ties, as in a bulk import, by the latest added)."""
        return self.order_by("-published_at", "-pk")

    def experimenting(self):
        return self.filter(role=Role.KOKEILIJA)

    def influencing(self):
        return self.filter(role=Role.VAIKUTTAJA)

    def count_by_role(self) -> dict[str, int]:
        """{"experimenting": n, "influencing": n}, in one query: for pages of the network app,
        which does not know the roles."""
        counts = dict(self.values_list("role").annotate(n=models.Count("pk")).order_by())
        return {role.group: counts.get(role.value, 0) for role in Role}

    def for_listing(self):
        """Everything an experiment card shows, fetched up front."""
        return (
            self.select_related("call", "lead_municipality", "lead_organisation")
            .prefetch_related("topics")
            .with_counted_saving()
        )

    def with_counted_saving(self):
        """Its counted net saving a year (net_saving, None without both annual costs) and
        whether a coordinator verified it (net_saving_verified): two columns of the same
        query, so that a card shows them with no query of its own."""
        from registrations.models.savings import Savings

        counted = Savings.objects.filter(
            registration=models.OuterRef("pk"),
            is_current=True,
            cost_before__isnull=False,
            cost_after__isnull=False,
        ).order_by()
        net = counted.annotate(net=models.F("cost_before") - models.F("cost_after"))
        return self.annotate(
            net_saving=models.Subquery(net.values("net")[:1]),
            net_saving_verified=models.Exists(counted.filter(verified_at__isnull=False)),
        )


class RegistrationManager(models.Manager.from_queryset(RegistrationQuerySet)):
    # The reverse relations of places and topics, and the facet their search keys are of.
    LISTED_BY = {"municipalities": "municipality", "regions": "region", "topics": "topic"}

    def listing(self):
        """The public experiments of the municipality, region or topic this manager is
        reached from (municipality.registrations.listing()), answered from the search table
        (see search.PlaceListing) instead of joins through the registrations' wide table."""
        from registrations.models.search import PlaceListing

        field = getattr(self, "query_field_name", None)
        if field not in self.LISTED_BY:
            raise TypeError("listing() is for municipality, region or topic .registrations")
        return PlaceListing(self.LISTED_BY[field], self.instance.pk)

    def alike_municipalities(self, limit: int = 8):
        """Municipalities working on the same things as the municipality this manager is reached
        from (municipality.registrations.alike_municipalities()): see matching.selectors."""
        from registrations.matching.selectors import similar_municipalities

        if getattr(self, "query_field_name", None) != "municipalities":
            raise TypeError("alike_municipalities() is for municipality.registrations")
        return similar_municipalities(self.instance.pk, limit=limit)


class Registration(models.Model):
    """One experiment (kokeilija) or one reform to learn from (vaikuttaja)."""

    reference = models.CharField(_("reference number"), max_length=16, unique=True, editable=False)
    call = models.ForeignKey(
        Call, on_delete=models.PROTECT, related_name="registrations", verbose_name=_("call")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.SUBMITTED
    )
    language = models.CharField(
        _("written in"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )

    # Who: a lead (a municipality or another organisation) and the others taking part.
    lead_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_registrations",
        verbose_name=_("lead municipality"),
    )
    lead_organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_registrations",
        verbose_name=_("lead organisation"),
    )
    municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="registrations",
        verbose_name=_("municipalities taking part"),
        help_text=_("All municipalities taking part, the lead municipality included."),
    )
    partner_organisations = models.ManyToManyField(
        Organisation,
        blank=True,
        related_name="partner_registrations",
        verbose_name=_("partner organisations"),
    )
    # Kept in step with the participants by services.sync_participants(), so that a region's
    # page and the region filter need no chain of joins.
    regions = models.ManyToManyField(
        Region, blank=True, editable=False, related_name="registrations", verbose_name=_("regions")
    )
    topics = models.ManyToManyField(Topic, related_name="registrations", verbose_name=_("topics"))
    other_topic = models.CharField(_("other topic, in your own words"), max_length=200, blank=True)

    # What. Written in one language; coordinators may add the other in the admin.
    # Which of these each role answers, and which it must: see roles.ROLE_FIELDS.
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("A short, clear name, for example “Chatbot for library customer service”."),
    )
    idea = models.TextField(
        _("the experiment idea"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What do you want to try out, and why?"),
    )
    goal = models.TextField(
        _("goal and how success is measured"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What should change, and how will you know that it did?"),
    )
    customer_effect = models.TextField(
        _("effect on customer experience"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("How would residents or other customers notice the change?"),
    )
    partnerships = models.TextField(
        _("partnerships considered"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("Companies, associations, researchers or other public bodies."),
    )
    support_details = models.TextField(
        _("support wanted, in more detail"), max_length=TEXT_MAX, blank=True
    )
    reform = models.TextField(
        _("the reform already made"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What did you change in your way of working?"),
    )
    changes = models.TextField(
        _("what changed and how digital tools were used"), max_length=TEXT_MAX, blank=True
    )
    savings_method = models.TextField(
        _("how the savings were calculated"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("For example, hours of work saved times the cost of an hour."),
    )
    other_results = models.TextField(_("other results"), max_length=TEXT_MAX, blank=True)
    sharing_details = models.TextField(
        _("what can be shared, in more detail"), max_length=TEXT_MAX, blank=True
    )

    savings_eur_per_year = models.PositiveIntegerField(
        _("savings (€ per year)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_EUROS)],
        help_text=_("Estimated by experimenters, demonstrated by influencers."),
    )
    savings_from_year = models.PositiveSmallIntegerField(
        _("savings measured from (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), validate_not_in_future],
    )
    savings_to_year = models.PositiveSmallIntegerField(
        _("savings measured until (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), validate_not_in_future],
    )
    starts_on = models.DateField(_("start"), null=True, blank=True)
    ends_on = models.DateField(_("end"), null=True, blank=True)
    # Lists of choices: see roles.CHOICE_LISTS.
    support_wanted = models.JSONField(_("support wanted"), default=list, blank=True)
    can_share = models.JSONField(_("what can be shared with others"), default=list, blank=True)

    commits_to_sharing = models.BooleanField(
        _("commits to share results, successes, failures, knowledge and open data"),
        default=False,
    )
    joins_communications = models.BooleanField(
        _("takes part in the programme's communications"), default=False
    )

    # Private: coordinators only (see CONTACT_FIELDS).
    # Blank only once the retention period has passed (see registrations.retention).
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_title = models.CharField(_("job title"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=20, blank=True)
    contact_language = models.CharField(
        _("language for communication"),
        max_length=2,
        choices=Language.choices,
        default=Language.FINNISH,
    )

    # What the call made of it when it was submitted.
    is_late = models.BooleanField(
        _("late"), default=False, help_text=_("Submitted after the deadline, in the late period.")
    )
    fee_eur = models.PositiveIntegerField(
        _("participation fee (€)"),
        null=True,
        blank=True,
        help_text=_("The fee that applied by the lead municipality's population when submitted."),
    )
    privacy_consent_at = models.DateTimeField(
        _("consented to the privacy notice"), null=True, blank=True, editable=False
    )
    # One key per filled-in form, so that a double click or a resubmit saves one registration.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    # Part of every private link (services.links): a new link raises it, and older links stop
    # working.
    link_version = models.PositiveIntegerField(_("private link version"), default=0, editable=False)

    created_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    # When it started: the start of an experiment, the first year of a reform's savings.
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, editable=False, db_index=True
    )

    objects = RegistrationManager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(lead_municipality__isnull=False, lead_organisation__isnull=True)
                    | Q(lead_municipality__isnull=True, lead_organisation__isnull=False)
                ),
                name="registration_has_one_lead",
                violation_error_message=_(
                    "Choose either a lead municipality or a lead organisation."
                ),
            ),
            models.CheckConstraint(
                condition=Q(starts_on__isnull=True)
                | Q(ends_on__isnull=True)
                | Q(ends_on__gte=models.F("starts_on")),
                name="registration_ends_after_start",
                violation_error_message=_("The end cannot be before the start."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="registration_public_idx"),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def get_absolute_url(self):
        return reverse("registrations:experiment", args=[self.reference])

    def clean(self):
        if bool(self.lead_municipality_id) == bool(self.lead_organisation_id):
            raise ValidationError(_("Choose either a lead municipality or a lead organisation."))
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot be before the start.")})

    def phase_on(self, today: date) -> Phase:
        return phase_of(self.role, self.starts_on, self.ends_on, today)

    def derived_start_year(self) -> int | None:
        if self.role == Role.KOKEILIJA and self.starts_on:
            return self.starts_on.year
        if self.role == Role.VAIKUTTAJA and self.savings_from_year:
            return self.savings_from_year
        return None

    @property
    def role_fields(self) -> RoleFields:
        return ROLE_FIELDS[self.role]

    @property
    def sections(self):
        """Its role's texts and lists, as pages show them (see roles.RoleFields.sections)."""
        return self.role_fields.sections(self)

    @property
    def lead(self):
        return self.lead_municipality or self.lead_organisation

    @property
    def shown_language(self) -> str:
        """The language its texts are shown in on a page in the active language: the page's own
        when they were written or translated into it, else the language they were written in."""
        language = get_language()
        return language if getattr(self, f"title_{language}", None) else self.language

    @property
    def other_municipalities(self):
        """The participating municipalities besides the lead (prefetch municipalities)."""
        return [m for m in self.municipalities.all() if m.pk != self.lead_municipality_id]

    @property
    def support_wanted_labels(self) -> list[str]:
        return [Support(value).label for value in self.support_wanted if value in Support.values]

    @property
    def can_share_labels(self) -> list[str]:
        return [Sharing(value).label for value in self.can_share if value in Sharing.values]

    @property
    def is_public(self) -> bool:
        return self.status == Status.ACCEPTED

    @property
    def is_editable(self) -> bool:
        """The registrant may still change it: no coordinator has accepted or closed it."""
        return self.status in (Status.SUBMITTED, Status.NEEDS_CHANGES)


class ReferenceCounter(models.Model):
    """The last reference number given out in a year (DK-2026-0042 is the 42nd of 2026)."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")
        verbose_name_plural = _("reference counters")

    def __str__(self):
        return f"{self.year}: {self.last_number}"
