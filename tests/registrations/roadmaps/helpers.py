"""Roadmaps for the tests, written through the same service as the private page uses."""

from registrations.models import Perspective, Roadmap
from registrations.services.roadmaps import (
    ActionInput,
    GoalInput,
    LevelInput,
    RoadmapTexts,
    save_roadmap,
    start_roadmap,
)


def perspectives() -> list[Perspective]:
    """The seeded perspectives (migration 0091), in order."""
    return list(Perspective.objects.filter(is_active=True))


def make_roadmap(
    municipality, *, published=True, vision_fi="Palvelut ovat verkossa.", actions=(), goals=()
) -> Roadmap:
    roadmap = start_roadmap(municipality=municipality)
    first, second = perspectives()[:2]
    save_roadmap(
        roadmap=roadmap,
        texts=RoadmapTexts(vision_fi=vision_fi, vision_sv="", is_published=published),
        levels=[
            LevelInput(perspective=first, start_level=2, target_level=4),
            LevelInput(perspective=second, start_level=1, target_level=3),
        ],
        goals=list(goals) or [GoalInput(text_fi="Sähköinen asiointi kaikille", text_sv="")],
        actions=list(actions)
        or [ActionInput(title_fi="Chatbotti kirjastoon", title_sv="", year=2026, quarter=2)],
    )
    return roadmap
