"""The traps real pages hold, each as a small document in their style.

These are written for the tests (not copied from ../shared/devset), so they
show the rules holding on text they were not tuned on.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract
from indexer.extraction.lines import is_chrome, is_posting_stamp, rejoin_split_words


def record(*header: str, body: str = "Mr. President,\n\nWe thank you.\n"):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


# -- dates -----------------------------------------------------------------

@pytest.mark.parametrize("header, date", [
    # A web posting stamp beside the date of delivery.
    (["posted 3 March 2019 10:02", "Delivered by Ambassador Nora Example, Permanent Representative of Norway, "
      "to the Security Council, 1 March 2019"], "2019-03-01"),
    # A stamp with a time, and a heading date without a year: a stamp of the same day gives the year ...
    (["2022-09-20 18:40", "Statement by Ms. Nora Example at the Human Rights Council", "(September 20)"], "2022-09-20"),
    # ... a stamp of another day does not agree with it, and the text gives no full date (devset README).
    (["2022-09-23 18:40", "Statement by Ms. Nora Example at the Human Rights Council", "(September 20)"], None),
    (["Publié le : jeudi 25 septembre 2025", "Droit de réponse de la délégation de l'Exemple",
      "Genève, le 23 septembre"], None),
    # US-style, ISO and slashed forms.
    (["Statement by Mr. Ivan Example", "March 4, 2020"], "2020-03-04"),
    (["Statement by Mr. Ivan Example", "2020-03-04"], "2020-03-04"),
    (["Statement by Mr. Ivan Example", "2020/03/04"], "2020-03-04"),
    # The stamp is used only when it is the only date and the text agrees with it (devset README).
    (["Explanation of vote by Ambassador Ivan Example after the vote", "2012-05-07 09:15"], None),
    (["Explanation of vote by Ambassador Ivan Example after the vote on 7 May", "2012-05-07 09:15"], "2012-05-07"),
    # A session period is not the date.
    (["Human Rights Council", "Fiftieth session", "13 June–8 July 2022", "Statement by Mr. Ivan Example"], None),
])
def test_document_date(header, date):
    assert record(*header).date == date


def test_a_note_verbale_is_not_dated_by_the_note_it_answers():
    text = ("Permanent Mission of Viet Nam to the United Nations\n\n"
            "The Permanent Mission of Viet Nam to the United Nations presents its compliments to the Secretary-General "
            "and, with reference to the note verbale dated 2 April 2020 of the Permanent Mission of China, has the "
            "honour to state the following. The submission concerns the Commission on the Limits of the Continental "
            "Shelf and the outer limits of the continental shelf.\n")
    found = extract(text, "n.txt", "n")
    assert found.doc_type == "note_verbale"
    assert found.date is None
    assert found.country == "Viet Nam"
    assert found.forum == "Commission on the Limits of the Continental Shelf"


# -- who speaks, for whom ------------------------------------------------------

@pytest.mark.parametrize("header, speaker, role, country", [
    # The post before the name.
    (["Statement by Deputy Permanent Representative Anna Example at the Security Council open debate"],
     "Anna Example", "Deputy Permanent Representative", None),
    (["Remarks by Permanent Representative of Chile to the OSCE Anna Example at the Permanent Council"],
     "Anna Example", "Permanent Representative of Chile to the OSCE", "Chile"),
    # A bare name above its post.
    (["Remarks at the Opening of the Conference", "Linda Example", "Under Secretary for Political Affairs",
      "United Nations", "New York City", "May 2, 2016"],
     "Linda Example", "Under Secretary for Political Affairs", None),
    # Glued honorifics, a surname in capitals (given in normal case), and 'on behalf of' after it.
    (["Joint Statement Delivered by H.E.Ambassador WANG Example on Behalf of a Group of Countries"],
     "Wang Example", None, None),
    # An institution, not a person; its adjective gives the country.
    (["Statement by the Japanese Delegation at the First Committee"], None, None, "Japan"),
    # A representative named only by the State.
    (["Explanation of vote by the Representative of the Republic of Korea"], None, None, "South Korea"),
    # OCR split the post.
    (["Delivered by H.E. Anna Example Am bassador for Disarmament"],
     "Anna Example", "Ambassador for Disarmament", None),
])
def test_speaker_role_country(header, speaker, role, country):
    found = record(*header)
    assert (found.speaker, found.speaker_role) == (speaker, role)
    if country:
        assert found.country == country


def test_the_state_answered_is_not_the_state_speaking():
    found = record("Right of reply in response to the statement by the representative of Armenia",
                   "delivered by Mr. Kamal Example, Counsellor of the Permanent Mission of Azerbaijan")
    assert found.country == "Azerbaijan"
    assert found.doc_type == "right_of_reply"


def test_a_site_owner_is_not_the_delivering_state():
    found = record("Canada Ministry of Foreign Affairs & Trade.", "Statements and Speeches 2015",
                   "Statement by Anna Example, Ireland's Permanent Mission to the United Nations, 5 October",
                   body="Mr. Chair,\n\nI speak on behalf of the group and my own country, Ireland.\n")
    assert found.country == "Ireland"
    assert found.date == "2015-10-05"


def test_first_person_formulas_give_type_and_country_under_a_foreign_title():
    found = record("Выступление делегации в порядке осуществления права на ответ",
                   body="Thank you Mr. President,\n\nI take the floor to exercise Georgia’s right of reply.\n")
    assert found.doc_type == "right_of_reply"
    assert found.country == "Georgia"
    assert found.speaker is None


def test_a_state_as_opening_subject_is_a_flagged_guess():
    found = record("Remarks by Ambassador Anna Example", body="Mr. President,\n\nBrazil hosted it before.\n")
    assert found.country == "Brazil"
    assert any("inferred from the opening sentence" in w for w in found.warnings)


# -- document types and groups -------------------------------------------------

@pytest.mark.parametrize("header, body, doc_type, groups", [
    (["Statement on behalf of the Nordic countries"], "", "joint_statement", ("Nordic countries",)),
    (["Statement by Ms. Anna Example, on behalf of Canada, Australia and New Zealand"], "", "joint_statement",
     ("CANZ",)),
    (["Statement by Mr. Ivan Example"], "I have the honour to speak on behalf of the Group of 77 and China.",
     "joint_statement", ("Group of 77 and China",)),
    # A press release reproducing a right of reply is a press release.
    (["PR No. 12", "Right of Reply by Mr. Ivan Example"], "", "press_release", ()),
    (["Statement by Mr. Ivan Example"], "My delegation has asked for the floor to explain its vote on the draft.",
     "explanation_of_vote", ()),
])
def test_doc_type_and_groups(header, body, doc_type, groups):
    found = record(*header, body="Mr. President,\n\n" + body + "\n")
    assert found.doc_type == doc_type
    assert found.groups == groups


# -- documents flattened onto one line -------------------------------------------

def test_a_flattened_un_letter_is_read_like_a_laid_out_one():
    text = ("United Nations A/77/123–S/2022/456 General Assembly Distr.: General 14 June 2022 Original: English "
            "General Assembly Seventy-seventh session Agenda item 12 Elections to the Human Rights Council "
            "Security Council Seventy-seventh year Identical letters dated 10 June 2022 from the Permanent "
            "Representative of Estonia to the United Nations addressed to the Secretary-General and the President "
            "of the Security Council I have the honour to transmit a statement. I should be grateful if the present "
            "letter could be circulated as a document of the General Assembly and of the Security Council. "
            "(Signed) Anna Example Ambassador Permanent Representative\n")
    found = extract(text, "f.txt", "f")
    assert found.doc_type == "letter"
    assert found.date == "2022-06-10"
    assert [(d.date, d.role) for d in found.dates] == [("2022-06-14", "distributed")]
    assert found.country == "Estonia"
    assert found.speaker == "Anna Example"
    assert found.speaker_role == "Permanent Representative of Estonia to the United Nations"
    assert found.forums == ("UN General Assembly", "UN Security Council")
    assert found.meeting == ("General Assembly Seventy-seventh session, Agenda item 12: Elections to the Human Rights "
                             "Council; Security Council Seventy-seventh year")
    assert found.agenda_items == ("12",)


@pytest.mark.parametrize("text, speaker, role, date, location", [
    # A mission page that lost its line breaks: banner, title, speaker, dateline and the first paragraph.
    ("Permanent Mission of Ghana to the United Nations Security Council Open Debate on Women, Peace and Security "
     "Statement by H.E. Ms. Akua Example, Deputy Permanent Representative of Ghana to the United Nations "
     "New York, 25 October 2023 Mr. President, Ghana thanks you for convening this debate and the briefers for "
     "their insights. We align ourselves with the statement to be delivered on behalf of the African Group.",
     "Akua Example", "Deputy Permanent Representative of Ghana to the United Nations", "2023-10-25", "New York"),
    # A ministry's speech page: title, date, the page's label, then the speech itself, with no salutation.
    ("Speech by Foreign Minister Hannah Example in Berlin at the opening of the conference on water security "
     "14.03.2019 - Speech Ladies and gentlemen, It is a pleasure to welcome you here today. Water is the most "
     "precious resource we share, and its security is our common responsibility.",
     "Hannah Example", "Foreign Minister", "2019-03-14", "Berlin"),
    # An invocation in Arabic script after the dateline opens the body all the same.
    ("Statement by H.E. Mr. Reza Example Ambassador and Permanent Representative of the Islamic Republic of Iran "
     "to the United Nations Office in Geneva Before the Conference on Disarmament Geneva, 26 January 2023 "
     "بسم الله الرحمن الرحیم Mr. President, At the outset, I would like to congratulate you on your assumption.",
     "Reza Example", None, "2023-01-26", "Geneva"),
])
def test_a_heading_run_onto_one_line_with_its_first_paragraph(text, speaker, role, date, location):
    found = extract(text + "\n", "r.txt", "r")
    assert found.speaker == speaker
    assert role is None or found.speaker_role == role
    assert found.date == date
    assert found.location == location


def test_a_flattened_osce_reply_names_its_delegation():
    text = ("HDIM.DEL/0123/26 18 September 2026 ENGLISH only Human Dimension Implementation Meeting Warsaw, 16 - 27 "
            "September 2026 Working Session 4: Fundamental freedoms I Right of reply by the Delegation of Estonia "
            "Warsaw, 17 September 2026 Moderator, The Delegation of Estonia would like to exercise its right of "
            "reply to the statement made this morning.\n")
    found = extract(text, "r.txt", "r")
    assert (found.country, found.doc_type, found.date, found.location) == \
        ("Estonia", "right_of_reply", "2026-09-17", "Warsaw")
    assert found.forum == "OSCE Human Dimension Implementation Meeting"


@pytest.mark.parametrize("header", [
    # An OSCE document: its symbol and date of issue, then the statement dated where it was delivered.
    ["PC.DEL/1234/24", "9 December 2024", "ENGLISH only", "Statement by Ambassador Anna Example",
     "1500th Meeting of the Permanent Council", "Vienna, 8 December 2024"],
    # ... and the same document flattened onto one line.
    ["PC.DEL/1234/24 9 December 2024 ENGLISH only Permanent Mission of Ruritania to the OSCE As delivered by "
     "Ambassador Anna Example Permanent Representative to the OSCE 1500th Meeting of the Permanent Council "
     "Vienna, 8 December 2024"],
])
def test_an_osce_documents_date_of_issue_is_not_its_date(header):
    found = record(*header, body="Mr. Chair,\n\nI have the honour to deliver this statement.\n")
    assert found.date == "2024-12-08"
    assert [(d.date, d.role) for d in found.dates] == [("2024-12-09", "distributed")]
    assert found.location == "Vienna"
    assert found.speaker == "Anna Example"


def test_an_osce_document_dated_only_by_its_issue_was_delivered_that_day():
    found = record("PC.DEL/1234/26", "9 March 2026", "ENGLISH only", "Statement by Ambassador Anna Example",
                   "at the 1600th Meeting of the OSCE Permanent Council",
                   body="Mr. Chair,\n\nOn 2 March the negotiators met again.\n")
    assert found.date == "2026-03-09"


# A broken export or a scraper's loop: one header phrase repeated along a single line of thousands of characters.
# Such a page once took seconds to minutes, each cue searching all the text before it; scripts/extraction-bench
# --hostile times these. Here only what the page yields: what the phrase itself says, and nothing more.
@pytest.mark.parametrize("phrase, country, forums, doc_type, date", [
    # A post 'of' no State, over and over: each post's courtesy and answer looked for just before it.
    ("Chargé d'affaires a.i. of ", None, (), "statement", None),
    ("Minister ", None, (), "statement", None),
    # A post of one State: that State.
    ("Permanent Representative of France to the United Nations ", "France", (), "statement", None),
    # A document symbol: the body its series names (each name checked against its neighbours only).
    ("A/HRC/1 ", None, ("UN Human Rights Council",), "statement", None),
    ("Human Rights Council ", None, ("UN Human Rights Council",), "statement", None),
    # Dates: the first one, each found once (the later days read from the last one up).
    ("1 May 2023 ", None, (), "statement", "2023-05-01"),
    ("Letter dated 1 May 2023 from ", None, (), "letter", "2023-05-01"),
    ("Note verbale dated 1 May 2023 from ", None, (), "note_verbale", "2023-05-01"),
    # A group's statement with no State delivering it.
    ("on behalf of the Group of ", None, (), "joint_statement", None),
    # One name honoured over and over: the words before each looked for just before it, its post read near it.
    ("H.E. Mr. John Smith ", None, (), "statement", None),
    ("Ambassador ", None, (), "statement", None),
    # A heading's cue over and over: the answer or sponsor before each looked for just before it.
    ("Explanation of vote by France ", "France", (), "explanation_of_vote", None),
    ("delivered by ", None, (), "statement", None),
    ("Statement by H.E. ", None, (), "statement", None),
])
def test_a_line_of_one_phrase_repeated_yields_what_the_phrase_says(phrase, country, forums, doc_type, date):
    found = extract((phrase * (6_000 // len(phrase) + 1))[:6_000], "h.txt", "h")
    assert (found.country, found.forums, found.doc_type, found.date) == (country, forums, doc_type, date)
    assert found.speaker is None


# -- meetings --------------------------------------------------------------------

@pytest.mark.parametrize("header, meeting", [
    (["Remarks by H.E. Amb. Anna Example at the Second Plenary Meeting of the 2024 Conference on Disarmament"],
     "Second Plenary Meeting of the 2024 Conference on Disarmament"),
    # Past the phrase belonging to the post, to the meeting.
    (["Delivered by Ambassador Ivan Example, Permanent Representative of Ukraine to the International "
      "Organizations in Vienna, to the 1300th meeting of the Permanent Council, 4 May 2021"],
     "1300th meeting of the Permanent Council"),
    # A forum alone is not a meeting.
    (["Statement by Mr. Ivan Example before the Conference on Disarmament"], None),
    (["Statement by Mr. Ivan Example at the OSCE Permanent Council meeting, Vienna, May 4, 2021"], None),
    # A trailing city and date are cut off.
    (["The Eleventh NPT Review Conference New York, 28 April 2026"], "The Eleventh NPT Review Conference"),
])
def test_meeting(header, meeting):
    assert record(*header).meeting == meeting


# -- page furniture ----------------------------------------------------------------

@pytest.mark.parametrize("line, chrome", [
    ("Skip to main content", True),
    ("Share", True),
    ("An official website of the United States government", True),
    ("Statement by H.E. Mr. Ivan Example", False),
    # A menu of links between bars; a title set between bars has fewer parts.
    ("Home | Mission | Statements | Press | Links", True),
    ("Inicio  |  La Misión  |  Uruguay en el Consejo de Seguridad 2016-2017  |  Intervenciones  |  Prensa", True),
    ("HRC 58 | Item 4 | General debate", False),
])
def test_chrome(line, chrome):
    assert is_chrome(line) is chrome


def test_a_breadcrumb_tells_the_forum_but_is_never_the_meeting():
    found = record("Sessions › HRC58 › Item 4 › Joint statements", "Joint statement on behalf of a group of States",
                   "Delivered by Ruritania")
    assert found.forum == "UN Human Rights Council"
    assert found.meeting is None
    menu = record("Home | Mission | Ruritania in the Security Council | Statements | Press",
                  "Inicio » Intervenciones » Asamblea General", "Statement by Ambassador Anna Example")
    assert menu.forum == "UN General Assembly"


@pytest.mark.parametrize("line, stamp", [
    ("posted 12 March 2018 11:19", True),  # a posting date with its words
    ("2023-01-25 21:06", True),  # a date with a time
    ("22 March 2018", False),  # a date line is the document's date
    # A host's upload or archive stamp, in English or the site's language, and a date that goes on to the
    # page's categories.
    ("Uploaded 12 Oct 2022 · Download original", True),
    ("Added to the archive: 19/09/2023", True),
    ("Publicado: 06/09/2017", True),
    ("Data de publicació: 20/06/2025", True),  # Catalan
    ("Mis à jour le 20/03/2024", True),  # the update stamps of French, Spanish, Italian pages
    ("Actualizado: 20/03/2024", True),
    ("Pubblicato il 20/03/2024", True),
    ("March 25, 2022  |  Posted in General Assembly, Third Committee", True),
    ("Date 2024-05-23 Hit 412", True),  # a mission's page with its count of readers
    ("Date: 14.03.2023 | Views: 1 027", True),  # ... its thousands set off by a space
    ("14 March 2023 | Views: 12,345", True),
    # A Korean, Japanese or Chinese board's stamp, by its label or its count of readers.
    ("작성자 대표부 | 작성일 2024-11-05 | 조회수 56", True),
    ("등록일 2024.11.05", True),
    ("掲載日：2024年11月5日", True),
    ("发布时间：2024-11-05", True),
    ("2024-11-05 | 浏览次数：120", True),
    ("2024년 11월 5일 유엔총회 제3위원회 발언문", False),  # a dated title is no stamp
])
def test_posting_stamps(line, stamp):
    assert is_posting_stamp(line) is stamp


def test_ocr_split_post_words_are_rejoined():
    assert rejoin_split_words("Am bassador for Disarmament, Perm anent Mission") == \
        "Ambassador for Disarmament, Permanent Mission"
