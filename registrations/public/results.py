"""What came of one experiment, for its public page: its accepted reports (results, failures
and lessons, customer experience), its counted savings labelled verified or reported, the open
data and materials of its reports, the municipalities that took its model up (confirmed ones
only), and its timeline. Nothing a coordinator writes to the participant (review messages,
verification notes, who verified) is read here."""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch

from registrations.models import Adoption, Material, OpenDataset, Registration, Report, Savings


@dataclass(frozen=True)
class Event:
    moment: datetime
    label: str
    anchor: str = ""


@dataclass
class Results:
    reports: list[Report] = field(default_factory=list)
    savings: Savings | None = None
    open_data: list[OpenDataset] = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    adoptions: list[Adoption] = field(default_factory=list)
    timeline: list[Event] = field(default_factory=list)

    @property
    def has_any(self) -> bool:
        return bool(self.reports or self.savings or self.adoptions)


def experiment_results(experiment: Registration, *, labels: dict) -> Results:
    """Five queries at most, however many reports: the accepted reports, their open data and
    their materials (none without reports), the counted savings, the confirmed adoptions with
    their municipalities. Prefetch the experiment's municipalities (the saving per resident)."""
    reports = list(
        Report.objects.filter(registration=experiment)
        .public()
        .order_by("submitted_at", "pk")
        .prefetch_related(
            Prefetch("open_data", queryset=OpenDataset.objects.order_by("pk")),
            Prefetch("materials", queryset=Material.objects.order_by("pk")),
        )
    )
    savings = Savings.objects.counted().filter(registration=experiment).first()
    if savings is not None:
        savings.registration = experiment  # its municipalities, already fetched
    adoptions = list(
        experiment.adoptions.confirmed().select_related("municipality").order_by("year", "pk")
    )
    timeline = [Event(experiment.created_at, labels["registered"])]
    if experiment.published_at:
        timeline.append(Event(experiment.published_at, labels["accepted"]))
    for report in reports:
        moment = report.submitted_at or report.reviewed_at or report.created_at
        timeline.append(Event(moment, labels[report.kind], f"report-{report.pk}"))
    return Results(
        reports=reports,
        savings=savings,
        open_data=[item for report in reports for item in report.open_data.all()],
        materials=[item for report in reports for item in report.materials.all()],
        adoptions=adoptions,
        timeline=sorted(timeline, key=lambda event: event.moment),
    )
