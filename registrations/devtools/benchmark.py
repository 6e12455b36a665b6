"""The benchmark behind `manage.py benchmark`: seed many experiments, then time public pages.

The experiments are spread as in life: more of them in bigger municipalities, groups of
neighbouring municipalities, one to three topics, a third written in Swedish (most of those in
Swedish-speaking or bilingual municipalities), most of them accepted.
"""

import os
import platform
import random
import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from network.models import LanguageStatus, Municipality, Region, Topic
from registrations.models import Call, Registration, Role, Status
from registrations.public.search import refresh_search_documents

BENCHMARK_CALL_PREFIX = "benchmark-"
REFERENCE_PREFIX = "DK-1999-"

# Enough words that a search matches a realistic share of the experiments, not a fixed tenth.
WORDS = {
    "fi": {
        "subjects": [
            "Chatbotti",
            "Sähköinen asiointi",
            "Etävastaanotto",
            "Ohjelmistorobotti",
            "Osallistava budjetointi",
            "Verkkokirjasto",
            "Tiedolla johtaminen",
            "Sähköinen päätöksenteko",
            "Ajanvaraus verkossa",
            "Kuvapuhelu",
            "Avoin data",
            "Verkko-oppiminen",
            "Asiakaspalvelualusta",
            "Sähköinen arkisto",
            "Tekoälyavustaja",
            "Mobiilisovellus",
            "Paikkatietopalvelu",
            "Palautekanava",
            "Sähköinen lupapalvelu",
            "Etäkokous",
            "Digituki",
            "Laskujen automaatio",
            "Sensoriverkko",
            "Kuntalaispaneeli",
            "Hankintojen analytiikka",
            "Digitaalinen kaksonen",
            "Ruokalistasovellus",
            "Liikuntavarausten järjestelmä",
            "Vesimittarien etäluenta",
            "Koulukuljetusten optimointi",
        ],
        "targets": [
            "kirjastoon",
            "kotihoitoon",
            "rakennusvalvontaan",
            "taloushallintoon",
            "varhaiskasvatukseen",
            "kouluihin",
            "nuorisotyöhön",
            "asiakaspalveluun",
            "valtuuston työhön",
            "liikuntapalveluihin",
            "ympäristöpalveluihin",
            "kaavoitukseen",
            "henkilöstöhallintoon",
            "vesihuoltoon",
            "joukkoliikenteeseen",
            "kulttuuripalveluihin",
            "työllisyyspalveluihin",
            "maahanmuuttajien neuvontaan",
            "kiinteistöjen ylläpitoon",
            "ruokapalveluihin",
            "elinkeinopalveluihin",
            "vanhusneuvostolle",
            "kyläyhdistyksille",
        ],
        "sentences": [
            "Kokeilemme uutta toimintatapaa yhdessä kuntalaisten kanssa.",
            "Tavoitteena on vähentää puheluita ja nopeuttaa palvelua.",
            "Mittaamme onnistumista asiakaskyselyllä ja käsittelyajoilla.",
            "Kokeilu tehdään kolmessa kunnassa samaan aikaan.",
            "Säästöt syntyvät, kun rutiinityö siirtyy koneelle.",
            "Ensimmäinen kokeilu epäonnistui, ja opimme siitä paljon.",
            "Palvelu on auki myös iltaisin ja viikonloppuisin.",
            "Henkilöstö koulutetaan ennen käyttöönottoa.",
            "Ikäihmiset saavat henkilökohtaista opastusta kirjastossa.",
            "Järjestelmä yhdistää kolme erillistä rekisteriä.",
            "Hankinta tehdään yhdessä naapurikuntien kanssa.",
            "Kokeilun tulokset julkaistaan avoimena datana.",
            "Paperilomakkeista luovutaan vaiheittain.",
            "Asukkaat äänestävät hankkeista verkossa ja kirjastoissa.",
            "Sovellus kertoo reaaliajassa, milloin kuljetus saapuu.",
            "Päätökset ja pöytäkirjat löytyvät yhdestä paikasta.",
            "Kokeilussa mukana on yrityksiä ja yhdistyksiä.",
            "Tietosuoja ja saavutettavuus tarkistetaan ennen julkaisua.",
        ],
    },
    "sv": {
        "subjects": [
            "Chattbot",
            "E-tjänst",
            "Distansmottagning",
            "Mjukvarurobot",
            "Deltagande budgetering",
            "Nätbibliotek",
            "Kunskapsbaserat ledarskap",
            "Digitalt beslutsfattande",
            "Tidsbokning på nätet",
            "Videosamtal",
            "Öppna data",
            "Nätbaserat lärande",
            "Kundtjänstplattform",
            "Elektroniskt arkiv",
            "AI-assistent",
            "Mobilapp",
            "Geodatatjänst",
            "Responskanal",
            "Elektroniska tillstånd",
            "Distansmöte",
            "Digistöd",
            "Fakturaautomatik",
            "Sensornätverk",
            "Invånarpanel",
        ],
        "targets": [
            "för biblioteket",
            "i hemvården",
            "för byggnadstillsynen",
            "i ekonomiförvaltningen",
            "i småbarnspedagogiken",
            "i skolorna",
            "i ungdomsarbetet",
            "i kundtjänsten",
            "för fullmäktige",
            "för idrottstjänsterna",
            "i miljövården",
            "i planläggningen",
            "i personalförvaltningen",
            "i vattenförsörjningen",
            "i kollektivtrafiken",
            "för kulturtjänsterna",
            "i sysselsättningstjänsterna",
            "för byaföreningarna",
        ],
        "sentences": [
            "Vi prövar ett nytt arbetssätt tillsammans med invånarna.",
            "Målet är färre samtal och snabbare service.",
            "Vi mäter resultatet med en kundenkät och handläggningstider.",
            "Försöket görs i tre kommuner samtidigt.",
            "Besparingarna uppstår när rutinarbetet flyttas till datorn.",
            "Det första försöket misslyckades, och vi lärde oss mycket av det.",
            "Tjänsten är öppen också på kvällar och veckoslut.",
            "Personalen utbildas innan tjänsten tas i bruk.",
            "Äldre invånare får personlig handledning på biblioteket.",
            "Systemet förenar tre separata register.",
            "Upphandlingen görs tillsammans med grannkommunerna.",
            "Resultaten publiceras som öppna data.",
            "Pappersblanketterna slopas stegvis.",
            "Invånarna röstar om projekten på nätet och i biblioteken.",
        ],
    },
}
SWEDISH_LEANING = {LanguageStatus.SWEDISH, LanguageStatus.BILINGUAL_SWEDISH}


