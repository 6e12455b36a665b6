"""Writes to savings: an influencer's own savings, a coordinator's verification, and which
savings of a registration the site sums (the latest accepted report's, else an influencer's
own). The figures are checked by the model (Savings.clean): a cost below zero is an error, an
after-cost above the baseline needs the participant's confirmation, a negative net saving is
allowed."""

from dataclasses import asdict, dataclass, fields
from decimal import Decimal

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from registrations.models import Registration, ReportKind, ReportState, Savings
from registrations.services.search_table import bump_data_version

# The figures a participant reports; what a coordinator's verification is of.
FIGURES = (
    "cost_before",
    "cost_after",
    "one_off_costs",
    "hours_saved",
    "from_year",
    "to_year",
    "cost_increase_confirmed",
)


@dataclass
class SavingsFigures:
    """Savings as a form has cleaned them; method in the writer's language."""

    cost_before: Decimal | None = None
    cost_after: Decimal | None = None
    one_off_costs: Decimal | None = None
    hours_saved: Decimal | None = None
    from_year: int | None = None
    to_year: int | None = None
    method: str = ""
    cost_increase_confirmed: bool = False

    @property
    def is_empty(self) -> bool:
        return all(
            value in (None, "")
            for name, value in asdict(self).items()
            if name != "cost_increase_confirmed"
        )

    @classmethod
    def of(cls, savings: Savings | None, *, language: str) -> "SavingsFigures":
        if savings is None:
            return cls()
        values = {f.name: getattr(savings, f.name) for f in fields(cls) if f.name != "method"}
        return cls(method=getattr(savings, f"method_{language}") or "", **values)


def apply_figures(savings: Savings, figures: SavingsFigures, *, language: str) -> bool:
    """Set the figures on the savings (not saved), validated; True when any figure changed,
    which takes away a verification of the old ones."""
    changed = False
    for name in FIGURES:
        new = getattr(figures, name)
        if getattr(savings, name) != new:
            setattr(savings, name, new)
            changed = True
    method = figures.method.strip()
    if (getattr(savings, f"method_{language}") or "") != method:
        setattr(savings, f"method_{language}", method)
        changed = True
    if not savings.cost_grew:
        savings.cost_increase_confirmed = False
    if changed:
        savings.verified_by = None
        savings.verified_at = None
        savings.verification_note = ""
    savings.full_clean(exclude=["registration", "report"])
    return changed


def refresh_current(*, registration: Registration) -> Savings | None:
    """Mark the one savings of the registration the site sums: those of its accepted reports,
    the final report's first, else the newest accepted; else an influencer's own."""
    candidates = (
        Savings.objects.filter(registration=registration)
        .exclude(report__isnull=False, report__state__in=_unaccepted())
        .annotate(
            order=Case(
                When(report__kind=ReportKind.FINAL, then=Value(0)),
                When(report__isnull=False, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("order", "-report__reviewed_at", "-pk")
    )
    current = next((s for s in candidates if not s.is_empty), None)
    Savings.objects.filter(registration=registration, is_current=True).exclude(
        pk=getattr(current, "pk", None)
    ).update(is_current=False)
    if current is not None and not current.is_current:
        Savings.objects.filter(pk=current.pk).update(is_current=True)
        current.is_current = True
    # The results pages sum the counted savings: their cache entries are of the data version.
    bump_data_version()
    return current


def _unaccepted():
    return [state for state in ReportState if state != ReportState.ACCEPTED]


@transaction.atomic
def record_own_savings(*, registration: Registration, figures: SavingsFigures) -> Savings:
    """An influencer's savings of the reform itself, in the same form as reports' savings, so
    that both sum together. Raises ValidationError for figures that cannot be right."""
    savings = Savings.objects.filter(registration=registration, report__isnull=True).first()
    savings = savings or Savings(registration=registration)
    apply_figures(savings, figures, language=registration.language)
    savings.save()
    refresh_current(registration=registration)
    return savings


@transaction.atomic
def verify(*, savings: Savings, by, note: str = "") -> Savings:
    """A coordinator checked the figures: they are shown as "verified" from now on."""
    savings = Savings.objects.select_for_update().get(pk=savings.pk)
    savings.verified_by = by
    savings.verified_at = timezone.now()
    savings.verification_note = note.strip()
    savings._history_user = by
    savings.save(update_fields=["verified_by", "verified_at", "verification_note", "updated_at"])
    bump_data_version()
    return savings


@transaction.atomic
def unverify(*, savings: Savings, by) -> Savings:
    """Take a verification back: the figures are shown as reported only."""
    savings = Savings.objects.select_for_update().get(pk=savings.pk)
    savings.verified_by = None
    savings.verified_at = None
    savings._history_user = by
    savings.save(update_fields=["verified_by", "verified_at", "updated_at"])
    bump_data_version()
    return savings
