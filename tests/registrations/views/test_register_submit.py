"""Sending a registration: the review step, one save, e-mail, call windows, spam guard."""

import smtplib
import uuid
from datetime import timedelta
from unittest import mock

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.test import TestCase, override_settings
from django.utils import timezone

from registrations.forms.fields import SpamGuard
from registrations.models import EmailState, Registration, SentEmail, Status
from tests.factories import (
    CallFactory,
    FeeTierFactory,
    MunicipalityFactory,
    RegionFactory,
    TopicFactory,
    make_registration,
)
from tests.outbox import deliver
from tests.registrations.form_data import kokeilija_data, vaikuttaja_data


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPException("the mail server is down")


@override_settings(COORDINATOR_EMAILS=["koordinaattori@vm.example"])
class SubmitTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory(
            slug="digiverkosto", title_fi="Digiverkosto", title_sv="Diginätverket"
        )
        FeeTierFactory(call=cls.call, max_population=20000, fee_eur=3000)
        FeeTierFactory(call=cls.call, max_population=None, fee_eur=8000)
        region = RegionFactory(name_fi="Pohjanmaa", name_sv="Österbotten")
        cls.vaasa = MunicipalityFactory(
            name_fi="Vaasa", name_sv="Vasa", region=region, population=68_000
        )
        cls.narpio = MunicipalityFactory(
            name_fi="Närpiö", name_sv="Närpes", region=region, population=9_000
        )
        cls.topic = TopicFactory(name_fi="Sähköinen asiointi", name_sv="E-tjänster")

    def post(self, data, *, language="fi", role="kokeilija", slug="digiverkosto"):
        path = "ilmoittaudu" if language == "fi" else "anmalan"
        return self.client.post(f"/{language}/{path}/{slug}/{role}/", data)

    def swedish_influencer(self, **overrides):
        return vaikuttaja_data(
            self.vaasa,
            self.topic,
            title="Digitala bygglov",
            reform="Vi digitaliserade bygglovsprocessen.",
            changes="E-tjänst och elektroniskt arkiv.",
            contact_name="Sara Lindqvist",
            contact_email="sara.lindqvist@vasa.example",
            contact_language="sv",
            municipalities=[str(self.narpio.pk)],
            **overrides,
        )


class ReviewStepTestCase(SubmitTestCase):
    def test_it_shows_similar_public_experiments_before_sending(self):
        similar = make_registration(
            title="Chatbotti kirjaston asiakaspalveluun Oulussa", topics=[self.topic]
        )
        make_registration(
            title="Chatbotti kirjaston neuvontaan", topics=[self.topic], status=Status.SUBMITTED
        )
        response = self.post(kokeilija_data(self.vaasa, self.topic))
        self.assertContains(response, "Tätä on jo kokeiltu")
        self.assertContains(response, similar.get_absolute_url())
        self.assertNotContains(response, "Chatbotti kirjaston neuvontaan")
        self.assertEqual(Registration.objects.count(), 2, "nothing is saved before the send")

    def test_it_shows_the_fee_of_the_lead_municipality(self):
        response = self.post(kokeilija_data(self.narpio, self.topic))
        self.assertContains(response, "Kuntasi osallistumismaksu on 3\xa0000\xa0€.")

    def test_going_back_keeps_every_answer_without_errors(self):
        data = kokeilija_data(self.vaasa, self.topic, action="edit")
        response = self.post(data)
        self.assertNotContains(response, "data-error-summary")
        self.assertContains(response, "Chatbotti kirjaston asiakaspalveluun")

    def test_html_stays_text(self):
        response = self.post(kokeilija_data(self.vaasa, self.topic, title="<b>Lihavoitu</b>"))
        self.assertContains(response, "&lt;b&gt;Lihavoitu&lt;/b&gt;")
        self.assertNotContains(response, "<b>Lihavoitu</b>")


