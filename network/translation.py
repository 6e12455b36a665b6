from modeltranslation.translator import TranslationOptions, register

from network.models import (
    Event,
    EventMaterial,
    Municipality,
    NetworkGroup,
    Organisation,
    Programme,
    Region,
    Topic,
)


class BilingualOptions(TranslationOptions):
    """A text missing in one language falls back on the other (the rule is
    MODELTRANSLATION_FALLBACK_LANGUAGES in settings), an empty one counting as missing."""

    fallback_undefined = ""


@register(Region)
class RegionOptions(BilingualOptions):
    fields = ("name",)
    required_languages = ("fi", "sv")


@register(Municipality)
class MunicipalityOptions(BilingualOptions):
    fields = ("name",)
    required_languages = ("fi", "sv")


@register(Organisation)
class OrganisationOptions(BilingualOptions):
    # Most organisations have a name in one language only; either one is enough.
    fields = ("name",)
    required_languages = ()


@register(Topic)
class TopicOptions(BilingualOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(Programme)
class ProgrammeOptions(BilingualOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(NetworkGroup)
class NetworkGroupOptions(BilingualOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",), "sv": ("name",)}


@register(Event)
class EventOptions(BilingualOptions):
    fields = ("title", "description", "status_message")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(EventMaterial)
class EventMaterialOptions(BilingualOptions):
    fields = ("title",)
    required_languages = ()
