"""The form "Ota yhteyttä" / "Kontakta" of a public experiment: a message to its contact
person through the portal, whose address is never shown; limited per client and per
experiment."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from digikunta.limits import limit, limit_per_client
from digikunta.public import PublicPageMixin
from registrations.forms.contact import ContactForm
from registrations.models import Registration
from registrations.services.contact import Unreachable, send_contact_message
from registrations.views.private import private_no_store


@private_no_store
class ContactView(PublicPageMixin, FormView):
    template_name = "registrations/contact.html"
    form_class = ContactForm

    def dispatch(self, request, *args, reference, **kwargs):
        self.experiment = get_object_or_404(
            Registration.objects.public().select_related("lead_municipality", "lead_organisation"),
            reference=reference.upper(),
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Contact: %(title)s") % {"title": self.experiment.title}

    def get_context_data(self, **kwargs):
        return super().get_context_data(experiment=self.experiment, **kwargs)

    def form_valid(self, form):
        limit_per_client(self.request, "contacts_per_ip")
        limit(self.request, "contacts_per_experiment", key=self.experiment.reference)
        data = form.cleaned_data
        try:
            send_contact_message(
                registration=self.experiment,
                sender_name=data["sender_name"],
                sender_organisation=data["sender_organisation"],
                sender_email=data["sender_email"],
                message=data["message"],
                language=get_language(),
            )
        except Unreachable:
            form.add_error(
                None,
                _(
                    "This experiment can no longer be reached through the site. Ask the "
                    "coordinators for help."
                ),
            )
            return self.form_invalid(form)
        return TemplateResponse(
            self.request,
            "registrations/contact_sent.html",
            {
                "page_title": _("Your message has been sent"),
                "experiment": self.experiment,
                "email": data["sender_email"],
            },
        )
