from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Koordinaattorit / Koordinatorer"
# Frozen at this migration: coordinators review reports, verify savings, record adoptions,
# see the reminders sent and the history of each.
PERMISSIONS = {
    "registrations": [
        f"{action}_{model}"
        for model in ("report", "savings", "adoption", "opendataset", "material")
        for action in ("add", "change", "delete", "view")
    ]
    + ["view_reportreminder"]
    + [
        f"view_historical{model}"
        for model in ("report", "savings", "adoption", "opendataset", "material")
    ],
}


def let_coordinators_review_reports(apps, schema_editor):
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
    dependencies = [("registrations", "0042_reports_savings_adoptions")]

    operations = [migrations.RunPython(let_coordinators_review_reports, take_them_away)]
