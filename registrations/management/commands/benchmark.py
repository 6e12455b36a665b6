import os
import random
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test.utils import override_settings

from registrations.devtools.benchmark.measure import measure, publishing_window, scenarios
from registrations.devtools.benchmark.report import earlier_rows, replace_table, report
from registrations.devtools.benchmark.reports import seed_reports
from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, seed, vacuum_analyze
from registrations.devtools.benchmark.server import Server
from registrations.models import Registration
from registrations.public.shared_cache import warm


class Command(BaseCommand):
    help = (
        "Seed benchmark experiments (10,000 and 100,000 by default) and time the public pages "
        "over HTTP, served by gunicorn with 2 sync workers: p50/p95/p99/max, page sizes, a "
        "publishing window, the workers' memory. Writes docs/benchmarks.md. Run it on a "
        "database of its own: the experiments it adds stay there."
    )

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
        parser.add_argument("--requests", type=int, default=60, help="requests per scenario")
        parser.add_argument("--window", type=int, default=120, help="publishing window, s")
        parser.add_argument("--port", type=int, default=8765)
        parser.add_argument(
            "--output", type=Path, default=settings.BASE_DIR / "docs" / "benchmarks.md"
        )
        parser.add_argument("--random-seed", type=int, default=2026)

    def handle(self, *args, sizes, requests, window, port, output, random_seed, **options):
        if "bench" not in str(connection.settings_dict["NAME"]):
            raise CommandError(
                "Run the benchmark on a database of its own, with 'bench' in its name "
                "(for example DATABASE_URL=postgres://postgres@127.0.0.1:5432/digikunta_bench)."
            )
        rng = random.Random(random_seed)
        results, rss = [], {}
        env = {
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_COOKIES": "false",
            "STATIC_MANIFEST": "false",
            "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark"),
        }
        shared = {}
        if os.environ.get("BENCH_REDIS_URL"):
            # One cache for the workers and for this process, which publishes (see settings).
            env["DJANGO_SETTINGS_MODULE"] = "registrations.devtools.benchmark.settings"
            shared["CACHES"] = {
                "default": {
                    "BACKEND": "django.core.cache.backends.redis.RedisCache",
                    "LOCATION": os.environ["BENCH_REDIS_URL"],
                }
            }
        # The publications' e-mails stay in memory.
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend", **shared
        ):
            seeded = Registration.objects.filter(reference__startswith=REFERENCE_PREFIX).count()
            for size in sorted(sizes):
                if seeded > size:
                    # Timing a larger database under a smaller size's name would mislead.
                    self.stderr.write(
                        f"Skipped {size:,}: the database has {seeded:,} benchmark experiments "
                        "already. Measure it on a database of its own (BENCH_DATABASE_URL)."
                    )
                    continue
                added = seed(size, rng=rng)
                # One experiment in ten has reported (10,000 reports at 100,000).
                added += seed_reports(size // 10, rng=rng)
                if added:
                    vacuum_analyze()
                cache.clear()
                # What the writing process does after a write: today's stages counted, the
                # shared cache filled for the data version (seeding writes in bulk).
                warm()
                self.stdout.write(f"{size:,} experiments ({added:,} added):")
                with Server(port=port, env=env) as server:
                    for name, urls in scenarios(rng=rng, requests=requests).items():
                        result = measure(
                            server.url, name, size, urls, cpu=server.worker_cpu_seconds
                        )
                        results.append(result)
                        self.stdout.write(self.line(result))
                    mix = scenarios(rng=rng, requests=requests)
                    urls = [url for group in mix.values() for url in group]
                    rng.shuffle(urls)
                    result, published = publishing_window(
                        server.url, size, urls, seconds=window, cpu=server.worker_cpu_seconds
                    )
                    results.append(result)
                    self.stdout.write(self.line(result) + f" ({published} published)")
                    rss[size] = server.worker_rss_mib()
                    self.stdout.write(f"  worker RSS: {rss[size]}")
        output.parent.mkdir(parents=True, exist_ok=True)
        existing = output.read_text(encoding="utf-8") if output.exists() else ""
        measured = {result.size for result in results}
        table = report(
            results, rss=rss, notes=[], earlier=earlier_rows(existing, measured=measured)
        )
        output.write_text(replace_table(existing, table), encoding="utf-8")
        self.stdout.write(f"Wrote {output}")

    def line(self, r) -> str:
        return (
            f"  {r.scenario}: p50 {r.p50_ms:.1f}, p95 {r.p95_ms:.1f}, p99 {r.p99_ms:.1f}, "
            f"max {r.max_ms:.1f} ms; {r.html_kib:.1f} KiB HTML, {r.sent_kib:.1f} KiB sent; "
            f"load {r.load:.1f}, worker CPU {r.cpu_ms:.1f} ms a request"
        )
