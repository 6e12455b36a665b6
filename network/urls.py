from django.urls import path
from django.utils.translation import gettext_lazy as _

from network import views

app_name = "network"

urlpatterns = [
    path(_("municipalities/"), views.MunicipalityListView.as_view(), name="municipalities"),
    path(
        _("municipalities/<str:code>/"),
        views.MunicipalityDetailView.as_view(),
        name="municipality",
    ),
    path(_("regions/<str:code>/"), views.RegionDetailView.as_view(), name="region"),
    path(_("topics/"), views.TopicListView.as_view(), name="topics"),
    path(_("topics/<slug:slug>/"), views.TopicDetailView.as_view(), name="topic"),
]
