"""Every single-word spelling of a place or State in a parsed query
(archive.variants names the groups; names of several words are expanded in
the query text before parsing)."""

from __future__ import annotations

from functools import lru_cache

from whoosh import query as wq

from archive.variants import name_groups
from archive.whoosh_engine.analysis import prose_term
from archive.whoosh_engine.schema import PROSE_FIELDS


@lru_cache(maxsize=1)
def variant_groups() -> dict[str, tuple[str, ...]]:
    """Index term -> every single-word spelling of the same name."""
    table: dict[str, tuple[str, ...]] = {}
    for _names, group in name_groups():
        if any(" " in name for name in group):
            continue  # expand_names's: a name of several words is a phrase
        words = tuple(name for name in group if name.replace("-", "").isalpha())
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
