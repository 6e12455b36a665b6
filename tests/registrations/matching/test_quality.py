# ruff: noqa: E501 (the pairs are data: sentences read better unbroken)
"""The quality of matching, measured: pairs a coordinator would obviously match, and pairs that
should not be matched, from the demo content and from test data below, in both languages. The
precision and recall of the top five suggestions must stay above the floors measured when
matching was written (see the closing note of issue 12)."""

from django.db import connection
from django.test import TestCase

from network.models import Municipality
from network.reference_data.loader import load_reference_data
from registrations.devtools.demo import seed_demo
from registrations.models import Registration, Suggestion
from registrations.services.matching import recompute_all_suggestions
from tests.factories import TopicFactory, make_registration

# Measured on PostgreSQL (production, CI) at 0.97 precision and 0.97 recall (30 pairs to find,
# 34 not to): some slack, no more. SQLite, the newcomer's database without a server, has plain
# word overlap and no stems: it misses pairs across the two languages (measured 0.96 and 0.77).
FLOORS = {"postgresql": (0.9, 0.9), "sqlite": (0.9, 0.7)}

# (municipality code, language, title, text) pairs of test data that obviously match.
TEST_PAIRS = [
    (
        (
            "285",
            "fi",
            "Vesimittarien etäluenta",
            "Kokeilemme vesimittareita, jotka lähettävät lukemat itse vesilaitokselle, jolloin asukkaan ei tarvitse ilmoittaa lukemaa.",
        ),
        (
            "075",
            "fi",
            "Vesimittarit luetaan etänä",
            "Vesilaitos asentaa etäluettavat vesimittarit sataan kotiin, ja lukemat siirtyvät laskutukseen ilman asukkaan ilmoitusta.",
        ),
    ),
    (
        (
            "905",
            "sv",
            "Sensorer mäter inomhusluften i skolorna",
            "Vi sätter sensorer som mäter inomhusluftens koldioxid, temperatur och fukt i skolornas klassrum.",
        ),
        (
            "499",
            "sv",
            "Inomhusluften i daghemmen mäts med sensorer",
            "Sensorer mäter inomhusluftens koldioxid och fukt i daghemmen, och fastighetsskötseln ser mätningarna på nätet.",
        ),
    ),
    (
        (
            "091",
            "fi",
            "Kunnan talousdata avoimeksi dataksi",
            "Julkaisemme kunnan ostot, talousarvion ja tilinpäätöksen avoimena datana, jota kuka tahansa voi käyttää.",
        ),
        (
            "092",
            "fi",
            "Ostolaskudata ja talousarvio avoimena datana",
            "Kaupungin ostot ja talousarvio julkaistaan avoimena datana koneluettavassa muodossa kuukausittain.",
        ),
    ),
    (
        (
            "853",
            "sv",
            "Tidsbokning på nätet till hälsocentralen",
            "Invånarna bokar tid till hälsocentralens skötare och läkare på nätet i stället för att ringa.",
        ),
        (
            "445",
            "sv",
            "Elektronisk tidsbokning för tandvården",
            "Patienterna bokar och avbokar tid till tandvården på nätet, och påminnelser skickas som sms.",
        ),
    ),
    (
        (
            "167",
            "fi",
            "Etäkuntoutus videoyhteydellä",
            "Fysioterapeutti ohjaa kuntoutusta videoyhteydellä asiakkaan kotiin, jolloin matkoja vastaanotolle tarvitaan vähemmän.",
        ),
        (
            "905",
            "sv",
            "Rehabilitering på distans via video",
            "Fysioterapeuten leder rehabiliteringen via video hem till klienten i stället för besök på mottagningen.",
        ),
    ),
    (
        (
            "179",
            "fi",
            "Rakennuslupien sähköinen haku",
            "Rakennuslupaa haetaan verkossa, ja piirustukset liitetään sähköisesti lupahakemukseen.",
        ),
        (
            "297",
            "fi",
            "Sähköinen rakennuslupa ja piirustukset verkossa",
            "Kokeilemme rakennuslupahakemusta verkossa: hakija liittää piirustukset ja seuraa luvan käsittelyä.",
        ),
    ),
    (
        (
            "049",
            "fi",
            "Kirjaston omatoimiaika kyläkirjastoissa",
            "Kyläkirjastot ovat auki myös ilman henkilökuntaa: asiakas tulee sisään kirjastokortilla ja tunnusluvulla.",
        ),
        (
            "445",
            "sv",
            "Meröppet bibliotek i byarna",
            "Bybiblioteken är öppna också utan personal: invånaren kommer in med bibliotekskortet och en pinkod.",
        ),
    ),
    (
        (
            "564",
            "fi",
            "Lumitöiden eteneminen kartalla",
            "Aurauskaluston sijainti näkyy asukkaille kartalla verkossa, joten lumitöiden etenemistä voi seurata.",
        ),
        (
            "091",
            "fi",
            "Auraus näkyy asukkaille kartalla",
            "Kokeilemme karttaa, jolla asukkaat näkevät, missä aurauskalusto on ja milloin katu on aurattu.",
        ),
    ),
    (
        (
            "905",
            "sv",
            "Snöröjningen på karta i realtid",
            "Invånarna ser snöplogarnas läge på en karta på nätet och vet när gatan plogats.",
        ),
        (
            "499",
            "sv",
            "Plogningen syns på kartan",
            "Vi visar snöplogarnas rutter på en karta på nätet så att invånarna ser när vägen plogats.",
        ),
    ),
    (
        (
            "837",
            "fi",
            "Kouluruokailun erityisruokavaliot verkkolomakkeella",
            "Huoltajat ilmoittavat lapsen erityisruokavalion verkkolomakkeella, ja tieto siirtyy suoraan koulun keittiöön.",
        ),
        (
            "853",
            "fi",
            "Erityisruokavalioiden ilmoitus sähköisesti kouluruokailuun",
            "Erityisruokavaliot ilmoitetaan sähköisesti, ja koulujen keittiöt näkevät ne ruokalistojen suunnittelussa.",
        ),
    ),
]

