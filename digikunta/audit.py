"""The audit history (django-simple-history): every change to the models an app tracks is kept
as a row of its history table, with when, who and from where, and the row stays after the
object is deleted.

Who is the user (simple-history's history_user, from its request middleware or set by a
service); from where is `history_source`, a field we add to every history table: the admin,
a registrant through the private link or the registration form, or a management command.
A service that runs for someone outside the ministry says so with `recorded_as()`; our
commands say it by being `AuditedCommand`s; any other `manage.py` command is named by its
command line.

Apps call `track()` from their AppConfig.ready(), after django-modeltranslation has added the
*_fi and *_sv fields (its own ready() runs first: it is first in INSTALLED_APPS), so that the
history tables have a column for each language. Imported only once apps are loaded.
"""

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import simple_history
from django.core.management.base import BaseCommand
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords
from simple_history.utils import bulk_update_with_history

# Where a change came from, as history_source stores it.
ADMIN = "admin"
SITE = "site"
PRIVATE_LINK = "private_link"
REGISTRATION_FORM = "registration_form"
COMMAND = "command:"

LABELS = {
    ADMIN: _("in the admin"),
    SITE: _("on the public site"),
    PRIVATE_LINK: _("registrant via private link"),
    REGISTRATION_FORM: _("registrant via the registration form"),
}

# Why, when the history should say it (history_change_reason): the privacy notice's rules.
RETENTION = "retention"
ERASURE = "erasure"
REASONS = {
    RETENTION: _("personal data removed at the end of its retention period"),
    ERASURE: _("personal data erased on request"),
}

_source: ContextVar[str] = ContextVar("audit_source", default="")


@contextmanager
def recorded_as(source: str) -> Iterator[None]:
    """Changes made inside come from this source (PRIVATE_LINK, command(...) …)."""
    token = _source.set(source)
    try:
        yield
    finally:
        _source.reset(token)


def command(name: str) -> str:
    return f"{COMMAND}{name}"


def current_source() -> str:
    """The source of a change made now: the one a caller declared, else the request's (the
    admin for a signed-in user), else the manage.py command running, else unknown ("")."""
    declared = _source.get()
    if declared:
        return declared
    request = getattr(HistoricalRecords.context, "request", None)
    if request is not None:
        user = getattr(request, "user", None)
        return ADMIN if user is not None and user.is_authenticated else SITE
    program = Path(sys.argv[0]).name if sys.argv else ""
    if program in ("manage.py", "django-admin") and len(sys.argv) > 1:
        return command(sys.argv[1])
    return ""


def describe(source: str) -> str:
    """The source in words, in the active language."""
    if source.startswith(COMMAND):
        return _("command %(name)s") % {"name": source.removeprefix(COMMAND)}
    return str(LABELS.get(source, source))


class AuditedHistory(models.Model):
    """What every history table has besides the tracked model's fields."""

    history_source = models.CharField(_("source"), max_length=100, blank=True, default="")

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.history_source:
            self.history_source = current_source()
        super().save(*args, **kwargs)

    @property
    def reason(self) -> str:
        """Why, in words, when the change says it."""
        reason = self.history_change_reason or ""
        return str(REASONS.get(reason, reason))

    @property
    def changed_by(self) -> str:
        """Who made the change, in words: the user and where, or where alone."""
        where = describe(self.history_source)
        user = self.history_user
        if user is None:
            return where
        name = user.get_full_name() or user.get_username()
        return f"{name} ({where})" if where else name


class AuditedRecords(HistoricalRecords):
    """simple-history's records, remembered on the model so that a change made in several
    steps can be recorded once, at its end (see as_one_change)."""

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            sender._audit_records = self


def track(model, *, exclude: Iterable[str] = (), m2m: Iterable[str] = ()) -> None:
    """Keep the history of this model: every field (translations included) but the excluded
    ones, and the many-to-many fields named, as they were after each change."""
    simple_history.register(
        model,
        # In the app's models package, where `manage.py shell` and readers look for models.
        app=model._meta.app_label,
        records_class=AuditedRecords,
        bases=[AuditedHistory],
        excluded_fields=list(exclude),
        m2m_fields=list(m2m),
        verbose_name=format_lazy(_("history of {name}"), name=model._meta.verbose_name),
        verbose_name_plural=format_lazy(
            _("history of {name}"), name=model._meta.verbose_name_plural
        ),
    )


@contextmanager
def as_one_change(instance, *, created: bool = False) -> Iterator[None]:
    """Save the instance and its many-to-many fields inside, then record it once, as it is at
    the end, rather than once per step."""
    hold(instance)
    try:
        yield
    finally:
        release(instance)
    record(instance, created=created)


def hold(instance) -> None:
    """Record nothing for this instance until release()."""
    instance.skip_history_when_saving = True


def release(instance) -> None:
    if hasattr(instance, "skip_history_when_saving"):
        del instance.skip_history_when_saving


def record(instance, *, created: bool = False) -> None:
    """A history row for the instance as it is now."""
    type(instance)._audit_records.create_historical_record(instance, "+" if created else "~")


def bulk_update(model, objects: list, fields: list[str], *, reason: str) -> None:
    """QuerySet.bulk_update(), with a history row for each object, as save() would make."""
    bulk_update_with_history(
        objects,
        model,
        fields,
        default_change_reason=reason,
        custom_historical_attrs={"history_source": current_source()},
    )


class AuditedCommand(BaseCommand):
    """A management command whose changes the history names by the command."""

    def execute(self, *args, **options):
        name = type(self).__module__.rsplit(".", 1)[-1]
        with recorded_as(command(name)):
            return super().execute(*args, **options)
