"""schema.org Event as JSON-LD, for search engines and calendars that read a page: written into
the event's page as a data block (<script type="application/ld+json">), which browsers never
run, so the Content-Security-Policy has nothing to allow (the browser test checks that no
violation is reported)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from network.models import Event, EventStatus

STATUSES = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}
# What json_script escapes, so that no text of ours can close the script element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _attendance_mode(event: Event) -> str:
    if event.online_url and (event.address or event.municipality_id):
        return "https://schema.org/MixedEventAttendanceMode"
    if event.online_url:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _location(event: Event, url: str) -> list[dict]:
    locations = []
    if event.address or event.municipality_id:
        place = {
            "@type": "Place",
            "name": event.address or event.municipality.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": event.municipality.name if event.municipality else "",
                "addressCountry": "FI",
            },
        }
        if event.has_position:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(event.latitude),
                "longitude": float(event.longitude),
            }
        locations.append(place)
    if event.online_url:
        # The link itself may be only for those signed up: the page stands in for it.
        locations.append({"@type": "VirtualLocation", "url": event.public_online_url or url})
    return locations


def event_data(event: Event, *, url: str, language: str, sub_events=()) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description,
        "url": url,
        "inLanguage": language,
        "startDate": timezone.localtime(event.starts_at).isoformat(),
        "endDate": timezone.localtime(event.ends_at).isoformat(),
        "eventStatus": STATUSES[event.status],
        "eventAttendanceMode": _attendance_mode(event),
        "location": _location(event, url),
    }
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    if event.parent_id:
        data["superEvent"] = {"@type": "Event", "name": event.parent.title}
    if sub_events:
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": sub_event.title,
                "startDate": timezone.localtime(sub_event.starts_at).isoformat(),
            }
            for sub_event in sub_events
        ]
    return data


def json_ld(event: Event, *, url: str, language: str, sub_events=()) -> SafeString:
    data = event_data(event, url=url, language=language, sub_events=sub_events)
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(text)  # noqa: S308  (escaped above, as json_script does)
