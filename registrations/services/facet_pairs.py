"""The facet pairs (registrations.models.facet_pairs) checked against a recount of the search
table, and counted again: for `manage.py search_table`. PostgreSQL's triggers keep them in
step; this finds and mends drift (a restore, a trigger dropped by hand). SQLite has no pairs."""

from django.db import connection

from registrations.models.facet_pairs import RECOUNT, TABLE


def has_pairs() -> bool:
    return connection.vendor == "postgresql"


def check_facet_pairs() -> list[str]:
    """What differs between the pairs and a recount, in words (nothing on SQLite)."""
    if not has_pairs():
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*), (array_agg(ARRAY[coalesce(p.key_a, r.a), coalesce(p.key_b, r.b)]))"
            f"[1:5] FROM (SELECT * FROM {TABLE} WHERE count <> 0) p FULL JOIN ({RECOUNT}) "
            "AS r(a, b, n) ON p.key_a = r.a AND p.key_b = r.b "
            "WHERE coalesce(p.count, 0) <> coalesce(r.n, 0)"
        )
        wrong, examples = cursor.fetchone()
        cursor.execute(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = "
            "'registrations_searchentry'::regclass AND tgname LIKE 'registrations_facetpair_%%'"
        )
        triggers = cursor.fetchone()[0]
    problems = []
    if wrong:
        problems.append(f"{wrong} facet pair counts differ from a recount: {examples}")
    if triggers != 3:
        problems.append(f"{triggers} of the 3 triggers that keep the facet pairs are there")
    return problems


def recount_facet_pairs() -> None:
    """Count every pair again from the search table (in the caller's transaction, which
    should be atomic: the search table is locked against writes until it commits)."""
    if not has_pairs():
        return
    with connection.cursor() as cursor:
        cursor.execute("LOCK TABLE registrations_searchentry IN SHARE ROW EXCLUSIVE MODE")
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(f"INSERT INTO {TABLE} (key_a, key_b, count) {RECOUNT}")
