"""A loaded registration form saves at most one registration.

The form carries a signed start time (forms.fields.SpamGuard), its "start token". When a
registration is saved, the token is remembered in the shared cache with the submission key it
saved, so that the same token with another submission key (a script that loads the form once
and posts it many times) is refused, while the same submission again (a double click, the
browser's resubmit) still reaches submit_registration, which answers it with the saved one.
"""

import hashlib
import logging
from uuid import UUID

from django.core.cache import cache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# How long a start token is remembered, which is as long as the form accepts it
# (SpamGuard.MAXIMUM_SECONDS): a week, so that a form left open over a weekend still sends.
KEPT_SECONDS = 7 * 24 * 3600


class StartUsed(Exception):
    """This form's start token has already saved another registration."""


def _key(token: str) -> str:
    return "form-start:" + hashlib.sha256(token.encode()).hexdigest()


def claim(token: str, submission_key: UUID) -> None:
    """Take the token for this submission, or raise StartUsed if another submission has it.

    A cache that does not answer lets the registration through: the other checks of the form
    still stand, and a lost registration would cost more than a repeated one.
    """
    value = str(submission_key)
    try:
        if cache.add(_key(token), value, timeout=KEPT_SECONDS):
            return
        holder = cache.get(_key(token))
    except RedisError:
        logger.warning("The shared cache did not answer; a form's start token was not checked.")
        return
    # None: the entry expired between add() and get(); the token is then too old anyway.
    if holder not in (value, None):
        raise StartUsed


def release(token: str, submission_key: UUID) -> None:
    """Give the token back when nothing was saved with it (the call had closed, an error)."""
    try:
        if cache.get(_key(token)) == str(submission_key):
            cache.delete(_key(token))
    except RedisError:
        logger.warning("The shared cache did not answer; a form's start token stays taken.")
