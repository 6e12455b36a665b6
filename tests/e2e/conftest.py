"""Browser tests: Debian's Chromium, driven by Playwright, against a live server on 127.0.0.1.

The live server runs in this process (pytest-django's live_server, on the test database: the
SQLite in memory, or PostgreSQL when DATABASE_URL is set), so a test can change settings for the
server too, and read the e-mail the site queued once the mail worker has sent it (mailbox()).

Without /usr/bin/chromium the tests are skipped with the reason; with CI=true they fail
instead, so that CI can never pass without having run them.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Long enough for a slow CI machine, short enough that a missing element fails soon.
TIMEOUT_MS = 15_000


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def browser_missing() -> str:
    """Why the browser tests cannot run here, or an empty string when they can."""
    if not os.access(CHROMIUM, os.X_OK):
        return f"{CHROMIUM} is missing (install Debian's chromium package)"
    return ""


@pytest.hookimpl(tryfirst=True)  # before -m selects by the marker
def pytest_collection_modifyitems(config, items):
    """Every test under tests/e2e is an e2e test; skip them all, with the reason, when there is
    no browser (in CI: fail them, since CI must run them)."""
    here = Path(__file__).parent
    reason = browser_missing()
    for item in items:
        if here not in item.path.parents:
            continue
        item.add_marker(pytest.mark.e2e)
        # The live server's public pages read from the replica when the test settings have
        # one (a second alias of the same test database, see tests/environment.py).
        if "replica" in settings.DATABASES:
            item.add_marker(pytest.mark.django_db(databases=["default", "replica"]))
        if reason and not in_ci():
            item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


@pytest.fixture(scope="session")
def live_server(request):
    """The site on 127.0.0.1 (pytest-django's own fixture would listen on "localhost")."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("127.0.0.1")
    request.addfinalizer(server.stop)
    return server


@pytest.fixture(scope="session")
def browser():
    reason = browser_missing()
    if reason:
        # Reached only in CI (elsewhere the tests are skipped at collection).
        pytest.fail(f"CI must run the browser tests, but {reason}", pytrace=False)
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    # Playwright's synchronous API runs an event loop in this thread, which Django takes for an
    # async context; the tests' ORM calls are synchronous all the same.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        # launch() starts Chromium with a fresh, temporary user-data-dir of its own.
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def migrated_data(browser, django_db_setup, django_db_blocker):
    """The data that migrations create (topics, the coordinators' group), for each test to start
    from: django_db_serialized_rollback restores it after the flush that ends a test.

    While Playwright's event loop runs, Django gives this thread another connection object
    than the one the test database was set up (and serialized) with, so the snapshot is taken
    again for it, before the first browser test adds anything."""
    from django.db import connections

    connection = connections["default"]
    if not hasattr(connection, "_test_serialized_contents"):
        with django_db_blocker.unblock():
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


# Reports every Content-Security-Policy violation to the console, where the page fixture
# collects them: the browser's own console message says what was refused, this says where.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


def is_csp_violation(message) -> bool:
    """A script, style or other resource refused by the policy (or a policy header the browser
    could not read: a Permissions-Policy feature it does not know)."""
    text = message.text
    return (
        "Content Security Policy" in text
        or text.startswith("CSP violation:")
        or text.startswith("Error with Permissions-Policy header")
    )


@pytest.fixture
def open_page(browser, migrated_data, live_server, django_db_serialized_rollback):
    """A factory of pages, each in a fresh browser context (no cookies) against the live
    server: open_page(viewport=PHONE, language="sv", touch=True). The database is emptied
    after each test and the data that migrations create (topics, the coordinators' group)
    restored for the next. A test fails if any page broke the Content-Security-Policy."""
    contexts = []
    violations = []

    def collect(message):
        if is_csp_violation(message):
            violations.append(f"{message.page.url if message.page else ''}: {message.text}")

    def factory(*, viewport=DESKTOP, language="fi", touch=False):
        context = browser.new_context(
            base_url=live_server.url,
            viewport=viewport,
            is_mobile=touch,
            has_touch=touch,
            locale="sv-FI" if language == "sv" else "fi-FI",
            reduced_motion="reduce",
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("console", collect)
        contexts.append(context)
        return context.new_page()

    yield factory
    for context in contexts:
        context.close()
    if violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(violations))


@pytest.fixture
def page(open_page):
    return open_page()


@pytest.fixture
def reference_data(open_page):
    """The 308 municipalities and 19 regions of Statistics Finland."""
    from network.reference_data.loader import load_reference_data

    load_reference_data()


@pytest.fixture
def demo(reference_data):
    """The demo content: two calls, experiments in both roles and languages, a coordinator."""
    from registrations.devtools.demo import seed_demo

    seed_demo()


@pytest.fixture
def no_spam_delay(monkeypatch):
    """The registration form may be sent at once (a person needs more than 3 seconds)."""
    from registrations.forms.fields import SpamGuard

    monkeypatch.setattr(SpamGuard, "MINIMUM_SECONDS", 0)


@pytest.fixture
def mailbox(settings):
    """mailbox(): the mail worker's round (manage.py send_mail --once), then every e-mail sent
    so far, in memory. The site only queues e-mail; the worker sends it."""
    from tests.outbox import deliver

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    return deliver


@pytest.fixture
def url():
    """url("registrations:experiments", language="sv") == "/sv/forsok/"."""
    from django.urls import reverse

    def build(name, *, language="fi", **kwargs):
        with translation.override(language):
            return reverse(name, kwargs=kwargs or None)

    return build
