"""The coordinators' admin: calls, registrations, decisions, their records, the export, the
personal-data page; reports with their savings and adoptions; events and their sign-ups; the
digital roadmaps."""

from registrations.admin import (  # noqa: F401  (registers them)
    calls,
    events,
    groups,
    matching,
    personal_data,
    records,
    registrations,
    reports,
    roadmaps,
    savings,
    signups,
)
