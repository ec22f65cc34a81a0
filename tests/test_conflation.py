"""scripts/conflation: the written forms a stem joins, counted from an index."""

from __future__ import annotations

from indexer.build import build_index
from verbatim.conflation import differs_beyond_an_ending, written_forms


def test_the_forms_a_stem_joins_are_counted_by_statement(tmp_path):
    texts = ["The detention of the delegates.", "Detente between the blocs; no detention.", "Mines and a mine."]
    for number, text in enumerate(texts):
        (tmp_path / f"{number}.txt").write_text(f"Statement by the delegation of Chile\n\n{text}\n", encoding="utf-8")
    build_index([tmp_path], tmp_path / "index", show_progress=False)
    forms = written_forms(tmp_path / "index", min_statements=1)
    assert forms["detent"] == [("detention", 2), ("detente", 1)]
    assert sorted(forms["mine"]) == [("mine", 1), ("mines", 1)]
    assert differs_beyond_an_ending("detente", "detention") and differs_beyond_an_ending("one", "on")
    assert not differs_beyond_an_ending("mine", "mines") and not differs_beyond_an_ending("policy", "policies")
