from modeltranslation.translator import register

from network.translation import BilingualOptions
from registrations.models import (
    REPORT_TEXT_FIELDS,
    TEXT_FIELDS,
    Adoption,
    Call,
    Registration,
    Report,
    Savings,
)


@register(Call)
class CallOptions(BilingualOptions):
    fields = ("title", "description")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(Registration)
class RegistrationOptions(BilingualOptions):
    # A registrant writes in one language (Registration.language); either one is enough.
    fields = TEXT_FIELDS
    required_languages = ()


@register(Report)
class ReportOptions(BilingualOptions):
    # Written in the registration's language (Report.language); coordinators may add the other.
    fields = REPORT_TEXT_FIELDS
    required_languages = ()


@register(Savings)
class SavingsOptions(BilingualOptions):
    fields = ("method",)
    required_languages = ()


@register(Adoption)
class AdoptionOptions(BilingualOptions):
    fields = ("note",)
    required_languages = ()
