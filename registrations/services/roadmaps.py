"""Every write of a digital roadmap: the municipality's save through its private link, the
private links themselves (requested by a registered contact of the municipality, or made by a
coordinator), and the roadmap a first link creates.

A save writes the roadmap row first and then its levels, goals and actions, in one
transaction, in the same order as the admin does: what the roadmap said at any moment is then
the history of each table as of that moment (public/roadmaps.py).
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import override

from digikunta import audit
from network.models import Municipality, Topic
from registrations.models import (
    LinkRequest,
    Perspective,
    Registration,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
    RoadmapLevel,
    Status,
)
from registrations.services.links import LinkExpired

_SALT = "registrations.roadmap-link"


@dataclass
class RoadmapTexts:
    vision_fi: str = ""
    vision_sv: str = ""
    start_year: int | None = None
    end_year: int | None = None
    owner: str = ""
    is_published: bool = False


@dataclass
class LevelInput:
    perspective: Perspective
    start_level: int
    target_level: int


@dataclass
class GoalInput:
    text_fi: str
    text_sv: str
    perspective: Perspective | None = None
    topic: Topic | None = None
    pk: int | None = None


@dataclass
class ActionInput:
    title_fi: str
    title_sv: str
    year: int
    quarter: int | None = None
    due_on: date | None = None
    perspective: Perspective | None = None
    responsible: str = ""
    status: str = "planned"
    progress: int = 0
    own_experiments: list[Registration] = field(default_factory=list)
    learns_from: list[Registration] = field(default_factory=list)
    pk: int | None = None


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


@transaction.atomic
@audit.recorded_as(audit.PRIVATE_LINK)
def save_roadmap(
    *,
    roadmap: Roadmap,
    texts: RoadmapTexts,
    levels: list[LevelInput],
    goals: list[GoalInput],
    actions: list[ActionInput],
) -> None:
    """Replace what the municipality wrote: the rows not given any more are deleted."""
    for name, value in vars(texts).items():
        setattr(roadmap, name, value)
    roadmap.save()

    kept = []
    for level in levels:
        row, _created = RoadmapLevel.objects.update_or_create(
            roadmap=roadmap,
            perspective=level.perspective,
            defaults={"start_level": level.start_level, "target_level": level.target_level},
        )
        kept.append(row.pk)
    for row in roadmap.levels.exclude(pk__in=kept):
        row.delete()  # one by one, so that the history records each deletion

    kept = []
    for order, goal in enumerate(goals, start=1):
        row = roadmap.goals.filter(pk=goal.pk).first() if goal.pk else None
        row = row or RoadmapGoal(roadmap=roadmap)
        row.text_fi, row.text_sv = goal.text_fi, goal.text_sv
        row.perspective, row.topic, row.order = goal.perspective, goal.topic, order
        row.save()
        kept.append(row.pk)
    for row in roadmap.goals.exclude(pk__in=kept):
        row.delete()

    kept = []
    for action in actions:
        row = roadmap.actions.filter(pk=action.pk).first() if action.pk else None
        row = row or RoadmapAction(roadmap=roadmap)
        with audit.as_one_change(row, created=row.pk is None):
            _fill_action(row, action)
            row.save()
            row.own_experiments.set(action.own_experiments)
            row.learns_from.set(action.learns_from)
        kept.append(row.pk)
    for row in roadmap.actions.exclude(pk__in=kept):
        row.delete()


def _fill_action(row: RoadmapAction, action: ActionInput) -> None:
    # Only the *_fi and *_sv fields: the plain name is the active language's (modeltranslation).
    row.title_fi, row.title_sv = action.title_fi, action.title_sv
    row.year, row.quarter, row.due_on = action.year, action.quarter, action.due_on
    if action.due_on:  # a date says the year and the quarter, once
        row.year, row.quarter = action.due_on.year, quarter_of(action.due_on)
    row.perspective = action.perspective
    row.responsible = action.responsible
    row.status = action.status
    row.progress = action.progress


# --- Private links ---------------------------------------------------------------------------


def make_token(roadmap: Roadmap) -> str:
    return signing.dumps([roadmap.pk, roadmap.link_version], salt=_SALT)


def roadmap_for_token(token: str) -> Roadmap | None:
    """The roadmap the token opens; None for a token we did not sign. Raises LinkExpired for
    a genuine one that is too old or older than the roadmap's latest link."""
    try:
        pk, version = signing.loads(
            token, salt=_SALT, max_age=settings.REGISTRATION_LINK_DAYS * 86400
        )
    except signing.SignatureExpired:
        raise LinkExpired from None
    except (signing.BadSignature, TypeError, ValueError):
        return None
    roadmap = Roadmap.objects.filter(pk=pk).first()
    if roadmap is not None and roadmap.link_version != version:
        raise LinkExpired
    return roadmap


