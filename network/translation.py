from modeltranslation.translator import TranslationOptions, register

from network.models import Municipality, Organisation, Region, Topic


class BilingualOptions(TranslationOptions):
    """Finnish and Swedish fall back on each other, so a page never shows an empty name."""

    fallback_languages = {"default": ("fi", "sv"), "fi": ("sv",), "sv": ("fi",)}
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
