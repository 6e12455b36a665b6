"""The licence of everything the open data distributes, and how to credit it."""

from django.utils.translation import gettext_lazy as _

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
ATTRIBUTION = _("Source: Digikunta, the network of municipalities' digital experiments, %(year)s")
