"""The facet pairs and the stages' counts (registrations.models.facet_pairs) checked against
a recount of the search table, and counted again: for `manage.py search_table`, and for the
stages' counts of a new day (by the writing process, see shared_cache.warm). PostgreSQL's
triggers keep them in step; the check finds and mends drift (a restore, a trigger dropped by
hand). SQLite has neither."""

from datetime import date

from django.db import connection, transaction

from registrations.models.facet_pairs import RECOUNT, STAGES_TABLE, TABLE, stage_case


def stages_recount() -> str:
    """The stages' counts of a day (its parameter), from scratch: (key, stage, how many)."""
    return (
        f"SELECT k, {stage_case('s', 'd.day')}, count(*) FROM registrations_searchentry s "
        "CROSS JOIN (SELECT %s::date AS day) AS d CROSS JOIN unnest(s.keys) AS k GROUP BY 1, 2"
    )


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
        cursor.execute(f"SELECT max(day) FROM {STAGES_TABLE}")
        day = cursor.fetchone()[0]
        stages_wrong = 0
        if day:
            cursor.execute(
                f"SELECT count(*) FROM (SELECT * FROM {STAGES_TABLE} WHERE day = %s "
                f"AND key <> 0 AND count <> 0) c FULL JOIN ({stages_recount()}) AS r(k, stage, n) "
                "ON c.key = r.k AND c.stage = r.stage "
                "WHERE coalesce(c.count, 0) <> coalesce(r.n, 0)",
                [day, day],
            )
            stages_wrong = cursor.fetchone()[0]
    problems = []
    if wrong:
        problems.append(f"{wrong} facet pair counts differ from a recount: {examples}")
    if stages_wrong:
        problems.append(f"{stages_wrong} counts of stages on {day} differ from a recount")
    if triggers != 3:
        problems.append(f"{triggers} of the 3 triggers that keep the facet pairs are there")
    return problems


def recount_facet_pairs() -> None:
    """Count every pair again from the search table, and the stages of the day counted
    (in the caller's transaction, which should be atomic: the search table is locked
    against writes until it commits)."""
    if not has_pairs():
        return
    with connection.cursor() as cursor:
        cursor.execute("LOCK TABLE registrations_searchentry IN SHARE ROW EXCLUSIVE MODE")
        cursor.execute(f"DELETE FROM {TABLE}")
        cursor.execute(f"INSERT INTO {TABLE} (key_a, key_b, count) {RECOUNT}")
    day = counted_stages_day()
    if day:
        recount_stages(day=day)


def counted_stages_day() -> date | None:
    """The day the stages' counts are of, if any (PostgreSQL)."""
    if not has_pairs():
        return None
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT max(day) FROM {STAGES_TABLE} WHERE key = 0")
        return cursor.fetchone()[0]


@transaction.atomic
def recount_stages(*, day: date) -> None:
    """Count the stages of every key on this day from scratch (one scan of the search table;
    the writers wait for it, the readers do not); from then on the triggers keep them. Other
    days' counts go."""
    if not has_pairs():
        return
    with connection.cursor() as cursor:
        cursor.execute("LOCK TABLE registrations_searchentry IN SHARE ROW EXCLUSIVE MODE")
        cursor.execute(f"DELETE FROM {STAGES_TABLE}")
        cursor.execute(
            f"INSERT INTO {STAGES_TABLE} (day, key, stage, count) "
            f"SELECT %s::date, k, stage, n FROM ({stages_recount()}) AS r(k, stage, n) "
            "UNION ALL SELECT %s::date, 0, 0, 0",
            [day, day, day],
        )
