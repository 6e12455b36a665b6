from rest_framework.pagination import CursorPagination


class Pages(CursorPagination):
    """Cursor pages: stable while records are added, and as fast on page 1,000 as on page 1."""

    page_size = 50
    max_page_size = 500
    page_size_query_param = "page_size"
    ordering = "pk"


class NewestFirst(Pages):
    ordering = ("-published_at", "-pk")
