import subprocess
from pathlib import Path

from django.test import SimpleTestCase
from django.urls import reverse
from django.utils.translation import gettext, override

from registrations.models import Role

LOCALE = Path(__file__).resolve().parent.parent / "locale"


class CatalogueTestCase(SimpleTestCase):
    def test_it_has_no_untranslated_or_fuzzy_entry(self):
        for language in ["fi", "sv"]:
            with self.subTest(language):
                result = subprocess.run(
                    [
                        "msgfmt",
                        "--check",
                        "--statistics",
                        "-o",
                        "/dev/null",
                        LOCALE / language / "LC_MESSAGES" / "django.po",
                    ],
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
