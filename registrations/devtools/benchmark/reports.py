"""Benchmark reports, as in life: about one public experiment in ten has an accepted report,
most of them final, most with savings (a third verified, a few cost increases), every one
telling of a failure and a lesson in its own language.

The rows go in by bulk. Which savings a registration counts (Savings.is_current) is what
services.savings.refresh_current would decide for a registration with one accepted report; it
is set in the same bulk write rather than one registration at a time."""

import random
from datetime import timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, WORDS
from registrations.models import (
    Registration,
    Report,
    ReportKind,
    ReportStage,
    ReportState,
    Savings,
    Status,
)
from registrations.services.search_table import bump_data_version

BATCH = 2000
FAILURES = {
    "fi": [
        "Järjestelmä ei ymmärtänyt murteita, ja asukkaat soittivat silti.",
        "Hankinta viivästyi puoli vuotta, ja kokeiluaika jäi lyhyeksi.",
        "Henkilöstöä ei koulutettu ajoissa, joten uutta tapaa ei otettu käyttöön.",
        "Tietojen siirto vanhasta järjestelmästä epäonnistui.",
    ],
    "sv": [
        "Systemet förstod inte dialekter, och invånarna ringde ändå.",
        "Upphandlingen drog ut på tiden, och försöket blev kort.",
        "Personalen utbildades inte i tid, så det nya arbetssättet togs inte i bruk.",
        "Överföringen av data från det gamla systemet misslyckades.",
    ],
}
LESSONS = {
    "fi": [
        "Testaisimme asukkaiden kanssa ennen käyttöönottoa.",
        "Varaisimme hankintaan enemmän aikaa.",
        "Ottaisimme henkilöstön mukaan suunnitteluun alusta asti.",
    ],
    "sv": [
        "Vi skulle testa med invånarna före starten.",
        "Vi skulle reservera mer tid för upphandlingen.",
        "Vi skulle ta med personalen i planeringen från början.",
    ],
}


def _report(registration: Registration, rng: random.Random, now) -> Report:
    language = registration.language
    final = rng.random() < 0.7
    report = Report(
        registration_id=registration.pk,
        kind=ReportKind.FINAL if final else ReportKind.PROGRESS,
        state=ReportState.ACCEPTED,
        language=language,
        stage=ReportStage.FINISHED if final else ReportStage.ONGOING,
        progress=100 if final else rng.randint(10, 90),
        submitted_at=now - timedelta(days=rng.randint(2, 900)),
    )
    report.reviewed_at = report.submitted_at + timedelta(days=1)
    setattr(report, f"done_{language}", " ".join(rng.sample(WORDS[language]["sentences"], 2)))
    setattr(report, f"failures_{language}", rng.choice(FAILURES[language]))
    setattr(report, f"lessons_{language}", rng.choice(LESSONS[language]))
    return report


def _savings(report: Report, rng: random.Random, now) -> Savings | None:
    if rng.random() < 0.2:
        return None
    before = Decimal(rng.randint(10, 500) * 1000)
    change = Decimal(rng.randint(-10, 60)) / 100  # a few costs grow
    verified = rng.random() < 0.35
    return Savings(
        registration_id=report.registration_id,
        report=report,
        cost_before=before,
        cost_after=(before * (1 - change)).quantize(Decimal("1")),
        one_off_costs=Decimal(rng.randint(0, 100) * 500),
        cost_increase_confirmed=change < 0,
        is_current=True,
        verified_at=now if verified else None,
    )


def seed_reports(total: int, *, rng: random.Random) -> int:
    """Add accepted benchmark reports until there are `total`, one per registration; returns
    how many it added."""
    reports = Report.objects.filter(registration__reference__startswith=REFERENCE_PREFIX)
    to_add = total - reports.count()
    if to_add <= 0:
        return 0
    candidates = list(
        Registration.objects.filter(
            reference__startswith=REFERENCE_PREFIX, status=Status.ACCEPTED, reports__isnull=True
        )
        .only("pk", "language")
        .order_by("pk")
    )
    chosen = rng.sample(candidates, min(to_add, len(candidates)))
    now = timezone.now()
    for start in range(0, len(chosen), BATCH):
        with transaction.atomic():
            written = Report.objects.bulk_create(
                [_report(r, rng, now) for r in chosen[start : start + BATCH]], batch_size=1000
            )
            savings = [s for s in (_savings(report, rng, now) for report in written) if s]
            Savings.objects.bulk_create(savings, batch_size=1000)
            bump_data_version()
    return len(chosen)
