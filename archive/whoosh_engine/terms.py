"""The words a query lights up, and where they stand in a text or a stored statement."""

from __future__ import annotations

from collections.abc import Iterable

from whoosh import query as wq

from archive.highlight import HitTerms, PhraseWord, Token
from archive.whoosh_engine.analysis import WORD, ProseCharacters, prose_term, spelling_code
from archive.whoosh_engine.phrases import QuotedPhrase
from archive.whoosh_engine.postings import postings_of
from archive.whoosh_engine.schema import PROSE_FIELDS, WRITTEN_FIELDS

MAX_EXPANDED_TERMS = 200


def hit_terms(q: wq.Query, reader) -> HitTerms:
    """Collect the prose terms and phrases of a query, skipping what it negates.

    Wildcards, prefixes and fuzzy terms are expanded against the index, so the
    marks show the words that actually matched. A wildcard in title or body
    matched words as written (schema.WRITTEN_FIELDS): each is a phrase of one
    word, its stem with its spelling, so "negotiable" (stem negoti) is not
    marked for negotiat* while "negotiation" (stem negoti too) is.
    """
    terms: set[str] = set()
    phrases: list[tuple[str, ...]] = []

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Phrase):
            if node.fieldname in PROSE_FIELDS:
                codes = node.spelling_codes() if isinstance(node, QuotedPhrase) else [None] * len(node.words)
                phrases.append(tuple(PhraseWord(*pair) for pair in zip(node.words, codes, strict=True)))
            return
        if isinstance(node, (wq.Wildcard, wq.Prefix)) and node.fieldname in WRITTEN_FIELDS.values():
            for _fieldname, text in list(node.existing_terms(reader, expand=True))[:MAX_EXPANDED_TERMS]:
                word = text.decode("utf-8") if isinstance(text, bytes) else text
                phrases.append((PhraseWord(prose_term(word), spelling_code(word)),))
            return
        if isinstance(node, (wq.Wildcard, wq.Prefix, wq.FuzzyTerm, wq.Regex)):
            if node.fieldname in PROSE_FIELDS:
                expanded = node.existing_terms(reader, expand=True)
                for _fieldname, text in list(expanded)[:MAX_EXPANDED_TERMS]:
                    terms.add(text.decode("utf-8") if isinstance(text, bytes) else text)
            return
        if isinstance(node, wq.Term):
            if node.fieldname in PROSE_FIELDS:
                terms.add(node.text)
            return
        for child in node.children():
            walk(child)

    walk(q)
    words = set(terms)
    for phrase in phrases:
        words.update(word.term for word in phrase)
    return HitTerms(frozenset(terms), tuple(dict.fromkeys(phrases)), frozenset(words), prose_tokens)


def prose_tokens(text: str, only: frozenset[str] | None = None) -> list[Token]:
    """Tokens of prose as the index's body field sees them (archive.whoosh_engine.analysis),
    positions kept; with `only`, just the tokens of those terms."""
    tokens = (Token(prose_term(m.group()), pos, m.start(), m.end(), spelling_code(m.group()))
              for pos, m in enumerate(WORD.finditer(text)))
    return [token for token in tokens if only is None or token.text in only]


def stored_tokens(searcher, docnums: Iterable[int], fieldname: str, words: Iterable[str]) -> dict[int, list[Token]]:
    """Tokens of the query's words in some stored documents, read from the index's character
    positions instead of re-analysing the text, a block of postings at a time (postings.postings_of)."""
    wanted = frozenset(docnums)
    tokens: dict[int, list[Token]] = {docnum: [] for docnum in sorted(wanted)}
    field = searcher.schema[fieldname]
    spelled = isinstance(field.format, ProseCharacters)

    def decoded(value: bytes):
        return ProseCharacters.spelled_characters(value) if spelled else field.format.decode_characters(value)

    for word in words:
        for docnum, value in postings_of(searcher, fieldname, word, wanted).items():
            tokens[docnum].extend(Token(word, *occurrence) for occurrence in decoded(value))
    return tokens
