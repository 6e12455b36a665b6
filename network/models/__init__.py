"""The network's directory: regions and municipalities, organisations and topics."""

from network.models.organisations import Organisation, OrganisationKind
from network.models.places import (
    LanguageStatus,
    Municipality,
    MunicipalityQuerySet,
    Region,
    StatisticalGroup,
)
from network.models.topics import Topic, TopicQuerySet

__all__ = [
    "LanguageStatus",
    "Municipality",
    "MunicipalityQuerySet",
    "Organisation",
    "OrganisationKind",
    "Region",
    "StatisticalGroup",
    "Topic",
    "TopicQuerySet",
]
