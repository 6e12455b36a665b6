"""Which municipalities are neighbours, from Statistics Finland's boundaries (geo/): two
municipalities whose boundaries share a point touch. The generalised boundaries are drawn from
one topology, so a shared border has the same vertices in both polygons, and a lookup of
vertices is enough; no geometry library is needed."""

import json
from collections import defaultdict
from pathlib import Path

from django.db import transaction

from network.models import Municipality

BOUNDARIES = "geo/fi-municipalities-2025.epsg3067.geojson"


def _rings(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    return [ring for polygon in geometry["coordinates"] for ring in polygon]


def neighbour_codes(path: Path) -> set[tuple[str, str]]:
    """Pairs of municipality codes (the smaller first) whose boundaries share a vertex."""
    at_point: dict[tuple[int, int], set[str]] = defaultdict(set)
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        code = feature["properties"]["code"]
        for ring in _rings(feature["geometry"]):
            for x, y in ring:
                at_point[(round(x), round(y))].add(code)
    return {
        (first, second)
        for codes in at_point.values()
        for first in codes
        for second in codes
        if first < second
    }


@transaction.atomic
def store_neighbours(directory: Path) -> int:
    """Replace the stored neighbours with those of the boundaries in the directory; returns the
    number of pairs. Codes that are not (or no longer) in the database are left out."""
    path = directory / BOUNDARIES
    if not path.exists():
        return 0
    ids = dict(Municipality.objects.values_list("code", "pk"))
    Neighbours = Municipality.neighbours.through
    rows = []
    for first, second in sorted(neighbour_codes(path)):
        if first in ids and second in ids:
            rows.append(Neighbours(from_municipality_id=ids[first], to_municipality_id=ids[second]))
            rows.append(Neighbours(from_municipality_id=ids[second], to_municipality_id=ids[first]))
    Neighbours.objects.all().delete()
    Neighbours.objects.bulk_create(rows)
    return len(rows) // 2
