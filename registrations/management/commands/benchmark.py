import random
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from registrations.devtools.benchmark.measure import measure, scenarios
from registrations.devtools.benchmark.report import replace_table, report
from registrations.devtools.benchmark.seed import seed, vacuum_analyze


class Command(BaseCommand):
    help = (
        "Seed benchmark experiments (1,000, 10,000 and 100,000 by default) and time the public "
        "pages: p50/p95 server time and queries per request. Writes docs/benchmarks.md. Run it "
        "on a database of its own: the experiments it adds stay there."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
        parser.add_argument("--requests", type=int, default=40, help="requests per scenario")
        parser.add_argument(
            "--output", type=Path, default=settings.BASE_DIR / "docs" / "benchmarks.md"
        )
        parser.add_argument("--random-seed", type=int, default=2026)

    def handle(self, *args, sizes, requests, output, random_seed, **options):
        if "bench" not in str(connection.settings_dict["NAME"]):
            raise CommandError(
                "Run the benchmark on a database of its own, with 'bench' in its name "
                "(for example DATABASE_URL=postgres://postgres@127.0.0.1:5432/digikunta_bench)."
            )
        rng = random.Random(random_seed)
        results = []
        for size in sorted(sizes):
            added = seed(size, rng=rng)
            if added:
                vacuum_analyze()
            self.stdout.write(f"{size:,} experiments ({added:,} added):")
            for name, urls in scenarios(rng=rng, requests=requests).items():
                cache.clear()
                result = measure(name, size, urls)
                results.append(result)
                self.stdout.write(
                    f"  {name}: p50 {result.p50_ms:.1f} ms, p95 {result.p95_ms:.1f} ms, "
                    f"{result.queries} queries"
                )
        output.parent.mkdir(parents=True, exist_ok=True)
        existing = output.read_text(encoding="utf-8") if output.exists() else ""
        table = report(results, requests=requests)
        output.write_text(replace_table(existing, table), encoding="utf-8")
        self.stdout.write(f"Wrote {output}")
