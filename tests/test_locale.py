import json
import re
import subprocess
from pathlib import Path

import polib
from django.contrib.auth.models import User
from django.test import SimpleTestCase, TestCase
from django.urls import reverse
from django.utils.translation import gettext, override

from registrations.models import Role
from tests.style import SWEDISH_NI, finnish_te_forms

LOCALE = Path(__file__).resolve().parent.parent / "locale"


class CatalogueTestCase(SimpleTestCase):
    def test_it_has_no_untranslated_or_fuzzy_entry(self):
        for catalogue in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
            with self.subTest(str(catalogue.relative_to(LOCALE))):
                result = subprocess.run(
                    ["msgfmt", "--check", "--statistics", "-o", "/dev/null", catalogue],
                    capture_output=True,
                    text=True,
                )
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertNotIn("untranslated", result.stderr)
                self.assertNotIn("fuzzy", result.stderr)

    def test_the_role_names_are_the_programmes_own(self):
        with override("fi"):
            self.assertEqual(str(Role.KOKEILIJA.label), "kokeilija")
            self.assertEqual(str(Role.VAIKUTTAJA.label), "vaikuttaja")
        with override("sv"):
            self.assertEqual(str(Role.KOKEILIJA.label), "försökare")
            self.assertEqual(str(Role.VAIKUTTAJA.label), "påverkare")

    def test_the_url_paths_are_translated(self):
        paths = {
            "registrations:experiments": ("/fi/kokeilut/", "/sv/forsok/"),
            "network:municipalities": ("/fi/kunnat/", "/sv/kommuner/"),
            "network:topics": ("/fi/aiheet/", "/sv/teman/"),
            "about": ("/fi/tietoa/", "/sv/om/"),
            "registrations:organisation_suggestions": (
                "/fi/ilmoittaudu/organisaatiot/",
                "/sv/anmalan/organisationer/",
            ),
        }
        for name, (finnish, swedish) in paths.items():
            with self.subTest(name):
                with override("fi"):
                    self.assertEqual(reverse(name), finnish)
                with override("sv"):
                    self.assertEqual(reverse(name), swedish)

    def test_our_own_translation_wins_over_djangos(self):
        with override("fi"):
            self.assertEqual(gettext("Search"), "Hae")
        with override("sv"):
            self.assertEqual(gettext("Skip to main content"), "Hoppa till huvudinnehållet")


def _msgstrs(language: str, domain: str = "django"):
    """(msgid, translated text) of every entry of our catalogue, each plural form apart."""
    for entry in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / f"{domain}.po")):
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            yield entry.msgid, text


class FormOfAddressTestCase(SimpleTestCase):
    def test_the_finder_knows_the_te_forms_and_leaves_other_words_alone(self):
        for bad in [
            "Mitä haluatte kokeilla?",
            "Voit katsoa ilmoittautumistanne.",
            "Kuntanne osallistumismaksu",
            "Mitä muutitte toimintatavoissanne?",
            "sen sijaan, että aloittaisitte yksin",
            "Koordinaattori on teihin yhteydessä.",
            "Kertokaa, mitä haluatte.",
            "Valitkaa haku.",
            "Olettehan lukenut?",
        ]:
            with self.subTest(bad):
                self.assertTrue(finnish_te_forms(bad))
        for good in [
            "Mitä haluat kokeilla ja miksi?",
            "Muokkaa ilmoittautumista",
            "Hylkää valitut ilmoittautumiset",
            "Kerro, milloin kokeilu alkaa.",
            "mitä voidaan jakaa muille",
            "Tule tänne.",
            "Teematilaisuudet",
            "ei analytiikkaa, mainoksia",
            "Sitoudumme jakamaan tuloksemme",
        ]:
            with self.subTest(good):
                self.assertEqual(finnish_te_forms(good), [])
        self.assertTrue(SWEDISH_NI.search("Vad vill ni pröva?"))
        self.assertTrue(SWEDISH_NI.search("Er anmälan har godkänts"))
        self.assertFalse(SWEDISH_NI.search("Din anmälan, dina svar, Nivå, eren"))

    def test_no_finnish_string_says_te(self):
        found = [
            (msgid, text, finnish_te_forms(text))
            for msgid, text in _msgstrs("fi")
            if finnish_te_forms(text)
        ]
        self.assertEqual(found, [], "the reader is “sinä”: see docs/glossary.md")

    def test_no_swedish_string_says_ni(self):
        found = [(msgid, text) for msgid, text in _msgstrs("sv") if SWEDISH_NI.search(text)]
        self.assertEqual(found, [], "the reader is “du”: see docs/glossary.md")


