"""The error pages: 400, 403, a refused form (CSRF), 404 and 500, in the language of the URL.

/sv/… answers in Swedish, /fi/… and every unprefixed address in Finnish, whatever went wrong
before the language was chosen. The pages render without the request's context processors and
without a single query, so that the 500 page shows even when the database is down, and they
never call request.get_host(), so that a forged Host header gets the 400 page too.

templates/errors/_error.html is the layout they share; another error page (429) extends it and
is answered with render_error().
"""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils.translation import get_language_from_path, override

from digikunta.layout import NAVIGATION, SWITCH_LABELS

logger = logging.getLogger(__name__)

# Shown only if the 500 page itself cannot be drawn (a broken template or static manifest).
LAST_RESORT = (
    '<!doctype html><html lang="fi"><meta charset="utf-8"><title>Digikunta</title>'
    "<h1>Jokin meni vikaan.</h1><p>Yritä hetken kuluttua uudelleen.</p>"
    '<h1 lang="sv">Något gick fel.</h1><p lang="sv">Försök igen om en stund.</p></html>'
)


def page_language(request: HttpRequest) -> str:
    """The language of the URL: "sv" for /sv/…, Finnish for everything else."""
    language = get_language_from_path(request.path_info)
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def error_context(language: str) -> dict:
    """What the shared layout needs, made of URLs alone: no query, no request."""
    other = next(code for code, _name in settings.LANGUAGES if code != language)
    with override(other):
        other_home = reverse("home")
    with override(language):
        navigation = [{"url": reverse(name), "label": str(label)} for name, label in NAVIGATION]
    return {
        "LANGUAGE_CODE": language,
        "navigation": navigation,
        "other_language": {"code": other, "label": SWITCH_LABELS[other], "url": other_home},
    }


def render_error(
    request: HttpRequest, template_name: str, *, status: int, context: dict | None = None
) -> HttpResponse:
    """The error page template_name (which extends errors/_error.html) in the URL's language."""
    language = page_language(request)
    with override(language):
        content = loader.get_template(template_name).render(
            {**error_context(language), **(context or {})}
        )
    response = HttpResponse(content, status=status)
    response["Content-Language"] = language
    return response


def bad_request(request, exception=None, *, status=400):
    """handler400; also the answer of the input guard (digikunta/input_guard.py), with 413 for
    a body too large to read."""
    return render_error(request, "400.html", status=status)


def permission_denied(request, exception=None):
    return render_error(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its security token. The reason stays out of the
    page, which says what the person can do about it."""
    return render_error(request, "403_csrf.html", status=403)


def page_not_found(request, exception=None):
    return render_error(request, "404.html", status=404)


def server_error(request):
    try:
        return render_error(request, "500.html", status=500)
    except Exception:
        logger.exception("The 500 page could not be drawn")
        return HttpResponse(LAST_RESORT, status=500)
