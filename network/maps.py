"""Finland's regions as inline SVG, drawn by the server from Statistics Finland's boundaries.

No map tiles and no third party: the paths come from the bundled EPSG:3067 file (metres,
x = easting, y = northing), in kilometres, simplified to what a screen can show.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from network.reference_data.loader import DEFAULT_DIRECTORY

REGIONS_FILE = DEFAULT_DIRECTORY / "geo" / "fi-regions-2025.epsg3067.geojson"
# Half a kilometre: about a sixth of a pixel when the whole country is 400 pixels tall.
TOLERANCE_KM = 0.5
# Five shades of the site's blue, lightest for none; the table next to the map has the numbers.
SHADES = ["#eef3f8", "#c6dbef", "#85b6dd", "#3f88c5", "#0b4f8a"]


def _distance_to_segment(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return math.hypot(x - x1, y - y1)
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker: drop the points that lie within the tolerance of the line."""
    if len(points) < 3:
        return points
    index, furthest = 0, 0.0
    for i in range(1, len(points) - 1):
        distance = _distance_to_segment(points[i], points[0], points[-1])
        if distance > furthest:
            index, furthest = i, distance
    if furthest <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def _ring_path(ring) -> str:
    points = simplify([(x / 1000, -y / 1000) for x, y in ring], TOLERANCE_KM)
    if len(points) < 3:
        return ""
    head, *rest = points
    return f"M{head[0]:.1f} {head[1]:.1f}" + "".join(f"L{x:.1f} {y:.1f}" for x, y in rest) + "Z"


@lru_cache(maxsize=1)
def region_shapes() -> tuple[str, dict[str, str]]:
    """The viewBox and an SVG path for each region code, read once per process."""
    data = json.loads(REGIONS_FILE.read_text(encoding="utf-8"))
    paths, xs, ys = {}, [], []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        rings = [ring for polygon in polygons for ring in polygon]
        for ring in rings:
            xs.extend(x / 1000 for x, _y in ring)
            ys.extend(-y / 1000 for _x, y in ring)
        paths[feature["properties"]["code"]] = "".join(_ring_path(ring) for ring in rings)
    margin = 5
    viewbox = (
        f"{min(xs) - margin:.0f} {min(ys) - margin:.0f} "
        f"{max(xs) - min(xs) + 2 * margin:.0f} {max(ys) - min(ys) + 2 * margin:.0f}"
    )
    return viewbox, paths


@dataclass
class MapRegion:
    code: str
    name: str
    url: str
    value: int
    shade: str
    path: str


@dataclass
class LegendStep:
    shade: str
    low: int
    high: int


def region_map(regions: list[dict], values: dict[str, int]) -> dict:
    """What templates/network/_region_map.html draws: each region (a dict with its code, name
    and url) shaded by its value."""
    viewbox, paths = region_shapes()
    highest = max(values.values(), default=0)
    steps = len(SHADES) - 1

    def shade_index(value: int) -> int:
        if value <= 0 or highest == 0:
            return 0
        return min(steps, 1 + (value - 1) * steps // highest)

    legend = [LegendStep(SHADES[0], 0, 0)]
    for index in range(1, steps + 1):
        # The values that shade_index() maps to this shade (ceiling divisions).
        low = -(-(index - 1) * highest // steps) + 1
        high = -(-index * highest // steps)
        if highest and low <= high:
            legend.append(LegendStep(SHADES[index], low, high))
    return {
        "viewbox": viewbox,
        "regions": [
            MapRegion(
                code=region["code"],
                name=region["name"],
                url=region["url"],
                value=values.get(region["code"], 0),
                shade=SHADES[shade_index(values.get(region["code"], 0))],
                path=paths.get(region["code"], ""),
            )
            for region in regions
        ],
        "legend": legend,
    }
