"""Full-text search over registrations: PostgreSQL with Finnish and Swedish stemming, plain
case-insensitive matching elsewhere (SQLite for local development)."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q, QuerySet, Value

from network.text import fold
from registrations.models import TEXT_FIELDS, Registration

CONFIGS = ("finnish", "swedish")
WEIGHTS = ("A", "B", "C")
_WORD = re.compile(r"\w+", re.UNICODE)
_BODY_FIELDS = TEXT_FIELDS[1:]  # all but the title


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


def _both(registration: Registration, name: str) -> str:
    return " ".join(
        filter(
            None,
            [getattr(registration, f"{name}_fi", None), getattr(registration, f"{name}_sv", None)],
        )
    )


def document_parts(registration: Registration) -> dict[str, str]:
    """The text of a registration by weight: A its title, B its texts, C its topics and places.

    Both languages go into every part: an experiment written in Swedish is found with a Finnish
    word for a place or a topic, and the stemmers of both languages see every word.
    """
    places = [
        name
        for municipality in registration.municipalities.all()
        for name in (municipality.name_fi, municipality.name_sv)
    ]
    organisations = [
        name
        for organisation in [
            registration.lead_organisation,
            *registration.partner_organisations.all(),
        ]
        if organisation
        for name in (organisation.name_fi, organisation.name_sv)
        if name
    ]
    topics = [
        name for topic in registration.topics.all() for name in (topic.name_fi, topic.name_sv)
    ]
    body = [_both(registration, name) for name in _BODY_FIELDS]
    body.append(registration.other_topic)
    return {
        "A": _both(registration, "title"),
        "B": " ".join(filter(None, body)),
        "C": " ".join(filter(None, [*topics, *places, *organisations])),
    }


def refresh_search_documents(registrations) -> None:
    """Rewrite the search columns of these registrations (prefetch their topics,
    municipalities and organisations when there are many): one UPDATE per thousand."""
    rows = []
    for registration in registrations:
        parts = document_parts(registration)
        rows.append((registration.pk, parts, fold(" ".join(parts.values()))))
    for start in range(0, len(rows), 1000):
        batch = rows[start : start + 1000]
        if is_full_text():
            _update_postgresql(batch)
        else:
            Registration.objects.bulk_update(
                [Registration(pk=pk, search_text=text) for pk, _parts, text in batch],
                ["search_text"],
            )


def _update_postgresql(batch) -> None:
    vector = " || ".join(
        f"setweight(to_tsvector('{config}', v.{weight.lower()}), '{weight}')"
        for weight in WEIGHTS
        for config in CONFIGS
    )
    values = ", ".join(["(%s::bigint, %s::text, %s::text, %s::text, %s::text)"] * len(batch))
    params = [
        value
        for pk, parts, text in batch
        for value in (pk, parts["A"], parts["B"], parts["C"], text)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Registration._meta.db_table} AS r "
            f"SET search_text = v.text, search_document = {vector} "
            f"FROM (VALUES {values}) AS v(id, a, b, c, text) WHERE r.id = v.id",
            params,
        )


def words(text: str, limit: int = 30) -> list[str]:
    """The distinct words of a text, longer than two letters, in order."""
    seen = []
    for word in _WORD.findall(text.lower()):
        if len(word) > 2 and not word.isdigit() and word not in seen:
            seen.append(word)
        if len(seen) == limit:
            break
    return seen


def query_for(text: str, *, any_word: bool = False) -> SearchQuery | None:
    """The text as a query in both languages' stemming: every word, or any one of them."""
    if any_word:
        terms = words(text)
        if not terms:
            return None
        raw = " | ".join(terms)
        queries = [SearchQuery(raw, search_type="raw", config=config) for config in CONFIGS]
    else:
        if not text.strip():
            return None
        queries = [SearchQuery(text, search_type="websearch", config=config) for config in CONFIGS]
    return queries[0] | queries[1]


def search(queryset: QuerySet, text: str, *, any_word: bool = False) -> QuerySet:
    """Registrations matching the text, annotated with a rank (higher is better)."""
    if is_full_text():
        query = query_for(text, any_word=any_word)
        if query is None:
            return queryset.none()
        return queryset.filter(search_document=query).annotate(
            rank=SearchRank(F("search_document"), query)
        )
    terms = words(text) if any_word else [text]
    condition = Q()
    for term in filter(None, (fold(term) for term in terms)):
        condition |= Q(search_text__contains=term)
    if not condition:
        return queryset.none()
    return queryset.filter(condition).annotate(rank=Value(0.0))
