"""Where a model spread, as inline SVG drawn by the server: the regions of network.maps as a
background, a point in each municipality (the centre of its largest area, from Statistics
Finland's boundaries, in the same kilometres as the region paths) and a line from where a
model began to each municipality that took it up. No map tiles, no third party."""

import json
from dataclasses import dataclass
from functools import lru_cache

from network.maps import region_shapes
from network.reference_data.loader import DEFAULT_DIRECTORY

MUNICIPALITIES_FILE = DEFAULT_DIRECTORY / "geo" / "fi-municipalities-2025.epsg3067.geojson"


def _centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """The area and centre of a ring (the shoelace formula), in kilometres."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if not area:
        x, y = ring[0]
        return 0.0, x, y
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


@lru_cache(maxsize=1)
def municipality_points() -> dict[str, tuple[float, float]]:
    """{municipality code: (x, y)} in the region map's coordinates (x east, y = -north, km),
    read and computed once per process."""
    features = json.loads(MUNICIPALITIES_FILE.read_text(encoding="utf-8"))["features"]
    points = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        rings = [[[x / 1000, y / 1000] for x, y in polygon[0]] for polygon in polygons]
        _area, x, y = max(_centroid(ring) for ring in rings)
        points[feature["properties"]["code"]] = (round(x, 1), round(-y, 1))
    return points


@dataclass
class Route:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str


@dataclass
class Point:
    x: float
    y: float
    label: str


def spread_map(routes: list[tuple[str | None, str, str]]) -> dict:
    """What templates/network/_spread_map.html draws. routes: (the code of the municipality
    where the model began, or None when it began elsewhere; the code of the one that took it
    up; a label). A municipality without a known point (a merged one) is left out."""
    viewbox, paths = region_shapes()
    points = municipality_points()
    lines, origins, adopters = [], {}, {}
    for origin, adopter, label in routes:
        if adopter not in points:
            continue
        x2, y2 = points[adopter]
        adopters[adopter] = Point(x2, y2, label)
        if origin in points:
            x1, y1 = points[origin]
            origins[origin] = Point(x1, y1, label)
            lines.append(Route(x1, y1, x2, y2, label))
    return {
        "viewbox": viewbox,
        "regions": list(paths.values()),
        "routes": lines,
        "origins": list(origins.values()),
        "adopters": list(adopters.values()),
    }
