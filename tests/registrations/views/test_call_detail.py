from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.test import TestCase
from django.utils import timezone

from registrations.models import Status
from tests.base import PageTestMixin
from tests.factories import CallFactory, FeeTierFactory, make_registration

HELSINKI = ZoneInfo("Europe/Helsinki")


def past_call(**fields):
    """A call of 2016: it opened, closed and took no late registrations years ago."""
    return CallFactory(
        opens_at=datetime(2016, 1, 4, 9, tzinfo=HELSINKI),
        closes_at=datetime(2016, 3, 31, 16, tzinfo=HELSINKI),
        **fields,
    )


class CallDetailTestCase(PageTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallFactory(
            slug="digiverkosto", title_fi="Digiverkosto 2027", title_sv="Diginätverket 2027"
        )
        FeeTierFactory(call=cls.call, max_population=5000, fee_eur=1500)
        FeeTierFactory(call=cls.call, max_population=None, fee_eur=8000)

    def test_it_shows_the_call_and_its_fees_in_finnish(self):
        response = self.client.get("/fi/haut/digiverkosto/")
        self.assertPage(response, language="fi", title="Digiverkosto 2027")
        self.assertContains(response, "Avoinna: määräaika on")
        self.assertContains(response, "enintään 5\xa0000")
        self.assertContains(response, "8\xa0000\xa0€")

    def test_it_shows_the_call_in_swedish(self):
        response = self.client.get("/sv/utlysningar/digiverkosto/")
        self.assertPage(response, language="sv", title="Diginätverket 2027")
        self.assertContains(response, "Öppen: sista anmälningsdag är")
        self.assertContains(response, "1\xa0500\xa0€")

    def test_an_unpublished_call_is_not_found(self):
        CallFactory(slug="luonnos", is_published=False)
        self.assertEqual(self.client.get("/fi/haut/luonnos/").status_code, 404)

    def test_it_makes_five_queries(self):
        make_registration(call=self.call, title="Chatbotti kirjastoon")
        with self.assertNumQueries(5):
            # the call, its fee tiers, its newest public experiments, their topics, how many
            # there are
            self.client.get("/fi/haut/digiverkosto/")
        for _ in range(3):
            make_registration(call=self.call)
        with self.assertNumQueries(5):
            self.client.get("/fi/haut/digiverkosto/")


class CallTenseTestCase(TestCase):
    """A call that opened years ago says so in the past tense; one that opens later, in the
    future."""

    def test_a_past_call_opened_in_finnish(self):
        past_call(slug="vanha")
        response = self.client.get("/fi/haut/vanha/")
        self.assertContains(response, "<dt>Avautui</dt><dd>4.1.2016 9.00</dd>", html=True)
        self.assertContains(response, "Päättyi 31.3.2016.")
        self.assertNotContains(response, "Avautuu")

    def test_a_past_call_opened_in_swedish(self):
        past_call(slug="vanha")
        response = self.client.get("/sv/utlysningar/vanha/")
        self.assertContains(response, "<dt>Öppnades</dt><dd>4.1.2016 9.00</dd>", html=True)
        self.assertContains(response, "Stängdes 31.3.2016.")
        self.assertNotContains(response, "Öppnas")

    def test_a_future_call_opens(self):
        opens = timezone.now() + timedelta(days=30)
        CallFactory(slug="tuleva", opens_at=opens, closes_at=opens + timedelta(days=30))
        for path, future, past in [
            ("/fi/haut/tuleva/", "Avautuu", "Avautui"),
            ("/sv/utlysningar/tuleva/", "Öppnas", "Öppnades"),
        ]:
            with self.subTest(path):
                response = self.client.get(path)
                self.assertContains(response, f"<dt>{future}</dt>", html=True)
                self.assertContains(response, f"{future} ")  # "Avautuu 1.2.2027 9.00."
                self.assertNotContains(response, past)

    def test_late_registrations_end_at_a_deadline_of_their_own(self):
        now = timezone.now()
        CallFactory(
            slug="myohassa",
            opens_at=now - timedelta(days=40),
            closes_at=now - timedelta(days=1),
            late_until=now + timedelta(days=5),
        )
        finnish = self.client.get("/fi/haut/myohassa/")
        self.assertContains(finnish, "<dt>Jälki-ilmoittautumisen määräaika</dt>", html=True)
        self.assertContains(finnish, "jälki-ilmoittautumisia otetaan vastaan")
        swedish = self.client.get("/sv/utlysningar/myohassa/")
        self.assertContains(swedish, "<dt>Sista dag för sena anmälningar</dt>", html=True)


class PastCallTestCase(PageTestMixin, TestCase):
    """A call of 2016: its page shows the call open now and lists what came of it."""

    @classmethod
    def setUpTestData(cls):
        cls.past = past_call(
            slug="digikuntakokeilu-2016",
            title_fi="Digikuntakokeilu 2016",
            title_sv="Digikommunförsöket 2016",
        )
        cls.open = CallFactory(
            slug="digiverkosto", title_fi="Digiverkosto 2027", title_sv="Diginätverket 2027"
        )
        for title in ["Sähköinen rakennuslupa", "Chatbotti kirjastoon", "Etävastaanotto"]:
            make_registration(call=cls.past, title=title)
        make_registration(call=cls.past, title="Hylätty idea", status=Status.REJECTED)
        make_registration(call=cls.open, title="Uuden haun kokeilu")

    def test_it_shows_the_call_open_now_in_finnish(self):
        response = self.client.get("/fi/haut/digikuntakokeilu-2016/")
        self.assertPage(response, language="fi", title="Digikuntakokeilu 2016")
        self.assertContains(response, "Avoimet haut")
        self.assertContains(response, '<a href="/fi/haut/digiverkosto/">Digiverkosto 2027</a>')
        self.assertContains(response, 'href="/fi/ilmoittaudu/">Ilmoittaudu')
        self.assertNotContains(response, "Seuraavaa hakua ei ole vielä ilmoitettu")

    def test_it_shows_the_call_open_now_in_swedish(self):
        response = self.client.get("/sv/utlysningar/digikuntakokeilu-2016/")
        self.assertPage(response, language="sv", title="Digikommunförsöket 2016")
        self.assertContains(response, "Öppna utlysningar")
        self.assertContains(
            response, '<a href="/sv/utlysningar/digiverkosto/">Diginätverket 2027</a>'
        )
        self.assertNotContains(response, "Nästa utlysning har inte meddelats ännu")

    def test_it_names_the_next_call_when_none_is_open(self):
        self.open.registrations.all().delete()
        self.open.delete()
        opens = timezone.now() + timedelta(days=60)
        CallFactory(
            title_fi="Digiverkosto 2028", opens_at=opens, closes_at=opens + timedelta(days=30)
        )
        response = self.client.get("/fi/haut/digikuntakokeilu-2016/")
        self.assertContains(response, "Seuraava haku")
        self.assertContains(response, "Digiverkosto 2028")

    def test_it_says_when_no_next_call_is_announced(self):
        self.open.registrations.all().delete()
        self.open.delete()
        response = self.client.get("/sv/utlysningar/digikuntakokeilu-2016/")
        self.assertContains(response, "Nästa utlysning har inte meddelats ännu.")

    def test_it_lists_its_public_experiments_in_finnish(self):
        response = self.client.get("/fi/haut/digikuntakokeilu-2016/")
        self.assertContains(response, '<h2 id="experiments-heading">3 kokeilua</h2>', html=True)
        for title in ["Sähköinen rakennuslupa", "Chatbotti kirjastoon", "Etävastaanotto"]:
            self.assertContains(response, title)
        self.assertNotContains(response, "Hylätty idea")
        self.assertNotContains(response, "Uuden haun kokeilu")
        self.assertContains(
            response,
            '<a href="/fi/kokeilut/?call=digikuntakokeilu-2016">'
            "Hae ja rajaa tämän haun kokeiluja</a>",
            html=True,
        )

    def test_it_lists_its_public_experiments_in_swedish(self):
        response = self.client.get("/sv/utlysningar/digikuntakokeilu-2016/")
        self.assertContains(response, '<h2 id="experiments-heading">3 försök</h2>', html=True)
        self.assertContains(response, "Etävastaanotto")
        self.assertContains(
            response,
            '<a href="/sv/forsok/?call=digikuntakokeilu-2016">'
            "Sök och filtrera försöken i utlysningen</a>",
            html=True,
        )

    def test_the_link_leads_to_the_same_experiments(self):
        response = self.client.get("/fi/kokeilut/", {"call": "digikuntakokeilu-2016"})
        self.assertContains(response, "3 kokeilua")
        self.assertContains(response, "Etävastaanotto")
        self.assertNotContains(response, "Uuden haun kokeilu")

    def test_it_lists_the_newest_twenty_and_counts_them_all(self):
        for number in range(20):
            make_registration(call=self.past, title=f"Kokeilu numero {number}")
        response = self.client.get("/fi/haut/digikuntakokeilu-2016/")
        self.assertContains(response, "23 kokeilua")
        self.assertContains(response, 'class="experiment-card"', count=20 + 1)  # + open call
        self.assertContains(response, "Tässä näytetään 23 kokeilusta 20 uusinta.")
        self.assertContains(response, "Kokeilu numero 19")
        self.assertNotContains(response, "Sähköinen rakennuslupa")  # the oldest

    def test_it_makes_six_queries(self):
        with self.assertNumQueries(6):
            # the call, its fee tiers, its newest public experiments, their topics, how many
            # there are, the calls open now (or the next one)
            self.client.get("/fi/haut/digikuntakokeilu-2016/")
        for _ in range(3):
            make_registration(call=self.past)
        with self.assertNumQueries(6):
            self.client.get("/fi/haut/digikuntakokeilu-2016/")


class RegisterButtonTestCase(TestCase):
    def test_an_open_call_leads_to_the_registration(self):
        CallFactory(slug="digiverkosto")
        response = self.client.get("/fi/haut/digiverkosto/")
        self.assertContains(response, 'href="/fi/ilmoittaudu/">Ilmoittaudu')

    def test_a_call_for_one_role_leads_straight_to_its_form(self):
        CallFactory(slug="vain-kokeilijat", roles="kokeilija")
        response = self.client.get("/sv/utlysningar/vain-kokeilijat/")
        self.assertContains(response, 'href="/sv/anmalan/vain-kokeilijat/kokeilija/">Anmäl dig')

    def test_a_closed_call_has_no_button(self):
        now = timezone.now()
        CallFactory(
            slug="vanha", opens_at=now - timedelta(days=90), closes_at=now - timedelta(days=30)
        )
        self.assertNotContains(self.client.get("/fi/haut/vanha/"), "btn btn-primary")
