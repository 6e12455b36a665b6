from modeltranslation.translator import register

from network.translation import BilingualOptions
from registrations.models import (
    REPORT_TEXT_FIELDS,
    TEXT_FIELDS,
    Adoption,
    Call,
    Introduction,
    Perspective,
    Registration,
    Report,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
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


@register(Introduction)
class IntroductionOptions(BilingualOptions):
    # Written by coordinators, in either language or both.
    fields = ("outcome",)


@register(Perspective)
class PerspectiveOptions(BilingualOptions):
    fields = ("name", "description")
    required_languages = {"fi": ("name",), "sv": ("name",)}


# A municipality writes its roadmap in its own language, or in both; either one is enough.
@register(Roadmap)
class RoadmapOptions(BilingualOptions):
    fields = ("name", "vision")
    required_languages = ()


@register(RoadmapGoal)
class RoadmapGoalOptions(BilingualOptions):
    fields = ("text",)
    required_languages = ()


@register(RoadmapAction)
class RoadmapActionOptions(BilingualOptions):
    fields = ("title",)


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
