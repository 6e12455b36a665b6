"""The registration form, one for each role. They validate; services.submission saves.

What both roles answer is declared here; what each role adds comes from the role's declaration
(registrations.models.roles), with labels, help texts and limits from the model's fields.
Over 300 lines for a reason: it is one form, and splitting its questions, cleaning and results
across modules would make a reader jump between files to follow one submit.
"""

import uuid

from django import forms
from django.contrib.auth.base_user import BaseUserManager
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from network.models import Topic
from registrations.forms.errors import ErrorSummaryMixin
from registrations.forms.fields import (
    MunicipalityChoiceField,
    MunicipalityMultipleChoiceField,
    PhoneField,
    SpamGuard,
    TopicsField,
    active_municipalities,
)
from registrations.forms.model_fields import model_field, role_field
from registrations.forms.organisations import (
    PartnerFormSet,
    business_id_field,
    organisation_kind_field,
    organisation_name_field,
)
from registrations.models import (
    ROLE_FIELDS,
    TEXT_FIELDS,
    Language,
    Registration,
    Role,
    RoleFields,
)
from registrations.models.registrations import FIRST_YEAR, validate_not_in_future
from registrations.services.submission import OrganisationInput, RegistrationDetails

# What both roles answer that is saved as it is (the lead, the participants, the topics and the
# texts are handled on their own).
COMMON_FIELDS = (
    "other_topic",
    "commits_to_sharing",
    "joins_communications",
    "contact_name",
    "contact_title",
    "contact_email",
    "contact_phone",
    "contact_language",
)


