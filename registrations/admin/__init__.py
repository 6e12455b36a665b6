"""The coordinators' admin: calls, registrations, decisions, their records, the export, the
personal-data page, and reports with their savings and adoptions."""

from registrations.admin import (  # noqa: F401  (registers them)
    calls,
    personal_data,
    records,
    registrations,
    reports,
    savings,
)
