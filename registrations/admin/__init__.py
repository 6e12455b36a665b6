"""The coordinators' admin: calls, registrations, decisions, their records, the export,
the personal-data page; events and their sign-ups; the digital roadmaps."""

from registrations.admin import (  # noqa: F401  (registers them)
    calls,
    events,
    groups,
    matching,
    personal_data,
    records,
    registrations,
    roadmaps,
    signups,
)
