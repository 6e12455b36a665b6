"""The public pages of the demo content, and helpers that act on them in a browser."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

ROLES_CALL = "digiverkosto-2026"  # the demo's open call


@dataclass(frozen=True)
class Page:
    name: str
    path: str


def public_pages(language: str) -> list[Page]:
    """Every kind of public page, each with a real object of the demo content (seed_demo)."""
    from network.models import Programme, Region, Topic
    from registrations.models import Call, Registration, Roadmap, Status
    from registrations.services import reports
    from registrations.services.links import make_token
    from registrations.services.roadmaps import make_token as roadmap_token

    experiment = (
        Registration.objects.public()
        .filter(language=language, lead_municipality__isnull=False)
        .order_by("pk")
        .first()
    )
    municipality = experiment.lead_municipality
    region = Region.objects.get(pk=municipality.region_id)
    topic = Topic.objects.filter(registrations__status=Status.ACCEPTED).distinct().first()
    call = Call.objects.get(slug=ROLES_CALL)
    waiting = (
        Registration.objects.filter(status=Status.SUBMITTED, language=language)
        .order_by("pk")
        .first()
    )
    token = make_token(waiting)
    roadmap = Roadmap.objects.published().order_by("pk").first()
    programme = Programme.objects.published().order_by("pk").first()
    # An experiment with accepted reports, and the report form of one that reports now.
    reported = (
        Registration.objects.public()
        .filter(language=language, reports__state="accepted", reports__kind="final")
        .order_by("pk")
        .first()
    )
    reporting = Registration.objects.public().filter(language=language).order_by("pk").first()
    draft = reports.start_report(registration=reporting, kind="progress")
    with translation.override(language):
        return [
            Page("home", reverse("home")),
            Page("experiment list", reverse("registrations:experiments")),
            Page("experiment", experiment.get_absolute_url()),
            Page("municipality list", reverse("network:municipalities")),
            Page("municipality", municipality.get_absolute_url()),
            Page("region", region.get_absolute_url()),
            Page("topic list", reverse("network:topics")),
            Page("topic", topic.get_absolute_url()),
            Page("event list", reverse("network:events")),
            Page("event", reverse("network:event", args=["kokeiluviikko-2026-tampere"])),
            Page("experiment week", reverse("network:event", args=["kokeiluviikko-2026"])),
            Page("past event", reverse("network:event", args=["epaonnistumisen-paiva-2025"])),
            Page(
                "event sign-up",
                reverse("registrations:event_signup", args=["digiverkoston-aloitustilaisuus"]),
            ),
            Page("call", call.get_absolute_url()),
            Page("statistics", reverse("registrations:statistics")),
            Page("results", reverse("registrations:results")),
            Page("experiments behind the results", reverse("registrations:result_experiments")),
            Page("day of failure", reverse("registrations:failures")),
            Page("spreading models", reverse("registrations:spread")),
            Page("programme list", reverse("registrations:programmes")),
            Page("programme", reverse("registrations:programme", args=[programme.slug])),
            Page("about", reverse("about")),
            Page("privacy", reverse("privacy")),
            Page("register start", reverse("registrations:register")),
            Page("experimenter form", register_url("kokeilija", language)),
            Page("influencer form", register_url("vaikuttaja", language)),
            Page("new link", reverse("registrations:new_link")),
            Page("private page", reverse("registrations:private", args=[token])),
            Page("private edit", reverse("registrations:private_edit", args=[token])),
            Page("roadmap list", reverse("registrations:roadmaps")),
            Page("roadmap", roadmap.get_absolute_url()),
            Page(
                "roadmap versions", reverse("registrations:roadmap_versions", args=[roadmap.slug])
            ),
            Page("roadmap link", reverse("registrations:roadmap_link")),
            Page(
                "roadmap edit", reverse("registrations:roadmap_edit", args=[roadmap_token(roadmap)])
            ),
            Page("experiment with results", reported.get_absolute_url()),
            Page(
                "report form",
                reverse("registrations:private_report", args=[make_token(reporting), draft.pk]),
            ),
        ]


def every_public_page(language: str) -> list[Page]:
    """Each page of the demo content: public_pages() and every experiment, topic, call and
    region, and every municipality that takes part (with one that does not)."""
    from network.models import Municipality, Region, Topic
    from registrations.models import Call, Registration

    public = Registration.objects.public()
    taking_part = Municipality.objects.filter(registrations__in=public)
    taking_part |= Municipality.objects.filter(led_registrations__in=public)
    municipalities = list(taking_part.distinct().order_by("code"))
    municipalities.append(Municipality.objects.exclude(pk__in=taking_part).order_by("code").first())
    pages = public_pages(language)
    with translation.override(language):
        for items in (
            public.order_by("pk"),
            Topic.objects.active().order_by("order"),
            Call.objects.published().order_by("slug"),
            Region.objects.order_by("code"),
            municipalities,
        ):
            pages += [Page(str(item), item.get_absolute_url()) for item in items]
    return pages


def register_url(role: str, language: str) -> str:
    with translation.override(language):
        return reverse("registrations:register_form", kwargs={"call": ROLES_CALL, "role": role})


# Answers ---------------------------------------------------------------------------------------


def choose_municipality(page, name_fi: str) -> None:
    from network.models import Municipality

    pk = Municipality.objects.get(name_fi=name_fi).pk
    page.locator("#id_lead_municipality").select_option(value=str(pk))


def fill_experimenter(page, *, title: str, lead: str = "Pori", email="maija@pori.example"):
    """A complete experimenter's form, filled as a person would (the mouse is allowed here)."""
    choose_municipality(page, lead)
    page.locator("#id_topics_0").check()
    page.locator("#id_title").fill(title)
    page.locator("#id_idea").fill("Kokeilemme asiakaspalvelun chatbottia kirjastossa.")
    page.locator("#id_goal").fill("Puolet vähemmän puheluita; mittaamme puhelut kuukausittain.")
    page.locator("#id_starts_on").fill("2027-01-01")
    page.locator("#id_commits_to_sharing").check()
    page.locator("#id_contact_name").fill("Maija Meikäläinen")
    page.locator("#id_contact_email").fill(email)
    page.locator("#id_privacy_consent").check()


def fill_influencer(page, *, title: str, lead: str = "Vaasa", email="anna@vasa.example"):
    choose_municipality(page, lead)
    page.locator("#id_topics_0").check()
    page.locator("#id_title").fill(title)
    page.locator("#id_reform").fill("En programrobot granskar och konterar inköpsfakturorna.")
    page.locator("#id_changes").fill("Roboten sköter rutinerna, människorna undantagen.")
    page.locator("#id_savings_eur_per_year").fill("48 000")
    page.locator("#id_savings_from_year").fill("2022")
    page.locator("#id_savings_to_year").fill("2024")
    page.locator("#id_savings_method").fill("Sparade arbetstimmar gånger timpriset.")
    page.locator("#id_commits_to_sharing").check()
    page.locator("#id_contact_name").fill("Anna Andersson")
    page.locator("#id_contact_email").fill(email)
    page.locator("#id_privacy_consent").check()


# The keyboard -------------------------------------------------------------------------------------


def tab_to(page, locator, *, limit: int = 60) -> None:
    """Press Tab until the element has the focus, as a keyboard user would; fail when it is not
    reached in `limit` presses (it cannot be reached with the keyboard, or not in this order)."""
    expect(locator).to_be_visible()  # it is there at all (with this name)
    target = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    raise AssertionError(
        f"Tab did not reach {locator} in {limit} presses; the focus is on {focused}"
    )


def focused_id(page) -> str:
    return page.evaluate("document.activeElement.id")
