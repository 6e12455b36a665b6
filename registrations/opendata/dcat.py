"""The DCAT-AP catalogue of the open data, for avoindata.fi and other portals to harvest: the
catalogue, a dataset per table of the bulk download, each with its CSV and JSON Lines
distributions and the API that serves it, the licence, publisher, contact point, themes,
keywords and temporal coverage, in Finnish and Swedish. Validated in the tests against the
avoindata.fi profile's SHACL shapes (shapes/)."""

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils import timezone, translation
from rdflib import DCAT, DCTERMS, FOAF, RDF, XSD, BNode, Graph, Literal, Namespace, URIRef

from network.models import Topic
from registrations.models import Registration
from registrations.opendata.bulk.tables import TABLES
from registrations.opendata.licence import LICENCE_URL
from registrations.public.shared_cache import cached, data_version

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
EU = "http://publications.europa.eu/resource/authority/"
LANGUAGES = {"fi": URIRef(EU + "language/FIN"), "sv": URIRef(EU + "language/SWE")}
THEME = URIRef(EU + "data-theme/GOVE")  # Government and public sector
FORMATS = {
    "csv": (URIRef(EU + "file-type/CSV"), "https://www.iana.org/assignments/media-types/text/csv"),
    "jsonl": (
        URIRef(EU + "file-type/JSON"),
        "https://www.iana.org/assignments/media-types/application/jsonl",
    ),
}
SERIALISATIONS = {"ttl": ("turtle", "text/turtle"), "jsonld": ("json-ld", "application/ld+json")}


def catalogue(form: str) -> str:
    """The catalogue serialised as Turtle or JSON-LD (form: "ttl" or "jsonld"); built once per
    data version and day and kept in the shared cache."""
    rdf_format = SERIALISATIONS[form][0]
    name = f"dcat-{form}-{timezone.localdate().isoformat()}"
    return cached(name, data_version(), lambda: _graph().serialize(format=rdf_format))


def _url(name: str, *args, language: str = "fi") -> URIRef:
    with translation.override(language):
        return URIRef(settings.SITE_URL + reverse(name, args=args))


def _both(text) -> list[Literal]:
    found = []
    for language in LANGUAGES:
        with translation.override(language):
            found.append(Literal(str(text), lang=language))
    return found


def _typed(graph: Graph, node, kind, **properties):
    graph.add((node, RDF.type, kind))
    for predicate, value in properties.items():
        for item in value if isinstance(value, list) else [value]:
            graph.add((node, _predicate(predicate), item))
    return node


def _predicate(name: str) -> URIRef:
    """dct_title -> DCTERMS.title"""
    prefix, local = name.split("_", 1)
    return {"dct": DCTERMS, "dcat": DCAT, "foaf": FOAF, "vcard": VCARD, "skos": SKOS}[prefix][local]


def _graph() -> Graph:
    graph = Graph()
    for prefix, namespace in [("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD)]:
        graph.bind(prefix, namespace)
    site = settings.SITE_URL
    page = _url("open_data")
    licence = _typed(graph, URIRef(LICENCE_URL), DCTERMS.LicenseDocument)
    publisher = _typed(
        graph,
        URIRef(site + "/#publisher"),
        FOAF.Agent,
        foaf_name=_both("Digikunta"),
    )
    contact = _typed(
        graph,
        URIRef(site + "/#contact"),
        VCARD.Organization,
        vcard_fn=Literal("Digikunta"),
    )
    if settings.CONTACT_EMAIL:
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{settings.CONTACT_EMAIL}")))
    for language in LANGUAGES.values():
        _typed(graph, language, DCTERMS.LinguisticSystem)
    _typed(
        graph,
        THEME,
        SKOS.Concept,
        skos_prefLabel=Literal("Government and public sector", lang="en"),
    )
    landing = _typed(graph, page, FOAF.Document)
    temporal = _temporal(graph)
    keywords = [
        Literal(name, lang=language)
        for fi, sv in Topic.objects.active().values_list("name_fi", "name_sv")
        for language, name in (("fi", fi), ("sv", sv))
        if name
    ]
    api = _typed(
        graph,
        URIRef(site + "/api/v1/"),
        DCAT.DataService,
        dct_title=_both(translation.gettext_lazy("Digikunta API")),
        dcat_endpointURL=URIRef(site + "/api/v1/"),
        dcat_endpointDescription=URIRef(site + reverse("api:schema")),
        dct_license=licence,
    )
    catalogue_node = _typed(
        graph,
        URIRef(site + "/dcat/catalog"),
        DCAT.Catalog,
        dct_title=_both(translation.gettext_lazy("Digikunta open data")),
        dct_description=_both(
            translation.gettext_lazy(
                "Experiments of Finnish municipalities with digital ways of working, their "
                "results and savings, and the network around them."
            )
        ),
        dct_publisher=publisher,
        dct_license=licence,
        dct_language=list(LANGUAGES.values()),
        dct_modified=Literal(timezone.localdate().isoformat(), datatype=XSD.date),
        foaf_homepage=landing,
        dcat_service=api,
    )
    for table in TABLES:
        dataset = _typed(
            graph,
            URIRef(f"{site}/dcat/datasets/{table.name}"),
            DCAT.Dataset,
            dct_title=_both(table.title),
            dct_description=_both(table.description),
            dct_identifier=Literal(table.name),
            dct_publisher=publisher,
            dct_language=list(LANGUAGES.values()),
            dcat_contactPoint=contact,
            dcat_theme=THEME,
            dcat_keyword=[*_both(table.title), *keywords],
            dcat_landingPage=landing,
            dct_temporal=temporal,
        )
        graph.add((catalogue_node, DCAT.dataset, dataset))
        graph.add((api, DCAT.servesDataset, dataset))
        for form, (file_type, media_type) in FORMATS.items():
            download = _url("open_data_file", f"digikunta-{form}-latest.zip")
            distribution = _typed(
                graph,
                URIRef(f"{site}/dcat/datasets/{table.name}/{form}"),
                DCAT.Distribution,
                dct_title=Literal(f"{table.name}.{form}"),
                dcat_accessURL=download,
                dcat_downloadURL=download,
                dct_format=_typed(graph, file_type, DCTERMS.MediaTypeOrExtent),
                dcat_mediaType=_typed(graph, URIRef(media_type), DCTERMS.MediaType),
                dct_license=licence,
            )
            graph.add((dataset, DCAT.distribution, distribution))
        api_distribution = _typed(
            graph,
            URIRef(f"{site}/dcat/datasets/{table.name}/api"),
            DCAT.Distribution,
            dct_title=_both(translation.gettext_lazy("Digikunta API")),
            dcat_accessURL=URIRef(site + "/api/v1/"),
            dcat_accessService=api,
            dct_format=_typed(graph, URIRef(EU + "file-type/JSON"), DCTERMS.MediaTypeOrExtent),
            dct_license=licence,
        )
        graph.add((dataset, DCAT.distribution, api_distribution))
    return graph


def _temporal(graph: Graph):
    """From the first year an experiment started to the last one published."""
    span = Registration.objects.public().aggregate(
        first=Min("start_year"), last=Max("published_at")
    )
    period = _typed(graph, BNode(), DCTERMS.PeriodOfTime)
    if span["first"]:
        graph.add((period, DCAT.startDate, Literal(f"{span['first']}-01-01", datatype=XSD.date)))
    if span["last"]:
        end = timezone.localtime(span["last"]).date().isoformat()
        graph.add((period, DCAT.endDate, Literal(end, datatype=XSD.date)))
    return period
