"""The coordinators' admin: calls, registrations, decisions, their records, the export and
the personal-data page."""

from registrations.admin import (  # noqa: F401  (registers them)
    calls,
    groups,
    matching,
    personal_data,
    records,
    registrations,
)
