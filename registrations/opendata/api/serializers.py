"""What each kind of record looks like in the API. Every field is one the HTML pages already
show; nothing of a contact person is named here, and the querysets are public() ones."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from network.models import Municipality, Organisation, Programme, Region, Topic
from registrations.models import TEXT_FIELDS, Call, Registration
from registrations.opendata.api.fields import (
    EurosField,
    PageLinksField,
    TranslatedField,
    page_links,
)


class CountsMixin(serializers.Serializer):
    """The number of public experiments, from the counts the view gives the serializer."""

    experiments = serializers.SerializerMethodField()

    def get_experiments(self, instance) -> int:
        return self.context["counts"].get(instance.pk, 0)


class RegionSerializer(CountsMixin, serializers.ModelSerializer):
    name = TranslatedField()
    pages = PageLinksField()

    class Meta:
        model = Region
        fields = ["code", "name", "pages", "experiments"]


class MunicipalitySerializer(CountsMixin, serializers.ModelSerializer):
    name = TranslatedField()
    # Declared, so that the schema does not take the database's integer range as a limit.
    population = serializers.IntegerField(read_only=True)
    population_year = serializers.IntegerField(read_only=True)
    region = serializers.SlugRelatedField(slug_field="code", read_only=True)
    pages = PageLinksField()

    class Meta:
        model = Municipality
        fields = [
            "code",
            "name",
            "region",
            "language_status",
            "population",
            "population_year",
            "statistical_group",
            "is_active",
            "pages",
            "experiments",
        ]


class TopicSerializer(CountsMixin, serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()
    pages = PageLinksField()

    class Meta:
        model = Topic
        fields = ["slug", "name", "description", "is_active", "pages", "experiments"]


class OrganisationSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    region = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Organisation
        fields = ["id", "name", "kind", "business_id", "region", "website"]


class ProgrammeSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()
    calls = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    start_year = serializers.IntegerField(read_only=True)
    end_year = serializers.IntegerField(read_only=True, allow_null=True)

    class Meta:
        model = Programme
        fields = [
            "slug",
            "name",
            "description",
            "organiser",
            "start_year",
            "end_year",
            "calls",
        ]


class CallSerializer(CountsMixin, serializers.ModelSerializer):
    title = TranslatedField()
    description = TranslatedField()
    programme = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    pages = PageLinksField()

    class Meta:
        model = Call
        fields = [
            "slug",
            "title",
            "description",
            "programme",
            "opens_at",
            "closes_at",
            "late_until",
            "roles",
            "pages",
            "experiments",
        ]


class NamedSerializer(serializers.Serializer):
    """A topic, place or call named inside an experiment: its key and its names."""

    name = TranslatedField()


class ExperimentTopicSerializer(NamedSerializer):
    slug = serializers.CharField()


class ExperimentPlaceSerializer(NamedSerializer):
    code = serializers.CharField()


class ExperimentOrganisationSerializer(NamedSerializer):
    id = serializers.IntegerField()


class ExperimentCallSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = TranslatedField()
    programme = serializers.CharField(source="programme.slug", allow_null=True)


class SavingsSerializer(serializers.Serializer):
    eur_per_year = EurosField(source="savings_eur_per_year")
    from_year = serializers.IntegerField(source="savings_from_year", allow_null=True)
    to_year = serializers.IntegerField(source="savings_to_year", allow_null=True)


class ExperimentSerializer(serializers.ModelSerializer):
    pages = serializers.SerializerMethodField()
    stage = serializers.SerializerMethodField()
    call = ExperimentCallSerializer()
    topics = ExperimentTopicSerializer(many=True)
    lead_municipality = ExperimentPlaceSerializer(allow_null=True)
    lead_organisation = ExperimentOrganisationSerializer(allow_null=True)
    municipalities = ExperimentPlaceSerializer(many=True)
    regions = ExperimentPlaceSerializer(many=True)
    partner_organisations = ExperimentOrganisationSerializer(many=True)
    savings = serializers.SerializerMethodField()

    class Meta:
        model = Registration
        fields = [
            "id",
            "reference",
            "pages",
            "role",
            "stage",
            "language",
            "call",
            "topics",
            "other_topic",
            "lead_municipality",
            "lead_organisation",
            "municipalities",
            "regions",
            "partner_organisations",
            *TEXT_FIELDS,
            "support_wanted",
            "can_share",
            "starts_on",
            "ends_on",
            "start_year",
            "savings",
            "published_at",
        ]

    def get_fields(self):
        fields = super().get_fields()
        for name in TEXT_FIELDS:
            fields[name] = TranslatedField()
        return fields

    def get_pages(self, experiment) -> dict[str, str]:
        return page_links("registrations:experiment", experiment.reference)

    def get_stage(self, experiment) -> str:
        return experiment.phase_on(timezone.localdate()).value

    @extend_schema_field(SavingsSerializer(allow_null=True))
    def get_savings(self, experiment):
        if experiment.savings_eur_per_year is None:
            return None
        return SavingsSerializer(experiment).data
