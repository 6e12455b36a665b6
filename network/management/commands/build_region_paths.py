from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network.maps import REGION_PATHS_FILE


class Command(BaseCommand):
    help = (
        "For developers: build the region map's stored SVG paths "
        "(network/reference_data/geo/fi-regions-2025.svg-paths.json) from Statistics Finland's "
        "boundaries. Run it after the boundaries change and commit the file; it needs shapely "
        "from the dev extras (pip install -e '.[dev]')."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=REGION_PATHS_FILE)

    def handle(self, *args, output: Path, **options):
        try:
            from network.devtools import region_paths
        except ImportError as error:
            raise CommandError(
                f"{error}: shapely is a development dependency; install it with "
                "pip install -e '.[dev]' and run this command again."
            ) from error
        size = region_paths.write(output)
        self.stdout.write(f"Wrote {output} ({size:,} bytes).")
