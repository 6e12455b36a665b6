"""Demo content for local development: two calls, experiments in both roles and languages,
and a coordinator account. Never for production (seed_demo refuses when DEBUG is off)."""

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from network.models import Municipality, Organisation, Region, Topic
from registrations.devtools.demo_content import EXPERIMENTS
from registrations.models import TEXT_FIELDS, Call, FeeTier, Registration
from registrations.services.coordinators import create_coordinator
from registrations.services.submission import create_registration

DEMO_COORDINATOR = ("koordinaattori", "koordinaattori@digikunta.example", "kokeilu-2026")


def _calls(now: datetime) -> dict[str, Call]:
    helsinki = timezone.get_current_timezone()
    open_call, created = Call.objects.get_or_create(
        slug="digiverkosto-2026",
        defaults={
            "title_fi": "Digiverkosto 2026–2027",
            "title_sv": "Diginätverket 2026–2027",
            "description_fi": (
                "Haemme kuntia, kuntaryhmiä ja yhteishankkeita kokeilemaan digitaalisia "
                "toimintatapoja. Mukana saat asiantuntijatukea, mentorin, teematilaisuuksia ja "
                "vertaistukea. Osallistumismaksu määräytyy kunnan koon mukaan."
            ),
            "description_sv": (
                "Vi söker kommuner, kommungrupper och samprojekt som vill pröva digitala "
                "arbetssätt. Du får experthjälp, en mentor, temaevenemang och kamratstöd. "
                "Deltagaravgiften beror på kommunens storlek."
            ),
            "opens_at": now - timedelta(days=30),
            "closes_at": now + timedelta(days=30),
            "late_until": now + timedelta(days=60),
            "is_published": True,
        },
    )
    if created:
        for max_population, fee in [(5000, 1500), (20000, 3000), (50000, 5000), (None, 8000)]:
            FeeTier.objects.create(call=open_call, max_population=max_population, fee_eur=fee)
    past_call, _ = Call.objects.get_or_create(
        slug="digikuntakokeilu-2016",
        defaults={
            "title_fi": "Digikuntakokeilu 2016–2019",
            "title_sv": "Digikommunförsöket 2016–2019",
            "description_fi": (
                "Valtiovarainministeriön digikuntakokeilu kokosi yhteen kunnat, jotka halusivat "
                "kokeilla uusia toimintatapoja digitalisaation avulla."
            ),
            "description_sv": (
                "Finansministeriets digikommunförsök samlade kommuner som ville pröva nya "
                "arbetssätt med hjälp av digitalisering."
            ),
            "opens_at": datetime(2016, 6, 1, 9, 0, tzinfo=helsinki),
            "closes_at": datetime(2016, 9, 30, 16, 0, tzinfo=helsinki),
            "is_published": True,
        },
    )
    return {"open": open_call, "past": past_call}


def _organisation(data: dict | None) -> Organisation | None:
    if not data:
        return None
    organisation = Organisation.objects.filter(name_fi=data["name"]).first()
    if organisation is None:
        region_code = data.get("region")
        organisation = Organisation.objects.create(
            name=data["name"],
            name_fi=data["name"],
            kind=data["kind"],
            business_id=data.get("business_id", ""),
            region=Region.objects.get(code=region_code) if region_code else None,
        )
    return organisation


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@transaction.atomic
def seed_demo() -> int:
    """Add the demo content unless it is there already; returns how many experiments it added."""
    create_coordinator(
        username=DEMO_COORDINATOR[0], email=DEMO_COORDINATOR[1], password=DEMO_COORDINATOR[2]
    )
    calls = _calls(timezone.now())
    if Registration.objects.filter(call__in=calls.values()).exists():
        return 0
    municipalities = Municipality.objects.in_bulk(field_name="code")
    topics = Topic.objects.in_bulk(field_name="slug")
    for item in EXPERIMENTS:
        contact = item["contact"]
        create_registration(
            call=calls[item["call"]],
            role=item["role"],
            language=item["language"],
            status=item["status"],
            topics=[topics[slug] for slug in item["topics"]],
            lead_municipality=municipalities.get(item["lead_municipality"]),
            lead_organisation=_organisation(item["lead_organisation"]),
            municipalities=[municipalities[code] for code in item["municipalities"]],
            partner_organisations=[_organisation(partner) for partner in item["partners"]],
            texts={name: item[name] for name in TEXT_FIELDS if item.get(name)},
            other_topic=item["other_topic"],
            savings_eur_per_year=item["savings_eur_per_year"],
            savings_from_year=item.get("savings_from_year"),
            savings_to_year=item.get("savings_to_year"),
            starts_on=_date(item.get("starts_on")),
            ends_on=_date(item.get("ends_on")),
            support_wanted=item["support_wanted"],
            can_share=item["can_share"],
            commits_to_sharing=True,
            joins_communications=True,
            contact_name=contact["name"],
            contact_title=contact["title"],
            contact_email=contact["email"],
            contact_phone=contact["phone"],
            contact_language=contact["language"],
        )
    return len(EXPERIMENTS)
