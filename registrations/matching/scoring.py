"""The score of a pair of registrations, 0-100, and its reasons as data.

What counts, and how much (the weights add up to 100):
- what they are about: the words of their titles and texts, the rarer the more (cosine of
  the rarity-weighted words), and the topics they share;
- where: the same municipality taking part, a neighbouring one, the same region;
- who: a municipality of a similar size and the same statistical group; shared partners;
- what they need and offer: an influencer who already made the change an experimenter plans,
  and who shares what the experimenter asks for, is a mentor (and comes first).

Text carries most of the weight, and a pair must be alike in words to be suggested at all: a
shared topic and a shared region alone are what half the network has in common. Below the
threshold nothing is suggested: fewer suggestions rather than weak ones.
"""

import math
from dataclasses import dataclass

from registrations.matching.profiles import Profile
from registrations.models import Role, Sharing, SuggestionKind, Support

WEIGHTS = {"text": 55, "topic": 15, "place": 10, "size": 5, "partner": 5, "mentor": 10}
# As if this many more registrations had none of the words (see Rarity.weight).
RARITY_PRIOR = 10
# Text similarity this high counts fully.
TEXT_FULL = 0.45
# Below this similarity of words, a pair is not suggested, whatever else it shares.
TEXT_MIN = 0.08
THRESHOLD = 30
# An influencer is a mentor for a plan this alike.
MENTOR_TEXT_MIN = 0.15
# Within this ratio of population, two municipalities are of a similar size.
SIZE_RATIO = 2.0
# What an influencer can share that meets what an experimenter asks for.
MEETS = {
    Support.MENTOR: {Sharing.MENTORING},
    Support.PEERS: {Sharing.MENTORING, Sharing.VISITS},
    Support.EXPERTS: {Sharing.MENTORING, Sharing.MATERIALS},
    Support.EVENTS: {Sharing.VISITS},
    Support.FUNDING: set(),
}
HELPING = {Sharing.MENTORING, Sharing.VISITS, Sharing.MATERIALS}


class Rarity:
    """How rare each word is among the public registrations (its inverse document
    frequency), so that "kunta" or "palvelu" weigh little and "robotti" much."""

    def __init__(self, frequencies: dict[str, int], total: int):
        self.frequencies = frequencies
        self.total = total

    @classmethod
    def of(cls, profiles) -> "Rarity":
        frequencies: dict[str, int] = {}
        total = 0
        for profile in profiles:
            total += 1
            for word in profile.features:
                frequencies[word] = frequencies.get(word, 0) + 1
        return cls(frequencies, total)

    def weight(self, word: str) -> float:
        # Smoothed, so that in a network of a few registrations a shared word still counts.
        return math.log(1 + (self.total + RARITY_PRIOR) / (self.frequencies.get(word, 0) + 1))

    def vector(self, profile: Profile) -> tuple[dict[str, float], float]:
        """The profile's words weighted by rarity, and the vector's length."""
        vector = {word: w * self.weight(word) for word, w in profile.features.items()}
        vector = {word: value for word, value in vector.items() if value > 0}
        return vector, math.sqrt(sum(value * value for value in vector.values()))


@dataclass
class Match:
    other_id: int
    score: int
    kind: str
    reasons: list[dict]


def text_similarity(first: tuple[dict, float], second: tuple[dict, float]) -> float:
    (a, a_length), (b, b_length) = first, second
    if not a_length or not b_length:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b[word] for word, value in a.items() if word in b) / (a_length * b_length)


def is_mentor(profile: Profile, other: Profile, similarity: float) -> list[str] | None:
    """What the other, an influencer, can share that meets what this experimenter asks for
    (its help, when it asks for none in particular), if it did something alike; else None."""
    if profile.role != Role.KOKEILIJA or other.role != Role.VAIKUTTAJA:
        return None
    if similarity < MENTOR_TEXT_MIN:
        return None
    wanted = {kind for need in profile.support_wanted for kind in MEETS.get(need, ())}
    offered = set(other.can_share) & (wanted or HELPING)
    return sorted(offered) or None


def score(profile: Profile, other: Profile, similarity: float) -> Match | None:
    """The score of the other registration for this one, with its reasons; None when below
    the threshold. `similarity` is their text similarity (text_similarity of Rarity vectors)."""
    if similarity < TEXT_MIN:
        return None
    reasons: list[dict] = []
    points = WEIGHTS["text"] * min(1.0, similarity / TEXT_FULL)
    offered = is_mentor(profile, other, similarity)
    if offered:
        points += WEIGHTS["mentor"]
        reasons.append({"code": "mentor", "year": other.since, "savings": other.savings})
        reasons.append({"code": "offers", "items": offered})
    topics = sorted(profile.topic_ids & other.topic_ids)
    if topics:
        points += WEIGHTS["topic"] * min(1.0, len(topics) / 2 + 0.5)
        reasons.append({"code": "topic", "topics": topics})
    reasons.append({"code": "text", "similarity": round(similarity, 2)})
    if profile.municipality_ids & other.municipality_ids:
        points += WEIGHTS["place"]
        reasons.append({"code": "same_municipality"})
    elif profile.neighbour_ids & other.municipality_ids:
        points += WEIGHTS["place"] * 0.8
        reasons.append({"code": "neighbour"})
    elif profile.region_ids & other.region_ids:
        points += WEIGHTS["place"] * 0.4
        reasons.append({"code": "region"})
    if _similar_size(profile, other):
        points += WEIGHTS["size"]
        reasons.append({"code": "size"})
    if profile.partner_ids & other.partner_ids:
        points += WEIGHTS["partner"]
        reasons.append({"code": "partner"})
    total = round(points)
    if total < THRESHOLD:
        return None
    kind = SuggestionKind.MENTOR if offered else SuggestionKind.PEER
    return Match(other_id=other.pk, score=min(100, total), kind=kind, reasons=reasons)


def _similar_size(profile: Profile, other: Profile) -> bool:
    if not profile.population or not other.population:
        return False
    ratio = max(profile.population, other.population) / min(profile.population, other.population)
    return ratio <= SIZE_RATIO and profile.statistical_group == other.statistical_group


def ranked(matches: list[Match]) -> list[Match]:
    """Mentors first, then by score."""
    return sorted(matches, key=lambda m: (m.kind != SuggestionKind.MENTOR, -m.score, m.other_id))
