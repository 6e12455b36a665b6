from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

# The main navigation: (view name, label).
NAVIGATION = [
    ("home", _("Home")),
    ("registrations:experiments", _("Experiments")),
    ("network:municipalities", _("Municipalities")),
    ("network:topics", _("Topics")),
    ("network:events", _("Events")),
    ("registrations:roadmaps", _("Digital roadmaps")),
    ("registrations:results", _("Results")),
    ("registrations:statistics", _("Statistics")),
    ("about", _("About")),
    ("registrations:register", _("Register")),
]

# How the switcher offers each language, written in that language.
SWITCH_LABELS = {"fi": "Suomeksi", "sv": "På svenska"}


def site(request):
    """The navigation and the same page in the other language, for the base layout."""
    current = get_language()
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match else ""
    path = request.get_full_path()
    alternates = [
        {"code": code, "label": SWITCH_LABELS[code], "url": _same_page_in(code, path, current)}
        for code, _name in settings.LANGUAGES
    ]
    return {
        "navigation": [
            {"view_name": name, "label": label, "current": name == view_name}
            for name, label in NAVIGATION
        ],
        "language_alternates": alternates,
        "other_languages": [alt for alt in alternates if alt["code"] != current],
        # For marking up a name in the other language, such as Åbo on a Finnish page.
        "other_language_code": "sv" if current == "fi" else "fi",
    }


def _same_page_in(code: str, path: str, current: str) -> str:
    """This page in another language; its home page when this one has no counterpart (a 404)."""
    url = translate_url(path, code)
    if url == path and code != current:
        with override(code):
            return reverse("home")
    return url
