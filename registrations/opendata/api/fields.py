"""Shapes the API uses everywhere: texts in both languages, links to the pages in both
languages, euros as strings of decimals."""

from decimal import Decimal

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

LANGUAGES = ("fi", "sv")

_BOTH = inline_serializer(
    "Translated",
    fields={language: serializers.CharField(allow_null=True) for language in LANGUAGES},
)


@extend_schema_field(_BOTH)
class TranslatedField(serializers.Field):
    """A translated field as {"fi": …, "sv": …}: each language as written, null where there is
    none (no fallback: the reader sees which language a text was written in)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        self.base = field_name

    def to_representation(self, instance):
        return {
            language: getattr(instance, f"{self.base}_{language}", None) or None
            for language in LANGUAGES
        }


@extend_schema_field(_BOTH)
class PageLinksField(serializers.Field):
    """The record's HTML page in both languages, as absolute URLs."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, instance):
        links = {}
        for language in LANGUAGES:
            with translation.override(language):
                links[language] = settings.SITE_URL + instance.get_absolute_url()
        return links


def page_links(view_name: str, *args) -> dict[str, str]:
    links = {}
    for language in LANGUAGES:
        with translation.override(language):
            links[language] = settings.SITE_URL + reverse(view_name, args=args)
    return links


@extend_schema_field(OpenApiTypes.STR)
class EurosField(serializers.Field):
    """Euros as a string of decimals ("40000.00"), never a float."""

    def to_representation(self, value):
        return f"{Decimal(value):.2f}"
