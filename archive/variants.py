"""Name variants at query time: a search for any spelling finds all of them.

Kalbajar, Kelbajar and Kəlbəcər are one district; Kiev and Kyiv one city;
Türkiye and Turkey one State. The groups come from the vocabularies (places,
and the single-word names of States), so a user extends them as data. A word
of the query that belongs to a group becomes an OR of the group's spellings;
the result says which were added, and `exact` turns the expansion off.
"""

from __future__ import annotations

from functools import lru_cache

from whoosh import query as wq

from archive import vocabulary
from archive.analysis import prose_term
from archive.schema import PROSE_FIELDS


@lru_cache(maxsize=1)
def variant_groups() -> dict[str, tuple[str, ...]]:
    """Index term -> every single-word spelling of the same name."""
    groups: list[tuple[str, ...]] = []
    for place in vocabulary.load_data("places"):
        groups.append((place["name"], *place.get("variants", ())))
    for country in vocabulary.countries():
        groups.append(country.names)
    table: dict[str, tuple[str, ...]] = {}
    for group in groups:
        # Single words only: a multi-word name is a phrase, matched as written.
        words = tuple(dict.fromkeys(name for name in group if " " not in name and name.replace("-", "").isalpha()))
        if len(words) > 1:
            for word in words:
                table.setdefault(prose_term(word), words)
    return table


def expand_variants(q: wq.Query) -> tuple[wq.Query, list[str]]:
    """The query with each prose word that has variants replaced by an OR of
    them, and the spellings added (for "also matched: ...")."""
    added: list[str] = []
    groups = variant_groups()

    def rewrite(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Term) and node.fieldname in PROSE_FIELDS and node.text in groups:
            by_term = {}  # one spelling per index term: Kəlbəcər and Kelbecer are one
            for word in groups[node.text]:
                by_term.setdefault(prose_term(word), word)
            added.extend(word for term, word in by_term.items() if term != node.text)
            return wq.Or([wq.Term(node.fieldname, term, boost=node.boost) for term in by_term])
        if isinstance(node, (wq.Phrase, wq.Wildcard, wq.Prefix, wq.FuzzyTerm)):
            return node
        children = node.children()
        if not children:
            return node
        return node.apply(rewrite)

    expanded = rewrite(q)
    return expanded, list(dict.fromkeys(added))
