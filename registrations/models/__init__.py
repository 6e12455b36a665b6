"""The models of registrations: calls and fee tiers, registrations, the records made of them
(decisions, the e-mail outbox, requests for new links), the record of personal-data requests,
their choices, the search table made of the public ones, and the reports, savings and
adoptions that tell of their results."""

from registrations.models.adoptions import Adoption, AdoptionQuerySet
from registrations.models.calls import Call, CallQuerySet, CallRoles, CallState, FeeTier
from registrations.models.choices import Language, Phase, Role, Sharing, Status, Support
from registrations.models.privacy import PersonalDataAction, PersonalDataRequest
from registrations.models.records import (
    Decision,
    EmailKind,
    EmailState,
    LinkRequest,
    SentEmail,
)
from registrations.models.registrations import (
    CONTACT_FIELDS,
    ReferenceCounter,
    Registration,
    RegistrationQuerySet,
    phase_of,
)
from registrations.models.reports import (
    REPORT_TEXT_FIELDS,
    REVIEW_STATES,
    WRITABLE_STATES,
    Material,
    OpenDataset,
    ReminderTiming,
    Report,
    ReportKind,
    ReportQuerySet,
    ReportReminder,
    ReportStage,
    ReportState,
)
from registrations.models.roles import ROLE_FIELDS, TEXT_FIELDS, RoleFields
from registrations.models.savings import Savings, SavingsQuerySet
from registrations.models.search import (
    FACET_CODES,
    KEY_SPACE,
    ROLE_IDS,
    DataVersion,
    SearchEntry,
    SearchWord,
    facet_key,
    facet_of,
)

__all__ = [
    "REPORT_TEXT_FIELDS",
    "REVIEW_STATES",
    "WRITABLE_STATES",
    "Adoption",
    "AdoptionQuerySet",
    "Material",
    "OpenDataset",
    "ReminderTiming",
    "Report",
    "ReportKind",
    "ReportQuerySet",
    "ReportReminder",
    "ReportStage",
    "ReportState",
    "Savings",
    "SavingsQuerySet",
    "CONTACT_FIELDS",
    "TEXT_FIELDS",
    "Call",
    "CallQuerySet",
    "CallRoles",
    "CallState",
    "DataVersion",
    "Decision",
    "FACET_CODES",
    "KEY_SPACE",
    "EmailKind",
    "EmailState",
    "FeeTier",
    "Language",
    "LinkRequest",
    "PersonalDataAction",
    "PersonalDataRequest",
    "Phase",
    "ReferenceCounter",
    "Registration",
    "RegistrationQuerySet",
    "ROLE_IDS",
    "ROLE_FIELDS",
    "Role",
    "RoleFields",
    "SearchEntry",
    "SearchWord",
    "SentEmail",
    "Sharing",
    "Status",
    "Support",
    "facet_key",
    "facet_of",
    "phase_of",
]
