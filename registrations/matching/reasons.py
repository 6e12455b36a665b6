"""Reasons as short phrases in the page's language: "Sama aihe: Sähköinen asiointi",
"Naapurikunta", "Tehnyt saman jo 2015 ja säästää 148 000 € vuodessa". A reason is data (a code
and its values, see scoring.score); the suggested registration's topics are read from it
(prefetched), so that naming them costs no query."""

from django.utils.translation import gettext as _

from digikunta.formats import euros
from registrations.models import Sharing


def _mentor(reason: dict) -> str:
    year, savings = reason.get("year"), reason.get("savings")
    if year and savings:
        return _("Did the same already in %(year)s and saves %(savings)s a year") % {
            "year": year,
            "savings": euros(savings),
        }
    if savings:
        return _("Has done the same and saves %(savings)s a year") % {"savings": euros(savings)}
    if year:
        return _("Did the same already in %(year)s") % {"year": year}
    return _("Has done the same already")


def phrase(reason: dict, other=None) -> str:
    """One reason in the active language; `other` is the suggested registration."""
    code = reason.get("code")
    if code == "mentor":
        return _mentor(reason)
    if code == "offers":
        items = [str(Sharing(item).label).lower() for item in reason["items"] if item in Sharing]
        return _("Offers: %(items)s") % {"items": ", ".join(items)}
    if code == "topic":
        wanted = set(reason.get("topics", ()))
        names = [t.name for t in other.topics.all() if t.pk in wanted] if other else []
        return (
            _("Same topic: %(topics)s") % {"topics": ", ".join(names)} if names else _("Same topic")
        )
    return {
        "text": _("Similar description"),
        "same_municipality": _("Same municipality taking part"),
        "neighbour": _("Neighbouring municipality"),
        "region": _("Same region"),
        "size": _("Municipality of a similar size"),
        "partner": _("Same partner organisation"),
    }.get(code, "")


def phrases(reasons: list[dict], other=None) -> list[str]:
    return [text for text in (phrase(reason, other) for reason in reasons) if text]
