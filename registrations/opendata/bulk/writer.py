"""Writes the bulk download: one ZIP of CSV files and one of JSON Lines, each with a README of
every column and the record counts, and the licence. Rows stream from the database in chunks
straight into the ZIP, so memory stays flat however large the data."""

import io
import json
import os
import re
import time
import zipfile
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from digikunta.exports import SafeWriter
from registrations.opendata.bulk.tables import TABLES, Table

FORMATS = ("csv", "jsonl")
KEPT_DAYS = 30
NAME = re.compile(r"^digikunta-(csv|jsonl)-(\d{4}-\d{2}-\d{2})\.zip$")


def directory() -> Path:
    return Path(settings.OPEN_DATA_ROOT)


def file_name(form: str, day: date) -> str:
    return f"digikunta-{form}-{day.isoformat()}.zip"


def latest(form: str) -> Path | None:
    """The newest file of the format, or None before the first export."""
    if not directory().is_dir():
        return None
    found = sorted(
        name for name in os.listdir(directory()) if (m := NAME.match(name)) and m[1] == form
    )
    return directory() / found[-1] if found else None


def export(*, today: date | None = None, timings: dict | None = None) -> dict[str, dict[str, int]]:
    """Writes today's files (replacing today's earlier ones), removes those older than
    KEPT_DAYS, and returns the number of records of each table in each format (and, in
    timings if given, the seconds each format took)."""
    today = today or timezone.localdate()
    directory().mkdir(parents=True, exist_ok=True)
    counts = {}
    for form in FORMATS:
        started = time.monotonic()
        counts[form] = _write(form, directory() / file_name(form, today), today)
        if timings is not None:
            timings[form] = time.monotonic() - started
    _remove_old(today)
    return counts


def _write(form: str, path: Path, today: date) -> dict[str, int]:
    partial = path.with_suffix(".partial")
    counts = {}
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in TABLES:
            with archive.open(f"{table.name}.{form}", "w", force_zip64=True) as raw:
                stream = io.TextIOWrapper(raw, encoding="utf-8", newline="")
                counts[table.name] = (_csv if form == "csv" else _jsonl)(table, stream)
                stream.flush()
                stream.detach()
        context = {
            "form": form,
            "entries": [(table, counts[table.name]) for table in TABLES],
            "day": today,
            "languages": ("fi", "sv"),
        }
        with translation.override("fi"):
            archive.writestr("README.md", render_to_string("opendata/readme.txt", context))
            archive.writestr("LICENSE", render_to_string("opendata/LICENSE.txt", context))
    os.replace(partial, path)
    return counts


def _csv(table: Table, stream) -> int:
    writer = SafeWriter(stream, delimiter=",")
    writer.writerow([name for column in table.columns for name in column.csv_names()])
    getters = [getter for column in table.columns for getter in column.csv_getters()]
    count = 0
    for record in table.records():
        writer.writerow([getter(record) for getter in getters])
        count += 1
    return count


def _jsonl(table: Table, stream) -> int:
    count = 0
    for record in table.records():
        row = {column.name: column.json_value(record) for column in table.columns}
        stream.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        count += 1
    return count


def _remove_old(today: date) -> None:
    oldest = today - timedelta(days=KEPT_DAYS)
    for name in os.listdir(directory()):
        found = NAME.match(name)
        if found and date.fromisoformat(found[2]) < oldest:
            (directory() / name).unlink(missing_ok=True)
