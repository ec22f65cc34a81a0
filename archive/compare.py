"""Comparing two sets of statements: the words and two-word phrases that most
distinguish them, by the weighted log-odds ratio with an informative Dirichlet
prior (Monroe, Colaresi and Quinn, "Fightin' Words", Political Analysis 16(4),
2008), with z-scores.

For each term w, with y counts in set A and set B (n words each), and a prior
alpha_w = PRIOR_WORDS times w's share of both sets together (alpha_0 its sum):

    delta_w = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
            - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
    z_w = delta_w / sqrt(1 / (y_a + alpha_w) + 1 / (y_b + alpha_w))

A positive z leans to A, a negative one to B. Terms are counted by their
stems as the search finds them (mines and mine together), shown in their
commonest spelling (a phrase in its words' commonest spellings); a term of
digits only is left out, and a phrase's words stand in one sentence. Function
words (archive/data/stop_words.json: the, of, it, would ...) are left out, and
the phrases holding one: every set uses them thousands of times, so that a
small difference in their share scored a high z and filled the lists with
words that tell nothing of either set.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from archive.requests import SearchRequest
from archive.timeline import TimelineBar
from archive.vocabulary import load_data

# A ranked term as a row of an export (CSV, JSON), the same on the web and the command line.
COLUMNS = ("kind", "term", "count_a", "count_b", "log_odds", "z", "leans_to")
PRIOR_WORDS = 1_000  # the prior's weight, in words: it steadies the rare terms and hardly moves the common ones
TOP = 25
_SENTENCE_END = re.compile(r"[.;:!?]\s+|\n")  # a phrase's two words stand in one sentence  # terms listed for each side
MIN_COUNT = 3  # a term used fewer times in both sets together is not ranked
METHOD = ("Words and two-word phrases ranked by the weighted log-odds ratio with an informative Dirichlet prior "
          "(Monroe, Colaresi and Quinn 2008): the prior is both sets' pooled frequencies worth "
          f"{PRIOR_WORDS:,} words; z is the ratio over its standard deviation, positive for A, negative for B.")


@dataclass(frozen=True)
class Side:
    label: str
    request: SearchRequest
    statements: int
    words: int
    timeline: list[TimelineBar]


@dataclass(frozen=True)
class Term:
    text: str  # the commonest spelling
    a: int
    b: int
    delta: float
    z: float


@dataclass(frozen=True)
class Comparison:
    a: Side
    b: Side
    words: list[Term]  # every ranked word, by z, A's most distinctive first
    phrases: list[Term]


class _Tally:
    """Counts of the words as written (lowercased) and of pairs of them side by side in a
    sentence; `stemmed` turns them into counts of stems, each spelling stemmed once."""

    def __init__(self):
        self.spelled: Counter = Counter()
        self.pairs: Counter = Counter()
        self.total = 0

    def add(self, archive, text: str) -> None:
        written: list[str] = []
        for sentence in _SENTENCE_END.split(text):
            written += archive.words(sentence)
            written.append("")  # no pair across the end of a sentence
        written = [word.lower() for word in written]
        self.total += len(written) - written.count("")
        self.spelled.update(written)
        self.pairs.update(zip(written, written[1:], strict=False))

    def stemmed(self, stem_of: dict[str, str | None]) -> tuple[Counter, Counter]:
        """(words, phrases) counted by their stems; digits and sentence ends left out."""
        words: Counter = Counter()
        for word, count in self.spelled.items():
            if stem := stem_of[word]:
                words[stem] += count
        phrases: Counter = Counter()
        for (first, second), count in self.pairs.items():
            if (one := stem_of[first]) and (two := stem_of[second]):
                phrases[one, two] += count
        return words, phrases


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """The function words compare leaves out, lowercase: English articles, pronouns, auxiliaries and
    modal verbs, prepositions, conjunctions, the commonest adverbs, and what a contraction leaves
    (s, t, ll, re, ve, d, m). A list a user extends with a list of their own (archive.vocabulary)."""
    return frozenset(word.lower() for word in load_data("stop_words"))


def _stems(archive, tallies: list[_Tally]) -> dict[str, str | None]:
    """The stem of each spelling both sets use; None for digits, function words and sentence ends,
    which are not ranked."""
    spellings = set(tallies[0].spelled) | set(tallies[1].spelled)
    left_out = stop_words()
    return {word: None if not word or word.isdigit() or word in left_out else archive.term(word)
            for word in spellings}


def _tally(archive, request: SearchRequest) -> _Tally:
    tally = _Tally()
    for text in archive.bodies(request):
        tally.add(archive, text)
    return tally


def _spellings(tallies: list[_Tally], stem_of: dict) -> dict[str, str]:
    """Each stem's commonest spelling in both sets."""
    best: dict[str, tuple[int, str]] = {}
    for word, count in (tallies[0].spelled + tallies[1].spelled).items():
        stem = stem_of[word]
        if stem and (stem not in best or (count, word) > best[stem]):
            best[stem] = (count, word)
    return {stem: word for stem, (_count, word) in best.items()}


def log_odds(a: Counter, b: Counter, n_a: int, n_b: int) -> dict[object, tuple[float, float]]:
    """(delta, z) of each term used MIN_COUNT times or more in both sets together."""
    pooled = a + b
    n_pooled = sum(pooled.values()) or 1
    alpha_0 = PRIOR_WORDS
    ranked = {}
    for term, count in pooled.items():
        if count < MIN_COUNT:
            continue
        alpha = alpha_0 * count / n_pooled
        y_a, y_b = a.get(term, 0), b.get(term, 0)
        delta = (math.log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha))
                 - math.log((y_b + alpha) / (n_b + alpha_0 - y_b - alpha)))
        ranked[term] = (delta, delta / math.sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha)))
    return ranked


def _terms(a: Counter, b: Counter, n_a: int, n_b: int, spelled) -> list[Term]:
    ranked = log_odds(a, b, n_a, n_b)
    terms = [Term(spelled(term), a.get(term, 0), b.get(term, 0), delta, z) for term, (delta, z) in ranked.items()]
    terms.sort(key=lambda t: (-t.z, t.text))
    return terms


def compare(archive, a: tuple[str, SearchRequest], b: tuple[str, SearchRequest]) -> Comparison:
    """Both sets' counts and timelines, and every ranked word and phrase. A set
    without filters is every statement (the words of q= aside)."""
    sides, tallies = [], []
    for label, request in (a, b):
        found = archive.search(replace(request, page=1, size=1))  # its count and timeline
        tally = _tally(archive, request)
        sides.append(Side(label, request, found.total, tally.total, found.timeline))
        tallies.append(tally)
    stem_of = _stems(archive, tallies)
    (words_a, phrases_a), (words_b, phrases_b) = (tally.stemmed(stem_of) for tally in tallies)
    n_a, n_b = tallies[0].total, tallies[1].total
    spelling = _spellings(tallies, stem_of)
    return Comparison(sides[0], sides[1], _terms(words_a, words_b, n_a, n_b, spelling.__getitem__),
                      _terms(phrases_a, phrases_b, n_a, n_b, lambda pair: f"{spelling[pair[0]]} {spelling[pair[1]]}"))


def rows(result: Comparison):
    """Every ranked word, then every phrase, as rows of COLUMNS."""
    for kind, terms in (("word", result.words), ("phrase", result.phrases)):
        for t in terms:
            yield (kind, t.text, t.a, t.b, round(t.delta, 4), round(t.z, 3), "A" if t.z > 0 else "B")
