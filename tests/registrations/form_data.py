"""Valid answers to the registration forms, as a browser would post them."""

import uuid

from registrations.forms.fields import SpamGuard


def _common(lead, topic, **answers) -> dict:
    data = {
        "action": "review",
        "started": SpamGuard.started_value(seconds_ago=120),
        "submission_key": str(uuid.uuid4()),
        "website": "",
        "partners-TOTAL_FORMS": "3",
        "partners-INITIAL_FORMS": "0",
        "partners-MIN_NUM_FORMS": "0",
        "partners-MAX_NUM_FORMS": "20",
        "lead_kind": "municipality",
        "lead_municipality": str(lead.pk),
        "topics": [str(topic.pk)],
        "commits_to_sharing": "on",
        "contact_name": "Maija Meikäläinen",
        "contact_title": "Kehittämispäällikkö",
        "contact_email": "maija.meikalainen@kunta.example",
        "contact_phone": "040 123 4567",
        "contact_language": "fi",
        "privacy_consent": "on",
    }
    data.update(answers)
    return data


def kokeilija_data(lead, topic, **overrides) -> dict:
    answers = {
        "title": "Chatbotti kirjaston asiakaspalveluun",
        "idea": "Kokeilemme chatbottia, joka vastaa kirjaston yleisimpiin kysymyksiin.",
        "goal": "Puolet vähemmän puheluita. Mittaamme puhelut ja chatit kuukausittain.",
        "customer_effect": "Vastaus saadaan myös iltaisin.",
        "savings_eur_per_year": "20 000",
        "starts_on": "2027-01-01",
        "ends_on": "2027-12-31",
        "support_wanted": ["mentor", "peers"],
    }
    return _common(lead, topic, **(answers | overrides))


def vaikuttaja_data(lead, topic, **overrides) -> dict:
    answers = {
        "title": "Ohjelmistorobotti ostolaskuihin",
        "reform": "Ohjelmistorobotti tarkastaa ja tiliöi ostolaskut.",
        "changes": "Robotti hoitaa rutiinit, ihmiset poikkeukset.",
        "savings_eur_per_year": "48000",
        "savings_from_year": "2022",
        "savings_to_year": "2024",
        "savings_method": "Säästetyt työtunnit kerrottuna tuntihinnalla.",
        "can_share": ["visits", "materials"],
    }
    return _common(lead, topic, **(answers | overrides))


def final_report_data(**overrides) -> dict:
    data = {
        "stage": "finished",
        "progress": "100",
        "done": "Otimme chatbotin käyttöön kirjastossa.",
        "successes": "Yökysymykset saivat vastauksen.",
        "failures": "Botti ei ymmärtänyt murteita.",
        "lessons": "Testaisimme asukkaiden kanssa ennen käyttöönottoa.",
        "customer_experience": "",
        "customer_measure": "",
        "cost_before": "50 000 €",
        "cost_after": "38 000,50",
        "one_off_costs": "18 000",
        "hours_saved": "600",
        "from_year": "2025",
        "to_year": "2026",
        "method": "Työtunnit kertaa tunnin hinta.",
        "action": "save",
    }
    for prefix in ("open_data", "materials", "adoptions"):
        data.update({f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data
