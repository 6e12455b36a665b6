"""Reports: what a participant tells of an experiment's progress and results, through the
private link, and a coordinator's review of it. Drafts are saved and continued; a report is
submitted once, then read-only until a coordinator asks for changes. Only accepted reports are
public (ReportQuerySet.public())."""

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from registrations.models.choices import Language, Status
from registrations.models.registrations import TEXT_MAX, Registration

# The texts a participant writes, in the registration's language (see translation.py).
REPORT_TEXT_FIELDS = (
    "done",
    "successes",
    "failures",
    "lessons",
    "customer_experience",
    "customer_measure",
)


class ReportKind(models.TextChoices):
    PROGRESS = "progress", _("Progress report")
    FINAL = "final", _("Final report")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")


# What a coordinator may decide on a submitted report.
REVIEW_STATES = (ReportState.ACCEPTED, ReportState.CHANGES_REQUESTED, ReportState.REJECTED)
# The states in which the participant may still write.
WRITABLE_STATES = (ReportState.DRAFT, ReportState.CHANGES_REQUESTED)


class ReportStage(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    FINISHED = "finished", _("Finished")
    STOPPED = "stopped", _("Stopped")


class ReportQuerySet(models.QuerySet):
    def public(self):
        """Accepted reports of public registrations."""
        return self.filter(state=ReportState.ACCEPTED, registration__status=Status.ACCEPTED)

    def waiting_for_review(self):
        return self.filter(state=ReportState.SUBMITTED).order_by("submitted_at", "pk")

    def final(self):
        return self.filter(kind=ReportKind.FINAL)


class Report(models.Model):
    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("registration"),
    )
    kind = models.CharField(_("kind"), max_length=8, choices=ReportKind.choices)
    state = models.CharField(
        _("state"), max_length=17, choices=ReportState.choices, default=ReportState.DRAFT
    )
    language = models.CharField(
        _("written in"), max_length=2, choices=Language.choices, default=Language.FINNISH
    )

    stage = models.CharField(
        _("stage of the experiment"),
        max_length=8,
        choices=ReportStage.choices,
        default=ReportStage.ONGOING,
    )
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100, message=_("Write a percentage from 0 to 100."))],
        help_text=_("About how far the experiment has come, from 0 to 100."),
    )
    done = models.TextField(
        _("what was done"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What did you do in the experiment so far?"),
    )
    successes = models.TextField(
        _("successes"), max_length=TEXT_MAX, blank=True, help_text=_("What went well?")
    )
    failures = models.TextField(
        _("failures"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What did not work, and why? Failures are shared so that others learn."),
    )
    lessons = models.TextField(
        _("lessons: what would you do differently"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What should others know before they try the same?"),
    )
    customer_experience = models.TextField(
        _("customer experience"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("What changed for residents or other customers?"),
    )
    customer_measure = models.CharField(
        _("measure of customer experience"),
        max_length=300,
        blank=True,
        help_text=_("If you measured it, for example “satisfaction rose from 3.1 to 4.2 of 5”."),
    )

    review_message = models.TextField(_("message from the coordinator"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["registration", "created_at", "pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["registration"],
                condition=Q(kind="final"),
                name="report_one_final",
                violation_error_message=_("This registration already has a final report."),
            ),
            models.CheckConstraint(
                condition=Q(progress__isnull=True) | Q(progress__lte=100),
                name="report_progress_at_most_100",
            ),
        ]
        indexes = [
            models.Index(
                fields=["submitted_at"],
                condition=Q(state="submitted"),
                name="report_waiting_idx",
            ),
            models.Index(fields=["registration", "state"], name="report_state_idx"),
        ]

    def __str__(self):
        return f"{self.registration.reference}: {self.get_kind_display()}"

    @property
    def is_final(self) -> bool:
        return self.kind == ReportKind.FINAL

    @property
    def is_writable(self) -> bool:
        return self.state in WRITABLE_STATES

    @property
    def is_public(self) -> bool:
        return self.state == ReportState.ACCEPTED

    @property
    def shown_language(self) -> str:
        """The language its texts are shown in on a page in the active language: the page's
        own when they were written or translated into it, else the one they were written in."""
        language = get_language()
        return language if getattr(self, f"done_{language}", None) else self.language

    @property
    def written_texts(self) -> list[tuple[str, str, str]]:
        """(name, label, text) of each text written, in the language it was written in."""
        texts = []
        for name in REPORT_TEXT_FIELDS:
            text = getattr(self, f"{name}_{self.language}", "")
            if text:
                texts.append((name, capfirst(self._meta.get_field(name).verbose_name), text))
        return texts

    @property
    def savings_or_none(self):
        """Its savings, or None when it tells of none (a OneToOne reverse raises instead)."""
        try:
            return self.savings
        except models.ObjectDoesNotExist:
            return None


class OpenDataset(models.Model):
    """Open data the experiment produced."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="open_data", verbose_name=_("report")
    )
    title = models.CharField(_("name of the data"), max_length=200)
    url = models.URLField(_("address (URL)"), max_length=500)
    licence = models.CharField(
        _("licence"), max_length=100, blank=True, help_text=_("For example, CC BY 4.0.")
    )
    format = models.CharField(
        _("format"), max_length=50, blank=True, help_text=_("For example, CSV or JSON.")
    )

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = _("open data")
        verbose_name_plural = _("open data")

    def __str__(self):
        return self.title


class Material(models.Model):
    """A link to material others can use: a guide, a presentation, a procurement document."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="materials", verbose_name=_("report")
    )
    title = models.CharField(_("name of the material"), max_length=200)
    url = models.URLField(_("address (URL)"), max_length=500)

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title


class ReminderTiming(models.TextChoices):
    BEFORE = "before", _("Before the deadline")
    AFTER = "after", _("After the deadline")


class ReportReminder(models.Model):
    """A reminder sent of one report deadline: its row makes sure each is sent once, however
    often send_report_reminders runs."""

    registration = models.ForeignKey(
        Registration,
        on_delete=models.CASCADE,
        related_name="report_reminders",
        verbose_name=_("registration"),
    )
    kind = models.CharField(_("report"), max_length=8, choices=ReportKind.choices)
    timing = models.CharField(_("when"), max_length=6, choices=ReminderTiming.choices)
    due_on = models.DateField(_("deadline"))
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("report reminder")
        verbose_name_plural = _("report reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "kind", "timing", "due_on"], name="report_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.registration.reference}: {self.kind} {self.timing} {self.due_on}"
