from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularSwaggerSplitView


@extend_schema(exclude=True)
class ApiDocsView(SpectacularSwaggerSplitView):
    """Swagger UI from our own static files, its script a file of its own (no inline code, as
    the Content-Security-Policy wants), the page in the visitor's language."""

    template_name = "opendata/swagger_ui.html"
    url_name = "api:schema"
