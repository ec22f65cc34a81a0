"""Highlighting, written as marked-up text."""

from __future__ import annotations

import pytest

from archive.highlight import HitTerms, PhraseWord, find_spans, mark, snippet
from archive.whoosh_engine.analysis import prose_analyzer
from archive.whoosh_engine.terms import prose_tokens


def marked(text: str, terms=(), phrases=()) -> str:
    wanted = HitTerms(frozenset(terms), tuple(tuple(PhraseWord(word) for word in p) for p in phrases))
    return mark(text, find_spans(prose_tokens(text), wanted))


def test_prose_tokens_are_the_query_analyzers_tokens():
    text = "Kəlbəcər's mines, U.S. policy — the 3.5% «right of reply» Straße"
    chain = [(t.text, t.pos, t.startchar, t.endchar)
             for t in prose_analyzer()(text, positions=True, chars=True, mode="index")]
    assert [token[:4] for token in prose_tokens(text)] == chain


@pytest.mark.parametrize("text, terms, phrases, expected", [
    ("the Council must act", ["council"], [], "the <mark>Council</mark> must act"),
    # Stemming: the stem of mines is mine.
    ("mines and a mine", ["mine"], [], "<mark>mines</mark> and a <mark>mine</mark>"),
    # Folding: Kelbecer marks Kəlbəcər.
    ("in Kəlbəcər district", ["kelbec"], [], "in <mark>Kəlbəcər</mark> district"),
    # A phrase is marked whole, and its words alone are not.
    ("the right of reply; a right to reply", [], [["right", "of", "repli"]],
     "the <mark>right of reply</mark>; a right to reply"),
    # Escaping comes first: markup in the text is shown, never run.
    ('<script>alert("mines")</script>', ["mine"], [],
     '&lt;script&gt;alert(&quot;<mark>mines</mark>&quot;)&lt;/script&gt;'),
    ("R&D on mines", ["mine"], [], "R&amp;D on <mark>mines</mark>"),
])
def test_marks(text, terms, phrases, expected):
    assert marked(text, terms, phrases) == expected


def test_snippet_windows_hold_whole_marks_and_words():
    text = ("word " * 100) + "the mines were planted " + ("filler " * 100) + "more mines here " + ("tail " * 50)
    spans = find_spans(prose_tokens(text), HitTerms(frozenset({"mine"})))
    html = snippet(text, spans)
    assert html.count("<mark>mines</mark>") == 2
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>m</mark>" not in html
    assert html.count("…") == 3  # before, between and after the two fragments, once each
    assert "  " not in html


def test_snippet_without_hits_is_the_opening_of_the_text():
    assert snippet("Mr. President, I thank you.", []) == "Mr. President, I thank you."


def test_a_snippet_shows_where_the_querys_words_meet_before_where_one_repeats():
    """'Brazil Amazon' in Brazil's own speech: the passage on the Amazon, not the one naming Brazil most."""
    text = ("Brazil welcomes you. Brazil thanks you. Brazil, Brazil and again Brazil. " + "filler " * 60
            + "Brazil protects the Amazon forest, its peoples and its rivers. " + "tail " * 60)
    spans = find_spans(prose_tokens(text), HitTerms(frozenset({"brazil", "amazon"})))
    first = snippet(text, spans, fragments=1)
    assert "<mark>Amazon</mark>" in first and "<mark>Brazil</mark> protects" in first
