"""Similar experiments for an experiment's page, from the search table."""

from registrations.models import Registration, facet_key
from registrations.models.search import read_cursor
from registrations.public.facets import TABLE
from registrations.public.search import folded, is_full_text, words

# Similar experiments are ranked among this many of the latest ones that share a word, so that
# a common word costs the same as a rare one.
CANDIDATES = 300


def similar_experiments(*, title: str, text: str, topics, exclude=None, limit: int = 5):
    """Public experiments that look like this one: sharing words with its title or text (in
    either language, stemmed), closest first, those on the same topics before others. Three
    queries: the ids, their rows, their topics."""
    terms = words(f"{title} {' '.join(text.split()[:40])}")
    if not terms:
        return []
    excluded = exclude.pk if exclude is not None else 0
    with read_cursor() as cursor:
        if is_full_text():
            topic_keys = [facet_key("topic", topic.pk) for topic in topics]
            query = "(to_tsquery('finnish', %s) || to_tsquery('swedish', %s))"
            raw = " | ".join(terms)
            cursor.execute(
                f"SELECT c.registration_id FROM ("
                f"SELECT s.registration_id, s.document, s.keys, s.published_at FROM {TABLE} s "
                f"WHERE s.document @@ {query} AND s.registration_id <> %s "
                f"ORDER BY s.published_at DESC LIMIT {CANDIDATES}) AS c "
                f"ORDER BY ts_rank(c.document, {query}) DESC, "
                "cardinality(ARRAY(SELECT unnest(c.keys) INTERSECT "
                "SELECT unnest(%s::integer[]))) DESC, c.published_at DESC LIMIT %s",
                [raw, raw, excluded, raw, raw, topic_keys, limit],
            )
        else:
            matches = " OR ".join(["instr(s.text, %s) > 0"] * len(terms))
            cursor.execute(
                f"SELECT s.registration_id FROM {TABLE} s "
                f"WHERE ({matches}) AND s.registration_id <> %s "
                "ORDER BY s.published_at DESC LIMIT %s",
                [*(folded(term) for term in terms), excluded, limit],
            )
        ids = [row[0] for row in cursor.fetchall()]
    rows = Registration.objects.public().for_listing().in_bulk(ids)
    return [rows[pk] for pk in ids if pk in rows]
