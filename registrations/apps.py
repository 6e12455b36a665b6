from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "registrations"
    verbose_name = _("Calls and registrations")

    def ready(self):
        # After modeltranslation's ready() has added the translated fields (it is first in
        # INSTALLED_APPS), so that the history tables get them too.
        from registrations import history  # noqa: F401
