"""Input no page can read: a NUL byte, invalid UTF-8, an unknown charset, a huge or malformed
value, an upload. Every public URL and every form answers 400 (the 400 page) or a normal page,
in the page's language, never 5xx."""

import re
import tempfile
from urllib.parse import urlencode

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils.translation import override

from digikunta import input_guard
from network.models import NetworkGroup, Programme
from registrations.models import Introduction, IntroductionState, ReportKind, Role, Status
from registrations.opendata.bulk import writer
from registrations.services import reports
from registrations.services.links import make_token
from registrations.services.roadmaps import make_token as roadmap_token
from registrations.services.signup_links import make_token as make_signup_token
from tests.factories import (
    CallFactory,
    EventFactory,
    OrganisationFactory,
    make_registration,
    make_signup,
)
from tests.registrations.form_data import final_report_data, kokeilija_data
from tests.registrations.results_data import accepted_report
from tests.registrations.roadmaps.helpers import make_roadmap

FORM = "application/x-www-form-urlencoded"

# What a hostile visitor sends, as raw bytes (a WSGI server hands them to Django as they came).
PAYLOADS = {
    "NUL byte": b"%00",
    "NUL byte, raw": b"a\x00b",
    "invalid UTF-8": b"%FF%FE",
    "invalid UTF-8, raw": b"\xff\xfe",
    "a UTF-16 surrogate": b"%ED%A0%80",
    "a control character": b"%1B%5B2J",
    "malformed percent-encoding": b"%zz%",
    "markup and quotes": b"%3Cscript%3E%27%22--",
    "a huge number": b"9" * 400,
    "a long value": b"x" * 3000,
    "a value longer than any address": b"x" * 6000,
}
# Every query parameter that a public page reads.
QUERY_NAMES = ["q", "page", "role", "topic", "region", "municipality", "call", "stage", "status"]
QUERY_NAMES += ["year", "sort", "email", "date", "roadmap"]
# Every public URL, by name (the completeness test below fails when one is added without
# being walked here); the arguments are filled in from the objects made in setUpTestData.
LANGUAGE_URLS = [
    "home",
    "about",
    "privacy",
    "open_data",
    "registrations:experiments",
    "registrations:feed",
    "registrations:experiment",
    "registrations:call",
    "registrations:statistics",
    "registrations:results",
    "registrations:result_experiments",
    "registrations:failures",
    "registrations:spread",
    "registrations:programmes",
    "registrations:programme",
    "registrations:register",
    "registrations:organisation_suggestions",
    "registrations:similar_suggestions",
    "registrations:contact",
    "registrations:register_form",
    "registrations:new_link",
    "registrations:private",
    "registrations:private_edit",
    "registrations:roadmaps",
    "registrations:roadmap",
    "registrations:roadmap_versions",
    "registrations:roadmap_link",
    "registrations:roadmap_edit",
    "registrations:private_report",
    "network:municipalities",
    "network:municipality",
    "network:region",
    "network:topics",
    "network:topic",
    "network:events",
    "network:events_calendar",
    "network:event",
    "network:event_calendar",
    "registrations:event_signup",
    "registrations:signup_private",
    "registrations:signup_calendar",
    "network:group",
    "admin:login",
]
UNPREFIXED_URLS = [
    "robots",
    "sitemap-index",
    "django.contrib.sitemaps.views.sitemap",
    "healthz",
    "open_data_file",
    "dcat_catalogue",
    "api:schema",
    "api:docs",
    "api:api-root",
    *(
        f"api:{kind}-{view}"
        for kind in (
            "experiment",
            "programme",
            "call",
            "region",
            "municipality",
            "topic",
            "organisation",
            "event",
            "group",
            "mentoring",
            "report",
        )
        for view in ("list", "detail")
    ),
]


def public_url_names() -> set[str]:
    """Every named URL of the site but the admin's (its login page is walked)."""
    names = set()

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace != "admin":
                    inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                    walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(namespace + pattern.name)

    walk(get_resolver().url_patterns)
    return names | {"admin:login"}


class GuardTestCase(TestCase):
    def get(self, path, *, query=b"", raw_path=None):
        extra = {"QUERY_STRING": query.decode("latin-1")}
        if raw_path is not None:
            extra["PATH_INFO"] = raw_path.decode("latin-1")
        return self.client.generic("GET", path, **extra)

    def post(self, path, body, *, content_type=FORM, **extra):
        return self.client.generic("POST", path, data=body, content_type=content_type, **extra)

    def assertAnswered(self, response, language, context):
        self.assertLess(response.status_code, 500, context)
        if response.status_code // 100 != 3 and response["Content-Type"].startswith("text/html"):
            found = re.search(rb'<html lang="([a-z]+)"', response.content)
            self.assertIsNotNone(found, context)
            self.assertEqual(found.group(1).decode(), language, context)

    def assertRefused(self, response, language, status=400):
        self.assertEqual(response.status_code, status)
        heading = {"fi": "Pyyntöä ei voitu lukea", "sv": "Begäran kunde inte läsas"}[language]
        self.assertContains(response, f"<h1>{heading}</h1>", status_code=status)
        self.assertContains(response, f'<html lang="{language}">', status_code=status)


