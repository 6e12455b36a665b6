"""Counts and pages of the experiment list, in SQL on the search table.

A facet's count of an option is the number of results that choosing it would give, keeping
the other filters: so each facet counts over the experiments that match the text and every
other chosen filter. The facets that are not chosen share one base (everything chosen); each
chosen facet has its own (everything else chosen).

On PostgreSQL, a base of one filter is answered from what the triggers keep (the facet pairs
and the day's stages' counts, registrations.models.facet_pairs), exactly; a base of two
filters knows its size from them and is counted on its rows only when that is cheap. The
others (a text search, three filters; every base on SQLite) are counted in one statement:
each base once, up to EXACT_LIMIT rows, its facet keys unnested and grouped. A base larger
than that is said to be "over" the limit, honestly, rather than counted: its options show no
number. The unfiltered list's counts come from the shared cache, once per data version and
day. Nothing here keeps anything between requests.

Over 400 lines because counting and paging are one statement each way: the page's ids come
with the counts, and both read the same WHERE, pairs and caps, so they stay in one module.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db import connection

from registrations.models import (
    FACET_CODES,
    KEY_SPACE,
    FacetPair,
    Phase,
    Role,
    SearchEntry,
    StageCount,
    facet_key,
    facet_of,
)
from registrations.models.search import read_cursor
from registrations.public.names import STAGE_IDS
from registrations.public.shared_cache import cached

# Counts are exact up to this many results in a base; beyond it, "over" (see above). Reading
# a base costs in proportion to it: at 2,000 a first-time search stays within its budget.
EXACT_LIMIT = 2000
# A stage is tested on every row that the base's other filters find through the GIN index
# (no index knows a stage: it follows the day): a base with a stage is counted only when
# those rows are no more than this many (50 ms for 22,000 of them).
READ_LIMIT = 4000
TABLE = SearchEntry._meta.db_table
STORED = ("role", "call", "year", "topic", "region", "municipality")


@dataclass(frozen=True)
class Selection:
    """What the list shows, as the search table knows it: the text search (a PostgreSQL text
    query, or folded text for containment) and the chosen filters' keys."""

    tsquery: str | None = None
    contains: str | None = None
    keys: dict[str, int] = field(default_factory=dict)
    stage: int | None = None
    # A chosen value that no experiment can have (an unknown slug): nothing matches.
    impossible: bool = False

    @property
    def has_text(self) -> bool:
        return self.tsquery is not None or self.contains is not None

    @property
    def chosen(self) -> set[str]:
        return set(self.keys) | ({"stage"} if self.stage else set())

    def where(
        self, today: date, *, without: str | None = None, document: str = "document"
    ) -> tuple[str, list]:
        """The WHERE clause of everything chosen, but one facet, with its parameters (the text
        searched in the whole document, or only in the title_document)."""
        conditions, params = ["TRUE"], []
        if self.impossible:
            conditions.append("FALSE")
        if self.tsquery is not None:
            conditions.append(f"s.{document} @@ %s::tsquery")
            params.append(self.tsquery)
        if self.contains is not None:
            conditions.append("instr(s.text, %s) > 0")
            params.append(self.contains)
        keys = [key for name, key in self.keys.items() if name != without]
        if keys and connection.vendor == "postgresql":
            conditions.append("s.keys @> %s::integer[]")
            params.append(keys)
        for key in keys if connection.vendor != "postgresql" else []:
            conditions.append("EXISTS (SELECT 1 FROM json_each(s.keys) WHERE value = %s)")
            params.append(key)
        if self.stage and without != "stage":
            sql, stage_params = stage_sql(today)
            conditions.append(f"{sql} = %s")
            params += [*stage_params, self.stage]
        return " AND ".join(conditions), params

    def is_everything(self, *, without: str | None = None) -> bool:
        return not (self.has_text or self.impossible or self.chosen - {without})


def through_indexes(sql: str) -> str:
    """The statement, told to read the search table through its indexes (PostgreSQL). With a
    LIMIT on a common word, the planner would rather read the table from its start until it
    has enough rows, testing each row's document (26 ms for 5,000 of 35,000 rows read), than
    take the matches from the GIN index (5 ms): it underestimates what testing a row costs.
    SET LOCAL lasts to the end of the transaction: the statement's own, outside of one."""
    if connection.vendor != "postgresql":
        return sql
    return "SET LOCAL enable_seqscan = off; " + sql


