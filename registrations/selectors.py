"""Reads for public pages that bring together more than one model."""

from django.db.models import Count, Q

from registrations.models import Registration, Role


def participation_counts() -> dict[str, dict[str, int]]:
    """How many municipalities and experiments take part, by role and in all.

    Two queries: municipalities counted over the participations of public registrations, and
    the public registrations themselves.
    """
    public = Registration.objects.public()
    Participation = Registration.municipalities.through
    municipalities = Participation.objects.filter(registration__in=public.values("pk")).aggregate(
        total=Count("municipality", distinct=True),
        **{
            role.value: Count("municipality", distinct=True, filter=Q(registration__role=role))
            for role in Role
        },
    )
    experiments = public.aggregate(
        total=Count("pk"),
        **{role.value: Count("pk", filter=Q(role=role)) for role in Role},
    )
    return {"municipalities": municipalities, "experiments": experiments}
