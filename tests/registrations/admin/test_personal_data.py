"""The coordinators' personal-data page: find one person's data, download it, erase it after a
confirmation, in Finnish and Swedish; the address never in a URL; each use recorded."""

import json

from django.contrib.auth.models import Permission, User

from registrations.models import PersonalDataAction, PersonalDataRequest, Registration
from tests.base import BaseTestCase
from tests.registrations.people import ADDRESS, NAME, PHONE, maija_everywhere
from tests.traces import traces

FIND = "/{language}/admin/registrations/personaldatarequest/find/"
LOG = "/{language}/admin/registrations/personaldatarequest/"


class PersonalDataPageTestCase(BaseTestCase):
    def setUp(self):
        self.maija = maija_everywhere(coordinator=self.coordinator)
        self.client.force_login(self.coordinator)

    def post(self, step, language="fi", address=ADDRESS):
        return self.client.post(FIND.format(language=language), {"email": address, "step": step})


class FindPageTestCase(PersonalDataPageTestCase):
    def test_the_form_asks_for_the_address_in_finnish(self):
        response = self.client.get(FIND.format(language="fi"))
        self.assertContains(response, '<html lang="fi"')
        self.assertContains(response, "Etsi yhden henkilön tiedot")
        self.assertContains(response, "Sähköpostiosoite")
        self.assertContains(response, 'method="post"')
        self.assertFalse(PersonalDataRequest.objects.exists())

    def test_the_form_asks_for_the_address_in_swedish(self):
        response = self.client.get(FIND.format(language="sv"))
        self.assertContains(response, '<html lang="sv"')
        self.assertContains(response, "Sök en persons uppgifter")
        self.assertContains(response, "E-postadress")

    def test_an_address_in_the_url_is_not_searched(self):
        response = self.client.get(FIND.format(language="fi"), {"email": ADDRESS})
        self.assertNotContains(response, self.maija.accepted.reference)
        self.assertFalse(PersonalDataRequest.objects.exists())

    def test_a_wrong_address_gets_an_error_next_to_the_field_in_both_languages(self):
        response = self.post("find", "fi", "maija@")
        self.assertContains(response, "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.")
        self.assertContains(response, 'value="maija@"', msg_prefix="what was typed stays")
        response = self.post("find", "sv", "")
        self.assertContains(response, "Skriv e-postadressen vars uppgifter du söker.")
        self.assertFalse(PersonalDataRequest.objects.exists())

    def test_it_lists_everything_held_and_records_the_search(self):
        response = self.post("find")
        self.assertContains(response, f"Tiedot osoitteesta {ADDRESS}")
        for registration in (self.maija.accepted, self.maija.rejected):
            self.assertContains(response, registration.reference)
        self.assertContains(response, "Ilmoittautumisten historiatiedot")
        self.assertContains(response, f"Hei {NAME}!")
        self.assertContains(response, "Lataa JSON-tiedostona")
        self.assertContains(response, "Poista…")
        self.assertIn("no-store", response["Cache-Control"])
        request = PersonalDataRequest.objects.get()
        self.assertEqual((request.action, request.made_by), ("find", self.coordinator))

    def test_it_shows_the_earlier_requests_about_the_same_address(self):
        self.post("find")
        response = self.post("find", "sv")
        self.assertContains(response, "Tidigare begäranden om den här adressen")
        self.assertContains(response, "Uppgifterna söktes")


class DownloadTestCase(PersonalDataPageTestCase):
    def test_it_downloads_everything_as_json_and_records_it(self):
        response = self.post("export")
        self.assertEqual(response["Content-Type"], "application/json; charset=utf-8")
        self.assertIn("attachment;", response["Content-Disposition"])
        self.assertNotIn("maija", response["Content-Disposition"])
        self.assertIn("no-store", response["Cache-Control"])
        data = json.loads(response.content)
        self.assertEqual(len(data["registrations"]), 2)
        self.assertEqual(PersonalDataRequest.objects.get().action, PersonalDataAction.EXPORT)


class ErasePageTestCase(PersonalDataPageTestCase):
    def test_it_asks_for_confirmation_first_in_finnish(self):
        response = self.post("confirm")
        self.assertContains(response, f"Poistetaanko osoitteen {ADDRESS} tiedot?")
        self.assertContains(response, "Hylätyt ja perutut ilmoittautumiset poistetaan.")
        self.assertContains(response, 'value="erase"')
        self.assertEqual(Registration.objects.filter(contact_email=ADDRESS).count(), 2)
        self.assertFalse(PersonalDataRequest.objects.filter(action="erase").exists())

    def test_it_asks_for_confirmation_first_in_swedish(self):
        response = self.post("confirm", "sv")
        self.assertContains(response, f"Ska uppgifterna om {ADDRESS} raderas?")
        self.assertContains(response, "Ja, radera")

    def test_erasing_leaves_no_trace_and_is_recorded(self):
        response = self.post("erase", "sv")
        self.assertRedirects(response, LOG.format(language="sv"), fetch_redirect_response=False)
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [])
        request = PersonalDataRequest.objects.get(action="erase")
        self.assertEqual(request.made_by, self.coordinator)
        self.assertEqual(request.source, "admin")
        log = self.client.get(response["Location"])
        self.assertContains(log, "Personens uppgifter har raderats")
        self.assertContains(log, "Uppgifterna raderades")
        self.assertContains(log, "Borttagna anmälningar: 1")
        self.assertEqual(traces(ADDRESS, NAME, PHONE), [], "nor in the session's messages")

    def test_staff_without_the_permission_to_erase_can_only_look(self):
        staff = User.objects.create_user("tietosuoja", is_staff=True)
        staff.user_permissions.add(Permission.objects.get(codename="find_personal_data"))
        self.client.force_login(staff)
        response = self.post("find")
        self.assertContains(response, "Lataa JSON-tiedostona")
        self.assertNotContains(response, "Poista…")
        self.assertEqual(self.post("confirm").status_code, 403)
        self.assertEqual(self.post("erase").status_code, 403)
        self.assertTrue(traces(ADDRESS))

    def test_others_may_not_even_look(self):
        self.client.force_login(User.objects.create_user("vieras", is_staff=True))
        self.assertEqual(self.client.get(FIND.format(language="fi")).status_code, 403)
        self.assertEqual(self.post("find").status_code, 403)
        self.client.force_login(self.outsider)
        self.assertEqual(self.post("find").status_code, 302)
        self.assertFalse(PersonalDataRequest.objects.exists())


class RequestLogTestCase(PersonalDataPageTestCase):
    def test_the_log_links_to_the_page_and_cannot_be_edited(self):
        self.post("find")
        response = self.client.get(LOG.format(language="fi"))
        self.assertContains(response, FIND.format(language="fi"))
        self.assertContains(response, "Tiedot etsitty")
        self.assertNotContains(response, ADDRESS)
        request = PersonalDataRequest.objects.get()
        change = f"{LOG.format(language='fi')}{request.pk}/change/"
        self.assertEqual(self.client.post(change, {"action": "erase"}).status_code, 403)
        self.assertEqual(self.client.get(f"{LOG.format(language='fi')}add/").status_code, 403)
