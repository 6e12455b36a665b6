"""Coordinators: ministry staff who curate the network in the admin."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

# Created, with its permissions, by the migration registrations.0002_coordinators_group.
GROUP_NAME = "Koordinaattorit / Koordinatorer"


@transaction.atomic
def create_coordinator(*, username: str, email: str, password: str | None):
    """A staff account in the coordinators' group (not a superuser). Re-running updates it."""
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.email = email
    user.is_staff = True
    if password:
        user.set_password(password)
    elif not user.has_usable_password():
        user.set_unusable_password()
    user.full_clean()
    user.save()
    user.groups.add(Group.objects.get(name=GROUP_NAME))
    return user
