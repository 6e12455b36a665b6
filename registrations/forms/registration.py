"""The registration forms of both roles. They validate; services.submission saves."""

import uuid

from django import forms
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from network.models import OrganisationKind, Topic
from network.validators import validate_business_id
from registrations.forms.errors import ErrorSummaryMixin
from registrations.forms.fields import (
    MunicipalityChoiceField,
    MunicipalityMultipleChoiceField,
    PhoneField,
    SpamGuard,
    WholeNumberField,
    active_municipalities,
)
from registrations.models import TEXT_FIELDS, Language, Registration, Role, Sharing, Support
from registrations.services.submission import OrganisationInput, RegistrationDetails

TEXT_MAX = 4000
MAX_EUROS = 100_000_000


def _text(label, *, help_text="", required=True, max_length=TEXT_MAX, rows=4, **kwargs):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
        **kwargs,
    )


def organisation_name_field(label) -> forms.CharField:
    # As the user types, static/js/digikunta.js fills the <datalist> of the template with names
    # of public organisations; any other name is accepted too.
    return forms.CharField(
        label=label,
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"list": "organisation-names", "autocomplete": "off"}),
    )


def organisation_kind_field(label) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=[("", _("Choose the type"))] + OrganisationKind.choices,
        required=False,
    )


def business_id_field(label) -> forms.CharField:
    return forms.CharField(
        label=label, max_length=9, required=False, validators=[validate_business_id]
    )


class PartnerForm(forms.Form):
    """A partner organisation: typed by name, matched to an existing one when it exists."""

    name = organisation_name_field(_("Name of the organisation"))
    kind = organisation_kind_field(_("Type of the organisation"))
    business_id = business_id_field(_("Business ID (if it has one)"))

    def clean(self):
        data = super().clean()
        if data.get("name") and not data.get("kind"):
            self.add_error("kind", _("Choose the type of the organisation."))
        if not data.get("name") and (data.get("kind") or data.get("business_id")):
            self.add_error("name", _("Write the name of the organisation."))
        return data

    def organisation(self) -> OrganisationInput | None:
        data = self.cleaned_data
        if not data.get("name"):
            return None
        return OrganisationInput(data["name"], data["kind"], data.get("business_id", ""))


PartnerFormSet = forms.formset_factory(PartnerForm, extra=0, max_num=20, absolute_max=20)


class RegistrationForm(ErrorSummaryMixin, forms.Form):
    """What both roles answer: who, on which topics, what, commitments, contact, consent."""

    role: str
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
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose one or more."),
        error_messages={"required": _("Choose at least one topic.")},
    )
    other_topic = forms.CharField(
        label=_("Other topic, in your own words"),
        max_length=200,
        required=False,
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("A short, clear name, for example “Chatbot for library customer service”."),
        error_messages={"required": _("Write a title.")},
    )

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
    contact_name = forms.CharField(
        label=_("Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Write the contact person's name.")},
    )
    contact_title = forms.CharField(
        label=_("Job title"),
        max_length=150,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    contact_email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("We send the confirmation and a private link to this address."),
        error_messages={
            "required": _("Write an e-mail address."),
            "invalid": _("Write the e-mail address in the form name@example.fi."),
        },
    )
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

    # The fields each role adds, in order.
    role_fields: tuple[str, ...] = ()

    def __init__(self, *args, language: str, guard_spam: bool = True, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("contact_language", language)
        kwargs["initial"].setdefault("started", SpamGuard.started_value())
        kwargs["initial"].setdefault("submission_key", uuid.uuid4())
        super().__init__(*args, **kwargs)
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
            raise forms.ValidationError(
                _("We could not send the form. Check your answers and send it again."),
                code="spam",
            )
        self._clean_lead(data)
        topics = data.get("topics") or []
        if any(topic.is_other for topic in topics) and not data.get("other_topic"):
            self.add_error("other_topic", _("You chose “Other”: tell in a few words what it is."))
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

    # Results ----------------------------------------------------------------------------

    def details(self) -> RegistrationDetails:
        data = self.cleaned_data
        lead_is_municipality = data["lead_kind"] == self.LEAD_MUNICIPALITY
        field_names = [name for name in self.role_fields if name not in TEXT_FIELDS] + [
            "other_topic",
            "commits_to_sharing",
            "joins_communications",
            "contact_name",
            "contact_title",
            "contact_email",
            "contact_phone",
            "contact_language",
        ]
        texts = {name: data[name] for name in ("title", *self.role_fields) if name in TEXT_FIELDS}
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
            partners=[p for p in (form.organisation() for form in self.partners.forms) if p],
            fields={name: data.get(name) for name in field_names},
        )

    def summary(self) -> list[tuple[str, str]]:
        """What the registrant answered, as (label, text) for the review step."""
        data = self.cleaned_data
        if data["lead_kind"] == self.LEAD_MUNICIPALITY:
            lead = data["lead_municipality"].name
        else:
            kind = OrganisationKind(data["lead_organisation_kind"]).label
            lead = f"{data['lead_organisation_name']} ({kind})"
        rows = [(_("Lead"), lead)]
        if data["municipalities"]:
            rows.append(
                (
                    self.fields["municipalities"].label,
                    ", ".join(m.name for m in data["municipalities"]),
                )
            )
        partners = [p for p in (form.organisation() for form in self.partners.forms) if p]
        if partners:
            rows.append((_("Partner organisations"), ", ".join(p.name for p in partners)))
        topics = [topic.name for topic in data["topics"]]
        if data.get("other_topic"):
            topics.append(data["other_topic"])
        rows.append((self.fields["topics"].label, ", ".join(topics)))
        for name in ("title", *self.role_fields):
            value = _display(self.fields[name], data.get(name))
            if value:
                rows.append((self.fields[name].label, value))
        contact = [
            data["contact_name"],
            data.get("contact_title"),
            data["contact_email"],
            data.get("contact_phone"),
        ]
        rows.append((_("Contact person"), ", ".join(filter(None, contact))))
        rows.append(
            (self.fields["contact_language"].label, Language(data["contact_language"]).label)
        )
        if data.get("joins_communications"):
            rows.append((_("Communications"), self.fields["joins_communications"].label))
        return rows

    def fee(self, call) -> int | None:
        """The participation fee that applies, once the form is valid."""
        lead = self.cleaned_data.get("lead_municipality")
        if self.cleaned_data.get("lead_kind") != self.LEAD_MUNICIPALITY or lead is None:
            return None
        return call.fee_for(lead.population)


