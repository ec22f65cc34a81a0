"""Where a query's words stand in every statement it matches: the lines of a
concordance and the counts of trends, read from the index's stored positions
(terms.stored_tokens) and found as snippets and the reading view find them
(highlight.find_spans), so all three agree on what a hit is."""

from __future__ import annotations

from archive.engine import Occurrences
from archive.errors import RequestError
from archive.highlight import find_spans
from archive.whoosh_engine.matching import Matches
from archive.whoosh_engine.terms import hit_terms, stored_tokens

# Occurrences read at once: each costs a tuple in memory. On the General Debate
# "apartheid" has 7,298 in the body, "peace" 135,573, "the" 2.8 million.
MAX_OCCURRENCES = 250_000
BODY = "body"


def occurrences(searcher, found: Matches, in_order: list[int]) -> list[Occurrences]:
    """The hits in the body of each statement of `in_order` (document numbers), in that
    order; statements matched only by their title or metadata have none and are left out."""
    wanted = hit_terms(found.q, searcher.reader())
    if not wanted:
        return []
    _refuse_too_many(searcher, in_order, wanted.all_words)
    tokens = stored_tokens(searcher, in_order, BODY, wanted.all_words)
    table = found.table
    years = table.values_of("year")
    found_in: list[Occurrences] = []
    for docnum in in_order:
        spans = find_spans(tokens[docnum], wanted)
        if spans:
            year = years[docnum]
            found_in.append(Occurrences(table.ids[docnum], year[0] if year else None, tuple(spans)))
    return found_in


def _refuse_too_many(searcher, docnums: list[int], words) -> None:
    """A RequestError when the words occur more than MAX_OCCURRENCES times in these
    statements. The whole index's counts answer most queries at once; past the bound,
    the postings of just these statements are counted (their weights, not their positions)."""
    reader = searcher.reader()
    field = searcher.schema[BODY]
    present = [field.to_bytes(word) for word in words if (BODY, field.to_bytes(word)) in reader]
    if sum(reader.frequency(BODY, btext) for btext in present) <= MAX_OCCURRENCES:
        return
    wanted = set(docnums)
    total = 0
    for btext in present:
        matcher = searcher.postings(BODY, btext)
        while matcher.is_active():
            if matcher.id() in wanted:
                total += int(matcher.weight())
            matcher.next()
    if total > MAX_OCCURRENCES:
        raise RequestError(f"These words occur {total:,} times in the statements matched; the limit is "
                           f"{MAX_OCCURRENCES:,}: choose rarer words or a phrase, or narrow the statements "
                           "with filters or dates.")
