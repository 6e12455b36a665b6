"""Reads for public pages that bring together more than one model."""

from django.db.models import Count, Q, Subquery

from registrations.models import Registration
from registrations.public.search import search

# Similar experiments are ranked among this many of the latest ones that share a word, so that
# a common word costs the same as a rare one.
CANDIDATES = 300


def similar_experiments(*, title: str, text: str, topics, exclude=None, limit: int = 5):
    """Public experiments that look like this one: sharing words with its title or text (in
    either language, stemmed), closest first, those on the same topics before others."""
    words = f"{title} {title} {' '.join(text.split()[:40])}"
    candidates = search(Registration.objects.public(), words, any_word=True)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude.pk)
    latest = candidates.newest_first().values("pk")[:CANDIDATES]
    return list(
        search(Registration.objects.filter(pk__in=Subquery(latest)), words, any_word=True)
        .annotate(shared_topics=Count("topics", filter=Q(topics__in=list(topics)), distinct=True))
        .for_listing()
        .order_by("-rank", "-shared_topics", "-published_at")[:limit]
    )
