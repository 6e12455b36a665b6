"""The site as production runs it, for the load test: gunicorn with four workers and the mail
worker on 127.0.0.1, sharing a Redis cache, on the load test's own database; and what the test
left behind there, counted."""

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from registrations.models import Call, CallRoles, EmailState, Registration, SentEmail
from registrations.services.removal import delete_registrations

WORKERS = 4
# The people of the test write addresses at this domain; nothing else does.
DOMAIN = "loadtest.example"
CALL_SLUG = "kuormitustesti"
# Every person comes from 127.0.0.1: the limits per address are lifted, not the code.
UNLIMITED = "1000000/h"


def environment(*, database_url: str, redis_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "load-test-only",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "STATIC_MANIFEST": "false",
        "LOG_LEVEL": "WARNING",
        # Static files are not what is measured: WhiteNoise need not say they are not collected.
        "PYTHONWARNINGS": "ignore:No directory at",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "COORDINATOR_EMAILS": f"koordinaattori@{DOMAIN}",
        "RATELIMIT_REGISTRATIONS_PER_IP": UNLIMITED,
        "RATELIMIT_REGISTRATIONS_PER_ADDRESS": UNLIMITED,
    }


def open_call() -> str:
    """The path of a kokeilija form in a call open now, made for the test if need be."""
    now = timezone.now()
    Call.objects.update_or_create(
        slug=CALL_SLUG,
        defaults={
            "title_fi": "Kuormitustesti",
            "title_sv": "Belastningstest",
            "opens_at": now - timedelta(days=1),
            "closes_at": now + timedelta(days=30),
            "late_until": None,
            "roles": CallRoles.BOTH,
            "is_published": True,
        },
    )
    return f"/fi/ilmoittaudu/{CALL_SLUG}/kokeilija/"


def forget_earlier_runs() -> None:
    delete_registrations(
        registrations=Registration.objects.filter(contact_email__endswith=f"@{DOMAIN}")
    )


@contextmanager
def running(*, port: int, env: dict[str, str]):
    """gunicorn (with the repository's gunicorn.conf.py) and the mail worker, stopped after."""
    root = settings.BASE_DIR
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            str(root / "gunicorn.conf.py"),
            "digikunta.wsgi",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=root,
        env=env,
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "send_mail"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/healthz")
        yield f"http://127.0.0.1:{port}"
    finally:
        for process in (server, worker):
            process.terminate()
        for process in (server, worker):
            process.wait(timeout=60)


def _wait_for(url: str) -> None:
    for _ in range(150):
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def wait_for_the_outbox(*, seconds: int = 180) -> None:
    """Until the mail worker has sent what the test queued (or the time is up)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not SentEmail.objects.filter(state=EmailState.QUEUED).exists():
            return
        time.sleep(1)


@dataclass
class Stored:
    people: int
    stored: int
    duplicates: int
    emails_sent: int
    emails_waiting: int
    emails_failed: int


def stored(people: int) -> Stored:
    """What the database holds after the test: one registration per person is right."""
    registrations = Registration.objects.filter(contact_email__endswith=f"@{DOMAIN}")
    count = registrations.count()
    distinct = registrations.values("contact_email").distinct().count()
    emails = SentEmail.objects.filter(registration__in=registrations)
    return Stored(
        people=people,
        stored=count,
        duplicates=count - distinct,
        emails_sent=emails.filter(state=EmailState.SENT).count(),
        emails_waiting=emails.filter(state=EmailState.QUEUED).count(),
        emails_failed=emails.filter(state=EmailState.FAILED).count(),
    )
