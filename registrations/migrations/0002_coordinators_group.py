from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen copy of the permissions at this migration; later migrations add their own.
GROUP_NAME = "Koordinaattorit / Koordinatorer"
PERMISSIONS = [
    ("network", "region", ["view"]),
    ("network", "municipality", ["view"]),
    ("network", "topic", ["add", "change", "delete", "view"]),
    ("network", "organisation", ["add", "change", "delete", "view"]),
    ("registrations", "call", ["add", "change", "delete", "view"]),
    ("registrations", "feetier", ["add", "change", "delete", "view"]),
    ("registrations", "registration", ["add", "change", "delete", "view"]),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now to use them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, model, actions in PERMISSIONS:
        for action in actions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
            )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0002_programme_topics"),
        ("registrations", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
