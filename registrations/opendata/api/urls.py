from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from registrations.opendata.api import views
from registrations.opendata.api.docs import ApiDocsView

router = DefaultRouter(trailing_slash=True)
router.register("experiments", views.ExperimentViewSet, basename="experiment")
router.register("programmes", views.ProgrammeViewSet, basename="programme")
router.register("calls", views.CallViewSet, basename="call")
router.register("regions", views.RegionViewSet, basename="region")
router.register("municipalities", views.MunicipalityViewSet, basename="municipality")
router.register("topics", views.TopicViewSet, basename="topic")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("events", views.EventViewSet, basename="event")
router.register("groups", views.NetworkGroupViewSet, basename="group")
router.register("mentoring", views.MentoringViewSet, basename="mentoring")
router.register("reports", views.ReportViewSet, basename="report")

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", ApiDocsView.as_view(), name="docs"),
    path("", include(router.urls)),
]
