from pathlib import Path

import pyshacl
from django.test import TestCase
from rdflib import DCAT, DCTERMS, RDF, Graph, Literal

import registrations.opendata
from tests.factories import TopicFactory, make_registration

SHAPES = Path(registrations.opendata.__file__).with_name("shapes") / "avoindata_dcat-ap_shacl.ttl"


class DcatCatalogueTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        topic = TopicFactory(name_fi="Koulukuljetukset", name_sv="Skolskjutsar")
        make_registration(topics=[topic], starts_on="2017-03-01")

    def catalogue(self, form: str, rdf_format: str) -> Graph:
        response = self.client.get(f"/dcat/catalog.{form}")
        self.assertEqual(response.status_code, 200)
        return Graph().parse(data=response.content.decode(), format=rdf_format)

    def test_it_conforms_to_the_avoindata_fi_profile(self):
        for form, rdf_format in [("ttl", "turtle"), ("jsonld", "json-ld")]:
            graph = self.catalogue(form, rdf_format)
            conforms, _report, text = pyshacl.validate(
                graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle"
            )
            self.assertTrue(conforms, text)
        # The shapes do judge: a dataset without its description is refused.
        for dataset in list(graph.subjects(RDF.type, DCAT.Dataset)):
            graph.remove((dataset, DCTERMS.description, None))
        conforms, _report, _text = pyshacl.validate(
            graph, shacl_graph=str(SHAPES), shacl_graph_format="turtle"
        )
        self.assertFalse(conforms)

    def test_it_describes_every_table_in_both_languages_with_its_distributions(self):
        graph = self.catalogue("ttl", "turtle")
        datasets = set(graph.subjects(RDF.type, DCAT.Dataset))
        self.assertEqual(len(datasets), 11)
        experiments = next(d for d in datasets if str(d).endswith("/experiments"))
        titles = set(graph.objects(experiments, DCTERMS.title))
        self.assertEqual(titles, {Literal("Kokeilut", lang="fi"), Literal("Försök", lang="sv")})
        keywords = set(graph.objects(experiments, DCAT.keyword))
        self.assertIn(Literal("Skolskjutsar", lang="sv"), keywords)
        self.assertEqual(len(set(graph.objects(experiments, DCAT.distribution))), 3)
        licences = set(graph.objects(None, DCTERMS.license))
        self.assertEqual(
            {str(x) for x in licences}, {"https://creativecommons.org/licenses/by/4.0/"}
        )
        period = next(graph.objects(experiments, DCTERMS.temporal))
        self.assertEqual(str(next(graph.objects(period, DCAT.startDate))), "2017-01-01")

    def test_it_answers_an_unknown_format_with_404(self):
        self.assertEqual(self.client.get("/dcat/catalog.xml").status_code, 404)
