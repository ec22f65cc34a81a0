"""The archive remembers its sources: `verbatim sources` lists them, a rescan
removes only what left a registered folder, `verbatim remove` what it names."""

from __future__ import annotations

import shutil

import pytest

from archive import Archive, SearchRequest
from indexer.build import build_index
from indexer.reports import BuildReport, Skipped
from verbatim.cli import main

from .conftest import SEEDS


@pytest.fixture()
def archive_of_two_folders(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in sorted(SEEDS.iterdir()):
        shutil.copy(path, (first if path.name < "003" else second) / path.name)
    index_dir = tmp_path / "index"
    for folder in (first, second):
        build_index([folder], index_dir, show_progress=False)
    return first, second, index_dir


def ids(index_dir):
    with Archive(index_dir) as reader:
        return sorted(hit.statement.id[:3] for hit in reader.export(SearchRequest()))


def test_sources_lists_each_folder_with_its_statements(archive_of_two_folders, capsys):
    first, second, index_dir = archive_of_two_folders
    assert main(["sources", "--index", str(index_dir)]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    assert lines == [["3", "statements", str(first.resolve())], ["2", "statements", str(second.resolve())]]


def test_a_rescan_removes_a_file_gone_from_a_registered_folder_and_names_it(archive_of_two_folders, capsys):
    first, _second, index_dir = archive_of_two_folders
    (first / "001_b4b41e51197d8961.txt").unlink()
    assert main(["index", "--index", str(index_dir), "--no-progress"]) == 0
    assert "  removed 001_b4b41e51197d8961 (" in capsys.readouterr().out
    assert ids(index_dir) == ["000", "002", "003", "004"]


def test_remove_by_id_and_by_folder(archive_of_two_folders, capsys):
    _first, second, index_dir = archive_of_two_folders
    assert main(["remove", "000_e71adabdfbd67d48", "--index", str(index_dir)]) == 0
    assert main(["remove", str(second), "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert out.count("removed ") == 3 and "004_ad6f61e609c1d31c" in out
    assert ids(index_dir) == ["001", "002"]
    main(["sources", "--index", str(index_dir)])
    assert str(second.resolve()) not in capsys.readouterr().out  # no longer a source: a rescan leaves it out
    main(["index", "--index", str(index_dir), "--no-progress"])
    assert "003" not in ids(index_dir)


def test_remove_of_something_unknown_is_an_error(archive_of_two_folders, capsys):
    _first, _second, index_dir = archive_of_two_folders
    assert main(["remove", "no-such-thing", "--index", str(index_dir)]) == 2
    assert "'no-such-thing' is neither a statement id nor a source" in capsys.readouterr().err
    assert len(ids(index_dir)) == 5


def test_a_rescan_of_an_archive_without_sources_says_what_to_do(tmp_path, capsys):
    assert main(["index", "--index", str(tmp_path / "index")]) == 2
    assert "remembers no sources yet: name the files or folders to index" in capsys.readouterr().err


def test_a_file_indexed_inside_a_registered_folder_is_not_read_twice(archive_of_two_folders, capsys):
    first, _second, index_dir = archive_of_two_folders
    (first / "new.txt").write_text("Statement by the delegation of Chile\n\nMr. President, mines.\n", encoding="utf-8")
    assert main(["index", str(first / "new.txt"), "--index", str(index_dir), "--no-progress"]) == 0
    capsys.readouterr()
    assert main(["index", "--index", str(index_dir), "--no-progress"]) == 0  # a rescan: nothing skipped
    assert capsys.readouterr().out.startswith("6 files read, all 6 unchanged: the index is up to date")
    main(["sources", "--index", str(index_dir)])
    assert "new.txt" not in capsys.readouterr().out


def test_every_run_names_what_it_skipped(archive_of_two_folders, capsys):
    first, _second, index_dir = archive_of_two_folders
    (first / "empty.txt").write_text("", encoding="utf-8")
    for _ in range(2):  # a file that could not be indexed is tried, and reported, at every rescan
        assert main(["index", "--index", str(index_dir), "--no-progress"]) == 1
        assert "  skipped empty.txt: the file is empty" in capsys.readouterr().out


def test_an_up_to_date_summary_names_what_it_skipped():
    report = BuildReport(read=2, unchanged=1, skipped=[Skipped("bad.txt", "the file is empty")])
    assert report.summary().splitlines() == [
        "2 files read, all 1 unchanged: the index is up to date (0.0 s), 1 skipped",
        "  skipped bad.txt: the file is empty"]
