"""Finland's regions as inline SVG, drawn by the server from Statistics Finland's boundaries.

No map tiles and no third party: the paths are read as they are from a file built once from the
bundled EPSG:3067 boundaries, in kilometres (x = easting, y = -northing) and simplified to what
a screen can show, by `manage.py build_region_paths` (network/devtools/region_paths.py).
"""

import json
from dataclasses import dataclass
from functools import lru_cache

from network.reference_data.loader import DEFAULT_DIRECTORY

REGION_PATHS_FILE = DEFAULT_DIRECTORY / "geo" / "fi-regions-2025.svg-paths.json"
# Five shades of the site's blue, lightest for none; the table next to the map has the numbers.
SHADES = ["#eef3f8", "#c6dbef", "#85b6dd", "#3f88c5", "#0b4f8a"]


@lru_cache(maxsize=1)
def region_shapes() -> tuple[str, dict[str, str]]:
    """The viewBox and an SVG path for each region code, read once per process."""
    data = json.loads(REGION_PATHS_FILE.read_text(encoding="utf-8"))
    return data["viewbox"], data["paths"]


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
