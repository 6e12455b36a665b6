"""The public page of a network group (teemaryhmä / temagrupp), for groups marked public. Its
member experiments are reached through the reverse relation (group.memberships), never by
importing registrations."""

from django.views.generic import DetailView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network.models import NetworkGroup
from network.views.events import upcoming_events


class NetworkGroupDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "network/group_detail.html"
    context_object_name = "group"
    queryset = (
        NetworkGroup.objects.published().select_related("topic").prefetch_related("municipalities")
    )

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return (self.object.description or self.object.name)[:200]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            experiments=list(self.object.memberships.public_members()),
            events=upcoming_events(self.object.events),
            **kwargs,
        )
