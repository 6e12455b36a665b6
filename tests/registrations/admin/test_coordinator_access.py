from django.contrib.auth.models import Group
from django.test import TestCase

from network.models import Municipality
from registrations.models import Call
from registrations.services.coordinators import GROUP_NAME
from tests.base import BaseTestCase
from tests.factories import MunicipalityFactory, RegionFactory, make_registration

ADMIN_PAGES = [
    "",
    "network/municipality/",
    "network/region/",
    "network/topic/",
    "network/topic/add/",
    "network/organisation/",
    "registrations/call/",
    "registrations/call/add/",
    "registrations/registration/",
]


class CoordinatorAdminTestCase(BaseTestCase):
    def test_it_opens_every_page_for_a_coordinator_in_finnish(self):
        self.client.force_login(self.coordinator)
        for page in ADMIN_PAGES:
            with self.subTest(page):
                response = self.client.get(f"/fi/admin/{page}")
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, '<html lang="fi"')

    def test_it_opens_every_page_for_a_coordinator_in_swedish(self):
        self.client.force_login(self.coordinator)
        response = self.client.get("/sv/admin/")
        self.assertContains(response, "Koordinatorernas arbetsyta")
        self.assertContains(response, "Utlysningar och anmälningar")
        for page in ADMIN_PAGES:
            with self.subTest(page):
                self.assertEqual(self.client.get(f"/sv/admin/{page}").status_code, 200)

    def test_it_shows_registration_and_call_forms_with_language_tabs(self):
        self.client.force_login(self.coordinator)
        registration = make_registration()
        response = self.client.get(
            f"/fi/admin/registrations/registration/{registration.pk}/change/"
        )
        self.assertContains(response, 'name="title_fi"')
        self.assertContains(response, 'name="title_sv"')
        self.assertContains(response, "tabbed_translation_fields.js")
        self.assertContains(response, "/static/vendor/jquery-ui/jquery-ui.min.js")

    def test_it_sends_an_anonymous_visitor_to_the_login(self):
        for page in ADMIN_PAGES:
            with self.subTest(page):
                response = self.client.get(f"/fi/admin/{page}")
                self.assertEqual(response.status_code, 302)
                self.assertIn("/fi/admin/login/", response["Location"])

    def test_it_keeps_out_a_user_who_is_not_staff(self):
        self.client.force_login(self.outsider)
        response = self.client.get("/fi/admin/registrations/registration/")
        self.assertEqual(response.status_code, 302)

    def test_a_coordinator_cannot_edit_statistics_finlands_data(self):
        self.client.force_login(self.coordinator)
        municipality = MunicipalityFactory()
        response = self.client.post(
            f"/fi/admin/network/municipality/{municipality.pk}/change/",
            {"name_fi": "Muutettu", "name_sv": "Ändrad"},
        )
        self.assertEqual(response.status_code, 403)
        self.assertNotEqual(Municipality.objects.get().name_fi, "Muutettu")
        self.assertEqual(self.client.get("/fi/admin/auth/user/").status_code, 403)


