"""Building and publishing the index: bad files are reported, the rest is
indexed, and a failed build never damages the index being served."""

from __future__ import annotations

import re
import shutil

import pytest

from archive import Archive, SearchRequest, storage
from archive.errors import NotAnIndex
from archive.whoosh_engine import writing
from indexer.build import build_index

from .conftest import SEEDS


@pytest.fixture()
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def total(index_dir) -> int:
    with Archive(index_dir) as reader:
        return reader.search(SearchRequest()).total


def test_bad_files_are_reported_and_the_rest_indexed(tmp_path, folder):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Déclaration de la délégation".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PDF")
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04")
    (folder / "copy.txt").write_bytes((folder / "002_3f684ed411ad2fd9.txt").read_bytes())
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + b"Statement by Mr. Ivan Example\n\nMr. President,\n")
    report = build_index([folder], tmp_path / "index", show_progress=False)
    reasons = {item.source: item.reason for item in report.skipped}
    assert report.read == 11 and report.indexed == 6
    assert reasons["empty.txt"] == "the file is empty"
    assert "not valid UTF-8" in reasons["latin1.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "unsupported file type .pptx" in reasons["slides.pptx"]
    assert "duplicate of 002_3f684ed411ad2fd9.txt" in reasons["copy.txt"]
    assert total(tmp_path / "index") == 6
    summary = report.summary()
    assert summary.startswith("11 files read, 6 indexed, 5 skipped")
    assert "skipped empty.txt: the file is empty" in summary


def test_a_failed_build_leaves_the_served_index_intact(tmp_path, folder, monkeypatch):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    served = storage.current_build(index_dir)

    def crash(statement, received):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writing, "to_document", crash)  # the engine fails while writing
    edited = folder / "002_3f684ed411ad2fd9.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    with pytest.raises(RuntimeError):  # an update, on a clone of the served build
        build_index([folder], index_dir, show_progress=False)
    assert storage.current_build(index_dir) == served
    (folder / "new.txt").write_text("Statement by Mr. Ivan Example\n\nMr. President,\n", encoding="utf-8")
    for path in list(folder.iterdir())[:4]:
        path.write_text(path.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    with pytest.raises(RuntimeError):  # a full build
        build_index([folder], index_dir, show_progress=False)
    assert storage.current_build(index_dir) == served
    assert total(index_dir) == 5
    # The half-written build folder is gone.
    assert sorted(storage.builds_dir(index_dir).iterdir()) == [served]


def test_a_batch_with_nothing_indexable_loses_nothing_already_indexed(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("  \n", encoding="utf-8")
    report = build_index([bad], index_dir, show_progress=False)
    assert [item.source for item in report.skipped] == ["empty.txt"] and report.kept == 5
    assert total(index_dir) == 5
    # The folder is remembered: once its file is mended, a rescan indexes it.
    (bad / "empty.txt").write_text("Statement by the delegation of Chile\n\nMr. President, mines.\n", encoding="utf-8")
    assert build_index([], index_dir, show_progress=False).indexed == 1
    assert total(index_dir) == 6


def test_indexing_one_file_keeps_every_other_statement(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    report = build_index([SEEDS / "000_e71adabdfbd67d48.txt"], index_dir, show_progress=False)
    assert report.removed == [] and total(index_dir) == 5


def test_publishing_swaps_a_link_and_keeps_one_previous_build(tmp_path, folder):
    index_dir = tmp_path / "index"
    edited = folder / "002_3f684ed411ad2fd9.txt"
    builds = []
    for round_number in range(3):
        edited.write_text(edited.read_text(encoding="utf-8") + f"\nEdit {round_number}.\n", encoding="utf-8")
        builds.append(build_index([folder], index_dir, show_progress=False).build)
    assert index_dir.is_symlink()
    assert storage.current_build(index_dir) == builds[-1]
    assert sorted(p.name for p in storage.builds_dir(index_dir).iterdir()) == sorted(b.name for b in builds[1:])


def test_a_folder_in_the_way_is_not_overwritten(tmp_path, folder):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    (index_dir / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(NotAnIndex, match="not a link made by `verbatim index`"):
        build_index([folder], index_dir, show_progress=False)
    assert (index_dir / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_sidecar_overrides_survive_reindexing(tmp_path, folder):
    (folder / "004_ad6f61e609c1d31c.txt.meta.json").write_text('{"location": "New York"}', encoding="utf-8")
    index_dir = tmp_path / "index"
    for _ in range(2):
        build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        record = reader.get("004_ad6f61e609c1d31c")
    assert record.location == "New York"
    assert record.overrides == ("location",)


def test_a_broken_sidecar_costs_no_statement_and_says_why(tmp_path, folder):
    (folder / "000_e71adabdfbd67d48.txt.meta.json").write_text("{not json", encoding="utf-8")
    index_dir = tmp_path / "index"
    report = build_index([folder], index_dir, show_progress=False)
    assert report.indexed == 5 and not report.skipped
    with Archive(index_dir) as reader:
        record = reader.get("000_e71adabdfbd67d48")
    assert record.country == "Azerbaijan" and not record.overrides
    assert any(w.startswith("000_e71adabdfbd67d48.txt.meta.json: not read, not valid JSON") for w in record.warnings)


def test_a_sidecar_dated_by_year_keeps_its_statement(tmp_path, folder):
    (folder / "001_b4b41e51197d8961.txt.meta.json").write_text(
        '{"date": "2018", "date_precision": "year"}', encoding="utf-8")
    index_dir = tmp_path / "index"
    report = build_index([folder], index_dir, show_progress=False)
    assert report.indexed == 5
    with Archive(index_dir) as reader:
        record = reader.get("001_b4b41e51197d8961")
        in_2018 = reader.search(SearchRequest(q="", date_from="2018", date_to="2018"))
    assert (record.date, record.date_precision) == ("2018-01-01", "year")
    assert record.id in [hit.statement.id for hit in in_2018.hits]


def test_ids_are_stable_when_a_file_is_edited(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    path = folder / "002_3f684ed411ad2fd9.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nAn added closing line.\n", encoding="utf-8")
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        record = reader.get("002_3f684ed411ad2fd9")
    assert record is not None and "An added closing line." in record.body


def test_a_sidecar_id_that_could_leave_a_folder_is_refused_and_the_file_indexed(tmp_path, folder):
    (folder / "002_3f684ed411ad2fd9.txt.meta.json").write_text('{"id": "../../etc/passwd"}', encoding="utf-8")
    index_dir = tmp_path / "index"
    assert build_index([folder], index_dir, show_progress=False).indexed == 5
    with Archive(index_dir) as reader:
        record = reader.get("002_3f684ed411ad2fd9")
    assert record is not None
    assert any("id '../../etc/passwd' is not an id" in warning for warning in record.warnings)


def test_postings_beyond_the_writers_memory_are_sorted_on_disk_and_none_is_lost(tmp_path, folder, monkeypatch):
    """A build larger than the writer's memory spills sorted runs of postings to disk and merges them:
    every word stays findable in exactly the files that hold it."""
    monkeypatch.setattr(writing, "WRITER_MEMORY_MB", 0.1)
    runs = []
    spill = writing.BatchedPostingPool._write_run
    monkeypatch.setattr(writing.BatchedPostingPool, "_write_run", lambda pool, f, items: runs.append(1)
                        or spill(pool, f, items))
    build_index([folder], tmp_path / "index", show_progress=False, workers=1)
    assert runs, "the seeds' postings should outgrow 0.1 MB and be written in runs"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    with Archive(tmp_path / "index") as reader:
        for word in ("humanitarian", "landmines", "Ottawa", "sovereignty"):
            holding = sum(bool(re.search(rf"\b{word}\b", text, re.IGNORECASE)) for text in texts)
            assert holding, word
            assert reader.search(SearchRequest(q=f'"{word}"')).total == holding, word
