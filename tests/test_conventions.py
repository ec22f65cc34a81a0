"""Extraction measured on the documents written for Verbatim in the style of real pages, labelled by the
devset's rules by writers who never saw the extractor (tests/data/conventions, conventions-b to
conventions-www).

The floors are the counts reached when they were set; they only ever rise. The held-out half of the first
set (tests/data/conventions-heldout.txt, twelve sites drawn before any of its documents was read) measures
extraction on sites no rule was written for; it has floors of its own, so a gain on the documents developed
on cannot hide a loss on unseen ones. The later sets but the second keep a held-out half the same way
(tests/data/conventions-c-heldout.txt to conventions-www-heldout.txt, ten of their twenty sites each). The fifth
leans to the pages that are hard: news items naming the speaker deep in the text, readouts, interviews, and pages
in a dozen languages; the sixth to the ninth have a real archive's mix of kinds, mostly in English; the tenth adds
the offices of heads of State and government, parliaments and news agencies that reproduce their speeches, the
eleventh archives, NGOs and regional organizations that host delegations' texts, the twelfth the missions to
the bodies in Vienna, Geneva, The Hague and Strasbourg and those bodies' own document pages, the thirteenth
groups of States, regional organizations and the UN's records of what delegations said, the fourteenth the
offices beside the ministries and missions (presidencies, heads of government, embassies, missions in cities not
yet used), the fifteenth the missions to the UN in New York and Geneva of States not yet used, the sixteenth
international and regional organizations' sites and foreign ministries' own, the seventeenth delegations'
statements as their PDFs read, the eighteenth letters, notes verbales, replies and explanations of vote, the
nineteenth the devset's kinds in its proportions on missions' own sites, the twentieth foreign ministries' and
governments' press offices publishing what their delegations said abroad, the twenty-first the devset's kinds
again from missions, ministries and UN documents (measured unseen, and not developed on); each later set's README
names its regions, sites and kinds. A held-out part's
floor names only its counts when it fails, never its mismatches.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.check import CHECKED_FIELDS, check_folder, document_names

DATA = Path(__file__).parent / "data"
# Each part: its set's folder, and its held-out list with the side of it the part is (None: the whole set).
PARTS = {
    "conventions": ("conventions", "conventions-heldout.txt", "leave_out"),
    "conventions held out": ("conventions", "conventions-heldout.txt", "only"),
    "conventions-b": ("conventions-b", None, None),
    **{f"conventions-{x}{part}": (f"conventions-{x}", f"conventions-{x}-heldout.txt", side)
       for x in (*"cdefghijklmnopqrstuvwxyz", *(letter * 2 for letter in "abcdefghijklmnopqrstuvwxyz"),
                 *(letter * 3 for letter in "abcdefghijklmnopqrstuvwxy"))
       for part, side in (("", "leave_out"), (" held out", "only"))},
}

# Correct values out of the first set's 36 development documents, its 36 held-out ones, the second set's 60, and
# the later sets' 30 development and 30 held-out documents each.
FLOORS = {
    "conventions": {"speaker": 36, "speaker_role": 35, "country": 36, "forum": 36, "meeting": 26, "date": 36,
                    "doc_type": 36, "location": 36},
    "conventions held out": {"speaker": 34, "speaker_role": 33, "country": 34, "forum": 34, "meeting": 18,
                             "date": 35, "doc_type": 36, "location": 33},
    "conventions-b": {"speaker": 60, "speaker_role": 60, "country": 60, "forum": 58, "meeting": 49, "date": 54,
                      "doc_type": 59, "location": 45},
    "conventions-c": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 24, "date": 27,
                      "doc_type": 29, "location": 28},
    "conventions-c held out": {"speaker": 28, "speaker_role": 26, "country": 30, "forum": 28, "meeting": 15,
                               "date": 26, "doc_type": 29, "location": 21},
    "conventions-d": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 27, "date": 29,
                      "doc_type": 29, "location": 25},
    "conventions-d held out": {"speaker": 29, "speaker_role": 25, "country": 29, "forum": 28, "meeting": 14,
                               "date": 26, "doc_type": 28, "location": 28},
    "conventions-e": {"speaker": 30, "speaker_role": 29, "country": 29, "forum": 30, "meeting": 25, "date": 30,
                      "doc_type": 29, "location": 30},
    "conventions-e held out": {"speaker": 21, "speaker_role": 22, "country": 29, "forum": 27, "meeting": 17,
                               "date": 27, "doc_type": 26, "location": 27},
    "conventions-f": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 30, "meeting": 24, "date": 30,
                      "doc_type": 30, "location": 30},
    "conventions-f held out": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 16,
                               "date": 29, "doc_type": 30, "location": 30},
    "conventions-g": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 30, "meeting": 24, "date": 30,
                      "doc_type": 30, "location": 30},
    "conventions-g held out": {"speaker": 28, "speaker_role": 28, "country": 29, "forum": 29, "meeting": 21,
                               "date": 29, "doc_type": 29, "location": 29},
    "conventions-h": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 30, "meeting": 17, "date": 30,
                      "doc_type": 30, "location": 29},
    "conventions-h held out": {"speaker": 29, "speaker_role": 27, "country": 27, "forum": 28, "meeting": 20,
                               "date": 27, "doc_type": 28, "location": 28},
    "conventions-i": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 29, "meeting": 21, "date": 30,
                      "doc_type": 27, "location": 28},
    "conventions-i held out": {"speaker": 26, "speaker_role": 25, "country": 29, "forum": 29, "meeting": 21,
                               "date": 28, "doc_type": 29, "location": 30},
    "conventions-j": {"speaker": 30, "speaker_role": 30, "country": 29, "forum": 29, "meeting": 21, "date": 30,
                      "doc_type": 30, "location": 30},
    "conventions-j held out": {"speaker": 27, "speaker_role": 25, "country": 27, "forum": 30, "meeting": 15,
                               "date": 25, "doc_type": 27, "location": 28},
    # Meeting once 11: lowered to 10 when a release's lead came to name a COP's session, as the devset labels a
    # release's lead and this set does not.
    "conventions-k": {"speaker": 28, "speaker_role": 27, "country": 30, "forum": 29, "meeting": 13, "date": 30,
                      "doc_type": 29, "location": 30},
    "conventions-k held out": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 28, "meeting": 12,
                               "date": 30, "doc_type": 27, "location": 30},
    "conventions-l": {"speaker": 29, "speaker_role": 28, "country": 29, "forum": 29, "meeting": 23, "date": 30,
                      "doc_type": 28, "location": 30},
    "conventions-l held out": {"speaker": 29, "speaker_role": 27, "country": 29, "forum": 24, "meeting": 15,
                               "date": 27, "doc_type": 28, "location": 30},
    "conventions-m": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 27, "meeting": 20, "date": 30,
                      "doc_type": 30, "location": 30},
    "conventions-m held out": {"speaker": 27, "speaker_role": 24, "country": 27, "forum": 25, "meeting": 14,
                               "date": 25, "doc_type": 27, "location": 30},
    "conventions-n": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 29, "meeting": 17, "date": 29,
                      "doc_type": 28, "location": 30},
    "conventions-n held out": {"speaker": 23, "speaker_role": 19, "country": 28, "forum": 28, "meeting": 18,
                               "date": 25, "doc_type": 25, "location": 26},
    "conventions-o": {"speaker": 29, "speaker_role": 25, "country": 30, "forum": 30, "meeting": 20, "date": 28,
                      "doc_type": 29, "location": 30},
    "conventions-o held out": {"speaker": 27, "speaker_role": 19, "country": 30, "forum": 29, "meeting": 19,
                               "date": 29, "doc_type": 29, "location": 30},
    "conventions-p": {"speaker": 30, "speaker_role": 30, "country": 29, "forum": 28, "meeting": 22, "date": 30,
                      "doc_type": 27, "location": 29},
    "conventions-p held out": {"speaker": 25, "speaker_role": 24, "country": 30, "forum": 20, "meeting": 18,
                               "date": 26, "doc_type": 27, "location": 30},
    "conventions-q": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 27, "meeting": 12, "date": 29,
                      "doc_type": 26, "location": 29},
    "conventions-q held out": {"speaker": 28, "speaker_role": 18, "country": 29, "forum": 23, "meeting": 14,
                               "date": 30, "doc_type": 30, "location": 30},
    "conventions-r": {"speaker": 29, "speaker_role": 27, "country": 27, "forum": 29, "meeting": 21, "date": 30,
                      "doc_type": 29, "location": 30},
    "conventions-r held out": {"speaker": 27, "speaker_role": 22, "country": 29, "forum": 26, "meeting": 20,
                               "date": 27, "doc_type": 24, "location": 30},
    "conventions-s": {"speaker": 30, "speaker_role": 26, "country": 30, "forum": 30, "meeting": 14, "date": 30,
                      "doc_type": 30, "location": 30},
    "conventions-s held out": {"speaker": 26, "speaker_role": 22, "country": 29, "forum": 26, "meeting": 18,
                               "date": 28, "doc_type": 28, "location": 30},
    "conventions-t": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 29, "meeting": 22, "date": 29,
                      "doc_type": 30, "location": 28},
    "conventions-t held out": {"speaker": 26, "speaker_role": 25, "country": 28, "forum": 27, "meeting": 18,
                               "date": 28, "doc_type": 28, "location": 30},
    "conventions-u": {"speaker": 29, "speaker_role": 27, "country": 30, "forum": 29, "meeting": 14, "date": 29,
                      "doc_type": 30, "location": 30},
    "conventions-u held out": {"speaker": 28, "speaker_role": 26, "country": 26, "forum": 30, "meeting": 17,
                               "date": 29, "doc_type": 28, "location": 30},
    "conventions-v": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 29, "meeting": 15, "date": 28,
                      "doc_type": 30, "location": 29},
    "conventions-v held out": {"speaker": 24, "speaker_role": 24, "country": 28, "forum": 27, "meeting": 15,
                               "date": 28, "doc_type": 30, "location": 29},
    "conventions-w": {"speaker": 29, "speaker_role": 26, "country": 30, "forum": 30, "meeting": 16, "date": 30,
                      "doc_type": 29, "location": 26},
    "conventions-w held out": {"speaker": 25, "speaker_role": 23, "country": 29, "forum": 27, "meeting": 13,
                               "date": 29, "doc_type": 30, "location": 30},
    "conventions-x": {"speaker": 30, "speaker_role": 24, "country": 30, "forum": 30, "meeting": 16, "date": 30,
                      "doc_type": 29, "location": 30},
    "conventions-x held out": {"speaker": 27, "speaker_role": 26, "country": 30, "forum": 27, "meeting": 12,
                               "date": 30, "doc_type": 30, "location": 30},
    "conventions-y": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 19, "date": 30,
                      "doc_type": 27, "location": 30},
    "conventions-y held out": {"speaker": 28, "speaker_role": 27, "country": 29, "forum": 28, "meeting": 17,
                               "date": 29, "doc_type": 29, "location": 30},
    "conventions-z": {"speaker": 29, "speaker_role": 26, "country": 30, "forum": 30, "meeting": 9, "date": 30,
                      "doc_type": 29, "location": 28},
    "conventions-z held out": {"speaker": 28, "speaker_role": 25, "country": 30, "forum": 22, "meeting": 17,
                               "date": 27, "doc_type": 30, "location": 28},
    "conventions-aa": {"speaker": 30, "speaker_role": 26, "country": 30, "forum": 29, "meeting": 11, "date": 30,
                       "doc_type": 30, "location": 27},
    "conventions-aa held out": {"speaker": 27, "speaker_role": 25, "country": 27, "forum": 27, "meeting": 13,
                                "date": 29, "doc_type": 27, "location": 29},
    "conventions-bb": {"speaker": 30, "speaker_role": 27, "country": 30, "forum": 27, "meeting": 19, "date": 27,
                       "doc_type": 28, "location": 29},
    "conventions-bb held out": {"speaker": 28, "speaker_role": 24, "country": 30, "forum": 29, "meeting": 17,
                                "date": 28, "doc_type": 29, "location": 30},
    "conventions-cc": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 17, "date": 29,
                       "doc_type": 30, "location": 29},
    "conventions-cc held out": {"speaker": 29, "speaker_role": 27, "country": 30, "forum": 29, "meeting": 14,
                                "date": 26, "doc_type": 30, "location": 27},
    "conventions-dd": {"speaker": 29, "speaker_role": 28, "country": 30, "forum": 29, "meeting": 15, "date": 30,
                       "doc_type": 30, "location": 29},
    "conventions-dd held out": {"speaker": 30, "speaker_role": 27, "country": 30, "forum": 26, "meeting": 16,
                                "date": 30, "doc_type": 29, "location": 24},
    "conventions-ee": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 16, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-ee held out": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 12,
                                "date": 30, "doc_type": 27, "location": 30},
    "conventions-ff": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 16, "date": 30,
                       "doc_type": 30, "location": 28},
    "conventions-ff held out": {"speaker": 28, "speaker_role": 27, "country": 30, "forum": 27, "meeting": 12,
                                "date": 30, "doc_type": 30, "location": 27},
    "conventions-gg": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 28, "meeting": 20, "date": 29,
                       "doc_type": 29, "location": 30},
    "conventions-gg held out": {"speaker": 29, "speaker_role": 30, "country": 30, "forum": 30, "meeting": 11,
                                "date": 27, "doc_type": 29, "location": 30},
    "conventions-hh": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 27, "meeting": 15, "date": 28,
                       "doc_type": 30, "location": 28},
    "conventions-hh held out": {"speaker": 30, "speaker_role": 27, "country": 30, "forum": 29, "meeting": 17,
                                "date": 27, "doc_type": 30, "location": 30},
    "conventions-ii": {"speaker": 29, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 21, "date": 27,
                       "doc_type": 30, "location": 30},
    "conventions-ii held out": {"speaker": 28, "speaker_role": 28, "country": 28, "forum": 27, "meeting": 17,
                                "date": 30, "doc_type": 30, "location": 27},
    "conventions-jj": {"speaker": 28, "speaker_role": 29, "country": 29, "forum": 30, "meeting": 18, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-jj held out": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 29, "meeting": 20,
                                "date": 30, "doc_type": 30, "location": 29},
    "conventions-kk": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 20, "date": 30,
                       "doc_type": 30, "location": 29},
    "conventions-kk held out": {"speaker": 30, "speaker_role": 24, "country": 27, "forum": 24, "meeting": 15,
                                "date": 29, "doc_type": 30, "location": 27},
    "conventions-ll": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 28, "meeting": 10, "date": 30,
                       "doc_type": 29, "location": 30},
    "conventions-ll held out": {"speaker": 24, "speaker_role": 25, "country": 27, "forum": 29, "meeting": 18,
                                "date": 29, "doc_type": 29, "location": 29},
    "conventions-mm": {"speaker": 30, "speaker_role": 27, "country": 30, "forum": 30, "meeting": 17, "date": 28,
                       "doc_type": 30, "location": 30},
    "conventions-mm held out": {"speaker": 29, "speaker_role": 24, "country": 29, "forum": 30, "meeting": 12,
                                "date": 29, "doc_type": 29, "location": 30},
    "conventions-nn": {"speaker": 29, "speaker_role": 26, "country": 28, "forum": 24, "meeting": 14, "date": 27,
                       "doc_type": 27, "location": 28},
    "conventions-nn held out": {"speaker": 30, "speaker_role": 26, "country": 24, "forum": 28, "meeting": 11,
                                "date": 27, "doc_type": 28, "location": 30},
    "conventions-oo": {"speaker": 30, "speaker_role": 26, "country": 27, "forum": 28, "meeting": 12, "date": 27,
                       "doc_type": 30, "location": 30},
    "conventions-oo held out": {"speaker": 27, "speaker_role": 24, "country": 30, "forum": 28, "meeting": 16,
                                "date": 27, "doc_type": 28, "location": 28},
    "conventions-pp": {"speaker": 29, "speaker_role": 26, "country": 30, "forum": 28, "meeting": 20, "date": 29,
                       "doc_type": 29, "location": 27},
    "conventions-pp held out": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 28, "meeting": 22,
                                "date": 30, "doc_type": 30, "location": 30},
    "conventions-qq": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 29, "meeting": 16, "date": 30,
                       "doc_type": 30, "location": 29},
    "conventions-qq held out": {"speaker": 27, "speaker_role": 23, "country": 30, "forum": 30, "meeting": 17,
                                "date": 26, "doc_type": 30, "location": 29},
    "conventions-rr": {"speaker": 29, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 16, "date": 29,
                       "doc_type": 30, "location": 30},
    "conventions-rr held out": {"speaker": 28, "speaker_role": 27, "country": 30, "forum": 29, "meeting": 18,
                                "date": 28, "doc_type": 30, "location": 25},
    "conventions-ss": {"speaker": 29, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 19, "date": 27,
                       "doc_type": 30, "location": 30},
    "conventions-ss held out": {"speaker": 28, "speaker_role": 27, "country": 30, "forum": 30, "meeting": 21,
                                "date": 29, "doc_type": 30, "location": 29},
    "conventions-tt": {"speaker": 30, "speaker_role": 29, "country": 30, "forum": 30, "meeting": 16, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-tt held out": {"speaker": 27, "speaker_role": 25, "country": 30, "forum": 29, "meeting": 16,
                                "date": 29, "doc_type": 29, "location": 30},
    "conventions-uu": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 29, "meeting": 22, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-uu held out": {"speaker": 27, "speaker_role": 21, "country": 29, "forum": 28, "meeting": 23,
                                "date": 27, "doc_type": 29, "location": 29},
    "conventions-vv": {"speaker": 29, "speaker_role": 27, "country": 30, "forum": 28, "meeting": 17, "date": 28,
                       "doc_type": 29, "location": 29},
    "conventions-vv held out": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 28, "meeting": 20,
                                "date": 29, "doc_type": 30, "location": 30},
    "conventions-ww": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 27, "meeting": 19, "date": 29,
                       "doc_type": 28, "location": 29},
    "conventions-ww held out": {"speaker": 28, "speaker_role": 26, "country": 27, "forum": 28, "meeting": 18,
                                "date": 29, "doc_type": 27, "location": 30},
    "conventions-xx": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 28, "meeting": 26, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-xx held out": {"speaker": 28, "speaker_role": 26, "country": 30, "forum": 30, "meeting": 20,
                                "date": 29, "doc_type": 29, "location": 30},
    "conventions-yy": {"speaker": 30, "speaker_role": 27, "country": 29, "forum": 30, "meeting": 19, "date": 28,
                       "doc_type": 29, "location": 30},
    "conventions-yy held out": {"speaker": 28, "speaker_role": 25, "country": 28, "forum": 29, "meeting": 21,
                                "date": 28, "doc_type": 29, "location": 30},
    "conventions-zz": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 30, "meeting": 20, "date": 30,
                       "doc_type": 30, "location": 30},
    "conventions-zz held out": {"speaker": 29, "speaker_role": 24, "country": 29, "forum": 28, "meeting": 23,
                                "date": 29, "doc_type": 28, "location": 28},
    "conventions-aaa": {"speaker": 29, "speaker_role": 26, "country": 27, "forum": 28, "meeting": 21, "date": 29,
                        "doc_type": 27, "location": 29},
    "conventions-aaa held out": {"speaker": 26, "speaker_role": 22, "country": 29, "forum": 29, "meeting": 19,
                                 "date": 30, "doc_type": 30, "location": 28},
    "conventions-bbb": {"speaker": 29, "speaker_role": 22, "country": 30, "forum": 29, "meeting": 22, "date": 30,
                        "doc_type": 29, "location": 29},
    "conventions-bbb held out": {"speaker": 27, "speaker_role": 23, "country": 29, "forum": 26, "meeting": 16,
                                 "date": 29, "doc_type": 28, "location": 30},
    "conventions-ccc": {"speaker": 29, "speaker_role": 26, "country": 29, "forum": 29, "meeting": 24, "date": 28,
                        "doc_type": 30, "location": 30},
    "conventions-ccc held out": {"speaker": 28, "speaker_role": 24, "country": 25, "forum": 24, "meeting": 16,
                                 "date": 29, "doc_type": 29, "location": 30},
    "conventions-ddd": {"speaker": 30, "speaker_role": 24, "country": 29, "forum": 27, "meeting": 22, "date": 27,
                        "doc_type": 28, "location": 30},
    "conventions-ddd held out": {"speaker": 26, "speaker_role": 19, "country": 24, "forum": 26, "meeting": 18,
                                 "date": 29, "doc_type": 28, "location": 28},
    "conventions-eee": {"speaker": 27, "speaker_role": 25, "country": 27, "forum": 29, "meeting": 19, "date": 28,
                        "doc_type": 26, "location": 29},
    "conventions-eee held out": {"speaker": 23, "speaker_role": 19, "country": 25, "forum": 27, "meeting": 12,
                                 "date": 28, "doc_type": 26, "location": 30},
    "conventions-fff": {"speaker": 28, "speaker_role": 26, "country": 27, "forum": 25, "meeting": 24, "date": 29,
                        "doc_type": 29, "location": 26},
    "conventions-fff held out": {"speaker": 28, "speaker_role": 20, "country": 27, "forum": 27, "meeting": 18,
                                 "date": 27, "doc_type": 29, "location": 28},
    "conventions-ggg": {"speaker": 28, "speaker_role": 22, "country": 30, "forum": 29, "meeting": 17, "date": 29,
                        "doc_type": 29, "location": 28},
    "conventions-ggg held out": {"speaker": 24, "speaker_role": 25, "country": 28, "forum": 28, "meeting": 18,
                                 "date": 28, "doc_type": 29, "location": 30},
    "conventions-hhh": {"speaker": 27, "speaker_role": 25, "country": 26, "forum": 26, "meeting": 20, "date": 30,
                        "doc_type": 29, "location": 27},
    "conventions-hhh held out": {"speaker": 27, "speaker_role": 21, "country": 29, "forum": 26, "meeting": 19,
                                 "date": 29, "doc_type": 30, "location": 29},
    "conventions-iii": {"speaker": 29, "speaker_role": 25, "country": 28, "forum": 27, "meeting": 13, "date": 29,
                        "doc_type": 28, "location": 29},
    "conventions-iii held out": {"speaker": 24, "speaker_role": 21, "country": 27, "forum": 26, "meeting": 15,
                                 "date": 27, "doc_type": 29, "location": 25},
    "conventions-jjj": {"speaker": 28, "speaker_role": 25, "country": 26, "forum": 28, "meeting": 19, "date": 29,
                        "doc_type": 24, "location": 29},
    "conventions-jjj held out": {"speaker": 26, "speaker_role": 24, "country": 24, "forum": 28, "meeting": 21,
                                 "date": 27, "doc_type": 23, "location": 27},
    "conventions-kkk": {"speaker": 27, "speaker_role": 27, "country": 30, "forum": 25, "meeting": 21, "date": 28,
                        "doc_type": 24, "location": 23},
    "conventions-kkk held out": {"speaker": 24, "speaker_role": 22, "country": 24, "forum": 23, "meeting": 21,
                                 "date": 28, "doc_type": 23, "location": 28},
    "conventions-lll": {"speaker": 29, "speaker_role": 25, "country": 29, "forum": 28, "meeting": 21, "date": 28,
                        "doc_type": 28, "location": 26},
    "conventions-lll held out": {"speaker": 26, "speaker_role": 23, "country": 23, "forum": 28, "meeting": 14,
                                 "date": 26, "doc_type": 28, "location": 26},
    "conventions-mmm": {"speaker": 29, "speaker_role": 26, "country": 27, "forum": 28, "meeting": 17, "date": 28,
                        "doc_type": 26, "location": 28},
    "conventions-mmm held out": {"speaker": 20, "speaker_role": 19, "country": 27, "forum": 25, "meeting": 21,
                                 "date": 26, "doc_type": 25, "location": 23},
    "conventions-nnn": {"speaker": 28, "speaker_role": 29, "country": 28, "forum": 28, "meeting": 17, "date": 30,
                        "doc_type": 24, "location": 26},
    "conventions-nnn held out": {"speaker": 21, "speaker_role": 18, "country": 24, "forum": 27, "meeting": 16,
                                 "date": 21, "doc_type": 24, "location": 26},
    "conventions-ooo": {"speaker": 30, "speaker_role": 30, "country": 30, "forum": 29, "meeting": 24, "date": 28,
                        "doc_type": 30, "location": 28},
    "conventions-ooo held out": {"speaker": 28, "speaker_role": 26, "country": 28, "forum": 27, "meeting": 22,
                                 "date": 26, "doc_type": 28, "location": 28},
    "conventions-ppp": {"speaker": 30, "speaker_role": 28, "country": 29, "forum": 27, "meeting": 22, "date": 27,
                        "doc_type": 30, "location": 28},
    "conventions-ppp held out": {"speaker": 29, "speaker_role": 28, "country": 27, "forum": 28, "meeting": 20,
                                 "date": 28, "doc_type": 26, "location": 26},
    "conventions-qqq": {"speaker": 28, "speaker_role": 28, "country": 28, "forum": 26, "meeting": 25, "date": 29,
                        "doc_type": 25, "location": 28},
    "conventions-qqq held out": {"speaker": 25, "speaker_role": 23, "country": 26, "forum": 27, "meeting": 16,
                                 "date": 27, "doc_type": 26, "location": 20},
    "conventions-rrr": {"speaker": 29, "speaker_role": 27, "country": 29, "forum": 28, "meeting": 16, "date": 27,
                        "doc_type": 29, "location": 28},
    "conventions-rrr held out": {"speaker": 29, "speaker_role": 26, "country": 29, "forum": 28, "meeting": 19,
                                 "date": 28, "doc_type": 23, "location": 29},
    "conventions-sss": {"speaker": 30, "speaker_role": 29, "country": 28, "forum": 27, "meeting": 16, "date": 28,
                        "doc_type": 29, "location": 30},
    "conventions-sss held out": {"speaker": 26, "speaker_role": 22, "country": 28, "forum": 27, "meeting": 17,
                                 "date": 28, "doc_type": 24, "location": 30},
    "conventions-ttt": {"speaker": 29, "speaker_role": 25, "country": 27, "forum": 27, "meeting": 14, "date": 29,
                        "doc_type": 30, "location": 29},
    "conventions-ttt held out": {"speaker": 28, "speaker_role": 25, "country": 30, "forum": 27, "meeting": 11,
                                 "date": 29, "doc_type": 29, "location": 27},
    "conventions-uuu": {"speaker": 29, "speaker_role": 26, "country": 28, "forum": 29, "meeting": 19, "date": 28,
                        "doc_type": 26, "location": 25},
    "conventions-uuu held out": {"speaker": 24, "speaker_role": 21, "country": 25, "forum": 25, "meeting": 10,
                                 "date": 28, "doc_type": 27, "location": 23},
    "conventions-vvv": {"speaker": 30, "speaker_role": 28, "country": 30, "forum": 26, "meeting": 18, "date": 29,
                        "doc_type": 30, "location": 27},
    "conventions-vvv held out": {"speaker": 28, "speaker_role": 27, "country": 29, "forum": 25, "meeting": 14,
                                 "date": 27, "doc_type": 30, "location": 22},
    "conventions-www": {"speaker": 26, "speaker_role": 25, "country": 26, "forum": 24, "meeting": 7, "date": 29,
                        "doc_type": 29, "location": 26},
    "conventions-www held out": {"speaker": 25, "speaker_role": 22, "country": 27, "forum": 26, "meeting": 10,
                                 "date": 25, "doc_type": 26, "location": 26},
    "conventions-xxx": {"speaker": 28, "speaker_role": 26, "country": 26, "forum": 26, "meeting": 11, "date": 28,
                        "doc_type": 29, "location": 24},
    "conventions-xxx held out": {"speaker": 25, "speaker_role": 24, "country": 28, "forum": 28, "meeting": 12,
                                 "date": 29, "doc_type": 29, "location": 28},
    "conventions-yyy": {"speaker": 29, "speaker_role": 23, "country": 29, "forum": 26, "meeting": 7, "date": 30,
                        "doc_type": 30, "location": 28},
    "conventions-yyy held out": {"speaker": 24, "speaker_role": 21, "country": 22, "forum": 25, "meeting": 11,
                                 "date": 28, "doc_type": 27, "location": 25},
}

def measure(part: str):
    folder, held_out_file, side = PARTS[part]
    names = {side: document_names([str(DATA / held_out_file)])} if held_out_file else {}
    return check_folder(DATA / folder, DATA / folder / "labels.json", **names)


@pytest.fixture(scope="module")
def reports():
    return {part: measure(part) for part in PARTS}


@pytest.mark.parametrize("part", FLOORS)
@pytest.mark.parametrize("field", CHECKED_FIELDS)
def test_accuracy_floor(reports, part, field):
    # A held-out part's mismatches are never printed: they would show what is kept unread.
    shown = reports[part].table() if part.endswith("held out") else reports[part].details()
    assert reports[part].correct[field] >= FLOORS[part][field], shown


def test_the_held_out_half_is_twelve_whole_sites(reports):
    assert len(document_names([str(DATA / "conventions-heldout.txt")])) == 36
    assert reports["conventions held out"].documents == 36


@pytest.mark.parametrize("folder", [f"conventions-{x}" for x in "cdefghijklmn"])
def test_the_later_sets_held_out_halves_are_ten_whole_sites(reports, folder):
    held_out = document_names([str(DATA / f"{folder}-heldout.txt")])
    assert len(held_out) == 30
    assert len({(int(name[:3]) - 1) // 3 for name in held_out}) == 10
    assert reports[f"{folder} held out"].documents == 30