class WordingTestCase(SimpleTestCase):
    """Known bad strings, each once seen on the site, must not come back."""

    BAD = {
        "fi": [
            "Myöhästyneet ilmoittautumiset asti",  # ungrammatical
            "myöhästyneitä ilmoittautumisia",  # the glossary says jälki-ilmoittautuminen
            "vain: vain",  # "voivat ilmoittautua vain: vain kokeilijat"
        ],
        "sv": ["bara följande anmäla sig: endast"],
    }

    def test_known_bad_strings_are_gone(self):
        found = [
            (language, msgid, bad)
            for language, bad_strings in self.BAD.items()
            for msgid, text in _msgstrs(language)
            for bad in bad_strings
            if bad.lower() in text.lower()
        ]
        self.assertEqual(found, [])

    def test_no_sum_breaks_before_the_euro_sign(self):
        # A placeholder or number followed by an ordinary space and "€" would break there;
        # sums go through digikunta.formats.euros instead.
        breaking = re.compile(r"(\d|%\(\w+\)s|\}\}) €")
        found = [
            (language, msgid, text)
            for language in ["fi", "sv"]
            for msgid, text in _msgstrs(language)
            if breaking.search(text)
        ]
        self.assertEqual(found, [])

    def test_a_call_that_opened_says_so_in_the_past_tense(self):
        with override("fi"):
            self.assertEqual(gettext("Opened"), "Avautui")
            self.assertEqual(gettext("Opens"), "Avautuu")
        with override("sv"):
            self.assertEqual(gettext("Opened"), "Öppnades")
            self.assertEqual(gettext("Opens"), "Öppnas")


class AdminJavaScriptCatalogueTestCase(TestCase):
    """The admin's widgets (filter_horizontal's two lists) speak the page's language."""

    CHOOSE = 'Choose %s by selecting them and then select the "Choose" arrow button.'

    def catalogue(self, language: str) -> dict:
        user = User.objects.create_user("paakayttaja", is_staff=True, is_superuser=True)
        self.client.force_login(user)
        response = self.client.get(f"/{language}/admin/jsi18n/")
        self.assertEqual(response.status_code, 200)
        text = response.content.decode()
        start = text.index("const newcatalog = ") + len("const newcatalog = ")
        return json.JSONDecoder().raw_decode(text, start)[0]

    def test_it_is_finnish_in_finnish(self):
        catalogue = self.catalogue("fi")
        self.assertEqual(
            catalogue[self.CHOOSE],
            "Valitse %s merkitsemällä ne ja napsauttamalla sitten Valitse-nuolipainiketta.",
        )
        for msgid in ["Choose all %s", "Remove all %s", "(click to clear)", "Available %s"]:
            with self.subTest(msgid):
                self.assertTrue(catalogue.get(msgid), f"{msgid!r} is not translated")

    def test_it_is_swedish_in_swedish(self):
        self.assertEqual(
            self.catalogue("sv")[self.CHOOSE],
            'Välj %s genom att markera dem och sedan välja pilknappen "Välj".',
        )

    def test_every_string_of_the_widget_is_translated_in_both_languages(self):
        # The strings that Django's Finnish lacked, which our djangojs.po gives.
        strings = [msgid for msgid, _text in _msgstrs("fi", "djangojs")]
        for language in ["fi", "sv"]:
            catalogue = self.catalogue(language)
            for msgid in strings:
                with self.subTest(language=language, msgid=msgid):
                    self.assertTrue(catalogue.get(msgid))
            User.objects.filter(username="paakayttaja").delete()
