"""Public pages of events: the list (upcoming first, then past ones with their materials;
filters by kind, topic, region and month, as a plain GET form), an event's page (with its
position on a map drawn by the server, the schema.org JSON-LD and, for an umbrella event such
as the experiment week, its sub-events by region), and the iCal feeds.

Sign-ups are registrations' business: these pages link to its sign-up page and never read a
sign-up."""

import re
from datetime import datetime, timedelta

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import DetailView, TemplateView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network import calendar
from network.models import Event, EventKind, EventMaterial, Region, Topic
from network.positions import position_map
from network.structured_data import json_ld

# The list shows the next upcoming events (the filters narrow them down) and the latest past
# ones; the feed covers a year back.
UPCOMING_SHOWN = 100
PAST_SHOWN = 30
FEED_FROM = timedelta(days=365)
FEED_LIMIT = 500
_MONTH = re.compile(r"(\d{4})-(\d{2})")


def month_range(value: str) -> tuple[datetime, datetime] | None:
    """The first moment of the month given as 2026-10 and of the next one, in Finnish time."""
    match = _MONTH.fullmatch(value)
    if not match or not 1 <= int(match[2]) <= 12 or not 2000 <= int(match[1]) <= 2100:
        return None
    year, month = int(match[1]), int(match[2])
    start = timezone.make_aware(datetime(year, month, 1))
    end = timezone.make_aware(datetime(year + month // 12, month % 12 + 1, 1))
    return start, end


def upcoming_events(events, *, shown: int = 3) -> list:
    """The next published events of a topic's or a place's (its reverse relation), in one query."""
    return list(
        events.published().for_listing().select_related("parent").upcoming(timezone.now())[:shown]
    )


class EventListView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "network/event_list.html"
    page_title = _("Events")
    page_description = _(
        "Workshops, seminars, webinars and the experiment week of the Digikunta network."
    )

    def filters(self) -> dict:
        get = self.request.GET
        chosen = {
            "kind": get.get("kind", "") if get.get("kind") in EventKind.values else "",
            "topic": get.get("topic", "")[:80],
            "region": get.get("region", "")[:2],
            "month": get.get("month", "")[:7] if month_range(get.get("month", "")[:7]) else "",
        }
        return chosen

    def filtered(self, chosen: dict):
        events = Event.objects.published().for_listing().select_related("parent")
        if chosen["kind"]:
            events = events.filter(kind=chosen["kind"])
        if chosen["topic"]:
            events = events.filter(topics__slug=chosen["topic"])
        if chosen["region"]:
            events = events.filter(municipality__region__code=chosen["region"])
        if chosen["month"]:
            start, end = month_range(chosen["month"])
            events = events.filter(starts_at__lt=end, ends_at__gte=start)
        return events

    def get_context_data(self, **kwargs):
        now = timezone.now()
        chosen = self.filters()
        events = self.filtered(chosen)
        materials = Prefetch("materials", queryset=EventMaterial.objects.all())
        return super().get_context_data(
            filters=chosen,
            is_filtered=any(chosen.values()),
            kinds=EventKind.choices,
            topics=Topic.objects.active().only("slug", "name", "name_fi", "name_sv"),
            regions=Region.objects.all(),
            upcoming=list(events.upcoming(now)[:UPCOMING_SHOWN]),
            past=list(events.past(now).prefetch_related(materials)[:PAST_SHOWN]),
            **kwargs,
        )


class EventDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "network/event_detail.html"
    queryset = (
        Event.objects.published()
        .select_related("municipality__region", "parent", "programme", "group")
        .prefetch_related("topics", "materials")
    )

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return (self.object.description or self.object.title)[:300]

    def get_context_data(self, **kwargs):
        event = self.object
        now = timezone.now()
        sub_events = list(
            event.sub_events.published()
            .for_listing()
            .order_by("municipality__region__code", "starts_at", "pk")
        )
        by_region: dict = {}
        for sub_event in sub_events:
            region = sub_event.municipality.region if sub_event.municipality else None
            by_region.setdefault(region, []).append(sub_event)
        url = self.request.build_absolute_uri(event.get_absolute_url())
        return super().get_context_data(
            now=now,
            is_past=event.ends_at < now,
            accepts_signups=event.accepts_signups_at(now),
            signups_not_yet_open=event.takes_signups
            and event.signups_open_at is not None
            and now < event.signups_open_at,
            sub_events_by_region=list(by_region.items()),
            position=position_map(event.latitude, event.longitude) if event.has_position else None,
            json_ld=json_ld(event, url=url, language=get_language(), sub_events=sub_events),
            **kwargs,
        )


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


class CalendarFeedView(PublicReadMixin, View):
    """Every published event from a year back on, for a calendar to subscribe to."""

    def get(self, request):
        events = (
            Event.objects.published()
            .select_related("municipality")
            .filter(ends_at__gte=timezone.now() - FEED_FROM)
            .order_by("starts_at", "pk")[:FEED_LIMIT]
        )
        return _ics(calendar.calendar(events, language=get_language()), "digikunta.ics")


class EventCalendarView(PublicReadMixin, View):
    def get(self, request, slug):
        event = Event.objects.published().select_related("municipality").filter(slug=slug).first()
        if event is None:
            raise Http404
        return _ics(calendar.calendar([event], language=get_language()), f"{event.slug}.ics")
