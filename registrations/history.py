"""Which models of registrations keep an audit history (see digikunta/audit.py): what
registrants and coordinators write and decide. E-mails are records of their own, and the
reference counter is bookkeeping."""

from digikunta.audit import track
from registrations.models import (
    Adoption,
    Call,
    Decision,
    FeeTier,
    GroupMembership,
    Introduction,
    Material,
    OpenDataset,
    Perspective,
    Registration,
    Report,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
    RoadmapLevel,
    Savings,
    SignUp,
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
# A sign-up's place on the list and its attendance are what coordinators need to see changing;
# the cancel link's version only counts the links sent.
track(SignUp, exclude=["link_version"])
track(Introduction)
track(GroupMembership)

# Roadmaps: what a roadmap said on any earlier date is read from these (public/roadmaps.py).
track(Perspective)
track(Roadmap, exclude=["link_version"], m2m=["municipalities"])
track(RoadmapLevel)
track(RoadmapGoal)
track(RoadmapAction, m2m=["own_experiments", "learns_from"])
