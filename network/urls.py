from django.urls import path
from django.utils.translation import gettext_lazy as _

from network.views import groups, places, topics

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
]
