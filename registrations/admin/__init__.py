"""The coordinators' admin: calls, registrations, decisions, their records and the export."""

from registrations.admin import calls, records, registrations  # noqa: F401  (registers them)
