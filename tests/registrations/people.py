"""One person, Maija, held in every place the site keeps personal data: registrations (one
accepted, one rejected), their history, decision messages, e-mails with her address in every
free-text field, a registration whose contact she was before Toini, and another registration
whose decision mentions her address."""

from dataclasses import dataclass
from decimal import Decimal

from registrations.models import Decision, Registration, ReportKind, ReportState, SentEmail, Status
from registrations.services import mail, reports, savings
from registrations.services.decisions import decide
from registrations.services.privacy import free_text_fields
from registrations.services.reports import ReportContent
from registrations.services.savings import SavingsFigures
from tests.factories import make_registration

ADDRESS = "maija.meikalainen@kunta.example"
NAME = "Maija Meikäläinen"
PHONE = "+358401234567"
OTHER_ADDRESS = "toini.toinen@kunta.example"
OTHER_NAME = "Toini Toinen"
UNRELATED_ADDRESS = "kalle.kolmas@kunta.example"


@dataclass
class Maija:
    accepted: Registration
    rejected: Registration
    handed_over: Registration
    unrelated: Registration
    toinis_decision: Decision


def fill_every_text_field(email: SentEmail, text: str) -> None:
    """Every free-text field of the e-mail holds the text: recipients, subject, error, and
    whatever bodies or fields the outbox has."""
    values = {}
    for field in free_text_fields(SentEmail):
        if getattr(field, "max_length", None):
            values[field.name] = text[: field.max_length]
        elif hasattr(field, "get_default") and field.get_internal_type() == "JSONField":
            values[field.name] = {"to": text}
        else:
            values[field.name] = text
    SentEmail.objects.filter(pk=email.pk).update(**values)


def maija_everywhere(*, coordinator) -> Maija:
    contact = {"contact_name": NAME, "contact_email": ADDRESS, "contact_phone": PHONE}
    accepted = make_registration(status=Status.SUBMITTED, title="Chatbotti kirjastoon", **contact)
    mail.queue_confirmation(accepted)
    decide(
        registration=accepted,
        status=Status.ACCEPTED,
        message=f"Hei {NAME}! Soitan numeroon {PHONE}, jos kysyttävää tulee.",
        by=coordinator,
    )
    decision_email = mail.queue_decision(accepted.decisions.get())
    fill_every_text_field(decision_email, f"{NAME} <{ADDRESS}>, {PHONE}")
    mail.queue_coordinator_notice(accepted)

    # A report sent back with a message and savings verified with a note, both naming her.
    report = reports.start_report(registration=accepted, kind=ReportKind.FINAL)
    reports.save_report(
        report=report,
        content=ReportContent(
            stage="finished",
            texts={"done": "Tehty.", "failures": "Virhe.", "lessons": "Opittu."},
            savings=SavingsFigures(cost_before=Decimal("100"), cost_after=Decimal("50")),
        ),
    )
    reports.submit_report(report=report)
    reports.review_report(
        report=report,
        state=ReportState.CHANGES_REQUESTED,
        message=f"Hei {NAME}, soitan numeroon {PHONE}.",
        by=coordinator,
    )
    savings.verify(savings=report.savings, by=coordinator, note=f"Vahvistettu: {ADDRESS}")

    rejected = make_registration(status=Status.SUBMITTED, title="Hylätty kokeilu", **contact)
    decide(registration=rejected, status=Status.REJECTED, message="Kiitos!", by=coordinator)

    handed_over = make_registration(status=Status.SUBMITTED, title="Siirretty kokeilu", **contact)
    decide(
        registration=handed_over,
        status=Status.NEEDS_CHANGES,
        message=f"Hei Maija, lisää tavoite. Tavoitat minut: {ADDRESS}",
        by=coordinator,
    )
    mail.queue_new_link(handed_over)
    handed_over.contact_name = OTHER_NAME
    handed_over.contact_email = OTHER_ADDRESS
    handed_over.contact_phone = "+358409876543"
    handed_over.save()
    toinis_decision = decide(
        registration=handed_over,
        status=Status.ACCEPTED,
        message=f"Hei {OTHER_NAME}, hyväksytty.",
        by=coordinator,
    )
    mail.queue_decision(toinis_decision)

    unrelated = make_registration(
        status=Status.SUBMITTED,
        title="Toisen kunnan kokeilu",
        contact_name="Kalle Kolmas",
        contact_email=UNRELATED_ADDRESS,
        contact_phone="+358401112223",
    )
    decide(
        registration=unrelated,
        status=Status.NEEDS_CHANGES,
        message=f"Kysy mallia osoitteesta {ADDRESS.upper()}.",
        by=coordinator,
    )
    return Maija(accepted, rejected, handed_over, unrelated, toinis_decision)
