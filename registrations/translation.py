from modeltranslation.translator import register

from network.translation import BilingualOptions
from registrations.models import TEXT_FIELDS, Call, Introduction, Registration


@register(Call)
class CallOptions(BilingualOptions):
    fields = ("title", "description")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(Registration)
class RegistrationOptions(BilingualOptions):
    # A registrant writes in one language (Registration.language); either one is enough.
    fields = TEXT_FIELDS
    required_languages = ()


@register(Introduction)
class IntroductionOptions(BilingualOptions):
    # Written by coordinators, in either language or both.
    fields = ("outcome",)
    required_languages = ()
