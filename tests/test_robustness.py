"""Bad files, concurrent builds, killed builds, and searching while a new
build is published: nothing lost, nothing broken."""

from __future__ import annotations

import os
import shutil
import threading

import pytest

from archive import Archive, SearchRequest, storage
from archive.errors import IndexBusy
from indexer import planning
from indexer.build import build_index

from .conftest import SEEDS


@pytest.fixture()
def folder(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    return corpus


def reasons(report) -> dict[str, str]:
    return {item.source: item.reason for item in report.skipped}


def test_more_bad_files_are_reported_and_the_rest_indexed(tmp_path, folder):
    (folder / "huge.txt").write_bytes(b"Statement by Mr. Ivan Example\n" + b"word " * 10_500_000)  # 52 MB
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "cp1252.txt").write_bytes("Déclaration – “quoted”".encode("cp1252"))
    (folder / "header-only.txt").write_text("Statement by Mr. Ivan Example\nPermanent Representative of Latvia\n",
                                            encoding="utf-8")
    (folder / "body-only.txt").write_text("We call for an immediate ceasefire and the return of the displaced.\n",
                                          encoding="utf-8")
    report = build_index([folder], tmp_path / "index", show_progress=False)
    why = reasons(report)
    assert "too large (52.5 MB)" in why["huge.txt"]
    assert "cannot read the file" in why["loop-a.txt"] and "cannot read the file" in why["loop-b.txt"]
    assert "cannot read the file" in why["gone.txt"]
    assert "not valid UTF-8" in why["cp1252.txt"]
    assert report.indexed == 7  # the five seeds, the header without a body, the body without a header
    with Archive(tmp_path / "index") as archive:
        headed = archive.get("header-only")
        assert headed.speaker == "Ivan Example" and headed.country == "Latvia"
        bare = archive.get("body-only")
        assert bare.speaker is None and "no speaker found" in bare.warnings


def test_an_unreadable_file_is_reported(tmp_path, folder, monkeypatch):
    locked = folder / "000_e71adabdfbd67d48.txt"
    real_read = type(locked).read_bytes

    def read_bytes(path):
        if path == locked:
            raise PermissionError(13, "Permission denied")  # what a non-root user meets with mode 000
        return real_read(path)

    monkeypatch.setattr(type(locked), "read_bytes", read_bytes)
    report = build_index([folder], tmp_path / "index", show_progress=False)
    assert reasons(report) == {"000_e71adabdfbd67d48.txt": "cannot read the file: Permission denied"}
    assert report.indexed == 4


def test_a_file_that_disappears_during_the_run_is_reported(tmp_path, folder, monkeypatch):
    real_read = planning.read_source

    def vanish_then_read(source_file, *args):  # listed, then gone before it is read
        if source_file.source == "001_b4b41e51197d8961.txt":
            source_file.path.unlink()
        return real_read(source_file, *args)

    monkeypatch.setattr(planning, "read_source", vanish_then_read)
    report = build_index([folder], tmp_path / "index", show_progress=False)
    assert "cannot read the file" in reasons(report)["001_b4b41e51197d8961.txt"]
    assert report.indexed == 4


def test_a_file_that_changes_during_the_run_is_indexed_as_read_and_updated_next_time(tmp_path, folder, monkeypatch):
    real_read = planning.read_source
    changing = folder / "002_3f684ed411ad2fd9.txt"

    def read_then_edit(source_file, *args):
        read = real_read(source_file, *args)
        if source_file.path == changing:
            changing.write_text(changing.read_text(encoding="utf-8") + "\nEdited while indexing.\n",
                                encoding="utf-8")
        return read

    monkeypatch.setattr(planning, "read_source", read_then_edit)
    build_index([folder], tmp_path / "index", show_progress=False)
    monkeypatch.setattr(planning, "read_source", real_read)
    with Archive(tmp_path / "index") as archive:
        assert "Edited while indexing." not in archive.get("002_3f684ed411ad2fd9").body
    # The manifest holds the hash of what was indexed: the next run sees the edit and indexes it.
    report = build_index([folder], tmp_path / "index", show_progress=False)
    assert (report.unchanged, report.indexed) == (4, 1)
    with Archive(tmp_path / "index") as archive:
        assert "Edited while indexing." in archive.get("002_3f684ed411ad2fd9").body


def test_one_build_at_a_time(tmp_path, folder):
    index_dir = tmp_path / "index"
    with storage.build_lock(index_dir), pytest.raises(IndexBusy, match="another build"):
        build_index([folder], index_dir, show_progress=False)
    assert build_index([folder], index_dir, show_progress=False).indexed == 5


def test_a_killed_builds_folder_is_removed_by_the_next(tmp_path, folder):
    index_dir = tmp_path / "index"
    served = build_index([folder], index_dir, show_progress=False).build
    stale = storage.new_build_dir(index_dir)  # as a build killed with -9 leaves it
    (stale / "MAIN_half.seg").write_bytes(b"half-written")
    (folder / "new.txt").write_text("Statement by Mr. Ivan Example\n\nMr. President,\n", encoding="utf-8")
    build_index([folder], index_dir, show_progress=False)
    assert not stale.exists()
    assert served.exists()  # the previous build is kept for readers still on it


def test_searching_while_new_builds_are_published(tmp_path, folder):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    archive = Archive(index_dir)
    problems: list[str] = []
    done = threading.Event()

    def keep_searching():
        while not done.is_set():
            try:
                result = archive.search(SearchRequest(q="mines"))
                if result.total == 0:
                    problems.append("an empty result")
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                problems.append(repr(error))

    searchers = [threading.Thread(target=keep_searching) for _ in range(3)]
    for thread in searchers:
        thread.start()
    edited = folder / "002_3f684ed411ad2fd9.txt"
    for round_number in range(4):
        edited.write_text(edited.read_text(encoding="utf-8") + f"\nRound {round_number}.\n", encoding="utf-8")
        build_index([folder], index_dir, show_progress=False)
        extra = folder / "extra.txt"
        if round_number % 2:
            extra.write_text(f"Statement by Mr. Ivan Example {round_number}\n", encoding="utf-8")
        else:
            extra.unlink(missing_ok=True)
    done.set()
    for thread in searchers:
        thread.join()
    archive.close()
    assert not problems, problems[:3]
    assert os.path.realpath(index_dir) == str(storage.current_build(index_dir).resolve())
