"""The results page's figures: net savings a year summed in SQL by topic, region, programme and
start year, the verified ones apart from those only reported, per resident of the
participating municipalities, and the number of finished experiments. One statement once per
data version (the shared cache keeps it; accepting a report or verifying savings moves the
version on), so that a visitor never waits for the sums.

What is summed is each public registration's counted savings (Savings.counted(): its latest
accepted report's, or an influencer's own) with both annual costs given: a saving without a
baseline is not a zero. An experiment of several topics or regions counts under each of them,
so the rows of a breakdown can add up to more than the total."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection

from network.models import Municipality, Programme
from registrations.models import (
    FACET_CODES,
    KEY_SPACE,
    Call,
    Report,
    ReportKind,
    ReportState,
    Savings,
    SearchEntry,
)
from registrations.models.arithmetic import CENT, per_resident
from registrations.models.search import read_cursor
from registrations.public import names
from registrations.public.facets import key_range, unnest
from registrations.public.shared_cache import cached

DIMENSIONS = ("topic", "region", "programme", "year")
# Which way each figure is known: checked by a coordinator, or as the participant reported it.
KINDS = ("verified", "reported")


@dataclass
class Sum:
    """The net savings a year of some experiments, known one way."""

    experiments: int = 0
    net: Decimal = Decimal(0)
    residents: int = 0

    @property
    def per_resident(self) -> Decimal | None:
        return per_resident(self.net, self.residents) if self.experiments else None


@dataclass
class Row:
    """One line of a breakdown (or the total): the verified and the reported-only sums, and
    how many experiments ended with an accepted final report."""

    dimension: str
    value: str  # as the experiment list's and the results list's URLs say it
    names: dict[str, str] = field(default_factory=dict)
    verified: Sum = field(default_factory=Sum)
    reported: Sum = field(default_factory=Sum)
    finished: int = 0

    def name(self, language: str) -> str:
        return self.names.get(language) or self.value

    @property
    def query(self) -> str:
        """The query string of the results list that shows the experiments behind it."""
        return f"{self.dimension}={self.value}" if self.dimension != "all" else ""


@dataclass
class Totals:
    total: Row
    by: dict[str, list[Row]]  # {dimension: rows, in the order the site lists them}


def _sql() -> str:
    """Every breakdown and the total in one statement. The experiments with savings or an
    accepted final report come first, by their ids (from the savings and the reports), so that
    the work follows the number of results and not of registrations; what they are about is
    read from their rows of the narrow search table (public ones only: it holds no other),
    whose facet keys name their topics, regions, call, start year and municipalities. Each is
    keyed once per dimension and grouped, and the residents of the distinct municipalities
    behind each group are summed."""
    true = "TRUE" if connection.vendor == "postgresql" else "1"
    every_key, key = unnest("base", "b")

    def within(*facets):
        return " OR ".join("{} BETWEEN {} AND {}".format(key, *key_range(f)) for f in facets)

    # On PostgreSQL an array of the ids, so that the rows are read through the primary key
    # (a few thousand) and never by a scan of the table (every public experiment).
    ids = "SELECT registration_id FROM counted UNION SELECT registration_id FROM finished"
    ids = f"= ANY(ARRAY({ids}))" if connection.vendor == "postgresql" else f"IN ({ids})"
    named = " ".join(
        f"WHEN {FACET_CODES[facet]} THEN '{facet}'" for facet in ("topic", "region", "year")
    )
    return f"""
    WITH counted AS (
        SELECT registration_id, cost_before - cost_after AS net,
               verified_at IS NOT NULL AS verified
        FROM {Savings._meta.db_table}
        WHERE is_current = {true} AND cost_before IS NOT NULL AND cost_after IS NOT NULL
    ), finished AS (
        SELECT DISTINCT registration_id FROM {Report._meta.db_table}
        WHERE kind = '{ReportKind.FINAL.value}' AND state = '{ReportState.ACCEPTED.value}'
    ), base AS (
        SELECT s.registration_id AS id, s.keys, c.net, c.verified,
               f.registration_id IS NOT NULL AS finished
        FROM {SearchEntry._meta.db_table} s
        LEFT JOIN counted c ON c.registration_id = s.registration_id
        LEFT JOIN finished f ON f.registration_id = s.registration_id
        WHERE s.registration_id {ids}
    ), pairs AS (
        SELECT b.id, {key} AS key FROM {every_key}
        WHERE {within("topic", "region", "year", "call", "municipality")}
    ), keyed AS (
        SELECT 'all' AS dimension, 0 AS key, b.id, b.net, b.verified, b.finished FROM base b
        UNION ALL
        SELECT CASE p.key / {KEY_SPACE} {named} END, p.key % {KEY_SPACE},
               b.id, b.net, b.verified, b.finished
        FROM pairs p JOIN base b ON b.id = p.id
        WHERE p.key / {KEY_SPACE} IN ({FACET_CODES["topic"]}, {FACET_CODES["region"]},
                                      {FACET_CODES["year"]})
        UNION ALL
        SELECT 'programme', x.programme_id, b.id, b.net, b.verified, b.finished
        FROM pairs p JOIN base b ON b.id = p.id
        JOIN {Call._meta.db_table} x ON x.id = p.key % {KEY_SPACE}
        WHERE p.key / {KEY_SPACE} = {FACET_CODES["call"]} AND x.programme_id IS NOT NULL
    ), residents AS (
        SELECT d.dimension, d.key, d.verified, SUM(m.population) AS residents
        FROM (SELECT DISTINCT k.dimension, k.key, k.verified, p.key % {KEY_SPACE} AS place
              FROM keyed k JOIN pairs p ON p.id = k.id
              WHERE k.net IS NOT NULL AND p.key / {KEY_SPACE} = {FACET_CODES["municipality"]}
             ) d
        JOIN {Municipality._meta.db_table} m ON m.id = d.place
        GROUP BY d.dimension, d.key, d.verified
    )
    SELECT g.dimension, g.key, g.finished, g.verified_n, g.verified_net, g.reported_n,
           g.reported_net, rv.residents, rr.residents
    FROM (
        SELECT dimension, key,
               COUNT(*) FILTER (WHERE finished) AS finished,
               COUNT(net) FILTER (WHERE verified) AS verified_n,
               SUM(net) FILTER (WHERE verified) AS verified_net,
               COUNT(net) FILTER (WHERE NOT verified) AS reported_n,
               SUM(net) FILTER (WHERE NOT verified) AS reported_net
        FROM keyed GROUP BY dimension, key
    ) g
    LEFT JOIN residents rv ON rv.dimension = g.dimension AND rv.key = g.key AND rv.verified
    LEFT JOIN residents rr ON rr.dimension = g.dimension AND rr.key = g.key AND NOT rr.verified
    """


def _euros(value) -> Decimal:
    """A sum as SQL gave it: exact on PostgreSQL (numeric), a float on SQLite."""
    if value is None:
        return Decimal(0)
    return Decimal(str(value)).quantize(CENT)


def _count() -> dict[tuple[str, int], Row]:
    with read_cursor() as cursor:
        cursor.execute(_sql())
        rows = cursor.fetchall()
    found = {}
    for dimension, key, finished, v_n, v_net, r_n, r_net, v_res, r_res in rows:
        found[(dimension, int(key))] = Row(
            dimension=dimension,
            value="",
            verified=Sum(v_n or 0, _euros(v_net), int(v_res or 0)),
            reported=Sum(r_n or 0, _euros(r_net), int(r_res or 0)),
            finished=finished or 0,
        )
    return found


def _programmes() -> dict[int, tuple[str, dict[str, str]]]:
    return {
        pk: (slug, {"fi": fi or sv, "sv": sv or fi})
        for pk, slug, fi, sv in Programme.objects.published().values_list(
            "pk", "slug", "name_fi", "name_sv"
        )
    }


def totals(version: int) -> Totals:
    """The total and each breakdown, named in both languages: two queries (the sums and the
    programmes' names) once per data version, the filters' names from their own entry."""

    def build() -> Totals:
        found = _count()
        known = names.current(version)
        listed: dict[str, list[tuple[int, str, dict[str, str]]]] = {
            "topic": [(v.id, v.value, v.names) for v in known.values["topic"].values()],
            "region": [(v.id, v.value, v.names) for v in known.values["region"].values()],
            "programme": [(pk, slug, both) for pk, (slug, both) in _programmes().items()],
            "year": sorted((key, str(key), {}) for dimension, key in found if dimension == "year"),
        }
        by = {}
        for dimension in DIMENSIONS:
            rows = []
            for key, value, both in listed[dimension]:
                row = found.get((dimension, key))
                if row is not None:
                    row.value, row.names = value, both
                    rows.append(row)
            by[dimension] = rows
        total = found.get(("all", 0)) or Row(dimension="all", value="")
        return Totals(total=total, by=by)

    return cached("results", version, build)


def warm(version: int) -> None:
    totals(version)


def programme_name(version: int, slug: str, language: str) -> str:
    """A programme's name, as the results know it (the address name when it has none)."""
    row = next((row for row in totals(version).by["programme"] if row.value == slug), None)
    return row.name(language) if row else slug