def _calls() -> list[Call]:
    now = timezone.now()
    calls = []
    for index, year in enumerate([2016, 2018, 2020, 2023, 2026]):
        opens = now.replace(year=year, month=3, day=1)
        call, _ = Call.objects.get_or_create(
            slug=f"{BENCHMARK_CALL_PREFIX}{year}",
            defaults={
                "title": f"Benchmark {year}",
                "title_fi": f"Kokeiluhaku {year}",
                "title_sv": f"Försöksutlysning {year}",
                "opens_at": opens,
                "closes_at": opens + timedelta(days=60 + index),
                "is_published": True,
            },
        )
        calls.append(call)
    return calls


def _text(rng: random.Random, language: str) -> tuple[str, str]:
    words = WORDS[language]
    title = f"{rng.choice(words['subjects'])} {rng.choice(words['targets'])}"
    idea = " ".join(rng.sample(words["sentences"], 3))
    return title, idea


def seed(total: int, *, rng: random.Random) -> int:
    """Add benchmark experiments until there are `total` of them; returns how many it added."""
    existing = Registration.objects.filter(reference__startswith=REFERENCE_PREFIX).count()
    to_add = total - existing
    if to_add <= 0:
        return 0
    calls = _calls()
    municipalities = list(Municipality.objects.active().select_related("region"))
    by_region: dict[int, list[Municipality]] = {}
    for municipality in municipalities:
        by_region.setdefault(municipality.region_id, []).append(municipality)
    # Bigger municipalities run more experiments, but not in proportion to their size.
    weights = [m.population**0.5 for m in municipalities]
    topics = list(Topic.objects.active())
    Topics = Registration.topics.through
    Places = Registration.municipalities.through
    Regions = Registration.regions.through
    now = timezone.now()
    for start in range(existing, total, 2000):
        batch = range(start, min(start + 2000, total))
        registrations, topic_rows, place_rows, region_rows = [], [], [], []
        leads = rng.choices(municipalities, weights=weights, k=len(batch))
        for number, lead in zip(batch, leads, strict=True):
            swedish = lead.language_status in SWEDISH_LEANING or rng.random() < 0.1
            language = "sv" if swedish else "fi"
            title, idea = _text(rng, language)
            role = Role.KOKEILIJA if rng.random() < 0.8 else Role.VAIKUTTAJA
            call = rng.choice(calls)
            year = call.opens_at.year + rng.randint(0, 2)
            status = Status.ACCEPTED if rng.random() < 0.85 else rng.choice(list(Status))
            registration = Registration(
                reference=f"{REFERENCE_PREFIX}{number + 1:06d}",
                call=call,
                role=role,
                status=status,
                language=language,
                lead_municipality=lead,
                title=title,
                contact_name="Benchmark",
                contact_email="benchmark@digikunta.example",
                commits_to_sharing=True,
                start_year=year,
                published_at=now - timedelta(minutes=number) if status == Status.ACCEPTED else None,
            )
            setattr(registration, f"title_{language}", title)
            if role == Role.KOKEILIJA:
                setattr(registration, f"idea_{language}", idea)
                registration.starts_on = date(year, rng.randint(1, 12), 1)
                registration.ends_on = registration.starts_on + timedelta(days=rng.randint(90, 900))
            else:
                setattr(registration, f"reform_{language}", idea)
                registration.savings_eur_per_year = rng.randint(1, 200) * 1000
                registration.savings_from_year = year
            registrations.append(registration)
        with transaction.atomic():
            Registration.objects.bulk_create(registrations, batch_size=1000)
            for registration, lead in zip(registrations, leads, strict=True):
                for topic in rng.sample(topics, rng.choice([1, 1, 2, 3])):
                    topic_rows.append(Topics(registration_id=registration.pk, topic_id=topic.pk))
                neighbours = by_region[lead.region_id]
                group = {
                    lead,
                    *rng.sample(neighbours, min(len(neighbours), rng.choice([0, 0, 0, 1, 3]))),
                }
                for municipality in group:
                    place_rows.append(
                        Places(registration_id=registration.pk, municipality_id=municipality.pk)
                    )
                for region_id in {m.region_id for m in group}:
                    region_rows.append(
                        Regions(registration_id=registration.pk, region_id=region_id)
                    )
            Topics.objects.bulk_create(topic_rows, batch_size=5000)
            Places.objects.bulk_create(place_rows, batch_size=5000)
            Regions.objects.bulk_create(region_rows, batch_size=5000)
            refresh_search_documents(
                Registration.objects.filter(pk__in=[r.pk for r in registrations])
                .select_related("lead_organisation")
                .prefetch_related("topics", "municipalities", "partner_organisations")
            )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # A steady state: statistics and the visibility map, as autovacuum would leave them.
            cursor.execute("VACUUM ANALYZE")
    return to_add


