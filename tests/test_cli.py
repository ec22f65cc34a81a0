"""The `verbatim` command, run as a user runs it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from indexer.build import BuildReport
from indexer.importers.ungdc import Manifest
from verbatim import cli
from verbatim.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main

from .conftest import SEEDS


def test_extract_prints_the_seed_table(capsys):
    assert main(["extract", str(SEEDS)]) == EXIT_OK
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    table = [(r["doc_type"], r["speaker"], r["country"], r["forums"], r["date"], r["location"]) for r in records]
    mine_ban = ["Anti-Personnel Mine Ban Convention"]
    assert table == [
        ("right_of_reply", "Seymur Mardaliyev", "Azerbaijan", mine_ban, "2021-06-22", "Geneva"),
        ("statement", "Seymur Mardaliyev", "Azerbaijan", mine_ban, "2021-06-22", "Geneva"),
        ("statement", "Yashar Aliyev", "Azerbaijan", ["UN Security Council"], "2021-04-08", "New York"),
        ("note_verbale", None, "Azerbaijan", ["UN Human Rights Council"], "2021-04-05", "Geneva"),
        ("letter", "Yashar Aliyev", "Azerbaijan", ["UN General Assembly", "UN Security Council"], "2021-08-09", None),
    ]
    assert all({"evidence", "warnings", "body", "id", "source"} <= set(r) for r in records)


def test_index_search_show(tmp_path, capsys):
    index = str(tmp_path / "index")
    assert main(["index", str(SEEDS), "--index", index]) == EXIT_OK
    assert capsys.readouterr().out.startswith("5 files read, 5 indexed, 0 skipped")

    assert main(["search", "mines", "--country", "Azerbaijan", "--from", "June 2021", "--to", "June 2021",
                 "--index", index, "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert sorted(hit["id"] for hit in data["hits"]) == ["000_e71adabdfbd67d48", "001_b4b41e51197d8961"]

    assert main(["show", "004_ad6f61e609c1d31c", "--index", index]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["speakers"] == ["Yashar Aliyev", "Jeyhun Bayramov"]


def test_skipped_files_set_the_exit_code(tmp_path, capsys):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_bytes((SEEDS / "002_3f684ed411ad2fd9.txt").read_bytes())
    assert main(["index", str(tmp_path), "--index", str(tmp_path / "out" / "index")]) == EXIT_SKIPPED
    assert "skipped empty.txt: the file is empty" in capsys.readouterr().out


def test_errors_are_messages_not_tracebacks(tmp_path, capsys):
    assert main(["search", '"unbalanced', "--index", str(tmp_path / "none")]) == EXIT_ERROR
    assert main(["index", str(tmp_path / "missing"), "--index", str(tmp_path / "i")]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert "verbatim search:" in err and "verbatim index:" in err and "Traceback" not in err


def test_serve_builds_no_seed_archive_at_an_index_path_it_was_not_given(tmp_path, capsys):
    missing = tmp_path / "no-index-here"
    assert main(["serve", "--index", str(missing)]) == 2
    assert f"no index at {missing}: build one with `verbatim index SOURCE... --index {missing}`" in \
        capsys.readouterr().err
    assert not missing.exists() and not list(tmp_path.iterdir())


def test_bad_inputs_are_one_line_naming_the_command(tmp_path, seed_index, capsys):
    labels = tmp_path / "labels.json"
    plain = tmp_path / "plain"
    plain.mkdir()
    cases = [
        (["check", str(SEEDS), "--labels", str(labels)], '{"not": "a list"}', "labels.json: must be a list of records"),
        (["check", str(SEEDS), "--labels", str(labels)], "{bad", "labels.json: not valid JSON"),
        (["check", str(SEEDS), "--labels", str(labels)], "[1, 2]", "labels.json: must be a list of records"),
        (["check", str(SEEDS), "--labels", str(labels)], "[]", "labels.json: holds no labelled document"),
        (["check", str(SEEDS), "--labels", str(labels)], '[{"file": "x.txt"}]', "x.txt"),
        (["extract", str(tmp_path / "nonexistent.txt")], None, "nonexistent.txt: no such file or folder"),
        (["search", "mines", "--year", "abc", "--index", str(seed_index)], None, "year must be a year of four"),
        # The options are read by the web app's search_request (web/params.py), with its messages.
        (["search", "mines", "--page", "abc", "--index", str(seed_index)], None, "page must be a whole number"),
        (["search", "mines", "--page", "0", "--index", str(seed_index)], None, "page must be between 1 and"),
        (["search", "mines", "--from", "the day after", "--index", str(seed_index)], None, "as a date"),
        (["index", str(SEEDS), "--index", str(plain)], None, "not a link made by `verbatim index`"),
        (["show", "no-such-id", "--index", str(seed_index)], None, "no statement with id 'no-such-id'"),
    ]
    for argv, labels_text, message in cases:
        if labels_text is not None:
            labels.write_text(labels_text, encoding="utf-8")
        assert main(argv) == EXIT_ERROR, argv
        err = capsys.readouterr().err
        assert err.startswith(f"verbatim {argv[0]}: ") and message in err and err.count("\n") == 1, err


def test_a_closed_pipe_ends_quietly(seed_index):
    reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE)
    command = [sys.executable, "-m", "verbatim.cli", "search", "", "--size", "100", "--index", str(seed_index)]
    writer = subprocess.run(command, stdout=reader.stdin, stderr=subprocess.PIPE, text=True,
                            cwd=SEEDS.parent, timeout=60)
    reader.stdin.close()
    reader.wait(timeout=10)
    assert writer.returncode == EXIT_OK and "Traceback" not in writer.stderr and "BrokenPipe" not in writer.stderr


def test_counts_are_written_in_the_singular_for_one(seed_index, capsys):
    assert main(["search", "Bayramov", "--index", str(seed_index)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("1 statement (page 1 of 1)")


def test_search_says_what_else_it_matched_and_what_was_meant(seed_index, capsys):
    assert main(["search", "Kalbajar", "--index", str(seed_index)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("Also matched: Kəlbəcər")
    assert main(["search", "Azerbajan", "--index", str(seed_index)]) == EXIT_OK
    assert "Did you mean: Azerbaijan?" in capsys.readouterr().out.splitlines()
    assert main(["search", "Kalbajar", "--exact", "--index", str(seed_index)]) == EXIT_OK
    assert "Also matched" not in capsys.readouterr().out
    assert main(["search", "", "--type", "letter", "--index", str(seed_index)]) == EXIT_OK
    assert "UN General Assembly; UN Security Council" in capsys.readouterr().out  # every forum of a letter


def test_serve_says_a_port_is_taken_before_claiming_to_serve(seed_index, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--index", str(seed_index), "--port", str(port)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert f"verbatim serve: cannot listen on 127.0.0.1:{port}" in err and "is serving" not in err


@pytest.mark.parametrize("kind", sorted(cli.IMPORTERS))
def test_import_runs_the_importer_of_its_kind(kind, tmp_path, monkeypatch, capsys):
    calls = []

    def importer(root, index_dir, show_progress=None, workers=None):
        calls.append((root, index_dir))
        return BuildReport(), Manifest()

    monkeypatch.setitem(cli.IMPORTERS, kind, importer)
    assert main(["import", kind, str(tmp_path / "corpus"), "--index", str(tmp_path / "index")]) == EXIT_OK
    assert calls == [(tmp_path / "corpus", tmp_path / "index")]
    assert "index published at" in capsys.readouterr().out


def test_an_unknown_import_kind_lists_the_kinds(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["import", "nonesuch", str(tmp_path)])
    err = capsys.readouterr().err
    assert stop.value.code == EXIT_ERROR and "nonesuch" in err and all(kind in err for kind in cli.IMPORTERS), err


def test_a_statement_dated_by_its_year_is_listed_with_the_year_alone(corpus_index, capsys):
    """The General Debate's speeches are dated by their year: a terminal shows no 1 January, as the CSV does not."""
    assert main(["search", "--country", "Armenia", "--year", "2019", "--index", str(corpus_index)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "  2019  statement  Armenia" in out
    assert "2019-01-01" not in out