class SendTestCase(SubmitTestCase):
    def test_it_saves_a_swedish_influencers_registration(self):
        response = self.post(
            self.swedish_influencer(action="submit"), language="sv", role="vaikuttaja"
        )
        registration = Registration.objects.get()
        self.assertTrue(response.url.startswith("/sv/min-anmalan/"))
        self.assertEqual(registration.status, Status.SUBMITTED)
        self.assertEqual(registration.role, "vaikuttaja")
        self.assertEqual(registration.language, "sv")
        self.assertEqual(registration.title_sv, "Digitala bygglov")
        self.assertEqual(registration.savings_eur_per_year, 48000)
        self.assertEqual(registration.contact_phone, "+358401234567")
        self.assertEqual(registration.fee_eur, 8000)
        self.assertFalse(registration.is_late)
        self.assertIsNotNone(registration.privacy_consent_at)
        self.assertEqual(set(registration.municipalities.all()), {self.vaasa, self.narpio})
        page = self.client.get(response.url)
        self.assertContains(page, f"Tack! Vi har tagit emot din anmälan {registration.reference}.")

    def test_it_confirms_by_email_in_the_contacts_language_and_tells_the_coordinators(self):
        self.post(self.swedish_influencer(action="submit"), language="fi", role="vaikuttaja")
        registration = Registration.objects.get()
        confirmation, notice = deliver()
        self.assertEqual(confirmation.to, ["sara.lindqvist@vasa.example"])
        self.assertEqual(
            confirmation.subject, f"Vi har tagit emot din anmälan {registration.reference}"
        )
        self.assertIn("Hej Sara Lindqvist,", confirmation.body)
        self.assertIn("/sv/min-anmalan/", confirmation.body)
        self.assertIn("Digitala bygglov", confirmation.body)
        html, mimetype = confirmation.alternatives[0]
        self.assertEqual(mimetype, "text/html")
        self.assertIn('<html lang="sv">', html)
        self.assertEqual(notice.to, ["koordinaattori@vm.example"])
        self.assertIn(registration.reference, notice.subject)
        self.assertIn("sara.lindqvist@vasa.example", notice.body)
        self.assertEqual(
            list(SentEmail.objects.values_list("kind", "state")),
            [("coordinator_notice", "sent"), ("confirmation", "sent")],
        )

    def test_a_double_submit_saves_one_registration(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit")
        first = self.post(data)
        second = self.post(data)
        self.assertEqual(Registration.objects.count(), 1)
        self.assertEqual(first.url, second.url)
        self.assertEqual(len(deliver()), 2, "one confirmation, one notice")
        reference = Registration.objects.get().reference
        page = self.client.get(second.url)
        thanks = f"Kiitos! Olemme vastaanottaneet ilmoittautumisesi {reference}."
        self.assertContains(page, thanks, count=1)

    @override_settings(
        EMAIL_BACKEND="tests.registrations.views.test_register_submit.FailingBackend"
    )
    def test_a_failing_mail_server_never_loses_the_registration(self):
        response = self.post(kokeilija_data(self.vaasa, self.topic, action="submit"))
        self.assertEqual(response.status_code, 302)
        with self.assertLogs("registrations.services.outbox", level="WARNING"):
            deliver()
        registration = Registration.objects.get()
        waiting = SentEmail.objects.filter(registration=registration, state=EmailState.QUEUED)
        self.assertEqual(waiting.count(), 2, "to be tried again")
        self.assertIn("the mail server is down", waiting.first().error)

    def test_a_new_organisation_is_added_once_and_an_existing_one_is_reused(self):
        partners = {
            "partners-0-name": "Yrkeshögskolan Novia",
            "partners-0-kind": "education_research",
        }
        self.post(kokeilija_data(self.vaasa, self.topic, action="submit", **partners))
        self.post(kokeilija_data(self.narpio, self.topic, action="submit", **partners))
        first, second = Registration.objects.order_by("pk")
        self.assertEqual(
            list(first.partner_organisations.all()), list(second.partner_organisations.all())
        )


class SpamGuardTestCase(SubmitTestCase):
    def test_a_filled_honeypot_saves_nothing(self):
        response = self.post(kokeilija_data(self.vaasa, self.topic, action="submit", website="x"))
        self.assertContains(response, "Lomakkeen lähettäminen ei onnistunut.")
        self.assertFalse(Registration.objects.exists())

    def test_a_form_sent_in_a_second_saves_nothing(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit")
        data["started"] = SpamGuard.started_value()
        self.post(data)
        self.assertFalse(Registration.objects.exists())

    def test_a_real_persons_pace_passes(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit")
        data["started"] = SpamGuard.started_value(seconds_ago=SpamGuard.MINIMUM_SECONDS + 1)
        self.post(data)
        self.assertEqual(Registration.objects.count(), 1)


class CallWindowTestCase(SubmitTestCase):
    def make_call(self, slug, *, opens, closes, late=None):
        now = timezone.now()
        return CallFactory(
            slug=slug,
            opens_at=now + timedelta(days=opens),
            closes_at=now + timedelta(days=closes),
            late_until=now + timedelta(days=late) if late is not None else None,
        )

    def test_before_it_opens_the_form_is_closed_and_names_the_call_open_now(self):
        self.make_call("tuleva", opens=10, closes=40)
        response = self.client.get("/fi/ilmoittaudu/tuleva/kokeilija/")
        self.assertContains(response, "Ilmoittautuminen hakuun Haku")
        self.assertContains(response, "ei ole vielä alkanut.")
        self.assertContains(response, "Avautuu ")
        self.assertContains(response, "Avoimet haut")
        self.assertContains(response, 'href="/fi/haut/digiverkosto/">Digiverkosto</a>')

    def test_a_past_calls_form_names_the_call_open_now_in_swedish(self):
        self.make_call("gammal", opens=-400, closes=-370)
        response = self.client.get("/sv/anmalan/gammal/kokeilija/")
        self.assertContains(response, "Anmälan är stängd", status_code=200)
        self.assertRegex(
            response.content.decode(), r"Anmälningstiden för Utlysning \d+ har gått ut\."
        )
        self.assertContains(response, "Stängdes ")
        self.assertContains(response, "Öppna utlysningar")
        self.assertContains(response, 'href="/sv/utlysningar/digiverkosto/">Diginätverket</a>')
        self.assertNotContains(response, "Nästa utlysning har inte meddelats ännu")

    def test_in_the_late_period_it_is_accepted_and_marked_late(self):
        self.make_call("myohassa", opens=-40, closes=-1, late=5)
        response = self.client.get("/fi/ilmoittaudu/myohassa/kokeilija/")
        self.assertContains(response, "määräaika on päättynyt, mutta jälki-ilmoittautumisia")
        self.post(kokeilija_data(self.vaasa, self.topic, action="submit"), slug="myohassa")
        self.assertTrue(Registration.objects.get().is_late)

    def test_after_the_late_period_nothing_is_saved(self):
        self.make_call("paattynyt", opens=-40, closes=-10, late=-1)
        response = self.post(
            kokeilija_data(self.vaasa, self.topic, action="submit"), slug="paattynyt"
        )
        self.assertContains(response, "Ilmoittautuminen on suljettu")
        self.assertFalse(Registration.objects.exists())

    def test_a_call_that_closes_while_the_form_is_open_refuses_the_send(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit")
        later = timezone.now() + timedelta(days=365)
        with mock.patch("django.utils.timezone.now", return_value=later):
            response = self.post(data)
        self.assertContains(response, "Ilmoittautuminen on suljettu")
        self.assertFalse(Registration.objects.exists())

    def test_a_role_the_call_does_not_take_has_no_form(self):
        CallFactory(slug="vain-kokeilijat", roles="kokeilija")
        self.assertEqual(
            self.client.get("/fi/ilmoittaudu/vain-kokeilijat/vaikuttaja/").status_code, 404
        )
        self.assertEqual(self.client.get("/fi/ilmoittaudu/digiverkosto/hakkeri/").status_code, 404)


class OneFormLoadTestCase(SubmitTestCase):
    """One loaded form saves one registration: its start token works once."""

    def setUp(self):
        # Sent at once after loading (a person needs more than 3 seconds; time is not tested here).
        patcher = mock.patch.object(SpamGuard, "MINIMUM_SECONDS", 0)
        patcher.start()
        self.addCleanup(patcher.stop)

    def load_form(self, language="fi"):
        path = "ilmoittaudu" if language == "fi" else "anmalan"
        response = self.client.get(f"/{language}/{path}/digiverkosto/kokeilija/")
        form = response.context["form"]
        return {"started": form["started"].value(), "submission_key": str(uuid.uuid4())}

    def test_a_second_registration_from_one_form_load_is_refused(self):
        for language, error in [
            ("fi", "Lomakkeen lähettäminen ei onnistunut."),
            ("sv", "Det gick inte att skicka blanketten."),
        ]:
            with self.subTest(language):
                Registration.objects.all().delete()
                loaded = self.load_form(language)
                first = self.post(
                    kokeilija_data(self.vaasa, self.topic, action="submit", **loaded),
                    language=language,
                )
                self.assertEqual(first.status_code, 302)
                another = loaded | {"submission_key": str(uuid.uuid4())}
                second = self.post(
                    kokeilija_data(
                        self.narpio, self.topic, action="submit", title="Toinen", **another
                    ),
                    language=language,
                )
                self.assertContains(second, error)
                self.assertContains(second, 'value="Toinen"', msg_prefix="nothing typed is lost")
                self.assertEqual(Registration.objects.count(), 1)
                # The form comes back with a fresh start, so a person can still send it.
                self.assertNotEqual(second.context["form"]["started"].value(), loaded["started"])

    def test_a_double_click_saves_once_and_answers_the_same(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit", **self.load_form())
        first = self.post(data)
        second = self.post(data)
        self.assertEqual(Registration.objects.count(), 1)
        self.assertEqual(second.status_code, 302)
        self.assertEqual(first.url, second.url)
        page = self.client.get(second.url)
        self.assertContains(page, Registration.objects.get().reference)
        self.assertEqual(len(deliver()), 2, "one confirmation, one notice")

    def test_the_review_and_going_back_use_nothing_up(self):
        loaded = self.load_form()
        for action in ["review", "edit", "review", "submit"]:
            response = self.post(kokeilija_data(self.vaasa, self.topic, action=action, **loaded))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Registration.objects.count(), 1)

    def test_a_send_that_saved_nothing_leaves_the_form_usable(self):
        loaded = self.load_form()
        later = timezone.now() + timedelta(days=365)
        with mock.patch("django.utils.timezone.now", return_value=later):
            closed = self.post(kokeilija_data(self.vaasa, self.topic, action="submit", **loaded))
        self.assertContains(closed, "Ilmoittautuminen on suljettu")
        again = loaded | {"submission_key": str(uuid.uuid4())}
        self.post(kokeilija_data(self.vaasa, self.topic, action="submit", **again))
        self.assertEqual(Registration.objects.count(), 1)

    def test_a_form_older_than_a_week_is_refused(self):
        data = kokeilija_data(self.vaasa, self.topic, action="submit")
        data["started"] = SpamGuard.started_value(seconds_ago=SpamGuard.MAXIMUM_SECONDS + 60)
        response = self.post(data)
        self.assertContains(response, "Lomakkeen lähettäminen ei onnistunut.")
        self.assertFalse(Registration.objects.exists())

    @override_settings(
        CACHES={
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens: the cache is down
                "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            }
        }
    )
    def test_a_shared_cache_that_does_not_answer_loses_no_registration(self):
        with self.assertLogs(level="WARNING"):
            response = self.post(kokeilija_data(self.vaasa, self.topic, action="submit"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Registration.objects.count(), 1)


class SubmitLimitTestCase(SubmitTestCase):
    @override_settings(RATE_LIMITS=settings.RATE_LIMITS | {"registrations_per_ip": "2/h"})
    def test_one_client_sends_a_limited_number_of_registrations(self):
        for _ in range(2):
            self.post(kokeilija_data(self.vaasa, self.topic, action="review"))
            self.post(kokeilija_data(self.vaasa, self.topic, action="submit"))
        self.assertEqual(Registration.objects.count(), 2, "the reviews count for nothing")
        response = self.post(kokeilija_data(self.vaasa, self.topic, action="submit"))
        self.assertContains(response, "Liian monta pyyntöä", status_code=429)
        self.assertContains(response, "Yritä uudelleen", status_code=429)
        self.assertEqual(Registration.objects.count(), 2)
        other_client = self.client.post(
            "/fi/ilmoittaudu/digiverkosto/kokeilija/",
            kokeilija_data(self.vaasa, self.topic, action="submit"),
            REMOTE_ADDR="192.0.2.8",
        )
        self.assertEqual(other_client.status_code, 302)

    @override_settings(RATE_LIMITS=settings.RATE_LIMITS | {"registrations_per_address": "2/h"})
    def test_one_address_is_sent_a_limited_number_of_confirmations(self):
        for number in range(3):
            response = self.client.post(
                "/sv/anmalan/digiverkosto/kokeilija/",
                kokeilija_data(self.vaasa, self.topic, action="submit"),
                REMOTE_ADDR=f"192.0.2.{number}",
            )
        self.assertContains(response, "För många förfrågningar", status_code=429)
        self.assertContains(response, '<html lang="sv">', status_code=429)
        self.assertEqual(Registration.objects.count(), 2)
        self.assertEqual(len(deliver()), 4, "two confirmations, two notices")
