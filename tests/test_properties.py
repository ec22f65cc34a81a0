"""Properties that hold for any input (hypothesis): the extractor never fails,
any query gets a result or a 400, and highlighting never breaks the text."""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import RequestError, SearchRequest
from archive.highlight import HitTerms, PhraseWord, find_spans, mark, snippet
from archive.statement import Statement
from archive.whoosh_engine.terms import prose_tokens
from indexer.extraction import extract

# Text that looks like documents: words, header words, dates, markup and punctuation, mixed with anything.
PIECES = st.sampled_from([
    "Statement by", "H.E. Mr.", "Ambassador", "Permanent Representative of", "Azerbaijan", "Geneva,",
    "22 June 2021", "Letter dated", "Note verbale", "(Signed)", "on behalf of the", "Distr.: General",
    "Mr. President,", "\n", "\n\n", " ", "**", "<script>", "&amp;", "Kəlbəcər", "mines", "“", "-", "Annex to the",
])
DOCUMENTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join)
QUERIES = st.one_of(
    st.text(max_size=60),
    st.lists(st.one_of(st.sampled_from(['"', "(", ")", "AND", "OR", "NOT", "*", "?", "~", ":", "speaker:",
                                        "country:", "mines", "Kelbecer", " ", "type:letter", "\\", "^2"]),
                       st.text(max_size=5)), max_size=12).map("".join),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(DOCUMENTS)
def test_the_extractor_always_returns_a_record(text):
    record = extract(text, "any.txt", "any")
    assert isinstance(record, Statement)
    assert record.doc_type in {"statement", "right_of_reply", "letter", "note_verbale", "joint_statement",
                               "explanation_of_vote", "press_release", "other"}
    assert record.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", record.date)


@SETTINGS
@given(QUERIES)
def test_any_query_gets_a_result_or_a_400(archive, q):
    try:
        result = archive.search(SearchRequest(q=q, size=5))
    except RequestError as error:
        assert str(error)
    else:
        assert 0 <= result.total <= 8 and len(result.hits) <= 5


def _text_of(marked_html: str) -> str:
    assert re.fullmatch(r"(?:[^<>]|<mark>|</mark>)*", marked_html), marked_html  # only our marks, as tags
    assert marked_html.count("<mark>") == marked_html.count("</mark>")
    assert "<mark><mark>" not in marked_html and "</mark></mark>" not in marked_html
    return html.unescape(marked_html.replace("<mark>", "").replace("</mark>", ""))


@SETTINGS
@given(DOCUMENTS, st.lists(st.sampled_from(["mine", "kelbec", "statement", "by", "the", "presid"]), max_size=3),
       st.booleans())
def test_highlighting_keeps_the_text_and_only_adds_marks(text, words, as_phrase):
    wanted = HitTerms(frozenset() if as_phrase else frozenset(words),
                      (tuple(map(PhraseWord, words)),) if as_phrase and words else (), frozenset(words))
    spans = find_spans(prose_tokens(text, wanted.all_words), wanted)
    assert _text_of(mark(text, spans)) == text
    # The snippet marks its cuts with '…' (which the text may hold too): each piece between them is the text's own.
    flat = " ".join(text.split())
    for piece in _text_of(snippet(text, spans)).split("…"):
        assert " ".join(piece.split()) in flat
