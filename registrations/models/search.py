"""The search table: one narrow row per public experiment, for the experiment list's search,
filters, counts and order, and for the pages of places and topics.

A row holds what the list needs and nothing else: the experiment's facet values as one list of
integer keys (role, call, start year, topics, regions, municipalities; GIN-indexed on
PostgreSQL, so that any AND of filters is one index lookup), its dates (a stage follows them
and the day), its sort keys and its search document. The services keep it in step with the
registrations (registrations.services.search_table); nothing else writes it.

On SQLite, for local development, the keys are a JSON list (read with json_each) and the
document is plain folded text, matched by containment.
"""

import json

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, connections, models, router

from registrations.models.choices import Role
from registrations.models.facet_pairs import FacetPair
from registrations.models.registrations import Registration

# Each facet's keys live in a range of their own: key = code * KEY_SPACE + the value's id.
KEY_SPACE = 100_000_000
FACET_CODES = {
    "role": 1,
    "call": 2,
    "year": 3,
    "topic": 4,
    "region": 5,
    "municipality": 6,
    # Not stored: a stage follows the dates and the day (see stage_sql).
    "stage": 7,
}
ROLE_IDS = {Role.KOKEILIJA.value: 1, Role.VAIKUTTAJA.value: 2}


def facet_key(facet: str, value: int) -> int:
    return FACET_CODES[facet] * KEY_SPACE + int(value)


FACET_NAMES = {number: name for name, number in FACET_CODES.items()}


def facet_of(key: int) -> tuple[str, int]:
    code, value = divmod(int(key), KEY_SPACE)
    return FACET_NAMES[code], value


def read_cursor():
    """A cursor for raw reads of the search table, on the database the router picks for reads
    (the read replica on public pages, see digikunta.routers)."""
    return connections[router.db_for_read(SearchEntry)].cursor()


class KeyListField(models.Field):
    """A list of integers: integer[] on PostgreSQL, a JSON list in a text column elsewhere."""

    description = "A list of integers"

    def db_type(self, connection):
        return "integer[]" if connection.vendor == "postgresql" else "text"

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        return json.loads(value) if isinstance(value, str) else list(value)

    def to_python(self, value):
        if isinstance(value, str):
            return json.loads(value)
        return list(value or [])

    def get_db_prep_value(self, value, connection, prepared=False):
        value = [int(item) for item in value or []]
        return value if connection.vendor == "postgresql" else json.dumps(value)


