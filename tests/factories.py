"""Factories that fill both the Finnish and the Swedish field of every translated text."""

from datetime import timedelta

import factory
from django.utils import timezone

from network.models import (
    Event,
    EventKind,
    LanguageStatus,
    Municipality,
    Organisation,
    Region,
    StatisticalGroup,
    Topic,
)
from network.text import municipality_search_key
from registrations.models import TEXT_FIELDS, Call, FeeTier, Registration, Role, Status
from registrations.services.submission import create_registration


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"{(n % 90) + 10:02d}")
    name_fi = factory.Sequence(lambda n: f"Maakunta {n}")
    name_sv = factory.Sequence(lambda n: f"Landskap {n}")
    name = factory.SelfAttribute("name_fi")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"{(n % 900) + 100:03d}")
    name_fi = factory.Sequence(lambda n: f"Kunta {n}")
    name_sv = factory.Sequence(lambda n: f"Kommun {n}")
    name = factory.SelfAttribute("name_fi")
    search_key = factory.LazyAttribute(lambda m: municipality_search_key(m.name_fi, m.name_sv))
    region = factory.SubFactory(RegionFactory)
    language_status = LanguageStatus.FINNISH
    population = 10000
    population_year = 2024
    statistical_group = StatisticalGroup.SEMI_URBAN


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_fi = factory.Sequence(lambda n: f"Yhdistys {n} ry")
    name_sv = factory.Sequence(lambda n: f"Förening {n} rf")
    name = factory.SelfAttribute("name_fi")
    kind = "association"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name_fi = factory.Sequence(lambda n: f"Aihe {n}")
    name_sv = factory.Sequence(lambda n: f"Tema {n}")
    name = factory.SelfAttribute("name_fi")
    description_fi = "Aiheen kuvaus."
    description_sv = "Temats beskrivning."
    slug = factory.Sequence(lambda n: f"aihe-{n}")
    order = factory.Sequence(lambda n: n)


class CallFactory(factory.django.DjangoModelFactory):
    """An open call by default: it opened a week ago and closes in three weeks."""

    class Meta:
        model = Call

    title_fi = factory.Sequence(lambda n: f"Haku {n}")
    title_sv = factory.Sequence(lambda n: f"Utlysning {n}")
    title = factory.SelfAttribute("title_fi")
    description_fi = "Haun kuvaus."
    description_sv = "Utlysningens beskrivning."
    slug = factory.Sequence(lambda n: f"haku-{n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=7))
    closes_at = factory.LazyAttribute(lambda call: call.opens_at + timedelta(days=28))
    is_published = True


class FeeTierFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeeTier

    call = factory.SubFactory(CallFactory)
    max_population = 5000
    fee_eur = 1000


def make_registration(
    *,
    status=Status.ACCEPTED,
    role=Role.KOKEILIJA,
    language="fi",
    call=None,
    lead_municipality=None,
    lead_organisation=None,
    municipalities=(),
    topics=None,
    title="Chatbotti asiakaspalveluun",
    idea="Kokeilemme chatbottia kirjaston asiakaspalvelussa.",
    **fields,
) -> Registration:
    """A registration through the same service as the site uses, texts in one language."""
    if lead_municipality is None and lead_organisation is None:
        lead_municipality = MunicipalityFactory()
    fields.setdefault("contact_name", "Maija Meikäläinen")
    fields.setdefault("contact_email", "maija.meikalainen@kunta.example")
    fields.setdefault("contact_phone", "+358401234567")
    fields.setdefault("commits_to_sharing", True)
    texts = {"title": title, "idea": idea}
    texts.update({name: fields.pop(name) for name in list(fields) if name in TEXT_FIELDS})
    return create_registration(
        call=call or CallFactory(),
        role=role,
        language=language,
        status=status,
        topics=topics if topics is not None else [TopicFactory()],
        lead_municipality=lead_municipality,
        lead_organisation=lead_organisation,
        municipalities=municipalities,
        texts=texts,
        **fields,
    )


class EventFactory(factory.django.DjangoModelFactory):
    """A published workshop in two weeks that takes sign-ups now: 20 seats, 10 waiting."""

    class Meta:
        model = Event

    kind = EventKind.WORKSHOP
    title_fi = factory.Sequence(lambda n: f"Työpaja {n}")
    title_sv = factory.Sequence(lambda n: f"Workshop {n}")
    title = factory.SelfAttribute("title_fi")
    description_fi = "Työpajan kuvaus."
    description_sv = "Workshopens beskrivning."
    slug = factory.Sequence(lambda n: f"tyopaja-{n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=14))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + timedelta(hours=3))
    address = "Kauppatori 1"
    is_published = True
    takes_signups = True
    capacity = 20
    waiting_capacity = 10


def make_signup(event, *, name="Aino Virtanen", email=None, language="fi", **details):
    """A sign-up through the service, as the form makes it."""
    from registrations.services.signups import SignUpDetails, sign_up

    email = email or f"{name.split()[0].lower()}.{event.pk}.{timezone.now().timestamp()}@example.fi"
    return sign_up(
        event_id=event.pk,
        details=SignUpDetails(name=name, email=email, language=language, **details),
        by_coordinator=True,
    )
