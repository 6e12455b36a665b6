"""Demo content for local development: three programmes, two calls, experiments in both roles
and languages, their reports (successes, failures, a stopped experiment), savings verified
and reported only, two adoptions, events (demo_events.py), digital roadmaps and a coordinator
account. Never for production (seed_demo refuses when DEBUG is off).

The content is data, in demo_content.json: the municipalities are real, but every experiment,
organisation, person, e-mail address, phone number and figure there is invented.
"""

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from network.models import Municipality, Organisation, Programme, Region, Topic
from registrations.devtools.demo_events import seed_events
from registrations.models import (
    REPORT_TEXT_FIELDS,
    TEXT_FIELDS,
    Adoption,
    Call,
    FeeTier,
    Material,
    OpenDataset,
    Perspective,
    Registration,
    Report,
    Roadmap,
    Savings,
)
from registrations.services.coordinators import create_coordinator
from registrations.services.roadmaps import (
    ActionInput,
    GoalInput,
    LevelInput,
    RoadmapTexts,
    save_roadmap,
)
from registrations.services.savings import refresh_current
from registrations.services.submission import create_registration

DEMO_COORDINATOR = ("koordinaattori", "koordinaattori@digikunta.example", "kokeilu-2026")
CONTENT = Path(__file__).resolve().with_name("demo_content.json")

# The open call's moments count in days from the seeding, so that it is open whenever it is
# seeded; a past call's are written as Finnish local times ("2016-06-01T09:00").
MOMENTS = ("opens_at", "closes_at", "late_until")
DAYS_FROM_NOW = {
    "opens_days_ago": ("opens_at", -1),
    "closes_in_days": ("closes_at", 1),
    "late_until_in_days": ("late_until", 1),
}
# Report deadlines: dates ("2019-06-28"), or days from the seeding for the open call.
DUE_DATES = ("progress_report_due", "final_report_due")
DUE_IN_DAYS = {f"{name}_in_days": name for name in DUE_DATES}
SAVINGS_FIGURES = ("cost_before", "cost_after", "one_off_costs", "hours_saved")


def load_content() -> dict:
    """The demo's calls, by the names its experiments use for them, and its experiments."""
    return json.loads(CONTENT.read_text(encoding="utf-8"))


def _call_fields(data: dict, now: datetime) -> dict:
    fields = {
        key: value
        for key, value in data.items()
        if key not in ("slug", "fee_tiers", "programme", *DAYS_FROM_NOW, *DUE_IN_DAYS)
    }
    for name in DUE_DATES:
        if name in fields:
            fields[name] = date.fromisoformat(fields[name])
    for key, name in DUE_IN_DAYS.items():
        if key in data:
            fields[name] = timezone.localdate(now) + timedelta(days=data[key])
    helsinki = timezone.get_current_timezone()
    for name in MOMENTS:
        if name in fields:
            fields[name] = datetime.fromisoformat(fields[name]).replace(tzinfo=helsinki)
    for key, (name, sign) in DAYS_FROM_NOW.items():
        if key in data:
            fields[name] = now + sign * timedelta(days=data[key])
    return fields


def _programmes(definitions: dict[str, dict]) -> dict[str, Programme]:
    return {
        name: Programme.objects.get_or_create(
            slug=data["slug"], defaults={k: v for k, v in data.items() if k != "slug"}
        )[0]
        for name, data in definitions.items()
    }


def _calls(
    definitions: dict[str, dict], programmes: dict[str, Programme], now: datetime
) -> dict[str, Call]:
    calls = {}
    for name, data in definitions.items():
        call, created = Call.objects.get_or_create(
            slug=data["slug"],
            defaults={
                **_call_fields(data, now),
                "programme": programmes.get(data.get("programme")),
            },
        )
        if created:
            for tier in data["fee_tiers"]:
                FeeTier.objects.create(call=call, **tier)
        calls[name] = call
    return calls


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
    coordinator = create_coordinator(
        username=DEMO_COORDINATOR[0], email=DEMO_COORDINATOR[1], password=DEMO_COORDINATOR[2]
    )
    content = load_content()
    programmes = _programmes(content["programmes"])
    calls = _calls(content["calls"], programmes, timezone.now())
    seed_events()
    if Registration.objects.filter(call__in=calls.values()).exists():
        return 0
    municipalities = Municipality.objects.in_bulk(field_name="code")
    topics = Topic.objects.in_bulk(field_name="slug")
    for item in content["experiments"]:
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
    _results(content, coordinator=coordinator, now=timezone.now())
    seed_demo_roadmaps(content["roadmaps"], municipalities, topics)
    return len(content["experiments"])


