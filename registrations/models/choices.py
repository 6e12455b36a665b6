from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    KOKEILIJA = "kokeilija", _("experimenter")
    VAIKUTTAJA = "vaikuttaja", _("influencer")

    @property
    def group(self) -> str:
        """Its key in counts that templates and the network app read by name."""
        return "experimenting" if self == Role.KOKEILIJA else "influencing"


class Status(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    NEEDS_CHANGES = "needs_changes", _("Needs changes")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Language(models.TextChoices):
    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")


class Support(models.TextChoices):
    MENTOR = "mentor", _("A mentor or sparring partner")
    EXPERTS = "experts", _("Expert help")
    EVENTS = "events", _("Themed events")
    FUNDING = "funding", _("Funding")
    PEERS = "peers", _("Contacts with peers")


class Sharing(models.TextChoices):
    MENTORING = "mentoring", _("Mentoring")
    VISITS = "visits", _("Study visits")
    MATERIALS = "materials", _("Materials")
    OPEN_DATA = "open_data", _("Open data")


class Phase(models.TextChoices):
    """Where a public experiment stands, from its dates (reforms are already done)."""

    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    ENDED = "ended", _("Ended")
    IMPLEMENTED = "implemented", _("Reform made")
