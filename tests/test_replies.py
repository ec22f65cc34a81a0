"""Reply threads: the States a right of reply answers, and the links between it and the statements it answers.

The archive here is the seeds with the documents of tests/fixtures/replies, written in their style: Armenia
speaks at the Mine Ban Convention's intersessional meetings on 19, 21 and 23 June 2021 and at the Human Rights
Council on 22 June; Azerbaijan's right of reply of 22 June (seed 000) answers Armenia; Armenia's right of
reply of 23 June answers Azerbaijan (seeds 000 and 001) and Türkiye (nothing of Türkiye is here); Georgia
answers the Russian Federation at the OSCE (nothing of it is here), once on a day and once undated; Cuba
answers the United States at the same meeting of the Human Rights Council, both dated only by month.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from archive import Archive, storage
from archive.errors import IndexOutdated
from archive.replies import thread
from indexer.build import build_index
from indexer.check import document_names, read_labels
from indexer.extraction import extract
from indexer.planning import load_statement
from indexer.sources import SourceFile

from .conftest import FIXTURES, SEEDS, shared_path
from .htmltree import parse
from .test_openapi import response_schema, validate

REPLIES = FIXTURES / "replies"
HELDOUT = Path(__file__).parent / "data" / "devset-heldout.txt"
AZ_REPLY, AZ_STATEMENT = "000_e71adabdfbd67d48", "001_b4b41e51197d8961"
AM_REPLY = "apmbc-armenia-reply-2021-06-23"

# Each statement's thread, written by hand from the fixtures' dates, forums and States:
# (statements it answers, rights of reply answering it, States answered with nothing of theirs here).
THREADS = {
    AZ_REPLY: ([("apmbc-armenia-2021-06-21")], [AM_REPLY], []),
    AZ_STATEMENT: ([], [AM_REPLY], []),
    AM_REPLY: ([AZ_REPLY, AZ_STATEMENT], [], ["Türkiye"]),
    "apmbc-armenia-2021-06-21": ([], [AZ_REPLY], []),
    "apmbc-armenia-2021-06-19": ([], [], []),  # three days before Azerbaijan's reply
    "apmbc-armenia-2021-06-23": ([], [], []),  # the day after it
    "hrc-armenia-2021-06-22": ([], [], []),  # the same day, at another forum
    "osce-georgia-reply-2022-05-05": ([], [], ["Russian Federation"]),
    "osce-georgia-reply-undated": ([], [], ["Russian Federation"]),  # no date, no meeting: nothing to look for
    "hrc31-cuba-reply": (["hrc31-united-states"], [], []),  # dated by month: the same meeting links them
    "hrc31-united-states": ([], ["hrc31-cuba-reply"], []),
    "002_3f684ed411ad2fd9": ([], [], []),
}


def copy_corpus(folder: Path, leave_out: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in [*SEEDS.iterdir(), *REPLIES.iterdir()]:
        if path.stem not in leave_out:
            shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def replies_index(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("replies")
    index_dir = root / "index"
    build_index([copy_corpus(root / "corpus")], index_dir, show_progress=False)
    return index_dir


@pytest.fixture(scope="module")
def replies_client(replies_index):
    from web import create_app

    application = create_app({"TESTING": True, "INDEX_DIR": str(replies_index)})
    yield application.test_client()
    application.extensions["archive"].close()


def thread_ids(reader: Archive, statement_id: str) -> tuple[list[str], list[str], list[str]]:
    found = thread(reader, reader.get(statement_id))
    return [s.id for s in found.replies_to], [s.id for s in found.replied_by], list(found.unanswered)


# -- extraction: the States answered --------------------------------------------------------------------------

def reply(title: str, opening: str, by: str = "**Statement by the delegation of Norway**\n\n") -> str:
    """A right of reply in the seeds' style: a title, the speaker's heading, a dateline and an opening."""
    return f"**{title}**\n\n{by}**Geneva, 22 June 2021**\n\nMr. President,\n\n{opening}\n\nThank you.\n"


@pytest.mark.parametrize("text, answered", [
    # The title names the State answered.
    (reply("Right of Reply to the Russian Federation", "We cannot leave these remarks unanswered."),
     ("Russian Federation",)),
    # The opening does, after the formula, through the speaker's post; two States listed.
    (reply("Right of Reply", "I take the floor in exercise of the right of reply in response to the statements "
           "made by the delegations of Georgia and Ukraine."), ("Georgia", "Ukraine")),
    # A State's adjective or short name before its delegation.
    (reply("Right of Reply", "My delegation exercises its right of reply to the US delegation."), ("United States",)),
    (reply("Right of Reply", "This is in response to the remarks by the Israeli representative."), ("Israel",)),
    # The answered State through the post of the person who spoke: "the statement of the Foreign Minister of X".
    (reply("Right of Reply", "I am replying to the statement delivered on 12 November, 2001, by H.E. the Minister "
           "of Foreign Affairs of the Republic of Turkey."), ("Türkiye",)),
    # Spanish: "réplica a la Delegación de EE.UU.".
    (reply("Intervención de Cuba en ejercicio del derecho a réplica a la Delegación de EE.UU.", "Señor Presidente."),
     ("United States",)),
    # A State named as the subject of what was said is not the one answered: Canada spoke about Ukraine.
    (reply("Right of Reply", "In response to the remarks on the situation in Ukraine made by the representative "
           "of Canada, we wish to recall the facts."), ("Canada",)),
    # The State delivering the reply is never the one it answers.
    (reply("Right of Reply by the Permanent Representative of Cyprus in response to the statement of Turkey",
           "Thank you.", by="**Permanent Representative of Cyprus to the United Nations**\n\n"), ("Türkiye",)),
    # With no formula, the accusers an opening sentence names.
    (reply("Statement by the Delegation of Iran in Exercise of the Right of Reply",
           "Canada and New Zealand levelled unfounded allegations against my country at this meeting."),
     ("Canada", "New Zealand")),
    # An organization answered is no State.
    (reply("Right of Reply", "My delegation replies to the statement of the European Union."), ()),
    # A statement that is not a right of reply answers nobody, whatever its words.
    ("**Statement by the delegation of Norway**\n\n**Geneva, 22 June 2021**\n\nMr. President,\n\nIn response to "
     "the call of the Secretary-General, Norway joins the statement of Sweden.\n", ()),
])
def test_the_states_a_right_of_reply_answers(text, answered):
    record = extract(text, "reply.txt", "reply")
    assert record.replies_to_states == answered
    assert record.country not in answered
    assert [e.field for e in record.evidence].count("replies_to_states") == len(answered)


# Hand-written from the notes of ../shared/devset/labels.json, which name "the State(s) replied to" of each
# right of reply (as a country trap): the development part's 15 rights of reply.
DEVSET_ANSWERED = {
    "009.txt": {"Albania", "United Arab Emirates"},
    "010.txt": {"Sweden", "Australia", "United States"},
    "012.txt": {"Georgia", "Ukraine"},
    "013.txt": {"Russian Federation"},
    "040.txt": {"China"},
    "041.txt": {"Azerbaijan", "Pakistan"},
    "059.txt": {"Russian Federation"},
    "060.txt": {"Türkiye"},
    "093.txt": {"Israel"},
    "095.txt": {"United States"},
    "097.txt": {"United States"},
    "098.txt": {"United States"},
    "119.txt": {"Russian Federation"},
    "130.txt": {"Latvia"},
    "144.txt": {"Albania"},
}
# Rights of reply whose answered States come out exactly right; it only ever rises.
DEVSET_FLOOR = 15


def test_the_devset_rights_of_reply_name_the_states_they_answer():
    devset = shared_path("devset")
    heldout = document_names([str(HELDOUT)])
    rights_of_reply = {label["file"] for label in read_labels(devset / "labels.json")
                       if label.get("doc_type") == "right_of_reply" and label["file"] not in heldout}
    assert rights_of_reply == set(DEVSET_ANSWERED)  # the table covers every right of reply of the part read
    right = []
    for name, answered in DEVSET_ANSWERED.items():
        record = load_statement(SourceFile(devset / "docs" / name, name))
        assert record.country not in record.replies_to_states, name  # never the State that delivers it
        right += [name] if set(record.replies_to_states) == answered else []
    assert len(right) >= DEVSET_FLOOR, sorted(set(DEVSET_ANSWERED) - set(right))


# -- links -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement_id", THREADS)
def test_each_statement_is_linked_to_what_it_answers_and_to_its_replies(replies_index, statement_id):
    with Archive(replies_index) as reader:
        assert thread_ids(reader, statement_id) == THREADS[statement_id]


def test_the_json_of_a_record_lists_the_ids_both_ways(replies_client):
    spec = replies_client.get("/api/openapi.json").get_json()
    described = spec["components"]["schemas"]["Statement"]["properties"]
    assert all(described[name]["description"] for name in ("replies_to", "replied_by", "replies_to_states"))
    for statement_id, (replies_to, replied_by, _absent) in THREADS.items():
        data = replies_client.get(f"/api/statements/{statement_id}").get_json()
        validate(spec, None, data, response_schema(spec, "/api/statements/{id}", "200"))
        assert (data["statement"]["replies_to"], data["statement"]["replied_by"]) == (replies_to, replied_by)
        download = json.loads(replies_client.get(f"/statements/{statement_id}.json").data)
        assert download == data["statement"]
    answered = replies_client.get(f"/api/statements/{AM_REPLY}").get_json()["statement"]
    assert answered["replies_to_states"] == ["Azerbaijan", "Türkiye"] and answered["country"] == "Armenia"


def thread_section(client, statement_id: str) -> dict[str, list[str]]:
    """The reading view's reply thread: each heading with its items' text and links."""
    doc = parse(client.get(f"/statements/{statement_id}").data)
    shown = {}
    for section in doc.find_all("nav", cls="thread"):
        for heading, items in zip(section.find_all("h2"), section.find_all("ul"), strict=True):
            shown[heading.text.strip()] = [" ".join(li.text.split()) for li in items.find_all("li")]
            shown[heading.text.strip() + " links"] = [a.attrs["href"] for a in items.find_all("a")]
    return shown


def test_the_reading_view_shows_in_reply_to_and_replies(replies_client):
    shown = thread_section(replies_client, AM_REPLY)
    assert shown["In reply to links"] == [f"/statements/{AZ_REPLY}", f"/statements/{AZ_STATEMENT}"]
    assert shown["In reply to"][-1] == "Replying to Türkiye; that statement is not in the archive."
    assert "Replies" not in shown
    shown = thread_section(replies_client, AZ_REPLY)
    assert shown["In reply to links"] == ["/statements/apmbc-armenia-2021-06-21"]
    assert shown["Replies links"] == [f"/statements/{AM_REPLY}"]
    assert shown["Replies"][0].endswith("23 June 2021")
    assert thread_section(replies_client, "osce-georgia-reply-2022-05-05") == {
        "In reply to": ["Replying to Russian Federation; that statement is not in the archive."],
        "In reply to links": []}
    assert thread_section(replies_client, "osce-georgia-reply-undated")["In reply to"] == [
        "Replying to Russian Federation; the statement answered cannot be looked for without this reply's forum and "
        "its date or meeting."]
    assert thread_section(replies_client, "hrc-armenia-2021-06-22") == {}


def test_the_seed_reply_says_whom_it_answers_when_that_is_not_in_the_archive(seeds):
    doc = parse(seeds.get(f"/statements/{AZ_REPLY}").data)
    assert [" ".join(li.text.split()) for li in doc.find("nav", cls="thread").find_all("li")] == [
        "Replying to Armenia; that statement is not in the archive."]
    assert seeds.get(f"/api/statements/{AZ_REPLY}").get_json()["statement"]["replies_to"] == []


# -- builds ----------------------------------------------------------------------------------------------------

def test_links_follow_statements_added_and_removed_by_incremental_builds(tmp_path):
    """Links are found when a statement is read: an update that adds or removes either side of a thread
    changes the thread of the statements it did not touch."""
    late = ("apmbc-armenia-2021-06-21", AM_REPLY)
    folder, index_dir = copy_corpus(tmp_path / "corpus", leave_out=late), tmp_path / "index"
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        assert thread_ids(reader, AZ_REPLY) == ([], [], ["Armenia"])
        for name in late:
            shutil.copy(REPLIES / f"{name}.txt", folder)
        report = build_index([folder], index_dir, show_progress=False)
        assert report.indexed == 2 and report.unchanged == len(list(folder.iterdir())) - 2  # an update
        assert thread_ids(reader, AZ_REPLY) == THREADS[AZ_REPLY]
        assert thread_ids(reader, AZ_STATEMENT) == THREADS[AZ_STATEMENT]
        (folder / f"{AM_REPLY}.txt").unlink()
        build_index([], index_dir, show_progress=False)  # a rescan removes it
        assert thread_ids(reader, AZ_REPLY) == (["apmbc-armenia-2021-06-21"], [], [])
        assert thread_ids(reader, AZ_STATEMENT) == ([], [], [])


def test_an_index_of_the_format_before_reply_threads_asks_to_be_rebuilt(tmp_path, client_for):
    index_dir = tmp_path / "index"
    build_index([SEEDS], index_dir, show_progress=False)
    manifest = storage.current_build(index_dir) / storage.MANIFEST_NAME
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "format": 7}), encoding="utf-8")
    with pytest.raises(IndexOutdated, match="rebuild it"), Archive(index_dir) as reader:
        reader.get(AZ_REPLY)
    response = client_for(index_dir).get(f"/statements/{AZ_REPLY}")
    assert response.status_code == 503 and b"older Verbatim" in response.data


def test_answered_states_set_by_hand_link_the_thread(tmp_path):
    """A sidecar may make a statement a right of reply and name whom it answers, by code or name."""
    folder, index_dir = tmp_path / "corpus", tmp_path / "index"
    folder.mkdir()
    for path in (SEEDS / f"{AZ_STATEMENT}.txt", REPLIES / "apmbc-armenia-2021-06-21.txt"):
        shutil.copy(path, folder)
    (folder / f"{AZ_STATEMENT}.txt.meta.json").write_text(
        json.dumps({"doc_type": "right_of_reply", "replies_to_states": ["ARM"]}), encoding="utf-8")
    build_index([folder], index_dir, show_progress=False)
    with Archive(index_dir) as reader:
        assert thread_ids(reader, AZ_STATEMENT) == (["apmbc-armenia-2021-06-21"], [], [])
        assert reader.get(AZ_STATEMENT).overrides == ("doc_type", "replies_to_states")
