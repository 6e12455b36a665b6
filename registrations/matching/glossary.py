"""Finnish and Swedish words of the network's own vocabulary that mean the same thing, so that
Borgå's "skolskjuts" meets Kuopio's "koulukuljetus" and Jakobstad's "leverantörsfakturor" meets
Lahti's "ostolaskut". A word (a lexeme, or a folded word on SQLite) that contains one of a
concept's stems also gives the concept as a feature ("=invoice"), weighed by its rarity like any
word. Stems are matched folded (no case, no diacritics); a concept's exceptions win over its
stems ("robot" is no chatbot). Coordinators' experience adds to it: keep it short and plain."""

from functools import lru_cache

from network.text import fold

CONCEPTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "invoice": (("lasku", "faktur", "reskontr"), ("laskelm", "laskent")),
    "robot": (("robot", "rpa"), ()),
    "chatbot": (("chatbot", "chattbot", "neuvontabot", "botti", "chatt"), ("robot",)),
    "transport": (("kuljet", "skjuts", "kyyti"), ()),
    "school": (("koulu", "skol", "oppila", "elever"), ("koulut", "utbildn")),
    "route": (("reiti", "reitt", "rutt"), ()),
    "budgeting": (("budjet", "budget"), ()),
    "participation": (("osallist", "deltag", "asukasraat", "invanarrad"), ()),
    "voting": (("aanest", "rostn", "rosta"), ()),
    "online_learning": (
        ("verkkokurs", "webbkurs", "natkurs", "verkko-opp", "etaopet", "distansunder", "moodle"),
        (),
    ),
    "training": (("koulut", "utbildn"), ()),
    "case_management": (("asianhallin", "arendehanter", "diaari", "diarie", "asiakirjahall"), ()),
    "archive": (("arkist", "arkiv"), ()),
    "rehabilitation": (("kuntoutu", "rehabiliter"), ()),
    "video": (("video", "kuvapuhel", "etavastaan", "distansmot"), ()),
    "home_care": (("kotihoi", "hemtjanst", "hemvard"), ()),
    "library": (("kirjasto", "bibliotek"), ()),
    "meeting": (("kokou", "mote", "motes"), ()),
    "minutes": (("poytakir", "protokoll"), ()),
    "committee": (("lautakun", "valtuust", "namnd", "fullmaktig"), ()),
    "tablet": (("tablet", "surfplat"), ()),
    "customer_service": (("asiakaspalvel", "neuvon", "kundtjanst", "radgivn"), ()),
    "roadmap": (("tiekart", "fardplan"), ()),
    "contract": (("sopimu", "avtal"), ()),
    "e_service": (("sahkoinen asiointi", "asiointi", "e-tjanst", "etjanst", "e-palvel"), ()),
    "application": (("hakemu", "ansokan", "ansok"), ()),
}


@lru_cache(maxsize=100_000)
def concepts_of(word: str) -> tuple[str, ...]:
    """The concepts a word stands for, as features ("=invoice")."""
    folded = fold(word)
    return tuple(
        f"={name}"
        for name, (stems, exceptions) in CONCEPTS.items()
        if any(stem in folded for stem in stems)
        and not any(exception in folded for exception in exceptions)
    )
