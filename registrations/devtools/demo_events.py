"""Demo events (demo_events.json): the coming experiment week with workshops in six regions and
its Day of Failure, a kick-off, a webinar, and last year's Day of Failure with its materials,
all in both languages. The Turku workshop is full and has a waiting list, so that the
waiting list and moving up can be tried at once. Times count from the seeding, so the demo
always has upcoming events; the past one is a fixed date. Every person is invented.
"""

import json
from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from network.models import Event, EventMaterial, Municipality, Programme, Topic
from registrations.services.signups import SignUpDetails, sign_up

CONTENT = Path(__file__).resolve().with_name("demo_events.json")
# Copied from the umbrella to its sub-events unless a sub-event says otherwise.
INHERITED = ("programme", "organiser", "description_fi", "description_sv")


def _moment(days: int, clock: str) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time.fromisoformat(clock)))


def _create(data: dict, *, parent: Event | None = None) -> Event:
    municipalities = Municipality.objects.in_bulk(field_name="code")
    if "starts_at" in data:
        starts = timezone.make_aware(datetime.fromisoformat(data["starts_at"]))
    else:
        starts = _moment(data["starts_in_days"], data["time"])
    fields = {
        "kind": data.get("kind", "workshop"),
        "title": data["title_fi"],
        "title_fi": data["title_fi"],
        "title_sv": data["title_sv"],
        "description": data.get("description_fi", ""),
        "description_fi": data.get("description_fi", ""),
        "description_sv": data.get("description_sv", ""),
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=data.get("hours", 3)),
        "address": data.get("address", ""),
        "municipality": municipalities.get(data.get("municipality")),
        "latitude": data.get("latitude"),
        "longitude": data.get("longitude"),
        "online_url": data.get("online_url", ""),
        "organiser": data.get("organiser", ""),
        "programme": Programme.objects.filter(slug=data.get("programme")).first(),
        "parent": parent,
        "is_published": True,
        "takes_signups": data.get("takes_signups", True),
        "capacity": data.get("capacity"),
        "waiting_capacity": data.get("waiting_capacity", 0),
        "signups_open_at": timezone.now() - timedelta(days=data.get("signups_open_days_ago", 30)),
    }
    event, _created = Event.objects.get_or_create(slug=data["slug"], defaults=fields)
    event.topics.set(Topic.objects.filter(slug__in=data.get("topics", [])))
    for order, material in enumerate(data.get("materials", [])):
        EventMaterial.objects.create(
            event=event,
            title=material["title_fi"],
            title_fi=material["title_fi"],
            title_sv=material["title_sv"],
            url=material["url"],
            order=order,
        )
    return event


def seed_events() -> int:
    """Add the demo events unless they are there; returns how many it added."""
    content = json.loads(CONTENT.read_text(encoding="utf-8"))
    if Event.objects.filter(slug__in=[item["slug"] for item in content["events"]]).exists():
        return 0
    added = 0
    for item in content["events"]:
        umbrella = _create(item)
        added += 1
        for sub_event in item.get("sub_events", []):
            data = {key: item[key] for key in INHERITED if key in item}
            data.update(
                sub_event,
                starts_in_days=item["starts_in_days"] + sub_event["day"],
                time="09:00",
                hours=4,
            )
            event = _create(data, parent=umbrella)
            added += 1
            if sub_event.get("full"):
                for person in content["full_workshop_signups"]:
                    sign_up(
                        event_id=event.pk,
                        details=SignUpDetails(**person),
                        by_coordinator=True,
                    )
    return added
