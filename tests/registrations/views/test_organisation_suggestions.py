"""Organisation names suggested as a registrant types: public organisations only, any input."""

from unittest import skipUnless

from django.conf import settings
from django.db import connection
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils.translation import override

from registrations.models import Status
from tests.factories import CallFactory, OrganisationFactory, make_registration


def suggestions_url(language="fi"):
    with override(language):
        return reverse("registrations:organisation_suggestions")


class SuggestionsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.keski_suomi = OrganisationFactory(
            name_fi="Keski-Suomen liitto", name_sv="Landskapsförbundet i Mellersta Finland"
        )
        cls.keskus = OrganisationFactory(name_fi="Digikeskus Oy", name_sv="Digicentret Ab")
        cls.hame = OrganisationFactory(name_fi="Hämeen liitto", name_sv="Tavastlands förbund")
        make_registration(lead_organisation=cls.keski_suomi, partner_organisations=[cls.keskus])
        make_registration(partner_organisations=[cls.hame])

    def names(self, q, language="fi"):
        response = self.client.get(suggestions_url(language), {"q": q})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()["names"]


class FindingTestCase(SuggestionsTestCase):
    def test_it_finds_an_organisation_by_its_finnish_name(self):
        self.assertEqual(self.names("hämeen"), ["Hämeen liitto"])

    def test_it_finds_an_organisation_by_its_swedish_name(self):
        self.assertEqual(self.names("tavast"), ["Tavastlands förbund"])
        self.assertEqual(self.names("mellersta"), ["Landskapsförbundet i Mellersta Finland"])

    def test_it_does_not_mind_case_or_how_the_letters_are_composed(self):
        self.assertEqual(self.names("KESKI-suomen"), ["Keski-Suomen liitto"])
        # "ä" typed as "a" and a combining diaeresis, as some keyboards send it
        self.assertEqual(self.names("Ha\u0308meen"), ["Hämeen liitto"])
        self.assertEqual(self.names("  hämeen    liitto "), ["Hämeen liitto"])

    @skipUnless(connection.vendor == "postgresql", "SQLite ignores the case of ASCII letters only")
    def test_it_does_not_mind_the_case_of_letters_beyond_ascii(self):
        self.assertEqual(self.names("HÄMEEN"), ["Hämeen liitto"])
        akademi = OrganisationFactory(name_fi="Åbo Akademi", name_sv="Åbo Akademi")
        make_registration(partner_organisations=[akademi])
        self.assertEqual(self.names("åBO"), ["Åbo Akademi"])

    def test_it_lists_the_names_that_start_with_the_text_first(self):
        # "Digikeskus Oy" comes first alphabetically, but has "kes" only in the middle.
        self.assertEqual(self.names("kes"), ["Keski-Suomen liitto", "Digikeskus Oy"])

    def test_it_suggests_leads_and_partners_of_public_registrations(self):
        self.assertEqual(self.names("liitto"), ["Hämeen liitto", "Keski-Suomen liitto"])
        self.assertEqual(
            self.names("förbund"),
            ["Landskapsförbundet i Mellersta Finland", "Tavastlands förbund"],
        )

    def test_it_suggests_at_most_ten_names(self):
        organisations = [OrganisationFactory(name_fi=f"Kylätalo {n:02} ry") for n in range(15)]
        make_registration(partner_organisations=organisations)
        names = self.names("kylätalo")
        self.assertEqual(names, [f"Kylätalo {n:02} ry" for n in range(10)])

    def test_it_suggests_a_name_once(self):
        same = OrganisationFactory(name_fi="Nimi Oy", name_sv="Nimi Oy")
        make_registration(lead_organisation=same, partner_organisations=[same])
        self.assertEqual(self.names("nimi"), ["Nimi Oy"])

    def test_it_suggests_nothing_for_one_character(self):
        with self.assertNumQueries(0):
            self.assertEqual(self.names("k"), [])
            self.assertEqual(self.names(" k "), [])
            self.assertEqual(self.names(""), [])
        response = self.client.get(suggestions_url())
        self.assertEqual(response.json(), {"names": []})

    def test_its_query_count_is_fixed(self):
        with self.assertNumQueries(1):
            self.names("hämeen")
        make_registration(
            partner_organisations=[OrganisationFactory(name_fi=f"Häme {n} ry") for n in range(12)]
        )
        with self.assertNumQueries(1):
            self.assertEqual(len(self.names("häme")), 10)

    def test_it_answers_at_both_language_urls(self):
        self.assertEqual(suggestions_url("fi")[:4], "/fi/")
        self.assertEqual(suggestions_url("sv")[:4], "/sv/")
        self.assertEqual(self.names("tavast", language="fi"), ["Tavastlands förbund"])
        self.assertEqual(self.names("hämeen", language="sv"), ["Hämeen liitto"])

    def test_it_may_be_cached_by_anyone_for_a_short_while(self):
        response = self.client.get(suggestions_url(), {"q": "kes"})
        self.assertIn("public", response["Cache-Control"])
        self.assertIn("max-age=300", response["Cache-Control"])
        self.assertFalse(response.cookies)

    def test_the_form_page_embeds_no_names_but_says_where_to_ask(self):
        CallFactory(slug="digiverkosto")
        response = self.client.get("/fi/ilmoittaudu/digiverkosto/kokeilija/")
        self.assertNotContains(response, "Hämeen liitto")
        self.assertContains(
            response,
            f'<datalist id="organisation-names" data-suggestions="{suggestions_url()}"></datalist>',
            html=True,
        )


