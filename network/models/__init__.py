"""The network's directory: regions and municipalities, organisations, topics, programmes and
thematic groups."""

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
