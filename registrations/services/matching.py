"""The stored suggestions (registrations.models.matching), kept in step with the registrations:
all of them recomputed by `manage.py match_registrations` (the batch; after bulk imports such as
the benchmark's), and those of a registration recomputed in the transaction that publishes,
edits or withdraws it (from services.derived, like the search table). A coordinator's dismissal
is recorded and the pair is never suggested again."""

from dataclasses import dataclass
from time import perf_counter

from django.db import transaction

from registrations.matching.engine import (
    LIMIT,
    Matcher,
    dismissed_with,
    matcher_for,
    rarity,
    remember_rarity,
)
from registrations.matching.profiles import load_profiles
from registrations.matching.scoring import Match, Rarity, ranked, score, text_similarity
from registrations.models import Dismissal, Registration, Suggestion

# A write of more registrations than this at once (a bulk import) leaves their suggestions to
# the batch, which does all of them faster than one by one.
REFRESH_MAX = 20


@dataclass
class BatchResult:
    registrations: int
    suggestions: int
    seconds: float


def _row(pk: int, match: Match) -> Suggestion:
    return Suggestion(
        registration_id=pk,
        other_id=match.other_id,
        kind=match.kind,
        score=match.score,
        reasons=match.reasons,
    )


@transaction.atomic
def recompute_all_suggestions() -> BatchResult:
    """Every public registration's suggestions computed again, in one transaction."""
    started = perf_counter()
    profiles = load_profiles()
    weights = remember_rarity(Rarity.of(profiles.values()))
    dismissed = {
        pair
        for first, second in Dismissal.objects.values_list("first_id", "second_id")
        for pair in ((first, second), (second, first))
    }
    matcher = Matcher(profiles, weights, dismissed)
    rows = [
        _row(pk, match) for pk, profile in profiles.items() for match in matcher.matches(profile)
    ]
    Suggestion.objects.all().delete()
    Suggestion.objects.bulk_create(rows, batch_size=5000)
    return BatchResult(len(profiles), len(rows), perf_counter() - started)


@transaction.atomic
def refresh_suggestions(*, registration_ids: list[int]) -> None:
    """The suggestions of these registrations computed again, and theirs in the lists of the
    registrations they match: in the caller's transaction, after the search table."""
    ids = list(registration_ids)
    Suggestion.objects.filter(registration_id__in=ids).delete()
    Suggestion.objects.filter(other_id__in=ids).delete()
    public = [profile for profile in load_profiles(ids=ids).values() if profile.is_public]
    if not public:
        return
    weights = rarity()
    rows, touched = [], set()
    for profile in public:
        matcher = matcher_for(profile, weights)
        rows += [_row(profile.pk, match) for match in matcher.matches(profile)]
        own = weights.vector(profile)
        for pk, other in matcher.profiles.items():
            if (pk, profile.pk) in matcher.dismissed or pk in ids:
                continue
            match = score(other, profile, text_similarity(matcher.vectors[pk], own))
            if match is not None:
                rows.append(_row(pk, match))
                touched.add(pk)
    Suggestion.objects.bulk_create(rows, ignore_conflicts=True)
    _keep_the_best(touched)


def _keep_the_best(ids: set[int]) -> None:
    """Each of these registrations keeps only its best LIMIT suggestions."""
    by_registration: dict[int, list] = {}
    for row in Suggestion.objects.filter(registration_id__in=list(ids)):
        by_registration.setdefault(row.registration_id, []).append(row)
    extra = []
    for rows in by_registration.values():
        matches = ranked([Match(r.other_id, r.score, r.kind, r.reasons) for r in rows])
        kept = {m.other_id for m in matches[:LIMIT]}
        extra += [row.pk for row in rows if row.other_id not in kept]
    if extra:
        Suggestion.objects.filter(pk__in=extra).delete()


@transaction.atomic
def dismiss_suggestion(*, registration: Registration, other: Registration, by) -> Dismissal:
    """A coordinator's no to a pair: recorded (who, when), and never suggested again."""
    first, second = sorted([registration.pk, other.pk])
    if first == second:
        raise ValueError("A registration is no match for itself.")
    dismissal, _created = Dismissal.objects.get_or_create(
        first_id=first, second_id=second, defaults={"dismissed_by": by}
    )
    Suggestion.objects.filter(registration_id=first, other_id=second).delete()
    Suggestion.objects.filter(registration_id=second, other_id=first).delete()
    return dismissal


__all__ = [
    "BatchResult",
    "dismiss_suggestion",
    "dismissed_with",
    "recompute_all_suggestions",
    "refresh_suggestions",
]
