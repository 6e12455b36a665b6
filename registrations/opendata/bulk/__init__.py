"""Bulk downloads: every public record as CSV and as JSON Lines, in a ZIP with a README of the
columns and the licence; written by `manage.py export_open_data` (nightly, and on demand)."""
