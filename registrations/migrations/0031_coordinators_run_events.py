from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Koordinaattorit / Koordinatorer"
# Frozen at this migration: coordinators run events and their sign-ups, and see their history.
PERMISSIONS = {
    "network": [
        f"{action}_{model}"
        for model in ("event", "eventmaterial")
        for action in ("add", "change", "delete", "view")
    ]
    + ["view_historicalevent", "view_historicaleventmaterial"],
    "registrations": [
        f"{action}_signup" for action in ("add", "change", "delete", "view")
    ]
    + ["view_historicalsignup"],
}


def let_coordinators_run_events(apps, schema_editor):
    for app_label in PERMISSIONS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get(name=GROUP_NAME)
    for app_label, codenames in PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
        )


def take_them_away(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group:
        codenames = [codename for codenames in PERMISSIONS.values() for codename in codenames]
        group.permissions.remove(*group.permissions.filter(codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0005_events"),
        ("registrations", "0030_event_signups"),
    ]

    operations = [migrations.RunPython(let_coordinators_run_events, take_them_away)]
