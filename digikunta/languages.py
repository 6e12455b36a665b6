from django.utils.translation import get_language


def active_language() -> str:
    """The site language in use, "fi" or "sv" (Finnish when none is active)."""
    return "sv" if (get_language() or "fi").startswith("sv") else "fi"