# Pairs of the demo content (by title) that obviously match.
DEMO_PAIRS = [
    (
        "Ohjelmistorobotti ostolaskujen käsittelyssä",
        "En gemensam mjukvarurobot för ekonomiförvaltningen i Jakobstadsregionen",
    ),
    ("Ohjelmistorobotti ostolaskujen käsittelyssä", "Ostolaskujen käsittely ohjelmistorobotilla"),
    (
        "En gemensam mjukvarurobot för ekonomiförvaltningen i Jakobstadsregionen",
        "Ostolaskujen käsittely ohjelmistorobotilla",
    ),
    ("Koulukuljetusten reitit uusiksi data-analytiikalla", "E-tjänst för ansökan om skolskjuts"),
    (
        "Koulukuljetusten reitit uusiksi data-analytiikalla",
        "Koulukuljetusten sähköinen haku ja reittien suunnittelu",
    ),
    (
        "E-tjänst för ansökan om skolskjuts",
        "Koulukuljetusten sähköinen haku ja reittien suunnittelu",
    ),
    (
        "Osallistuva budjetointi: 150 000 euroa asukkaiden päätettäväksi",
        "Osallistuva budjetointi kaupunginosissa",
    ),
    (
        "Osallistuva budjetointi: 150 000 euroa asukkaiden päätettäväksi",
        "Deltagande budgetering i byarna",
    ),
    ("Osallistuva budjetointi kaupunginosissa", "Deltagande budgetering i byarna"),
    (
        "Neuvontabotti uudelleen: tällä kertaa vain kolme aihetta",
        "Chatbot vastaa asukkaiden kysymyksiin jätehuollosta ja pysäköinnistä",
    ),
    (
        "Neuvontabotti uudelleen: tällä kertaa vain kolme aihetta",
        "Chattbot för kundtjänsten i en liten kommun",
    ),
    (
        "Chatbot vastaa asukkaiden kysymyksiin jätehuollosta ja pysäköinnistä",
        "Chattbot för kundtjänsten i en liten kommun",
    ),
    (
        "Webbkurser för personalen i stället för utbildning i klassrum",
        "Verkkokurssit henkilöstön perehdytykseen",
    ),
    (
        "Sähköinen asianhallinta ja arkistointi koko kaupungissa",
        "Paperiton asianhallinta: diaari ja arkisto sähköisiksi",
    ),
    (
        "Sähköinen asianhallinta ja arkistointi koko kaupungissa",
        "Elektronisk ärendehantering och arkiv",
    ),
    (
        "Paperiton asianhallinta: diaari ja arkisto sähköisiksi",
        "Elektronisk ärendehantering och arkiv",
    ),
    (
        "Kotihoidon kuvapuhelukäynnit kolmessa kunnassa",
        "Kvällsbesök via video i hemtjänsten – ett nytt försök",
    ),
    (
        "Paperittomat kokoukset lautakunnissa ja valtuustossa",
        "Sähköiset kokoukset ja tabletit luottamushenkilöille",
    ),
    ("Digitiekartta viidelle pienelle kunnalle", "Digital färdplan för kommunen"),
    (
        "Tilojen käyttöaste näkyviin: tiedolla johtaminen tilasuunnittelussa",
        "Tilojen käyttöasteen seuranta antureilla",
    ),
]

