"""Organisation names suggested to a registrant as they type.

Only organisations that the public can already see are suggested: those that lead or take part
in a public registration. An organisation named only in a registration that is still being
handled, or was rejected, is the registrant's business, not the next visitor's.
"""

import unicodedata

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When

from network.models import Organisation
from registrations.models import Registration

MIN_LENGTH = 2
# No organisation name is longer (Organisation.name has max_length=200); a longer query can
# match nothing, so it is cut rather than sent to the database.
MAX_LENGTH = 200
LIMIT = 10
# Characters that no name contains and that PostgreSQL refuses (NUL) or cannot match:
# control characters and lone surrogates.
_DROPPED_CATEGORIES = {"Cc", "Cs"}


def public_organisations() -> QuerySet[Organisation]:
    """Organisations that lead or take part in a public registration: the only ones whose
    names may be shown to anyone."""
    public = Registration.objects.public()
    return Organisation.objects.filter(
        Q(pk__in=public.filter(lead_organisation__isnull=False).values("lead_organisation"))
        | Q(pk__in=public.values("partner_organisations"))
    )


def clean_query(text: str) -> str:
    """The query as it can match a name: composed, without control characters, spaces
    collapsed, at most MAX_LENGTH characters."""
    text = text[: MAX_LENGTH * 4]  # bounds the work below on any input
    text = unicodedata.normalize("NFC", text)
    text = "".join(char for char in text if unicodedata.category(char) not in _DROPPED_CATEGORIES)
    return " ".join(text.split())[:MAX_LENGTH]


def suggest_organisation_names(text: str, *, limit: int = LIMIT) -> list[str]:
    """Names, in Finnish or Swedish, of public organisations that contain the text (case does
    not matter): those that start with it first, then alphabetically. Nothing for fewer than
    MIN_LENGTH characters. One query."""
    query = clean_query(text)
    if len(query) < MIN_LENGTH:
        return []
    organisations = public_organisations()
    by_language = [
        organisations.filter(**{f"{column}__icontains": query})
        .annotate(
            suggestion=F(column),
            starts=Case(
                When(**{f"{column}__istartswith": query}, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            ),
        )
        .values_list("suggestion", "starts")
        .order_by()  # the union is ordered, never its parts (SQLite refuses that)
        for column in ("name_fi", "name_sv")
    ]
    # UNION drops a name found twice (the same in both languages, or two organisations).
    names = by_language[0].union(by_language[1]).order_by("starts", "suggestion")[:limit]
    return [name for name, _starts in names]