class RegistrationSearchTestCase(BaseTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.turku = MunicipalityFactory(name_fi="Turku", name_sv="Åbo")
        cls.registration = make_registration(
            lead_municipality=cls.turku, title="Osallistuva budjetointi"
        )
        make_registration(title="Muu kokeilu")

    def search(self, term):
        self.client.force_login(self.coordinator)
        response = self.client.get("/sv/admin/registrations/registration/", {"q": term})
        return list(response.context["cl"].result_list)

    def test_it_finds_by_the_swedish_name_of_the_municipality(self):
        self.assertEqual(self.search("Åbo"), [self.registration])

    def test_it_finds_by_the_finnish_name_and_the_title(self):
        self.assertEqual(self.search("Turku"), [self.registration])
        self.assertEqual(self.search("budjetointi"), [self.registration])

    def test_it_filters_by_region(self):
        self.client.force_login(self.coordinator)
        response = self.client.get(
            "/fi/admin/registrations/registration/", {"regions__id__exact": self.turku.region_id}
        )
        self.assertEqual(list(response.context["cl"].result_list), [self.registration])


class MunicipalityAdminTestCase(BaseTestCase):
    def test_it_finds_municipalities_by_swedish_name_and_filters_by_region(self):
        region = RegionFactory()
        MunicipalityFactory(name_fi="Vaasa", name_sv="Vasa", region=region)
        MunicipalityFactory(name_fi="Oulu", name_sv="Uleåborg")
        self.client.force_login(self.coordinator)
        response = self.client.get("/fi/admin/network/municipality/", {"q": "Uleåborg"})
        self.assertEqual([m.name_fi for m in response.context["cl"].result_list], ["Oulu"])
        response = self.client.get(
            "/fi/admin/network/municipality/", {"region__id__exact": region.pk}
        )
        self.assertEqual([m.name_fi for m in response.context["cl"].result_list], ["Vaasa"])


class CoordinatorsGroupTestCase(TestCase):
    def test_it_has_exactly_the_permissions_coordinators_need(self):
        group = Group.objects.get(name=GROUP_NAME)
        codenames = set(group.permissions.values_list("content_type__app_label", "codename"))
        expected = {
            ("network", "view_region"),
            ("network", "view_municipality"),
            ("registrations", "view_decision"),
            ("registrations", "view_sentemail"),
            # The audit history, read only, and the personal-data page.
            ("network", "view_historicaltopic"),
            ("network", "view_historicalorganisation"),
            ("network", "view_historicalprogramme"),
            ("network", "view_historicalnetworkgroup"),
            ("registrations", "view_historicalcall"),
            ("registrations", "view_historicalfeetier"),
            ("registrations", "view_historicalregistration"),
            ("registrations", "view_historicaldecision"),
            ("registrations", "view_historicalperspective"),
            ("registrations", "view_historicalroadmap"),
            ("registrations", "view_historicalroadmaplevel"),
            ("registrations", "view_historicalroadmapgoal"),
            ("registrations", "view_historicalroadmapaction"),
            ("registrations", "view_personaldatarequest"),
            ("registrations", "find_personal_data"),
            ("registrations", "erase_personal_data"),
            ("network", "view_historicalprogramme"),
            ("network", "view_historicalnetworkgroup"),
            # Events and their sign-ups.
            ("network", "view_historicalevent"),
            ("network", "view_historicaleventmaterial"),
            ("registrations", "view_historicalsignup"),
            # Matching: suggestions seen, dismissed; introductions proposed and followed.
            ("registrations", "view_suggestion"),
            ("registrations", "view_dismissal"),
            ("registrations", "add_dismissal"),
            ("registrations", "add_introduction"),
            ("registrations", "change_introduction"),
            ("registrations", "view_introduction"),
            ("registrations", "view_historicalintroduction"),
            ("registrations", "view_historicalgroupmembership"),
            ("registrations", "view_contactmessage"),
            # Programmes and network groups, with their history.
            ("network", "view_historicalprogramme"),
            ("network", "view_historicalnetworkgroup"),
            # Reports: the reminders sent, and the history of what was reviewed and verified.
            ("registrations", "view_reportreminder"),
            ("registrations", "view_historicalreport"),
            ("registrations", "view_historicalsavings"),
            ("registrations", "view_historicaladoption"),
            ("registrations", "view_historicalopendataset"),
            ("registrations", "view_historicalmaterial"),
        }
        for app_label, model in [
            ("network", "topic"),
            ("network", "organisation"),
            ("network", "programme"),
            ("network", "networkgroup"),
            ("registrations", "call"),
            ("registrations", "feetier"),
            ("registrations", "registration"),
            ("network", "programme"),
            ("network", "networkgroup"),
            ("network", "event"),
            ("network", "eventmaterial"),
            ("registrations", "signup"),
            ("registrations", "groupmembership"),
            ("registrations", "perspective"),
            ("registrations", "roadmap"),
            ("registrations", "roadmaplevel"),
            ("registrations", "roadmapgoal"),
            ("registrations", "roadmapaction"),
            ("registrations", "report"),
            ("registrations", "savings"),
            ("registrations", "adoption"),
            ("registrations", "opendataset"),
            ("registrations", "material"),
        ]:
            expected |= {
                (app_label, f"{action}_{model}") for action in ["add", "change", "delete", "view"]
            }
        self.assertEqual(codenames, expected)


class CallAdminTestCase(BaseTestCase):
    def post_call(self, **overrides):
        data = {
            "title_fi": "Digiverkosto 2027",
            "title_sv": "Diginätverket 2027",
            "description_fi": "",
            "description_sv": "",
            "slug": "digiverkosto-2027",
            "opens_at_0": "2027-03-01",
            "opens_at_1": "09:00",
            "closes_at_0": "2027-05-08",
            "closes_at_1": "16:00",
            "late_until_0": "2027-06-06",
            "late_until_1": "12:00",
            "roles": "both",
            "is_published": "on",
            "fee_tiers-TOTAL_FORMS": "2",
            "fee_tiers-INITIAL_FORMS": "0",
            "fee_tiers-0-max_population": "5000",
            "fee_tiers-0-fee_eur": "1500",
            "fee_tiers-1-max_population": "",
            "fee_tiers-1-fee_eur": "8000",
        } | overrides
        self.client.force_login(self.coordinator)
        return self.client.post("/sv/admin/registrations/call/add/", data)

    def test_a_coordinator_adds_a_call_with_fee_tiers(self):
        response = self.post_call()
        self.assertEqual(response.status_code, 302)
        call = Call.objects.get()
        self.assertEqual(call.title_sv, "Diginätverket 2027")
        self.assertEqual(call.fee_for(4000), 1500)
        self.assertEqual(call.fee_for(400_000), 8000)

    def test_it_refuses_a_deadline_before_the_opening_in_swedish(self):
        response = self.post_call(closes_at_0="2027-02-01")
        self.assertContains(
            response, "Sista anmälningsdagen måste vara senare än öppningstidpunkten."
        )
        self.assertFalse(Call.objects.exists())