# Pairs that should not be matched: the same words in other senses, or nothing in common.
NOT_PAIRS = [
    (
        "E-tjänst för ansökan om skolskjuts",
        "Osallistuva budjetointi: 150 000 euroa asukkaiden päätettäväksi",
    ),
    (
        "Ohjelmistorobotti ostolaskujen käsittelyssä",
        "Koulukuljetusten reitit uusiksi data-analytiikalla",
    ),
    (
        "Ohjelmistorobotti ostolaskujen käsittelyssä",
        "Chatbot vastaa asukkaiden kysymyksiin jätehuollosta ja pysäköinnistä",
    ),
    (
        "Ohjelmistorobotti ostolaskujen käsittelyssä",
        "Kotihoidon kuvapuhelukäynnit kolmessa kunnassa",
    ),
    ("Ohjelmistorobotti ostolaskujen käsittelyssä", "Deltagande budgetering i byarna"),
    (
        "En gemensam mjukvarurobot för ekonomiförvaltningen i Jakobstadsregionen",
        "Chattbot för kundtjänsten i en liten kommun",
    ),
    (
        "En gemensam mjukvarurobot för ekonomiförvaltningen i Jakobstadsregionen",
        "Meröppet bibliotek i skärgårdens filialer",
    ),
    (
        "Koulukuljetusten reitit uusiksi data-analytiikalla",
        "Osallistuva budjetointi kaupunginosissa",
    ),
    (
        "Koulukuljetusten reitit uusiksi data-analytiikalla",
        "Verkkokurssit henkilöstön perehdytykseen",
    ),
    ("E-tjänst för ansökan om skolskjuts", "Chattbot för kundtjänsten i en liten kommun"),
    ("E-tjänst för ansökan om skolskjuts", "Elektronisk ärendehantering och arkiv"),
    (
        "Koulukuljetusten sähköinen haku ja reittien suunnittelu",
        "Sähköinen asianhallinta ja arkistointi koko kaupungissa",
    ),
    ("Osallistuva budjetointi kaupunginosissa", "Tilojen käyttöasteen seuranta antureilla"),
    ("Deltagande budgetering i byarna", "Digital färdplan för kommunen"),
    (
        "Neuvontabotti uudelleen: tällä kertaa vain kolme aihetta",
        "Ostolaskujen käsittely ohjelmistorobotilla",
    ),
    (
        "Neuvontabotti uudelleen: tällä kertaa vain kolme aihetta",
        "Paperittomat kokoukset lautakunnissa ja valtuustossa",
    ),
    (
        "Chatbot vastaa asukkaiden kysymyksiin jätehuollosta ja pysäköinnistä",
        "Kvällsbesök via video i hemtjänsten – ett nytt försök",
    ),
    (
        "Chattbot för kundtjänsten i en liten kommun",
        "Webbkurser för personalen i stället för utbildning i klassrum",
    ),
    (
        "Webbkurser för personalen i stället för utbildning i klassrum",
        "Elektronisk ärendehantering och arkiv",
    ),
    (
        "Verkkokurssit henkilöstön perehdytykseen",
        "Tilojen käyttöaste näkyviin: tiedolla johtaminen tilasuunnittelussa",
    ),
    (
        "Sähköinen asianhallinta ja arkistointi koko kaupungissa",
        "Yksi asiakaspalvelualusta: chat, ajanvaraus ja sähköiset lomakkeet",
    ),
    (
        "Paperiton asianhallinta: diaari ja arkisto sähköisiksi",
        "Kotihoidon kuvapuhelukäynnit kolmessa kunnassa",
    ),
    (
        "Elektronisk ärendehantering och arkiv",
        "Kvällsbesök via video i hemtjänsten – ett nytt försök",
    ),
    ("Kotihoidon kuvapuhelukäynnit kolmessa kunnassa", "Osallistuva budjetointi kaupunginosissa"),
    ("Kvällsbesök via video i hemtjänsten – ett nytt försök", "Digital färdplan för kommunen"),
    (
        "Paperittomat kokoukset lautakunnissa ja valtuustossa",
        "Chattbot för kundtjänsten i en liten kommun",
    ),
    (
        "Sähköiset kokoukset ja tabletit luottamushenkilöille",
        "Koulukuljetusten sähköinen haku ja reittien suunnittelu",
    ),
    ("Digitiekartta viidelle pienelle kunnalle", "Ostolaskujen käsittely ohjelmistorobotilla"),
    (
        "Tilojen käyttöasteen seuranta antureilla",
        "Chatbot vastaa asukkaiden kysymyksiin jätehuollosta ja pysäköinnistä",
    ),
    ("Vesimittarien etäluenta", "Sensorer mäter inomhusluften i skolorna"),
    ("Lumitöiden eteneminen kartalla", "Kunnan talousdata avoimeksi dataksi"),
    ("Tidsbokning på nätet till hälsocentralen", "Snöröjningen på karta i realtid"),
    ("Rakennuslupien sähköinen haku", "Kouluruokailun erityisruokavaliot verkkolomakkeella"),
    ("Etäkuntoutus videoyhteydellä", "Kirjaston omatoimiaika kyläkirjastoissa"),
]