@dataclass
class Measurement:
    scenario: str
    size: int
    p50_ms: float
    p95_ms: float
    queries: str
    requests: int


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(scenario: str, size: int, urls: list[str], *, warmup: int = 3) -> Measurement:
    """Server time of each request, in process: middleware, views, SQL and templates."""
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        return _measure(scenario, size, urls, warmup=warmup)


def _measure(scenario: str, size: int, urls: list[str], *, warmup: int) -> Measurement:
    client = Client()
    for url in urls[:warmup]:
        client.get(url)
    durations, query_counts = [], set()
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            durations.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}")
        query_counts.add(len(queries))
    return Measurement(
        scenario=scenario,
        size=size,
        p50_ms=statistics.median(durations),
        p95_ms=_percentile(durations, 0.95),
        queries="–".join(str(n) for n in sorted(query_counts)),
        requests=len(urls),
    )


def scenarios(*, rng: random.Random, requests: int) -> dict[str, list[str]]:
    """The URLs of each scenario, varied so that no single cached answer is timed."""
    public = Registration.objects.public().filter(reference__startswith=REFERENCE_PREFIX)
    references = list(public.order_by("?").values_list("reference", flat=True)[:requests])
    municipalities = list(
        Municipality.objects.filter(registrations__in=public.values("pk"))
        .distinct()
        .values_list("code", flat=True)
    )
    regions = list(Region.objects.values_list("code", flat=True))
    topics = list(Topic.objects.active().values_list("slug", flat=True))
    words = [
        word.strip(".,")
        for language in WORDS.values()
        for phrase in language["subjects"] + language["targets"] + language["sentences"]
        for word in phrase.split()
        if len(word) > 5
    ]
    pick = rng.choice
    return {
        "list, no query": [f"/fi/kokeilut/?page={rng.randint(1, 5)}" for _ in range(requests)],
        "list, text query": [
            pick(["/fi/kokeilut/", "/sv/forsok/"]) + f"?q={pick(words)}" for _ in range(requests)
        ],
        # Five searches asked again and again: what the search cache gives popular words.
        "list, text query, repeated": [
            f"/fi/kokeilut/?q={word}" for word in rng.sample(words, 5) * (requests // 5)
        ],
        "list, three filters": [
            f"/fi/kokeilut/?role=kokeilija&region={pick(regions)}&topic={pick(topics)}"
            for _ in range(requests)
        ],
        "experiment page": [f"/fi/kokeilut/{reference}/" for reference in references],
        "municipality page": [f"/fi/kunnat/{pick(municipalities)}/" for _ in range(requests)],
        "statistics page": ["/fi/tilastot/" for _ in range(requests)],
    }


TARGETS_MS = {"list, text query": 50, "list, three filters": 80, "statistics page": 150}


def report(results: list[Measurement], *, requests: int) -> str:
    """The table for docs/benchmarks.md, with where and how it was measured."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0]}"
        else:
            database = connection.vendor
    lines = [
        "| scenario | experiments | p50 ms | p95 ms | queries | target (p95) |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for result in results:
        target = TARGETS_MS.get(result.scenario)
        verdict = (
            f"≤ {target} ms: {'met' if result.p95_ms <= target else 'missed'}" if target else ""
        )
        lines.append(
            f"| {result.scenario} | {result.size:,} | {result.p50_ms:.1f} | {result.p95_ms:.1f} "
            f"| {result.queries} | {verdict} |"
        )
    return "\n".join(lines) + (
        f"\n\nMeasured {timezone.localdate():%Y-%m-%d} with `manage.py benchmark`: {requests} "
        "requests a scenario after three warm-up requests, in process (Django's test client: "
        f"middleware, views, SQL and templates; no network), on {database}, Python "
        f"{platform.python_version()}, {os.cpu_count()} CPU cores.\n"
    )


START, END = "<!-- benchmark table: start -->", "<!-- benchmark table: end -->"


def replace_table(document: str, table: str) -> str:
    """Put the new table between the markers, keeping the words written around it."""
    block = f"{START}\n{table}{END}\n"
    if START in document and END in document:
        before, rest = document.split(START, 1)
        return before + block + rest.split(END, 1)[1].lstrip("\n")
    return "# Benchmarks\n\n" + block
