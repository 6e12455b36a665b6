from django.urls import path
from django.utils.translation import gettext_lazy as _

from registrations import views

app_name = "registrations"

urlpatterns = [
    path(_("experiments/"), views.ExperimentListView.as_view(), name="experiments"),
    path(
        _("experiments/<str:reference>/"),
        views.ExperimentDetailView.as_view(),
        name="experiment",
    ),
    path(_("calls/<slug:slug>/"), views.CallDetailView.as_view(), name="call"),
]
