"""Full-text search over registrations: PostgreSQL with Finnish and Swedish stemming, plain
case-insensitive matching elsewhere (SQLite for local development).

Each text is stemmed in its own language (a Finnish title with the Finnish stemmer, its Swedish
translation with the Swedish one) and a query with both, so that "kokeilu" finds "kokeilut"
and "tjänst" finds "tjänster" whichever language the user searches in.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q, QuerySet, Value

from network.text import fold
from registrations.models import TEXT_FIELDS, Registration

CONFIGS = {"fi": "finnish", "sv": "swedish"}
WEIGHTS = ("A", "B", "C")
_WORD = re.compile(r"\w+", re.UNICODE)
_BODY_FIELDS = TEXT_FIELDS[1:]  # all but the title


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


def document_parts(registration: Registration) -> dict[str, dict[str, str]]:
    """The text of a registration by weight (A its title, B its texts, C its topics, places
    and organisations) and by language."""

    def texts(names, language):
        return [getattr(registration, f"{name}_{language}", None) for name in names]

    def names(objects, language):
        return [getattr(item, f"name_{language}", None) for item in objects]

    organisations = [registration.lead_organisation, *registration.partner_organisations.all()]
    organisations = [organisation for organisation in organisations if organisation]
    parts = {}
    for language in CONFIGS:
        other_topic = [registration.other_topic] if registration.language == language else []
        parts[language] = {
            "A": texts(["title"], language),
            "B": texts(_BODY_FIELDS, language) + other_topic,
            "C": names(registration.topics.all(), language)
            + names(registration.municipalities.all(), language)
            + names(organisations, language),
        }
    return {
        weight: {language: " ".join(filter(None, parts[language][weight])) for language in CONFIGS}
        for weight in WEIGHTS
    }


def refresh_search_documents(registrations) -> None:
    """Rewrite the search columns of these registrations (prefetch their topics,
    municipalities and organisations when there are many): one UPDATE per thousand."""
    rows = []
    for registration in registrations:
        parts = document_parts(registration)
        plain = " ".join(text for part in parts.values() for text in part.values())
        rows.append((registration.pk, parts, fold(plain)))
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
    columns = [f"{weight.lower()}_{language}" for weight in WEIGHTS for language in CONFIGS]
    vector = " || ".join(
        f"setweight(to_tsvector('{CONFIGS[language]}', v.{weight.lower()}_{language}), '{weight}')"
        for weight in WEIGHTS
        for language in CONFIGS
    )
    row = "(%s::bigint, " + ", ".join(["%s::text"] * (len(columns) + 1)) + ")"
    params = [
        value
        for pk, parts, text in batch
        for value in (
            pk,
            *(parts[weight][language] for weight in WEIGHTS for language in CONFIGS),
            text,
        )
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Registration._meta.db_table} AS r "
            f"SET search_text = v.text, search_document = {vector} "
            f"FROM (VALUES {', '.join([row] * len(batch))}) "
            f"AS v(id, {', '.join(columns)}, text) WHERE r.id = v.id",
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
        queries = [SearchQuery(raw, search_type="raw", config=c) for c in CONFIGS.values()]
    else:
        if not text.strip():
            return None
        queries = [SearchQuery(text, search_type="websearch", config=c) for c in CONFIGS.values()]
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


def matching_ids(text: str) -> list[int]:
    """The ids of the public registrations that match the text, best match first."""
    matches = search(Registration.objects.public(), text)
    return list(matches.order_by("-rank", "-published_at", "-pk").values_list("pk", flat=True))
