"""The figures of the statistics and home pages, counted on the facet index, and the charts
that the statistics page draws of them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from registrations.models import Role
from registrations.public.charts import bar_chart
from registrations.public.facet_index import FacetIndex


def participation(index: FacetIndex) -> dict[str, dict[str, int]]:
    """How many municipalities and experiments take part, by role and in all."""
    municipalities = [mask for mask in index.masks["municipality"].values() if mask]
    roles = {role: index.mask("role", role.value) for role in Role}
    return {
        "municipalities": {
            **{
                role.group: sum(1 for m in municipalities if m & mask)
                for role, mask in roles.items()
            },
            "total": len(municipalities),
        },
        "experiments": {
            **{role.group: mask.bit_count() for role, mask in roles.items()},
            "total": len(index.ids),
        },
    }


def figures(index: FacetIndex, language: str) -> dict:
    names = index.names
    count = {
        facet: {value: mask.bit_count() for value, mask in index.masks[facet].items()}
        for facet in ("topic", "region", "call", "year")
    }
    taking_part: dict[str, int] = {}
    for code, mask in index.masks["municipality"].items():
        if mask:
            region = names["municipality_region"][code]["code"]
            taking_part[region] = taking_part.get(region, 0) + 1
    return {
        "participation": participation(index),
        "regional_councils": index.regional_councils,
        "topics": [
            (topic[language], count["topic"][slug])
            for slug, topic in names["topic"].items()
            if count["topic"].get(slug)
        ],
        "regions": [
            {
                "code": code,
                "name": region[language],
                "url": reverse("network:region", args=[code]),
                "experiments": count["region"].get(code, 0),
                "municipalities": taking_part.get(code, 0),
            }
            for code, region in names["region"].items()
        ],
        "calls": [
            (call[language], count["call"].get(slug, 0)) for slug, call in names["call"].items()
        ],
        "years": [(year, count["year"][year]) for year in sorted(count["year"])],
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
