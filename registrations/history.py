"""Which models of registrations keep an audit history (see digikunta/audit.py): what
registrants and coordinators write and decide. E-mails are records of their own, and the
reference counter is bookkeeping."""

from digikunta.audit import track
from registrations.models import (
    Call,
    Decision,
    FeeTier,
    GroupMembership,
    Introduction,
    Registration,
    SignUp,
)

track(Call)
track(FeeTier)
track(Decision)
# The search columns are derived from the texts, topics and places (public/search.py) and
# rewritten in bulk; the regions are derived from the places (services.sync_participants); the
# private link's version only counts the links sent (services.links).
track(
    Registration,
    exclude=["link_version"],
    m2m=["topics", "municipalities", "partner_organisations"],
)
# A sign-up's place on the list and its attendance are what coordinators need to see changing;
# the cancel link's version only counts the links sent.
track(SignUp, exclude=["link_version"])
track(Introduction)
track(GroupMembership)
