"""Where a piece of personal data is still held: every column of every table of the test
database, found through the database's own introspection, so that a table or a column added
later (an outbox's bodies, sign-ups) is searched too."""

from django.db import connection


def traces(*terms: str) -> list[tuple[str, str, str]]:
    """(table, column, term) for each column that still holds one of the terms."""
    terms = [term.lower() for term in terms if term]
    found = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            for column in connection.introspection.get_table_description(cursor, table):
                text = f"LOWER(CAST({quote(column.name)} AS TEXT))"
                for term in terms:
                    cursor.execute(
                        f"SELECT 1 FROM {quote(table)} WHERE {text} LIKE %s LIMIT 1",
                        [f"%{term}%"],
                    )
                    if cursor.fetchone():
                        found.append((table, column.name, term))
    return found
