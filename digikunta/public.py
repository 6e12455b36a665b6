"""What every public page shares."""

from digikunta.routers import reading_public_data, stop_reading_public_data


class PublicPageMixin:
    """A public page: its title and description for the <head> and the first heading."""

    page_title = ""
    page_description = ""

    def get_page_title(self) -> str:
        return self.page_title

    def get_page_description(self) -> str:
        return self.page_description

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_title"] = self.get_page_title()
        context["page_description"] = self.get_page_description()
        return context


class PublicReadMixin:
    """A page anyone may read, showing only public data: its GET and HEAD requests read from
    the read replica when there is one (digikunta.routers), and its HTML may be compressed
    (digikunta.compression). Not for the admin, forms that post, or the private pages."""

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)
        request.is_public_read = True
        token = reading_public_data()
        try:
            response = super().dispatch(request, *args, **kwargs)
            # Templates read lazily: render while the reads still go to the replica.
            if hasattr(response, "render") and not getattr(response, "is_rendered", True):
                response.render()
            return response
        finally:
            stop_reading_public_data(token)
