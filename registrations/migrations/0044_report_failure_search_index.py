"""The Day of Failure's indexes (registrations.public.failures): the newest accepted reports
first, and full text over the reports' texts (PostgreSQL only, the expression exactly as the
page searches it; elsewhere the page searches by containment)."""

from django.db import migrations

INDEX = "report_failure_search_idx"
TEXTS = ("done", "failures", "lessons")
CONFIGS = {"fi": "finnish", "sv": "swedish"}


def document(table: str) -> str:
    def joined(language):
        return " || ' ' || ".join(f"coalesce({table}.{name}_{language}, '')" for name in TEXTS)

    return " || ".join(
        f"to_tsvector('{config}'::regconfig, {joined(language)})"
        for language, config in CONFIGS.items()
    )


NEWEST = "report_accepted_newest_idx"


def create(apps, schema_editor):
    table = apps.get_model("registrations", "Report")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NEWEST} ON {table} (reviewed_at DESC, id DESC) "
        "WHERE state = 'accepted'"
    )
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin (({document(table)}))"
    )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {NEWEST}")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("registrations", "0043_coordinators_review_reports")]

    operations = [migrations.RunPython(create, drop)]