def stage_sql(today: date) -> tuple[str, list]:
    """A row's stage key on this day, as registrations.models.phase_of decides it."""
    key = {phase: facet_key("stage", number) for phase, number in STAGE_IDS.items()}
    day = today.isoformat()
    return (
        f"(CASE WHEN s.role = '{Role.VAIKUTTAJA.value}' THEN {key[Phase.IMPLEMENTED]} "
        f"WHEN s.starts_on IS NULL OR s.starts_on > %s THEN {key[Phase.PLANNED]} "
        f"WHEN s.ends_on IS NOT NULL AND s.ends_on < %s THEN {key[Phase.ENDED]} "
        f"ELSE {key[Phase.ONGOING]} END)",
        [day, day],
    )


def unnest(source: str, alias: str) -> tuple[str, str]:
    """A FROM clause with a row for each facet key of each row of the source, and the key's
    column: unnest() on PostgreSQL, json_each() on SQLite."""
    if connection.vendor == "postgresql":
        return f"{source} {alias} CROSS JOIN LATERAL unnest({alias}.keys) AS k(key)", "k.key"
    return f"{source} {alias}, json_each({alias}.keys) AS k", "k.value"


def key_range(facet: str) -> tuple[int, int]:
    low = FACET_CODES[facet] * KEY_SPACE
    return low, low + KEY_SPACE - 1


