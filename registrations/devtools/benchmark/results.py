"""The benchmark's scenarios of the results pages (measure.scenarios adds them): the results
page (cached by design, once per data version, as the statistics page is), the experiments
behind a figure, and the Day of Failure with filters and searches."""

import random
from urllib.parse import quote

from registrations.devtools.benchmark.reports import FAILURES, LESSONS

RESULT_FILTERS = ("topic", "region", "year")


def failure_words() -> list[str]:
    """Words of the benchmark's failures and lessons, both languages, each once."""
    found = []
    for texts in (FAILURES, LESSONS):
        for sentences in texts.values():
            for sentence in sentences:
                for word in sentence.split():
                    word = word.strip(".,").lower()
                    if len(word) > 4 and word not in found:
                        found.append(word)
    return found


def result_scenarios(*, rng: random.Random, requests: int, facets: dict) -> dict[str, list]:
    def one_filter(base: str) -> str:
        name = rng.choice(RESULT_FILTERS)
        return f"{base}?{name}={rng.choice(facets[name])}"

    words = failure_words()
    shows = ["verified", "reported", "finished"]
    return {
        "results page": [rng.choice(["/fi/tulokset/", "/sv/resultat/"]) for _ in range(requests)],
        "results, experiments behind": [
            one_filter("/fi/tulokset/kokeilut/") + f"&show={rng.choice(shows)}"
            for _ in range(requests)
        ],
        "day of failure": [
            f"/fi/epaonnistumisen-paiva/?page={rng.randint(1, 5)}" for _ in range(requests)
        ],
        "day of failure, filtered": [
            one_filter("/sv/misslyckandets-dag/") for _ in range(requests)
        ],
        "day of failure, search": [
            f"/fi/epaonnistumisen-paiva/?q={quote(rng.choice(words))}" for _ in range(requests)
        ],
    }
