"""Forum, document type and date on pages in the style of sites the rules were not written on.

Each row is a small document written for these tests (header lines and a first paragraph, names
invented), in the manner of real mission, ministry and UN pages; none is copied from ../shared/devset.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract

SPEECH = "Mr. President,\n\nI thank you for convening this meeting. We align ourselves with the statement delivered."


def record(*header: str, body: str = SPEECH):
    return extract("\n".join(header) + "\n\n" + body, "x.txt", "x")


# -- forum ----------------------------------------------------------------------

@pytest.mark.parametrize("header, body, forum", [
    # A US-style title naming the Council's open debate.
    (["Remarks at a UN Security Council Open Debate on Women, Peace and Security", "Ambassador Jane Example",
      "U.S. Deputy Representative to the United Nations", "New York, New York", "October 25, 2023"], SPEECH,
     "UN Security Council"),
    # An Arria-formula meeting is an informal meeting of Council members: the Council's.
    (["Statement by Ambassador Ivan Example at the UNSC Arria-formula meeting on cyber threats", "17 May 2023"], SPEECH,
     "UN Security Council"),
    # 'Arria-formula meeting' alone, without the Council's name.
    (["Arria-formula meeting on the protection of journalists", "Statement by Ms. Anna Example", "22 May 2023"], SPEECH,
     "UN Security Council"),
    # A GA session with its Main Committee and agenda item.
    (["Statement at the 78th session of the UN General Assembly, Third Committee, Item 68",
      "Delivered by Mr. Rui Example, Counsellor", "New York, 10 October 2023"], SPEECH, "UN General Assembly"),
    # An HRC session with the interactive dialogue.
    (["Human Rights Council 55th session – Interactive Dialogue with the Special Rapporteur on the right to food",
      "Statement by the delegation of Examplia", "4 March 2024"], SPEECH, "UN Human Rights Council"),
    # A Universal Periodic Review heading: the Council's working group.
    (["UPR of Examplia – 4th cycle", "Recommendations by the delegation of Norland", "Geneva, 8 May 2023"], SPEECH,
     "UN Human Rights Council"),
    # 'CD plenary': the Conference on Disarmament's short name.
    (["CD plenary – Statement by Ambassador Ivan Example", "Geneva, 14 February 2023"], SPEECH,
     "Conference on Disarmament"),
    # The First Committee's thematic debate belongs to the General Assembly.
    (["First Committee Thematic Debate on Nuclear Weapons", "Statement by Ambassador Ana Example", "18 October 2023"],
     SPEECH, "UN General Assembly"),
    # ECOSOC's segment.
    (["ECOSOC Humanitarian Affairs Segment", "General Debate", "Statement by Mr. Ivan Example", "21 June 2023"],
     SPEECH, "UN Economic and Social Council"),
    # An NPT Preparatory Committee session and its cluster.
    (["NPT PrepCom 2023, Cluster 1", "Statement by Ambassador Ivan Example", "Vienna, 2 August 2023"], SPEECH,
     "NPT Review Conference"),
    # The IAEA General Conference.
    (["IAEA General Conference 67th session", "Statement by H.E. Mr. Ivan Example, Head of Delegation",
      "Vienna, 25 September 2023"], SPEECH, "IAEA General Conference"),
    # The OPCW Executive Council by its short session symbol.
    (["OPCW EC-104", "Statement by Ambassador Ivan Example, Permanent Representative of Examplia to the OPCW",
      "The Hague, 3 October 2023"], SPEECH, "OPCW Executive Council"),
    # An OSCE Permanent Council document number heads the statement.
    (["PC.DEL/123/23", "Statement by the Delegation of Examplia at the 1420th Meeting of the Permanent Council",
      "2 February 2023"], SPEECH, "OSCE Permanent Council"),
    # The OSCE document symbol alone names the Permanent Council.
    (["OSCE PC.DEL/123/23", "Statement on the Russian Federation's ongoing aggression", "2 February 2023"], SPEECH,
     "OSCE Permanent Council"),
    # The Council's numbered meeting.
    (["Security Council 9270th meeting", "Statement by Mr. Ivan Example", "9 March 2023"], SPEECH,
     "UN Security Council"),
    # The venue is the General Assembly; the Human Rights Council is the report's subject.
    (["Statement at the General Assembly on the report of the Human Rights Council", "3 November 2023"], SPEECH,
     "UN General Assembly"),
    # The same, with the agenda item before the venue.
    (["Report of the Human Rights Council (Agenda item 63), UN General Assembly plenary", "3 November 2023"], SPEECH,
     "UN General Assembly"),
    # A UK-style title: the Council named after the topic.
    (["The situation in Ukraine: UK statement at the UN Security Council", "Statement by Ambassador Jane Example",
      "20 February 2024"], SPEECH, "UN Security Council"),
    # A ministry heading using 'UNGA' with the session number.
    (["Minister's statement at UNGA 78 General Debate", "22 September 2023"], SPEECH, "UN General Assembly"),
    # 'UN Human Rights Council' at the CD? No: a venue line.
    (["Statement delivered at the 52nd regular session of the HRC", "Item 4 General Debate", "21 March 2023"], SPEECH,
     "UN Human Rights Council"),
    # The Sixth Committee, GA.
    (["Sixth Committee: Report of the International Law Commission (Cluster I)", "Statement by Ms. Anna Example",
      "24 October 2023"], SPEECH, "UN General Assembly"),
    # The Human Rights Council's special session.
    (["36th special session of the Human Rights Council", "Statement of Examplia", "12 May 2023"], SPEECH,
     "UN Human Rights Council"),
    # OSCE Forum for Security Co-operation.
    (["FSC.DEL/45/23", "Statement by the Delegation of Examplia at the 1045th Plenary Meeting of the Forum for "
      "Security Co-operation", "8 March 2023"], SPEECH, "OSCE Forum for Security Co-operation"),
    # IAEA Board of Governors.
    (["IAEA Board of Governors, Agenda item 6", "Statement by Ambassador Ivan Example", "7 June 2023"], SPEECH,
     "IAEA Board of Governors"),
    # 'Security Council Open Debate' in capitals.
    (["SECURITY COUNCIL OPEN DEBATE ON CHILDREN AND ARMED CONFLICT", "STATEMENT BY H.E. MR. IVAN EXAMPLE",
      "NEW YORK, 5 JULY 2023"], SPEECH, "UN Security Council"),
])
def test_forum(header, body, forum):
    assert record(*header, body=body).forum == forum


# -- document type --------------------------------------------------------------

LETTER = ("I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Examplia "
          "on the recent events.\n\nI should be grateful if the present letter and its annex could be circulated "
          "as a document of the Security Council.")
NOTE = ("The Permanent Mission of Examplia to the United Nations presents its compliments to the Secretary-General "
        "of the United Nations and has the honour to refer to the note verbale of 2 March 2023.")
RELEASE = ("The Minister for Foreign Affairs, Ivan Example, today welcomed the adoption of the resolution. "
           "The Minister said the vote sent a clear signal.")


@pytest.mark.parametrize("header, body, doc_type", [
    # US 'Remarks' heading.
    (["Remarks at a UN Security Council Briefing on Syria", "Ambassador Jane Example", "March 3, 2023"], SPEECH,
     "statement"),
    # Explanation of vote after the adoption of a numbered resolution.
    (["Explanation of Vote after the adoption of resolution 2719 (2023)", "Ambassador Jane Example",
      "December 21, 2023"], SPEECH, "explanation_of_vote"),
    # The abbreviation 'EOV' in a title.
    (["UNGA Third Committee EOV on L.21", "Statement by Mr. Ivan Example", "15 November 2023"], SPEECH,
     "explanation_of_vote"),
    # 'Explanation of Position'.
    (["Explanation of Position on the adoption of the Pact for the Future", "22 September 2024"], SPEECH,
     "explanation_of_vote"),
    # 'Statement after the vote' with the Council.
    (["Statement after the vote on the draft resolution on Ukraine", "24 February 2023"], SPEECH,
     "explanation_of_vote"),
    # 'Statement in exercise of the right of reply'.
    (["Statement in exercise of the right of reply", "by the delegation of Examplia", "25 September 2023"], SPEECH,
     "right_of_reply"),
    # A 'Reply' heading: 'Right of Reply of Examplia to the statement of Norland'.
    (["Right of Reply of Examplia to the statement of Norland", "Geneva, 8 March 2023"], SPEECH, "right_of_reply"),
    # 'Joint statement on behalf of 60 countries'.
    (["Joint statement on behalf of 60 countries on the human rights situation in Examplia",
      "Delivered by Ambassador Ana Example", "Geneva, 21 March 2023"], SPEECH, "joint_statement"),
    # A statement delivered on behalf of a group, the group named in the heading.
    (["Statement on behalf of the Group of Friends of the Responsibility to Protect", "Delivered by Mr. Ivan Example",
      "12 July 2023"], SPEECH, "joint_statement"),
    # A press release with its label.
    (["Press release", "Minister welcomes adoption of the resolution", "3 March 2023"], RELEASE, "press_release"),
    # A spokesperson's statement.
    (["Statement by the Spokesperson on the situation in Examplia", "3 March 2023"],
     "Examplia condemns the attack on the civilian convoy.", "press_release"),
    # 'Statement by the Foreign Ministry Spokesperson'.
    (["Statement by the Foreign Ministry Spokesperson on the adoption of resolution 2719", "23 December 2023"],
     "The Ministry welcomes the adoption of the resolution.", "press_release"),
    # A 'News' item telling what was said.
    (["News", "Ambassador Example addresses the Human Rights Council", "03.03.2023"],
     "Ambassador Ivan Example addressed the Human Rights Council on Friday. He stressed that dialogue is key.",
     "press_release"),
    # A US 'Media Note'.
    (["Media Note", "Office of the Spokesperson", "March 3, 2023"],
     "The United States welcomes the adoption of the resolution by the Council.", "press_release"),
    # A 'Readout' of a meeting.
    (["Readout", "Secretary Example's Meeting with Foreign Minister Ivan Example", "March 3, 2023"],
     "The Secretary met today with Foreign Minister Ivan Example. They discussed the situation in the region.",
     "press_release"),
    # A letter addressed to the Secretary-General, by its UN title.
    (["Letter dated 3 March 2023 from the Permanent Representative of Examplia to the United Nations addressed to "
      "the Secretary-General"], LETTER, "letter"),
    # A letter addressed to the President of the Security Council.
    (["Letter dated 3 March 2023 from the Permanent Representative of Examplia to the United Nations addressed to "
      "the President of the Security Council"], LETTER, "letter"),
    # A letter on a ministry page titled by its subject, opening with the letter's formula.
    (["Permanent Representative's letter on the ceasefire violations", "3 March 2023"],
     "Excellency,\n\n" + LETTER, "letter"),
    # A note verbale with no title, only its opening formula.
    (["Permanent Mission of Examplia to the United Nations", "New York"], NOTE, "note_verbale"),
    # A note verbale with a reference number.
    (["No. 123/2023", "NOTE VERBALE"], NOTE, "note_verbale"),
    # Not a statement: a photo gallery or a call for applications.
    (["Call for applications: Junior Professional Officer Programme 2024", "3 March 2023"],
     "Applications are open until 30 April 2023. Candidates must hold a master's degree.", "other"),
    # A fact sheet.
    (["Fact Sheet: Examplia's contribution to UN peacekeeping", "March 3, 2023"],
     "Examplia has deployed more than 2,000 troops to nine missions.", "other"),
])
def test_doc_type(header, body, doc_type):
    assert record(*header, body=body).doc_type == doc_type


# -- date -----------------------------------------------------------------------

@pytest.mark.parametrize("header, body, date", [
    # US order.
    (["Statement by Ambassador Jane Example", "March 3, 2023"], SPEECH, "2023-03-03"),
    # UK order.
    (["Statement by Ambassador Jane Example", "3 March 2023"], SPEECH, "2023-03-03"),
    # ISO with a time, the only date (a page's own stamp).
    (["Statement by Ambassador Jane Example at the Security Council", "2023-03-03 10:45"], SPEECH, None),
    # Day.month.year.
    (["Statement by Ambassador Jane Example", "03.03.2023"], SPEECH, "2023-03-03"),
    # '3rd March, 2023'.
    (["Statement by Ambassador Jane Example", "3rd March, 2023"], SPEECH, "2023-03-03"),
    # French.
    (["Déclaration de l'Ambassadeur Jean Exemple", "Genève, le 3 mars 2023"], SPEECH, "2023-03-03"),
    # Spanish.
    (["Intervención del Embajador Juan Ejemplo", "Ginebra, 3 de marzo de 2023"], SPEECH, "2023-03-03"),
    # Russian with 'г.'.
    (["Выступление Постоянного представителя И.И. Примерова", "3 марта 2023 г."], SPEECH, "2023-03-03"),
    # With a weekday.
    (["Statement by Ambassador Jane Example", "Friday, 3 March 2023"], SPEECH, "2023-03-03"),
    # A US weekday form.
    (["Remarks by Ambassador Jane Example", "Friday, March 3, 2023"], SPEECH, "2023-03-03"),
    # A dateline opening the first paragraph.
    (["Examplia calls for ceasefire"], "New York, 3 March 2023 – The Permanent Representative of Examplia, "
     "Ambassador Ivan Example, today called for an immediate ceasefire.", "2023-03-03"),
    # 'Published' stamp, the only date: not the date of delivery (the text does not name the day).
    (["Statement by Ambassador Jane Example at the Human Rights Council", "Published 3 March 2023"], SPEECH, None),
    # 'Last updated' beside the delivery date.
    (["Statement by Ambassador Jane Example", "Last updated: 10 March 2023", "Geneva, 3 March 2023"], SPEECH,
     "2023-03-03"),
    # A session's range is not the statement's date; the statement's date follows.
    (["Human Rights Council 52nd session", "27 February – 4 April 2023", "Statement by Ms. Ana Example",
      "3 March 2023"], SPEECH, "2023-03-03"),
    # The session's range alone gives no date.
    (["Human Rights Council 52nd session", "27 February – 4 April 2023", "Statement by Ms. Ana Example"], SPEECH, None),
    # A date in the body is not the document's.
    (["Statement by Ambassador Jane Example at the Security Council"],
     "Mr. President,\n\nOn 24 February 2022 the aggression began.", None),
    # A resolution's date in the title is not the statement's.
    (["Statement on the implementation of resolution 2231 (2015) of 20 July 2015", "Ambassador Ivan Example",
      "19 December 2023"], SPEECH, "2023-12-19"),
    # A meeting held on another date, mentioned in the first paragraph.
    (["Statement by Ambassador Jane Example", "9 March 2023"],
     "Mr. President,\n\nAt the meeting held on 2 March 2023 we stated our position.", "2023-03-09"),
    # A 'Date:' label.
    (["Statement by Ambassador Jane Example", "Date: 3 March 2023"], SPEECH, "2023-03-03"),
    # A dateline in a heading: city, date.
    (["Statement by Ambassador Jane Example", "New York, 3 March 2023"], SPEECH, "2023-03-03"),
    # A letter dated in its title, with another date in the body.
    (["Letter dated 3 March 2023 from the Permanent Representative of Examplia to the United Nations addressed to "
      "the Secretary-General"], "Upon instructions from my Government, on 1 March 2023 ...\n\n" + LETTER,
     "2023-03-03"),
    # A note verbale dated under its close.
    (["Permanent Mission of Examplia to the United Nations"],
     NOTE + "\n\nThe Permanent Mission of Examplia avails itself of this opportunity to renew to the "
     "Secretary-General the assurances of its highest consideration.\n\nNew York, 3 March 2023", "2023-03-03"),
    # Abbreviated month with a full stop.
    (["Statement by Ambassador Jane Example", "Mar. 3, 2023"], SPEECH, "2023-03-03"),
    # A heading that ends with the date after a dash.
    (["Statement by Ambassador Jane Example at the Security Council – 3 March 2023"], SPEECH, "2023-03-03"),
    # German form.
    (["Rede von Botschafterin Anna Beispiel", "3. März 2023"], SPEECH, "2023-03-03"),
    # Portuguese.
    (["Intervenção do Embaixador João Exemplo", "3 de março de 2023"], SPEECH, "2023-03-03"),
])
def test_date(header, body, date):
    assert record(*header, body=body).date == date
