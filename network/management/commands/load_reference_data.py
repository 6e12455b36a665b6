from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from network.reference_data.loader import DEFAULT_DIRECTORY, ReferenceDataError, load_reference_data


class Command(BaseCommand):
    help = (
        "Load Statistics Finland's regions and municipalities. Safe to re-run; a municipality "
        "missing from the files becomes inactive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory",
            type=Path,
            default=DEFAULT_DIRECTORY,
            help="Folder with regions.csv and municipalities.csv (default: the bundled 2025 data).",
        )

    def handle(self, *args, directory: Path, **options):
        try:
            regions, municipalities = load_reference_data(directory)
        except ReferenceDataError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Regions: {len(regions.created)} created, {len(regions.updated)} updated, "
            f"{regions.unchanged} unchanged."
        )
        deactivated = municipalities.deactivated
        self.stdout.write(
            f"Municipalities: {len(municipalities.created)} created, "
            f"{len(municipalities.updated)} updated, {municipalities.unchanged} unchanged, "
            f"{len(deactivated)} made inactive"
            + (f" ({', '.join(deactivated)})." if deactivated else ".")
        )
