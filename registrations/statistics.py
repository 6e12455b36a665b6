"""The figures of the statistics page, counted in SQL (cached by registrations.caching)."""

from django.db.models import Count, Q

from network.models import Organisation, OrganisationKind, Region, Topic
from registrations.models import Call, Registration
from registrations.selectors import participation_counts


def figures() -> dict:
    """Seven queries: participation by role (two), topics, regions, calls, years and the
    regional councils taking part."""
    public = Registration.objects.public()
    public_pks = public.values("pk")
    topics = Topic.objects.annotate(
        experiments=Count("registrations", filter=Q(registrations__in=public_pks))
    )
    regions = Region.objects.annotate(
        experiments=Count("registrations", filter=Q(registrations__in=public_pks), distinct=True),
        municipalities_taking_part=Count(
            "municipalities",
            filter=Q(municipalities__registrations__in=public_pks),
            distinct=True,
        ),
    )
    calls = Call.objects.published().annotate(
        experiments=Count("registrations", filter=Q(registrations__in=public_pks))
    )
    years = (
        public.filter(start_year__isnull=False)
        .values_list("start_year")
        .annotate(n=Count("pk"))
        .order_by("start_year")
    )
    regional_councils = (
        Organisation.objects.filter(kind=OrganisationKind.REGIONAL_COUNCIL)
        .filter(Q(led_registrations__in=public_pks) | Q(partner_registrations__in=public_pks))
        .distinct()
        .count()
    )
    return {
        "participation": participation_counts(),
        "regional_councils": regional_councils,
        "topics": [(topic.name, topic.experiments) for topic in topics if topic.experiments],
        "regions": [
            {
                "code": region.code,
                "name": region.name,
                "url": region.get_absolute_url(),
                "experiments": region.experiments,
                "municipalities": region.municipalities_taking_part,
            }
            for region in regions
        ],
        "calls": [(call.title, call.experiments) for call in calls],
        "years": [(str(year), count) for year, count in years],
    }
