"""The benchmark's table for docs/benchmarks.md, with where and how it was measured, and its
place in the document between two markers."""

import os
import platform

from django.db import connection
from django.utils import timezone

from registrations.devtools.benchmark.measure import Measurement

TARGETS_MS = {"list, text query": 50, "list, three filters": 80, "statistics page": 150}
START, END = "<!-- benchmark table: start -->", "<!-- benchmark table: end -->"


def report(results: list[Measurement], *, requests: int) -> str:
    """The table for docs/benchmarks.md, with where and how it was measured."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = connection.vendor
    lines = [
        "| scenario | experiments | p50 ms | p95 ms | queries | target (p95) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for result in results:
        target = TARGETS_MS.get(result.scenario)
        verdict = (
            f"≤ {target} ms: {'met' if result.p95_ms <= target else 'missed'}" if target else ""
        )
        lines.append(
            f"| {result.scenario} | {result.size:,} | {result.p50_ms:.1f} | {result.p95_ms:.1f} "
            f"| {result.queries} | {verdict} |"
        )
    return "\n".join(lines) + (
        f"\n\nMeasured {timezone.localdate():%Y-%m-%d} with `manage.py benchmark`: {requests} "
        "requests a scenario after three warm-up requests, in process (Django's test client: "
        f"middleware, views, SQL and templates; no network), on {database}, Python "
        f"{platform.python_version()}, {os.cpu_count()} CPU cores.\n"
    )


def replace_table(document: str, table: str) -> str:
    """Put the new table between the markers, keeping the words written around it."""
    block = f"{START}\n{table}{END}\n"
    if START in document and END in document:
        before, rest = document.split(START, 1)
        return before + block + rest.split(END, 1)[1].lstrip("\n")
    return "# Benchmarks\n\n" + block
