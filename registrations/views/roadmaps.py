"""Digital roadmaps: the network's overview, one roadmap's page (now or on an earlier date),
its versions, and the private pages where a municipality writes it."""

from datetime import datetime, time

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from digikunta.limits import limit, limit_per_client
from digikunta.public import PublicPageMixin, PublicReadMixin
from registrations.forms.roadmaps import RoadmapEditForm, RoadmapLinkForm
from registrations.public import roadmaps as read
from registrations.services.links import LinkExpired
from registrations.services.roadmaps import request_roadmap_link, roadmap_for_token, save_roadmap
from registrations.views.private import private_no_store


class RoadmapListView(PublicReadMixin, PublicPageMixin, TemplateView):
    template_name = "registrations/roadmaps/roadmap_list.html"
    page_title = _("Digital roadmaps")
    page_description = _(
        "Which municipalities have a digital roadmap, the goals they share, and their starting "
        "and target levels compared by region and by municipality size."
    )

    def get_context_data(self, **kwargs):
        return super().get_context_data(**read.network_overview(), **kwargs)


class RoadmapDetailView(PublicReadMixin, PublicPageMixin, TemplateView):
    """The roadmap now, or as it was at the end of a day (?date=2025-11-23)."""

    template_name = "registrations/roadmaps/roadmap_detail.html"

    def dispatch(self, request, *args, slug, **kwargs):
        self.roadmap = read.published_roadmap(slug)
        if self.roadmap is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Digital roadmap: %(name)s") % {"name": self.roadmap.name}

    def get_page_description(self):
        return _("The digital roadmap of %(name)s: vision, levels, goals and actions.") % {
            "name": self.roadmap.name
        }

    def past_moment(self):
        try:
            day = parse_date(self.request.GET.get("date", "")[:10])
        except ValueError:  # looks like a date but is none, such as 2025-02-30
            day = None
        if day is None or day >= timezone.localdate():
            return None
        return timezone.make_aware(datetime.combine(day, time.max))

    def get_context_data(self, **kwargs):
        moment = self.past_moment()
        roadmap = self.roadmap
        if moment is None:
            levels = [
                (level.perspective.name, level.start_level, level.target_level)
                for level in roadmap.levels.all()
            ]
            goals, actions = list(roadmap.goals.all()), list(roadmap.actions.all())
            for row in goals + actions:  # as on a past version's page (public.roadmaps)
                row.perspective_shown = row.perspective
            for goal in goals:
                goal.topic_shown = goal.topic
            context = {"vision": roadmap.vision, "goals": goals, "actions": actions, "past": None}
        else:
            past = read.roadmap_as_of(roadmap, moment)
            levels = [
                (level.perspective_shown.name, level.start_level, level.target_level)
                for level in (past.levels if past else [])
                if level.perspective_shown
            ]
            context = {
                "vision": read.in_language(past.roadmap, "vision") if past else "",
                "goals": past.goals if past else [],
                "actions": past.actions if past else [],
                "past": past,
                "past_day": moment.date(),
            }
        return super().get_context_data(
            roadmap=roadmap,
            chart=read.level_chart(levels),
            timeline=read.timeline(context["actions"]),
            **context,
            **kwargs,
        )


class RoadmapVersionsView(RoadmapDetailView):
    template_name = "registrations/roadmaps/roadmap_versions.html"

    def get_page_title(self):
        return _("Versions of the digital roadmap: %(name)s") % {"name": self.roadmap.name}

    def get_context_data(self, **kwargs):
        return PublicPageMixin.get_context_data(
            self, roadmap=self.roadmap, versions=read.versions(self.roadmap), **kwargs
        )


@private_no_store
class RoadmapLinkView(PublicPageMixin, FormView):
    """Ask for a link to write a municipality's roadmap. The answer, and its time, are the same
    whether or not the address is a contact of the municipality (only the request is saved)."""

    template_name = "registrations/roadmaps/roadmap_link.html"
    form_class = RoadmapLinkForm
    page_title = _("Write your municipality's digital roadmap")

    def form_valid(self, form):
        limit_per_client(self.request, "links_per_ip")
        limit(self.request, "links_per_address", key=form.cleaned_data["email"])
        request_roadmap_link(
            email=form.cleaned_data["email"], municipality=form.cleaned_data["municipality"]
        )
        return TemplateResponse(
            self.request,
            "registrations/roadmaps/roadmap_link_sent.html",
            {"page_title": _("Check your e-mail"), "email": form.cleaned_data["email"]},
        )


@private_no_store
class RoadmapEditView(PublicPageMixin, TemplateView):
    """The municipality writes its roadmap through the private link."""

    template_name = "registrations/roadmaps/roadmap_edit.html"

    def dispatch(self, request, *args, token, **kwargs):
        self.token = token
        try:
            self.roadmap = roadmap_for_token(token)
        except LinkExpired:
            return TemplateResponse(
                request,
                "registrations/roadmaps/roadmap_link_expired.html",
                {"page_title": _("This link has expired"), "form": RoadmapLinkForm()},
                status=410,
            )
        if self.roadmap is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("The digital roadmap of %(name)s") % {"name": self.roadmap.name}

    def get_context_data(self, **kwargs):
        return super().get_context_data(roadmap=self.roadmap, token=self.token, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=RoadmapEditForm(self.roadmap)))

    def post(self, request, *args, **kwargs):
        form = RoadmapEditForm(self.roadmap, request.POST)
        if not form.is_valid():
            return self.render_to_response(
                self.get_context_data(form=form, has_errors=True), status=200
            )
        save_roadmap(roadmap=self.roadmap, **form.save_arguments())
        messages.success(request, _("Your changes have been saved."))
        return redirect("registrations:roadmap_edit", token=self.token)
