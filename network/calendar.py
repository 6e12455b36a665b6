"""Events as iCalendar (RFC 5545), through the icalendar library: the feed of all public
events, one event's file, and the file sent with a sign-up's confirmation.

Times are written in Europe/Helsinki with its VTIMEZONE, so that a calendar shows 9.00 as 9.00
on both sides of a change to or from summer time. Each event's UID stays the same across
feeds and languages, so a calendar that subscribed in Finnish and downloaded in Swedish holds
one entry.
"""

from collections.abc import Iterable
from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override
from icalendar import Calendar, vCalAddress
from icalendar import Event as CalendarEvent

from network.models import Event, EventStatus

HELSINKI = ZoneInfo("Europe/Helsinki")
# Our statuses in iCalendar's words (RFC 5545 3.8.1.11); postponed has none, and stays
# tentative until a coordinator gives the new time.
STATUSES = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def _domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def uid(event: Event) -> str:
    return f"event-{event.pk}@{_domain()}"


def event_url(event: Event, *, language: str) -> str:
    with override(language):
        return f"{settings.SITE_URL}{reverse('network:event', args=[event.slug])}"


def _entry(event: Event, *, language: str, now: datetime, online_url: str) -> CalendarEvent:
    entry = CalendarEvent()
    entry.add("uid", uid(event))
    entry.add("dtstamp", now)
    entry.add("last-modified", event.updated_at)
    entry.add("dtstart", timezone.localtime(event.starts_at, HELSINKI))
    entry.add("dtend", timezone.localtime(event.ends_at, HELSINKI))
    entry.add("summary", event.title)
    url = event_url(event, language=language)
    entry.add("url", url)
    lines = [event.description] if event.description else []
    if event.status != EventStatus.SCHEDULED and event.status_message:
        lines.append(event.status_message)
    if online_url:
        lines.append(online_url)
    lines.append(url)
    entry.add("description", "\n\n".join(lines))
    place = ", ".join(
        part
        for part in [event.address, event.municipality.name if event.municipality else ""]
        if part
    )
    if place or online_url:
        entry.add("location", place or online_url)
    if event.has_position:
        entry.add("geo", (float(event.latitude), float(event.longitude)))
    entry.add("status", STATUSES[event.status])
    if event.organiser:
        organiser = vCalAddress(f"mailto:noreply@{_domain()}")
        organiser.params["cn"] = event.organiser
        entry.add("organizer", organiser)
    entry.add("categories", [event.get_kind_display()])
    return entry


def calendar(
    events: Iterable[Event],
    *,
    language: str,
    now: datetime | None = None,
    online_url: bool = False,
) -> bytes:
    """The events as one iCalendar file in the language given. online_url: the online link
    also when only those signed up may have it (for a sign-up's own file)."""
    now = now or timezone.now()
    with override(language):
        cal = Calendar()
        cal.add("prodid", "-//Digikunta//Events//FI")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        cal.add("method", "PUBLISH")
        cal.add("x-wr-calname", gettext("Digikunta events"))
        cal.add("x-wr-timezone", "Europe/Helsinki")
        events = list(events)
        for event in events:
            link = event.online_url if online_url else event.public_online_url
            cal.add_component(_entry(event, language=language, now=now, online_url=link))
        # The time zone's rules only for the years the events span, not since 1970.
        years = [event.starts_at.year for event in events] or [now.year]
        cal.add_missing_timezones(
            first_date=date(min(years) - 1, 1, 1), last_date=date(max(years) + 2, 1, 1)
        )
        return cal.to_ical()
