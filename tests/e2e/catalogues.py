"""Our UI strings, from the .po catalogues, and a finder of those that do not belong on a page.

A Swedish page must show none of our Finnish strings, nor an English msgid (the sign of a
missing translation), and the other way round. Strings identical in both languages, very short
ones and the placeholders' values are left out; so is text marked with another language (the
experiments' own texts, names in the other language), which the browser side leaves out.
"""

import re
from functools import cache
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[2] / "locale"
LANGUAGES = ("fi", "sv")
# Shorter fragments ("Muu", "och", "Alla") are words that other text can hold by chance.
MIN_LETTERS = 5
_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|<[^>]+>|\{\{.*?\}\}")
_LETTER = re.compile(r"[^\W\d_]")


def _fragments(text: str) -> set[str]:
    """The literal parts of a message, between its placeholders and tags."""
    parts = (" ".join(part.split()) for part in _PLACEHOLDER.split(text))
    parts = (part.strip(" ,.:;–-()“”\"'") for part in parts)
    return {part for part in parts if len(_LETTER.findall(part)) >= MIN_LETTERS}


@cache
def _entries() -> dict[tuple[str, str], dict[str, list[str]]]:
    """(msgctxt, msgid) -> {"en": [msgid, msgid_plural], "fi": [...], "sv": [...]}."""
    entries: dict[tuple[str, str], dict[str, list[str]]] = {}
    for language in LANGUAGES:
        for entry in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po")):
            if entry.obsolete:
                continue
            texts = entries.setdefault((entry.msgctxt or "", entry.msgid), {})
            texts["en"] = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
            if entry.msgid_plural:
                texts[language] = [entry.msgstr_plural[key] for key in sorted(entry.msgstr_plural)]
            else:
                texts[language] = [entry.msgstr]
    return entries


@cache
def strings_of(language: str) -> frozenset[str]:
    """The fragments of our translated strings in this language."""
    found = set()
    for texts in _entries().values():
        for translated in texts.get(language, []):
            found |= _fragments(translated)
    return frozenset(found)


@cache
def foreign_pattern(language: str) -> re.Pattern:
    """Matches, as whole words, our strings that a page in `language` must not show: those of
    the other language and the English msgids, less any that this language shares."""
    other = next(code for code in LANGUAGES if code != language)
    english = set()
    for texts in _entries().values():
        for msgid in texts["en"]:
            english |= _fragments(msgid)
    foreign = (strings_of(other) | english) - strings_of(language)
    # Also leave out a fragment that is part of one of ours ("Kunta" within "Kunta ja alue").
    own = "\n".join(strings_of(language))
    foreign = {fragment for fragment in foreign if fragment not in own}
    alternatives = "|".join(re.escape(f) for f in sorted(foreign, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def foreign_strings(language: str, text: str) -> list[str]:
    """Our strings of another language (or untranslated) in the text of a page."""
    return sorted(set(foreign_pattern(language).findall(" ".join(text.split()))))
