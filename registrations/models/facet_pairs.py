"""How many public experiments have both of two facet keys: the counts of every other filter
for a list with one filter, read with one indexed lookup instead of counting its rows. And how
many with each key are at each stage on a day: the stage follows the day, so these are
counted in full once a day (`stage_counts.recount`), then kept like the pairs.

PostgreSQL keeps the table itself: triggers on the search table add a row's pairs when it is
written and take them away when it is changed or removed, in the same statement, so the counts
are exact as soon as the write commits, whoever wrote it. A key paired with itself is how many
experiments have it. (SQLite, for local development, has the table but no triggers: the list
counts its rows there.) `manage.py search_table` checks the pairs against a recount, and
`--rebuild` counts them again.
"""

from django.db import models

TABLE = "registrations_facetpair"

# The pairs of each row of a transition table: every key with every key, itself included.
_PAIRS_OF = "SELECT a, b, {sign} AS n FROM {rows} r, unnest(r.keys) a, unnest(r.keys) b"
# Added in key order, so that two writers lock the rows they share in the same order.
_UPSERT = (
    f"INSERT INTO {TABLE} (key_a, key_b, count) "
    "SELECT a, b, sum(n) FROM ({pairs}) AS d GROUP BY a, b HAVING sum(n) <> 0 ORDER BY a, b "
    f"ON CONFLICT (key_a, key_b) DO UPDATE SET count = {TABLE}.count + EXCLUDED.count"
)
STAGES_TABLE = "registrations_stagecount"
# The rows of the days counted (normally today only) by key and stage, added in order.
_STAGES_UPSERT = (
    f"INSERT INTO {STAGES_TABLE} (day, key, stage, count) "
    "SELECT c.day, k, {stage}, sum(n) FROM ({rows}) AS r "
    f"CROSS JOIN (SELECT DISTINCT day FROM {STAGES_TABLE}) AS c "
    "CROSS JOIN unnest(r.keys) AS k GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3 "
    f"ON CONFLICT (day, key, stage) DO UPDATE SET count = {STAGES_TABLE}.count + EXCLUDED.count"
)
_COLUMNS = "keys, role, starts_on, ends_on"
_CHANGED = (
    "(SELECT o.keys AS old_keys, n.keys AS new_keys FROM old_rows o JOIN new_rows n "
    "ON n.registration_id = o.registration_id WHERE o.keys IS DISTINCT FROM n.keys)"
)
_CHANGED_ROWS = (
    "SELECT {side}.keys, {side}.role, {side}.starts_on, {side}.ends_on, {n} AS n "
    "FROM old_rows o JOIN new_rows n ON n.registration_id = o.registration_id "
    "WHERE (o.keys, o.role, o.starts_on, o.ends_on) IS DISTINCT FROM "
    "(n.keys, n.role, n.starts_on, n.ends_on)"
)
TRIGGERS = {
    "INSERT": (
        "REFERENCING NEW TABLE AS new_rows",
        _PAIRS_OF.format(sign=1, rows="new_rows"),
        f"SELECT {_COLUMNS}, 1 AS n FROM new_rows",
    ),
    "DELETE": (
        "REFERENCING OLD TABLE AS old_rows",
        _PAIRS_OF.format(sign=-1, rows="old_rows"),
        f"SELECT {_COLUMNS}, -1 AS n FROM old_rows",
    ),
    "UPDATE": (
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"SELECT a, b, 1 AS n FROM {_CHANGED} c, unnest(c.new_keys) a, unnest(c.new_keys) b "
        f"UNION ALL SELECT a, b, -1 FROM {_CHANGED} c, unnest(c.old_keys) a, unnest(c.old_keys) b",
        _CHANGED_ROWS.format(side="n", n=1) + " UNION ALL " + _CHANGED_ROWS.format(side="o", n=-1),
    ),
}


def stage_case(row: str, day: str) -> str:
    """A row's stage key on a day (SQL), as registrations.models.phase_of decides it."""
    from registrations.models.choices import Phase, Role
    from registrations.models.search import facet_key
    from registrations.public.names import STAGE_IDS

    key = {phase: facet_key("stage", number) for phase, number in STAGE_IDS.items()}
    return (
        f"(CASE WHEN {row}.role = '{Role.VAIKUTTAJA.value}' THEN {key[Phase.IMPLEMENTED]} "
        f"WHEN {row}.starts_on IS NULL OR {row}.starts_on > {day} THEN {key[Phase.PLANNED]} "
        f"WHEN {row}.ends_on IS NOT NULL AND {row}.ends_on < {day} THEN {key[Phase.ENDED]} "
        f"ELSE {key[Phase.ONGOING]} END)"
    )


# The pairs as the search table has them now, counted from scratch.
RECOUNT = (
    "SELECT a, b, count(*) FROM registrations_searchentry s, unnest(s.keys) a, unnest(s.keys) b "
    "GROUP BY a, b"
)


def create_triggers_sql() -> list[str]:
    """The functions and statement triggers that keep the pairs and the stages' counts
    (PostgreSQL): one per kind of write, each reading the rows the statement wrote
    (transition tables), so a bulk write of a thousand rows updates them once."""
    statements = []
    for event, (referencing, pairs, rows) in TRIGGERS.items():
        name = f"registrations_facetpair_on_{event.lower()}"
        stages = _STAGES_UPSERT.format(stage=stage_case("r", "c.day"), rows=rows)
        statements += [
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_UPSERT.format(pairs=pairs)}; {stages}; RETURN NULL; END $$",
            f"DROP TRIGGER IF EXISTS {name} ON registrations_searchentry",
            f"CREATE TRIGGER {name} AFTER {event} ON registrations_searchentry {referencing} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
        ]
    return statements


def drop_triggers_sql() -> list[str]:
    statements = []
    for event in TRIGGERS:
        name = f"registrations_facetpair_on_{event.lower()}"
        statements += [
            f"DROP TRIGGER IF EXISTS {name} ON registrations_searchentry",
            f"DROP FUNCTION IF EXISTS {name}()",
        ]
    return statements


class FacetPair(models.Model):
    """How many public experiments have both keys (a key with itself: how many have it).
    Written by PostgreSQL's triggers only."""

    pk = models.CompositePrimaryKey("key_a", "key_b")
    key_a = models.IntegerField()
    key_b = models.IntegerField()
    count = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.key_a} & {self.key_b}: {self.count}"


class StageCount(models.Model):
    """How many public experiments with a key are at a stage on a day (key 0 and stage 0:
    the day is counted). Counted in full for a new day, then kept by PostgreSQL's triggers."""

    pk = models.CompositePrimaryKey("day", "key", "stage")
    day = models.DateField()
    key = models.IntegerField()
    stage = models.IntegerField()
    count = models.IntegerField(default=0)

    def __str__(self):
        return f"{self.day} {self.key} {self.stage}: {self.count}"