class PrivacyTestCase(SuggestionsTestCase):
    def test_it_never_suggests_an_organisation_only_in_a_registration_that_is_not_public(self):
        for status in [Status.SUBMITTED, Status.NEEDS_CHANGES, Status.REJECTED, Status.WITHDRAWN]:
            with self.subTest(status):
                lead = OrganisationFactory(name_fi=f"Salainen {status.value} Oy", name_sv="")
                partner = OrganisationFactory(name_fi=f"Salainen {status.value} ry", name_sv="")
                make_registration(
                    status=status, lead_organisation=lead, partner_organisations=[partner]
                )
                self.assertEqual(self.names("salainen"), [])
                self.assertEqual(self.names(status.value), [])

    def test_it_suggests_an_organisation_once_one_of_its_registrations_is_public(self):
        both = OrganisationFactory(name_fi="Kaksoisyhdistys ry")
        make_registration(status=Status.SUBMITTED, partner_organisations=[both])
        self.assertEqual(self.names("kaksois"), [])
        make_registration(status=Status.ACCEPTED, partner_organisations=[both])
        self.assertEqual(self.names("kaksois"), ["Kaksoisyhdistys ry"])

    def test_it_never_suggests_an_organisation_in_no_registration(self):
        OrganisationFactory(name_fi="Yksinäinen Oy")
        self.assertEqual(self.names("yksinäinen"), [])


class JunkTestCase(SuggestionsTestCase):
    def test_it_answers_junk_with_an_empty_list(self):
        for raw in [
            "%25%25",  # LIKE's wildcards, taken as text
            "__",
            "%5C%5C",  # backslashes
            "x" * 4000,
            "%F0%9F%98%80%F0%9F%98%80",  # emoji
            "%E2%80%AE%E2%80%8B%E2%80%8B",  # right-to-left override, zero-width spaces
            "a" + "%CC%81" * 600,  # combining accents
            "%EF%B7%90" * 3,  # non-characters
            "'%20OR%201=1--",
        ]:
            with self.subTest(raw[:30]):
                response = self.client.get(f"{suggestions_url()}?q={raw}")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.json(), {"names": []})

    def test_it_never_sees_what_no_page_can_read(self):
        # Refused before any view by the input guard (digikunta/input_guard.py).
        for raw in [
            "%00",
            "%00%00%00",
            "%00k%00",
            "%ff%fe%fd",  # not UTF-8
            "%ed%a0%80%ed%a0%80",  # a surrogate, encoded
            "x" * 100_000,
            "a" + "%CC%81" * 5000,
        ]:
            with self.subTest(raw[:30]):
                response = self.client.get(f"{suggestions_url()}?q={raw}")
                self.assertEqual(response.status_code, 400)

    def test_it_takes_the_last_of_several_queries(self):
        response = self.client.get(f"{suggestions_url()}?q=zz&q=hämeen")
        self.assertEqual(response.json(), {"names": ["Hämeen liitto"]})

    def test_it_answers_only_to_get(self):
        self.assertEqual(self.client.post(suggestions_url(), {"q": "kes"}).status_code, 405)


@override_settings(RATE_LIMITS=settings.RATE_LIMITS | {"suggestions_per_ip": "3/m"})
class LimitTestCase(SuggestionsTestCase):
    def test_one_client_asks_a_limited_number_of_times_a_minute(self):
        for _ in range(3):
            self.names("häme")
        # Refused before the database is asked; no shared cache may keep the refusal.
        with self.assertNumQueries(0):
            response = self.client.get(suggestions_url("sv"), {"q": "häme"})
        self.assertContains(response, "För många förfrågningar", status_code=429)
        self.assertNotIn("public", response.get("Cache-Control", ""))
        other = self.client.get(suggestions_url(), {"q": "häme"}, REMOTE_ADDR="192.0.2.44")
        self.assertEqual(other.status_code, 200)
