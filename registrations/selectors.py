"""Reads for public pages that bring together more than one model."""

from django.db.models import Count, Q

from registrations.models import Registration, Role
from registrations.search import search


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


def similar_experiments(*, title: str, text: str, topics, exclude=None, limit: int = 5):
    """Public experiments that look like the one being registered: sharing words with its
    title or text (in either language, stemmed), closest first, those on the same topics
    before others."""
    candidates = search(Registration.objects.public(), f"{title} {title} {text}", any_word=True)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    return list(
        candidates.annotate(
            shared_topics=Count("topics", filter=Q(topics__in=list(topics)), distinct=True)
        )
        .for_listing()
        .order_by("-rank", "-shared_topics", "-published_at")[:limit]
    )
