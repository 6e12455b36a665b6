"""The figures of the statistics and home pages, counted in SQL on the search table once per
data version (the shared cache keeps them), and the charts that the statistics page draws."""

from datetime import date

from django.db import connection
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network.models import Organisation, OrganisationKind
from registrations.models import (
    ROLE_IDS,
    TAKEN_PLACE,
    FacetPair,
    Introduction,
    Registration,
    Role,
    facet_key,
)
from registrations.models.search import read_cursor
from registrations.public import facets, names
from registrations.public.charts import bar_chart
from registrations.public.facets import TABLE, key_range, unnest
from registrations.public.shared_cache import cached


def numbers(version: int) -> dict:
    """What the facets' counts do not tell: how many experiments of each role each
    municipality takes part in, how many regional councils take part, and how many mentoring
    relations are active or completed. Three queries, once per data version."""

    def count():
        low, high = key_range("municipality")
        if connection.vendor == "postgresql":
            # From the facet pairs: a municipality takes part in a role when the pair of the
            # role's key and its key counts anyone (an indexed lookup, not a scan).
            roles = {facet_key("role", number): role for role, number in ROLE_IDS.items()}
            sql = (
                f"SELECT key_b - {low}, key_a FROM {FacetPair._meta.db_table} "
                f"WHERE key_a = ANY(%s) AND key_b BETWEEN {low} AND {high} AND count > 0"
            )
            params = [list(roles)]
        else:
            every_key, key = unnest(TABLE, "s")
            sql = (
                f"SELECT DISTINCT {key} - {low}, s.role FROM {every_key} "
                f"WHERE {key} BETWEEN {low} AND {high}"
            )
            params, roles = [], {}
        with read_cursor() as cursor:
            cursor.execute(sql, params)
            by_role: dict[str, list[int]] = {}
            for municipality_id, role in cursor.fetchall():
                by_role.setdefault(roles.get(role, role), []).append(municipality_id)
        public = Registration.objects.public().values("pk")
        councils = (
            Organisation.objects.filter(kind=OrganisationKind.REGIONAL_COUNCIL)
            .filter(Q(led_registrations__in=public) | Q(partner_registrations__in=public))
            .distinct()
            .count()
        )
        mentoring = Introduction.objects.mentoring().filter(state__in=TAKEN_PLACE).count()
        return {
            "municipalities_by_role": by_role,
            "regional_councils": councils,
            "mentoring": mentoring,
        }

    return cached("statistics", version, count)


def participation(version: int, today: date) -> dict[str, dict[str, int]]:
    """How many municipalities and experiments take part, by role and in all."""
    counts, total = facets.unfiltered_counts(version, today)
    by_role = numbers(version)["municipalities_by_role"]
    everyone = set().union(*by_role.values()) if by_role else set()
    return {
        "municipalities": {
            **{role.group: len(by_role.get(role.value, [])) for role in Role},
            "total": len(everyone),
        },
        "experiments": {
            **{role.group: counts["role"].get(ROLE_IDS[role.value], 0) for role in Role},
            "total": total,
        },
    }


def figures(version: int, today: date, language: str) -> dict:
    known = names.current(version)
    counts, _total = facets.unfiltered_counts(version, today)
    taking_part: dict[int, int] = {}
    by_id = known.by_id("municipality")
    by_role = numbers(version)["municipalities_by_role"]
    for municipality_id in set().union(*by_role.values()) if by_role else set():
        if municipality_id in by_id:
            region = by_id[municipality_id].region_id
            taking_part[region] = taking_part.get(region, 0) + 1

    def listed(facet):
        return known.values[facet].values()

    return {
        "participation": participation(version, today),
        "regional_councils": numbers(version)["regional_councils"],
        "mentoring": numbers(version).get("mentoring", 0),
        "topics": [
            (topic.names[language], counts["topic"][topic.id])
            for topic in listed("topic")
            if counts["topic"].get(topic.id)
        ],
        "regions": [
            {
                "code": region.value,
                "name": region.names[language],
                "url": reverse("network:region", args=[region.value]),
                "experiments": counts["region"].get(region.id, 0),
                "municipalities": taking_part.get(region.id, 0),
            }
            for region in listed("region")
        ],
        "calls": [
            (call.names[language], counts["call"].get(call.id, 0)) for call in listed("call")
        ],
        "years": [(str(year), counts["year"][year]) for year in sorted(counts["year"])],
    }


def charts(numbers: dict) -> list[tuple]:
    """The statistics page's charts: (caption, label column, number column, chart) each."""
    participation = numbers["participation"]
    regions = numbers["regions"]
    return [
        (
            _("Municipalities taking part, by role"),
            _("Role"),
            _("Municipalities"),
            bar_chart(
                [
                    (role.label.capitalize(), participation["municipalities"][role.group])
                    for role in Role
                ]
            ),
        ),
        (_("Experiments by topic"), _("Topic"), _("Experiments"), bar_chart(numbers["topics"])),
        (
            _("Experiments by region"),
            _("Region"),
            _("Experiments"),
            bar_chart([(r["name"], r["experiments"]) for r in regions]),
        ),
        (_("Experiments by call"), _("Call"), _("Experiments"), bar_chart(numbers["calls"])),
        (
            _("Experiments by start year"),
            _("Start year"),
            _("Experiments"),
            bar_chart(numbers["years"]),
        ),
    ]
