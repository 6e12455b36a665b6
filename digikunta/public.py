"""What every public page shares."""


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
