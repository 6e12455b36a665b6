"""What each kind of record looks like in the API. Every field is one the HTML pages already
show; nothing of a contact person is named here, and the querysets are public() ones."""

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from network.models import (
    Event,
    Municipality,
    NetworkGroup,
    Organisation,
    Programme,
    Region,
    Topic,
)
from registrations.models import (
    REPORT_TEXT_FIELDS,
    TEXT_FIELDS,
    Call,
    Introduction,
    Registration,
    Report,
)
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


class EventMaterialSerializer(serializers.Serializer):
    title = TranslatedField()
    url = serializers.URLField()


class EventSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    description = TranslatedField()
    status_message = TranslatedField()
    municipality = serializers.CharField(source="municipality.code", allow_null=True)
    topics = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    programme = serializers.CharField(source="programme.slug", allow_null=True)
    group = serializers.CharField(source="group.slug", allow_null=True)
    umbrella = serializers.CharField(source="parent.slug", allow_null=True)
    online_url = serializers.CharField(source="public_online_url")
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True)
    materials = EventMaterialSerializer(many=True)
    pages = PageLinksField()

    class Meta:
        model = Event
        fields = [
            "slug",
            "kind",
            "title",
            "description",
            "starts_at",
            "ends_at",
            "status",
            "status_message",
            "address",
            "municipality",
            "latitude",
            "longitude",
            "online_url",
            "organiser",
            "topics",
            "programme",
            "group",
            "umbrella",
            "materials",
            "pages",
        ]


class NetworkGroupSerializer(serializers.ModelSerializer):
    name = TranslatedField()
    description = TranslatedField()
    topic = serializers.CharField(source="topic.slug", allow_null=True)
    municipalities = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    members = serializers.SerializerMethodField()
    pages = PageLinksField()

    class Meta:
        model = NetworkGroup
        fields = [
            "slug",
            "name",
            "description",
            "topic",
            "municipalities",
            "starts_on",
            "ends_on",
            "members",
            "pages",
        ]

    def get_members(self, group) -> list[str]:
        """Reference numbers of its public member experiments."""
        return [m.registration.reference for m in group.public_memberships]


class MentoringSerializer(serializers.ModelSerializer):
    """A public relation between two experiments: both agreed to show it."""

    mentor = serializers.CharField(source="first.reference")
    experiment = serializers.CharField(source="second.reference")

    class Meta:
        model = Introduction
        fields = ["id", "kind", "mentor", "experiment", "state", "starts_on", "ends_on"]


class OpenDatasetSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField()
    licence = serializers.CharField()
    format = serializers.CharField()


class MaterialSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.URLField()


class ReportSavingsSerializer(serializers.Serializer):
    """Savings as reported; "verified" says whether a coordinator checked them (who did it and
    their notes are not published)."""

    cost_before = EurosField(allow_null=True)
    cost_after = EurosField(allow_null=True)
    one_off_costs = EurosField(allow_null=True)
    hours_saved = serializers.DecimalField(max_digits=9, decimal_places=1, allow_null=True)
    from_year = serializers.IntegerField(allow_null=True)
    to_year = serializers.IntegerField(allow_null=True)
    method = TranslatedField()
    net_saving = EurosField(allow_null=True)
    payback_years = serializers.DecimalField(max_digits=9, decimal_places=1, allow_null=True)
    verified = serializers.SerializerMethodField()

    def get_verified(self, savings) -> bool:
        return savings.verified_at is not None


class ReportSerializer(serializers.ModelSerializer):
    experiment = serializers.CharField(source="registration.reference")
    savings = serializers.SerializerMethodField()
    open_data = OpenDatasetSerializer(many=True)
    materials = MaterialSerializer(many=True)

    class Meta:
        model = Report
        fields = [
            "id",
            "experiment",
            "kind",
            "stage",
            "progress",
            "language",
            *REPORT_TEXT_FIELDS,
            "savings",
            "open_data",
            "materials",
            "submitted_at",
            "reviewed_at",
        ]

    def get_fields(self):
        fields = super().get_fields()
        for name in REPORT_TEXT_FIELDS:
            fields[name] = TranslatedField()
        return fields

    @extend_schema_field(ReportSavingsSerializer(allow_null=True))
    def get_savings(self, report):
        savings = getattr(report, "savings", None)
        return None if savings is None else ReportSavingsSerializer(savings).data