class SeenOnMainTestCase(GuardTestCase):
    """The requests that answered 500 before the guard."""

    def test_a_nul_byte_in_a_search_is_refused_in_the_pages_language(self):
        for path, language in [
            ("/fi/kokeilut/", "fi"),
            ("/sv/forsok/", "sv"),
            ("/fi/kunnat/", "fi"),
            ("/sv/kommuner/", "sv"),
        ]:
            with self.subTest(path=path):
                self.assertRefused(self.client.get(path, {"q": "\x00"}), language)

    def test_a_nul_byte_in_the_path_is_refused(self):
        for path in ["/fi/kokeilut/%00/", "/fi/kunnat/%00/", "/fi/maakunnat/%00/"]:
            with self.subTest(path=path):
                self.assertRefused(self.client.get(path), "fi")
        self.assertRefused(self.client.get("/sv/landskap/%00/"), "sv")

    def test_a_form_in_utf_7_is_refused(self):
        for path, language in [("/fi/oma-ilmoittautuminen/", "fi"), ("/sv/min-anmalan/", "sv")]:
            with self.subTest(path=path):
                response = self.post(path, b"email=a%40b.fi", content_type=f"{FORM}; charset=utf-7")
                self.assertRefused(response, language)

    def test_an_unknown_charset_is_refused(self):
        response = self.post("/sv/min-anmalan/", b"email=a", content_type=f"{FORM}; charset=x-no")
        self.assertRefused(response, "sv")


class GuardRulesTestCase(GuardTestCase):
    def test_invalid_utf_8_in_the_path_is_refused_as_a_server_hands_it_over(self):
        self.assertRefused(self.get("/", raw_path=b"/sv/forsok/\xff/"), "sv")

    def test_an_address_longer_than_gunicorns_request_line_is_refused(self):
        self.assertRefused(self.get("/sv/forsok/", query=b"q=" + b"x" * 4100), "sv")

    def test_text_in_any_language_passes(self):
        response = self.client.get("/sv/forsok/", {"q": "Åbo – tjänst 😀\t"})
        self.assertEqual(response.status_code, 200)

    def test_line_breaks_in_a_form_pass(self):
        response = self.post("/fi/oma-ilmoittautuminen/", b"email=a%0D%0Ab")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'aria-invalid="true"')

    def test_a_file_upload_is_refused(self):
        for language, path in [("fi", "/fi/oma-ilmoittautuminen/"), ("sv", "/sv/min-anmalan/")]:
            upload = SimpleUploadedFile("ansokan.txt", b"hej")
            with self.subTest(language=language), self.assertLogs("django.security", "ERROR"):
                response = self.client.post(path, {"email": "a@b.fi", "file": upload})
            self.assertRefused(response, language)

    def test_a_nul_byte_in_a_multipart_form_is_refused(self):
        response = self.client.post("/sv/min-anmalan/", {"email": "a@b.fi\x00"})
        self.assertRefused(response, "sv")

    def test_a_body_over_the_limit_is_refused_unread(self):
        # The declared length is 200 MB; the guard answers before reading a byte of it.
        for content_type in ["multipart/form-data; boundary=x", FORM]:
            with self.subTest(content_type=content_type):
                response = self.post(
                    "/fi/oma-ilmoittautuminen/",
                    b"--x",
                    content_type=content_type,
                    CONTENT_LENGTH=str(200 * 1024 * 1024),
                )
                self.assertRefused(response, "fi", status=413)

    def test_a_ten_megabyte_form_is_refused(self):
        body = b"email=" + b"a" * (10 * 1024 * 1024)
        self.assertRefused(self.post("/sv/min-anmalan/", body), "sv", status=413)

    def test_a_malformed_length_is_refused(self):
        response = self.post("/fi/oma-ilmoittautuminen/", b"email=a", CONTENT_LENGTH="12abc")
        self.assertRefused(response, "fi")

    def test_it_logs_why_and_never_what(self):
        with self.assertLogs("digikunta.input_guard", "WARNING") as logs:
            self.client.get("/fi/kokeilut/", {"q": "maija@kunta.example\x00"})
        self.assertEqual(
            logs.output,
            [
                "WARNING:digikunta.input_guard:Refused a request: the query string has a control "
                "character"
            ],
        )


