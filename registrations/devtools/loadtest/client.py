"""A bounded load and abuse test of registering: virtual people fill in the real form over HTTP
against a server on 127.0.0.1, check their answers, send, and often click "send" twice at once.

Only the client side lives here; `manage.py loadtest` starts the server and the mail worker,
runs this, and counts what was stored.
"""

import html
import re
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http.cookiejar import CookieJar

# The form refuses answers sent sooner than this after it was loaded (see forms.fields.SpamGuard).
THINKING_SECONDS = 3.2
STEPS = ("form", "review", "submit", "private page")

_INPUT = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
_OPTION = re.compile(r'<option value="(\d+)"', re.IGNORECASE)
_ATTRIBUTE = re.compile(r'(\w[\w-]*)="([^"]*)"')
_REFERENCE = re.compile(r"DK-\d{4}-\d{4,}")


def local_only(url: str) -> str:
    """The test never leaves this machine."""
    host = urllib.parse.urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"The load test runs against 127.0.0.1 only, not {host}.")
    return url.rstrip("/")


def hidden_inputs(page: str) -> dict[str, str]:
    values = {}
    for tag in _INPUT.findall(page):
        attributes = dict(_ATTRIBUTE.findall(tag))
        if attributes.get("type") == "hidden" and "name" in attributes:
            values[attributes["name"]] = html.unescape(attributes.get("value", ""))
    return values


def checkbox_values(page: str, name: str) -> list[str]:
    values = []
    for tag in _INPUT.findall(page):
        attributes = dict(_ATTRIBUTE.findall(tag))
        if attributes.get("type") == "checkbox" and attributes.get("name") == name:
            values.append(html.unescape(attributes.get("value", "")))
    return values


@dataclass
class Results:
    durations: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, step: str, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[step].append(status)
            self.durations[step].append(seconds * 1000)

    def server_errors(self, step: str) -> int:
        return sum(1 for status in self.statuses[step] if status >= 500)

    def table(self) -> list[tuple[str, int, int, float, float]]:
        """(step, requests, 5xx, p50 ms, p95 ms) for each step."""
        rows = []
        for step in STEPS:
            times = sorted(self.durations[step])
            if not times:
                continue
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            rows.append((step, len(times), self.server_errors(step), statistics.median(times), p95))
        return rows


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Person:
    """One person registering, with their own cookies, as a browser would."""

    def __init__(self, base: str, number: int, results: Results):
        self.base, self.number, self.results = base, number, results
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect()
        )

    def request(self, step: str, path: str, data: dict | list | None = None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=60) as response:
                status, text = response.status, response.read().decode()
                location = response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            status, text, location = error.code, error.read().decode(errors="replace"), ""
            location = error.headers.get("Location", "")
        self.results.record(step, status, time.perf_counter() - started)
        return status, text, location

    def register(self, form_path: str, *, double_click: bool) -> None:
        status, page, _ = self.request("form", form_path)
        if status != 200:
            self.results.failures.append(f"{self.number}: form answered {status}")
            return
        answers = hidden_inputs(page)
        municipalities = _OPTION.findall(page)
        topics = checkbox_values(page, "topics")
        answers.update(
            {
                "action": "review",
                "lead_kind": "municipality",
                "lead_municipality": municipalities[self.number % len(municipalities)],
                "topics": topics[:1],
                "title": f"Kuormitustesti {self.number}: chatbotti kirjastoon",
                "idea": "Kokeilemme chatbottia, joka vastaa kirjaston yleisimpiin kysymyksiin.",
                "goal": "Puolet vähemmän puheluita; mittaamme puhelut kuukausittain.",
                "starts_on": "2027-01-01",
                "commits_to_sharing": "on",
                "contact_name": f"Kuormitus Testaaja {self.number}",
                "contact_email": f"kuormitus-{self.number}@loadtest.example",
                "contact_language": "fi",
                "privacy_consent": "on",
                "website": "",
            }
        )
        time.sleep(THINKING_SECONDS)
        status, review, _ = self.request("review", form_path, answers)
        if status != 200 or 'value="submit"' not in review:
            self.results.failures.append(f"{self.number}: review answered {status}")
            return
        final = hidden_inputs(review) | {"action": "submit"}
        clicks = 2 if double_click else 1
        with ThreadPoolExecutor(clicks) as pool:
            answers_to_clicks = list(
                pool.map(lambda _n: self.request("submit", form_path, final), range(clicks))
            )
        if not all(status == 302 for status, _text, _location in answers_to_clicks):
            statuses = [status for status, _text, _location in answers_to_clicks]
            self.results.failures.append(f"{self.number}: send answered {statuses}")
        # Each answer leads to a private page (a fresh link each time): all to the same one.
        references = set()
        for _status, _text, location in answers_to_clicks:
            if not location:
                continue
            status, page, _ = self.request("private page", urllib.parse.urlsplit(location).path)
            if status != 200:
                self.results.failures.append(f"{self.number}: private page answered {status}")
            references.update(_REFERENCE.findall(page))
        if len(references) != 1:
            self.results.failures.append(f"{self.number}: the clicks led to {references}")


def run(base: str, form_path: str, *, people: int, double_click_every: int = 2) -> Results:
    """Everyone at once (starts spread over a second), every other one double-clicking."""
    base = local_only(base)
    results = Results()

    def one(number: int) -> None:
        time.sleep(number / people)
        try:
            Person(base, number, results).register(
                form_path, double_click=number % double_click_every == 0
            )
        except Exception as error:  # a broken connection is a finding, not a crash
            results.failures.append(f"{number}: {type(error).__name__}: {error}")

    with ThreadPoolExecutor(people) as pool:
        list(pool.map(one, range(people)))
    return results
