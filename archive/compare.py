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
commonest spelling; a term of digits only is left out.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from archive.requests import SearchRequest
from archive.timeline import TimelineBar

# A ranked term as a row of an export (CSV, JSON), the same on the web and the command line.
COLUMNS = ("kind", "term", "count_a", "count_b", "log_odds", "z", "leans_to")
PRIOR_WORDS = 1_000  # the prior's weight, in words: it steadies the rare terms and hardly moves the common ones
TOP = 25  # terms listed for each side
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
    """Counts of stems and of pairs of stems, and the spellings each was seen in."""

    def __init__(self):
        self.words: Counter = Counter()
        self.phrases: Counter = Counter()
        self.spellings: dict[object, Counter] = {}
        self.total = 0

    def add(self, text: str, tokens) -> None:
        previous = None
        for token in tokens:
            spelled = text[token.start:token.end].lower()
            self.total += 1
            if token.text.isdigit():
                previous = None
                continue
            self.words[token.text] += 1
            self.spellings.setdefault(token.text, Counter())[spelled] += 1
            if previous is not None and previous[0].end + 2 >= token.start:  # not across a sentence or line
                pair = (previous[1], token.text)
                self.phrases[pair] += 1
                self.spellings.setdefault(pair, Counter())[f"{previous[2]} {spelled}"] += 1
            previous = (token, token.text, spelled)


def _tally(archive, request: SearchRequest) -> _Tally:
    tally = _Tally()
    for text in archive.bodies(request):
        tally.add(text, archive.tokens(text))
    return tally


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


def _terms(a: Counter, b: Counter, n_a: int, n_b: int, spellings: dict) -> list[Term]:
    ranked = log_odds(a, b, n_a, n_b)
    terms = [Term(spellings[term].most_common(1)[0][0], a.get(term, 0), b.get(term, 0), delta, z)
             for term, (delta, z) in ranked.items()]
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
    first, second = tallies
    spellings = {**second.spellings}
    for term, seen in first.spellings.items():
        spellings[term] = seen + spellings.get(term, Counter())
    return Comparison(sides[0], sides[1],
                      _terms(first.words, second.words, first.total, second.total, spellings),
                      _terms(first.phrases, second.phrases, first.total, second.total, spellings))


def rows(result: Comparison):
    """Every ranked word, then every phrase, as rows of COLUMNS."""
    for kind, terms in (("word", result.words), ("phrase", result.phrases)):
        for t in terms:
            yield (kind, t.text, t.a, t.b, round(t.delta, 4), round(t.z, 3), "A" if t.z > 0 else "B")
