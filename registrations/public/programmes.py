"""Programme pages: the published programmes, and the editions (calls) of one side by side:
participating municipalities, public experiments, accepted reports, verified net savings a
year and failures shared. The network app keeps the programmes; what is counted of them lives
here, because it counts registrations (the network app never imports this one)."""

from django.db.models import Count, DecimalField, F, IntegerField, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from network.models import Programme
from registrations.models import Call, Registration, Report, Savings, Status


def programmes():
    """The published programmes with how many published calls each has: one query."""
    return Programme.objects.published().annotate(
        editions=Count("calls", filter=Q(calls__is_published=True))
    )


def _counted(queryset, expression, output_field=None):
    """A per-call aggregate of a queryset related to OuterRef("pk"), as a subquery."""
    return Coalesce(
        Subquery(
            queryset.order_by().values("marker").annotate(n=expression).values("n")[:1],
            output_field=output_field or IntegerField(),
        ),
        0,
        output_field=output_field or IntegerField(),
    )


def editions(programme: Programme):
    """The programme's published calls, oldest first, each with its figures: one query."""
    public = {"status": Status.ACCEPTED}
    places = Registration.municipalities.through.objects.filter(
        registration__call=OuterRef("pk"), **{f"registration__{k}": v for k, v in public.items()}
    ).annotate(marker=F("registration__call"))
    experiments = Registration.objects.filter(call=OuterRef("pk"), **public).annotate(
        marker=F("call")
    )
    reports = Report.objects.public().filter(registration__call=OuterRef("pk"))
    reports = reports.annotate(marker=F("registration__call"))
    failures = reports.filter(Q(failures_fi__gt="") | Q(failures_sv__gt=""))
    verified = (
        Savings.objects.counted()
        .verified()
        .filter(registration__call=OuterRef("pk"), cost_before__isnull=False)
        .filter(cost_after__isnull=False)
        .annotate(marker=F("registration__call"))
    )
    euros = DecimalField(max_digits=14, decimal_places=2)
    return (
        Call.objects.published()
        .filter(programme=programme)
        .annotate(
            participants=_counted(places, Count("municipality", distinct=True)),
            experiments=_counted(experiments, Count("pk")),
            reports=_counted(reports, Count("pk")),
            verified_savings=_counted(
                verified, Sum(F("cost_before") - F("cost_after")), output_field=euros
            ),
            failures_shared=_counted(failures, Count("pk")),
        )
        .order_by("opens_at", "pk")
    )
