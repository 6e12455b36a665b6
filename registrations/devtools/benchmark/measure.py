"""What the benchmark times and how: the URLs of each scenario, and the server time and SQL
queries of each request."""

import random
import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from network.models import Municipality, Region, Topic
from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, WORDS
from registrations.models import Registration


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
