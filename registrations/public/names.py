"""The values the list's filters offer and their names in both languages: what a URL says
(a topic's slug, a municipality's code) and the id the search table keeps. From the shared
cache: one query when the data version changes, or at most every few minutes (a topic renamed
in the admin is seen after that)."""

from dataclasses import dataclass

from network.models import Municipality, Region, Topic
from registrations.models import ROLE_IDS, Call, Phase, Role
from registrations.public.shared_cache import cached

STAGE_IDS = {Phase.PLANNED: 1, Phase.ONGOING: 2, Phase.ENDED: 3, Phase.IMPLEMENTED: 4}
NAMES_SECONDS = 300


@dataclass
class Value:
    value: str  # as in the URL
    id: int  # as in the search table
    names: dict[str, str]  # by language
    order: int = 0
    region_id: int | None = None  # a municipality's


@dataclass
class Names:
    values: dict[str, dict[str, Value]]  # {facet: {URL value: Value}}

    def by_id(self, facet: str) -> dict[int, Value]:
        return {value.id: value for value in self.values[facet].values()}


def current(version: int) -> Names:
    return cached("names", version, load, timeout=NAMES_SECONDS)


def _both(fi: str, sv: str) -> dict[str, str]:
    return {"fi": fi or sv, "sv": sv or fi}


def load() -> Names:
    """Four queries: topics, regions, municipalities, published calls."""
    values: dict[str, dict[str, Value]] = {
        "role": {
            role.value: Value(role.value, ROLE_IDS[role.value], {}, index)
            for index, role in enumerate(Role)
        },
        "stage": {
            phase.value: Value(phase.value, STAGE_IDS[phase], {}, index)
            for index, phase in enumerate(Phase)
        },
    }
    values["topic"] = {
        slug: Value(slug, pk, _both(fi, sv), order)
        for order, (slug, pk, fi, sv) in enumerate(
            Topic.objects.values_list("slug", "pk", "name_fi", "name_sv")
        )
    }
    values["region"] = {
        code: Value(code, pk, _both(fi, sv), order)
        for order, (code, pk, fi, sv) in enumerate(
            Region.objects.values_list("code", "pk", "name_fi", "name_sv")
        )
    }
    values["municipality"] = {
        code: Value(code, pk, _both(fi, sv), 0, region_id)
        for code, pk, fi, sv, region_id in Municipality.objects.values_list(
            "code", "pk", "name_fi", "name_sv", "region_id"
        )
    }
    values["call"] = {
        slug: Value(slug, pk, _both(fi, sv), order)
        for order, (slug, pk, fi, sv) in enumerate(
            Call.objects.published().values_list("slug", "pk", "title_fi", "title_sv")
        )
    }
    return Names(values=values)
