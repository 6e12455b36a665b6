from django.test import SimpleTestCase

from network.maps import SHADES, region_map, region_shapes, simplify


class RegionShapesTestCase(SimpleTestCase):
    def test_every_region_has_a_closed_path_inside_the_viewbox(self):
        viewbox, paths = region_shapes()
        self.assertEqual(len(paths), 19)
        left, top, width, height = (float(part) for part in viewbox.split())
        for code, path in paths.items():
            with self.subTest(code):
                self.assertTrue(path.startswith("M") and path.endswith("Z"))
                numbers = [
                    float(n)
                    for n in path.replace("M", " ").replace("L", " ").replace("Z", " ").split()
                ]
                xs, ys = numbers[0::2], numbers[1::2]
                self.assertTrue(left <= min(xs) and max(xs) <= left + width)
                self.assertTrue(top <= min(ys) and max(ys) <= top + height)

    def test_the_map_is_small_enough_to_send_inline(self):
        _viewbox, paths = region_shapes()
        self.assertLess(sum(len(path) for path in paths.values()), 60_000)

    def test_simplifying_keeps_corners_and_drops_points_on_a_line(self):
        line = [(0, 0), (1, 0.01), (2, 0), (2, 5)]
        self.assertEqual(simplify(line, 0.5), [(0, 0), (2, 0), (2, 5)])


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
