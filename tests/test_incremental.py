"""Incremental indexing: unchanged sources cost a hash each; a change is an
update of a clone of the served build; the result equals a full rebuild."""

from __future__ import annotations

import json
import shutil

import pytest

from archive import Archive, SearchRequest, storage
from archive.errors import IndexOutdated
from archive.storage import MANIFEST_NAME, read_manifest
from indexer.build import build_index
from indexer.rules import rules_fingerprint
from verbatim.cli import prepare_index

from .conftest import SEEDS

QUERIES = ["mines", '"right of reply"', "Kelbecer", "", "country:AZE", "landmines OR veto"]


@pytest.fixture()
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def snapshot(index_dir):
    """What a user can see of an index: each query's hits, total and facets."""
    with Archive(index_dir) as reader:
        results = {}
        for q in QUERIES:
            result = reader.search(SearchRequest(q=q, size=50))
            results[q] = (
                result.total,
                sorted(hit.statement.id for hit in result.hits),
                {name: sorted((v.value, v.count) for v in values) for name, values in result.facets.items()},
            )
        records = {hit.statement.id: hit.statement.to_dict() for hit in reader.search(SearchRequest(size=50)).hits}
        # Statements of the same date (seeds 000 and 001) keep one order whatever the build's history.
        order = [hit.statement.id for hit in reader.search(SearchRequest(size=50, sort="newest")).hits]
    return results, records, order


def test_an_unchanged_corpus_is_not_rebuilt(tmp_path, folder):
    index_dir = tmp_path / "index"
    first = build_index([folder], index_dir, show_progress=False)
    again = build_index([folder], index_dir, show_progress=False)
    assert again.build is None and again.unchanged == 5 and again.indexed == 0
    assert storage.current_build(index_dir) == first.build
    assert "the index is up to date" in again.summary()


def test_changed_added_and_deleted_files_equal_a_full_rebuild(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)

    edited = folder / "002_3f684ed411ad2fd9.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Mine action", "Landmine action")
                      + "\nThe veto must not be used.\n", encoding="utf-8")
    (folder / "004_ad6f61e609c1d31c.txt").unlink()
    (folder / "new-note.txt").write_text(
        "Note verbale dated 3 May 2022 from the Permanent Mission of Norway to the United Nations addressed to "
        "the Secretary-General\n\nThe Permanent Mission of Norway presents its compliments and refers to landmines.\n",
        encoding="utf-8")
    # Indexing the folder by name adds and updates: the deleted file's statement is kept ...
    named = build_index([folder], index_dir, show_progress=False)
    assert (named.indexed, named.removed, named.kept, named.unchanged) == (2, [], 1, 3)
    served, before = named.build, snapshot(index_dir)
    # ... and a rescan of the archive's sources removes it, naming it.
    report = build_index([], index_dir, show_progress=False)
    assert (report.indexed, report.removed, report.unchanged) == (0, [
        f"004_ad6f61e609c1d31c ({(folder / '004_ad6f61e609c1d31c.txt').resolve()})"], 5)
    assert "0 indexed, 5 unchanged, 1 removed" in report.summary()
    assert "  removed 004_ad6f61e609c1d31c (" in report.summary()

    rebuilt = tmp_path / "rebuilt" / "index"
    build_index([folder], rebuilt, show_progress=False)
    assert snapshot(index_dir) == snapshot(rebuilt)

    def recorded(index):  # what a build records, but when the statements came in
        manifest = read_manifest(storage.current_build(index))
        return {key: value._replace(received=None) for key, value in manifest.items()}

    assert recorded(index_dir) == recorded(rebuilt)
    # The previous build is untouched: its readers still see the old corpus.
    assert served.is_dir() and snapshot(served) == before


