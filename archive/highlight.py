"""Marking the hits of a query in text: snippets for result lists, the whole
statement for the reading view.

The rule that keeps it safe: text is escaped before marks go in, so a
statement containing <script> shows as text and a mark can never split a tag.
Hits are found one way for both uses (`find_spans` over the engine's tokens):
from the index's stored character positions for snippets, from re-analysing
the text for the reading view, so both mark the same words.
"""

from __future__ import annotations

import html
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

SNIPPET_WIDTH = 220
SNIPPET_FRAGMENTS = 2


class Token(NamedTuple):
    text: str
    pos: int
    start: int
    end: int
    spelling: int | None = None  # a code of the word as written, given by the engine's analysis


class PhraseWord(NamedTuple):
    term: str
    spelling: int | None = None  # quoted words must be written this way; None: any form


@dataclass(frozen=True)
class HitTerms:
    """The analyzed words and phrases of a query that should light up in prose."""

    terms: frozenset[str] = frozenset()
    phrases: tuple[tuple[PhraseWord, ...], ...] = ()
    all_words: frozenset[str] = field(default=frozenset())
    # The engine's tokens of a text (only those of the given words), as its index holds them.
    tokenize: Callable[[str, frozenset[str]], list[Token]] | None = field(default=None, compare=False)

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases)

    def spans_in(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the hits in `text` (the reading view), found as the snippets' are."""
        if not self or self.tokenize is None:
            return []
        return find_spans(self.tokenize(text, self.all_words), self)


def find_spans(tokens: Iterable[Token], wanted: HitTerms) -> list[tuple[int, int]]:
    """Character spans of the hits: every single term, and each whole phrase
    (its words spelled as quoted)."""
    tokens = sorted(tokens, key=lambda t: t.pos)
    spans = [(t.start, t.end) for t in tokens if t.text in wanted.terms]
    if wanted.phrases:
        by_pos = {t.pos: t for t in tokens}
        for phrase in wanted.phrases:
            for token in tokens:
                if token.text != phrase[0].term:
                    continue
                run = [by_pos.get(token.pos + offset) for offset in range(len(phrase))]
                if all(_is_word(t, word) for t, word in zip(run, phrase, strict=True)):
                    spans.append((run[0].start, run[-1].end))
    return merge_spans(spans)


def _is_word(token: Token | None, word: PhraseWord) -> bool:
    return (token is not None and token.text == word.term
            and (word.spelling is None or token.spelling == word.spelling))


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """HTML of `text` with each span in <mark>; everything else escaped."""
    out = []
    cursor = 0
    for start, end in spans:
        out.append(html.escape(text[cursor:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    out.append(html.escape(text[cursor:]))
    return "".join(out)


def snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_WIDTH,
            fragments: int = SNIPPET_FRAGMENTS) -> str:
    """Up to `fragments` windows of `text` around the hits, as HTML: those holding the most different words
    of the query first, then the most hits. 'Brazil Amazon' in Brazil's own speech shows where the Amazon
    is spoken of, not the paragraph naming Brazil five times. `spans` are in order and apart (merge_spans), so
    a window's hits are found by bisection: scanning them all for each window made "the" (2,500 hits in a
    long speech) cost 50 ms a snippet."""
    if not spans:
        return _join_fragments(text, [_fragment(text, 0, min(len(text), width), [])])
    starts, ends = [start for start, _end in spans], [end for _start, end in spans]
    windows = []
    for first, _end in spans:
        lo = max(0, first - width // 4)
        hi = min(len(text), lo + width)
        covered = spans[bisect_left(starts, lo):bisect_right(ends, hi)]
        words = len({text[a:b].casefold() for a, b in covered})
        windows.append((words, len(covered), lo, hi, covered))
    windows.sort(key=lambda w: (-w[0], -w[1], w[2]))
    chosen: list[tuple[int, int, list]] = []
    for _words, _count, lo, hi, covered in windows:
        if covered and all(hi <= a or lo >= b for a, b, _ in chosen):
            chosen.append((lo, hi, covered))
        if len(chosen) == fragments:
            break
    chosen.sort()
    return _join_fragments(text, [_fragment(text, lo, hi, covered) for lo, hi, covered in chosen])


def _join_fragments(text: str, fragments: list[tuple[int, int, str]]) -> str:
    """Fragments in text order, one ellipsis wherever text is left out."""
    out = "…" if fragments and fragments[0][0] > 0 else ""
    out += " … ".join(html for _lo, _hi, html in fragments)
    return out + ("…" if fragments and fragments[-1][1] < len(text) else "")


def _fragment(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> tuple[int, int, str]:
    """One fragment cut at word boundaries, whitespace collapsed, hits marked."""
    if lo > 0:
        space = text.find(" ", lo, spans[0][0] if spans else hi)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", spans[-1][1] if spans else lo, hi)
        hi = space if space > lo else hi
    inside = [(s - lo, e - lo) for s, e in spans if s >= lo and e <= hi]
    return lo, hi, " ".join(mark(text[lo:hi], inside).split())
