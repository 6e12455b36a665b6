import resource
import time

from django.core.management.base import BaseCommand

from registrations.opendata.bulk import writer


class Command(BaseCommand):
    help = (
        "Write today's open-data downloads (a ZIP of CSV files and one of JSON Lines) to "
        "OPEN_DATA_ROOT, and remove those older than 30 days. Run it nightly from cron."
    )

    def handle(self, *args, **options):
        started, timings = time.monotonic(), {}
        counts = writer.export(timings=timings)
        seconds = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        for form, tables in counts.items():
            summary = ", ".join(f"{name} {count}" for name, count in tables.items())
            self.stdout.write(f"{form} ({timings[form]:.1f} s): {summary}")
        self.stdout.write(
            f"Written to {writer.directory()} in {seconds:.1f} s; peak RSS {peak:.0f} MiB."
        )
