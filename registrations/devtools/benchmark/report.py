"""The benchmark's table for docs/benchmarks.md, with where and how it was measured, and its
place in the document between two markers."""

import os
import platform

from django.db import connection
from django.utils import timezone

from registrations.devtools.benchmark.measure import Measurement

# The targets at 100,000 experiments: {scenario: {measure: limit in ms}}.
TARGETS_MS = {
    "search, first time": {"p95": 60, "p99": 120},
    "list, no filter": {"p95": 40},
    "list, 1 filter": {"p95": 40},
    "list, 2 filters": {"p95": 40},
    "list, 3 filters": {"p95": 40},
    "municipality, Helsinki": {"p95": 40},
    "statistics page": {"p95": 40},
    "publishing window": {"p99": 150, "max": 300},
}
START, END = "<!-- benchmark table: start -->", "<!-- benchmark table: end -->"


def verdict(result: Measurement) -> str:
    targets = TARGETS_MS.get(result.scenario, {})
    if result.size < 100_000 or not targets:
        return ""
    measured = {"p95": result.p95_ms, "p99": result.p99_ms, "max": result.max_ms}
    return "; ".join(
        f"{name} ≤ {limit}: {'met' if measured[name] <= limit else 'missed'}"
        for name, limit in targets.items()
    )


def report(
    results: list[Measurement],
    *,
    rss: dict[int, list[float]],
    notes: list[str],
    earlier: list[str] = (),
) -> str:
    """The table for docs/benchmarks.md, with where and how it was measured; `earlier`: rows
    of other sizes kept from the table before (see earlier_rows)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = connection.vendor
    lines = [
        "| scenario | experiments | requests | p50 ms | p95 ms | p99 ms | max ms "
        "| HTML KiB | sent KiB | load | CPU ms | target (at 100,000) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        *(line for line in earlier if line.startswith("|")),
    ]
    for r in results:
        lines.append(
            f"| {r.scenario} | {r.size:,} | {r.requests} | {r.p50_ms:.1f} | {r.p95_ms:.1f} "
            f"| {r.p99_ms:.1f} | {r.max_ms:.1f} | {r.html_kib:.1f} | {r.sent_kib:.1f} "
            f"| {r.load:.1f} | {r.cpu_ms:.1f} | {verdict(r)} |"
        )
    lines.append("")
    lines += [line for line in earlier if not line.startswith("|")]
    if earlier:
        lines.append(
            "- The rows of other sizes are from an earlier run (this one measured "
            + ", ".join(sorted({f"{r.size:,}" for r in results}))
            + "); their load and CPU columns, if empty, were not recorded."
        )
    for size, workers in rss.items():
        shown = ", ".join(f"{mib:.0f} MiB" for mib in workers)
        lines.append(f"- Worker RSS after the runs at {size:,}: {shown} (target ≤ 120 MiB).")
    lines += [f"- {note}" for note in notes]
    load = os.getloadavg()
    return "\n".join(lines) + (
        f"\n\nMeasured {timezone.localdate():%Y-%m-%d} with `manage.py benchmark`: over HTTP "
        "to gunicorn with 2 sync workers on 127.0.0.1, each request on a new connection asking "
        f"for gzip, timed to its last byte; on {database}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPU cores. *load*: the machine's load average (1 min) as each "
        f"scenario began; {load[0]:.1f} at the end (the machine is shared). *CPU ms*: the two "
        "workers' CPU time (user and system) per request, Python's share of the work, which "
        "waiting for a core does not lengthen (PostgreSQL's is not in it).\n"
    )


def earlier_rows(document: str, *, measured: set[int]) -> list[str]:
    """The rows of the table in the document for sizes not measured now, in the columns of
    the new table (an old row without a load column gets an empty one), and their workers'
    memory lines."""
    if START not in document or END not in document:
        return []
    table = document.split(START, 1)[1].split(END, 1)[0]
    kept = []
    for line in table.splitlines():
        if line.startswith("- Worker RSS after the runs at "):
            size = line.removeprefix("- Worker RSS after the runs at ").split(":")[0]
            if int(size.replace(",", "")) not in measured:
                kept.append(line)
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 10 or not cells[1].replace(",", "").isdigit():
            continue
        if int(cells[1].replace(",", "")) in measured:
            continue
        if len(cells) == 10:  # before the load column
            cells.insert(9, "")
        if len(cells) == 11:  # before the column of the workers' CPU time
            cells.insert(10, "")
        kept.append("| " + " | ".join(cells) + " |")
    return kept


def replace_table(document: str, table: str) -> str:
    """Put the new table between the markers, keeping the words written around it."""
    block = f"{START}\n{table}{END}\n"
    if START in document and END in document:
        before, rest = document.split(START, 1)
        return before + block + rest.split(END, 1)[1].lstrip("\n")
    return "# Benchmarks\n\n" + block
