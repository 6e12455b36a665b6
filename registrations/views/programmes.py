"""The programme pages: the list, and one programme's editions side by side."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from digikunta.public import PublicPageMixin, PublicReadMixin
from network.models import Programme
from registrations.public import programmes


class ProgrammeListView(PublicReadMixin, PublicPageMixin, ListView):
    template_name = "registrations/programmes/list.html"
    context_object_name = "programmes"
    page_title = _("Programmes")
    page_description = _(
        "The programmes of the network, such as Digikuntakokeilu and Kokeiluviikko, and what "
        "came of each."
    )

    def get_queryset(self):
        return programmes.programmes()


class ProgrammeDetailView(PublicReadMixin, PublicPageMixin, DetailView):
    template_name = "registrations/programmes/detail.html"
    context_object_name = "programme"
    queryset = Programme.objects.published()

    def get_page_title(self):
        return self.object.name

    def get_page_description(self):
        return self.object.description[:200] or self.object.name

    def get_context_data(self, **kwargs):
        return super().get_context_data(editions=list(programmes.editions(self.object)), **kwargs)
