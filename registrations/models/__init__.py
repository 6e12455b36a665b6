"""The models of registrations: calls and fee tiers, registrations, the records made of them
(decisions, the e-mail outbox, requests for new links), the record of personal-data requests,
their choices, the search table made of the public ones, and the reports, savings and
adoptions that tell of their results."""

from registrations.models.adoptions import Adoption, AdoptionQuerySet
from registrations.models.calls import Call, CallQuerySet, CallRoles, CallState, FeeTier
from registrations.models.choices import Language, Phase, Role, Sharing, Status, Support
from registrations.models.contact import ContactMessage
from registrations.models.facet_pairs import FacetPair, StageCount
from registrations.models.groups import GroupMembership
from registrations.models.introductions import (
    NEXT_STATES,
    TAKEN_PLACE,
    Introduction,
    IntroductionState,
)
from registrations.models.matching import Dismissal, Suggestion, SuggestionKind
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
from registrations.models.roadmaps import (
    LEVELS,
    ActionStatus,
    Perspective,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
    RoadmapLevel,
    RoadmapQuerySet,
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
from registrations.models.signups import (
    SIGNUP_PERSONAL_FIELDS,
    SignUp,
    SignUpQuerySet,
    SignUpStatus,
)

__all__ = [
    "LEVELS",
    "ActionStatus",
    "Perspective",
    "Roadmap",
    "RoadmapAction",
    "RoadmapGoal",
    "RoadmapLevel",
    "RoadmapQuerySet",
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
    "ContactMessage",
    "CallQuerySet",
    "CallRoles",
    "CallState",
    "DataVersion",
    "Decision",
    "Dismissal",
    "FACET_CODES",
    "FacetPair",
    "StageCount",
    "KEY_SPACE",
    "EmailKind",
    "EmailState",
    "FeeTier",
    "GroupMembership",
    "Introduction",
    "IntroductionState",
    "NEXT_STATES",
    "TAKEN_PLACE",
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
    "SIGNUP_PERSONAL_FIELDS",
    "SignUp",
    "SignUpQuerySet",
    "SignUpStatus",
    "Suggestion",
    "SuggestionKind",
    "Sharing",
    "Status",
    "Support",
    "facet_key",
    "facet_of",
    "phase_of",
]
