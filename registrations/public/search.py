"""Full-text search over the search table: PostgreSQL with Finnish and Swedish stemming and
compound words, plain containment of folded text elsewhere (SQLite, for local development).

Each text is stemmed in its own language (a Finnish title with the Finnish stemmer, its Swedish
translation with the Swedish one) and each search word with both, so that "kokeilu" finds
"kokeilut" and "tjänst" finds "tjänster" whichever language the user searches in. The
stemmers do not split compounds, and the Finnish one stems some inflected forms apart
("koulukuljetus", "koulukuljetuksen"); so each search word is also looked up, through a
trigram index (pg_trgm), in the words of the public texts: a word that ends with it, give or
take an inflection, is searched for too ("kuljetus" finds "koulukuljetuksen", "skjuts" finds
"skolskjutsarna"). A word that merely starts the same way ("auto", "automaatio") is not.
"""

import re

from django.db import connection

from network.text import fold
from registrations.models import TEXT_FIELDS, Registration, SearchWord
from registrations.models.search import read_cursor

CONFIGS = {"fi": "finnish", "sv": "swedish"}
WEIGHTS = ("A", "B", "C")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_BODY_FIELDS = TEXT_FIELDS[1:]  # all but the title
# A search word shorter than this is not looked for inside other words.
COMPOUND_MIN = 4
# How many letters may follow the search word's core inside a longer word: an inflection or
# a possessive suffix ("kuljet|uksen", "skju|tsarna"), not a word of its own.
ENDING_MAX = 6


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


def words(text: str, limit: int = 30) -> list[str]:
    """The distinct words of a text, longer than two letters, in order."""
    seen = []
    for word in _WORD.findall(text.lower()):
        if len(word) > 2 and not word.isdigit() and word not in seen:
            seen.append(word)
        if len(seen) == limit:
            break
    return seen


def search_words(text: str, limit: int = 30) -> list[str]:
    """The distinct words of a search, numbers and short words too ("AI", "2026")."""
    return list(dict.fromkeys(_WORD.findall(text.lower())))[:limit]


def core(word: str) -> str:
    """The part of a search word that a compound or an inflected form keeps: the word less its
    last letter or two, where stems change ("kuljetus" → "kuljet", "auto" → "aut")."""
    if len(word) < COMPOUND_MIN or word.isdigit():
        return ""
    return word[: -1 if len(word) <= 5 else -2]


def _quoted(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


_EXPANSION = f"""
SELECT q.i, x.lexeme
FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS q(word, core, i)
CROSS JOIN LATERAL (
    SELECT unnest(tsvector_to_array(
        to_tsvector('finnish', q.word) || to_tsvector('swedish', q.word)))
    UNION
    SELECT jsonb_array_elements_text(w.lexemes)
    FROM {SearchWord._meta.db_table} AS w
    WHERE q.core <> '' AND w.word LIKE '%%' || q.core || '%%'
      AND length(w.word) - strpos(w.word, q.core) - length(q.core) + 1 <= {ENDING_MAX}
) AS x(lexeme)
"""


def tsquery(text: str) -> str | None:
    """The search as a PostgreSQL text query: every word, each in any of its forms (its stems
    in both languages, and those of the longer words that end with it). One query; None when
    no word is left to search for (only stop words, say)."""
    terms = search_words(text)
    if not terms:
        return None
    with read_cursor() as cursor:
        cursor.execute(_EXPANSION, [terms, [core(term) for term in terms]])
        found: dict[int, set[str]] = {}
        for index, lexeme in cursor.fetchall():
            found.setdefault(index, set()).add(lexeme)
    groups = [" | ".join(_quoted(lexeme) for lexeme in sorted(found[i])) for i in sorted(found)]
    return " & ".join(f"( {group} )" for group in groups) or None


def folded(text: str) -> str:
    """The search as folded text, for containment matching without full-text search."""
    return fold(" ".join(text.split()))


def vocabulary(parts: dict[str, dict[str, str]]) -> list[str]:
    """The words of a registration's texts that a search word may be found inside."""
    text = " ".join(text for part in parts.values() for text in part.values())
    return [word for word in words(text, limit=10_000) if len(word) <= 100]
