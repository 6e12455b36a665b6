import unicodedata


def fold(text: str) -> str:
    """Text for forgiving matching: no case, no diacritics ("Åbo" and "abo" match, and so do
    "Hämeenlinna" and "hameenlinna"), the same on PostgreSQL and SQLite."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).strip()


def municipality_search_key(name_fi: str, name_sv: str) -> str:
    return f"{fold(name_fi)} {fold(name_sv)}"
