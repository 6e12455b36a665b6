"""What pages show of matching: a public experiment's stored suggestions, the matches of a
form being filled in or of any registration (coordinators), and the municipalities working on
the same things as one municipality."""

from dataclasses import dataclass

from django.db.models import Count, Max

from network.models import Municipality
from registrations.matching import reasons as wording
from registrations.matching.engine import LIMIT, best_matches
from registrations.matching.profiles import Profile, draft_profile, load_profiles
from registrations.matching.scoring import Match
from registrations.models import (
    CONTACT_FIELDS,
    GroupMembership,
    Introduction,
    IntroductionState,
    Registration,
    Status,
    Suggestion,
    SuggestionKind,
)


@dataclass
class Suggested:
    """A suggested public experiment, its score and its reasons."""

    experiment: Registration
    score: int
    kind: str
    reasons: list[dict]

    @property
    def is_mentor(self) -> bool:
        return self.kind == SuggestionKind.MENTOR

    @property
    def phrases(self) -> list[str]:
        return wording.phrases(self.reasons, self.experiment)


def _with_rows(matches: list[Match]) -> list[Suggested]:
    """The public rows of the matches, as a card shows them: two queries (rows, topics)."""
    if not matches:
        return []
    rows = Registration.objects.public().for_listing().in_bulk([m.other_id for m in matches])
    return [
        Suggested(rows[m.other_id], m.score, m.kind, m.reasons)
        for m in matches
        if m.other_id in rows
    ]


def stored_suggestions(registration: Registration, *, limit: int = LIMIT) -> list[Suggested]:
    """The stored suggestions of a public registration, mentors first: three queries (the
    suggestions, their registrations, their topics)."""
    found = Suggestion.objects.filter(registration=registration).values_list(
        "other_id", "score", "kind", "reasons"
    )
    matches = sorted(
        (Match(*row) for row in found),
        key=lambda m: (m.kind != SuggestionKind.MENTOR, -m.score, m.other_id),
    )
    return _with_rows(matches[:limit])


def draft_suggestions(profile: Profile, *, limit: int = LIMIT) -> list[Suggested]:
    """Public experiments like a form being filled in (the review step, and as one types)."""
    return _with_rows(best_matches(profile, limit=limit))


def live_suggestions(registration: Registration, *, limit: int = LIMIT) -> list[Suggested]:
    """Computed now, for any registration (a coordinator reviewing one not yet public)."""
    profile = load_profiles(ids=[registration.pk]).get(registration.pk)
    return _with_rows(best_matches(profile, limit=limit)) if profile else []


def similar_municipalities(municipality_id: int, *, limit: int = 8) -> list[Municipality]:
    """Municipalities leading public experiments suggested for this municipality's own, most
    such experiments first, each with `alike` (how many): one query."""
    lead = "other__lead_municipality"
    found = (
        Suggestion.objects.filter(
            registration__municipalities=municipality_id,
            registration__status=Status.ACCEPTED,
            other__status=Status.ACCEPTED,
            other__lead_municipality__isnull=False,
        )
        .exclude(other__lead_municipality=municipality_id)
        .values(lead, f"{lead}__code", f"{lead}__name_fi", f"{lead}__name_sv")
        .annotate(alike=Count("other", distinct=True), best=Max("score"))
        .order_by("-alike", "-best", lead)[:limit]
    )
    result = []
    for row in found:
        municipality = Municipality(
            pk=row[lead],
            code=row[f"{lead}__code"],
            name_fi=row[f"{lead}__name_fi"],
            name_sv=row[f"{lead}__name_sv"],
        )
        municipality.alike = row["alike"]
        result.append(municipality)
    return result


def suggestions_for_answers(
    *, role: str, language: str, texts: dict, topics=(), municipalities=(), support_wanted=()
) -> list[Suggested]:
    """Public experiments like the answers of a form (texts by field name, in the form's
    language; the lead municipality first among the municipalities)."""
    title = texts.get("title", "")
    body = " ".join(value for name, value in texts.items() if name != "title" and value)
    profile = draft_profile(
        role=role,
        titles={language: title},
        bodies={language: body},
        topics=topics,
        municipalities=municipalities,
        support_wanted=support_wanted,
    )
    return draft_suggestions(profile)


def introductions_of(registration: Registration) -> list:
    """The introductions and mentoring of a registration, for its private page, each with
    `other` (the registration on the other side) and `agreed` (this side has agreed)."""
    found = list(
        Introduction.objects.of(registration)
        .exclude(state=IntroductionState.CANCELLED)
        .select_related("first__lead_municipality", "second__lead_municipality")
        .select_related("first__lead_organisation", "second__lead_organisation")
    )
    for introduction in found:
        introduction.other = introduction.other_than(registration)
        introduction.agreed = introduction.has_agreed(registration)
        introduction.is_mentor_side = introduction.is_mentoring and (
            introduction.first_id == registration.pk
        )
    return found


def public_mentors(registration: Registration) -> list:
    """The public relations of a public registration (both agreed to show them): one query.
    Each with `other` and `is_mentor_side`."""
    found = list(
        Introduction.objects.of(registration)
        .public()
        .select_related("first__lead_municipality", "second__lead_municipality")
        .select_related("first__lead_organisation", "second__lead_organisation")
        .defer(*(f"{side}__{field}" for side in ("first", "second") for field in CONTACT_FIELDS))
    )
    for introduction in found:
        introduction.other = introduction.other_than(registration)
        introduction.is_mentor_side = introduction.is_mentoring and (
            introduction.first_id == registration.pk
        )
    return found


def proposed_members(group, *, limit: int = 10) -> list[Registration]:
    """Public registrations matching proposes for a network group: those most often suggested
    for its members (with `alike`, how many members they match, and `best`, the best score),
    or, for a group with no members yet, the newest on its topic in its municipalities."""
    members = GroupMembership.objects.filter(group=group).values("registration_id")
    found = (
        Suggestion.objects.filter(registration__in=members, other__status=Status.ACCEPTED)
        .exclude(other__in=members)
        .values("other")
        .annotate(alike=Count("registration", distinct=True), best=Max("score"))
        .order_by("-alike", "-best", "other")[:limit]
    )
    found = {row["other"]: row for row in found}
    if found:
        rows = Registration.objects.public().for_listing().in_bulk(list(found))
        result = []
        for pk, row in found.items():
            if pk in rows:
                rows[pk].alike, rows[pk].best = row["alike"], row["best"]
                result.append(rows[pk])
        return result
    newest = Registration.objects.public().for_listing().exclude(pk__in=members)
    if group.topic_id:
        newest = newest.filter(topics=group.topic_id)
    places = list(group.municipalities.values_list("pk", flat=True))
    if places:
        newest = newest.filter(municipalities__in=places)
    return list(newest.distinct().newest_first()[:limit])


def groups_of(registration: Registration) -> list:
    """The network groups a registration is a member of, for its private page: one query."""
    return [
        membership.group
        for membership in registration.group_memberships.select_related("group").order_by(
            "group__name"
        )
    ]
