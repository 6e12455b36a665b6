"""Models that spread: confirmed adoptions of public experiments and reforms, each with the
municipality where the model began (its lead) and the one that took it up. One query, the
newest adoptions first, at most SHOWN of them: the page and its map stay the same size however
many there are."""

from dataclasses import dataclass

from registrations.models import CONTACT_FIELDS, Adoption, Status

SHOWN = 300


def adoptions():
    return (
        Adoption.objects.confirmed()
        .filter(registration__status=Status.ACCEPTED)
        .select_related(
            "municipality",
            "registration",
            "registration__lead_municipality",
            "registration__lead_organisation",
        )
        .defer(*(f"registration__{name}" for name in CONTACT_FIELDS))
        .order_by("-year", "-confirmed_at", "-pk")[:SHOWN]
    )


@dataclass
class SpreadModel:
    """One experiment or reform and the municipalities that took it up."""

    experiment: object
    adoptions: list


def by_model(found) -> list[SpreadModel]:
    """The adoptions grouped by the model they took up, in the order first met."""
    models: dict[int, SpreadModel] = {}
    for adoption in found:
        model = models.setdefault(adoption.registration_id, SpreadModel(adoption.registration, []))
        model.adoptions.append(adoption)
    return list(models.values())


def routes(found) -> list[tuple[str | None, str, str]]:
    """(where it began, where it went, a label) of each adoption, for the map."""
    return [
        (
            getattr(adoption.registration.lead_municipality, "code", None),
            adoption.municipality.code,
            f"{adoption.registration.title} → {adoption.municipality}",
        )
        for adoption in found
    ]
