"""Which models of registrations keep an audit history (see digikunta/audit.py): what
registrants and coordinators write and decide. E-mails are records of their own, and the
reference counter is bookkeeping."""

from digikunta.audit import track
from registrations.models import (
    Adoption,
    Call,
    Decision,
    FeeTier,
    Material,
    OpenDataset,
    Registration,
    Report,
    Savings,
)

track(Call)
track(FeeTier)
track(Decision)
# Reports, their savings and their verification, and adoptions: what the public sees as
# results, and who reviewed, verified and confirmed them.
track(Report)
track(Savings, exclude=["is_current"])
track(OpenDataset)
track(Material)
track(Adoption)
# The search columns are derived from the texts, topics and places (public/search.py) and
# rewritten in bulk; the regions are derived from the places (services.sync_participants); the
# private link's version only counts the links sent (services.links).
track(
    Registration,
    exclude=["link_version"],
    m2m=["topics", "municipalities", "partner_organisations"],
)
