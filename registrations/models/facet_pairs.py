"""How many public experiments have both of two facet keys: the counts of every other filter
for a list with one filter, read with one indexed lookup instead of counting its rows.

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
_CHANGED = (
    "(SELECT o.keys AS old_keys, n.keys AS new_keys FROM old_rows o JOIN new_rows n "
    "ON n.registration_id = o.registration_id WHERE o.keys IS DISTINCT FROM n.keys)"
)
TRIGGERS = {
    "INSERT": ("REFERENCING NEW TABLE AS new_rows", _PAIRS_OF.format(sign=1, rows="new_rows")),
    "DELETE": ("REFERENCING OLD TABLE AS old_rows", _PAIRS_OF.format(sign=-1, rows="old_rows")),
    "UPDATE": (
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
        f"SELECT a, b, 1 AS n FROM {_CHANGED} c, unnest(c.new_keys) a, unnest(c.new_keys) b "
        f"UNION ALL SELECT a, b, -1 FROM {_CHANGED} c, unnest(c.old_keys) a, unnest(c.old_keys) b",
    ),
}
# The pairs as the search table has them now, counted from scratch.
RECOUNT = (
    "SELECT a, b, count(*) FROM registrations_searchentry s, unnest(s.keys) a, unnest(s.keys) b "
    "GROUP BY a, b"
)


def create_triggers_sql() -> list[str]:
    """The functions and statement triggers that keep the pairs (PostgreSQL): one per kind of
    write, each reading the rows the statement wrote (transition tables), so a bulk write of a
    thousand rows updates the pairs once."""
    statements = []
    for event, (referencing, pairs) in TRIGGERS.items():
        name = f"registrations_facetpair_on_{event.lower()}"
        statements += [
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_UPSERT.format(pairs=pairs)}; RETURN NULL; END $$",
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
