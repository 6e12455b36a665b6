"""The search table: one narrow row per public experiment, with its indexes (GIN for the
filters and the text search, a trigram index on the words), the data version, and the search
columns leaving the registrations' own table.

On PostgreSQL the extension pg_trgm must be available (PostgreSQL's contrib modules, in the
Debian package postgresql-15); without it this migration stops with a message saying so. On
SQLite there are no such indexes: search there is plain containment."""

import django.contrib.postgres.search
import django.db.models.deletion
import registrations.models.search
from django.db import migrations, models


EXTENSIONS = {
    "pg_trgm": "PostgreSQL's contrib modules (the Debian package postgresql-15 has them)",
}
INDEXES = [
    "CREATE INDEX search_keys_gin ON registrations_searchentry USING gin (keys)",
    "CREATE INDEX search_document_gin ON registrations_searchentry USING gin (document)",
    "CREATE INDEX search_title_gin ON registrations_searchentry USING gin (title_document)",
    "CREATE INDEX search_word_trgm ON registrations_searchword USING gin (word gin_trgm_ops)",
]


def create_extensions(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_available_extensions")
        available = {row[0] for row in cursor.fetchall()}
    for name, package in EXTENSIONS.items():
        if name not in available:
            raise RuntimeError(
                f"The PostgreSQL extension {name!r} is not installed on the database server. "
                f"Install {package} on the server, then run the migrations again."
            )
        schema_editor.execute(f"CREATE EXTENSION IF NOT EXISTS {name}")


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in INDEXES:
            schema_editor.execute(sql)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in ["search_keys_gin", "search_document_gin", "search_title_gin"]:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def fill(apps, schema_editor):
    """The first data version, and the rows of the registrations already public. The rows
    come from the services' own code (the one place that knows them), which is why this runs
    only where there is something to fill: a new database has nothing."""
    apps.get_model("registrations", "DataVersion").objects.create(pk=1, number=1)
    Registration = apps.get_model("registrations", "Registration")
    if Registration.objects.filter(status="accepted").exists():
        from registrations.services.search_table import rebuild_search_table

        rebuild_search_table()


class Migration(migrations.Migration):

    dependencies = [
        ('registrations', '0012_outbox_and_link_version'),
    ]

    operations = [
        migrations.RunPython(create_extensions, migrations.RunPython.noop),
        migrations.CreateModel(
            name='DataVersion',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.BigIntegerField(default=0)),
                ('changed_at', models.DateTimeField(auto_now=True)),
            ],
        ),
        migrations.CreateModel(
            name='SearchEntry',
            fields=[
                ('registration', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_entry', serialize=False, to='registrations.registration')),
                ('role', models.CharField(choices=[('kokeilija', 'experimenter'), ('vaikuttaja', 'influencer')], max_length=10)),
                ('starts_on', models.DateField(null=True)),
                ('ends_on', models.DateField(null=True)),
                ('published_at', models.DateTimeField()),
                ('keys', registrations.models.search.KeyListField(default=list)),
                ('sort_fi', models.CharField(default='', max_length=200)),
                ('sort_sv', models.CharField(default='', max_length=200)),
                ('document', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('title_document', django.contrib.postgres.search.SearchVectorField(null=True)),
                ('text', models.TextField(default='')),
            ],
        ),
        migrations.CreateModel(
            name='SearchWord',
            fields=[
                ('word', models.CharField(max_length=100, primary_key=True, serialize=False)),
                ('lexemes', models.JSONField(default=list)),
            ],
        ),
        migrations.RemoveIndex(
            model_name='registration',
            name='registration_updated_idx',
        ),
        migrations.RemoveField(
            model_name='registration',
            name='search_document',
        ),
        migrations.RemoveField(
            model_name='registration',
            name='search_text',
        ),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['-published_at', '-registration'], name='search_newest_idx'),
        ),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['sort_fi', 'registration'], name='search_title_fi_idx'),
        ),
        migrations.AddIndex(
            model_name='searchentry',
            index=models.Index(fields=['sort_sv', 'registration'], name='search_title_sv_idx'),
        ),
        # Filled before the indexes are built: quicker than keeping them up row by row.
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(create_indexes, drop_indexes),
    ]
