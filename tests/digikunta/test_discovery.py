"""What search engines and link previews see: sitemap, robots.txt, titles and Open Graph."""

from django.test import TestCase

from registrations.models import Status
from tests.factories import CallFactory, MunicipalityFactory, make_registration


class SitemapTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.public = make_registration(title="Julkinen kokeilu")
        cls.pending = make_registration(
            status=Status.SUBMITTED, contact_email="piilo@kunta.example"
        )
        CallFactory(slug="luonnos", is_published=False)

    def test_the_index_lists_every_section(self):
        content = self.client.get("/sitemap.xml").content.decode()
        for section in [
            "pages",
            "experiments",
            "municipalities",
            "regions",
            "topics",
            "calls",
            "roadmaps",
        ]:
            self.assertIn(f"http://testserver/sitemap-{section}.xml", content)

    def test_experiments_appear_in_both_languages_with_alternates(self):
        content = self.client.get("/sitemap-experiments.xml").content.decode()
        finnish = f"http://testserver/fi/kokeilut/{self.public.reference}/"
        swedish = f"http://testserver/sv/forsok/{self.public.reference}/"
        self.assertIn(f"<loc>{finnish}</loc>", content)
        self.assertIn(f"<loc>{swedish}</loc>", content)
        self.assertIn(f'<xhtml:link rel="alternate" hreflang="sv" href="{swedish}"/>', content)

    def test_nothing_private_is_listed(self):
        content = "".join(
            self.client.get(f"/sitemap-{section}.xml").content.decode()
            for section in ["pages", "experiments", "calls"]
        )
        self.assertNotIn(self.pending.reference, content)
        self.assertNotIn("piilo@kunta.example", content)
        self.assertNotIn("luonnos", content)
        self.assertNotIn("admin", content)

    def test_the_experiment_sitemap_makes_one_query(self):
        with self.assertNumQueries(1):
            self.client.get("/sitemap-experiments.xml")


class RobotsTestCase(TestCase):
    def test_it_keeps_crawlers_out_of_private_pages_in_both_languages(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        content = response.content.decode()
        for path in [
            "/fi/admin/",
            "/sv/admin/",
            "/fi/oma-ilmoittautuminen/",
            "/sv/min-anmalan/",
            "/fi/ilmoittaudu/",
            "/sv/anmalan/",
            "/fi/tiekartat/kirjoita/",
            "/sv/fardplaner/skriv/",
        ]:
            self.assertIn(f"Disallow: {path}", content)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", content)


class MetadataTestCase(TestCase):
    def test_an_experiment_page_describes_itself_for_link_previews(self):
        experiment = make_registration(
            title="Kuvapuhelut kotihoitoon", idea="Osa käynneistä hoidetaan kuvapuheluna."
        )
        response = self.client.get(f"/sv/forsok/{experiment.reference}/")
        self.assertContains(
            response, '<meta property="og:title" content="Kuvapuhelut kotihoitoon">'
        )
        self.assertContains(response, '<meta property="og:type" content="article">')
        self.assertContains(response, '<meta property="og:locale" content="sv_FI">')
        self.assertContains(
            response, '<meta name="description" content="Osa käynneistä hoidetaan kuvapuheluna.">'
        )
        self.assertContains(
            response,
            f'<link rel="canonical" href="http://testserver/sv/forsok/{experiment.reference}/">',
        )

    def test_a_municipality_page_has_a_translated_description(self):
        MunicipalityFactory(code="091", name_fi="Helsinki", name_sv="Helsingfors")
        response = self.client.get("/sv/kommuner/091/")
        self.assertContains(
            response,
            '<meta name="description" content="Helsingfors: försök och reformer i '
            'nätverket Digikunta.">',
        )
