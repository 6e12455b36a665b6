"""The form of address of docs/glossary.md (Style), as finders that tests share."""

import re

# The reader is "sinä" / "du" (docs/glossary.md, Style). These find the plural "te" / "ni" as
# whole words: Finnish pronouns, possessive suffixes (-nne: "ilmoittautumisenne"), verbs
# (-tte: "haluatte", "muutitte", "aloittaisitte") and imperatives (-kaa/-kää after a vowel or
# t: "kertokaa", "valitkaa"); Swedish pronouns. The few Finnish words of ours that end so
# without being "te" are listed, so that a new one fails until someone has looked at it.
FINNISH_TE = [
    re.compile(r"\b(te|teidän|teitä|teille|teihin|teistä|teillä|teiltä|teissä|teidät)\b", re.I),
    re.compile(r"\b\w+nne(kin|ko|kö|han|hän)?\b", re.I),
    re.compile(r"\b\w+tte(kin|ko|kö|han|hän)?\b", re.I),
    re.compile(r"\b\w*[aeiouyäöt](kaa|kää)\b", re.I),
]
FINNISH_NOT_TE = {"tänne", "sinne", "minne", "jonne", "tuonne", "jakaa"}
SWEDISH_NI = re.compile(r"\b(ni|er|ert|era|eder)\b", re.I)


def finnish_te_forms(text: str) -> list[str]:
    return [
        match.group(0)
        for pattern in FINNISH_TE
        for match in pattern.finditer(text)
        if match.group(0).lower() not in FINNISH_NOT_TE
    ]
