"""Finding the best matches of a registration: among all public ones at once (the batch that
precomputes every registration's suggestions, manage.py match_registrations), or among the
candidates the search table finds for one (when a registration is published or edited, and for
a form being filled in).

The batch keeps the words of every public registration in memory with an inverted index, and
for each registration only looks at the registrations that share its rarest words (up to a
budget of index entries), so that its cost grows with the number of registrations and not
with its square. The rarity of words is the same in both ways: counted over all public
registrations and kept in the shared cache (see rarity()).
"""

import heapq
from operator import itemgetter

from django.core.cache import cache
from django.db import connection

from registrations.matching import text
from registrations.matching.profiles import Profile, load_profiles
from registrations.matching.scoring import Match, Rarity, ranked, score, text_similarity
from registrations.models import Dismissal, SearchEntry, facet_key

# How many suggestions a registration keeps.
LIMIT = 5
# How many index entries the batch reads for one registration, and how many of the
# registrations found it scores in full.
BUDGET = 150
SHORTLIST = 8
# How many candidates the search table gives for one registration by its words, and how many
# more of the newest on its topics.
CANDIDATES = 40
TOPIC_CANDIDATES = 20
# A word this long also finds the words it starts.
PREFIX_FROM = 6
# Among how many of the newest that share a word they are ranked (as in public.similar).
NEWEST = 300
# How many of a registration's rarest words look for candidates.
QUERY_WORDS = 12
RARITY_KEY = "digikunta:matching-rarity"
RARITY_KEPT = 60 * 60


def rarity() -> Rarity:
    """The rarity of words among public registrations, from the shared cache: counted again
    when the number of public registrations has moved by more than a tenth since, or after an
    hour; the batch sets it afresh. One query when cached. A word's rarity hardly moves with
    one registration, and counting it reads every public registration's words."""
    stored = cache.get(RARITY_KEY)
    total = SearchEntry.objects.count()
    if stored is not None and abs(stored["total"] - total) <= total // 10:
        return Rarity(stored["frequencies"], stored["total"])
    if text.is_full_text():
        found = text.features_of_public()
    else:
        found = {pk: profile.features for pk, profile in load_profiles().items()}
    profiles = (Profile(pk=pk, role="", features=features) for pk, features in found.items())
    return remember_rarity(Rarity.of(profiles))


def remember_rarity(weights: Rarity) -> Rarity:
    cache.set(RARITY_KEY, {"frequencies": weights.frequencies, "total": weights.total}, RARITY_KEPT)
    return weights


def dismissed_with(ids) -> set[tuple[int, int]]:
    """The dismissed pairs that involve any of these registrations, both ways round."""
    ids = list(ids)
    pairs = Dismissal.objects.filter(first_id__in=ids).values_list("first_id", "second_id")
    pairs = pairs.union(
        Dismissal.objects.filter(second_id__in=ids).values_list("first_id", "second_id")
    )
    return {pair for first, second in pairs for pair in ((first, second), (second, first))}


class Matcher:
    """Scores registrations against a set of profiles with one rarity of words."""

    def __init__(self, profiles: dict[int, Profile], rarity: Rarity, dismissed=frozenset()):
        self.profiles = profiles
        self.rarity = rarity
        self.dismissed = dismissed
        self.vectors = {pk: rarity.vector(profile) for pk, profile in profiles.items()}
        # Each word's registrations with its weight in them.
        self.index: dict[str, list[tuple[int, float]]] = {}
        for pk, (vector, _length) in self.vectors.items():
            for word, value in vector.items():
                self.index.setdefault(word, []).append((pk, value))

    def matches(self, profile: Profile, *, limit: int = LIMIT) -> list[Match]:
        """The best matches of the profile among this matcher's, over the threshold."""
        vector = self.vectors.get(profile.pk) or self.rarity.vector(profile)
        found = [
            match
            for pk in self._shortlist(profile.pk, vector)
            if (match := self.match(profile, pk, vector)) is not None
        ]
        return ranked(found)[:limit]

    def match(self, profile: Profile, pk: int, vector=None) -> Match | None:
        vector = vector or self.vectors.get(profile.pk) or self.rarity.vector(profile)
        similarity = text_similarity(vector, self.vectors[pk])
        return score(profile, self.profiles[pk], similarity)

    def _shortlist(self, own: int, vector: tuple[dict, float]) -> list[int]:
        """The registrations that share the most weight of this one's rarest words."""
        words, _length = vector
        partial: dict[int, float] = {}
        budget = BUDGET
        for word, value in sorted(words.items(), key=itemgetter(1), reverse=True):
            postings = self.index.get(word, ())[:budget]
            for pk, weight in postings:
                partial[pk] = partial.get(pk, 0.0) + value * weight
            budget -= len(postings)
            if budget <= 0:
                break
        partial.pop(own, None)
        if self.dismissed:
            for pk in list(partial):
                if (own, pk) in self.dismissed:
                    del partial[pk]
        return heapq.nlargest(SHORTLIST, partial, key=partial.__getitem__)