class KokeilijaForm(RegistrationForm):
    role = Role.KOKEILIJA
    role_fields = (
        "idea",
        "goal",
        "customer_effect",
        "savings_eur_per_year",
        "starts_on",
        "ends_on",
        "support_wanted",
        "support_details",
        "partnerships",
    )

    idea = _text(
        _("The experiment idea"),
        help_text=_("What do you want to try out, and why?"),
        error_messages={"required": _("Tell us the idea of the experiment.")},
    )
    goal = _text(
        _("Goal and how success is measured"),
        help_text=_("What should change, and how will you know that it did?"),
        error_messages={"required": _("Tell us the goal and how you measure success.")},
    )
    customer_effect = _text(
        _("Effect on customer experience"),
        required=False,
        help_text=_("How would residents or other customers notice the change?"),
    )
    savings_eur_per_year = WholeNumberField(
        label=_("Estimated savings (€ per year)"),
        required=False,
        max_value=MAX_EUROS,
        help_text=_("A rough estimate is enough. Leave empty if you cannot estimate yet."),
    )
    # A date input shows only an ISO date (2027-01-31): the localised 31.1.2027 would leave it
    # empty when a registration is edited.
    starts_on = forms.DateField(
        label=_("Start"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Tell us when the experiment starts.")},
    )
    ends_on = forms.DateField(
        label=_("End"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    support_wanted = forms.MultipleChoiceField(
        label=_("Support you would like"),
        choices=Support.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    support_details = _text(_("Support, in more detail"), required=False, rows=3)
    partnerships = _text(
        _("Partnerships considered"),
        required=False,
        rows=3,
        help_text=_("Companies, associations, researchers or other public bodies."),
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("starts_on"), data.get("ends_on")
        if start and end and end < start:
            self.add_error("ends_on", _("The end cannot be before the start."))
        return data


class VaikuttajaForm(RegistrationForm):
    role = Role.VAIKUTTAJA
    role_fields = (
        "reform",
        "changes",
        "savings_eur_per_year",
        "savings_from_year",
        "savings_to_year",
        "savings_method",
        "other_results",
        "can_share",
        "sharing_details",
    )

    reform = _text(
        _("The reform already made"),
        help_text=_("What did you change in your way of working?"),
        error_messages={"required": _("Tell us about the reform.")},
    )
    changes = _text(
        _("What changed and how digital tools were used"),
        error_messages={"required": _("Tell us what changed and which digital tools you used.")},
    )
    savings_eur_per_year = WholeNumberField(
        label=_("Savings (€ per year)"),
        max_value=MAX_EUROS,
        error_messages={"required": _("Write the savings in euros a year.")},
    )
    savings_from_year = forms.IntegerField(
        label=_("Savings measured from (year)"),
        min_value=1990,
        widget=forms.NumberInput(attrs={"class": "w-auto"}),
        error_messages={"required": _("Write the first year of the period.")},
    )
    savings_to_year = forms.IntegerField(
        label=_("Savings measured until (year)"),
        min_value=1990,
        widget=forms.NumberInput(attrs={"class": "w-auto"}),
        error_messages={"required": _("Write the last year of the period.")},
    )
    savings_method = _text(
        _("How the savings were calculated"),
        help_text=_("For example, hours of work saved times the cost of an hour."),
        error_messages={"required": _("Tell us how you calculated the savings.")},
    )
    other_results = _text(_("Other results"), required=False, rows=3)
    can_share = forms.MultipleChoiceField(
        label=_("What you can share with others"),
        choices=Sharing.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    sharing_details = _text(_("Sharing, in more detail"), required=False, rows=3)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        for name in ("savings_from_year", "savings_to_year"):
            self.fields[name].validators.append(MaxValueValidator(this_year))
            self.fields[name].widget.attrs["max"] = this_year

    def clean(self):
        data = super().clean()
        first, last = data.get("savings_from_year"), data.get("savings_to_year")
        if first and last and last < first:
            self.add_error("savings_to_year", _("The last year cannot be before the first."))
        return data


FORMS = {Role.KOKEILIJA: KokeilijaForm, Role.VAIKUTTAJA: VaikuttajaForm}


def _display(field, value) -> str:
    if value in (None, "", []):
        return ""
    if isinstance(field, forms.MultipleChoiceField):
        labels = dict(field.choices)
        return ", ".join(str(labels[item]) for item in value)
    if isinstance(field, forms.DateField):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(field, WholeNumberField):
        return f"{intcomma(value)} €"
    return str(value)


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
    for name in set(FORMS[registration.role].role_fields) - set(TEXT_FIELDS):
        initial[name] = getattr(registration, name)
    for name in (
        "other_topic",
        "commits_to_sharing",
        "joins_communications",
        "contact_name",
        "contact_title",
        "contact_email",
        "contact_phone",
        "contact_language",
    ):
        initial[name] = getattr(registration, name)
    initial["privacy_consent"] = True
    return initial
