"""Building the region map's stored SVG paths (fi-regions-2025.svg-paths.json) from Statistics
Finland's boundaries, once, so that no process simplifies a boundary at run time.

Needs shapely, a development dependency (the dev extras); the site reads the JSON file as is.
Regenerate the file after the boundaries change, and commit it:

    .venv/bin/python manage.py build_region_paths
"""

import json
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.polygon import orient

from network.maps import REGION_PATHS_FILE
from network.reference_data.loader import DEFAULT_DIRECTORY

BOUNDARIES_FILE = DEFAULT_DIRECTORY / "geo" / "fi-regions-2025.epsg3067.geojson"
# Neighbouring regions share their borders, so they are simplified together as a coverage:
# each border stays one line, with no slivers or gaps between the regions. The tolerance is
# about the square root of the areas dropped (Visvalingam–Whyatt); at one kilometre no border
# moves by more than 0.8 km, under half a pixel on the map at its widest (352 px for 659 km),
# and the paths stay under the 37 KB that tests/network/test_maps.py allows inline.
TOLERANCE_KM = 1.0
# Room around the country inside the viewBox, in kilometres.
MARGIN_KM = 5
SOURCE = (
    "Statistics Finland, municipalities 2025 (1:4 500 000), CC BY 4.0; regions simplified by "
    "manage.py build_region_paths (see SOURCES.md beside this file)"
)


def _number(value: float) -> str:
    # A tenth of a kilometre is finer than any screen shows; whole ones drop their ".0".
    return f"{value:.1f}".removesuffix(".0")


def _path(geometry) -> str:
    """SVG path data in kilometres, y flipped so that north is up. Exterior rings run
    counter-clockwise and holes clockwise (before the flip), so the default fill rule
    leaves holes empty."""
    polygons = geometry.geoms if geometry.geom_type == "MultiPolygon" else [geometry]
    rings = []
    for polygon in polygons:
        polygon = orient(polygon, sign=1.0)
        for ring in (polygon.exterior, *polygon.interiors):
            # The last point repeats the first; Z closes the ring instead.
            points = [(_number(x), _number(-y)) for x, y in ring.coords[:-1]]
            head, *rest = points
            rings.append(f"M{head[0]} {head[1]}" + "".join(f"L{x} {y}" for x, y in rest) + "Z")
    return "".join(rings)


def build(boundaries: Path = BOUNDARIES_FILE) -> str:
    """The JSON text of the stored file: the viewBox and a path for each region code."""
    features = json.loads(boundaries.read_text(encoding="utf-8"))["features"]
    codes = [feature["properties"]["code"] for feature in features]
    regions = shapely.transform(
        [shape(feature["geometry"]) for feature in features], lambda xy: xy / 1000
    )
    # The viewBox comes from the boundaries as they are, so that simplifying never crops them.
    left, bottom, right, top = shapely.total_bounds(regions)
    viewbox = (
        f"{left - MARGIN_KM:.0f} {-top - MARGIN_KM:.0f} "
        f"{right - left + 2 * MARGIN_KM:.0f} {top - bottom + 2 * MARGIN_KM:.0f}"
    )
    simplified = shapely.coverage_simplify(regions, TOLERANCE_KM)
    paths = {code: _path(region) for code, region in zip(codes, simplified, strict=True)}
    data = {"source": SOURCE, "viewbox": viewbox, "paths": dict(sorted(paths.items()))}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def write(output: Path = REGION_PATHS_FILE) -> int:
    """Build the file and write it; returns its size in bytes."""
    text = build()
    output.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))