def candidate_ids(profile: Profile, weights: Rarity) -> list[int]:
    """Public registrations that share some of the profile's rarest words (a long word also
    as the start of another: "koulukuljetus" finds "koulukuljetusten"), the closest first, and
    the newest on its topics (where words of the other language meet only through the
    glossary), from the search table: two queries at most (full text on PostgreSQL,
    containment elsewhere)."""
    words = sorted(
        (word for word in profile.features if word[0] not in "~="),
        key=lambda word: -profile.features[word] * weights.weight(word),
    )[:QUERY_WORDS]
    found = _by_words(profile, words) if words else []
    if profile.topic_ids:
        found += [pk for pk in _by_topics(profile) if pk not in found]
    return found


def _by_words(profile: Profile, words: list[str]) -> list[int]:
    table = SearchEntry._meta.db_table
    with connection.cursor() as cursor:
        if text.is_full_text():
            query = " | ".join(
                "'" + word.replace("'", "''") + "'" + (":*" if len(word) >= PREFIX_FROM else "")
                for word in words
            )
            cursor.execute(
                f"SELECT c.registration_id FROM (SELECT s.registration_id, s.document, "
                f"s.published_at FROM {table} s WHERE s.document @@ %s::tsquery "
                f"AND s.registration_id <> %s ORDER BY s.published_at DESC LIMIT {NEWEST}) c "
                "ORDER BY ts_rank(c.document, %s::tsquery) DESC, c.published_at DESC LIMIT %s",
                [query, profile.pk, query, CANDIDATES],
            )
        else:
            matches = " OR ".join(["instr(s.text, %s) > 0"] * len(words))
            cursor.execute(
                f"SELECT s.registration_id FROM {table} s WHERE ({matches}) "
                "AND s.registration_id <> %s ORDER BY s.published_at DESC LIMIT %s",
                [*words, profile.pk, CANDIDATES],
            )
        return [row[0] for row in cursor.fetchall()]


def _by_topics(profile: Profile) -> list[int]:
    keys = [facet_key("topic", pk) for pk in sorted(profile.topic_ids)]
    table = SearchEntry._meta.db_table
    with connection.cursor() as cursor:
        if text.is_full_text():
            where, params = "s.keys && %s::integer[]", [keys]
        else:
            marks = ", ".join(["%s"] * len(keys))
            where = f"EXISTS (SELECT 1 FROM json_each(s.keys) WHERE value IN ({marks}))"
            params = keys
        cursor.execute(
            f"SELECT s.registration_id FROM {table} s WHERE {where} "
            "AND s.registration_id <> %s ORDER BY s.published_at DESC LIMIT %s",
            [*params, profile.pk, TOPIC_CANDIDATES],
        )
        return [row[0] for row in cursor.fetchall()]


def matcher_for(profile: Profile, weights: Rarity | None = None) -> Matcher:
    """A matcher over the candidates of one profile (a dozen queries whatever the data)."""
    weights = weights or rarity()
    ids = candidate_ids(profile, weights)
    dismissed = dismissed_with([profile.pk]) if profile.pk else set()
    return Matcher(load_profiles(ids=ids) if ids else {}, weights, dismissed)


def best_matches(profile: Profile, *, limit: int = LIMIT) -> list[Match]:
    """The best public matches of one registration or draft, over the threshold."""
    return matcher_for(profile).matches(profile, limit=limit)