def measure() -> tuple[float, float, list, list]:
    """Precision and recall of the top five over the labelled pairs: a pair is found when
    either registration has the other among its stored suggestions."""
    titles = dict(Registration.objects.values_list("pk", "title"))
    found = {
        frozenset((titles[a], titles[b]))
        for a, b in Suggestion.objects.values_list("registration_id", "other_id")
    }
    positives = {frozenset(pair) for pair in DEMO_PAIRS} | {
        frozenset((a[2], b[2])) for a, b in TEST_PAIRS
    }
    negatives = {frozenset(pair) for pair in NOT_PAIRS}
    hits = positives & found
    false = negatives & found
    precision = len(hits) / (len(hits) + len(false)) if hits or false else 0.0
    return precision, len(hits) / len(positives), sorted(positives - found, key=sorted), false


class MatchingQualityTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_reference_data()
        seed_demo()
        topic = TopicFactory(name_fi="Testiaihe", name_sv="Testtema")
        places = Municipality.objects.in_bulk(field_name="code")
        for pair in TEST_PAIRS:
            for code, language, title, idea in pair:
                make_registration(
                    lead_municipality=places[code],
                    language=language,
                    title=title,
                    idea=idea,
                    topics=[topic],
                )
        recompute_all_suggestions()

    def test_it_has_enough_labelled_pairs(self):
        self.assertGreaterEqual(len(DEMO_PAIRS) + len(TEST_PAIRS), 30)
        self.assertGreaterEqual(len(NOT_PAIRS), 30)

    def test_it_keeps_precision_and_recall_of_the_top_five(self):
        precision, recall, missed, wrong = measure()
        precision_floor, recall_floor = FLOORS[connection.vendor]
        self.assertGreaterEqual(precision, precision_floor, wrong)
        self.assertGreaterEqual(recall, recall_floor, missed)
