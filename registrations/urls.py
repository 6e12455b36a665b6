from django.urls import path
from django.utils.translation import gettext_lazy as _

from registrations.public.feeds import NewExperimentsFeed
from registrations.views import (
    contact,
    private,
    private_reports,
    programmes,
    public,
    register,
    results,
    roadmaps,
    signups,
    suggestions,
)

app_name = "registrations"

urlpatterns = [
    path(_("experiments/"), public.ExperimentListView.as_view(), name="experiments"),
    path(_("experiments/feed/"), NewExperimentsFeed(), name="feed"),
    path(
        _("experiments/<str:reference>/"),
        public.ExperimentDetailView.as_view(),
        name="experiment",
    ),
    path(
        _("experiments/<str:reference>/contact/"),
        contact.ContactView.as_view(),
        name="contact",
    ),
    path(_("calls/<slug:slug>/"), public.CallDetailView.as_view(), name="call"),
    path(_("statistics/"), public.StatisticsView.as_view(), name="statistics"),
    path(_("roadmaps/"), roadmaps.RoadmapListView.as_view(), name="roadmaps"),
    path(_("roadmaps/write/"), roadmaps.RoadmapLinkView.as_view(), name="roadmap_link"),
    path(
        _("roadmaps/write/<str:token>/"),
        roadmaps.RoadmapEditView.as_view(),
        name="roadmap_edit",
    ),
    path(_("roadmaps/<slug:slug>/"), roadmaps.RoadmapDetailView.as_view(), name="roadmap"),
    path(
        _("roadmaps/<slug:slug>/versions/"),
        roadmaps.RoadmapVersionsView.as_view(),
        name="roadmap_versions",
    ),
    path(_("results/"), results.ResultsView.as_view(), name="results"),
    path(
        _("results/experiments/"),
        results.ResultExperimentsView.as_view(),
        name="result_experiments",
    ),
    path(_("day-of-failure/"), results.FailureDayView.as_view(), name="failures"),
    path(_("spreading-models/"), results.SpreadView.as_view(), name="spread"),
    path(_("programmes/"), programmes.ProgrammeListView.as_view(), name="programmes"),
    path(_("programmes/<slug:slug>/"), programmes.ProgrammeDetailView.as_view(), name="programme"),
    path(_("register/"), register.RegisterStartView.as_view(), name="register"),
    path(
        _("register/organisations/"),
        suggestions.OrganisationSuggestionsView.as_view(),
        name="organisation_suggestions",
    ),
    path(
        _("register/similar/"),
        suggestions.SimilarAsYouTypeView.as_view(),
        name="similar_suggestions",
    ),
    path(
        _("register/<slug:call>/<str:role>/"),
        register.RegisterView.as_view(),
        name="register_form",
    ),
    path(_("my-registration/"), private.NewLinkView.as_view(), name="new_link"),
    path(_("events/<slug:slug>/sign-up/"), signups.SignUpView.as_view(), name="event_signup"),
    path(
        _("events/sign-up/<str:token>/"),
        signups.PrivateSignUpView.as_view(),
        name="signup_private",
    ),
    path(
        _("events/sign-up/<str:token>/calendar.ics"),
        signups.PrivateSignUpCalendarView.as_view(),
        name="signup_calendar",
    ),
    path(
        _("my-registration/<str:token>/"),
        private.PrivateRegistrationView.as_view(),
        name="private",
    ),
    path(
        _("my-registration/<str:token>/edit/"),
        private.PrivateRegistrationEditView.as_view(),
        name="private_edit",
    ),
    path(
        _("my-registration/<str:token>/reports/<int:pk>/"),
        private_reports.ReportView.as_view(),
        name="private_report",
    ),
]