class RegistrationForm(ErrorSummaryMixin, forms.Form):
    """What both roles answer: who, on which topics, what, commitments, contact, consent."""

    role_fields: RoleFields
    AUTOMATED = _("We could not send the form. Check your answers and send it again.")
    LEAD_MUNICIPALITY = "municipality"
    LEAD_ORGANISATION = "organisation"

    lead_kind = forms.ChoiceField(
        label=_("Who leads the work?"),
        choices=[
            (LEAD_MUNICIPALITY, _("A municipality")),
            (LEAD_ORGANISATION, _("A region or another organisation")),
        ],
        widget=forms.RadioSelect,
        initial=LEAD_MUNICIPALITY,
        error_messages={"required": _("Choose who leads the work.")},
    )
    lead_municipality = MunicipalityChoiceField(
        label=_("Lead municipality"),
        required=False,
        help_text=_("Type the first letters of the name in Finnish or Swedish."),
    )
    lead_organisation_name = organisation_name_field(_("Name of the lead organisation"))
    lead_organisation_kind = organisation_kind_field(_("Type of the lead organisation"))
    lead_organisation_business_id = business_id_field(
        _("Business ID of the lead organisation (if it has one)")
    )
    municipalities = MunicipalityMultipleChoiceField(
        label=_("Other municipalities taking part"),
        required=False,
        help_text=_(
            "For a municipality group or a joint project. Leave empty if only one "
            "municipality takes part."
        ),
    )
    topics = TopicsField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one or more."),
        error_messages={"required": _("Choose at least one topic.")},
    )
    other_topic = model_field("other_topic")
    title = model_field("title", error_messages={"required": _("Write a title.")})

    commits_to_sharing = forms.BooleanField(
        label=_(
            "We commit to share our results, successes, failures, knowledge and open data "
            "with the network."
        ),
        error_messages={
            "required": _("Taking part requires this commitment. Tick the box to give it.")
        },
    )
    joins_communications = forms.BooleanField(
        label=_("We are happy to take part in the programme's communications and events."),
        required=False,
    )
    # The contact fields may be blank in the database only once retention has removed them.
    contact_name = model_field(
        "contact_name",
        label=_("Name"),
        required=True,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Write the contact person's name.")},
    )
    contact_title = model_field(
        "contact_title", widget=forms.TextInput(attrs={"autocomplete": "organization-title"})
    )
    contact_email = model_field(
        "contact_email",
        required=True,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and a private link to this address."),
        error_messages={
            "required": _("Write an e-mail address."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )
    # As typed ("00358 (0)40 123 45 67") it may be longer than the +358… that is stored.
    contact_phone = PhoneField(label=_("Phone"), required=False)
    contact_language = forms.ChoiceField(
        label=_("Language for communication"),
        choices=Language.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the language we use with you.")},
    )
    privacy_consent = forms.BooleanField(
        label=_("I have read the privacy notice and agree that these details are kept as it says."),
        error_messages={"required": _("To register, agree to the privacy notice.")},
    )

    # Kept through the review step; see SpamGuard and services.submission.submit_registration.
    website = forms.CharField(required=False, label=_("Leave this empty"))
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    submission_key = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, language: str, guard_spam: bool = True, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("contact_language", language)
        kwargs["initial"].setdefault("started", SpamGuard.started_value())
        kwargs["initial"].setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
        self._add_role_fields()
        self.language = language
        self.guard_spam = guard_spam
        municipalities = active_municipalities()
        self.fields["lead_municipality"].set_municipalities(municipalities)
        self.fields["municipalities"].set_municipalities(municipalities)
        self.fields["topics"].queryset = Topic.objects.active()
        self.partners = PartnerFormSet(
            self.data or None, prefix="partners", initial=kwargs["initial"].get("partners")
        )
        if not self.partners.is_bound:
            # Three empty rows to start with, one more after each filled one.
            self.partners.extra = max(3 - len(self.partners.initial or []), 1)

    # Cleaning ---------------------------------------------------------------------------

    def clean_contact_email(self):
        return BaseUserManager.normalize_email(self.cleaned_data["contact_email"])

    def clean(self):
        data = super().clean()
        if self.guard_spam and SpamGuard.looks_automated(data.get("website"), data.get("started")):
            self._renew_start()
            raise forms.ValidationError(self.AUTOMATED, code="spam")
        self._clean_lead(data)
        topics = data.get("topics") or []
        if any(topic.is_other for topic in topics) and not data.get("other_topic"):
            self.add_error("other_topic", _("You chose “Other”: tell in a few words what it is."))
        for period in self.role_fields.ranges:
            first, last = data.get(period.first), data.get(period.last)
            if first and last and last < first:
                self.add_error(period.last, period.message)
        return data

    def _clean_lead(self, data):
        if data.get("lead_kind") == self.LEAD_MUNICIPALITY:
            lead = data.get("lead_municipality")
            if lead is None:
                self.add_error("lead_municipality", _("Choose the lead municipality."))
            elif lead in data.get("municipalities", []):
                self.add_error(
                    "municipalities",
                    _("%(name)s leads the work: do not choose it again among the others.")
                    % {"name": lead.name},
                )
        elif data.get("lead_kind") == self.LEAD_ORGANISATION:
            if not data.get("lead_organisation_name"):
                self.add_error("lead_organisation_name", _("Write the name of the organisation."))
            if not data.get("lead_organisation_kind"):
                self.add_error("lead_organisation_kind", _("Choose the type of the organisation."))

    def refuse_as_automated(self):
        """The answers were fine, but this loaded form has already saved another registration
        (services.form_starts): an error, as the guard gives, and a fresh start token."""
        self.add_error(None, forms.ValidationError(self.AUTOMATED, code="spam"))
        self._renew_start()

    def _renew_start(self):
        """A fresh start token in the form sent back, so that sending it again (after the
        minimum time) works for a person, while each start still saves one registration."""
        self.data = self.data.copy()
        self.data["started"] = SpamGuard.started_value()

    def is_valid(self):
        # Both, so that every error shows at once.
        form_valid = super().is_valid()
        return self.partners.is_valid() and form_valid

    @property
    def has_errors(self) -> bool:
        return (
            bool(self.errors) or any(self.partners.errors) or bool(self.partners.non_form_errors())
        )

    def error_summary(self) -> list[tuple[str, str]]:
        items = super().error_summary()
        for index, form in enumerate(self.partners.forms):
            for name, messages in form.errors.items():
                for message in messages:
                    items.append(
                        (
                            f"id_partners-{index}-{name}",
                            _("Partner %(number)s, %(field)s: %(message)s")
                            % {
                                "number": index + 1,
                                "field": str(form.fields[name].label).lower(),
                                "message": message,
                            },
                        )
                    )
        return items

    def error_anchor(self, name, field):
        # The municipality checkboxes are grouped by region in our own template.
        return (
            "id_municipalities" if name == "municipalities" else super().error_anchor(name, field)
        )

    def _add_role_fields(self):
        """The role's fields, after the title, in the declared order."""
        fields = list(self.fields.items())
        at = next(i for i, (name, _field) in enumerate(fields) if name == "title") + 1
        added = [(name, role_field(self.role_fields, name)) for name in self.role_fields.fields]
        self.fields = dict(fields[:at] + added + fields[at:])
        this_year = timezone.localdate().year
        for _name, field in added:
            if validate_not_in_future in field.validators:
                field.widget.attrs.update(min=FIRST_YEAR, max=this_year)

    @property
    def role(self) -> Role:
        return self.role_fields.role

    def role_rows(self) -> list[list[forms.BoundField]]:
        """The role's fields as the template lays them out, a period's two in one row."""
        return [[self[name] for name in row] for row in self.role_fields.rows()]

    # Results ----------------------------------------------------------------------------

    def details(self) -> RegistrationDetails:
        data = self.cleaned_data
        lead_is_municipality = data["lead_kind"] == self.LEAD_MUNICIPALITY
        fields = [name for name in self.role_fields.fields if name not in TEXT_FIELDS]
        texts = {name: data[name] for name in ("title", *self.role_fields.texts)}
        return RegistrationDetails(
            topics=list(data["topics"]),
            texts=texts,
            lead_municipality=data["lead_municipality"] if lead_is_municipality else None,
            lead_organisation=None
            if lead_is_municipality
            else OrganisationInput(
                data["lead_organisation_name"],
                data["lead_organisation_kind"],
                data.get("lead_organisation_business_id", ""),
            ),
            municipalities=data["municipalities"],
            partners=self.partner_organisations(),
            fields={name: data.get(name) for name in (*fields, *COMMON_FIELDS)},
        )

    def partner_organisations(self) -> list[OrganisationInput]:
        return [p for p in (form.organisation() for form in self.partners.forms) if p]

    def fee(self, call) -> int | None:
        """The participation fee that applies, once the form is valid."""
        lead = self.cleaned_data.get("lead_municipality")
        if self.cleaned_data.get("lead_kind") != self.LEAD_MUNICIPALITY or lead is None:
            return None
        return call.fee_for(lead.population)


class KokeilijaForm(RegistrationForm):
    role_fields = ROLE_FIELDS[Role.KOKEILIJA]


class VaikuttajaForm(RegistrationForm):
    role_fields = ROLE_FIELDS[Role.VAIKUTTAJA]


FORMS = {Role.KOKEILIJA: KokeilijaForm, Role.VAIKUTTAJA: VaikuttajaForm}


def initial_from(registration: Registration) -> dict:
    """A registration as the form's initial data, for editing through the private link."""
    initial = {
        "lead_kind": RegistrationForm.LEAD_MUNICIPALITY
        if registration.lead_municipality_id
        else RegistrationForm.LEAD_ORGANISATION,
        "lead_municipality": str(registration.lead_municipality_id or ""),
        "municipalities": [str(m.pk) for m in registration.other_municipalities],
        "topics": list(registration.topics.all()),
        "submission_key": registration.submission_key,
        "partners": [
            {"name": o.name, "kind": o.kind, "business_id": o.business_id}
            for o in registration.partner_organisations.all()
        ],
    }
    if registration.lead_organisation:
        organisation = registration.lead_organisation
        initial |= {
            "lead_organisation_name": organisation.name,
            "lead_organisation_kind": organisation.kind,
            "lead_organisation_business_id": organisation.business_id,
        }
    with override(registration.language):
        for name in TEXT_FIELDS:
            initial[name] = getattr(registration, name)
    for name in (*registration.role_fields.fields, *COMMON_FIELDS):
        if name not in TEXT_FIELDS:
            initial[name] = getattr(registration, name)
    initial["privacy_consent"] = True
    return initial
