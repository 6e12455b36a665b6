from registrations.models.calls import Call, CallQuerySet, CallRoles, CallState, FeeTier
from registrations.models.choices import Language, Role, Sharing, Status, Support
from registrations.models.registrations import (
    CONTACT_FIELDS,
    ReferenceCounter,
    Registration,
    RegistrationQuerySet,
)

__all__ = [
    "CONTACT_FIELDS",
    "Call",
    "CallQuerySet",
    "CallRoles",
    "CallState",
    "FeeTier",
    "Language",
    "ReferenceCounter",
    "Registration",
    "RegistrationQuerySet",
    "Role",
    "Sharing",
    "Status",
    "Support",
]
