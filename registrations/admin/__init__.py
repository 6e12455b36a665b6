"""The coordinators' admin: calls, registrations, decisions, their records, the export and
the personal-data page; events and their sign-ups."""

from registrations.admin import (  # noqa: F401  (registers them)
    calls,
    events,
    groups,
    matching,
    personal_data,
    records,
    registrations,
    signups,
)
