"""Wildcards expand over the words as written (folded, lowercased), not over
their stems: decoloni* finds "decolonization", indexed as the stem decolon;
negotiat* finds "negotiation" (stem negoti) but not "negotiable" (stem negoti
too). Matched words, and only those, are marked."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from archive.engine import Query
from archive.engines import ENGINES
from archive.errors import RequestError
from archive.ranking import TUNED
from archive.statement import Statement
from archive.whoosh_engine.query import MAX_EXPANSIONS, parse_query
from archive.whoosh_engine.schema import build_schema

EVERYTHING = 100


def _statement(id: str, body: str, **fields) -> Statement:
    return Statement(id=id, source=f"{id}.txt", body=body, title=fields.pop("title", "Statement"),
                     doc_type="statement", **fields)


STATEMENTS = [
    _statement("talks", "The negotiation failed; negotiating goes on; they negotiated a truce."),
    _statement("fixed", "The border is not negotiable."),  # negotiable: stem negoti, like negotiation
    _statement("again", "We shall renegotiate the treaty."),  # a word with the prefix inside, not at its start
    _statement("africa", "The decolonization of Africa is unfinished."),  # decolonization: stem decolon
    _statement("mines", "Demining the fields of Kəlbəcər takes years.", title="Negotiations on mines",
               speaker="Ilham Aliyev", country="Azerbaijan"),
    _statement("many", " ".join(f"expand{number}" for number in range(MAX_EXPANSIONS + 1))),
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    engine = ENGINES["whoosh"]
    build = tmp_path_factory.mktemp("wildcards")
    engine.create(build)
    writer = engine.writer(build)
    for statement in STATEMENTS:
        writer.add(statement, "2026-01-01T00:00:00Z")
    writer.commit()
    opened = engine.open(build, TUNED)
    yield opened
    opened.close()


def _ids(reader, text: str) -> set[str]:
    return {hit.statement.id for hit in reader.search(Query(text=text, exact=True), 0, EVERYTHING).hits}


@pytest.mark.parametrize("text, expected", [
    ("decoloni*", {"africa"}),  # longer than the stem decolon
    ("decolon*", {"africa"}),
    ("negotiat*", {"talks", "mines"}),  # negotiation, negotiating, negotiated; Negotiations in a title
    ("Negotiations*", {"mines"}),  # the typed word is not stemmed to negoti
    ("negotiab*", {"fixed"}),
    ("title:negotiat*", {"mines"}),
    ("body:negotiat*", {"talks"}),
    ("negotiat?ng", {"talks"}),
    ("demin*", {"mines"}),  # the syntax help's example
    ("Kəlbə*", {"mines"}),  # folded as the words are
    ("kelbe*", {"mines"}),
    ("negotiat* AND truce", {"talks"}),
    ("negotiat* NOT truce", {"mines"}),
    ("speaker:Ali*", {"mines"}),  # names are not stemmed: their fields keep their own wildcards
    ("country:Azer*", {"mines"}),
])
def test_a_wildcard_matches_the_words_as_written(reader, text, expected):
    assert _ids(reader, text) == expected


def test_the_snippet_marks_every_word_the_wildcard_matched_and_no_other_form_of_its_stem(reader):
    [hit] = reader.search(Query(text="body:negotiat*", exact=True), 0, EVERYTHING).hits
    assert hit.snippet == ("The <mark>negotiation</mark> failed; <mark>negotiating</mark> goes on; "
                           "they <mark>negotiated</mark> a truce.")
    wanted = reader.hit_terms("negotiat*", exact=True)
    fixed = STATEMENTS[1].body
    assert wanted.spans_in(fixed) == []  # negotiable shares the stem negoti, not the prefix
    talks = STATEMENTS[0].body
    assert [talks[start:end] for start, end in wanted.spans_in(talks)] == ["negotiation", "negotiating", "negotiated"]


def test_the_reading_view_marks_a_folded_word(reader):
    body = STATEMENTS[4].body
    assert [body[start:end] for start, end in reader.hit_terms("kelbe*", exact=True).spans_in(body)] == ["Kəlbəcər"]


def test_a_wildcard_standing_for_too_many_written_words_is_refused(reader):
    with pytest.raises(RequestError, match=f"more than {MAX_EXPANSIONS} words"):
        reader.search(Query(text="expand*"), 0, EVERYTHING)
    assert _ids(reader, "expand1*") == {"many"}  # expand1, expand10-19, expand100: 12 words


@pytest.mark.parametrize("text, expected", [
    ("decoloni*", wq.Or([wq.Prefix("title_words", "decoloni"), wq.Prefix("body_words", "decoloni")])),
    ("Negotiations*", wq.Or([wq.Prefix("title_words", "negotiations"), wq.Prefix("body_words", "negotiations")])),
    ("body:Kəlbə?ər", wq.Wildcard("body_words", "kelbe?er")),
    ("meeting:gene*", wq.Prefix("meeting", "gene")),  # a prose field not searched by default keeps its stems
    ("speaker:Ali*", wq.Prefix("speaker", "ali")),
    ("mines", wq.Or([wq.Term("title", "mine"), wq.Term("body", "mine")])),  # plain words stay stemmed
])
def test_the_parser_sends_title_and_body_wildcards_to_the_written_words(text, expected):
    assert parse_query(text, build_schema()) == expected

