"""Public pages of the topics, each with its latest public experiments."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network.models import Topic
from network.views.events import upcoming_events
from network.views.places import LATEST


class TopicListView(PublicReadMixin, PublicPageMixin, ListView):
    template_name = "network/topic_list.html"
    page_title = _("Topics")
    page_description = _("The topics on which municipalities experiment.")
    queryset = Topic.objects.active()


class TopicDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "network/topic_detail.html"
    queryset = Topic.objects.all()

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return self.object.description or self.object.name

    def get_context_data(self, **kwargs):
        experiment_count, experiments = self.object.registrations.listing().newest(LATEST)
        return super().get_context_data(
            experiments=experiments,
            experiment_count=experiment_count,
            events=upcoming_events(self.object.events),
            events_query=f"?topic={self.object.slug}",
            **kwargs,
        )
