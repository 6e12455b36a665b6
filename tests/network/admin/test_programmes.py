from network.models import NetworkGroup, Programme
from tests.base import BaseTestCase, log_in


class ProgrammeAdminTestCase(BaseTestCase):
    def setUp(self):
        log_in(self.client, "koordinaattori", "salasana-123")

    def test_it_lets_a_coordinator_add_a_programme_in_both_languages(self):
        response = self.client.post(
            "/fi/admin/network/programme/add/",
            {
                "name_fi": "Kokeiluviikko",
                "name_sv": "Försöksveckan",
                "slug": "kokeiluviikko",
                "organiser": "Valtiovarainministeriö",
                "start_year": "2018",
                "end_year": "2018",
                "is_published": "on",
            },
        )
        self.assertEqual(response.status_code, 302)
        programme = Programme.objects.get(slug="kokeiluviikko")
        self.assertEqual((programme.name_fi, programme.name_sv), ("Kokeiluviikko", "Försöksveckan"))
        self.assertEqual(programme.years, "2018")

    def test_it_refuses_a_last_year_before_the_first_in_swedish(self):
        response = self.client.post(
            "/sv/admin/network/programme/add/",
            {
                "name_fi": "Ohjelma",
                "name_sv": "Program",
                "slug": "ohjelma",
                "start_year": "2019",
                "end_year": "2017",
            },
        )
        self.assertContains(response, "Det sista året kan inte vara före det första.")
        self.assertFalse(Programme.objects.exists())

    def test_it_lists_network_groups_in_finnish(self):
        NetworkGroup.objects.create(
            name_fi="Laskurobotit", name_sv="Fakturarobotar", slug="robotit"
        )
        response = self.client.get("/fi/admin/network/networkgroup/")
        self.assertContains(response, "Laskurobotit")
        self.assertContains(response, "1 teemaryhmä")
