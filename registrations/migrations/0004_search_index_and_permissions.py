from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Koordinaattorit / Koordinatorer"
NEW_PERMISSIONS = ["view_decision", "view_sentemail"]


def add_search_index(apps, schema_editor):
    # GIN indexes exist only in PostgreSQL; on SQLite search falls back to plain matching.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS registration_search_gin "
            "ON registrations_registration USING gin (search_document)"
        )


def drop_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS registration_search_gin")


def let_coordinators_read_the_records(apps, schema_editor):
    app_config = apps.get_app_config("registrations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="registrations", codename__in=NEW_PERMISSIONS
        )
    )


def forget_the_records(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group:
        group.permissions.remove(*group.permissions.filter(codename__in=NEW_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [("registrations", "0003_registration_records")]

    operations = [
        migrations.RunPython(add_search_index, drop_search_index),
        migrations.RunPython(let_coordinators_read_the_records, forget_the_records),
    ]
