"""The words of a registration as matching compares them: on PostgreSQL the lexemes of the
Finnish and Swedish full-text configurations (for public registrations read from the search
table's document, which already holds them; for others, and for a form being filled in,
stemmed by one query); elsewhere (SQLite) plain folded words, cut to a common stem length.

Each word is a feature, title words weighing double. Finnish and Swedish compounds
("laskutusrobotti", "ohjelmistorobotti", "mjukvarurobot") share no stem, so a long word also
gives its last letters as a weaker feature ("~robot"): the head of a compound, give or take an
inflection; and words of the network's vocabulary give their concept in both languages
(glossary.py). How rare a feature is (its document frequency) weighs it in registrations.matching.
"""

import re

from django.db import connection

from network.text import fold
from registrations.matching.glossary import concepts_of
from registrations.models import TEXT_FIELDS, SearchEntry
from registrations.public.search import CONFIGS

TITLE_WEIGHT = 2.0
TEXT_WEIGHT = 1.0
TAIL_WEIGHT = 0.5
# A concept (glossary.py) is the one feature that meets across languages: it weighs more.
CONCEPT_WEIGHT = 2.5
# A word this long gives its last letters as a feature too (a short word, itself).
TAIL_FROM = 5
TAIL_LENGTH = 5
# On SQLite, a word is cut to this many letters: a poor man's stemmer.
STEM_LENGTH = 6
BODY_FIELDS = TEXT_FIELDS[1:]
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Words of the network's own vocabulary that say nothing about what is tried (SQLite only:
# PostgreSQL's configurations drop stop words, and rarity weighs the rest).
_COMMON = frozenset(
    fold(word)
    for word in (
        "kunta",
        "kunnan",
        "kunnat",
        "kaupunki",
        "kokeilu",
        "kokeilun",
        "kokeilemme",
        "haluamme",
        "voimme",
        "olemme",
        "joka",
        "jotka",
        "sekä",
        "myös",
        "kanssa",
        "mutta",
        "kommun",
        "kommunen",
        "försök",
        "försöket",
        "vill",
        "kan",
        "som",
        "och",
        "med",
        "för",
        "till",
        "det",
        "den",
        "att",
        "har",
        "inte",
    )
)

Features = dict[str, float]


def is_full_text() -> bool:
    return connection.vendor == "postgresql"


def features(title: list[str], body: list[str]) -> Features:
    """Weighted features of a title's and a text's words (lexemes or folded words)."""
    found: Features = {}
    for words, weight in ((body, TEXT_WEIGHT), (title, TITLE_WEIGHT)):
        for word in words:
            if len(word) < 3 or word.isdigit():
                continue
            found[word] = max(found.get(word, 0), weight)
            for concept in concepts_of(word):
                found[concept] = max(found.get(concept, 0), weight * CONCEPT_WEIGHT)
            if len(word) >= TAIL_FROM:
                tail = "~" + word[-TAIL_LENGTH:]
                found[tail] = max(found.get(tail, 0), TAIL_WEIGHT)
    return found


def plain_words(text: str) -> list[str]:
    """Folded words of a text, common ones left out, cut to a stem length (SQLite)."""
    return [word[:STEM_LENGTH] for word in _WORD.findall(fold(text)) if word not in _COMMON]


def texts_of(registration) -> tuple[dict[str, str], dict[str, str]]:
    """A registration's title and its other texts, by language."""
    titles, bodies = {}, {}
    for language in CONFIGS:
        titles[language] = getattr(registration, f"title_{language}", None) or ""
        bodies[language] = " ".join(
            filter(
                None, (getattr(registration, f"{name}_{language}", None) for name in BODY_FIELDS)
            )
        )
    return titles, bodies


def features_of_texts(items: dict[int, tuple[dict[str, str], dict[str, str]]]) -> dict:
    """{key: features} of (titles by language, texts by language): one query on PostgreSQL,
    none elsewhere."""
    if not items:
        return {}
    if not is_full_text():
        return {
            key: features(
                plain_words(" ".join(titles.values())), plain_words(" ".join(bodies.values()))
            )
            for key, (titles, bodies) in items.items()
        }
    keys = list(items)

    def column(part: int, language: str) -> list[str]:
        return [items[key][part].get(language, "") for key in keys]

    vector = " || ".join(f"to_tsvector('{CONFIGS[lang]}', v.{{part}}_{lang})" for lang in CONFIGS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT v.k, tsvector_to_array({vector.format(part='t')}), "
            f"tsvector_to_array({vector.format(part='b')}) "
            "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[]) "
            "AS v(k, t_fi, t_sv, b_fi, b_sv)",
            [keys, column(0, "fi"), column(0, "sv"), column(1, "fi"), column(1, "sv")],
        )
        return {key: features(title, body) for key, title, body in cursor.fetchall()}


def features_of_public(ids: list[int] | None = None) -> dict[int, Features]:
    """{registration id: features} of public registrations (all of them when no ids are
    given), read from the search table's stored lexemes (PostgreSQL): one query."""
    where, params = ("WHERE s.registration_id = ANY(%s)", [ids]) if ids is not None else ("", [])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.registration_id, tsvector_to_array(ts_filter(s.document, '{a}')), "
            "tsvector_to_array(ts_filter(s.document, '{b}')) "
            f"FROM {SearchEntry._meta.db_table} s {where}",
            params,
        )
        return {pk: features(title, body) for pk, title, body in cursor.fetchall()}
