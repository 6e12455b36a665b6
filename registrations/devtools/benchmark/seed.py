"""Benchmark experiments, spread as in life: more of them in bigger municipalities, groups of
neighbouring municipalities, one to three topics, a third written in Swedish (most of those in
Swedish-speaking or bilingual municipalities), most of them accepted.

The rows go in by bulk; what is derived from them comes from the services, as on the site.
"""

import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from network.models import LanguageStatus, Municipality, Topic
from registrations.models import Call, Registration, Role, Status
from registrations.services.decisions import publish_if_accepted
from registrations.services.submission import sync_derived

BENCHMARK_CALL_PREFIX = "benchmark-"
REFERENCE_PREFIX = "DK-1999-"
BATCH = 2000

# Enough words that a search matches a realistic share of the experiments, not a fixed tenth.
WORDS = json.loads(Path(__file__).resolve().with_name("words.json").read_text(encoding="utf-8"))
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


def _registration(
    number: int, lead: Municipality, calls: list[Call], rng: random.Random, now: datetime
) -> Registration:
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
    )
    # A minute apart, as if coordinators had accepted them one by one.
    publish_if_accepted(registration=registration, now=now - timedelta(minutes=number))
    setattr(registration, f"title_{language}", title)
    if role == Role.KOKEILIJA:
        setattr(registration, f"idea_{language}", idea)
        registration.starts_on = date(year, rng.randint(1, 12), 1)
        registration.ends_on = registration.starts_on + timedelta(days=rng.randint(90, 900))
    else:
        setattr(registration, f"reform_{language}", idea)
        registration.savings_eur_per_year = rng.randint(1, 200) * 1000
        registration.savings_from_year = year
    return registration


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
    now = timezone.now()
    for start in range(existing, total, BATCH):
        batch = range(start, min(start + BATCH, total))
        leads = rng.choices(municipalities, weights=weights, k=len(batch))
        registrations = [
            _registration(number, lead, calls, rng, now)
            for number, lead in zip(batch, leads, strict=True)
        ]
        topic_rows, place_rows = [], []
        with transaction.atomic():
            Registration.objects.bulk_create(registrations, batch_size=1000)
            for registration, lead in zip(registrations, leads, strict=True):
                for topic in rng.sample(topics, rng.choice([1, 1, 2, 3])):
                    topic_rows.append(Topics(registration_id=registration.pk, topic_id=topic.pk))
                neighbours = by_region[lead.region_id]
                others = rng.sample(neighbours, min(len(neighbours), rng.choice([0, 0, 0, 1, 3])))
                # The lead itself is sync_derived()'s to add, with the regions.
                place_rows += [
                    Places(registration_id=registration.pk, municipality_id=municipality.pk)
                    for municipality in others
                    if municipality != lead
                ]
            Topics.objects.bulk_create(topic_rows, batch_size=5000)
            Places.objects.bulk_create(place_rows, batch_size=5000)
            sync_derived(registrations=registrations)
    return to_add


def vacuum_analyze() -> None:
    """A steady state before timing: statistics and the visibility map, as autovacuum would
    leave them. Outside any transaction: PostgreSQL refuses VACUUM inside one."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
