"""What is derived from saved registrations, written by one implementation for the site and
the benchmark alike: the lead municipality among the participants, the regions, the start year,
and the search table's row (registrations.services.search_table)."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import transaction

from registrations.models import Registration
from registrations.services.matching import REFRESH_MAX, refresh_suggestions
from registrations.services.search_table import sync_search_entries

# Registrations whose derived data sync_derived() writes in one go: a few statements for the
# search table, one read with their topics, places and organisations.
SYNC_BATCH = 1000


@transaction.atomic
def sync_derived(*, registrations: Iterable[Registration]) -> None:
    """Keep what is derived from saved registrations in step with them: the lead municipality
    among the participants, the regions (the participants' and the lead organisation's), the
    start year and the search table. A few queries per thousand registrations, so that the
    benchmark's many thousands get them from this same code."""
    registrations = list(registrations)
    for start in range(0, len(registrations), SYNC_BATCH):
        _sync_batch(registrations[start : start + SYNC_BATCH])


def _sync_batch(registrations: list[Registration]) -> None:
    by_start_year: dict[int | None, list[int]] = defaultdict(list)
    for registration in registrations:
        registration.start_year = registration.derived_start_year()
        by_start_year[registration.start_year].append(registration.pk)
    for start_year, pks in by_start_year.items():
        Registration.objects.filter(pk__in=pks).update(start_year=start_year)
    Places = Registration.municipalities.through
    Places.objects.bulk_create(
        [
            Places(
                registration_id=registration.pk, municipality_id=registration.lead_municipality_id
            )
            for registration in registrations
            if registration.lead_municipality_id
        ],
        ignore_conflicts=True,
    )
    # Read back as saved, with the lead municipality added, for the regions and the search.
    saved = list(
        Registration.objects.filter(pk__in=[registration.pk for registration in registrations])
        .select_related("lead_organisation")
        .prefetch_related("topics", "municipalities", "partner_organisations")
    )
    regions = region_ids_of(saved)
    _set_regions(regions)
    sync_search_entries(registrations=saved, regions=regions)
    # Suggestions read the search table: after it, in the same transaction.
    if len(saved) <= REFRESH_MAX:
        refresh_suggestions(registration_ids=[registration.pk for registration in saved])


def region_ids_of(registrations: list[Registration]) -> dict[int, set[int]]:
    """The regions of each registration: its municipalities' and its lead organisation's
    (prefetch the municipalities, select the lead organisation)."""
    regions: dict[int, set[int]] = {}
    for registration in registrations:
        regions[registration.pk] = {m.region_id for m in registration.municipalities.all()}
        if registration.lead_organisation and registration.lead_organisation.region_id:
            regions[registration.pk].add(registration.lead_organisation.region_id)
    return regions


def _set_regions(regions: dict[int, set[int]]) -> None:
    """Only the rows that change, as Registration.regions.set() would for one registration."""
    Regions = Registration.regions.through
    wanted = {(pk, region_id) for pk, region_ids in regions.items() for region_id in region_ids}
    existing = Regions.objects.filter(registration_id__in=list(regions)).values_list(
        "pk", "registration_id", "region_id"
    )
    stale = []
    for row_id, pk, region_id in existing:
        if (pk, region_id) in wanted:
            wanted.discard((pk, region_id))
        else:
            stale.append(row_id)
    if stale:
        Regions.objects.filter(pk__in=stale).delete()
    Regions.objects.bulk_create(
        [Regions(registration_id=pk, region_id=region_id) for pk, region_id in wanted]
    )
