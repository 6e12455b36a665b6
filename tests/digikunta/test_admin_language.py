"""The admin's titles and counts read as Finnish and Swedish, not as "20 ilmoittautumiset"."""

from django.contrib.auth.models import User

from registrations.services import mail
from tests.base import BaseTestCase
from tests.factories import CallFactory, MunicipalityFactory, TopicFactory, make_registration

REGISTRATIONS = "registrations/registration/"


class AdminCountTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        call, municipality, topic = CallFactory(), MunicipalityFactory(), TopicFactory()
        for _ in range(20):
            make_registration(call=call, lead_municipality=municipality, topics=[topic])

    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_a_number_takes_the_partitive_in_finnish(self):
        response = self.client.get(f"/fi/admin/{REGISTRATIONS}")
        self.assertContains(response, "20 ilmoittautumista")
        self.assertNotContains(response, "20 ilmoittautumiset")

    def test_a_number_takes_the_plural_in_swedish(self):
        self.assertContains(self.client.get(f"/sv/admin/{REGISTRATIONS}"), "20 anmälningar")

    def test_one_takes_the_singular_and_none_the_partitive(self):
        self.assertContains(self.client.get("/fi/admin/registrations/call/"), "\n1 haku\n")
        self.assertContains(self.client.get("/sv/admin/registrations/call/"), "\n1 utlysning\n")
        response = self.client.get(f"/fi/admin/{REGISTRATIONS}", {"q": "nothing-matches-this"})
        self.assertContains(response, "0 ilmoittautumista")

    def test_every_list_of_ours_counts_in_words(self):
        for page, finnish, swedish in [
            ("network/topic/", "aihetta", "teman"),
            ("registrations/sentemail/", "0 sähköpostia", "0 e-postmeddelanden"),
            ("network/organisation/", "organisaatio", "organisation"),
            ("network/region/", "maakunta", "landskap"),
            ("network/municipality/", "kunta", "kommun"),
        ]:
            with self.subTest(page):
                self.assertContains(self.client.get(f"/fi/admin/{page}"), finnish)
                self.assertContains(self.client.get(f"/sv/admin/{page}"), swedish)

    def test_a_list_without_its_own_words_says_name_and_number(self):
        user = User.objects.create_superuser("paakayttaja", "paa@vm.example", "salasana-123")
        self.client.force_login(user)
        response = self.client.get("/fi/admin/auth/user/")
        self.assertContains(response, "Käyttäjät: 3")


class AdminTitleTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.registration = make_registration()
        cls.call = cls.registration.call

    def setUp(self):
        self.client.force_login(self.coordinator)

    def test_a_change_page_takes_the_partitive_in_finnish(self):
        response = self.client.get(f"/fi/admin/{REGISTRATIONS}{self.registration.pk}/change/")
        self.assertContains(response, "<h1>Muokkaa ilmoittautumista</h1>", html=True)
        self.assertContains(response, "| Muokkaa ilmoittautumista |")
        self.assertNotContains(response, "Muokkaa ilmoittautuminen")
        response = self.client.get(f"/fi/admin/registrations/call/{self.call.pk}/change/")
        self.assertContains(response, "<h1>Muokkaa hakua</h1>", html=True)

    def test_a_change_page_in_swedish(self):
        response = self.client.get(f"/sv/admin/{REGISTRATIONS}{self.registration.pk}/change/")
        self.assertContains(response, "<h1>Ändra anmälan</h1>", html=True)

    def test_an_add_page_keeps_djangos_accusative(self):
        response = self.client.get("/fi/admin/registrations/call/add/")
        self.assertContains(response, "<h1>Lisää haku</h1>", html=True)
        self.assertContains(response, "uusi: Maksuluokka")  # "Lisää" is JSON-escaped there

    def test_a_page_only_to_view_says_so(self):
        sent = mail.queue_confirmation(self.registration)
        response = self.client.get(f"/fi/admin/registrations/sentemail/{sent.pk}/change/")
        self.assertContains(response, "<h1>Näytä sähköposti</h1>", html=True)


class AdminUntranslatedTestCase(BaseTestCase):
    def test_no_english_is_left_for_screen_readers_in_finnish(self):
        self.client.force_login(self.coordinator)
        response = self.client.get("/fi/admin/")
        for english in ["Model name", "Add link", "Change or view list link"]:
            self.assertNotContains(response, english)
        self.assertContains(response, '<th scope="col">Sisältö</th>', html=True)
