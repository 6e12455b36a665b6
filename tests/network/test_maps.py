import csv
import json
import re

from django.template.loader import render_to_string
from django.test import SimpleTestCase

from network.maps import REGION_PATHS_FILE, SHADES, region_map, region_shapes
from network.reference_data.loader import DEFAULT_DIRECTORY

# One ring: a move, at least two lines, a close; numbers in kilometres to a tenth at most.
_NUMBER = r"-?\d+(?:\.\d)?"
_POINT = rf"{_NUMBER} {_NUMBER}"
_RING = re.compile(rf"M{_POINT}(?:L{_POINT}){{2,}}Z")
_PATH = re.compile(rf"(?:{_RING.pattern})+")


def _region_codes() -> list[str]:
    with (DEFAULT_DIRECTORY / "regions.csv").open(encoding="utf-8", newline="") as file:
        return [row["code"] for row in csv.DictReader(file)]


class RegionShapesTestCase(SimpleTestCase):
    def test_every_region_of_the_classification_has_a_shape(self):
        _viewbox, paths = region_shapes()
        self.assertEqual(sorted(paths), sorted(_region_codes()))
        self.assertEqual(len(paths), 19)

    def test_every_path_is_closed_svg_path_data_inside_the_viewbox(self):
        viewbox, paths = region_shapes()
        left, top, width, height = (float(part) for part in viewbox.split())
        for code, path in paths.items():
            with self.subTest(code):
                self.assertRegex(path, rf"^{_PATH.pattern}$")
                numbers = [float(n) for n in re.findall(_NUMBER, path)]
                xs, ys = numbers[0::2], numbers[1::2]
                self.assertTrue(left <= min(xs) and max(xs) <= left + width)
                self.assertTrue(top <= min(ys) and max(ys) <= top + height)

    def test_the_viewbox_frames_the_boundaries_as_they_are(self):
        # Within a kilometre of the unsimplified boundaries, with a margin of 5 km around them.
        boundaries = json.loads(
            (DEFAULT_DIRECTORY / "geo" / "fi-regions-2025.epsg3067.geojson").read_text("utf-8")
        )
        points = [
            point
            for feature in boundaries["features"]
            for polygon in (
                feature["geometry"]["coordinates"]
                if feature["geometry"]["type"] == "MultiPolygon"
                else [feature["geometry"]["coordinates"]]
            )
            for ring in polygon
            for point in ring
        ]
        xs = [x / 1000 for x, _y in points]
        ys = [-y / 1000 for _x, y in points]
        expected = (
            min(xs) - 5,
            min(ys) - 5,
            max(xs) - min(xs) + 10,
            max(ys) - min(ys) + 10,
        )
        viewbox, _paths = region_shapes()
        for got, want in zip((float(p) for p in viewbox.split()), expected, strict=True):
            self.assertLessEqual(abs(got - want), 1)

    def test_the_map_is_small_enough_to_send_inline(self):
        _viewbox, paths = region_shapes()
        self.assertLess(sum(len(path) for path in paths.values()), 37_000)
        self.assertLess(REGION_PATHS_FILE.stat().st_size, 37_000)


class RegionMapTestCase(SimpleTestCase):
    regions = [
        {"code": "01", "name": "Uusimaa", "url": "/fi/maakunnat/01/"},
        {"code": "19", "name": "Lappi", "url": "/fi/maakunnat/19/"},
        {"code": "21", "name": "Ahvenanmaa", "url": "/fi/maakunnat/21/"},
    ]

    def test_it_shades_by_value_darkest_for_the_highest(self):
        drawn = region_map(self.regions, {"01": 26, "19": 3})
        shades = {region.code: region.shade for region in drawn["regions"]}
        self.assertEqual(shades["01"], SHADES[-1])
        self.assertEqual(shades["21"], SHADES[0])
        self.assertNotIn(shades["19"], (SHADES[0], SHADES[-1]))

    def test_the_legend_covers_every_value_once(self):
        drawn = region_map(self.regions, {"01": 26, "19": 3})
        steps = [(step.low, step.high) for step in drawn["legend"]]
        self.assertEqual(steps[0], (0, 0))
        covered = [value for low, high in steps[1:] for value in range(low, high + 1)]
        self.assertEqual(covered, list(range(1, 27)))

    def test_a_map_with_nothing_has_one_legend_step(self):
        drawn = region_map(self.regions, {})
        self.assertEqual([(s.low, s.high) for s in drawn["legend"]], [(0, 0)])

    def test_it_draws_every_region_shaded_and_linked_to_its_page(self):
        codes = _region_codes()
        regions = [
            {"code": code, "name": f"Region {code}", "url": f"/fi/maakunnat/{code}/"}
            for code in codes
        ]
        values = {code: index for index, code in enumerate(codes)}
        drawn = region_map(regions, values)
        html = render_to_string(
            "network/_region_map.html",
            {"map": drawn, "map_id": "region-map", "map_title": "Municipalities by region"},
        )
        self.assertIn(f'<svg viewBox="{drawn["viewbox"]}"', html)
        _viewbox, paths = region_shapes()
        for region in drawn["regions"]:
            with self.subTest(region.code):
                self.assertEqual(region.path, paths[region.code])
                self.assertInHTML(
                    f'<a href="/fi/maakunnat/{region.code}/" '
                    f'aria-label="Region {region.code}: {values[region.code]}">'
                    f'<path d="{paths[region.code]}" fill="{region.shade}">'
                    f"<title>Region {region.code}: {values[region.code]}</title></path></a>",
                    html,
                )
        self.assertEqual({region.shade for region in drawn["regions"]}, set(SHADES))
