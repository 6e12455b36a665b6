from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from digikunta.public import PublicPageMixin
from registrations.models import Call, Registration


class ExperimentListView(PublicPageMixin, ListView):
    template_name = "registrations/experiment_list.html"
    page_title = _("Experiments")
    page_description = _(
        "Experiments and reforms of Finnish municipalities: ideas, results, failures and savings."
    )
    paginate_by = 20

    def get_queryset(self):
        return Registration.objects.public().for_listing().order_by("-published_at", "-pk")


class ExperimentDetailView(PublicPageMixin, DetailView):
    template_name = "registrations/experiment_detail.html"
    context_object_name = "experiment"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Registration.objects.public()
            .for_listing()
            .prefetch_related("municipalities", "partner_organisations"),
            reference=self.kwargs["reference"].upper(),
        )

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return (self.object.idea or self.object.reform or self.object.title)[:200]


class CallDetailView(PublicPageMixin, DetailView):
    template_name = "registrations/call_detail.html"
    context_object_name = "call"
    queryset = Call.objects.published().prefetch_related("fee_tiers")

    def get_page_title(self):
        return self.object.title

    def get_page_description(self):
        return self.object.description[:200] or self.object.title
