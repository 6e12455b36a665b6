"""The read side of digital roadmaps: one roadmap's page (now, or as it was on a date, from
the audit history), its levels as a chart with its table, its timeline, and the network's
overview of every published roadmap. Each read is a fixed number of queries.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby

from django.db.models import Avg, Count, Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from network.models import StatisticalGroup, Topic
from registrations.models import (
    LEVELS,
    Perspective,
    Registration,
    Roadmap,
    RoadmapAction,
    RoadmapGoal,
    RoadmapLevel,
)

# --- One roadmap -----------------------------------------------------------------------------


def published_roadmap(slug: str) -> Roadmap | None:
    """A published roadmap with all it shows: 7 queries (the roadmap, its municipalities, its
    levels, goals and actions, and each action's two kinds of public experiments)."""
    public = Registration.objects.public().only("pk", "reference", "title_fi", "title_sv")
    return (
        Roadmap.objects.published()
        .filter(slug=slug)
        .prefetch_related(
            "municipalities",
            Prefetch("levels", queryset=RoadmapLevel.objects.select_related("perspective")),
            Prefetch("goals", queryset=RoadmapGoal.objects.select_related("perspective", "topic")),
            Prefetch(
                "actions",
                queryset=RoadmapAction.objects.select_related("perspective").prefetch_related(
                    Prefetch("own_experiments", queryset=public),
                    Prefetch("learns_from", queryset=public),
                ),
            ),
        )
        .first()
    )


@dataclass
class PastRoadmap:
    """What a roadmap said at a moment, read from the history tables."""

    moment: datetime
    roadmap: object  # the historical roadmap row
    levels: list
    goals: list
    actions: list


def roadmap_as_of(roadmap: Roadmap, moment: datetime) -> PastRoadmap | None:
    """The roadmap as it was at the moment; None before it existed. 6 queries: the roadmap's
    row, its levels, goals and actions, and the perspectives' and topics' names as they are
    now (read once here, where a historical row would read each one by one)."""
    past = roadmap.history.filter(history_date__lte=moment).order_by("-history_date").first()
    if past is None:
        return None

    def rows(model):
        # The newest row of each item up to the moment; items deleted by then are left out.
        return list(
            model.history.filter(roadmap_id=roadmap.pk, history_date__lte=moment)
            .latest_of_each()
            .as_instances()
        )

    perspectives = {p.pk: p for p in Perspective.objects.all()}
    levels = sorted(rows(RoadmapLevel), key=lambda row: _perspective_order(perspectives, row))
    for row in levels:
        row.perspective_shown = perspectives.get(row.perspective_id)
    goals = sorted(rows(RoadmapGoal), key=lambda row: (row.order, row.pk))
    actions = sorted(rows(RoadmapAction), key=_schedule_key)
    topics = Topic.objects.in_bulk({goal.topic_id for goal in goals if goal.topic_id})
    for row in goals + actions:
        row.perspective_shown = perspectives.get(row.perspective_id)
    for goal in goals:
        goal.topic_shown = topics.get(goal.topic_id)
    return PastRoadmap(moment=moment, roadmap=past, levels=levels, goals=goals, actions=actions)


def in_language(row, name: str) -> str:
    """A translated text of a historical row (which has no modeltranslation descriptor): the
    page's language, else the other one."""
    first, second = ("sv", "fi") if get_language() == "sv" else ("fi", "sv")
    return getattr(row, f"{name}_{first}") or getattr(row, f"{name}_{second}") or ""


def _perspective_order(perspectives, row):
    perspective = perspectives.get(row.perspective_id)
    return (perspective.order if perspective else 0, row.perspective_id)


def _schedule_key(action):
    return (action.year, action.quarter or 0, action.due_on or datetime.min.date(), action.pk)


def versions(roadmap: Roadmap, *, limit: int = 200) -> list:
    """The roadmap's saved versions, newest first: 1 query."""
    return list(
        roadmap.history.order_by("-history_date").only("history_id", "history_date")[:limit]
    )


# --- The levels chart --------------------------------------------------------------------------

CHART_WIDTH = 1000
LABEL_ROOM = 450  # the perspective's name, left of the scale
ROW = 50
TOP = 44  # the scale's numbers above the first row
RIGHT_ROOM = 30


@dataclass
class LevelRow:
    label: str
    start: int
    target: int
    y: int
    start_x: int
    target_x: int

    @property
    def text_y(self) -> int:
        return self.y + 7


def level_x(level: int) -> int:
    span = CHART_WIDTH - LABEL_ROOM - RIGHT_ROOM
    return LABEL_ROOM + round((level - LEVELS[0]) * span / (LEVELS[-1] - LEVELS[0]))


def level_chart(levels: list[tuple[str, int, int]]) -> dict:
    """Start and target on the five-level scale, one row per perspective: a hollow circle for
    the start, a filled one for the target, a line between (templates/.../_levels_chart.html).
    The table beside it has the same numbers."""
    rows = [
        LevelRow(
            label=str(label),
            start=start,
            target=target,
            y=TOP + index * ROW + ROW // 2,
            start_x=level_x(start),
            target_x=level_x(target),
        )
        for index, (label, start, target) in enumerate(levels)
    ]
    return {
        "rows": rows,
        "width": CHART_WIDTH,
        "height": TOP + len(rows) * ROW + 10,
        "scale": [{"level": level, "x": level_x(level)} for level in LEVELS],
        "scale_start": level_x(LEVELS[0]),
        "scale_end": level_x(LEVELS[-1]),
        "bottom": TOP + len(rows) * ROW,
    }


# --- The timeline -------------------------------------------------------------------------------


@dataclass
class Period:
    year: int
    quarter: int | None
    actions: list

    @property
    def label(self) -> str:
        if self.quarter:
            return _("Q%(quarter)s %(year)s") % {"quarter": self.quarter, "year": self.year}
        return _("%(year)s, whole year") % {"year": self.year}


def timeline(actions) -> list[Period]:
    """The actions by quarter, in order (they come ordered by schedule)."""
    ordered = sorted(actions, key=_schedule_key)
    return [
        Period(year=year, quarter=quarter, actions=list(group))
        for (year, quarter), group in groupby(ordered, key=lambda a: (a.year, a.quarter))
    ]


# --- The network's overview ---------------------------------------------------------------------


def _one_decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _name(row: dict, prefix: str) -> str:
    """The name in the page's language from values() rows, the other one if it is missing."""
    first, second = ("sv", "fi") if get_language() == "sv" else ("fi", "sv")
    return row.get(f"{prefix}_{first}") or row.get(f"{prefix}_{second}") or ""


def _averages(levels, *fields: str) -> list[dict]:
    rows = (
        levels.values(*fields)
        .annotate(
            roadmaps=Count("roadmap", distinct=True),
            start=Avg("start_level"),
            target=Avg("target_level"),
        )
        .order_by(*fields)
    )
    return [
        {**row, "start": _one_decimal(row["start"]), "target": _one_decimal(row["target"])}
        for row in rows
    ]


def network_overview() -> dict:
    """Every published roadmap, the goals they share by perspective and by topic, and their
    levels compared by perspective, by region and by municipality size: 6 queries."""
    roadmaps = list(
        Roadmap.objects.published().prefetch_related(Prefetch("municipalities", to_attr="members"))
    )
    goals = list(
        RoadmapGoal.objects.filter(roadmap__is_published=True)
        .select_related("perspective", "topic", "roadmap")
        .order_by("perspective__order", "perspective_id", "roadmap__name", "order", "pk")
    )
    levels = RoadmapLevel.objects.filter(roadmap__is_published=True)
    by_perspective = _averages(
        levels, "perspective__order", "perspective__name_fi", "perspective__name_sv"
    )
    region = "roadmap__municipalities__region__"
    by_region = _averages(levels, f"{region}code", f"{region}name_fi", f"{region}name_sv")
    by_size = _averages(levels, "roadmap__municipalities__statistical_group")
    for row in by_perspective:
        row["label"] = _name(row, "perspective__name")
    for row in by_region:
        row["label"] = _name(row, "roadmap__municipalities__region__name")
    groups = dict(StatisticalGroup.choices)
    for row in by_size:
        row["label"] = groups.get(row["roadmap__municipalities__statistical_group"], "")
    return {
        "roadmaps": roadmaps,
        "goals_by_perspective": _shared(goals, lambda goal: goal.perspective),
        "goals_by_topic": _shared(
            sorted(goals, key=lambda goal: (goal.topic_id is None, goal.topic_id or 0)),
            lambda goal: goal.topic,
        ),
        "by_perspective": by_perspective,
        "by_region": [row for row in by_region if row["label"]],
        "by_size": [row for row in by_size if row["label"]],
    }


@dataclass
class SharedGoals:
    heading: object  # a perspective or a topic; None for goals without one
    goals: list

    @property
    def roadmap_count(self) -> int:
        return len({goal.roadmap_id for goal in self.goals})


def _shared(goals, key) -> list[SharedGoals]:
    """The goals grouped by perspective or topic, the groups that most roadmaps share first."""
    groups = [
        SharedGoals(heading=heading, goals=list(group))
        for heading, group in groupby(goals, key=key)
        if heading is not None
    ]
    return sorted(groups, key=lambda group: -group.roadmap_count)
