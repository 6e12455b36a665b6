"""The network's directory: regions and municipalities, organisations, topics, programmes,
thematic groups and events."""

from network.models.events import Event, EventKind, EventMaterial, EventQuerySet, EventStatus
from network.models.organisations import Organisation, OrganisationKind
from network.models.places import (
    LanguageStatus,
    Municipality,
    MunicipalityQuerySet,
    Region,
    StatisticalGroup,
)
from network.models.programmes import NetworkGroup, Programme
from network.models.topics import Topic, TopicQuerySet

__all__ = [
    "Event",
    "EventKind",
    "EventMaterial",
    "EventQuerySet",
    "EventStatus",
    "LanguageStatus",
    "Municipality",
    "NetworkGroup",
    "MunicipalityQuerySet",
    "Organisation",
    "OrganisationKind",
    "Programme",
    "Region",
    "StatisticalGroup",
    "Topic",
    "TopicQuerySet",
]
