import re
from io import StringIO
from pathlib import Path
from tempfile import TemporaryDirectory

import shapely
from django.core.management import call_command
from django.test import SimpleTestCase

from network.devtools import region_paths
from network.maps import REGION_PATHS_FILE, region_shapes


class BuildRegionPathsTestCase(SimpleTestCase):
    def test_the_stored_file_is_what_the_command_builds(self):
        self.assertEqual(
            region_paths.build(),
            REGION_PATHS_FILE.read_text(encoding="utf-8"),
            "The stored region paths are out of date or edited by hand: "
            "run .venv/bin/python manage.py build_region_paths and commit the file.",
        )

    def test_the_command_writes_the_file_and_says_where(self):
        with TemporaryDirectory() as directory:
            output = Path(directory) / "paths.json"
            out = StringIO()
            call_command("build_region_paths", output=output, stdout=out)
            self.assertEqual(
                output.read_text(encoding="utf-8"), REGION_PATHS_FILE.read_text(encoding="utf-8")
            )
        self.assertIn(f"Wrote {output}", out.getvalue())

    def test_neighbouring_regions_keep_one_shared_border(self):
        # Simplified together, as a coverage: after rounding, no two regions overlap and each
        # border between two of them is the same line in both (no slivers, no gaps).
        _viewbox, paths = region_shapes()
        rings = [
            shapely.Polygon(
                [tuple(map(float, point.split())) for point in re.split("[ML]", ring)[1:]]
            )
            for path in paths.values()
            for ring in path.split("Z")[:-1]
        ]
        self.assertTrue(all(ring.is_valid for ring in rings))
        self.assertTrue(shapely.coverage_is_valid(rings))
