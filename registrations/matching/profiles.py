"""What matching knows of a registration (a Profile), read in a fixed number of queries for any
number of registrations, or made of a form being filled in."""

from collections import defaultdict
from dataclasses import dataclass, field

from network.models import Municipality, Topic
from registrations.matching import text
from registrations.models import Registration, Status


@dataclass
class Profile:
    pk: int
    role: str
    municipality_ids: frozenset = frozenset()
    region_ids: frozenset = frozenset()
    population: int | None = None
    statistical_group: str = ""
    topic_ids: frozenset = frozenset()
    partner_ids: frozenset = frozenset()
    support_wanted: frozenset = frozenset()
    can_share: frozenset = frozenset()
    savings: int | None = None
    since: int | None = None
    features: dict = field(default_factory=dict)
    # Neighbours of its municipalities (filled in where neighbours count).
    neighbour_ids: frozenset = frozenset()
    is_public: bool = False


_COLUMNS = (
    "pk",
    "role",
    "status",
    "lead_municipality_id",
    "lead_municipality__population",
    "lead_municipality__statistical_group",
    "lead_municipality__region_id",
    "lead_organisation_id",
    "support_wanted",
    "can_share",
    "savings_eur_per_year",
    "savings_from_year",
)


def _grouped(pairs) -> dict[int, set]:
    grouped = defaultdict(set)
    for key, value in pairs:
        grouped[key].add(value)
    return grouped


def load_profiles(*, ids: list[int] | None = None) -> dict[int, Profile]:
    """Profiles of these registrations, or of all public ones: seven queries (the rows, their
    topics, places, regions, partners, words, and the neighbours of their places)."""
    rows = Registration.objects.values_list(*_COLUMNS)
    rows = list(rows.filter(status=Status.ACCEPTED) if ids is None else rows.filter(pk__in=ids))
    pks = [row[0] for row in rows]
    scope = {"registration__status": Status.ACCEPTED} if ids is None else {"registration__in": pks}
    other_topics = list(Topic.objects.filter(is_other=True).values_list("pk", flat=True))
    topics = _grouped(
        Registration.topics.through.objects.filter(**scope)
        .exclude(topic_id__in=other_topics)
        .values_list("registration_id", "topic_id")
    )
    places = _grouped(
        Registration.municipalities.through.objects.filter(**scope).values_list(
            "registration_id", "municipality_id"
        )
    )
    regions = _grouped(
        Registration.regions.through.objects.filter(**scope).values_list(
            "registration_id", "region_id"
        )
    )
    partners = _grouped(
        Registration.partner_organisations.through.objects.filter(**scope).values_list(
            "registration_id", "organisation_id"
        )
    )
    words = _features(rows, ids)
    neighbours = neighbours_of({m for found in places.values() for m in found})
    profiles = {}
    for pk, role, status, lead, population, group, region, organisation, *rest in rows:
        wanted, shared, savings, since = rest
        municipality_ids = places.get(pk, set()) | ({lead} if lead else set())
        profiles[pk] = Profile(
            pk=pk,
            role=role,
            municipality_ids=frozenset(municipality_ids),
            region_ids=frozenset(regions.get(pk, set()) | ({region} if region else set())),
            population=population,
            statistical_group=group or "",
            topic_ids=frozenset(topics.get(pk, ())),
            partner_ids=frozenset(
                partners.get(pk, set()) | ({organisation} if organisation else set())
            ),
            support_wanted=frozenset(wanted or ()),
            can_share=frozenset(shared or ()),
            savings=savings,
            since=since,
            features=words.get(pk, {}),
            neighbour_ids=frozenset(n for m in municipality_ids for n in neighbours.get(m, ()))
            - municipality_ids,
            is_public=status == Status.ACCEPTED,
        )
    return profiles


def _features(rows, ids) -> dict[int, dict]:
    """Public registrations' words from the search table on PostgreSQL; the others' (and all of
    them on SQLite) from their texts."""
    if not text.is_full_text():
        return text.features_of_texts(_texts([row[0] for row in rows]))
    public = [row[0] for row in rows if row[2] == Status.ACCEPTED]
    found = text.features_of_public(None if ids is None else public)
    if ids is not None:
        others = [row[0] for row in rows if row[2] != Status.ACCEPTED]
        found.update(text.features_of_texts(_texts(others)))
    return found


def _texts(pks: list[int]) -> dict[int, tuple]:
    if not pks:
        return {}
    names = [f"{name}_{lang}" for name in text.TEXT_FIELDS for lang in ("fi", "sv")]
    return {
        registration.pk: text.texts_of(registration)
        for registration in Registration.objects.filter(pk__in=pks).only(*names)
    }


def neighbours_of(municipality_ids) -> dict[int, set[int]]:
    """{municipality id: its neighbours' ids}: one query."""
    Neighbours = Municipality.neighbours.through
    return _grouped(
        Neighbours.objects.filter(from_municipality_id__in=list(municipality_ids)).values_list(
            "from_municipality_id", "to_municipality_id"
        )
    )


def draft_profile(
    *,
    role: str,
    titles: dict[str, str],
    bodies: dict[str, str],
    topics=(),
    municipalities=(),
    support_wanted=(),
) -> Profile:
    """The profile of a registration not yet saved (the form being filled in): two queries, its
    words and its places' neighbours."""
    municipalities = [m for m in municipalities if m is not None]
    ids = {m.pk for m in municipalities}
    neighbours = neighbours_of(ids)
    lead = municipalities[0] if municipalities else None
    other_topics = {topic.pk for topic in topics if topic.is_other}
    return Profile(
        pk=0,
        role=role,
        municipality_ids=frozenset(ids),
        region_ids=frozenset(m.region_id for m in municipalities),
        population=lead.population if lead else None,
        statistical_group=lead.statistical_group if lead else "",
        topic_ids=frozenset(topic.pk for topic in topics) - other_topics,
        support_wanted=frozenset(support_wanted),
        features=text.features_of_texts({0: (titles, bodies)}).get(0, {}),
        neighbour_ids=frozenset(n for m in ids for n in neighbours.get(m, ())) - ids,
    )
