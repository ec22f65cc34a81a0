"""Where one word ends and the next begins: a dot between letters is usually a
missing space, except in abbreviations, numbers and UN symbols."""

from __future__ import annotations

import shutil

import pytest

from archive import Archive, SearchRequest
from archive.whoosh_engine.analysis import WORD
from indexer.build import build_index

from .conftest import SEEDS
from .htmltree import parse


@pytest.mark.parametrize("text, words", [
    ("Human Rights.Coexistence", ["Human", "Rights", "Coexistence"]),  # a space lost after a full stop
    ("apartheid.The Council", ["apartheid", "The", "Council"]),
    ("the Law of the Sea.3", ["the", "Law", "of", "the", "Sea", "3"]),  # a footnote number glued on
    ("of detente.and peace", ["of", "detente", "and", "peace"]),
    ("U.S. policy", ["U.S", "policy"]),  # initials stay one word
    ("the U.N. Charter", ["the", "U.N", "Charter"]),
    ("e.g. this", ["e.g", "this"]),
    ("3.5 per cent", ["3.5", "per", "cent"]),  # a decimal number
    ("S/PV.6191", ["S", "PV.6191"]),  # a UN symbol's parts
    ("A/C.1/729/Rev.1", ["A", "C.1", "729", "Rev.1"]),
    ("A/77/L.5/Add.2", ["A", "77", "L.5", "Add.2"]),
])
def test_words(text, words):
    assert WORD.findall(text) == words


def test_words_glued_at_a_full_stop_are_found_and_marked(tmp_path, client_for):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    (folder / "glued.txt").write_text(
        "Statement by the delegation of Example\n\nMr. President,\n\nWe recall the Universal Declaration of "
        "Human Rights.Coexistence of peoples rests on it, as the struggle against apartheid.The Council knows.\n",
        encoding="utf-8")
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        for q in ("coexistence", '"human rights"', "apartheid"):
            assert "glued" in {hit.statement.id for hit in reader.search(SearchRequest(q=q)).hits}, q
    body = parse(client_for(index_dir).get("/statements/glued?q=apartheid").data).find("div", cls="body")
    assert [mark.text for mark in body.find_all("mark")] == ["apartheid"]
