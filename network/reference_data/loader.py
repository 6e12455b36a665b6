"""Loading Statistics Finland's classification of regions and municipalities.

Safe to re-run: a second run with the same files changes nothing, and a municipality missing
from a newer file (merged into another) becomes inactive instead of being deleted, so that the
experiments it took part in keep their history.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from network.models import LanguageStatus, Municipality, Region, StatisticalGroup
from network.text import municipality_search_key

# The files of the current classification, beside this module.
DEFAULT_DIRECTORY = Path(__file__).resolve().parent

_GROUPS = {
    "1": StatisticalGroup.URBAN,
    "2": StatisticalGroup.SEMI_URBAN,
    "3": StatisticalGroup.RURAL,
}
_LANGUAGES = set(LanguageStatus.values)


class ReferenceDataError(Exception):
    pass


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deactivated)


def _rows(path: Path, required: set[str]) -> list[dict[str, str]]:
    if not path.exists():
        raise ReferenceDataError(f"{path} does not exist.")
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file)
        missing = required - set(reader.fieldnames or [])
        if missing:
            raise ReferenceDataError(f"{path.name} lacks the columns {', '.join(sorted(missing))}.")
        return list(reader)


def _apply(instance, values: dict, report: LoadReport, label: str) -> None:
    """Save only what differs, so that a re-run touches no row."""
    if instance.pk is None:
        for name, value in values.items():
            setattr(instance, name, value)
        instance.save()
        report.created.append(label)
        return
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save(update_fields=changed)
        report.updated.append(label)
    else:
        report.unchanged += 1


def _region_values(row: dict[str, str]) -> dict:
    return {"name_fi": row["name_fi"].strip(), "name_sv": row["name_sv"].strip()}


def _municipality_values(row: dict[str, str], regions: dict[str, Region], line: int) -> dict:
    code = row["code"].strip()
    if len(code) != 3 or not code.isdigit():
        raise ReferenceDataError(f"municipalities.csv line {line}: code {code!r} is not 3 digits.")
    region = regions.get(row["region_code"].strip())
    if region is None:
        raise ReferenceDataError(
            f"municipalities.csv line {line}: unknown region {row['region_code']!r}."
        )
    if row["language"] not in _LANGUAGES:
        raise ReferenceDataError(
            f"municipalities.csv line {line}: unknown language status {row['language']!r}."
        )
    group = _GROUPS.get(row["municipality_group_code"].strip())
    if group is None:
        raise ReferenceDataError(
            f"municipalities.csv line {line}: unknown statistical group "
            f"{row['municipality_group_code']!r}."
        )
    try:
        population = int(row["population"])
        population_year = int(row["population_year"])
    except ValueError:
        raise ReferenceDataError(
            f"municipalities.csv line {line}: population must be a whole number."
        ) from None
    name_fi, name_sv = row["name_fi"].strip(), row["name_sv"].strip()
    return {
        "name_fi": name_fi,
        "name_sv": name_sv,
        "search_key": municipality_search_key(name_fi, name_sv),
        "region": region,
        "language_status": row["language"],
        "population": population,
        "population_year": population_year,
        "statistical_group": group,
        "is_active": True,
    }


@transaction.atomic
def load_reference_data(directory: Path = DEFAULT_DIRECTORY) -> tuple[LoadReport, LoadReport]:
    region_rows = _rows(directory / "regions.csv", {"code", "name_fi", "name_sv"})
    municipality_rows = _rows(
        directory / "municipalities.csv",
        {
            "code",
            "name_fi",
            "name_sv",
            "region_code",
            "language",
            "population",
            "population_year",
            "municipality_group_code",
        },
    )

    regions_report = LoadReport()
    existing_regions = {region.code: region for region in Region.objects.all()}
    for row in region_rows:
        code = row["code"].strip()
        region = existing_regions.get(code) or Region(code=code)
        _apply(region, _region_values(row), regions_report, code)
        existing_regions[code] = region

    report = LoadReport()
    existing = {m.code: m for m in Municipality.objects.select_related("region")}
    seen = set()
    for line, row in enumerate(municipality_rows, start=2):
        values = _municipality_values(row, existing_regions, line)
        code = row["code"].strip()
        if code in seen:
            raise ReferenceDataError(f"municipalities.csv line {line}: code {code} appears twice.")
        seen.add(code)
        municipality = existing.get(code) or Municipality(code=code)
        _apply(municipality, values, report, code)

    for code, municipality in existing.items():
        if code not in seen and municipality.is_active:
            municipality.is_active = False
            municipality.save(update_fields=["is_active"])
            report.deactivated.append(code)
    # Neighbours from the boundaries beside the files, once the municipalities are in.
    from network.reference_data.neighbours import store_neighbours

    store_neighbours(directory)
    return regions_report, report
