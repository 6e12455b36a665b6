"""The language a translated text is shown in, for its `lang` attribute: a text missing in
the page's language falls back on the other one (settings.MODELTRANSLATION_FALLBACK_LANGUAGES),
and a screen reader must then read it in that language."""

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def shown_in(item, field: str) -> str:
    """{{ goal|shown_in:"text" }}: "fi" or "sv". Works on historical rows too (no query)."""
    language = "sv" if get_language() == "sv" else "fi"
    other = "fi" if language == "sv" else "sv"
    return language if getattr(item, f"{field}_{language}", "") else other
