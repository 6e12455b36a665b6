"""The perspectives of a digital roadmap, and the coordinators' permissions on roadmaps.

Kuntaliitto's municipal digital-roadmap model (digitiekartta) rates a municipality's starting
and target level on eleven perspectives on a five-level scale, then sets a vision, goals,
actions, schedules and those responsible (kuntadigi.fi/digitiekartta, public). The names of
the eleven perspectives are not public as a list, so these are OUR READING of the public
material: the challenges the Digiverkostohanke announcement names (competence, leadership,
forms of service, ways of working, procurement, participation, finances and staff, the
requirements of legislation) and the themes of Kuntaliitto's municipal digitalisation surveys
(data, information management and technology, security). Coordinators rename, add or retire
perspectives in the admin; docs/roadmaps.md says the same.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# (Finnish, Swedish) names, frozen at this migration.
PERSPECTIVES = [
    ("Johtaminen ja strategia", "Ledning och strategi"),
    ("Digiosaaminen", "Digital kompetens"),
    ("Palvelut ja asiointi", "Service och e-tjänster"),
    ("Toimintamallit ja prosessit", "Arbetssätt och processer"),
    ("Hankinnat", "Upphandling"),
    ("Osallistuminen ja vaikuttaminen", "Delaktighet och påverkan"),
    ("Talous ja resurssit", "Ekonomi och resurser"),
    ("Henkilöstö ja työkulttuuri", "Personal och arbetskultur"),
    ("Lainsäädännön vaatimukset", "Lagstiftningens krav"),
    ("Tieto ja data", "Information och data"),
    ("Tietohallinto, teknologia ja tietoturva", "IT, teknik och informationssäkerhet"),
]

GROUP_NAME = "Koordinaattorit / Koordinatorer"
MODELS = ("perspective", "roadmap", "roadmaplevel", "roadmapgoal", "roadmapaction")
CODENAMES = [
    f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")
] + [f"view_historical{model}" for model in MODELS]


def seed(apps, schema_editor):
    Perspective = apps.get_model("registrations", "Perspective")
    for order, (name_fi, name_sv) in enumerate(PERSPECTIVES, start=1):
        Perspective.objects.get_or_create(
            name_fi=name_fi, defaults={"name": name_fi, "name_sv": name_sv, "order": order * 10}
        )
    app_config = apps.get_app_config("registrations")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group:
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="registrations", codename__in=CODENAMES
            )
        )


def unseed(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group:
        group.permissions.remove(*group.permissions.filter(codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [("registrations", "0038_roadmaps")]

    operations = [migrations.RunPython(seed, unseed)]
