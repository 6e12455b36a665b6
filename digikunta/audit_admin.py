"""The audit history in the admin: the "History" page of a tracked model's change page, in
Finnish and Swedish, read only. It lists every change, newest first, with who made it and
from where, and what changed in words; related records kept with the object (a call's fee
tiers, a registration's decisions) follow in sections of their own."""

from datetime import date, datetime

from django.contrib.admin.utils import unquote
from django.contrib.auth import get_permission_codename
from django.db.models import ManyToManyField
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

CHANGE_TYPES = {"+": _("Created"), "~": _("Changed"), "-": _("Deleted")}


def readable(field, value):
    """A field's value as a coordinator reads it: choices by their labels, yes and no, dates
    the Finnish way."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if getattr(field, "flatchoices", None):
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, datetime):
        return date_filter(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return date_filter(value, "SHORT_DATE_FORMAT")
    return value


class ReadableChanges(HistoricalRecordContextHelper):
    def __init__(self, model, record, *, value_of=readable):
        super().__init__(model, record)
        self.value_of = value_of

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, ManyToManyField):
            return super().prepare_delta_change_value(change, value)
        return self.value_of(field, value)


def untranslated_fields(model) -> set[str]:
    """The original field of each translated one: its *_fi and *_sv columns tell the change."""
    try:
        return set(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return set()


def with_changes(model, records, *, value_of=readable) -> list:
    """The records (newest first), each with its changes from the previous record of the same
    object and its type and author in words; value_of(field, value) writes a value."""
    records = list(records)
    hidden = untranslated_fields(model)
    pk = model._meta.pk.attname
    for newer, record in enumerate(records):
        record.change_type = CHANGE_TYPES.get(record.history_type, record.history_type)
        older = next(
            (r for r in records[newer + 1 :] if getattr(r, pk) == getattr(record, pk)), None
        )
        if older is None:
            record.history_delta_changes = first_values(model, record, hidden, value_of)
            continue
        delta = record.diff_against(older, excluded_fields=hidden, foreign_keys_are_objs=True)
        helper = ReadableChanges(model, record, value_of=value_of)
        record.history_delta_changes = helper.context_for_delta_changes(delta)
    return records


def first_values(model, record, hidden: set[str], value_of=readable) -> list[dict]:
    """What the first record of an object says: its fields that have a value."""
    values = []
    for field in record.tracked_fields:
        if not field.editable or field.primary_key or field.name in hidden:
            continue
        value = getattr(record, field.attname)
        if value in (None, "", [], False):
            continue
        if field.is_relation:
            value = getattr(record, field.name, None) or value
        values.append(
            {"field": capfirst(field.verbose_name), "old": "–", "new": value_of(field, value)}
        )
    for field in record._history_m2m_fields:
        related = [
            str(getattr(row, field.m2m_reverse_field_name()))
            for row in getattr(record, field.name).select_related(field.m2m_reverse_field_name())
        ]
        if related:
            values.append(
                {"field": capfirst(field.verbose_name), "old": "–", "new": ", ".join(related)}
            )
    return values


class AuditedAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin for our models: combine it with TabbedTranslationAdmin as
    `class X(AuditedAdmin, TabbedTranslationAdmin)`. List in `history_related` the models kept
    with this one, by the name of their foreign key to it: [(FeeTier, "call")]."""

    object_history_template = "admin/audit/object_history.html"
    history_related: list[tuple[type, str]] = []

    def get_urls(self):
        # No page per old version: they are read on the history page, never reverted.
        return [
            url for url in super().get_urls() if not (url.name or "").endswith("_simple_history")
        ]

    def history_view_title(self, request, obj):
        return gettext("History: %(object)s") % {"object": obj}

    def history_value(self, field, value):
        """A value as the history page writes it; override for values readable() cannot."""
        return readable(field, value)

    def set_history_delta_changes(self, request, historical_records, **kwargs):
        with_changes(self.model, historical_records, value_of=self.history_value)

    def history_view(self, request, object_id, extra_context=None):
        sections = [
            (model._meta.verbose_name_plural, with_changes(model, records))
            for model, records in self.related_history(request, object_id)
        ]
        extra_context = {
            **(extra_context or {}),
            "related_histories": sections,
            "object_deleted": not self.model._default_manager.filter(
                pk=unquote(object_id)
            ).exists(),
        }
        return super().history_view(request, object_id, extra_context)

    def related_history(self, request, object_id):
        for model, foreign_key in self.history_related:
            history = model.history.model
            opts = history._meta
            if not request.user.has_perm(
                f"{opts.app_label}.{get_permission_codename('view', opts)}"
            ):
                continue
            yield (
                model,
                history.objects.filter(**{f"{foreign_key}_id": object_id}).select_related(
                    "history_user"
                ),
            )