def test_a_sidecar_change_reindexes_its_statement(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    (folder / "004_ad6f61e609c1d31c.txt.meta.json").write_text('{"location": "New York"}', encoding="utf-8")
    report = build_index([folder], index_dir, show_progress=False)
    assert report.indexed == 1
    with Archive(index_dir) as reader:
        assert reader.get("004_ad6f61e609c1d31c").location == "New York"


def test_every_build_records_its_manifest(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    build = storage.current_build(index_dir)
    manifest = read_manifest(build)
    assert (build / MANIFEST_NAME).is_file()
    with Archive(index_dir) as reader:
        assert {key: value[0] for key, value in manifest.items()} == {
            key: reader.get(key).content_hash for key in manifest}
    assert manifest["004_ad6f61e609c1d31c"][1] == str((folder / "004_ad6f61e609c1d31c.txt").resolve())
    assert len(manifest) == 5


def test_an_update_that_adds_only_undated_statements_still_searches(tmp_path, folder):
    # Found by scripts/crash-test: the new segment has no date column at all.
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    (folder / "undated.txt").write_text("We call for peace and the clearing of mines.\n", encoding="utf-8")
    assert build_index([folder], index_dir, show_progress=False).indexed == 1
    with Archive(index_dir) as reader:
        result = reader.search(SearchRequest(q="mines", sort="newest"))
        assert result.total == 6
        assert result.hits[-1].statement.id == "undated"
        assert "Jun 2021" in {bar.label for bar in result.timeline}


def written_by_an_older_verbatim(index_dir):
    """Rewrite the served build's manifest the way builds before the format was recorded wrote it."""
    manifest = storage.current_build(index_dir) / MANIFEST_NAME
    statements = json.loads(manifest.read_text(encoding="utf-8"))["statements"]
    manifest.write_text(json.dumps(statements), encoding="utf-8")


def test_an_index_in_an_older_format_is_refused_then_rebuilt_whole(tmp_path, folder, client_for):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    written_by_an_older_verbatim(index_dir)
    with pytest.raises(IndexOutdated, match="rebuild it"), Archive(index_dir) as reader:
        reader.search(SearchRequest(q="mines"))
    response = client_for(index_dir).get("/?q=mines")
    assert response.status_code == 503 and b"older Verbatim" in response.data
    report = build_index([folder], index_dir, show_progress=False)
    assert report.build is not None and report.unchanged == 0  # nothing reused from the old format
    with Archive(index_dir) as reader:
        assert reader.search(SearchRequest(q="mines")).total == 5


def test_serve_rebuilds_an_outdated_seed_index_and_no_other(tmp_path, folder):
    seed_index, other_index = tmp_path / "seed-index", tmp_path / "other-index"
    build_index([SEEDS], seed_index, show_progress=False)
    build_index([folder], other_index, show_progress=False)
    for index_dir in (seed_index, other_index):
        written_by_an_older_verbatim(index_dir)
    old = storage.current_build(seed_index)
    assert prepare_index(seed_index)
    assert storage.current_build(seed_index) != old and read_manifest(storage.current_build(seed_index))
    assert not prepare_index(other_index)  # its sources are not the seeds: its owner rebuilds it


def read_with_earlier_rules(index_dir):
    """Rewrite the served build's manifest as a Verbatim with other extraction rules wrote it."""
    manifest = storage.current_build(index_dir) / MANIFEST_NAME
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["rules"] = "0123456789abcdef"
    manifest.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")


def test_an_archive_read_with_earlier_rules_is_read_again_whole(tmp_path, folder):
    """An upgrade that reads documents differently (a speaker's spelling, a State) must reach every
    statement, though no source changed: `verbatim index` reads them all again."""
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    assert storage.rules_of(storage.current_build(index_dir)) == rules_fingerprint()
    assert build_index([folder], index_dir, show_progress=False).build is None  # same rules: nothing to do
    before = snapshot(index_dir)
    read_with_earlier_rules(index_dir)
    again = build_index([folder], index_dir, show_progress=False)
    assert again.build is not None and again.indexed == 5 and again.unchanged == 0
    assert storage.rules_of(storage.current_build(index_dir)) == rules_fingerprint()
    assert snapshot(index_dir) == before


def test_serve_rereads_a_seed_archive_read_with_earlier_rules_and_warns_of_another(tmp_path, folder, capsys):
    seed_index, other_index = tmp_path / "seed-index", tmp_path / "other-index"
    build_index([SEEDS], seed_index, show_progress=False)
    build_index([folder], other_index, show_progress=False)
    for index_dir in (seed_index, other_index):
        read_with_earlier_rules(index_dir)
    old_seeds, old_other = storage.current_build(seed_index), storage.current_build(other_index)
    assert prepare_index(seed_index)
    assert storage.current_build(seed_index) != old_seeds
    assert storage.rules_of(storage.current_build(seed_index)) == rules_fingerprint()
    capsys.readouterr()
    assert prepare_index(other_index)  # served as it is, with a word on how to bring it up to date
    assert storage.current_build(other_index) == old_other
    assert f"`verbatim index --index {other_index}` reads its sources again" in capsys.readouterr().err


def test_the_archive_serves_each_original_as_it_was_indexed(tmp_path, folder, client_for):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    edited, moved = folder / "002_3f684ed411ad2fd9.txt", folder / "003_2bf1af1179afb1de.txt"
    as_indexed = {path.name: path.read_bytes() for path in (edited, moved)}
    edited.write_text("Edited after indexing.\n", encoding="utf-8")
    moved.rename(tmp_path / moved.name)
    client = client_for(index_dir)
    for path in (edited, moved):
        with client.get(f"/statements/{path.stem}/source") as response:
            assert response.status_code == 200 and response.data == as_indexed[path.name]
            assert f"filename={path.name}" in response.headers["Content-Disposition"]
    # An update keeps one copy per content, shared with the build before it by a hard link.
    before = storage.current_build(index_dir)
    build_index([folder], index_dir, show_progress=False)
    after = storage.current_build(index_dir)
    kept = read_manifest(after)["000_e71adabdfbd67d48"].original
    assert (before / "originals" / kept).stat().st_ino == (after / "originals" / kept).stat().st_ino
    with client.get("/statements/002_3f684ed411ad2fd9/source") as response:
        assert response.data == b"Edited after indexing.\n"
    # A copy no statement refers to any more is dropped from the new build.
    assert len(list((after / "originals").iterdir())) == len(read_manifest(after))


def test_a_statement_keeps_when_it_was_first_received_across_builds(tmp_path, folder, monkeypatch):
    from indexer import build

    index_dir = tmp_path / "index"
    monkeypatch.setattr(build, "utc_now", lambda: "2026-03-01T08:00:00Z")
    build_index([folder], index_dir, show_progress=False)
    monkeypatch.setattr(build, "utc_now", lambda: "2026-03-02T08:00:00Z")
    edited = folder / "002_3f684ed411ad2fd9.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA late paragraph.\n", encoding="utf-8")
    (folder / "late.txt").write_text("Statement by the delegation of Chile\n\nChile supports the ban on mines.\n",
                                     encoding="utf-8")
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as archive:
        hits = archive.search(SearchRequest(sort="received", size=100)).hits
    received = {hit.statement.id: hit.received for hit in hits}
    assert hits[0].statement.id == "late" and received.pop("late") == "2026-03-02T08:00:00Z"
    assert set(received.values()) == {"2026-03-01T08:00:00Z"}  # an edited statement is not a new one
    assert "002_3f684ed411ad2fd9" in received
    # A new index format rebuilds everything: the dates statements came in stay.
    monkeypatch.setattr(storage, "INDEX_FORMAT", storage.INDEX_FORMAT + 1)
    monkeypatch.setattr(build, "utc_now", lambda: "2026-03-03T08:00:00Z")
    assert build_index([folder], index_dir, show_progress=False).unchanged == 0
    assert {key: r.received for key, r in read_manifest(storage.current_build(index_dir)).items()} == {
        **received, "late": "2026-03-02T08:00:00Z"}