@dataclass
class Counts:
    """{facet: {value id: count}}, None for a facet whose base is over the limit; the total,
    None when over the limit; and, when it came with them, the ids of the page asked for."""

    by_facet: dict[str, dict[int, int] | None]
    total: int | None
    page: list[int] | None = None
    # Whether a page of the results is best read by walking the order's index (True), or by
    # sorting what the GIN index gives (False); None: judged by the total alone.
    walk: bool | None = None
    # Every facet's counts over all public experiments (which values exist at all).
    everything: dict[str, dict[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class PageWanted:
    """Which page of results a request shows, in which order."""

    order: str
    language: str
    offset: int = 0
    limit: int = 20

    def order_by(self, selection: "Selection", alias: str = "s", pk: str = "id") -> str:
        """The ORDER BY of the page: best match (title matches first), title, or newest."""
        if self.order == "title":
            return f"{alias}.sort_{'sv' if self.language == 'sv' else 'fi'}, {alias}.{pk}"
        first = "in_title DESC, " if self.is_best_first(selection) else ""
        return f"{first}{alias}.published_at DESC, {alias}.{pk} DESC"

    def is_best_first(self, selection: "Selection") -> bool:
        return self.order == "relevance" and selection.tsquery is not None


def _split(rows) -> dict[str, dict[int, int]]:
    counts: dict[str, dict[int, int]] = {name: {} for name in FACET_CODES}
    for key, count in rows:
        name, value = facet_of(key)
        counts[name][value] = count
    return counts


@dataclass(frozen=True)
class Everything:
    """Over all public experiments: {stored key: {stage key: how many}}, each facet's counts
    and how many there are (each has one role)."""

    matrix: dict[int, dict[int, int]]
    by_facet: dict[str, dict[int, int]]
    total: int


def everything(version: int, today: date) -> Everything:
    """From the shared cache, once per data version and day, by the writer as soon as its
    write commits (shared_cache.warm), from the stages' counts (see _stage_rows)."""

    def count():
        matrix: dict[int, dict[int, int]] = {}
        for found, stage_key, n in _stage_rows(today):
            matrix.setdefault(int(found), {})[int(stage_key)] = n
        rows = {key: sum(by_stage.values()) for key, by_stage in matrix.items()}
        for key, by_stage in matrix.items():
            if facet_of(key)[0] == "role":
                for stage_key, n in by_stage.items():
                    rows[stage_key] = rows.get(stage_key, 0) + n
        total = sum(n for key, n in rows.items() if facet_of(key)[0] == "role")
        return Everything(matrix, _split(rows.items()), total)

    return cached(f"everything:{today.isoformat()}", version, count)


def _stage_rows(today: date) -> list[tuple[int, int, int]]:
    """(key, stage, how many) of every key over all public experiments: from the stages'
    counts that PostgreSQL's triggers keep, when today's are counted (a few hundred rows);
    else counted on the search table (one scan: SQLite, or a day no writer has counted)."""
    stage, params = stage_sql(today)
    every_key, key = unnest(TABLE, "s")
    scan = f"SELECT {key}, {stage}, count(*) FROM {every_key}"
    with read_cursor() as cursor:
        if connection.vendor != "postgresql":
            cursor.execute(f"{scan} GROUP BY 1, 2", params)
            return cursor.fetchall()
        # One statement: the scan runs only when today's counts are missing (a one-time
        # filter on the day's mark, key 0).
        cursor.execute(
            f"WITH c AS (SELECT key, stage, count FROM {StageCount._meta.db_table} "
            "WHERE day = %s AND (count <> 0 OR key = 0)) "
            "SELECT key, stage, count FROM c WHERE key <> 0 UNION ALL "
            f"{scan} WHERE NOT EXISTS (SELECT 1 FROM c WHERE key = 0) GROUP BY 1, 2",
            [today, *params],
        )
        return cursor.fetchall()


def unfiltered_counts(version: int, today: date) -> tuple[dict[str, dict[int, int]], int]:
    """Every facet's counts over all public experiments, and how many there are."""
    found = everything(version, today)
    return found.by_facet, found.total


def _within(matrix: dict[int, dict[int, int]], key: int) -> dict[int, int]:
    """{key: how many} of the experiments with this one key (a stored key or a stage), for
    every key the matrix gives: a stage's counts of every key, or a key's count by stage."""
    if facet_of(key)[0] == "stage":
        found = {k: by_stage[key] for k, by_stage in matrix.items() if key in by_stage}
        found[key] = sum(n for k, n in found.items() if facet_of(k)[0] == "role")
        return found
    return dict(matrix.get(key, {}))


def _pairs(keys: list[int]) -> dict[int, dict[int, int]]:
    """{key: {other key: how many have both}} for these stored keys: one indexed lookup in
    the facet pairs, which PostgreSQL's triggers keep exact (registrations.models.facet_pairs)."""
    if not keys:
        return {}
    found: dict[int, dict[int, int]] = {key: {} for key in keys}
    with read_cursor() as cursor:
        cursor.execute(
            f"SELECT key_a, key_b, count FROM {FacetPair._meta.db_table} "
            "WHERE key_a = ANY(%s) AND count > 0",
            [keys],
        )
        for key_a, key_b, n in cursor.fetchall():
            found[key_a][key_b] = n
    return found


def _condition_keys(selection: Selection) -> dict[str, int]:
    """{facet: key} of everything chosen, the stage as a key of its own."""
    return {**selection.keys, **({"stage": selection.stage} if selection.stage else {})}


def count(
    selection: Selection, *, version: int, today: date, page: PageWanted | None = None
) -> Counts:
    """The counts of every facet and the total, for this selection. Each base (see the
    module's docstring) of one filter comes from the facet pairs and the stage matrix, exact;
    a base of two filters is counted on its rows only when the pairs say it is small enough;
    the others (a text search, three filters) are counted on their rows up to EXACT_LIMIT.
    Two statements at most: the pairs, and the rows of the bases that need counting (which,
    for everything chosen, also orders them and gives the ids of the page wanted)."""
    every = everything(version, today)
    chosen = _condition_keys(selection)
    by_pairs = (
        connection.vendor == "postgresql" and not selection.has_text and not selection.impossible
    )
    matrix = every.matrix if by_pairs else {}
    stored = [key for name, key in chosen.items() if name != "stage"]
    pairs = _pairs(stored) if by_pairs and len(chosen) <= 3 else {}

    def within(key: int) -> dict[int, int]:
        found = _within(matrix, key)
        return {**pairs[key], **found} if key in pairs else found

    def read_by_index(conditions: list[int]) -> int:
        """How many rows the GIN index gives for these filters' stored keys."""
        keys = [key for key in conditions if facet_of(key)[0] != "stage"]
        if not keys:
            return every.total
        return min(within(a).get(b, 0) for i, a in enumerate(keys) for b in keys[i:])

    bases = [None, *sorted(selection.chosen)]  # None: the base of everything chosen
    by_facet: dict[str, dict[int, int] | None] = {}
    total: int | None = None
    parts = []
    for index, without in enumerate(bases):
        facets = (
            [without] if without else [name for name in FACET_CODES if name not in selection.chosen]
        )
        if selection.is_everything(without=without):
            for name in facets:
                by_facet[name] = every.by_facet[name]
            if without is None:
                total = every.total
            continue
        conditions = [key for name, key in chosen.items() if name != without]
        if by_pairs and len(conditions) == 1:
            split = _split(within(conditions[0]).items())
            for name in facets:
                by_facet[name] = split[name]
            if without is None:
                total = within(conditions[0]).get(conditions[0], 0)
            continue
        if by_pairs and len(conditions) == 2:
            size = within(conditions[0]).get(conditions[1], 0)
            if without is None:
                total = size
            with_stage = "stage" in chosen and without != "stage"
            if (
                size > EXACT_LIMIT
                or size == 0
                or (with_stage and read_by_index(conditions) > READ_LIMIT)
            ):
                for name in facets:
                    by_facet[name] = None if size else {}
                continue
        where, where_params = selection.where(today, without=without)
        stage, stage_params = stage_sql(today)
        columns, column_params = "", []
        if without is None and page is not None:
            columns = (
                ", s.registration_id AS id, s.published_at, s.sort_fi, s.sort_sv, "
                + ("s.title_document @@ %s::tsquery" if selection.tsquery else "FALSE")
                + " AS in_title"
            )
            column_params = [selection.tsquery] if selection.tsquery else []
        base = f"b{index}"
        parts.append(
            (
                f"{base} AS (SELECT s.keys, {stage} AS stage{columns} FROM {TABLE} s "
                f"WHERE {where} LIMIT {EXACT_LIMIT + 1})",
                [*stage_params, *column_params, *where_params],
                index,
                facets,
            )
        )
    page_ids = [] if total == 0 else None
    if parts:
        rows = _run(parts, selection, page)
        for _sql, _params, index, facets in parts:
            size = rows.get((index, None), {}).get(None, 0)
            over = size > EXACT_LIMIT
            if bases[index] is None:
                total = None if over else size
                if page is not None and not over:
                    page_ids = [pk for _place, pk in sorted(rows.get((index, "page"), {}).items())]
            for name in facets:
                by_facet[name] = None if over else rows.get((index, name), {})
    walk = None
    if by_pairs and chosen and page is not None:
        # Walking the order's index reads about this many rows to fill the page; the GIN
        # index gives read_by_index() rows, all read and sorted.
        found = total if total is not None else EXACT_LIMIT + 1
        walking = (page.offset + page.limit) * every.total / max(found, 1)
        walk = walking < read_by_index(list(chosen.values()))
    return Counts(
        by_facet=by_facet, total=total, page=page_ids, walk=walk, everything=every.by_facet
    )


def _run(parts, selection, page) -> dict[tuple[int, str | None], dict[int | None, int]]:
    ctes = ", ".join(sql for sql, _params, _index, _facets in parts)
    params = [value for _sql, part_params, _index, _facets in parts for value in part_params]
    selects = []
    for _sql, _params, index, facets in parts:
        base = f"b{index}"
        selects.append(f"SELECT {index}, NULL, NULL, count(*) FROM {base}")
        # A base over the limit is not counted: PostgreSQL checks this once, before reading
        # the base again (a one-time filter), so an uncounted base costs only its reading.
        small = f"(SELECT count(*) FROM {base}) <= {EXACT_LIMIT}"
        stored = [name for name in facets if name in STORED]
        if stored:
            every_key, key = unnest(base, base)
            ranges = " OR ".join(
                "{} BETWEEN {} AND {}".format(key, *key_range(name)) for name in stored
            )
            selects.append(
                f"SELECT {index}, 1, {key}, count(*) FROM {every_key} "
                f"WHERE {small} AND ({ranges}) GROUP BY {key}"
            )
        if "stage" in facets:
            selects.append(
                f"SELECT {index}, 2, stage, count(*) FROM {base} WHERE {small} GROUP BY stage"
            )
        if index == 0 and page is not None and "id" in _sql:
            selects.append(
                f"SELECT 0, 3, place, id FROM (SELECT b.id, row_number() OVER "
                f"(ORDER BY {page.order_by(selection, 'b')}) AS place FROM {base} b "
                f"WHERE {small}) AS p "
                f"WHERE place > {int(page.offset)} AND place <= {int(page.offset + page.limit)}"
            )
    with read_cursor() as cursor:
        cursor.execute(through_indexes(f"WITH {ctes} " + " UNION ALL ".join(selects)), params)
        result: dict[tuple[int, str | None], dict[int | None, int]] = {}
        for index, kind, key, n in cursor.fetchall():
            if kind is None:
                result[(index, None)] = {None: n}
                continue
            if kind == 3:  # a page's row: its place and its id
                result.setdefault((index, "page"), {})[key] = n
                continue
            name, value = facet_of(key)
            result.setdefault((index, name), {})[value] = n
    return result


def page_ids(
    selection: Selection,
    *,
    page: PageWanted,
    today: date,
    size: int | None = None,
    walk: bool | None = None,
) -> list[int]:
    """The ids of one page of results in the order asked: one statement, LIMITed, through the
    search table's indexes. (Where the results are few enough to count, count() gives the
    page with the counts instead.) Many results (size None: over the limit) are read in the
    order's index until the page is full, which comes soon; a few are taken from the GIN
    index and sorted. Knowing the size (or told by count(), which knows what the GIN index
    would give), the statement says which: the planner, guessing from statistics, may walk
    the whole order's index for a pair of filters seldom together."""
    if page.is_best_first(selection):
        return _best_first(selection, page=page, today=today)
    where, params = selection.where(today)
    sql = (
        f"SELECT s.registration_id FROM {TABLE} s WHERE {where} "
        f"ORDER BY {page.order_by(selection, 's', 'registration_id')} LIMIT %s OFFSET %s"
    )
    if connection.vendor == "postgresql":
        if walk is None:
            walk = size is None or size > EXACT_LIMIT
        avoid = "bitmapscan = off; SET LOCAL enable_seqscan" if walk else "indexscan"
        sql = f"SET LOCAL enable_{avoid} = off; {sql}"
    with read_cursor() as cursor:
        cursor.execute(sql, [*params, page.limit, page.offset])
        return [row[0] for row in cursor.fetchall()]


def _best_first(selection: Selection, *, page: PageWanted, today: date) -> list[int]:
    """Title matches first, then the others, newest first in each, for more matches than are
    counted: one statement. Each tier's matches are taken from the GIN index, up to the
    limit, and sorted when they are no more (a word seldom in titles, say); when they are
    more, the tier is read in the order of the newest-first index, stopping at the page's end,
    which comes soon because such matches are common. The planner, left to guess, would walk
    the whole index for a tier that has no match at all (150 ms). Ranking every match
    (ts_rank, or RUM's distance) would cost in proportion to the matches; this does not (see
    docs/benchmarks.md)."""
    newest = "ORDER BY s.published_at DESC, s.registration_id DESC LIMIT %s"
    enough = page.offset + page.limit
    in_title, title_params = selection.where(today, document="title_document")
    anywhere, params = selection.where(today)
    others = f"{anywhere} AND NOT s.title_document @@ %s::tsquery"
    others_params = [*params, selection.tsquery]
    tiers, tier_params = [], []
    for tier, (where, where_params) in enumerate(
        [(in_title, title_params), (others, others_params)]
    ):
        name = f"t{tier}"
        few = f"(SELECT count(*) FROM {name}) <= {EXACT_LIMIT}"
        tiers.append(
            (
                f"{name} AS MATERIALIZED (SELECT s.registration_id AS id, s.published_at "
                f"FROM {TABLE} s WHERE {where} LIMIT {EXACT_LIMIT + 1})",
                f"(SELECT {name}.id, {tier} AS tier, {name}.published_at FROM {name} "
                f"WHERE {few} ORDER BY {name}.published_at DESC, {name}.id DESC LIMIT %s) "
                f"UNION ALL (SELECT s.registration_id, {tier}, s.published_at FROM {TABLE} s "
                f"WHERE NOT {few} AND {where} {newest})",
            )
        )
        tier_params.append((where_params, [enough, *where_params, enough]))
    with read_cursor() as cursor:
        cursor.execute(
            through_indexes(
                f"WITH {', '.join(cte for cte, _select in tiers)} SELECT id FROM ("
                f"{' UNION ALL '.join(select for _cte, select in tiers)}"
                f") AS r ORDER BY tier, published_at DESC, id DESC LIMIT %s OFFSET %s"
            ),
            [
                *(value for cte_params, _ in tier_params for value in cte_params),
                *(value for _, select_params in tier_params for value in select_params),
                page.limit,
                page.offset,
            ],
        )
        return [row[0] for row in cursor.fetchall()]
