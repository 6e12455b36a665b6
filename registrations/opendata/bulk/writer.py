"""Writes the bulk download: one ZIP of CSV files and one of JSON Lines, each with a README of
every column and the record counts, and the licence. Rows stream from the database in chunks
straight into the ZIP, so memory stays flat however large the data."""

import io
import json
import os
import re
import time
import zipfile
from contextlib import ExitStack
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from digikunta.exports import SafeWriter
from registrations.opendata.bulk.columns import TEXT, TRANSLATED, Table
from registrations.opendata.bulk.tables import TABLES

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
    timings if given, the seconds it took). Each table is read once and written to both
    files as its rows arrive."""
    today = today or timezone.localdate()
    directory().mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    paths = {form: directory() / file_name(form, today) for form in FORMATS}
    partial = {form: path.with_suffix(".partial") for form, path in paths.items()}
    counts = {}
    with ExitStack() as stack:
        archives = {
            form: stack.enter_context(
                zipfile.ZipFile(partial[form], "w", zipfile.ZIP_DEFLATED, compresslevel=1)
            )
            for form in FORMATS
        }
        for table in TABLES:
            counts[table.name] = _write_table(table, archives)
        for form, archive in archives.items():
            _write_readme_and_licence(archive, form, counts, today)
    for form in FORMATS:
        os.replace(partial[form], paths[form])
    if timings is not None:
        timings["total"] = time.monotonic() - started
    _remove_old(today)
    return {form: dict(counts) for form in FORMATS}


def _write_table(table: Table, archives: dict[str, zipfile.ZipFile]) -> int:
    with ExitStack() as stack:
        streams = {}
        for form, archive in archives.items():
            raw = stack.enter_context(archive.open(f"{table.name}.{form}", "w", force_zip64=True))
            streams[form] = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            stack.callback(streams[form].detach)
            stack.callback(streams[form].flush)
        header = [name for column in table.columns for name in column.csv_names()]
        SafeWriter(streams["csv"], delimiter=",").writerow(header)
        kinds = [column.kind for column in table.columns for _name in column.csv_names()]
        csv_writer = SafeWriter(
            streams["csv"],
            delimiter=",",
            text_columns=[i for i, kind in enumerate(kinds) if kind in (TEXT, TRANSLATED)],
        )
        getters = [getter for column in table.columns for getter in column.csv_getters()]
        jsonl = streams["jsonl"]
        json_getters = [(column.name, column.json_getter()) for column in table.columns]
        count = 0
        for record in table.records():
            csv_writer.writerow([getter(record) for getter in getters])
            row = {name: getter(record) for name, getter in json_getters}
            jsonl.write(_JSON.encode(row) + "\n")
            count += 1
        return count


def _json_text(value):
    """Dates as ISO 8601, euros as strings of decimals, as the API writes them."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    raise TypeError(f"{type(value).__name__} is not written as JSON")


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_text)


def _write_readme_and_licence(archive, form: str, counts: dict[str, int], today: date) -> None:
    context = {
        "form": form,
        "entries": [(table, counts[table.name]) for table in TABLES],
        "day": today,
        "languages": ("fi", "sv"),
    }
    with translation.override("fi"):
        archive.writestr("README.md", render_to_string("opendata/readme.txt", context))
        archive.writestr("LICENSE", render_to_string("opendata/LICENSE.txt", context))


def _remove_old(today: date) -> None:
    oldest = today - timedelta(days=KEPT_DAYS)
    for name in os.listdir(directory()):
        found = NAME.match(name)
        if found and date.fromisoformat(found[2]) < oldest:
            (directory() / name).unlink(missing_ok=True)
