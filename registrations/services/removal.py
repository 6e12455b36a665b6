"""Deleting registrations, for coordinators in the admin: their search rows go with them (the
database cascades), and the data version moves on when any of them was public."""

from django.db import transaction

from registrations.models import SearchEntry
from registrations.services.search_table import bump_data_version


@transaction.atomic
def delete_registrations(*, registrations) -> int:
    """Delete the registrations of a QuerySet; returns how many."""
    was_public = SearchEntry.objects.filter(registration__in=registrations).exists()
    deleted = registrations.count()
    registrations.delete()
    if was_public:
        bump_data_version()
    return deleted
