from modeltranslation.translator import register

from network.translation import BilingualOptions
from registrations.models import Call, Registration


@register(Call)
class CallOptions(BilingualOptions):
    fields = ("title", "description")
    required_languages = {"fi": ("title",), "sv": ("title",)}


@register(Registration)
class RegistrationOptions(BilingualOptions):
    # A registrant writes in one language (Registration.language); either one is enough.
    fields = (
        "title",
        "idea",
        "goal",
        "customer_effect",
        "partnerships",
        "support_details",
        "reform",
        "changes",
        "savings_method",
        "other_results",
        "sharing_details",
    )
    required_languages = ()
