"""Meetings: tables of header lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from indexer.extraction import extract


def record(*header: str, body: str = "Mr. President,\n\nWe thank you for convening this debate today.\n"):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("header, meeting", [
    # A Human Rights Council heading lists the session and the item under it: its colon reads as that list's comma,
    # and the reply's own label after the item is cut.
    (["HRC 58th Session: Item 4: General debate: Right of replies to the statements of Utopia"],
     "HRC 58th Session, Item 4: General debate"),
    (["HRC 57th Session: General debate under Agenda item 3"], "HRC 57th Session, General debate under Agenda item 3"),
    # ... but a General Assembly heading keeps its colon before the committee.
    (["UNGA 79th Session: Third Committee General Debate"], "UNGA 79th Session: Third Committee General Debate"),
    # A heading may run long when it gives the item's full title.
    (["HRC 56th Session: Interactive dialogue with the Special Rapporteur on the rights of persons with "
      "disabilities and with the Independent Expert on the enjoyment of all human rights by older persons"],
     "HRC 56th Session, Interactive dialogue with the Special Rapporteur on the rights of persons with "
     "disabilities and with the Independent Expert on the enjoyment of all human rights by older persons"),
    # A 'general discussion' is a meeting, the first of the nested phrases that name one.
    (["Remarks by Ambassador Anna Example in Reply to the Statement Made by the Delegate of Utopia in the General "
      "Discussion of Item 70 at the Third Committee at its seventy-eighth session"],
     "General Discussion of Item 70 at the Third Committee at its seventy-eighth session"),
    # A speech's quoted title is no meeting, even where it runs 'to ... dialogue'.
    (["„Turning to dialogue and common action in uncertain times“", "Address at the OSCE Ministerial Council"], None),
    # 'to vote for' is the verb: a headline appealing for votes names no meeting.
    (["PRESIDENT APPEALS TO WORLD LEADERS TO VOTE FOR RURITANIA AT THE UNSC"], None),
])
def test_meeting(header, meeting):
    assert record(*header).meeting == meeting
