"""What a registrant answered, as (label, text) rows: on the review step before sending, from
the form, and on the private page afterwards, from the saved registration. Both go through
answers(), so they always show the same things under the same labels."""

from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from network.models import OrganisationKind
from registrations.forms.registration import RegistrationForm
from registrations.models import TEXT_FIELDS, Language, Registration, RoleFields
from registrations.models.roles import display


@dataclass
class Row:
    label: str
    text: str
    # The language of what the registrant wrote, when a page must mark it (lang="…").
    language: str = ""


@dataclass
class Answers:
    role_fields: RoleFields
    lead: str
    municipalities: list[str]
    partners: list[str]
    topics: list[str]
    values: dict
    contact: list[str]
    contact_language: str
    joins_communications: bool
    # The language the texts are shown in.
    language: str


def answers(given: Answers) -> list[Row]:
    fields = RegistrationForm.base_fields
    rows = [Row(_("Lead"), given.lead)]
    if given.municipalities:
        rows.append(Row(fields["municipalities"].label, ", ".join(given.municipalities)))
    if given.partners:
        rows.append(Row(_("Partner organisations"), ", ".join(given.partners)))
    rows.append(Row(fields["topics"].label, ", ".join(given.topics)))
    rows.append(Row(fields["title"].label, given.values["title"], given.language))
    for name in given.role_fields.fields:
        text = display(name, given.values.get(name))
        if text:
            language = given.language if name in TEXT_FIELDS else ""
            rows.append(Row(given.role_fields.label(name), text, language))
    rows.append(Row(_("Contact person"), ", ".join(filter(None, given.contact))))
    rows.append(Row(fields["contact_language"].label, Language(given.contact_language).label))
    if given.joins_communications:
        rows.append(Row(_("Communications"), fields["joins_communications"].label))
    return rows


def form_answers(form: RegistrationForm) -> list[Row]:
    """The answers of a valid form, before anything is saved."""
    data = form.cleaned_data
    if data["lead_kind"] == form.LEAD_MUNICIPALITY:
        lead = data["lead_municipality"].name
    else:
        kind = OrganisationKind(data["lead_organisation_kind"]).label
        lead = f"{data['lead_organisation_name']} ({kind})"
    topics = [topic.name for topic in data["topics"]]
    return answers(
        Answers(
            role_fields=form.role_fields,
            lead=lead,
            municipalities=[m.name for m in data["municipalities"]],
            partners=[p.name for p in form.partner_organisations()],
            topics=[*topics, data["other_topic"]] if data.get("other_topic") else topics,
            values=data,
            contact=[
                data["contact_name"],
                data.get("contact_title"),
                data["contact_email"],
                data.get("contact_phone"),
            ],
            contact_language=data["contact_language"],
            joins_communications=data.get("joins_communications"),
            language=get_language(),
        )
    )


def registration_answers(registration: Registration) -> list[Row]:
    """The answers as saved (prefetch topics, municipalities and partner organisations)."""
    topics = [topic.name for topic in registration.topics.all()]
    if registration.other_topic:
        topics.append(registration.other_topic)
    lead = registration.lead
    if registration.lead_organisation:
        lead = f"{lead} ({registration.lead_organisation.get_kind_display()})"
    return answers(
        Answers(
            role_fields=registration.role_fields,
            lead=str(lead),
            municipalities=[m.name for m in registration.other_municipalities],
            partners=[o.name for o in registration.partner_organisations.all()],
            topics=topics,
            values={
                name: getattr(registration, name)
                for name in ("title", *registration.role_fields.fields)
            },
            contact=[
                registration.contact_name,
                registration.contact_title,
                registration.contact_email,
                registration.contact_phone,
            ],
            contact_language=registration.contact_language,
            joins_communications=registration.joins_communications,
            language=registration.shown_language,
        )
    )
