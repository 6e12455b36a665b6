"""What the benchmark times and how: the URLs of each scenario, sent over HTTP to gunicorn
(server.py), one at a time, or at a steady rate while experiments are being published."""

import http.client
import os
import random
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from django import db

from network.models import Municipality, Region, Topic
from registrations.devtools.benchmark.results import result_scenarios
from registrations.devtools.benchmark.seed import REFERENCE_PREFIX, WORDS
from registrations.models import Call, Phase, Registration, Role, Status
from registrations.services.decisions import decide


@dataclass
class Measurement:
    scenario: str
    size: int
    requests: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    html_kib: float  # the largest page, before compression
    sent_kib: float  # the largest page, as sent (gzip)
    load: float = 0.0  # the machine's load average (1 min) as the scenario began
    cpu_ms: float = 0.0  # the workers' CPU time per request (Python's share of the work)


@dataclass
class Timed:
    ms: float
    html_bytes: int
    sent_bytes: int


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def get(base: str, url: str) -> Timed:
    """One request as a browser makes it (asking for gzip); the time until the last byte."""
    host = urlsplit(base)
    started = time.perf_counter()
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    connection.request("GET", url, headers={"Accept-Encoding": "gzip", "Host": "127.0.0.1"})
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"{url} answered {response.status}")
    html = len(body)
    if response.getheader("Content-Encoding") == "gzip":
        import gzip

        html = len(gzip.decompress(body))
    return Timed(elapsed, html, len(body))


def summary(scenario: str, size: int, timings: list[Timed], load: float = 0.0) -> Measurement:
    ms = [t.ms for t in timings]
    return Measurement(
        scenario=scenario,
        size=size,
        requests=len(ms),
        p50_ms=statistics.median(ms),
        p95_ms=percentile(ms, 0.95),
        p99_ms=percentile(ms, 0.99),
        max_ms=max(ms),
        html_kib=max(t.html_bytes for t in timings) / 1024,
        sent_kib=max(t.sent_bytes for t in timings) / 1024,
        load=load,
    )


def measure(base: str, scenario: str, size: int, urls: list[str], cpu=None) -> Measurement:
    """Each URL in turn; `cpu`, if given, tells the workers' CPU seconds so far."""
    # The machine may be shared: its load is reported with each scenario, and the workers'
    # CPU time per request, which waiting for a core does not lengthen.
    load = os.getloadavg()[0]
    before = cpu() if cpu else 0.0
    result = summary(scenario, size, [get(base, url) for url in urls], load)
    if cpu:
        result.cpu_ms = (cpu() - before) * 1000 / len(urls)
    return result


def search_words() -> list[str]:
    """Every word of the benchmark's texts longer than four letters, common and rare, in
    both languages, each once."""
    found = []
    for language in WORDS.values():
        for phrase in language["subjects"] + language["targets"] + language["sentences"]:
            for word in phrase.split():
                word = word.strip(".,").lower()
                if len(word) > 4 and word not in found:
                    found.append(word)
    return found


def scenarios(*, rng: random.Random, requests: int) -> dict[str, list[str]]:
    """The URLs of each scenario, varied so that no cached answer is timed (the unfiltered
    list's counts and the statistics are cached by design, once per data version)."""
    public = Registration.objects.public().filter(reference__startswith=REFERENCE_PREFIX)
    references = list(public.order_by("?").values_list("reference", flat=True)[:requests])
    municipalities = list(Municipality.objects.active().values_list("code", flat=True))
    regions = list(Region.objects.values_list("code", flat=True))
    topics = list(Topic.objects.active().values_list("slug", flat=True))
    calls = list(Call.objects.published().values_list("slug", flat=True))
    facets = {
        "role": list(Role.values),
        "region": regions,
        "topic": topics,
        "municipality": municipalities,
        "call": calls,
        "stage": list(Phase.values),
        "year": [str(year) for year in range(2016, 2029)],
    }

    def filtered(count: int) -> str:
        chosen = rng.sample(sorted(facets), count)
        query = "&".join(f"{name}={rng.choice(facets[name])}" for name in chosen)
        return f"/fi/kokeilut/?{query}&page={rng.randint(1, 3)}"

    words = search_words()
    rng.shuffle(words)
    return {
        "search, first time": [
            rng.choice(["/fi/kokeilut/", "/sv/forsok/"]) + f"?q={quote(word)}" for word in words
        ],
        "list, no filter": [f"/fi/kokeilut/?page={rng.randint(1, 5)}" for _ in range(requests)],
        "list, 1 filter": [filtered(1) for _ in range(requests)],
        "list, 2 filters": [filtered(2) for _ in range(requests)],
        "list, 3 filters": [filtered(3) for _ in range(requests)],
        "experiment page": [f"/fi/kokeilut/{reference}/" for reference in references],
        "municipality, Helsinki": ["/fi/kunnat/091/" for _ in range(requests)],
        "municipality, random": [
            f"/fi/kunnat/{rng.choice(municipalities)}/" for _ in range(requests)
        ],
        "statistics page": ["/fi/tilastot/" for _ in range(requests)],
        **result_scenarios(rng=rng, requests=requests, facets=facets),
    }


def publishing_window(
    base: str,
    size: int,
    urls: list[str],
    *,
    seconds: int = 120,
    rate: float = 4.0,
    every: float = 10.0,
    cpu=None,
) -> tuple[Measurement, int]:
    """Requests arriving at a steady rate (each on its own thread, as visitors would) while a
    coordinator publishes an experiment every few seconds, through the services, in a thread
    of its own: a publication takes a few hundred milliseconds in this process, and visitors
    do not stop arriving meanwhile (timed in the same thread, they would come in a burst
    after each publication)."""
    waiting = list(
        Registration.objects.filter(
            reference__startswith=REFERENCE_PREFIX, status=Status.SUBMITTED
        ).order_by("pk")[: int(seconds / every) + 1]
    )
    timings: list[Timed] = []
    load = os.getloadavg()[0]
    lock = threading.Lock()
    published = []
    started = time.monotonic()
    done = threading.Event()

    def visit(url):
        timed = get(base, url)
        with lock:
            timings.append(timed)

    def publish():
        try:
            for index, registration in enumerate(waiting):
                if done.wait(max(0.0, started + index * every - time.monotonic())):
                    return
                decide(registration=registration, status=Status.ACCEPTED, message="", by=None)
                published.append(registration.pk)
        finally:
            db.connections.close_all()

    publisher = threading.Thread(target=publish)
    before = cpu() if cpu else 0.0
    with ThreadPoolExecutor(max_workers=16) as pool:
        publisher.start()
        for index in range(int(seconds * rate)):
            time.sleep(max(0.0, started + index / rate - time.monotonic()))
            pool.submit(visit, urls[index % len(urls)])
        done.set()
    publisher.join()
    result = summary("publishing window", size, timings, load)
    if cpu:
        result.cpu_ms = (cpu() - before) * 1000 / len(timings)
    return result, len(published)