class SearchEntry(models.Model):
    """One public experiment, as the list searches, filters, counts and orders it."""

    registration = models.OneToOneField(
        Registration, on_delete=models.CASCADE, primary_key=True, related_name="search_entry"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    starts_on = models.DateField(null=True)
    ends_on = models.DateField(null=True)
    published_at = models.DateTimeField()
    keys = KeyListField(default=list)
    # The title in each language (the other one where it has none), folded for ordering.
    sort_fi = models.CharField(max_length=200, default="")
    sort_sv = models.CharField(max_length=200, default="")
    # Stemmed in Finnish and Swedish, weighted (title A, texts B, names C), and the title
    # alone, for "best match first" (title matches, then the rest, newest first in each):
    # PostgreSQL only, GIN-indexed.
    document = SearchVectorField(null=True)
    title_document = SearchVectorField(null=True)
    # All its words folded, for containment matching where there is no full-text search.
    text = models.TextField(default="")

    class Meta:
        indexes = [
            models.Index(fields=["-published_at", "-registration"], name="search_newest_idx"),
            models.Index(fields=["sort_fi", "registration"], name="search_title_fi_idx"),
            models.Index(fields=["sort_sv", "registration"], name="search_title_sv_idx"),
        ]

    def __str__(self):
        return str(self.registration_id)


class SearchWord(models.Model):
    """A word of some public experiment's text, with its stems in Finnish and Swedish: where
    a search word finds the compounds and inflected forms that contain it (pg_trgm)."""

    word = models.CharField(max_length=100, primary_key=True)
    lexemes = models.JSONField(default=list)

    def __str__(self):
        return self.word


class DataVersion(models.Model):
    """A number that every write the public can see moves on, in the same transaction: what
    the shared cache's entries are keyed by, so that every process sees a change at once."""

    number = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return str(self.number)


class PlaceListing:
    """The public experiments of one municipality, region or topic, from the search table:
    what the network app's pages list, reached through a reverse relation
    (municipality.registrations.listing()), so that the network app never imports this one.
    A few queries whatever the number of experiments, the rows fetched by id."""

    def __init__(self, facet: str, object_id: int):
        self.key = facet_key(facet, object_id)

    def _where(self) -> tuple[str, list]:
        if connection.vendor == "postgresql":
            return "s.keys @> %s::integer[]", [[self.key]]
        return "EXISTS (SELECT 1 FROM json_each(s.keys) WHERE value = %s)", [self.key]

    def _rows(self, ids: list[int]) -> list[Registration]:
        rows = Registration.objects.public().for_listing().in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]

    def by_role(self, limit: int) -> dict[str, tuple[int, list[Registration]]]:
        """{"experimenting": (how many, the newest), "influencing": (…)}: three queries, the
        newest of each role and the counts, their rows, their topics."""
        if connection.vendor == "postgresql":
            found = self._by_role_from_pairs(limit)
        else:
            found = self._by_role_counted(limit)
        rows = {row.pk: row for row in self._rows([pk for pk, _role, _n in found])}
        result = {role.group: (0, []) for role in Role}
        for pk, role, count in found:
            group = Role(role).group
            latest = result[group][1] + ([rows[pk]] if pk in rows and pk else [])
            result[group] = (count, latest)
        return result

    def _by_role_from_pairs(self, limit: int) -> list[tuple[int, str, int]]:
        """One statement: the newest of each role by a LIMITed scan each, and the counts from
        the facet pairs (PostgreSQL), so nothing read grows with the place's experiments."""
        roles = {facet_key("role", number): role for role, number in ROLE_IDS.items()}
        newest = "ORDER BY s.published_at DESC, s.registration_id DESC LIMIT %s"
        branches = [
            f"(SELECT s.registration_id, {key} FROM {SearchEntry._meta.db_table} s "
            f"WHERE s.keys @> %s::integer[] {newest})"
            for key in roles
        ]
        params = [value for key in roles for value in ([self.key, key], limit)]
        with read_cursor() as cursor:
            cursor.execute(
                " UNION ALL ".join(branches)
                # The counts, told apart from the rows by their negated keys.
                + f" UNION ALL (SELECT count, -key_b FROM {FacetPair._meta.db_table} "
                "WHERE key_a = %s AND key_b = ANY(%s))",
                [*params, self.key, list(roles)],
            )
            found = cursor.fetchall()
        counts = {-key: n for n, key in found if key < 0}
        rows = [(pk, roles[key], counts.get(key, 0)) for pk, key in found if key > 0 and pk]
        # A role with no experiments here still has its count, nought.
        rows += [(0, role, 0) for key, role in roles.items() if not counts.get(key)]
        return rows

    def _by_role_counted(self, limit: int) -> list[tuple[int, str, int]]:
        """The newest of each role and their counts, by counting the rows (SQLite)."""
        where, params = self._where()
        with read_cursor() as cursor:
            cursor.execute(
                "SELECT id, role, n FROM (SELECT s.registration_id AS id, s.role, "
                "count(*) OVER (PARTITION BY s.role) AS n, row_number() OVER "
                "(PARTITION BY s.role ORDER BY s.published_at DESC, s.registration_id DESC) "
                f"AS place FROM {SearchEntry._meta.db_table} s WHERE {where}) AS r "
                "WHERE place <= %s ORDER BY place",
                [*params, limit],
            )
            found = cursor.fetchall()
        return found

    def newest(self, limit: int) -> tuple[int, list[Registration]]:
        """(How many, the newest): three queries."""
        if connection.vendor == "postgresql":
            # The count from the facet pairs (the key with itself), the rows by a LIMITed
            # scan: told apart by the count's id, nought.
            with read_cursor() as cursor:
                cursor.execute(
                    f"(SELECT 0, count FROM {FacetPair._meta.db_table} "
                    "WHERE key_a = %s AND key_b = %s) UNION ALL "
                    f"(SELECT s.registration_id, 0 FROM {SearchEntry._meta.db_table} s "
                    "WHERE s.keys @> %s::integer[] "
                    "ORDER BY s.published_at DESC, s.registration_id DESC LIMIT %s)",
                    [self.key, self.key, [self.key], limit],
                )
                found = cursor.fetchall()
            count = next((n for pk, n in found if not pk), 0)
            return count, self._rows([pk for pk, _n in found if pk])
        where, params = self._where()
        with read_cursor() as cursor:
            cursor.execute(
                "SELECT s.registration_id, count(*) OVER () FROM "
                f"{SearchEntry._meta.db_table} s WHERE {where} "
                "ORDER BY s.published_at DESC, s.registration_id DESC LIMIT %s",
                [*params, limit],
            )
            found = cursor.fetchall()
        return (found[0][1] if found else 0), self._rows([pk for pk, _n in found])

    def count_by_municipality(self) -> dict[int, int]:
        """{municipality id: how many}: one query."""
        where, params = self._where()
        low = FACET_CODES["municipality"] * KEY_SPACE
        if connection.vendor == "postgresql":
            # From the facet pairs: one indexed lookup, whatever the number of experiments.
            with read_cursor() as cursor:
                cursor.execute(
                    f"SELECT key_b - {low}, count FROM {FacetPair._meta.db_table} "
                    "WHERE key_a = %s AND key_b BETWEEN %s AND %s AND count > 0",
                    [self.key, low, low + KEY_SPACE - 1],
                )
                return dict(cursor.fetchall())
        if connection.vendor == "postgresql":
            keys, key = "CROSS JOIN LATERAL unnest(s.keys) AS k(key)", "k.key"
        else:
            keys, key = ", json_each(s.keys) AS k", "k.value"
        with read_cursor() as cursor:
            cursor.execute(
                f"SELECT {key} - {low}, count(*) FROM {SearchEntry._meta.db_table} s {keys} "
                f"WHERE {where} AND {key} BETWEEN {low} AND {low + KEY_SPACE - 1} "
                f"GROUP BY {key}",
                params,
            )
            return dict(cursor.fetchall())
