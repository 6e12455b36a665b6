"""The open-data page and the bulk files it offers."""

import re
from datetime import date

from django.http import FileResponse, Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from digikunta.public import PublicPageMixin, PublicReadMixin
from registrations.opendata import dcat
from registrations.opendata.api.urls import router
from registrations.opendata.bulk import writer
from registrations.opendata.licence import LICENCE_NAME, LICENCE_URL


class OpenDataView(PublicReadMixin, PublicPageMixin, TemplateView):
    """What can be downloaded and how; asks the database nothing (the files are listed from
    their folder)."""

    template_name = "opendata/open_data.html"
    page_title = _("Open data")
    page_description = _(
        "Download Digikunta's experiments, results and network as open data (CC BY 4.0), "
        "or read them through the API."
    )

    def get_context_data(self, **kwargs):
        files = {form: writer.latest(form) for form in writer.FORMATS}
        return super().get_context_data(
            files={
                form: {"day": _day_of(path), "size": path.stat().st_size}
                for form, path in files.items()
                if path
            },
            endpoints=[prefix for prefix, _viewset, _basename in router.registry],
            tables=writer.TABLES,
            licence_name=LICENCE_NAME,
            licence_url=LICENCE_URL,
            **kwargs,
        )


def _day_of(path) -> date:
    return date.fromisoformat(writer.NAME.match(path.name)[2])


LATEST = re.compile(r"^digikunta-(csv|jsonl)-latest\.zip$")


def download(request, name: str):
    """A bulk file: the latest under its fixed name, or a dated one of the last 30 days."""
    if found := LATEST.match(name):
        path = writer.latest(found[1])
    elif writer.NAME.match(name):
        path = writer.directory() / name
    else:
        path = None
    if path is None or not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name)


def dcat_catalogue(request, form: str):
    """The DCAT-AP catalogue as Turtle (ttl) or JSON-LD (jsonld)."""
    if form not in dcat.SERIALISATIONS:
        raise Http404
    content_type = dcat.SERIALISATIONS[form][1]
    return HttpResponse(dcat.catalogue(form), content_type=f"{content_type}; charset=utf-8")