def renew(roadmap: Roadmap) -> None:
    """Every earlier link of the roadmap stops working. update() leaves updated_at and the
    history alone: a new link changes nothing the roadmap says."""
    Roadmap.objects.filter(pk=roadmap.pk).update(link_version=F("link_version") + 1)
    roadmap.refresh_from_db(fields=["link_version"])


def private_url(roadmap: Roadmap, *, language: str) -> str:
    with override(language):
        path = reverse("registrations:roadmap_edit", args=[make_token(roadmap)])
    return f"{settings.SITE_URL}{path}"


def new_private_link(*, roadmap: Roadmap, language: str) -> str:
    """A coordinator gives a link by hand: a new one, every earlier link made void."""
    renew(roadmap)
    return private_url(roadmap, language=language)


def request_roadmap_link(*, email: str, municipality: Municipality) -> None:
    """Someone asks for a link to write the municipality's roadmap. Only the request is saved,
    the same single INSERT whether or not the address is known; the mail worker decides
    (queue_roadmap_links), so that neither the answer nor its time tells who is a contact."""
    LinkRequest.objects.create(email=email.strip(), roadmap_municipality=municipality)


def contact_registration(*, email: str, municipality: Municipality) -> Registration | None:
    """The newest accepted registration of the municipality whose contact person has this
    address: what makes the address known to us."""
    if not email.strip():
        return None
    return (
        Registration.objects.filter(status=Status.ACCEPTED, contact_email__iexact=email.strip())
        .filter(Q(lead_municipality=municipality) | Q(municipalities=municipality))
        .order_by("-pk")
        .first()
    )


@transaction.atomic
def queue_roadmap_links(*, email: str, municipality: Municipality) -> int:
    """For a known contact: a fresh link to every roadmap the municipality is part of (a new,
    unpublished roadmap of its own if it has none yet), each by e-mail in the contact's
    language. Returns how many were queued (never shown to the one who asked)."""
    from registrations.services import mail  # mail imports links; this keeps the order simple

    registration = contact_registration(email=email, municipality=municipality)
    if registration is None:
        return 0
    roadmaps = list(municipality.roadmaps.all()) or [start_roadmap(municipality=municipality)]
    for roadmap in roadmaps:
        renew(roadmap)
        mail.queue_roadmap_link(
            roadmap=roadmap, registration=registration, email=registration.contact_email
        )
    return len(roadmaps)


def start_roadmap(*, municipality: Municipality) -> Roadmap:
    """An empty, unpublished roadmap of one municipality, named after it."""
    slug = base = slugify(municipality.name_fi) or municipality.code
    if Roadmap.objects.filter(slug=slug).exists():
        slug = f"{base}-{municipality.code}"
    roadmap = Roadmap(
        name_fi=municipality.name_fi,
        name_sv=municipality.name_sv,
        slug=slug,
    )
    with audit.as_one_change(roadmap, created=True):
        roadmap.save()
        roadmap.municipalities.set([municipality])
    return roadmap
