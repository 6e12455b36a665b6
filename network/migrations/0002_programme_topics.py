"""The topics named when the Digikuntakokeilu programme was planned (coordinators edit them)."""

from django.db import migrations

TOPICS = [
    (
        "kunnan-tuleva-rooli",
        "Kunnan tulevaan rooliin valmistautuminen",
        "Förberedelse inför kommunens nya roll",
        "Miten kunta valmistautuu muuttuviin tehtäviinsä ja uudenlaiseen rooliin.",
        "Hur kommunen förbereder sig för nya uppgifter och en ny roll.",
        False,
    ),
    (
        "sahkoinen-paatoksenteko-ja-johtaminen",
        "Sähköisen päätöksenteon ja johtamisen kokeileminen",
        "Försök med digitalt beslutsfattande och ledarskap",
        "Sähköiset kokoukset, asiakirjat ja toimielinten työskentely sekä tiedolla johtaminen.",
        "Digitala möten, handlingar och organens arbete samt kunskapsbaserat ledarskap.",
        False,
    ),
    (
        "sahkoinen-asiointi",
        "Sähköisen asioinnin kehittäminen kuntapalveluissa",
        "Utveckling av e-tjänster i den kommunala servicen",
        "Verkossa hoidettavat asiat, asiakaspalvelun alustat ja palvelujen digitalisointi.",
        "Ärenden som sköts på nätet, plattformar för kundservice och digitalisering av service.",
        False,
    ),
    (
        "kuntalaislahtoiset-palvelut",
        "Kuntalaislähtöinen palveluiden kehittäminen",
        "Invånarorienterad serviceutveckling",
        "Palvelut suunnitellaan yhdessä niiden käyttäjien kanssa ja heidän tarpeistaan.",
        "Servicen planeras tillsammans med dem som använder den och utgående från deras behov.",
        False,
    ),
    (
        "osallistuminen-ja-vaikuttaminen",
        "Osallistuminen ja vaikuttaminen",
        "Delaktighet och påverkan",
        "Kuntalaisten mahdollisuudet osallistua ja vaikuttaa kunnan asioihin.",
        "Invånarnas möjligheter att delta i och påverka kommunens angelägenheter.",
        False,
    ),
    (
        "uudet-palveluinnovaatiot",
        "Uudet palveluinnovaatiot",
        "Nya serviceinnovationer",
        "Kokonaan uudenlaiset palvelut ja toimintatavat, esimerkiksi robotiikka ja data-analytiikka.",
        "Helt nya tjänster och arbetssätt, till exempel robotik och dataanalys.",
        False,
    ),
    (
        "muu",
        "Muu",
        "Annat",
        "Jokin muu aihe. Kerro ilmoittautuessasi, mistä on kyse.",
        "Något annat tema. Berätta i anmälan vad det gäller.",
        True,
    ),
]


def add_topics(apps, schema_editor):
    Topic = apps.get_model("network", "Topic")
    for order, (slug, name_fi, name_sv, description_fi, description_sv, is_other) in enumerate(
        TOPICS, start=1
    ):
        Topic.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name_fi,
                "name_fi": name_fi,
                "name_sv": name_sv,
                "description": description_fi,
                "description_fi": description_fi,
                "description_sv": description_sv,
                "order": order * 10,
                "is_other": is_other,
            },
        )


def remove_topics(apps, schema_editor):
    Topic = apps.get_model("network", "Topic")
    Topic.objects.filter(slug__in=[topic[0] for topic in TOPICS]).delete()


class Migration(migrations.Migration):
    dependencies = [("network", "0001_initial")]

    operations = [migrations.RunPython(add_topics, remove_topics)]
