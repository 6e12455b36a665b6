"""Reports accepted and savings verified through the services, for the tests of the public
results pages."""

from decimal import Decimal

from registrations.models import Report, ReportKind, ReportStage, ReportState
from registrations.services import reports, savings
from registrations.services.reports import ReportContent
from registrations.services.savings import SavingsFigures

TEXTS = {
    "fi": {
        "done": "Otimme chatbotin käyttöön kirjastossa.",
        "failures": "Botti ei ymmärtänyt murteita.",
        "lessons": "Testaisimme asukkaiden kanssa ennen käyttöönottoa.",
    },
    "sv": {
        "done": "Vi tog en chattbot i bruk på biblioteket.",
        "failures": "Roboten förstod inte dialekter.",
        "lessons": "Vi skulle testa med invånarna före starten.",
    },
}


def accepted_report(
    registration,
    *,
    by,
    before: str | None = "50000",
    after: str | None = "38000",
    verify: bool = False,
    kind: str = ReportKind.FINAL,
    texts: dict | None = None,
    accept: bool = True,
) -> Report:
    """A report written in the registration's language, submitted and (by default) accepted
    by the coordinator `by`; its savings verified when asked."""
    figures = SavingsFigures()
    if before is not None:
        figures = SavingsFigures(
            cost_before=Decimal(before),
            cost_after=Decimal(after),
            cost_increase_confirmed=Decimal(after) > Decimal(before),
        )
    report = reports.start_report(registration=registration, kind=kind)
    content = ReportContent(
        stage=ReportStage.FINISHED if kind == ReportKind.FINAL else ReportStage.ONGOING,
        progress=100,
        texts=texts or TEXTS[registration.language],
        savings=figures,
    )
    reports.submit_report(report=report, content=content)
    if accept:
        reports.review_report(report=report, state=ReportState.ACCEPTED, message="", by=by)
    report.refresh_from_db()
    if verify:
        savings.verify(savings=report.savings, by=by, note="Tarkistettu.")
    return report
