"""The facet pairs: how many public experiments have both of two facet keys, and the stages'
counts of a day, kept by PostgreSQL's triggers on the search table (see
registrations.models.facet_pairs); the pairs are counted once here from the rows already
there, the stages by the first writer of a day. SQLite gets the tables without triggers."""

from django.db import migrations, models

from registrations.models.facet_pairs import (
    RECOUNT,
    TABLE,
    create_triggers_sql,
    drop_triggers_sql,
)


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # No write may slip between the count and the triggers.
    schema_editor.execute("LOCK TABLE registrations_searchentry IN SHARE ROW EXCLUSIVE MODE")
    for sql in create_triggers_sql():
        schema_editor.execute(sql)
    schema_editor.execute(f"INSERT INTO {TABLE} (key_a, key_b, count) {RECOUNT}")


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in drop_triggers_sql():
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0040_sentemail_kinds_roadmaps"),
    ]

    operations = [
        migrations.CreateModel(
            name="FacetPair",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "key_a",
                        "key_b",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("key_a", models.IntegerField()),
                ("key_b", models.IntegerField()),
                ("count", models.IntegerField(default=0)),
            ],
        ),
        migrations.CreateModel(
            name="StageCount",
            fields=[
                (
                    "pk",
                    models.CompositePrimaryKey(
                        "day",
                        "key",
                        "stage",
                        blank=True,
                        editable=False,
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                ("day", models.DateField()),
                ("key", models.IntegerField()),
                ("stage", models.IntegerField()),
                ("count", models.IntegerField(default=0)),
            ],
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