def seed_demo_roadmaps(items: list[dict], municipalities: dict, topics: dict) -> None:
    """The demo's digital roadmaps (a sub-region, a Swedish-speaking town, a city), written
    through the same service as a municipality's private link, linked to demo experiments by
    their titles."""
    perspectives = {p.name_fi: p for p in Perspective.objects.all()}
    experiments = {
        registration.title_fi or registration.title_sv: registration
        for registration in Registration.objects.public()
    }
    for item in items:
        roadmap = Roadmap(slug=item["slug"], name_fi=item["name_fi"], name_sv=item["name_sv"])
        roadmap.save()
        roadmap.municipalities.set([municipalities[code] for code in item["municipalities"]])
        save_roadmap(
            roadmap=roadmap,
            texts=RoadmapTexts(
                vision_fi=item["vision_fi"],
                vision_sv=item["vision_sv"],
                start_year=item["start_year"],
                end_year=item["end_year"],
                owner=item["owner"],
                is_published=True,
            ),
            levels=[
                LevelInput(perspective=perspectives[name], start_level=start, target_level=target)
                for name, (start, target) in item["levels"].items()
            ],
            goals=[
                GoalInput(
                    text_fi=goal["text_fi"],
                    text_sv=goal["text_sv"],
                    perspective=perspectives[goal["perspective"]],
                    topic=topics[goal["topic"]],
                )
                for goal in item["goals"]
            ],
            actions=[
                ActionInput(
                    title_fi=action["title_fi"],
                    title_sv=action["title_sv"],
                    year=action["year"],
                    quarter=action.get("quarter"),
                    due_on=_date(action.get("due_on")),
                    perspective=perspectives[action["perspective"]],
                    responsible=action["responsible"],
                    status=action["status"],
                    progress=action["progress"],
                    own_experiments=[experiments[title] for title in action["own"]],
                    learns_from=[experiments[title] for title in action["learns_from"]],
                )
                for action in item["actions"]
            ],
        )


def _moment(data: dict, name: str, now: datetime) -> datetime | None:
    """A report's moment: a Finnish local time, or days before the seeding."""
    if data.get(name):
        return datetime.fromisoformat(data[name]).replace(tzinfo=timezone.get_current_timezone())
    days = data.get(name.replace("_at", "_days_ago"))
    return now - timedelta(days=days) if days is not None else None


def _savings(data: dict, *, registration, report, language: str, coordinator, now) -> Savings:
    savings = Savings(
        registration=registration,
        report=report,
        from_year=data.get("from_year"),
        to_year=data.get("to_year"),
        cost_increase_confirmed=data.get("cost_increase_confirmed", False),
        **{name: Decimal(data[name]) if data.get(name) else None for name in SAVINGS_FIGURES},
    )
    setattr(savings, f"method_{language}", data.get("method") or registration.savings_method)
    if data.get("verified"):
        savings.verified_by, savings.verified_at = coordinator, now
        savings.verification_note = data["verified"]
    savings.full_clean()
    savings.save()
    return savings


def _results(content: dict, *, coordinator, now: datetime) -> None:
    """The demo's reports as written through private links and reviewed, influencers' own
    savings, and the adoptions. Written directly, as records of the past: no e-mail."""
    by_title = {r.title: r for r in Registration.objects.all()}
    for data in content["reports"]:
        registration = by_title[data["experiment"]]
        language = registration.language
        report = Report(
            registration=registration,
            kind=data["kind"],
            state=data["state"],
            language=language,
            stage=data["stage"],
            progress=data["progress"],
            submitted_at=_moment(data, "submitted_at", now),
            reviewed_at=_moment(data, "reviewed_at", now),
            reviewed_by=coordinator if data["state"] == "accepted" else None,
        )
        for name in REPORT_TEXT_FIELDS:
            setattr(report, f"{name}_{language}", data.get(name, ""))
        report.full_clean()
        report.save()
        if data.get("savings"):
            _savings(
                data["savings"],
                registration=registration,
                report=report,
                language=language,
                coordinator=coordinator,
                now=now,
            )
        for item in data.get("open_data", []):
            OpenDataset.objects.create(report=report, **item)
        for item in data.get("materials", []):
            Material.objects.create(report=report, **item)
    for data in content["own_savings"]:
        registration = by_title[data["experiment"]]
        _savings(
            data,
            registration=registration,
            report=None,
            language=registration.language,
            coordinator=coordinator,
            now=now,
        )
    municipalities = Municipality.objects.in_bulk(field_name="code")
    for data in content["adoptions"]:
        Adoption.objects.create(
            registration=by_title[data["experiment"]],
            municipality=municipalities[data["municipality"]],
            year=data["year"],
            note_fi=data["note_fi"],
            note_sv=data["note_sv"],
            confirmed_by=coordinator,
            confirmed_at=now,
        )
    for registration in by_title.values():
        refresh_current(registration=registration)