class EveryPublicUrlTestCase(GuardTestCase):
    """Every public URL, in both languages, with every payload in its path and its query."""

    @classmethod
    def setUpTestData(cls):
        cls.programme = Programme.objects.create(
            name_fi="Ohjelma", name_sv="Program", slug="ohjelma", start_year=2026, is_published=True
        )
        cls.call = CallFactory(slug="digiverkosto", programme=cls.programme)
        cls.organisation = OrganisationFactory()
        cls.experiment = make_registration(
            call=cls.call, status=Status.ACCEPTED, partner_organisations=[cls.organisation]
        )
        cls.waiting = make_registration(call=cls.call, status=Status.SUBMITTED)
        cls.report = reports.start_report(registration=cls.experiment, kind=ReportKind.FINAL)
        cls.municipality = cls.experiment.lead_municipality
        cls.topic = cls.experiment.topics.get()
        cls.mentoring = Introduction.objects.create(
            kind="mentor",
            first=make_registration(call=cls.call, role=Role.VAIKUTTAJA),
            second=cls.experiment,
            state=IntroductionState.ACTIVE,
            first_public=True,
            second_public=True,
        )
        cls.group = NetworkGroup.objects.create(
            name_fi="Robotit", name_sv="Robotar", slug="robotit", is_published=True
        )
        cls.event = EventFactory(slug="tyopaja")
        cls.signup = make_signup(cls.event)
        cls.roadmap = make_roadmap(cls.municipality)
        cls.accepted_report = accepted_report(
            make_registration(call=cls.call, language="fi"), by=None, kind=ReportKind.PROGRESS
        )

    def setUp(self):
        # The bulk files exist, so that their addresses answer.
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        open_data = override_settings(OPEN_DATA_ROOT=folder.name)
        open_data.enable()
        self.addCleanup(open_data.disable)
        writer.export()

    def url_kwargs(self, name):
        signup_token = make_signup_token(self.signup)
        return {
            "network:event": {"slug": self.event.slug},
            "network:event_calendar": {"slug": self.event.slug},
            "registrations:event_signup": {"slug": self.event.slug},
            "registrations:signup_private": {"token": signup_token},
            "registrations:signup_calendar": {"token": signup_token},
            "registrations:experiment": {"reference": self.experiment.reference},
            "registrations:contact": {"reference": self.experiment.reference},
            "network:group": {"slug": self.group.slug},
            "registrations:call": {"slug": self.call.slug},
            "registrations:programme": {"slug": self.programme.slug},
            "registrations:register_form": {"call": self.call.slug, "role": "kokeilija"},
            "registrations:private": {"token": make_token(self.waiting)},
            "registrations:private_edit": {"token": make_token(self.waiting)},
            "registrations:roadmap": {"slug": self.roadmap.slug},
            "registrations:roadmap_versions": {"slug": self.roadmap.slug},
            "registrations:roadmap_edit": {"token": roadmap_token(self.roadmap)},
            "registrations:private_report": {
                "token": make_token(self.experiment),
                "pk": self.report.pk,
            },
            "network:municipality": {"code": self.municipality.code},
            "network:region": {"code": self.municipality.region.code},
            "network:topic": {"slug": self.topic.slug},
            "django.contrib.sitemaps.views.sitemap": {"section": "experiments"},
            "open_data_file": {"name": "digikunta-csv-latest.zip"},
            "dcat_catalogue": {"form": "ttl"},
            "api:experiment-detail": {"reference": self.experiment.reference},
            "api:programme-detail": {"slug": self.programme.slug},
            "api:call-detail": {"slug": self.call.slug},
            "api:region-detail": {"code": self.municipality.region.code},
            "api:municipality-detail": {"code": self.municipality.code},
            "api:topic-detail": {"slug": self.topic.slug},
            "api:organisation-detail": {"pk": self.organisation.pk},
            "api:event-detail": {"slug": self.event.slug},
            "api:group-detail": {"slug": self.group.slug},
            "api:mentoring-detail": {"pk": self.mentoring.pk},
            "api:report-detail": {"pk": self.accepted_report.pk},
        }.get(name, {})

    def urls(self):
        """(name, language, path) of every public URL, in each of its languages."""
        for name in LANGUAGE_URLS:
            for language in ("fi", "sv"):
                with override(language):
                    yield name, language, reverse(name, kwargs=self.url_kwargs(name))
        for name in UNPREFIXED_URLS:
            yield name, "fi", reverse(name, kwargs=self.url_kwargs(name))

    def test_the_walk_lists_every_public_url(self):
        self.assertEqual(set(LANGUAGE_URLS) | set(UNPREFIXED_URLS), public_url_names())

    def test_every_url_answers_every_payload_in_its_query(self):
        for name, language, path in self.urls():
            self.assertEqual(self.client.get(path).status_code // 100, 2, path)
            for label, payload in PAYLOADS.items():
                query = b"&".join(name.encode() + b"=" + payload for name in QUERY_NAMES)
                response = self.get(path, query=query)
                self.assertAnswered(response, language, f"{name} ?{label}")

    def test_every_url_answers_every_payload_in_its_path(self):
        for name, language, path in self.urls():
            for label, payload in PAYLOADS.items():
                # In place of the last segment (an object's code, or the page's own name), or
                # after the language of a home page.
                head, last = path.rstrip("/").rsplit("/", 1)
                if last == language:
                    head = path.rstrip("/")
                raw_path = head.encode() + b"/" + payload + (b"/" if path.endswith("/") else b"")
                response = self.get(path, raw_path=raw_path)
                self.assertAnswered(response, language, f"{name} path {label}")


class EveryFormTestCase(GuardTestCase):
    """Every form, in both languages: each payload in every field, and in one field of
    otherwise valid answers."""

    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory(slug="digiverkosto")
        cls.registration = make_registration(call=cls.call, status=Status.SUBMITTED)
        cls.event = EventFactory(slug="tyopaja", capacity=2, waiting_capacity=1)
        cls.signup = make_signup(cls.event)
        cls.experiment = make_registration(call=cls.call, status=Status.ACCEPTED)
        cls.report = reports.start_report(registration=cls.experiment, kind=ReportKind.FINAL)

    def forms(self):
        """(name, language, path, valid answers) of every form that is sent by POST."""
        lead = self.registration.lead_municipality
        answers = kokeilija_data(lead, self.registration.topics.get(), action="submit")
        token = make_token(self.registration)
        for language in ("fi", "sv"):
            with override(language):
                yield (
                    "registration",
                    language,
                    reverse(
                        "registrations:register_form",
                        kwargs={"call": self.call.slug, "role": "kokeilija"},
                    ),
                    answers,
                )
                yield "new link", language, reverse("registrations:new_link"), {"email": "a@b.fi"}
                yield (
                    "private edit",
                    language,
                    reverse("registrations:private_edit", args=[token]),
                    answers,
                )
                yield (
                    "report",
                    language,
                    reverse(
                        "registrations:private_report",
                        args=[make_token(self.experiment), self.report.pk],
                    ),
                    final_report_data(),
                )
                yield "admin login", language, reverse("admin:login"), {"username": "x"}
                yield (
                    "event sign-up",
                    language,
                    reverse("registrations:event_signup", args=[self.event.slug]),
                    {
                        "name": "Aino",
                        "email": f"aino.{language}@example.fi",
                        "language": language,
                        "consent": "on",
                    },
                )
                yield (
                    "sign-up cancel",
                    language,
                    reverse("registrations:signup_private", args=[make_signup_token(self.signup)]),
                    {"cancel": "1"},
                )

    def test_every_form_answers_every_payload(self):
        for form, language, path, answers in self.forms():
            valid = urlencode(answers, doseq=True).encode()
            for label, payload in PAYLOADS.items():
                every_field = b"&".join(name.encode() + b"=" + payload for name in answers)
                one_field = valid + b"&" + next(iter(answers)).encode() + b"=" + payload
                for body in (every_field, one_field):
                    response = self.post(path, body)
                    self.assertAnswered(response, language, f"{form} {label}")

    def test_a_huge_answer_gets_the_form_back_with_its_error(self):
        answers = kokeilija_data(
            self.registration.lead_municipality,
            self.registration.topics.get(),
            title="x" * 200_000,
        )
        for language, path in [
            ("fi", "/fi/ilmoittaudu/digiverkosto/kokeilija/"),
            ("sv", "/sv/anmalan/digiverkosto/kokeilija/"),
        ]:
            with self.subTest(language=language):
                response = self.client.post(path, answers)
                self.assertContains(response, f'<html lang="{language}">')
                self.assertContains(response, 'id="error-summary"')


class LimitsTestCase(TestCase):
    def test_the_guard_and_gunicorn_agree_on_the_longest_address(self):
        from pathlib import Path

        settings = {}
        config = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"
        exec(config.read_text(), settings)  # noqa: S102 (our own file)
        # Longer than the guard's, so that the guard's page in the page's language answers.
        self.assertGreater(settings["limit_request_line"], input_guard.MAX_URL_BYTES)
        self.assertIsNone(settings["accesslog"], "gunicorn's access log would show query strings")
