from django.urls import path
from django.utils.translation import gettext_lazy as _

from network.views import events, groups, places, topics

app_name = "network"

urlpatterns = [
    path(_("municipalities/"), places.MunicipalityListView.as_view(), name="municipalities"),
    path(
        _("municipalities/<str:code>/"),
        places.MunicipalityDetailView.as_view(),
        name="municipality",
    ),
    path(_("regions/<str:code>/"), places.RegionDetailView.as_view(), name="region"),
    path(_("groups/<slug:slug>/"), groups.NetworkGroupDetailView.as_view(), name="group"),
    path(_("topics/"), topics.TopicListView.as_view(), name="topics"),
    path(_("topics/<slug:slug>/"), topics.TopicDetailView.as_view(), name="topic"),
    path(_("events/"), events.EventListView.as_view(), name="events"),
    path(_("events/calendar.ics"), events.CalendarFeedView.as_view(), name="events_calendar"),
    path(_("events/<slug:slug>/"), events.EventDetailView.as_view(), name="event"),
    path(
        _("events/<slug:slug>/calendar.ics"),
        events.EventCalendarView.as_view(),
        name="event_calendar",
    ),
]
