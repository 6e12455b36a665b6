"""The API's read-only endpoints. Each reads through a public()/published() queryset, with
everything it shows fetched up front: a page costs the same few queries whatever its size."""

from django.db.models import Prefetch
from django.utils import timezone
from rest_framework import viewsets

from network.models import Event, Municipality, NetworkGroup, Programme, Region, Topic
from registrations.models import (
    Call,
    GroupMembership,
    Introduction,
    Registration,
    Report,
    Status,
)
from registrations.opendata.api import serializers
from registrations.opendata.api.filters import ExperimentFilter
from registrations.opendata.api.pagination import NewestFirst, Pages
from registrations.opendata.api.throttling import TooManyRequests
from registrations.public import facets
from registrations.public.organisations import public_organisations
from registrations.public.shared_cache import data_version


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    pagination_class = Pages

    def throttled(self, request, wait):
        raise TooManyRequests(wait)


class CountedMixin:
    """Gives the serializer the number of public experiments of each record, from the
    unfiltered list's counts in the shared cache (one entry per data version)."""

    facet: str

    def get_serializer_context(self):
        counts, _total = facets.unfiltered_counts(data_version(), timezone.localdate())
        return {**super().get_serializer_context(), "counts": counts[self.facet]}


class ExperimentViewSet(ReadOnly):
    """Julkiset kokeilut (kokeilija) ja uudistukset (vaikuttaja), uusin ensin; rajaukset kuten
    sivuston kokeilulistalla. / Offentliga försök (försökare) och reformer (påverkare), nyaste
    först; filter som i webbplatsens försökslista."""

    serializer_class = serializers.ExperimentSerializer
    filterset_class = ExperimentFilter
    pagination_class = NewestFirst
    lookup_field = "reference"
    queryset = (
        Registration.objects.public()
        .select_related("call__programme", "lead_municipality", "lead_organisation")
        .prefetch_related("topics", "municipalities", "regions", "partner_organisations")
    )

    def get_object(self):
        self.kwargs["reference"] = self.kwargs["reference"].upper()
        return super().get_object()


class RegionViewSet(CountedMixin, ReadOnly):
    """Maakunnat ja niiden julkisten kokeilujen määrä. / Landskapen och antalet offentliga
    försök i vart och ett."""

    facet = "region"
    serializer_class = serializers.RegionSerializer
    queryset = Region.objects.all()
    lookup_field = "code"


class MunicipalityViewSet(CountedMixin, ReadOnly):
    """Kaikki kunnat (Tilastokeskus), väkiluku, kielellinen asema ja julkisten kokeilujen määrä.
    / Alla kommuner (Statistikcentralen), invånarantal, språklig status och antalet offentliga
    försök."""

    facet = "municipality"
    serializer_class = serializers.MunicipalitySerializer
    queryset = Municipality.objects.select_related("region")
    lookup_field = "code"


class TopicViewSet(CountedMixin, ReadOnly):
    """Aiheet ja niiden julkisten kokeilujen määrä. / Teman och antalet offentliga försök."""

    facet = "topic"
    serializer_class = serializers.TopicSerializer
    queryset = Topic.objects.all()
    lookup_field = "slug"


class CallViewSet(CountedMixin, ReadOnly):
    """Julkaistut haut ja niiden julkisten kokeilujen määrä. / Publicerade ansökningsomgångar
    och antalet offentliga försök."""

    facet = "call"
    serializer_class = serializers.CallSerializer
    queryset = Call.objects.published().select_related("programme")
    lookup_field = "slug"


class ProgrammeViewSet(ReadOnly):
    """Ohjelmat ja niiden haut. / Programmen och deras ansökningsomgångar."""

    serializer_class = serializers.ProgrammeSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return Programme.objects.published().prefetch_related(
            Prefetch("calls", queryset=Call.objects.published())
        )


class OrganisationViewSet(ReadOnly):
    """Organisaatiot, jotka vetävät julkista kokeilua tai osallistuvat siihen. / Organisationer
    som leder eller deltar i ett offentligt försök."""

    serializer_class = serializers.OrganisationSerializer
    queryset = public_organisations().select_related("region")


class EventViewSet(ReadOnly):
    """Julkaistut tapahtumat, myös kattotapahtumien osatapahtumat (umbrella). / Publicerade
    evenemang, också delevenemangen under ett paraplyevenemang (umbrella)."""

    serializer_class = serializers.EventSerializer
    lookup_field = "slug"
    filterset_fields = {
        "kind": ["exact"],
        "status": ["exact"],
        "topics__slug": ["exact"],
        "municipality__code": ["exact"],
        "programme__slug": ["exact"],
        "starts_at": ["gte", "lt"],
    }
    queryset = (
        Event.objects.published()
        .select_related("municipality", "programme", "group", "parent")
        .prefetch_related("topics", "materials")
    )


class NetworkGroupViewSet(ReadOnly):
    """Julkiset teemaryhmät ja niiden julkiset jäsenkokeilut. / Offentliga temagrupper och
    deras offentliga medlemsförsök."""

    serializer_class = serializers.NetworkGroupSerializer
    lookup_field = "slug"
    queryset = (
        NetworkGroup.objects.published()
        .select_related("topic")
        .prefetch_related(
            "municipalities",
            Prefetch(
                "memberships",
                queryset=GroupMembership.objects.filter(registration__status=Status.ACCEPTED)
                .select_related("registration")
                .only("group", "registration__reference"),
                to_attr="public_memberships",
            ),
        )
    )


class MentoringViewSet(ReadOnly):
    """Mentorointi- ja vertaissuhteet, jotka molemmat osapuolet ovat sallineet näyttää. /
    Mentor- och kamratrelationer som båda parterna har gått med på att visa."""

    serializer_class = serializers.MentoringSerializer
    queryset = (
        Introduction.objects.public()
        .select_related("first", "second")
        .only("kind", "state", "starts_on", "ends_on", "first__reference", "second__reference")
    )


class ReportViewSet(ReadOnly):
    """Hyväksytyt raportit: tulokset, epäonnistumiset ja opit, säästöt (tarkistettu tai
    ilmoitettu), avoin data ja materiaalit. / Godkända rapporter: resultat, misslyckanden och
    lärdomar, besparingar (verifierade eller rapporterade), öppna data och material."""

    serializer_class = serializers.ReportSerializer
    filterset_fields = {"kind": ["exact"], "stage": ["exact"]}
    # The serializer names every field it shows: never the review's message, the reviewer,
    # or the verifier and their note.
    queryset = (
        Report.objects.public()
        .select_related("registration", "savings")
        .prefetch_related("open_data", "materials")
    )
