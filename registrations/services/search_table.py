"""The search table (registrations.models.search) kept in step with the registrations: a row
for each public one, none for the others, written in the same transaction as the change, and
the data version moved on with it, so that no page and no cache entry is stale once the write
commits. Also a rebuild from scratch and a check, for `manage.py search_table`, the facet
pairs included (registrations.services.facet_pairs)."""

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from network.text import fold
from registrations.models import (
    ROLE_IDS,
    DataVersion,
    Registration,
    SearchEntry,
    SearchWord,
    Status,
    facet_key,
)
from registrations.public.search import CONFIGS, WEIGHTS, document_parts, vocabulary
from registrations.services.facet_pairs import check_facet_pairs, recount_facet_pairs

REBUILD_BATCH = 1000


def keys_of(registration: Registration, region_ids) -> list[int]:
    """The facet keys of a registration (prefetch its topics and municipalities)."""
    keys = [
        facet_key("role", ROLE_IDS[registration.role]),
        facet_key("call", registration.call_id),
    ]
    if registration.start_year:
        keys.append(facet_key("year", registration.start_year))
    keys += sorted(facet_key("topic", topic.pk) for topic in registration.topics.all())
    keys += sorted(facet_key("region", region_id) for region_id in region_ids)
    keys += sorted(facet_key("municipality", m.pk) for m in registration.municipalities.all())
    return keys


def _sort_key(first: str | None, second: str | None) -> str:
    return fold(first or second or "")[:200]


def sync_search_entries(*, registrations: list[Registration], regions: dict[int, set[int]]):
    """Write the rows of these saved registrations (their topics, municipalities and partner
    organisations prefetched, the lead organisation selected; regions by registration): the
    public ones in, the others out. Moves the data version on when anything public changed."""
    public = [r for r in registrations if r.status == Status.ACCEPTED]
    others = [r.pk for r in registrations if r.status != Status.ACCEPTED]
    removed, _ = SearchEntry.objects.filter(registration_id__in=others).delete()
    parts = {registration.pk: document_parts(registration) for registration in public}
    SearchEntry.objects.bulk_create(
        [
            SearchEntry(
                registration_id=registration.pk,
                role=registration.role,
                starts_on=registration.starts_on,
                ends_on=registration.ends_on,
                published_at=registration.published_at or timezone.now(),
                keys=keys_of(registration, regions.get(registration.pk, ())),
                sort_fi=_sort_key(registration.title_fi, registration.title_sv),
                sort_sv=_sort_key(registration.title_sv, registration.title_fi),
                text=""
                if connection.vendor == "postgresql"
                else fold(
                    " ".join(t for part in parts[registration.pk].values() for t in part.values())
                ),
            )
            for registration in public
        ],
        update_conflicts=True,
        unique_fields=["registration"],
        update_fields=[
            "role",
            "starts_on",
            "ends_on",
            "published_at",
            "keys",
            "sort_fi",
            "sort_sv",
            "text",
        ],
    )
    if public and connection.vendor == "postgresql":
        _write_documents(parts)
        _add_words({word for part in parts.values() for word in vocabulary(part)})
    if public or removed:
        bump_data_version()


def _write_documents(parts: dict[int, dict[str, dict[str, str]]]) -> None:
    """Each text stemmed in its own language and weighted: one UPDATE per batch."""
    columns = [f"{weight.lower()}_{language}" for weight in WEIGHTS for language in CONFIGS]
    vector = " || ".join(
        f"setweight(to_tsvector('{CONFIGS[language]}', v.{weight.lower()}_{language}), '{weight}')"
        for weight in WEIGHTS
        for language in CONFIGS
    )
    rows = list(parts.items())
    for start in range(0, len(rows), REBUILD_BATCH):
        batch = rows[start : start + REBUILD_BATCH]
        row = "(%s::bigint, " + ", ".join(["%s::text"] * len(columns)) + ")"
        params = [
            value
            for pk, part in batch
            for value in (
                pk,
                *(part[weight][language] for weight in WEIGHTS for language in CONFIGS),
            )
        ]
        title = " || ".join(
            f"to_tsvector('{CONFIGS[language]}', v.a_{language})" for language in CONFIGS
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {SearchEntry._meta.db_table} AS s "
                f"SET document = {vector}, title_document = {title} "
                f"FROM (VALUES {', '.join([row] * len(batch))}) "
                f"AS v(id, {', '.join(columns)}) WHERE s.registration_id = v.id",
                params,
            )


def _add_words(found: set[str]) -> None:
    """The words not yet known, with their stems in both languages."""
    if not found:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {SearchWord._meta.db_table} (word, lexemes) "
            "SELECT w, to_jsonb(tsvector_to_array("
            "to_tsvector('finnish', w) || to_tsvector('swedish', w))) "
            "FROM unnest(%s::text[]) AS w ON CONFLICT (word) DO NOTHING",
            [sorted(found)],
        )


def bump_data_version() -> None:
    """Move the data version on, in the caller's transaction; once it commits, fill the
    shared cache for the new version from this process, so that no visitor has to."""
    updated = DataVersion.objects.filter(pk=1).update(
        number=F("number") + 1, changed_at=timezone.now()
    )
    if not updated:
        DataVersion.objects.update_or_create(pk=1, defaults={"number": 1})
    from registrations.public.shared_cache import warm

    # Once per transaction, however many batches it writes.
    if not any(callback is warm for _ids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(warm)


@transaction.atomic
def rebuild_search_table() -> int:
    """Every row written again from the registrations, the words too; returns the rows."""
    from registrations.services.derived import SYNC_BATCH, region_ids_of

    SearchEntry.objects.all().delete()
    SearchWord.objects.all().delete()
    pks = list(
        Registration.objects.filter(status=Status.ACCEPTED)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for start in range(0, len(pks), SYNC_BATCH):
        saved = list(
            Registration.objects.filter(pk__in=pks[start : start + SYNC_BATCH])
            .select_related("lead_organisation")
            .prefetch_related("topics", "municipalities", "partner_organisations")
        )
        sync_search_entries(registrations=saved, regions=region_ids_of(saved))
    # The triggers kept the pairs through the rewrite; counting them again mends any drift.
    recount_facet_pairs()
    bump_data_version()
    return len(pks)


def check_search_table() -> list[str]:
    """What differs between the search table and the registrations, in words."""
    from registrations.services.derived import region_ids_of

    problems = []
    public = set(Registration.objects.filter(status=Status.ACCEPTED).values_list("pk", flat=True))
    entries = dict(SearchEntry.objects.values_list("registration_id", "keys"))
    if missing := sorted(public - set(entries)):
        problems.append(f"{len(missing)} public registrations have no row: {missing[:10]}")
    if extra := sorted(set(entries) - public):
        problems.append(f"{len(extra)} rows are of registrations not public: {extra[:10]}")
    pks = sorted(public & set(entries))
    for start in range(0, len(pks), REBUILD_BATCH):
        saved = list(
            Registration.objects.filter(pk__in=pks[start : start + REBUILD_BATCH])
            .select_related("lead_organisation")
            .prefetch_related("topics", "municipalities")
        )
        regions = region_ids_of(saved)
        stale = [r.pk for r in saved if keys_of(r, regions[r.pk]) != entries[r.pk]]
        if stale:
            problems.append(f"{len(stale)} rows have stale filters: {stale[:10]}")
    return problems + check_facet_pairs()
