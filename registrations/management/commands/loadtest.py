from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from registrations.devtools.loadtest import client, site


class Command(BaseCommand):
    help = (
        "Register many people at once through the real form, on gunicorn (4 workers) and the "
        "mail worker on 127.0.0.1, every other one clicking send twice; then count what was "
        "stored. Only on a database whose name contains 'load' (make loadtest makes one)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=200)
        parser.add_argument("--port", type=int, default=8097)
        parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/12")

    def handle(self, *args, people, port, redis_url, **options):
        database = connection.settings_dict
        if connection.vendor != "postgresql" or "load" not in database["NAME"]:
            raise CommandError("Run the load test on a PostgreSQL database named *load*.")
        if not 1 <= people <= 500:
            raise CommandError("--people: from 1 to 500.")
        form_path = site.open_call()
        site.forget_earlier_runs()
        env = site.environment(
            database_url=f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
            f"{database['PORT'] or 5432}/{database['NAME']}",
            redis_url=redis_url,
        )
        with site.running(port=port, env=env) as url:
            self.stdout.write(f"{people} people register at {url}{form_path} …")
            results = client.run(url, form_path, people=people)
            site.wait_for_the_outbox()
        counted = site.stored(people)
        self.report(results, counted)
        if counted.stored != people or counted.duplicates or results.failures:
            raise CommandError("The load test found a fault (see above).")

    def report(self, results: client.Results, counted: site.Stored) -> None:
        out = self.stdout.write
        out("")
        out("| step | requests | 5xx | p50 ms | p95 ms |")
        out("|---|---:|---:|---:|---:|")
        for step, requests, errors, p50, p95 in results.table():
            out(f"| {step} | {requests} | {errors} | {p50:.0f} | {p95:.0f} |")
        out("")
        out(
            f"People {counted.people}; stored {counted.stored}; duplicates "
            f"{counted.duplicates}; 5xx "
            f"{sum(results.server_errors(step) for step in client.STEPS)}; e-mails sent "
            f"{counted.emails_sent}, waiting {counted.emails_waiting}, failed "
            f"{counted.emails_failed}."
        )
        for failure in results.failures[:20]:
            out(f"  {failure}")
