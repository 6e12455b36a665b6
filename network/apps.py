from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")

    def ready(self):
        # After modeltranslation's ready() has added the translated fields (it is first in
        # INSTALLED_APPS), so that the history tables get them too.
        from network import history  # noqa: F401
