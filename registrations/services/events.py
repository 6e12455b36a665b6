"""What coordinators do to events themselves (not to their sign-ups): duplicate one."""

from django.db import transaction
from django.utils.text import slugify

from digikunta import audit
from network.models import Event


def _free_slug(base: str) -> str:
    base = slugify(base)[:90] or "tapahtuma"
    taken = set(Event.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


@transaction.atomic
def duplicate_event(*, event: Event) -> Event:
    """A copy to edit into the next one: the same texts, place, topics, sign-up settings and
    materials, unpublished and with no sign-ups, under an address of its own."""
    topics = list(event.topics.all())
    materials = list(event.materials.all())
    copy = Event.objects.get(pk=event.pk)
    copy.pk = None
    copy._state.adding = True
    copy.slug = _free_slug(event.slug)
    copy.is_published = False
    with audit.as_one_change(copy, created=True):
        copy.save()
        copy.topics.set(topics)
    for material in materials:
        material.pk = None
        material.event = copy
        material.save()
    return copy
