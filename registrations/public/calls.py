"""Reads for the pages of calls: where a visitor can register instead, when the call in front
of them takes no registrations, and the public experiments of a call."""

from dataclasses import dataclass, field
from datetime import datetime

from registrations.models import Call, CallState, Registration
from registrations.models.search import PlaceListing

# The newest experiments a call's page lists; the rest are a click away in the filtered list.
LATEST = 20


@dataclass(frozen=True)
class OtherCalls:
    """The calls that take registrations now, or else the next one to open."""

    open: list[Call] = field(default_factory=list)
    next: Call | None = None


def other_calls(moment: datetime) -> OtherCalls:
    """Calls to offer on a page whose call takes no registrations: those open at this moment
    (late ones included), soonest deadline first; when none is open, the next to open (which
    may be the page's own call, if it opens later). One query."""
    calls = Call.objects.accepting_at(moment) | Call.objects.upcoming_at(moment)
    calls = list(calls.order_by("opens_at", "pk"))
    open_now = [call for call in calls if call.state_at(moment) != CallState.UPCOMING]
    if open_now:
        return OtherCalls(open=sorted(open_now, key=lambda call: call.last_moment))
    return OtherCalls(next=calls[0] if calls else None)


@dataclass(frozen=True)
class CallExperiments:
    newest: list[Registration]
    count: int


def call_experiments(call: Call) -> CallExperiments:
    """The call's public experiments and reforms: the newest few with what a card shows, and
    how many there are in all, from the search table. Three queries (the newest with the
    count, their rows, their topics)."""
    count, newest = PlaceListing("call", call.pk).newest(LATEST)
    return CallExperiments(newest=newest, count=count)
