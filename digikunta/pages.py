from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from django.views.generic import TemplateView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network.models import Event, Region
from registrations.models import Call, Registration
from registrations.public import statistics
from registrations.public.shared_cache import data_version
from registrations.services.signup_privacy import SIGNUP_KEPT_MONTHS

# How many upcoming events the home page and the pages of topics and municipalities show.
UPCOMING_EVENTS = 3


class HomeView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "pages/home.html"
    page_title = _("Municipalities trying out digital ways of working")
    page_description = _(
        "Digikunta brings together Finnish municipalities that try out digital ways of working "
        "and those that already did and can show the savings."
    )

    def get_context_data(self, **kwargs):
        now = timezone.now()
        return super().get_context_data(
            open_calls=Call.objects.accepting_at(now),
            upcoming_calls=Call.objects.upcoming_at(now).order_by("opens_at")[:3],
            counts=statistics.participation(data_version(), timezone.localdate()),
            latest=Registration.objects.public().for_listing().newest_first()[:6],
            regions=Region.objects.all(),
            events=Event.objects.published()
            .for_listing()
            .select_related("parent")
            .upcoming(now)[:UPCOMING_EVENTS],
            **kwargs,
        )


class PrivacyView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "pages/privacy.html"
    page_title = _("Privacy notice")
    page_description = _(
        "What Digikunta keeps about the people who register, why and for how long."
    )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            contact_email=settings.CONTACT_EMAIL,
            link_days=settings.REGISTRATION_LINK_DAYS,
            signup_months=SIGNUP_KEPT_MONTHS,
            reporting_days=settings.REPORTING_PERIOD_DAYS,
            **kwargs,
        )


class AboutView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "pages/about.html"
    page_title = _("About Digikunta")
    page_description = _("The aims of the Digikunta network and how to contact the coordinators.")

    def get_context_data(self, **kwargs):
        return super().get_context_data(contact_email=settings.CONTACT_EMAIL, **kwargs)


def robots_txt(request):
    """Crawlers may read every public page; the admin and the registrants' own pages are
    private, forms are no content, and the health check is for the load balancer."""
    private = [
        "admin:index",
        "registrations:register",
        "registrations:new_link",
        "registrations:roadmap_link",
    ]
    lines = ["User-agent: *", f"Disallow: {reverse('healthz')}"]
    for language, _name in settings.LANGUAGES:
        with override(language):
            lines += [f"Disallow: {reverse(name)}" for name in private]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap-index'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
