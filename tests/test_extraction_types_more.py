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
    # A State's Voluntary National Review, its report or its main messages, in English, Spanish and French: a
    # national report to the HLPF, not a statement; the minister presenting it speaks a statement.
    (["Examplia's Voluntary National Review 2025", "Second Voluntary National Review on the Implementation of the "
      "2030 Agenda for Sustainable Development", "Main messages"],
     "1. Examplia presents its second review at a time of recovery.", "other"),
    (["EXAMPLIA", "MAIN MESSAGES", "Capital City, May 2025"], "1. Examplia presents its second review.", "other"),
    (["Informe Nacional Voluntario de Examplia sobre la implementación de la Agenda 2030"],
     "1. Examplia presenta su segundo informe.", "other"),
    (["Examen national volontaire de l'Exemplie sur la mise en œuvre du Programme 2030"],
     "1. L'Exemplie présente son deuxième examen.", "other"),
    (["Presentación del Tercer Informe Nacional Voluntario de Examplia", "Intervención del Ministro Juan Ejemplo"],
     "Señor Presidente:\n\nTengo el agrado de presentar el informe.", "statement"),
    # An ambassador's op-ed on a Korean or Japanese mission's board.
    (["[기고] 대사, 일간지 기고문 게재", "작성자 대사관 | 작성일 2025-10-06 | 조회수 40"],
     "대사는 일간지에 기고문을 게재하였습니다.", "other"),
    (["大使寄稿：核軍縮について", "掲載日：2025年10月6日"], "大使は新聞に寄稿しました。", "other"),
    # A head of State's message on the occasion of a Day speaks to the nation, at no meeting.
    (["Mensagem do Presidente da República por ocasião do Dia das Nações Unidas", "24 de outubro de 2026"],
     "Portuguesas e Portugueses,\n\nAssinala-se hoje o aniversário da Carta.", "other"),
    # A letter, a right of reply and an explanation of vote in the sites' other languages.
    (["Pismo ministra vanjskih poslova generalnom sekretaru UN-a", "Sarajevo, 3. marta 2026."], SPEECH, "letter"),
    (["Eesti vastulause ÜRO Inimõiguste Nõukogu 61. istungjärgul", "Genf, 3. märts 2026"], SPEECH,
     "right_of_reply"),
    (["كلمة الوفد في شرح التصويت على مشروع القرار", "فيينا، 18 سبتمبر 2026"], SPEECH, "explanation_of_vote"),
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


# -- whole pages: forum, type and date together ---------------------------------

VERBATIM = ("United Nations S/PV.9270 Security Council Seventy-eighth year 9270th meeting Thursday, 9 March 2023, "
            "10 a.m. New York Provisional President: Mr. Example (Examplia) Members: Albania Mr. Example")
UN_LETTER = ("United Nations A/78/123 General Assembly Distr.: General 3 March 2023 Original: English Seventy-eighth "
             "session Item 68 of the provisional agenda Promotion and protection of human rights Letter dated "
             "1 March 2023 from the Permanent Representative of Examplia to the United Nations addressed to the "
             "Secretary-General I have the honour to transmit herewith the statement of the Ministry of Foreign "
             "Affairs of Examplia. I should be grateful if the present letter could be circulated as a document of "
             "the General Assembly, under agenda item 68.")
UN_NOTE = ("United Nations A/HRC/52/G/5 General Assembly Distr.: General 6 March 2023 English only Human Rights "
           "Council Fifty-second session 27 February–4 April 2023 Agenda item 4 Note verbale dated 1 March 2023 "
           "from the Permanent Mission of Examplia to the United Nations Office at Geneva addressed to the Office "
           "of the United Nations High Commissioner for Human Rights The Permanent Mission of Examplia presents its "
           "compliments to the Office of the High Commissioner and has the honour to transmit the following.")


@pytest.mark.parametrize("text, forum, doc_type, date", [
    # A UN verbatim record, flattened: the Council's record of its meeting.
    (VERBATIM, "UN Security Council", "statement", "2023-03-09"),
    # A UN letter, flattened: dated in its title, not by its distribution date.
    (UN_LETTER, "UN General Assembly", "letter", "2023-03-01"),
    # A UN note verbale under the Human Rights Council's masthead, with the session's range.
    (UN_NOTE, "UN Human Rights Council", "note_verbale", "2023-03-01"),
    # An OHCHR-style dateline in brackets: 'GENEVA (9 March 2023) –'.
    ("Examplia welcomes the Council's decision\n\nGENEVA (9 March 2023) – The Permanent Mission of Examplia "
     "welcomed the decision of the Human Rights Council. The Ambassador said that the resolution was timely.",
     None, "press_release", "2023-03-09"),
    # A US-style bracketed dateline: 'NEW YORK (March 9, 2023) –'.
    ("Ambassador Example at the Security Council\n\nNEW YORK (March 9, 2023) – Ambassador Jane Example today "
     "addressed the Security Council on Syria. She stressed the need for humanitarian access.",
     "UN Security Council", "press_release", "2023-03-09"),
    # 'For immediate release' heads a press release; the election was held at the General Assembly.
    ("FOR IMMEDIATE RELEASE\nMarch 9, 2023\n\nExamplia elected to the Human Rights Council\n\n"
     "Examplia was today elected to the Human Rights Council by the General Assembly.",
     "UN General Assembly", "press_release", "2023-03-09"),
    # A posting line above the heading's own date.
    ("Posted on: March 10, 2023\nRemarks at a UN Security Council Briefing on Ukraine\nAmbassador Jane Example\n"
     "March 9, 2023\n\n" + SPEECH, "UN Security Council", "statement", "2023-03-09"),
    # A date line and a section name on one line: '9 March 2023 | Statements'.
    ("9 March 2023 | Statements\nStatement by Ambassador Ivan Example at the Conference on Disarmament\n\n" + SPEECH,
     "Conference on Disarmament", "statement", "2023-03-09"),
    # 'Mar 9, 2023 | Press Releases' then a release.
    ("Mar 9, 2023 | Press Releases\nExamplia joins the call for a ceasefire\n\nThe Permanent Representative of "
     "Examplia, Ambassador Ivan Example, today joined the call. He said the situation was dire.",
     None, "press_release", "2023-03-09"),
    # A heading signed off at the bottom: 'Geneva, 9 March 2023' below the text.
    ("Statement by the delegation of Examplia\nInteractive Dialogue with the Special Rapporteur on Examplia\n\n"
     "Mr. President,\n\nWe thank the Special Rapporteur for the report.\n\nThank you.\n\nGeneva, 9 March 2023",
     None, "statement", "2023-03-09"),
    # 'Delivered on 9 March 2023'.
    ("Statement at the Security Council open debate on climate and security\nDelivered on 9 March 2023\n\n" + SPEECH,
     "UN Security Council", "statement", "2023-03-09"),
    # A two-day meeting's period, no day of delivery.
    ("OSCE Permanent Council\n9–10 March 2023\nStatement by the Delegation of Examplia\n\n" + SPEECH,
     "OSCE Permanent Council", "statement", None),
    # An EU statement: a group's statement.
    ("EU Statement – UN General Assembly: Report of the Human Rights Council\n3 November 2023\n\n"
     "Mr. President,\n\nI have the honour to speak on behalf of the European Union and its Member States.",
     "UN General Assembly", "joint_statement", "2023-11-03"),
    # A statement on behalf of the Nordic countries.
    ("Statement on behalf of the Nordic countries\nHuman Rights Council 53rd session\nGeneva, 20 June 2023\n\n"
     "Mr. President,\n\nI have the honour to speak on behalf of Denmark, Finland, Iceland, Norway and Sweden.",
     "UN Human Rights Council", "joint_statement", "2023-06-20"),
    # A right of reply by a heading 'Second right of reply'.
    ("UNGA 78 General Debate\nSecond right of reply of the delegation of Examplia\n26 September 2023\n\n" + SPEECH,
     "UN General Assembly", "right_of_reply", "2023-09-26"),
    # 'Reply of the delegation of X to the statement of Y', OSCE.
    ("Reply to the statement by the delegation of Norland\nas delivered at the 1420th meeting of the OSCE Permanent "
     "Council, 2 February 2023\n\n" + SPEECH, "OSCE Permanent Council", "right_of_reply", "2023-02-02"),
    # A video message is a statement.
    ("Video message by the Foreign Minister to the High-level Segment of the Human Rights Council\n27 February 2023\n\n"
     "Mr. President,\n\nIt is an honour to address this Council.", "UN Human Rights Council", "statement",
     "2023-02-27"),
    # Keynote address.
    ("Keynote address by the Minister at the Conference on Disarmament\nGeneva, 28 February 2023\n\n" + SPEECH,
     "Conference on Disarmament", "statement", "2023-02-28"),
    # Russian heading with 'года'.
    ("Выступление Постоянного представителя на заседании Совета Безопасности ООН\n9 марта 2023 года\n\n"
     "Господин Председатель,\n\nБлагодарим вас.", "UN Security Council", "statement", "2023-03-09"),
    # Ukrainian with 'року'.
    ("Виступ Постійного представника України у Раді Безпеки ООН\n9 березня 2023 року\n\nПане Голово,\n\nДякую.",
     "UN Security Council", "statement", "2023-03-09"),
    # French heading with 'Conseil de sécurité' and 'le' before the date.
    ("Intervention de la France au Conseil de sécurité\nNew York, le 9 mars 2023\n\nMonsieur le Président,\n\nMerci.",
     "UN Security Council", "statement", "2023-03-09"),
    # Spanish explanation of vote at the General Assembly.
    ("Explicación de voto de Examplia en la Asamblea General\nNueva York, 9 de marzo de 2023\n\nSeñor Presidente,\n\n"
     "Gracias.", "UN General Assembly", "explanation_of_vote", "2023-03-09"),
    # An ordinal with 'of': '9th of March 2023'.
    ("Statement by Ambassador Ivan Example\nHuman Rights Council\n9th of March 2023\n\n" + SPEECH,
     "UN Human Rights Council", "statement", "2023-03-09"),
    # 'March 9th, 2023'.
    ("Statement by Ambassador Ivan Example\nSecurity Council\nMarch 9th, 2023\n\n" + SPEECH,
     "UN Security Council", "statement", "2023-03-09"),
    # An abbreviated day month: '09 Mar 2023'.
    ("Statement by Ambassador Ivan Example at the Security Council\n09 Mar 2023\n\n" + SPEECH,
     "UN Security Council", "statement", "2023-03-09"),
    # A Pakistani-style dateline with a colon: 'Islamabad, 9th March 2023:'.
    ("Foreign Office welcomes resolution\n\nIslamabad, 9th March 2023: Pakistan welcomes the adoption of the "
     "resolution by the Human Rights Council. The Spokesperson said it was a step forward.",
     None, "press_release", "2023-03-09"),
    # The venue in the first paragraph only.
    ("Statement by Ambassador Ivan Example\n9 March 2023\n\nMr. President,\n\nI thank you for convening this open "
     "debate of the Security Council on the protection of civilians.", "UN Security Council", "statement",
     "2023-03-09"),
    # A general statement at the First Committee with a draft resolution's symbol.
    ("Explanation of vote on draft resolution A/C.1/78/L.5\nDelivered by Mr. Ivan Example\n1 November 2023\n\n"
     + SPEECH, "UN General Assembly", "explanation_of_vote", "2023-11-01"),
    # A Council vote on a resolution, US style.
    ("Explanation of Vote on a UN Security Council Resolution Renewing the Mandate of UNMISS\nAmbassador Jane Example\n"
     "March 15, 2024\n\n" + SPEECH, "UN Security Council", "explanation_of_vote", "2024-03-15"),
    # The Human Rights Council's resolution named in an EOV.
    ("EoV on draft resolution A/HRC/52/L.12 on the situation in Examplia\n4 April 2023\n\n" + SPEECH,
     "UN Human Rights Council", "explanation_of_vote", "2023-04-04"),
    # The UN Office at Geneva in the post; the venue in the title.
    ("Statement by Ambassador Ivan Example, Permanent Representative of Examplia to the United Nations Office at "
     "Geneva\nUniversal Periodic Review of Norland\n4th cycle\n8 May 2023\n\n" + SPEECH,
     "UN Human Rights Council", "statement", "2023-05-08"),
    # A Chinese date; '安理会' is the Security Council.
    ("常驻联合国代表在安理会的发言\n2023年3月9日\n\n主席先生：", "UN Security Council", "statement", "2023-03-09"),
    # An op-ed is not a statement.
    ("Op-ed by the Foreign Minister: Why multilateralism matters\n9 March 2023\n\n"
     "Multilateralism is under strain. The rules-based order needs defenders.", None, "other", "2023-03-09"),
])
def test_page(text, forum, doc_type, date):
    found = extract(text, "x.txt", "x")
    assert (found.forum, found.doc_type, found.date) == (forum, doc_type, date)


# -- the type told by the opening's formulas -------------------------------------

@pytest.mark.parametrize("opening, doc_type", [
    # A vote explained with the country's name.
    ("Mr. President,\n\nExamplia voted in favour of the resolution just adopted because it protects civilians.",
     "explanation_of_vote"),
    # 'I would like to explain the vote of my delegation'.
    ("Madam Chair,\n\nI would like to explain the vote of my delegation on draft resolution L.12.",
     "explanation_of_vote"),
    # 'explain why we abstained'.
    ("Mr. Chair,\n\nI take the floor to explain why we abstained in the vote on this resolution.",
     "explanation_of_vote"),
    # 'We joined consensus ... but' — an explanation of position.
    ("Mr. President,\n\nWe joined consensus on this resolution, but wish to place on record our position on "
     "paragraph 5.", "explanation_of_vote"),
    # Dissociating from a paragraph of a text just adopted.
    ("Mr. Chair,\n\nMy delegation dissociates itself from operative paragraph 7 of the resolution just adopted.",
     "explanation_of_vote"),
    # A reply by its verb: 'respond to the baseless allegations made by the delegation of'.
    ("Mr. President,\n\nMy delegation takes the floor to respond to the baseless allegations made by the delegation "
     "of Norland.", "right_of_reply"),
    # 'In response to the statement by the representative of'.
    ("Mr. Chair,\n\nIn response to the statement made by the representative of Norland this morning, we wish to "
     "state the following.", "right_of_reply"),
    # 'I have the honour to deliver this statement on behalf of 45 countries'.
    ("Mr. President,\n\nI have the honour to deliver this statement on behalf of a group of 45 countries.",
     "joint_statement"),
    # 'on behalf of the Group of Friends of ...'.
    ("Madam President,\n\nI speak on behalf of the Group of Friends of Mediation.", "joint_statement"),
    # Aligning with a group's statement is a national statement.
    ("Mr. President,\n\nExamplia aligns itself with the statement delivered on behalf of the European Union. "
     "In my national capacity, I wish to add the following.", "statement"),
    # ... also under the bare 'Chair,' that opens OSCE and IAEA statements.
    ("Chair,\n\nExamplia aligns itself with the statement of the European Union and would like to make the "
     "following remarks in its national capacity.", "statement"),
    # A letter's formula under a plain heading.
    ("Excellency,\n\nI have the honour to draw your attention to the continued violations of the ceasefire.",
     "letter"),
    # A letter's formula in Spanish and French.
    ("Señor Presidente:\n\nTengo el honor de dirigirme a usted, por instrucciones de mi Gobierno, a fin de informar "
     "al Consejo de Seguridad.", "letter"),
    ("Monsieur le Président,\n\nJ'ai l'honneur de vous transmettre ci-joint la position de mon Gouvernement.",
     "letter"),
    # A note's formula in Spanish.
    ("La Misión Permanente de Examplia ante las Naciones Unidas saluda atentamente a la Secretaría y tiene el honor "
     "de transmitir la información.", "note_verbale"),
    # An interview a newspaper printed, which the page gives in full.
    ("The President gave an interview to the daily Example Times, published in its edition of 4 September 2026.",
     "other"),
])
def test_doc_type_from_opening(opening, doc_type):
    assert record("Statement by the delegation of Examplia", "9 March 2023", body=opening).doc_type == doc_type


# -- more bodies and dates --------------------------------------------------------

@pytest.mark.parametrize("header, forum", [
    # The Biological Weapons Convention's meeting of States Parties.
    (["Meeting of States Parties to the Biological Weapons Convention", "General Debate", "6 December 2023"],
     "Biological Weapons Convention"),
    # The Arms Trade Treaty's conference.
    (["Ninth Conference of States Parties to the Arms Trade Treaty", "Statement by Examplia", "21 August 2023"],
     "Arms Trade Treaty"),
    # The Peacebuilding Commission.
    (["Statement at the Peacebuilding Commission meeting on the Sahel", "9 March 2023"], "Peacebuilding Commission"),
    # The Commission on Human Rights, before 2006.
    (["Statement at the 61st session of the Commission on Human Rights", "Geneva, 15 March 2005"],
     "UN Commission on Human Rights"),
    # The CCW's meeting.
    (["Meeting of the High Contracting Parties to the CCW", "Statement by Examplia", "15 November 2023"],
     "Convention on Certain Conventional Weapons"),
    # The Ottawa Convention's meeting.
    (["21st Meeting of the States Parties to the APMBC", "Statement by Examplia", "20 November 2023"],
     "Anti-Personnel Mine Ban Convention"),
    # 'UNGA 78 Plenary: Agenda item 9' in a ministry title.
    (["UNGA 78 Plenary: Agenda item 9, Report of the Security Council", "16 November 2023"], "UN General Assembly"),
    # Security Council reform is the subject: the IGN belong to the General Assembly.
    (["Intergovernmental Negotiations on Security Council reform", "Statement by Examplia", "9 March 2023"],
     "UN General Assembly"),
    # The Human Rights Council's possessive: 'at the UN Human Rights Council's 53rd session'.
    (["Statement by Examplia at the UN Human Rights Council's 53rd session", "20 June 2023"],
     "UN Human Rights Council"),
])
def test_forum_more(header, forum):
    assert record(*header).forum == forum


@pytest.mark.parametrize("header, date", [
    # A day-abbreviated month-year with hyphens: '09-Mar-2023'.
    (["Statement by Ambassador Ivan Example", "09-Mar-2023"], "2023-03-09"),
    # Italian.
    (["Intervento dell'Ambasciatore Ivan Esempio", "Ginevra, 9 marzo 2023"], "2023-03-09"),
    # Turkish.
    (["Büyükelçi Ivan Örnek'in açıklaması", "9 Mart 2023"], "2023-03-09"),
    # A date after 'on' in a heading.
    (["Statement by Ambassador Ivan Example on 9 March 2023 at the Security Council"], "2023-03-09"),
    # 'Check against delivery' beside the date.
    (["Statement by Ambassador Ivan Example", "New York, 9 March 2023 (check against delivery)"], "2023-03-09"),
    # 'As prepared for delivery – March 9, 2023'.
    (["Remarks by Ambassador Jane Example", "As prepared for delivery – March 9, 2023"], "2023-03-09"),
    # An 'Updated' line before the heading's date.
    (["Updated: 10 March 2023", "Statement by Ambassador Ivan Example", "9 March 2023"], "2023-03-09"),
    # A year in the session's name is not a date: '2023 session of the CD'.
    (["Statement at the 2023 session of the Conference on Disarmament", "Geneva, 9 March 2023"], "2023-03-09"),
    # The meeting's date after the heading: 'Meeting date: 9 March 2023'.
    (["Statement by Ambassador Ivan Example", "Meeting date: 9 March 2023"], "2023-03-09"),
    # An undated speech whose first paragraph recalls a date.
    (["Statement by Ambassador Ivan Example at the Human Rights Council"], None),
])
def test_date_more(header, date):
    assert record(*header, body="Mr. President,\n\nSince 7 October 2023 we have called for restraint.").date == date


# -- pages in the manner of particular kinds of sites -----------------------------

SITE_SPEECH = "Mr. President,\n\nI thank you for this opportunity. We listened carefully to the briefing."


@pytest.mark.parametrize("kind, text, forum, doc_type, date", [
    # A GOV.UK speech page: 'Published' is the posting date, 'Delivered on' the speech's.
    ("gov.uk",
     "Speech\nWe must hold the regime to account: UK statement at the UN Security Council\n"
     "Statement by Ambassador Jane Example at the UN Security Council meeting on Syria.\nFrom:\n"
     "Foreign, Commonwealth & Development Office and Jane Example\nPublished\n3 March 2023\nDelivered on:\n"
     "2 March 2023 (Transcript of the speech, exactly as it was delivered)\n\n" + SITE_SPEECH,
     "UN Security Council", "statement", "2023-03-02"),
    # A GOV.UK press release: its only date is the 'Published' line.
    ("gov.uk press",
     "Press release\nUK announces new sanctions\nThe Foreign Secretary has announced new sanctions today.\nFrom:\n"
     "Foreign, Commonwealth & Development Office\nPublished\n3 March 2023\n\n"
     "The UK has today announced new sanctions. The Foreign Secretary said the measures were necessary.",
     None, "press_release", "2023-03-03"),
    # An OSCE document: its distribution date above, the meeting's date below the title.
    ("OSCE doc",
     "PC.DEL/245/23\n3 March 2023\n\nENGLISH\nOriginal: RUSSIAN\n\nDelegation of the Russian Federation\n\n"
     "STATEMENT BY MR. IVAN EXAMPLE,\nPERMANENT REPRESENTATIVE OF THE RUSSIAN FEDERATION,\n"
     "AT THE 1420th MEETING OF THE OSCE PERMANENT COUNCIL\n\n2 March 2023\n\n" + SITE_SPEECH,
     "OSCE Permanent Council", "statement", "2023-03-02"),
    # A page whose only date is its posting stamp, the text naming no day: no date.
    ("China mission",
     "Remarks by Ambassador Zhang Example at the UN Security Council Briefing on Afghanistan\n2023-03-09 15:47\n\n"
     "Mr. President,\n\nI thank Special Representative Otunbayeva for her briefing.",
     "UN Security Council", "statement", None),
    # The same stamp, the text naming the day: the stamp is the date.
    ("China mission w date",
     "Remarks by Ambassador Zhang Example at the UN Security Council Briefing on Afghanistan\n2023-03-09 15:47\n\n"
     "Mr. President,\n\nI thank you for convening today's meeting on 9 March.",
     "UN Security Council", "statement", "2023-03-09"),
    # A mission page: title, meeting line, US-order date with a leading zero.
    ("India mission",
     "Statement by Ambassador R. Example, Permanent Representative of India\n"
     "UNSC Open Debate on Women, Peace and Security\nMarch 07, 2023\n\n" + SITE_SPEECH,
     "UN Security Council", "statement", "2023-03-07"),
    # A mission page dated only at its foot, 'dd.mm.yyyy'.
    ("Russia mission",
     "Statement by Permanent Representative Vassily Example at UNSC briefing on Ukraine\n\nMr. President,\n\n"
     "We requested this meeting.\n\n09.03.2023",
     "UN Security Council", "statement", "2023-03-09"),
    # An EU delegation page: 'EU Statement' and 'on behalf of the European Union', a dotted date.
    ("EEAS",
     "EU Statement – UN Security Council: Women, Peace and Security\n07.03.2023\nNew York\n"
     "Statement on behalf of the European Union and its Member States by H.E. Ambassador Olof Example, Head "
     "of the EU Delegation\n\n" + SITE_SPEECH,
     "UN Security Council", "joint_statement", "2023-03-07"),
    # UN Meetings Coverage: a press symbol 'SC/15222', the sitting with its half-day, a third-person lead: the host's
    # summary of a meeting of many speakers, not one delegation's release.
    ("UN press",
     "Meetings Coverage and Press Releases\nSC/15222\n9 March 2023\nSecurity Council\n9270th Meeting (AM)\n"
     "Speakers Urge Support for Afghanistan\n\n"
     "The Security Council today heard a briefing from the Special Representative, who said the situation "
     "remained dire.",
     "UN Security Council", "other", "2023-03-09"),
    # A US mission page: title, speaker, post, 'New York, New York', date, 'AS DELIVERED'.
    ("US usun",
     "Remarks at a UN Security Council Briefing on Ukraine\nAmbassador Linda Example\n"
     "U.S. Representative to the United Nations\nNew York, New York\nMarch 9, 2023\n\nAS DELIVERED\n\n"
     "Thank you, Madam President.",
     "UN Security Council", "statement", "2023-03-09"),
    # A mission page: the venue on its own line after 'At the'.
    ("Japan",
     "Statement by Ambassador EXAMPLE Kimihiro, Permanent Representative of Japan to the United Nations\n"
     "At the Security Council Open Debate on the Rule of Law\n12 January 2023\n\n" + SITE_SPEECH,
     "UN Security Council", "statement", "2023-01-12"),
    # An HRC session page: 'HRC52: Item 4 General Debate', the date on its own line.
    ("Australia HRC",
     "HRC52: Item 4 General Debate\nHuman Rights Council 52nd session\n\n21 March 2023\n\n"
     "Statement delivered by Ambassador Amanda Example\n\n" + SITE_SPEECH,
     "UN Human Rights Council", "statement", "2023-03-21"),
    # A quoted speech title, then 'Place, dd.mm.yyyy - Address by ... at the ...'.
    ("Swiss release",
     "„A strong OSCE“\n\n"
     "Bern, 08.12.2023 - Address by Federal Councillor Ivan Example at the OSCE Ministerial Council – Check "
     "against delivery\n\n" + SITE_SPEECH,
     "OSCE Ministerial Council", "statement", "2023-12-08"),
    # A mission's press release reproducing a statement: 'PR No.' heads it.
    ("Pakistan PR",
     "Press Release\nPR No. 45/2023\n"
     "Statement by Ambassador Munir Example in the General Assembly debate on the Question of Palestine\n\n"
     "New York, 29 November 2023\n\nMr. President,\n\nPakistan thanks you.",
     "UN General Assembly", "press_release", "2023-11-29"),
    # A letter titled on a ministry page, to the Secretary-General and the Council's President.
    ("Iran letter",
     "Letter of Iran's Permanent Representative to the UN Secretary-General and the President of the "
     "Security Council\n9 March 2023\n\nExcellency,\n\n"
     "Upon instructions from my Government, I am writing to you to draw your attention to the baseless allegations.",
     "UN Security Council", "letter", "2023-03-09"),
    # A right of reply headed by the session line with a dash.
    ("HRC RoR",
     "Right of Reply\nHuman Rights Council - 52nd Session\nDelegation of Examplia\n31 March 2023\n\n"
     "Mr. President,\n\nMy delegation rejects the allegations.",
     "UN Human Rights Council", "right_of_reply", "2023-03-31"),
    # A ministry's statement on events: a press release.
    ("Ministry statement",
     "Statement of the Ministry of Foreign Affairs of Examplia on the elections in Norland\n9 March 2023\n\n"
     "The Ministry of Foreign Affairs of Examplia notes with concern the conduct of the elections.",
     None, "press_release", "2023-03-09"),
    # A spokesperson's regular press conference: a press office's publication.
    ("Transcript briefing",
     "Foreign Ministry Spokesperson Example's Regular Press Conference on March 9, 2023\n\n"
     "Q: What is your comment?\n\nA: We have noted the reports.",
     None, "press_release", "2023-03-09"),
])
def test_site_page(kind, text, forum, doc_type, date):
    found = extract(text, "x.txt", "x")
    assert (found.forum, found.doc_type, found.date) == (forum, doc_type, date)


# -- groups, news items and forms ---------------------------------------------------

@pytest.mark.parametrize("text, doc_type", [
    # 'on behalf of the Group of 77 and China' in the heading.
    ("Statement on behalf of the Group of 77 and China by Ambassador Ivan Example\nSecond Committee, 78th session\n"
     "10 October 2023\n\n" + SITE_SPEECH,
     "joint_statement"),
    # 'on behalf of the Non-Aligned Movement' after the delivering State.
    ("Statement by Examplia on behalf of the Non-Aligned Movement\nFirst Committee General Debate\n3 October 2023\n"
     "\n" + SITE_SPEECH,
     "joint_statement"),
    # A core group spoken for by its delivering ambassador.
    ("Statement delivered by Ambassador Ivan Example on behalf of the Core Group on Sri Lanka\nHRC 54\n"
     "6 September 2023\n\n" + SITE_SPEECH,
     "joint_statement"),
    # A statement by three States named in a list ending in 'and'.
    ("Statement by Australia, Canada and New Zealand (CANZ)\nSixth Committee\n5 October 2023\n\n" + SITE_SPEECH,
     "joint_statement"),
    # A regional group's adjective before 'statement': 'Nordic-Baltic statement'.
    ("Nordic-Baltic statement\nHuman Rights Council 53rd session\n20 June 2023\n\n" + SITE_SPEECH,
     "joint_statement"),
    # 'Statement by the Benelux countries'.
    ("Statement by the Benelux countries\nUN General Assembly\n20 June 2023\n\n" + SITE_SPEECH,
     "joint_statement"),
    # The opening: 'on behalf of the following 42 States'.
    ("Statement by Examplia\nHuman Rights Council 53rd session\n20 June 2023\n\nMr. President,\n\n"
     "I have the honour to speak on behalf of the following 42 States: Albania, Andorra, Australia.",
     "joint_statement"),
    # The opening: 'this statement on behalf of the Arab Group'.
    ("Statement by Examplia\nUN General Assembly\n20 June 2023\n\nMr. President,\n\n"
     "I have the honour to deliver this statement on behalf of the Arab Group.",
     "joint_statement"),
    # The opening: 'I speak on behalf of the African Group'.
    ("Statement by Examplia\nUN General Assembly\n20 June 2023\n\nMr. President,\n\n"
     "I speak on behalf of the African Group.",
     "joint_statement"),
    # The opening: 'on behalf of the fourteen Member States of the Caribbean Community (CARICOM)'.
    ("Statement by Examplia\nUN General Assembly\n20 June 2023\n\nMr. President,\n\n"
     "I have the honour to speak on behalf of the fourteen Member States of the Caribbean Community (CARICOM).",
     "joint_statement"),
    # The opening: 'on behalf of the Group of Friends on ...'.
    ("Statement by Examplia\n20 June 2023\n\nMr. President,\n\n"
     "I have the honour to speak on behalf of the Group of Friends on Children and Armed Conflict.",
     "joint_statement"),
    # Aligning with the EU's statement, then speaking nationally: a national statement.
    ("Statement by Examplia\n20 June 2023\n\nMr. President,\n\n"
     "Examplia fully aligns itself with the statement delivered on behalf of the European Union. I would "
     "like to add some remarks in my national capacity.",
     "statement"),
    # A news item: 'met with', 'discussed' in the third person.
    ("Foreign Minister meets UN Secretary-General\n9 March 2023\n\n"
     "Foreign Minister Ivan Example met with UN Secretary-General António Guterres in New York on "
     "Thursday. The two discussed the situation in the region.",
     "press_release"),
    # A third-person lead ('delivered a statement at ...') above the speech: a release.
    ("Ambassador Example at the Security Council\n9 March 2023\n\n"
     "On 9 March, Ambassador Ivan Example delivered a statement at the Security Council open debate on "
     "the protection of civilians. The full text is below.\n\nMr. President,\n\nI thank you.",
     "press_release"),
    # A news item: 'paid an official visit', 'attended'.
    ("Minister visits Geneva\n9 March 2023\n\n"
     "The Minister for Foreign Affairs paid an official visit to Geneva on 8-9 March 2023, where she "
     "attended the high-level segment of the Human Rights Council.",
     "press_release"),
    # No heading cue: the opening's 'exercise the right of reply'.
    ("Examplia\n20 June 2023\n\nMr. President,\n\nI take the floor to exercise the right of reply of my delegation.",
     "right_of_reply"),
    # French 'Droit de réponse'.
    ("Droit de réponse de la délégation d'Examplie\n20 juin 2023\n\nMonsieur le Président,\n\nMerci.",
     "right_of_reply"),
    # 'Explanation of vote before the vote'.
    ("Explanation of vote before the vote on draft resolution L.21\n20 June 2023\n\n" + SITE_SPEECH,
     "explanation_of_vote"),
    # 'Explanation of position' on a UPR outcome.
    ("Explanation of position on the outcome of the UPR of Examplia\n20 June 2023\n\n" + SITE_SPEECH,
     "explanation_of_vote"),
    # A 'general statement before action' is a statement, not an explanation of vote.
    ("General statement before action on cluster 1 draft resolutions\nFirst Committee\n20 October 2023\n\n"
     + SITE_SPEECH,
     "statement"),
    # 'Letter from the Permanent Representative ... to the President of the General Assembly'.
    ("Letter from the Permanent Representative of Examplia to the President of the General Assembly\n20 June 2023\n"
     "\nExcellency,\n\nI have the honour to inform you of the candidature of Examplia.",
     "letter"),
    # A letter under a letterhead: 'circulate this letter as an official document'.
    ("Permanent Mission of Examplia to the United Nations\n20 June 2023\n\nExcellency,\n\n"
     "Upon instruction from my Government, I wish to bring to your attention the following. I would be "
     "grateful if you could circulate this letter as an official document of the Security Council.",
     "letter"),
    # A French note verbale: 'présente ses compliments'.
    ("Note verbale\n\n"
     "La Mission permanente de l'Examplie auprès de l'Organisation des Nations Unies présente ses "
     "compliments au Secrétariat.",
     "note_verbale"),
    # A note in the third person from a head of mission, not a mission: 'presents his compliments'.
    ("The Examplian Minister to the Secretary of State\n\n"
     "The chargé d'affaires ad interim of Examplia presents his compliments to the Secretary of State and has the "
     "honor to inclose a copy of the address.",
     "note_verbale"),
    # ... or the older note's 'begs to', its sender in the third person.
    ("The Examplian Chargé (Ivan Example) to the Secretary of State\n\n"
     "In pursuance of instructions from his Government the Examplian Chargé d'Affaires begs to request that fresh "
     "instructions be sent.",
     "note_verbale"),
    # An aide-memoire on a candidature is another kind of document.
    ("Aide-Memoire\nCandidature of Examplia to the Human Rights Council 2024-2026\n\n"
     "Examplia has the honour to present its candidature.",
     "other"),
    # 'MFA Statement on ...': a ministry's statement is a press release.
    ("MFA Statement on the situation in Norland\n20 June 2023\n\n"
     "The Ministry of Foreign Affairs of Examplia expresses deep concern.",
     "press_release"),
    # 'Press statement by the Permanent Mission'.
    ("Press statement by the Permanent Mission of Examplia to the United Nations\n20 June 2023\n\n"
     "The Permanent Mission of Examplia categorically rejects the allegations.",
     "press_release"),
    # A declaration on behalf of the EU: a group's statement.
    ("Declaration by the High Representative on behalf of the EU on the elections in Norland\n20 June 2023\n\n"
     "The European Union takes note of the elections.",
     "joint_statement"),
    # A ministry's news item telling, in the third person, what the State did: sent letters, condemned ...
    ("Media Center / News\nExamplia Sends Two Identical Letters to the Secretary-General\n9 September 2025\n\n"
     "New York / Information Office / 9 September 2025\n\nThe State of Examplia sent two identical letters to the "
     "Secretary-General and the President of the Security Council regarding the attack.\n\nIn the two letters, "
     "the State of Examplia strongly condemned the attack.", "press_release"),
    # ... or the resolution the General Assembly adopted on its initiative.
    ("Press Center > News\nThe General Assembly Adopts Examplia's Resolution on Displaced Persons\n7 June 2023\n\n"
     "On 7 June 2023, the United Nations General Assembly adopted the resolution on displaced persons, initiated "
     "by Examplia.", "press_release"),
    # A site's menu with its links set apart by wide spaces names its sections, not this page's type.
    ("Ministry of Foreign Affairs of Examplia\nHome  About  Ministry  Press Releases  Statements  Missions  Contact\n"
     "Examplia's Right of Reply at the 54th Session of the Human Rights Council\n22 September 2023\n\n"
     "Mr. President,\n\nThe delegation of Examplia takes the floor in exercise of its right of reply.",
     "right_of_reply"),
    # A French heading's 'Intervention', the speaker then says he speaks for a regional group.
    ("Déclarations › Conseil des droits de l'homme\nIntervention de S.E.M. Amadou Exemple, Représentant permanent\n"
     "Genève, 23 juin 2023\n\nMonsieur le Président,\n\nJ'ai l'honneur de prendre la parole au nom du Groupe "
     "africain.", "joint_statement"),
    # ... in Spanish, for the members of a group.
    ("Declaración pronunciada por la Embajadora María Ejemplo, Representante Permanente\nViena, 20 de junio de 2024\n\n"
     "Señor Presidente:\n\nTengo el honor de hablar en nombre de los Estados miembros del Grupo de América Latina y el "
     "Caribe.", "joint_statement"),
    # A State aligning itself with the EU's statement speaks for itself, though the line names the group.
    ("Statement by Examplia at the Human Dimension Conference\nWarsaw, 2 October 2024\nExamplia fully aligns itself "
     "with the statement of the European Union. Allow me to add a few points in our national capacity.\n\n"
     "Thank you, Moderator.\n\nFree and independent media are the lifeblood of democracy.", "statement"),
    # A UN host's meeting summary tells what many said: neither a State's statement nor its release.
    ("UN GENEVA\nHome > News & Media > Meeting Summaries\nMEETING SUMMARY\nHuman Rights Council Holds Interactive "
     "Dialogue with the Special Rapporteur on Examplia\n20 March 2025\n\nPresenting the report, the Special "
     "Rapporteur said that the authorities had continued a campaign of repression.", "other"),
    # A Council president's press conference on the programme of work is a briefing to the press.
    ("UN Web TV\nRuritania on the Programme of Work of the Security Council for May 2024 - Press Conference "
     "(1 May 2024)\n\nThe Permanent Representative said that the presidency would hold an open debate.", "other"),
    # A site's section 'Photo Gallery' in its menu names no page's type.
    ("Embassy of Examplia\nHome\nAbout\nPhoto Gallery\nContacts\nMinister attends the summit\n12 May 2024\n\n"
     "The Minister took part in the summit and met with the Secretary-General.", "press_release"),
    # A government's release dated where it is issued, then where the address was given: the release.
    ("„A strong OSCE for dialogue“\n\nBern, 08.12.2016 - Hamburg, 08.12.2016: Address by Federal Councillor Anna "
     "Exemple at the OSCE Ministerial Council – Check against delivery\n\nMr Chairman\n\nSwitzerland is grateful "
     "to Germany for hosting us here in Hamburg.", "press_release"),
    # One dateline only: the address itself.
    ("Hamburg, 08.12.2016: Address by Federal Councillor Anna Exemple at the OSCE Ministerial Council\n\n"
     "Mr Chairman\n\nSwitzerland is grateful to Germany for hosting us here in Hamburg.", "statement"),
    # A breadcrumb's ancestor section is not the page's: the page is filed under 'Statements'.
    ("Home > Press Releases > Statements\nStatement by Ambassador Ivan Example at the Security Council\n"
     "12 March 2024\n\nMr. President,\n\nI thank you. We welcome the report.", "statement"),
    # ... while a breadcrumb ending on the releases files the page there.
    ("Home > Media > Press Releases\nMinister attends the summit\n12 March 2024\n\nThe Minister will attend "
     "the summit.", "press_release"),
    # A list of the site's other pages is not this page's type.
    ("Statement by Ambassador Ivan Example at the Security Council\n12 March 2024\nRelated press releases\n\n"
     "Mr. President,\n\nI thank you. We welcome the report.", "statement"),
    # An Italian heading's right of reply.
    ("Diritto di replica della delegazione della Repubblica di Esempio\nNew York, 8 ottobre 2024\n\n"
     "Signor Presidente,\n\nla delegazione prende la parola.", "right_of_reply"),
    # A Chinese mission's title: the delegation exercising its right of reply.
    ("中国代表团行使答辩权发言\n2024年9月30日\n\nMr. President,\n\nThe Chinese delegation rejects the remarks.",
     "right_of_reply"),
    # An Arabic heading naming a note verbale of the permanent mission.
    ("مذكرة شفوية من البعثة الدائمة\n\nThe Permanent Mission of Examplia presents its compliments to the "
     "Secretary-General.", "note_verbale"),
    # A Romanian ministry's breadcrumb names its releases; the lead tells what the Minister did.
    ("Acasă > Comunicare > Comunicate de presă\nParticiparea ministrului la dezbaterea Consiliului de Securitate\n"
     "Data publicării: 20.09.2023\n\nMinistrul afacerilor externe a participat la dezbaterea deschisă.",
     "press_release"),
    # A Czech government's 'Tiskové zprávy' (press releases) in its breadcrumb.
    ("Úvod > Média > Tiskové zprávy\nZmocněnkyně vystoupila na zasedání Rady OSN pro lidská práva\n5. 3. 2025\n\n"
     "Zmocněnkyně vystoupila ve středu v rámci interaktivního dialogu.", "press_release"),
    # A Turkish news item telling that the deputy minister spoke at the Council.
    ("Anasayfa > Haberler > Dış Politika\nDışişleri Bakan Yardımcısı Örnek, BM Güvenlik Konseyi'nde konuştu\n"
     "17 Temmuz 2024 Çarşamba 19:45\n\nBakan Yardımcısı Örnek, toplantıya Türkiye adına katıldı.", "press_release"),
    # A Russian speech that reports what the Secretary-General said is still the speaker's: 'we' speaks in it.
    ("Выступление Постоянного представителя на заседании Совета Безопасности\n12 марта 2024\n\nГосподин "
     "Председатель,\n\nМы внимательно выслушали Генерального секретаря, который выступил сегодня.",
     "statement"),
    # A Russian ministry's readout of a meeting ('О встрече ...').
    ("Главная > Пресс-служба > Новости\nО встрече заместителя Министра иностранных дел с Послом\n13 марта 2025 17:20"
     "\n\n13 марта 2025 г. заместитель Министра иностранных дел встретился с Послом.", "press_release"),
    # A passive ('a fact that has been affirmed') tells no one's words: a State's own submission stays itself.
    ("Comments of Examplia on the report of the Independent Expert\n12 September 2020\n\nSince the establishment "
     "of the mandate, Examplia continued to engage with it, a fact that has been affirmed in every report.",
     "statement"),
    # A State's UPR mid-term report is a report, not a statement: 'other', though it tells what was 'noted'.
    ("Countries > Examplia > 4th cycle > Mid-term reports\nExamplia – Voluntary Mid-term Report on the "
     "Implementation of UPR Recommendations\nUploaded: 14/03/2024\n\n1. During its third review, Examplia received "
     "200 recommendations, of which it supported 150 and noted 50.", "other"),
    # ... and so is its national report, under the UN document's title.
    ("A/HRC/WG.6/47/EXA/1\nNational report submitted in accordance with paragraph 5 of the annex to Human Rights "
     "Council resolution 16/21\nExamplia\n\n1. The present report was prepared by the Ministry of Justice.", "other"),
    # The head of delegation presenting the national report at the review speaks: a statement.
    ("Examplia – Presentation of the National Report\nUniversal Periodic Review – 47th session of the Working Group"
     "\nOpening statement by H.E. Mr. Ivan Example, Head of the Delegation\n\nMr. President,\n\nI have the honour "
     "to present our fourth national report.", "statement"),
    # A Russian ministry's news item: a quotation closed, then attributed after a dash ('», – подчеркнул X.').
    ("Главная / Новости\nСостоялась встреча с Постоянным координатором ООН\n14.03.2025\n\nВ ходе встречи стороны "
     "обсудили сотрудничество.\n\n«Примерия видит в ООН ключевого партнёра», – подчеркнул Иван Примеров.",
     "press_release"),
    # ... a French ministry's, the attribution after a comma ('», a souligné X.').
    ("Accueil > Actualités\nEntretien avec le Coordonnateur résident\n14 mars 2025\n\n« La coopération avec les "
     "Nations Unies demeure une priorité », a souligné l'Ambassadeur Jean Exemple.", "press_release"),
    # ... an English one: '"...," the Minister said.'
    ("Examplia at the Human Rights Council\n27 February 2024\n\n\"Human rights are a shared journey,\" the Minister "
     "said.", "press_release"),
    # A Russian speech quoting a predecessor speaks in the first person after its salutation: a statement.
    ("Выступление Постоянного представителя на заседании Совета Безопасности\n12 марта 2024\n\nГосподин "
     "Председатель,\n\n«Мир неделим», – сказал когда-то Максим Литвинов. Мы убеждены в этом.", "statement"),
    # A speech opening with a quotation it attributes, then its own 'we', has no news item's lead.
    ("Statement by Ambassador Ivan Example\n9 March 2023\n\n\"Peace is a process,\" said Dag Hammarskjöld. We "
     "believe this remains true.", "statement"),
    # A State's written submissions to the human rights machinery, under their UN document titles, are no
    # statements: its views on the UPR's recommendations, its replies to a treaty body's list of issues, its
    # periodic report, its follow-up information.
    ("A/HRC/58/9/Add.1\nReport of the Working Group on the Universal Periodic Review\nExamplia\nAddendum\nViews on "
     "conclusions and/or recommendations, voluntary commitments and replies presented by the State under review"
     "\n\n1. Examplia examined the 210 recommendations it received.", "other"),
    ("CCPR/C/EXA/RQ/5\nReplies of Examplia to the list of issues in relation to its fifth periodic report\n\n"
     "1. The Constitution guarantees the equality of all persons.", "other"),
    ("CEDAW/C/EXA/7-8\nCombined seventh and eighth periodic reports submitted by Examplia under article 18 of the "
     "Convention\n\n1. The present report covers the period 2018-2023.", "other"),
    # A UN summary record tells a meeting's speeches in the third person: a record, not a statement or release.
    ("CCPR/C/SR.4123\nHuman Rights Committee\n142nd session\nSummary record of the 4123rd meeting\nHeld at the Palais "
     "Wilson, Geneva, on Tuesday, 15 October 2024, at 10 a.m.\n\nThe meeting was called to order at 10 a.m. Ms. Anna "
     "Example (Examplia) said that her Government had taken note of the Committee's questions.", "other"),
    # ... but the head of delegation presenting the report to the Committee delivers a statement.
    ("Statement by the Head of Delegation of Examplia at the consideration of the fifth periodic report submitted by "
     "Examplia\n12 March 2024\n\nMadam Chair,\n\nIt is an honour to present our report.", "statement"),
    # A Russian ministry's readout: 'состоялась встреча' (a meeting took place), told in the third person.
    ("Главная / Новости\nО встрече с Координатором системы ООН\n14.03.2025\n\nСегодня в Министерстве иностранных дел "
     "состоялась встреча заместителя Министра Ивана Примерова с Координатором системы ООН.", "press_release"),
    # A Russian speech telling of a meeting speaks in its own voice ('мы'): a statement.
    ("Выступление Постоянного представителя\n14 марта 2024\n\nВ прошлом месяце состоялась встреча министров. Мы "
     "приветствуем её итоги.", "statement"),
    # A Russian speech's salutation ('Уважаемый господин Председатель') opens the speech: what follows is no
    # news item's lead, though it tells in the third person that the State took part.
    ("Выступление делегации Примерии на заседании Постоянного совета ОБСЕ\n14 марта 2024\n\nУважаемый господин "
     "Председатель,\n\nПримерия приняла участие в подготовке доклада и поддерживает его выводы.", "statement"),
    # ... and so do a Turkish ('Sayın Başkan'), a Czech ('Vážený pane předsedající') and a Romanian one
    # ('Domnule Președinte').
    ("Türkiye'nin Açıklaması\n14 Mart 2024\n\nSayın Başkan,\n\nTürkiye, Konsey'in çalışmalarına her zaman katıldı.",
     "statement"),
    ("Vystoupení velvyslance Examplie\n14. 3. 2024\n\nVážený pane předsedající,\n\nDelegace Examplie "
     "vystoupila na všech jednáních Rady.", "statement"),
    ("Intervenția Reprezentantului Permanent\n14.03.2024\n\nDomnule Președinte,\n\nRomânia a participat la "
     "toate sesiunile Consiliului.", "statement"),
    # The OSCE's reply 'of the delegation' to another's statement, named without the words 'right of reply'.
    ("Reply of the Delegation of Examplia to the statement of the Russian Federation\nOSCE Permanent Council No. "
     "1450\n\nMr. Chair,\n\nThank you.", "right_of_reply"),
    # A Catalan ministry's press note, and a Catalan and an Arabic lead telling what someone did.
    ("NOTA DE PREMSA\n14/05/2025\n\nLa ministra ha participat avui a la sessió del Comitè de Ministres.",
     "press_release"),
    ("الأخبار\nالمملكة أمام مجلس حقوق الإنسان\n\nأكدت المملكة العربية السعودية أن حماية المدنيين مسؤولية جماعية.",
     "press_release"),
    # A regional council of ministers' joint communiqué records what its meeting agreed: another kind, not a group's
    # statement delivered at a body.
    ("COMUNICADO CONJUNTO\nREUNIÓN ORDINARIA DEL CONSEJO DE MINISTROS DE RELACIONES EXTERIORES DEL SISTEMA DE EJEMPLO\n"
     "\nLos Ministros de Relaciones Exteriores de los Estados miembros, reunidos en la ciudad de Ejemplo,\n\nACUERDAN:"
     "\n\n1. Reafirmar su compromiso con el multilateralismo.", "other"),
    # A declaration of an organisation's member States is the group's.
    ("DECLARACIÓN DE LOS ESTADOS MIEMBROS DEL SISTEMA DE EJEMPLO EN EL DEBATE GENERAL DE LA TERCERA COMISIÓN\n\n"
     "Señor Presidente:\n\nTengo el honor de intervenir en esta ocasión.", "joint_statement"),
    # A wire agency's credit after the release's dateline, and a Dutch release attributing the quotation with 'aldus'.
    ("Accueil » Actualités\nPublié le 6 mars 2025 | Par Webmaster\n\nL'Exemplie réaffirme son attachement au "
     "dialogue\n\nGenève, 5 mars 2025 (APE) – L'Ambassadeur d'Exemplie a réaffirmé, mercredi devant le Conseil des "
     "droits de l'homme, l'attachement constant du Royaume au dialogue et à la coopération.\n\nIntervenant lors du "
     "débat général, le diplomate a souligné que « le dialogue est la voie ».", "press_release"),
    ("Nieuws\nBenelux spreekt met één stem\n\nGenève, 5 maart 2025 – België, Luxemburg en Nederland hebben woensdag "
     "een verklaring afgelegd.\n\n\"Journalisten mogen nooit het doelwit worden,\" aldus ambassadeur Van Voorbeeld.",
     "press_release"),
    # A spokesperson's answers to journalists' questions are given to the press, as an interview is: another kind;
    # the spokesperson's statement is the ministry's release.
    ("Home > Press service > Comments\nAnswer of the Official Spokesperson of the MFA Ivan Example to a media "
     "question regarding the outcome of the Ministerial Council\n6 December 2024 18:05\n\nQuestion: How would you "
     "comment on the results?\n\nAnswer: Our delegation presented our position on the key issues.\n", "other"),
    ("Ana Sayfa > Açıklamalar\nDışişleri Bakanlığı Sözcüsü Ivan Örnek'in Bir Soruya Cevabı\n12 Mart 2025\n\n"
     "Soru: Konseyin kararını nasıl değerlendiriyorsunuz?\n\nCevap: Kararı memnuniyetle karşılıyoruz.\n", "other"),
    ("QA-54, 5 October 2017, Statement of the Spokesperson of the Ministry of Foreign Affairs in response to a "
     "question regarding the recent remarks of a neighbour\n\nThose remarks distort the facts.\n", "press_release"),
])
def test_doc_type_more(text, doc_type):
    assert extract(text, "x.txt", "x").doc_type == doc_type


# -- dates: labels, hours, cited dates ----------------------------------------------

@pytest.mark.parametrize("text, date", [
    # A page's bare date line, then the heading's labelled 'Event date:': the event's.
    ("10 March 2023\nStatement by Ambassador Ivan Example at the Security Council\nEvent date: 9 March 2023\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # 'Date published:' is the site's; the dateline below is the speech's.
    ("Date published: 10 March 2023\nStatement by Ambassador Ivan Example\nGeneva, 9 March 2023\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A weekday in brackets after the date.
    ("Statement by Ambassador Ivan Example\n9 March 2023 (Thursday)\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A meeting's hour in the UN's style ('10:00 a.m.') is not a posting stamp.
    ("Statement by Ambassador Ivan Example at the Security Council\nThursday, 9 March 2023, 10:00 a.m.\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A dateline with its hour ('Geneva, 9 March 2023, 15:00') is not a posting stamp.
    ("Statement by Ambassador Ivan Example\nGeneva, 9 March 2023, 15:00\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # 'March 9 2023' without a comma.
    ("Statement by Ambassador Ivan Example\nMarch 9 2023\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A Roman month: '9.III.2023'.
    ("Statement by Ambassador Ivan Example\n9.III.2023\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A date between a section's name and the body's, split by pipes.
    ("Statements | 9 March 2023 | Security Council\nStatement by Ambassador Ivan Example\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A note verbale's reference and dateline at the top.
    ("Ref: 45/2023\nGeneva, 9 March 2023\n\n"
     "The Permanent Mission of Examplia to the United Nations Office at Geneva presents its "
     "compliments to the Office of the High Commissioner.",
     "2023-03-09"),
    # The session's period in the title, the day of delivery below.
    ("78th session of the General Assembly (5 September 2023 – 10 September 2024)\n"
     "Statement by Ambassador Ivan Example\n9 October 2023\n\n"
     + SITE_SPEECH,
     "2023-10-09"),
    # A resolution's date is not the statement's: no date.
    ("Statement on General Assembly resolution ES-11/1 of 2 March 2022\nAmbassador Ivan Example\n\n"
     + SITE_SPEECH,
     None),
    # A heading naming the meeting 'held on' its date: the statement's.
    ("Statement at the meeting of the Security Council held on 9 March 2023\n\n"
     + SITE_SPEECH,
     "2023-03-09"),
    # A date decades before the heading's own is a date the title cites.
    ("Statement on the 75th anniversary of the Universal Declaration of Human Rights (10 December 1948)\n"
     "11 December 2023\n\n"
     + SITE_SPEECH,
     "2023-12-11"),
    # 'since 7 October 2023' in a title is an event it refers to.
    ("Statement on the situation since 7 October 2023\nHuman Rights Council\n9 November 2023\n\n"
     + SITE_SPEECH,
     "2023-11-09"),
    # A yymmdd code in a title is not read as a date.
    ("230309 - UNSC - Statement by Ambassador Ivan Example\n\n"
     + SITE_SPEECH,
     None),
    # A month and year only is no full date: null (the labels' rule), not the month's first day.
    ("Statement by Ambassador Ivan Example\nMarch 2023\n\n"
     + SITE_SPEECH,
     None),
    # Spanish with a weekday: 'Nueva York, jueves 9 de marzo de 2023'.
    ("Intervención del Embajador Juan Ejemplo\nNueva York, jueves 9 de marzo de 2023\n\nSeñor Presidente:",
     "2023-03-09"),
    # French with a weekday: 'Jeudi 9 mars 2023'.
    ("Intervention de M. Jean Exemple\nJeudi 9 mars 2023\n\nMonsieur le Président,",
     "2023-03-09"),
    # Russian with 'года' and the place after.
    ("Выступление И.И. Примерова\n9 марта 2023 года, Нью-Йорк\n\nГосподин Председатель,",
     "2023-03-09"),
    # German: 'New York, 9. März 2023'.
    ("Rede von Botschafter Max Beispiel\nNew York, 9. März 2023\n\nHerr Präsident,",
     "2023-03-09"),
    # A slashed date whose numbers do not settle the order, and no State known to say which: no date.
    ("Statement by the delegation of Examplia\n09/03/2023\n\n"
     + SITE_SPEECH,
     None),
    # ... read as the page's State writes dates: the day first (most of the world) ...
    ("Permanent Mission of India to the United Nations\nStatement by Ambassador Ravi Example at the UNGA Plenary\n"
     "Date: 05/03/2025\n\n" + SITE_SPEECH, "2025-03-05"),
    # ... the month first on a page of the United States.
    ("United States Mission to the United Nations\nRemarks by Ambassador Linda Example at the UNGA Plenary\n"
     "05/03/2025\n\n" + SITE_SPEECH, "2025-05-03"),
    # A posting label's date is the page's, not the document's: left unread.
    ("Statement by the delegation of Examplia\nDate posted: 09/03/2023\n\n" + SITE_SPEECH, None),
    # A date only in the body's first paragraph is not the document's.
    ("Statement by Ambassador Ivan Example at the Security Council\n\nMr. President,\n\n"
     "Today, 9 March 2023, we mark the anniversary.",
     None),
])
def test_date_on_pages(text, date):
    assert extract(text, "x.txt", "x").date == date


# -- forums named in prose, by session number, by office ------------------------------

@pytest.mark.parametrize("text, forum", [
    # Spanish prose: 'intervenir ante el Consejo de Seguridad'.
    ("Intervención del Embajador Juan Ejemplo\n9 de marzo de 2023\n\nSeñor Presidente,\n\n"
     "Es un honor intervenir ante el Consejo de Seguridad en este debate abierto sobre la protección de civiles.",
     "UN Security Council"),
    # Spanish prose: 'En este 52º período de sesiones del Consejo de Derechos Humanos'.
    ("Intervención de la delegación de Examplia\n\nSeñor Presidente,\n\n"
     "En este 52º período de sesiones del Consejo de Derechos Humanos, nuestra delegación reafirma su compromiso.",
     "UN Human Rights Council"),
    # French prose: 'prendre la parole devant le Conseil de sécurité'.
    ("Intervention de M. Jean Exemple\n9 mars 2023\n\nMonsieur le Président,\n\n"
     "C'est un honneur de prendre la parole devant le Conseil de sécurité aujourd'hui.",
     "UN Security Council"),
    # French prose: 'Lors de cette 52e session du Conseil des droits de l'homme'.
    ("Déclaration de la délégation d'Examplie\n\nMonsieur le Président,\n\n"
     "Lors de cette 52e session du Conseil des droits de l'homme, ma délégation souhaite souligner.",
     "UN Human Rights Council"),
    # The General Assembly's general debate named by its session's number alone.
    ("Statement by H.E. Mr. Ivan Example, Prime Minister of Examplia\nGeneral Debate of the 78th Session\n"
     "22 September 2023\n\nMr. President,\n\nI congratulate you on your election.",
     "UN General Assembly"),
    # The same in words: 'the General Debate of the Seventy-eighth Session'.
    ("Address by the President of Examplia\nat the General Debate of the Seventy-eighth Session\n"
     "New York, 20 September 2023\n\nMr. President,",
     "UN General Assembly"),
    # Congratulating the President 'on your election as President of the General Assembly'.
    ("Statement by the Minister\n22 September 2023\n\nMr. President,\n\n"
     "Allow me to congratulate you on your election as President of the General Assembly at its "
     "seventy-eighth session.",
     "UN General Assembly"),
    # The Council's monthly presidency, and 'convening this briefing'.
    ("Statement by the delegation of Examplia\n9 March 2023\n\nMadam President,\n\n"
     "I congratulate Mozambique on its presidency of the Security Council for this month and thank you "
     "for convening this briefing.",
     "UN Security Council"),
    # 'This Council' with no council named: no forum (a weak cue is left out).
    ("Statement by the delegation of Examplia\nItem 4 General Debate\n21 March 2023\n\nMr. President,\n\n"
     "This Council must not remain silent in the face of grave violations.",
     None),
    # 'This Council' where the opening names one council.
    ("Statement by the delegation of Examplia\nItem 4 General Debate\n21 March 2023\n\nMr. President,\n\n"
     "The Human Rights Council was created to address situations like this. This Council must not remain silent.",
     "UN Human Rights Council"),
    # 'Permanent Council No. 1420' with Vienna.
    ("Statement by Ambassador Ivan Example\nPermanent Council No. 1420\nVienna, 2 March 2023\n\nMr. Chairperson,",
     "OSCE Permanent Council"),
    # 'As delivered ... to the Permanent Council, Vienna'.
    ("Statement on Russia's ongoing aggression against Ukraine\n"
     "As delivered by Ambassador Ivan Example to the Permanent Council, Vienna\n2 March 2023\n\nMr. Chair,",
     "OSCE Permanent Council"),
    # 'Statement to the Forum for Security Co-operation'.
    ("Statement to the Forum for Security Co-operation\nVienna, 8 March 2023\n\nMadam Chairperson,",
     "OSCE Forum for Security Co-operation"),
    # A UPR outcome's adoption at the Council's session.
    ("Adoption of the UPR outcome of Examplia\n52nd session of the Human Rights Council\n30 March 2023\n\n"
     "Mr. President,",
     "UN Human Rights Council"),
    # 'takes the floor at the Conference on Disarmament' in the opening.
    ("Statement by Ambassador Ivan Example\nGeneva, 14 February 2023\n\nMr. President,\n\n"
     "As this is the first time my delegation takes the floor at the Conference on Disarmament this "
     "year, let me congratulate you.",
     "Conference on Disarmament"),
    # A body outside the vocabulary: no forum rather than a wrong one.
    ("Statement at the Committee on the Peaceful Uses of Outer Space\n20 February 2023\n\nMr. Chair,",
     None),
    # The Assembly's special committee, by its name and its short form.
    ("Statement at the Special Committee on Peacekeeping Operations (C-34)\n20 February 2023\n\nMr. Chair,",
     "Special Committee on Peacekeeping Operations"),
    # 'President of the Security Council' in a post; the venue is 'at the General Assembly debate'.
    ("Statement by Ambassador Ivan Example, Permanent Representative of Examplia to the United Nations "
     "and President of the Security Council\nat the General Assembly debate on the veto\n26 April 2023\n\n"
     "Mr. President,",
     "UN General Assembly"),
    # The Third Committee's dialogue with a Council's Special Rapporteur: the General Assembly.
    ("Third Committee: Interactive dialogue with the Special Rapporteur on Examplia\n25 October 2023\n\n"
     "Mr. Chair,",
     "UN General Assembly"),
    # The Commission on the Status of Women's session.
    ("Statement at the 67th session of the Commission on the Status of Women\n7 March 2023\n\nMadam Chair,",
     "Commission on the Status of Women"),
])
def test_forum_on_pages(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


# -- the furniture of real pages: menus, lists of other pages, footers -----------------

SITE_MENU = "Skip to main content\nHome\nAbout us\nNews\nStatements\nPress Releases\nContact\nSearch\n"


@pytest.mark.parametrize("text, forum, doc_type, date", [
    # A site menu and breadcrumb above the heading.
    (SITE_MENU
     + "Home > Statements > Security Council\n\n"
     "Statement by Ambassador Ivan Example at the Security Council open debate on Children and "
     "Armed Conflict\n\n5 July 2023\n\n"
     + SITE_SPEECH,
     "UN Security Council", "statement", "2023-07-05"),
    # A 'Latest news' list of other dated pages above the heading: not this page's date, type or body.
    (SITE_MENU
     + "Latest news\n8 March 2023 – Press release: Minister visits Geneva\n"
     "7 March 2023 – Statement at the Human Rights Council\n\n"
     "Statement by Ambassador Ivan Example at the Conference on Disarmament\n14 March 2023\n\n"
     + SITE_SPEECH,
     "Conference on Disarmament", "statement", "2023-03-14"),
    # Share buttons above a right of reply.
    ("Share on Facebook\nShare on Twitter\nPrint\nEmail\n\n"
     "Right of reply by the delegation of Examplia at the 78th session of the General Assembly\n\n"
     "26 September 2023\n\n"
     + SITE_SPEECH,
     "UN General Assembly", "right_of_reply", "2023-09-26"),
    # A cookie banner above an explanation of vote at an emergency special session.
    ("This website uses cookies to improve your experience. Accept\n\n"
     "Explanation of vote by Examplia on the resolution on Ukraine\n"
     "UN General Assembly, 11th emergency special session\nNew York, 23 February 2023\n\n"
     + SITE_SPEECH,
     "UN General Assembly", "explanation_of_vote", "2023-02-23"),
    # A footer's 'Last modified' stamp is not the date of delivery.
    ("Statement by Ambassador Ivan Example at the Human Rights Council\n\n"
     + SITE_SPEECH
     + "\n\nThank you.\n\n© 2024 Ministry of Foreign Affairs of Examplia\nLast modified: 12 January 2024",
     "UN Human Rights Council", "statement", None),
    # The page title with the site's name, repeated; 'Ministry of Foreign Affairs' on a line of its own.
    ("Statement by Examplia at the OSCE Permanent Council | Ministry of Foreign Affairs\n"
     "Ministry of Foreign Affairs\nStatement by Examplia at the OSCE Permanent Council\n2 March 2023\n\n"
     + SITE_SPEECH,
     "OSCE Permanent Council", "statement", "2023-03-02"),
    # A joint statement with the site's categories and tags.
    ("Joint Statement on the situation of human rights in Norland\n21 March 2023\n"
     "Categories: Human Rights Council, Statements\nTags: Norland, HRC52\n\nMr. President,\n\n"
     "I deliver this statement on behalf of 45 countries.",
     "UN Human Rights Council", "joint_statement", "2023-03-21"),
    # A release reproducing a speech, below a menu.
    (SITE_MENU
     + "\nPress release\n9 March 2023\n"
     "Statement by Foreign Minister Ivan Example at the Human Rights Council high-level segment\n\n"
     "Mr. President,\n\nIt is an honour to address this Council.",
     "UN Human Rights Council", "press_release", "2023-03-09"),
    # A breadcrumb ending in a year above a group's statement.
    ("Home / Media / Statements / 2023\nStatement on behalf of the Nordic countries at the Third Committee\n"
     "10 October 2023\n\n"
     + SITE_SPEECH,
     "UN General Assembly", "joint_statement", "2023-10-10"),
    # 'Related' links with their own dates below the text.
    ("Statement by Ambassador Ivan Example at the Security Council\n9 March 2023\n\n"
     + SITE_SPEECH
     + "\n\nRelated\nRight of reply at the Security Council, 2 March 2023\n"
     "Press release: Examplia elected, 1 March 2023",
     "UN Security Council", "statement", "2023-03-09"),
])
def test_page_furniture(text, forum, doc_type, date):
    found = extract(text, "x.txt", "x")
    assert (found.forum, found.doc_type, found.date) == (forum, doc_type, date)


# -- a State speaking of itself is not a news item ---------------------------------------

@pytest.mark.parametrize("text, doc_type", [
    # A statement in the third person with the present perfect: the State's own record, not a report.
    ("Statement by the delegation of Examplia\nSecurity Council open debate on Women, Peace and Security\n"
     "25 October 2023\n\nExamplia welcomes the convening of this debate. Examplia has consistently stressed the "
     "importance of the full participation of women in peace processes.", "statement"),
    # An explanation of vote in the third person: 'has always called for'.
    ("Explanation of vote by Examplia on resolution 78/12\n1 November 2023\n\nExamplia voted in favour of the "
     "resolution. Examplia has always called for an end to the embargo.", "explanation_of_vote"),
    # A news item tells in the past: 'Ambassador X stressed ... at the open debate'.
    ("Examplia at the Security Council\n25 October 2023\n\nAmbassador Ivan Example stressed the importance of the "
     "full participation of women in peace processes at the open debate on Women, Peace and Security.",
     "press_release"),
    # A place named 'Notre Dame' is no French 'notre' ('our'): the news item stays one.
    ("Examplia at the University of Notre Dame\n12 April 2024\n\nAmbassador Ivan Example stressed the role of "
     "universities in preventive diplomacy at a lecture at the University of Notre Dame.", "press_release"),
])
def test_third_person_speech_or_news(text, doc_type):
    assert extract(text, "x.txt", "x").doc_type == doc_type


# -- more bodies: agenda items of the Assembly, Vienna and Geneva commissions ---------------

OPENING = "\n\nMr. President,\n\nI thank you."


@pytest.mark.parametrize("text, forum", [
    # The General Assembly's joint debate on the Council's report and its membership.
    ("Joint debate on the Report of the Security Council and the Question of equitable "
     "representation on and increase in the membership of the Security Council\n"
     "Statement by Ambassador Ivan Example\n16 November 2023" + OPENING,
     "UN General Assembly"),
    # 'UNGA debate on the use of the veto'.
    ("UNGA debate on the use of the veto\nStatement by Examplia\n26 April 2023" + OPENING,
     "UN General Assembly"),
    # The Council's open debate on its own working methods.
    ("Security Council open debate on working methods\nStatement by Examplia\n27 February 2023" + OPENING,
     "UN Security Council"),
    # A Council committee's chair briefing: the Council.
    ("Briefing by the Chair of the Security Council Committee pursuant to resolutions 1267 (1999), "
     "1989 (2011) and 2253 (2015)\n9 March 2023" + OPENING,
     "UN Security Council"),
    # The Commission on Narcotic Drugs, in Vienna.
    ("Statement by Examplia at the 66th session of the Commission on Narcotic Drugs\nVienna, 13 March 2023" + OPENING,
     "Commission on Narcotic Drugs"),
    # The Commission on Crime Prevention and Criminal Justice.
    ("Statement at the 32nd session of the Commission on Crime Prevention and Criminal Justice\n"
     "Vienna, 22 May 2023" + OPENING,
     "Commission on Crime Prevention and Criminal Justice"),
    # The World Health Assembly.
    ("Statement by the Minister of Health at the Seventy-sixth World Health Assembly\nGeneva, 22 May 2023" + OPENING,
     "World Health Assembly"),
    # The Human Rights Committee (a treaty body) is not the Human Rights Council.
    ("Statement by the delegation of Examplia before the Human Rights Committee\n"
     "Review of the fifth periodic report\n9 March 2023" + OPENING,
     None),
    # An interactive dialogue with a Special Rapporteur, the Council on its own line.
    ("Statement at the interactive dialogue with the Special Rapporteur on the right to privacy\n"
     "Human Rights Council\n9 March 2023" + OPENING,
     "UN Human Rights Council"),
    # The Council's report as a General Assembly agenda item, in plenary.
    ("Agenda item 65: Report of the Human Rights Council\nGeneral Assembly plenary\n3 November 2023" + OPENING,
     "UN General Assembly"),
    # An explanation of vote on a sanctions regime, the Council on its own line.
    ("Explanation of vote on the renewal of the 2745 sanctions regime\nSecurity Council\n30 May 2023" + OPENING,
     "UN Security Council"),
])
def test_more_bodies(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


# -- replies and votes named in other words -------------------------------------------------

@pytest.mark.parametrize("header, doc_type", [
    # An OSCE reply headed by the State it answers.
    ("Response to the statement by the Russian Federation on the war\n2 March 2023", "right_of_reply"),
    # Replying to several statements of one State.
    ("Response to the statements by Azerbaijan\n2 March 2023", "right_of_reply"),
    # A statement answering an official's is no right of reply.
    ("Reply to the statement by the Secretary-General on Ukraine\n2 March 2023", "statement"),
    # 'following adoption' without an article.
    ("Statement following adoption of resolution 2719\n2 March 2023", "explanation_of_vote"),
])
def test_reply_and_vote_words(header, doc_type):
    assert extract(header + "\n\nMr. Chair,\n\nWe thank you.", "x.txt", "x").doc_type == doc_type


# -- short names of bodies in page titles ---------------------------------------------------

@pytest.mark.parametrize("title, forum", [
    # An acronym joined to the session's number by a hyphen.
    ("HRC-52: Item 4 General Debate", "UN Human Rights Council"),
    ("UNGA-78 Third Committee", "UN General Assembly"),
    # 'UNHRC', the press's name for the Council.
    ("Statement at the UNHRC 52nd session", "UN Human Rights Council"),
    # 'CD' with a dash before its plenary.
    ("CD – Plenary Meeting", "Conference on Disarmament"),
    # 'GA Plenary', and a Main Committee abbreviated 'Cttee'.
    ("GA Plenary: Agenda item 9", "UN General Assembly"),
    ("First Cttee General Debate", "UN General Assembly"),
    # The IAEA's Board by its short names.
    ("IAEA BoG", "IAEA Board of Governors"),
    ("Statement to the IAEA Board", "IAEA Board of Governors"),
    # 'OSCE PC'.
    ("OSCE PC", "OSCE Permanent Council"),
])
def test_short_names_of_bodies(title, forum):
    assert extract(title + "\n9 March 2023\n\nMr. President,\n\nWe thank you.", "x.txt", "x").forum == forum


# -- news items in the sites' languages; the Council's open debate and the climate COPs by number ----------------

LEAD_END = " The meeting went on with the other delegations.\n\nFurther information on the ministry's site."


@pytest.mark.parametrize("text, doc_type", [
    # German: 'nahm am ... teil' (a date's '26.' cuts the sentence there).
    ("Staatsministerin beim Menschenrechtsrat\n26.02.2025\n\nStaatsministerin Anna Beispiel nahm am 26. Februar am "
     "hochrangigen Segment des Menschenrechtsrats in Genf teil." + LEAD_END, "press_release"),
    # Italian: 'è intervenuto'.
    ("Il Sottosegretario al Consiglio di Sicurezza\n12 marzo 2025\n\nIl Sottosegretario Marco Esempio è intervenuto "
     "oggi al dibattito aperto del Consiglio di Sicurezza." + LEAD_END, "press_release"),
    # Polish: 'wziął udział'.
    ("Wiceminister na forum Rady Praw Człowieka\n25.02.2025\n\nWiceminister Jan Przykład wziął udział w segmencie "
     "wysokiego szczebla sesji Rady Praw Człowieka ONZ." + LEAD_END, "press_release"),
    # Ukrainian: 'взяв участь'.
    ("Заступник Міністра в Раді Безпеки ООН\n12.03.2025\n\nЗаступник Міністра Іван Приклад взяв участь у відкритих "
     "дебатах Ради Безпеки ООН." + LEAD_END, "press_release"),
    # French: 'est intervenu'.
    ("Le ministre au Conseil des droits de l'homme\n25 février 2025\n\nLe ministre Jean Exemple est intervenu lors "
     "du segment de haut niveau du Conseil des droits de l'homme." + LEAD_END, "press_release"),
    # Indonesian: 'menyampaikan pernyataan'.
    ("Wamenlu di Dewan HAM PBB\n25 Februari 2025\n\nWakil Menteri Luar Negeri Budi Contoh menyampaikan pernyataan "
     "pada segmen tingkat tinggi Dewan HAM PBB." + LEAD_END, "press_release"),
    # An Italian speech says 'nostro': the speaker talks, though a verb of the news items stands in it.
    ("Intervento dell'Italia al Consiglio di Sicurezza\n12 marzo 2025\n\nIl nostro Paese ha partecipato con "
     "convinzione a tutte le missioni di pace." + LEAD_END, "statement"),
    # An Indonesian speech says 'kami'.
    ("Pernyataan Indonesia pada Dewan HAM PBB\n25 Februari 2025\n\nKami menghadiri sidang ini dengan harapan besar "
     "bagi perdamaian." + LEAD_END, "statement"),
    # Romanian 'noi' is 'new' as well as 'we': a release on new measures stays a release.
    ("Ministrul afacerilor externe la Consiliul de Securitate\n12 martie 2025\n\nMinistrul a participat la "
     "dezbaterea deschisă și a prezentat noi măsuri de sprijin." + LEAD_END, "press_release"),
])
def test_news_items_in_the_sites_languages(text, doc_type):
    assert extract(text, "x.txt", "x").doc_type == doc_type


# A ministry's page in its own language: the release's label above the title, or the lead in the perfect tense.
MINISTRY_PAGE = "Ministry of Foreign Affairs\n\n"


@pytest.mark.parametrize("text", [
    # The release's own label in German, Dutch, Italian, Polish, Swedish and Greek.
    MINISTRY_PAGE + "Pressemitteilung\n12.03.2025\nStaatssekretär im Sicherheitsrat\n\nDie Lage in der Ukraine "
    "stand heute auf der Tagesordnung des Sicherheitsrats.",
    MINISTRY_PAGE + "Persbericht | 12-03-2025\nMinister in de Veiligheidsraad\n\nDe Veiligheidsraad sprak over "
    "Oekraïne.",
    MINISTRY_PAGE + "Comunicato stampa\n12/03/2025\nIl Sottosegretario al Consiglio di Sicurezza\n\nIl Consiglio ha "
    "discusso della situazione in Ucraina.",
    MINISTRY_PAGE + "Komunikat prasowy\n12.03.2025\nWiceminister w Radzie Bezpieczeństwa\n\nRada Bezpieczeństwa "
    "omówiła sytuację na Ukrainie.",
    MINISTRY_PAGE + "Pressmeddelande 12 mars 2025\nStatssekreteraren i säkerhetsrådet\n\nSäkerhetsrådet diskuterade "
    "Ukraina.",
    MINISTRY_PAGE + "Δελτίο Τύπου\n12.03.2025\nΟ Υφυπουργός στο Συμβούλιο Ασφαλείας\n\nΤο Συμβούλιο συζήτησε την "
    "κατάσταση.",
    # A German lead in the perfect, the quotation closed by German's „...“ and attributed ('sagte er').
    MINISTRY_PAGE + "Im VN-Sicherheitsrat\n12.03.2025\n\nStaatssekretär Thomas Beispiel hat heute im "
    "VN-Sicherheitsrat in New York gesprochen.\n\nIn seiner Rede ging es um den Schutz der Zivilbevölkerung.",
    MINISTRY_PAGE + "Im VN-Sicherheitsrat\n12.03.2025\n\n„Wir stehen an der Seite der Ukraine“, sagte "
    "Staatssekretär Thomas Beispiel in New York.\n\nDer Rat tagte zum dritten Mal in diesem Monat.",
    # Dutch in the perfect; English with the day between the verb and the meeting ('spoke today at').
    MINISTRY_PAGE + "Minister in de Veiligheidsraad\n12-03-2025\n\nMinister Jan Voorbeeld heeft vandaag de "
    "VN-Veiligheidsraad in New York toegesproken.\n\nHet debat ging over Oekraïne.",
    MINISTRY_PAGE + "Minister at the Security Council\n12.03.2025\n\nForeign Minister Anna Example spoke today at "
    "the Security Council open debate on the protection of civilians.\n\nThe debate was chaired by Denmark.",
])
def test_a_ministry_release_in_its_own_language(text):
    assert extract(text, "x.txt", "x").doc_type == "press_release"


@pytest.mark.parametrize("text", [
    # The same verbs in a speech: the speaker's own voice ('wir', 'onze' is not one: 'wij') keeps it a statement.
    "Rede im VN-Sicherheitsrat\n12.03.2025\n\nHerr Präsident,\n\nwir haben heute im Rat über die Ukraine "
    "gesprochen, und wir werden weiter sprechen.",
    "Toespraak in de Veiligheidsraad\n12-03-2025\n\nVoorzitter,\n\nWij hebben vandaag gesproken over Oekraïne; "
    "Nederland heeft altijd deelgenomen aan dit debat.",
    # A speech quoting a German writer keeps its own voice.
    "Statement at the Security Council\n12 March 2025\n\nMr. President,\n\nWe recall the words „Nie wieder“, "
    "sagte ein Überlebender, and we repeat them today.",
])
def test_a_speech_with_those_verbs_stays_a_statement(text):
    assert extract(text, "x.txt", "x").doc_type == "statement"


@pytest.mark.parametrize("text, forum", [
    # An open debate named with no body is the Security Council's.
    ("Open Debate on Women, Peace and Security\nStatement by Ambassador Ivan Example\n24 October 2024" + OPENING,
     "UN Security Council"),
    # In Spanish.
    ("Debate abierto sobre niños y conflictos armados\nIntervención del Embajador Juan Ejemplo\n"
     "26 de junio de 2025" + OPENING, "UN Security Council"),
    # A body named beats the open debate: the General Assembly's own debate stays the Assembly's.
    ("General Assembly debate on the use of the veto\nStatement by Examplia\n26 April 2023" + OPENING,
     "UN General Assembly"),
    # The climate COPs are numbered past the others' (CBD and UNCCD COPs stop in the teens): COP29 is the UNFCCC's.
    ("COP29 High-Level Segment\nNational Statement by H.E. the Vice-President\nBaku, 20 November 2024" + OPENING,
     "UNFCCC Conference of the Parties"),
    # A high-level meeting on a subject, no body named, is the General Assembly's ...
    ("High-Level Meeting on Antimicrobial Resistance\nStatement by the Minister of Health\n26 September 2024" + OPENING,
     "UN General Assembly"),
    # ... but a body named is the meeting's own.
    ("Human Rights Council high-level meeting on the Universal Declaration\nStatement by Examplia\n10 December 2023"
     + OPENING, "UN Human Rights Council"),
    # An open debate's subject may name another body: the debate is the Council's.
    ("Open debate on Peacebuilding and Sustaining Peace: the role of the Peacebuilding Commission\nStatement by "
     "Ambassador Ivan Example\n12 March 2025" + OPENING, "UN Security Council"),
    # Another treaty's COP by its number is not the climate one's.
    ("COP-26 of the Vienna Convention for the Protection of the Ozone Layer\nStatement by Examplia\n12 March 2025"
     + OPENING, None),
    # A COP in the teens names no convention: left unread.
    ("COP16 High-Level Segment\nNational Statement by the Minister of Environment\n29 October 2024" + OPENING, None),
])
def test_open_debate_and_numbered_cops(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


@pytest.mark.parametrize("text, forum", [
    # A note's site gives banner, menu and letterhead as one block above it: the note's own paragraph is read.
    ("Permanent Mission of Examplia to the United Nations\n"
     "HOME   ABOUT   THE MISSION   STATEMENTS   NEWS   CONTACT US\n"
     "You are here: Home / News / Notes\nPosted by Examplia Mission | 14 Feb 2025 | News, Notes Verbales\n"
     "Tweet   Share   Email\n\nNote verbale to the Office of Legal Affairs\n\n"
     "The Permanent Mission of Examplia to the United Nations presents its compliments to the Secretary-General of "
     "the United Nations and has the honour to inform him that the Government of Examplia has decided to present "
     "the candidature of Mr. Ivan Example for election at the elections to be held during the eighty-first session "
     "of the General Assembly.", "UN General Assembly"),
    # A letter citing a resolution by its body ('rezolucijom Generalne skupštine 78/282') is not sent to that body.
    ("Pismo generalnom sekretaru UN-a\nDatum: 03.07.2025\n\nSarajevo, 2. jula 2025. godine\n\nVaša Ekselencijo,\n\n"
     "Obraćam Vam se povodom Međunarodnog dana sjećanja, ustanovljenog rezolucijom Generalne skupštine 78/282, i "
     "želim Vam zahvaliti na kontinuiranoj podršci Ujedinjenih naroda u procesu suočavanja s prošlošću i na radu "
     "Mehanizma.\n\nMolim Vas da primite izraze mog najdubljeg poštovanja.", None),
    # ... nor one citing 'la résolution 78/282 de l'Assemblée générale'.
    ("Lettre au Secrétaire général\n3 juillet 2025\n\nMonsieur le Secrétaire général,\n\nJ'ai l'honneur de me "
     "référer à la résolution 78/282 de l'Assemblée générale et de vous faire part de la position de mon "
     "gouvernement sur la commémoration de cette année et sur les efforts de réconciliation qui se poursuivent.\n\n"
     "Veuillez agréer les assurances de ma très haute considération.", None),
])
def test_the_body_a_formal_note_goes_to(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


# A ministry's news page as it is copied: the site's menu and trail, the page's date or stamp, the title, the lead.
NEWS_PAGE = "Skip to main content\nMinistry of Foreign Affairs\nMenu\nHome > News > 2025\n"


@pytest.mark.parametrize("text, date", [
    # A news item's lead names its day with the weekday, a day before the page's date line (Danish).
    (NEWS_PAGE + "Nyhed\n12.03.2025\nMinisteren i FN's Sikkerhedsråd: Civile skal beskyttes\nUdenrigsminister Anna "
     "Eksempel deltog tirsdag den 11. marts 2025 i et åbent møde i FN's Sikkerhedsråd i New York om beskyttelse af "
     "civile. Mødet fandt sted under højniveauugen.\n\"Rådet har et ansvar,\" sagde ministeren.", "2025-03-11"),
    # The same under a posting stamp with its hour (Spanish: 'este lunes').
    (NEWS_PAGE + "El país reafirma en Ginebra su compromiso con los derechos humanos\n12 marzo 2025 | 4:15 pm\n"
     "GINEBRA, Suiza.- La viceministra Ana Ejemplo reafirmó este lunes 10 de marzo de 2025 el compromiso del país con "
     "los derechos humanos, durante su intervención en el Consejo.\n\"Cumplimos\", expresó la viceministra.",
     "2025-03-10"),
    # A weekday and a day without a year: the page's date stands.
    (NEWS_PAGE + "News\n12.03.2025\nMinister meets partners at the Council\nThe Minister met his counterparts "
     "yesterday, Tuesday 11 March, on the margins of the Security Council debate on civilians in armed conflict.\n"
     "\"We must act now,\" the Minister said.", "2025-03-12"),
    # A Russian dateline: the city in Cyrillic capitals, the date with 'года', under the page's date line.
    (NEWS_PAGE + "24.10.2025\nПостоянный представитель выступил в ОБСЕ\nПоделиться: VK  Telegram\n"
     "Вена, 23 октября 2025 года. Сегодня "
     "в штаб-квартире Организации по безопасности и сотрудничеству в Европе состоялось очередное заседание "
     "Постоянного совета ОБСЕ, в ходе которого с информацией о деятельности Центра выступил его руководитель.\nВ своем "
     "выступлении он поблагодарил Центр.", "2025-10-23"),
    # An interview dated only by the site's posting stamp: the stamp dates it.
    (NEWS_PAGE + "24/09/2025 - 18:30\nInterview of the Prime Minister with Example Television\nJournalist: Thank "
     "you for joining us. What has the Council seat given you?\nPrime Minister: A voice at the table.", "2025-09-24"),
    # A long lead saying the meeting was held two days before the page's date: the meeting's day.
    (NEWS_PAGE + "Nov 19, 2025 | News | Staff\nShare  Facebook  Twitter\n\nExamplia called for a genuine and "
     "comprehensive reform of the Security Council that would redress the historical injustice done to the region, "
     "in a statement delivered at the annual debate of the General Assembly on the question of equitable "
     "representation on and increase in the membership of the Security Council, held on 17 November 2025 at the UN "
     "Headquarters in New York.\n\nIn the statement, the Ambassador said that", "2025-11-17"),
    # ... and with the place between: 'held in Luxembourg on 14 May 2025' under the page's 'Published on' two days on.
    (NEWS_PAGE + "Examplia at the 134th Session of the Committee of Ministers in Luxembourg\nPublished on 16/05/2025\n"
     "Print | Share\nMrs Ana Example, Minister for External Relations, led the delegation of Examplia to the 134th "
     "Session of the Committee of Ministers of the Council of Europe, held in Luxembourg on 14 May 2025 at the close "
     "of the Chairmanship.\n\nIn her statement, the Minister said that", "2025-05-14"),
    # A lead's weekday in Slovak and in Polish before the day it tells, under a later page date.
    (NEWS_PAGE + "23.09.2024\nPríhovor prezidenta na Samite budúcnosti\n\nPrezident Marián Príklad vystúpil v nedeľu "
     "22. septembra 2024 v sídle OSN v New Yorku na Samite budúcnosti, ktorý zvolal generálny tajomník OSN v rámci "
     "Valného zhromaždenia, a vyzval na reformu Bezpečnostnej rady a na posilnenie medzinárodného práva.\n\n"
     "Vážený pán predseda,", "2024-09-22"),
    (NEWS_PAGE + "12.03.2025\nWiceminister w Radzie Bezpieczeństwa\n\nWiceminister Jan Przykład wziął udział we "
     "wtorek 11 marca 2025 r. w debacie Rady Bezpieczeństwa ONZ poświęconej ochronie ludności cywilnej w konfliktach "
     "zbrojnych, podkreślając potrzebę rozliczenia sprawców zbrodni i wsparcia dla Ukrainy.\n\nW swoim wystąpieniu",
     "2025-03-11"),
    # ... not a meeting held three weeks before: the page's date stands.
    (NEWS_PAGE + "Nov 19, 2025 | News | Staff\nShare  Facebook  Twitter\n\nExamplia called today for a genuine and "
     "comprehensive reform of the Security Council that would redress the historical injustice done to the region, "
     "recalling the commitments all delegations made in the annual debate of the General Assembly on the question "
     "of equitable representation, held on 28 October 2025 at the UN Headquarters in New York.\n\nThe "
     "Ambassador said that", "2025-11-19"),
])
def test_news_item_told_day_and_interview_stamp(text, date):
    assert extract(text, "x.txt", "x").date == date


@pytest.mark.parametrize("text, date", [
    # A broadcaster's item dated only by its stamp, its second paragraph telling the stamp's weekday: that day.
    (NEWS_PAGE + "CBC News | February 13, 2024 at 6:42 pm\nShare: Facebook | X\n\nPM calls on Security Council to "
     "treat climate as a threat to peace\n\nNEW YORK – The Prime Minister of Examplia, Marcia Example, has told the "
     "United Nations Security Council that the climate crisis must be treated as a threat to peace.\n\nSpeaking on "
     "Tuesday at the Council's high-level open debate, the Prime Minister said that small island states could not "
     "wait.\n", "2024-02-13"),
    # ... not a speech's 'today' after its salutation, on a page citing another day: the stamp stays a suggestion.
    ("Permanent Mission of Examplia to the OSCE\nStatements > Permanent Council\nStatement at the Forum for Security "
     "Co-operation\nPosted: 18/05/2022 | Category: Forum for Security Co-operation\n\nDelivered by Mr. Ivan Example, "
     "Military Adviser\n\nMadam Chairperson,\nExamplia thanks the FSC Chairmanship for placing small arms on the "
     "agenda of today's Security Dialogue.\nThe explosion of 15 March 2008 taught us why stockpiles matter.\n", None),
])
def test_a_stamp_dates_the_news_its_lead_tells_on_that_day(text, date):
    assert extract(text, "x.txt", "x").date == date


@pytest.mark.parametrize("exchange, doc_type", [
    # A newspaper's interview: the reporter's initials ask twice, the interviewee's answer.
    ("TED: Ambassador, what is the review?\n\nTRE: A peer review of every member State.\n\nTED: What has changed "
     "since 2016?\n\nTRE: A great deal.\n", "other"),
    # ... not a statement quoting one delegation's question once.
    ("We recall the question the delegation put last year.\n\nUSA: Will the Council act?\n\nEU: We hope so.\n\n"
     "We thank you.\n", "statement"),
])
def test_an_interview_tagged_by_initials(exchange, doc_type):
    text = ("The Examplia Herald\nHome | News | Features\n\n'Examplia ready for UPR scrutiny'\n\n14 Jan, 2022\n\n"
            "Examplia will present its national report under the Universal Periodic Review later this month. Our "
            "reporter spoke to the Permanent Representative on the preparations.\n\n" + exchange)
    assert extract(text, "x.txt", "x").doc_type == doc_type


@pytest.mark.parametrize("text, location", [
    # A release's dateline: the city without its stop, the State, then the weekday before a month written first.
    (NEWS_PAGE + "Minister addresses the General Assembly\nPosted: Tuesday, 30 September 2025 | GIS\n"
     "ST GEORGE'S, EXAMPLIA, Monday, September 29, 2025 – The Minister for Foreign Affairs has called on the "
     "international community to move from pledges to delivery on climate finance in the general debate.",
     "St. George's"),
])
def test_dateline_weekday_before_month(text, location):
    assert extract(text, "x.txt", "x").location == location


@pytest.mark.parametrize("text, date", [
    # The heading's first date is the day the page was written up; the body's dateline a day before is the day the
    # statement was delivered: a page is never posted before the speech it carries.
    ("Statement at the Security Council open debate on the protection of civilians, 12 March 2025\n"
     "Ambassador Ivan Example\n\nNew York, 11 March 2025\n\nMr. President,\n\nI thank you.", "2025-03-11"),
    # Two dates in the heading a few days apart: the earlier.
    ("Examplia at the Human Rights Council\n14 March 2025\nInteractive dialogue of 10 March 2025 with the Special "
     "Rapporteur\n\nMr. President,\n\nI thank you.", "2025-03-10"),
    # A release's own dateline is its date, though its lead tells a speech of the day before.
    ("Comunicado de imprensa\nMaputo, 26.09.2025\nMinistra intervém no Debate Geral\nA Ministra discursou ontem, "
     "25 de Setembro de 2025, no Debate Geral da Assembleia Geral.\n\nSenhor Presidente,", "2025-09-26"),
    # ... also with the Russian word for the year after the date.
    ("Пресс-релиз\nДушанбе, 23 марта 2025 г.\nМинистр выступил 22 марта 2025 года на пленарном заседании "
     "Генеральной Ассамблеи ООН.\n\nУважаемый господин Председатель!", "2025-03-23"),
    # A date more than a week earlier is an event the heading cites, not the day of delivery.
    ("Statement on the anniversary of the resolution of 1 March 2025\n20 March 2025\n\nMr. President,\n\nI thank "
     "you.", "2025-03-20"),
])
def test_the_earliest_of_a_headings_close_days(text, date):
    assert extract(text, "x.txt", "x").date == date


@pytest.mark.parametrize("text, doc_type", [
    # A British-style release quotes in single marks: the minister's 'we' inside them is no first person of the page.
    ("News\n12 March 2025\nForeign Secretary calls for a ceasefire at the UN\n\nThe Foreign Secretary spoke at the "
     "Security Council today. ‘We will not stand by while civilians suffer,’ he said. ‘Our support for the people "
     "of Sudan is unwavering.’\n\nThe funding was announced this year.\n\nMore", "press_release"),
    # ... with an apostrophe inside the quotation ('don’t'), which does not close it.
    ("News\n12 March 2025\nMinister at the Human Rights Council\n\nThe Minister addressed the Council on Monday. "
     "‘We don’t accept impunity,’ she said.\n\nMore", "press_release"),
    # A speech's own 'we' outside any quotation keeps it a speech.
    ("Statement at the Security Council\n12 March 2025\n\nThe Foreign Secretary spoke at the Council. We will not "
     "stand by while civilians suffer.\n\nMore", "statement"),
])
def test_single_quotation_marks(text, doc_type):
    assert extract(text, "x.txt", "x").doc_type == doc_type


@pytest.mark.parametrize("text, doc_type, forum", [
    # An article written for a newspaper is no speech delivered to a body: 'other', and the body it argues about is
    # its subject, not its venue.
    ("Opinion\n12 March 2025\nWhy the Security Council must act on Sudan\nBy Foreign Minister Anna Example\n\nThis "
     "article was first published in The Daily Example.\n\nThe war in Sudan has entered its third year.",
     "other", None),
    ("Article by the Minister of Foreign Affairs, Ivan Example, published in Le Monde\n12 March 2025\n\nThe war in "
     "Sudan has entered its third year.", "other", None),
    # A Q&A is an interview.
    ("Q&A with Ambassador Ivan Example on the Human Rights Council\n12 March 2025\n\nQ: What are your priorities?\n"
     "A: Our priorities are clear.", "other", None),
    # A ministry's communiqué in English, as 'Communiqué du ministère' in French, is a release.
    ("Communiqué of the Ministry of Foreign Affairs\n12 March 2025\n\nThe Ministry of Foreign Affairs of Examplia "
     "welcomes the adoption of resolution 2780.", "press_release", None),
    # A ministry speaking in the present tense in its own lead ('The Ministry ... condemns') issues a release.
    ("Examplia condemns the attack on the convoy\n3 April 2025\n\nThe Ministry of Foreign Affairs of Examplia "
     "strongly condemns the attack on the humanitarian convoy.\n\nMore", "press_release", None),
    # A delegation's statement naming its Government in the third person stays a statement.
    ("Statement by the delegation of Examplia\nSecurity Council open debate\n3 April 2025\n\nThe Government of "
     "Examplia welcomes the convening of this debate.\n\nMore", "statement", "UN Security Council"),
])
def test_articles_q_and_a_and_a_ministrys_own_words(text, doc_type, forum):
    record = extract(text, "x.txt", "x")
    assert (record.doc_type, record.forum) == (doc_type, forum)


@pytest.mark.parametrize("text, forum", [
    # A Main Committee with its subject after 'on' is the Assembly's, not the treaty body the subject's words name.
    ("News\n25 September 2025\nExamplia at the UN\n\nThe Deputy Permanent Representative delivered a statement in "
     "the Third Committee on the rights of the child.\n\nMore", "UN General Assembly"),
    # 'the UN General Debate' is the Assembly's general debate.
    ("News\n25 September 2025\nPrime Minister speaks at the UN\n\nThe Prime Minister spoke at the UN General Debate "
     "today, calling for peace.\n\nMore", "UN General Assembly"),
])
def test_the_assemblys_committees_and_debate_in_a_lead(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


# -- a group spoken for in Spanish and French; bodies, States and interviews in the sites' languages -------------

SPANISH_SPEECH = "\nNueva York, 9 de diciembre de 2015\n\nSeñor Presidente:\n\n"
FRENCH_SPEECH = "\nGenève, 9 mars 2025\n\nMonsieur le Président,\n\n"


@pytest.mark.parametrize("text, doc_type", [
    # The heading's speaker line speaks for a group: 'en nombre del Grupo de Amigos ...'.
    ("Intervención del Embajador Juan Ejemplo, Representante Permanente de España, en nombre del Grupo de Amigos de "
     "la Alianza de Civilizaciones" + SPANISH_SPEECH + "Gracias.", "joint_statement"),
    # The speaker says so in the first sentence, in Spanish and in French.
    ("Intervención de Guatemala" + SPANISH_SPEECH + "Tengo el honor de intervenir en nombre del Grupo de Estados de "
     "América Latina y el Caribe.", "joint_statement"),
    ("Déclaration du Maroc" + FRENCH_SPEECH + "J'ai l'honneur de prendre la parole au nom du Groupe arabe.",
     "joint_statement"),
    ("Déclaration conjointe" + FRENCH_SPEECH + "J'ai l'honneur de prendre la parole au nom d'un groupe de 45 pays.",
     "joint_statement"),
    # A State joining a group's statement speaks for itself.
    ("Intervención del Ecuador" + SPANISH_SPEECH + "El Ecuador se adhiere a la declaración pronunciada por la "
     "delegación del Perú en nombre del Grupo de América Latina y el Caribe y desea formular comentarios a título "
     "nacional.", "statement"),
    ("Déclaration de la France" + FRENCH_SPEECH + "La France s'associe à la déclaration faite au nom de l'Union "
     "européenne et souhaite ajouter quelques remarques.", "statement"),
    # Speaking for one's own country, or one's Government, is no group.
    ("Intervención de Chile" + SPANISH_SPEECH + "Tengo el honor de intervenir en nombre de mi país.", "statement"),
    ("Déclaration du Maroc" + FRENCH_SPEECH + "J'ai l'honneur de prendre la parole au nom de mon pays.", "statement"),
    ("Intervención en nombre del Gobierno de Chile" + SPANISH_SPEECH + "Gracias.", "statement"),
    # An interview labelled by its kind alone ('ENTRETIEN') or in Slovak ('Rozhovor ...').
    ("Actualités › Entretiens\nPublié le 14 mars 2025\n\nENTRETIEN\nX : « Le Tchad a toute sa place au Conseil »\n\n"
     "Le Secrétaire général revient sur la candidature.", "other"),
    ("Domov > Rozhovory\n27.09.2024\nRozhovor prezidenta pre denník Pravda: OSN potrebuje reformu\n\nPrezident "
     "poskytol rozhovor.", "other"),
])
def test_groups_and_interviews_in_the_sites_languages(text, doc_type):
    assert extract(text, "x.txt", "x").doc_type == doc_type


@pytest.mark.parametrize("text, forum", [
    # The IAEA's Board and General Conference by their Spanish names in full.
    ("Intervención del Ecuador\nJunta de Gobernadores del Organismo Internacional de Energía Atómica\nViena, 10 de "
     "junio de 2025\n\nSeñor Presidente:\n\nGracias.", "IAEA Board of Governors"),
    ("Nota No. 4-6-112/2025\n\nLa Misión Permanente saluda a la Secretaría del Organismo Internacional de Energía "
     "Atómica (OIEA) y tiene el honor de comunicar la composición de su delegación a la 69ª reunión ordinaria de la "
     "Conferencia General del Organismo Internacional de Energía Atómica.", "IAEA General Conference"),
    # The General Assembly in Slovak.
    ("Vystúpenie prezidenta na 79. zasadnutí Valného zhromaždenia OSN\nNew York, 24. septembra 2024\n\nVážený pán "
     "predseda,", "UN General Assembly"),
])
def test_bodies_in_spanish_and_slovak(text, forum):
    assert extract(text, "x.txt", "x").forum == forum


def test_a_presidency_banner_names_its_state():
    text = ("Prezident Slovenskej republiky\nKancelária prezidenta Slovenskej republiky\nDomov > Prejavy\n25.09.2024\n"
            "Príhovor prezidenta na Samite budúcnosti\n\nVážený pán predseda,\n\nĎakujem.")
    assert extract(text, "x.txt", "x").country == "Slovakia"


# -- conventions of ministries' pages of Central and South-Eastern Europe and of Portuguese-speaking Africa ---------

@pytest.mark.parametrize("text, field, value", [
    # A release's label in capitals is no name; a Portuguese minister's portfolio ('Cooperação Internacional') neither.
    ("Início / Comunicados\nPublicado em 14/04/2026\nNOTA DE IMPRENSA\nMinistro dos Negócios Estrangeiros participa "
     "na Reunião do Conselho de Ministros\nBissau, 13 de abril de 2026 – O Ministro dos Negócios Estrangeiros, "
     "Cooperação Internacional e Comunidades, Sua Excelência Domingos Exemplo, participou na reunião.\n\nNa sua "
     "intervenção, o Ministro sublinhou a importância da cooperação.", "speaker", "Domingos Exemplo"),
    # A Bulgarian heading: 'Изказване на посланик X, постоянен представител ...'.
    ("Начало > Изказвания\nПубликувано на 25.01.2023\n\nИзказване на посланик Камелия Примерова, постоянен "
     "представител на Република България в Женева\n\nКонференция по разоръжаване\nЖенева, 24 януари 2023 г.\n\n"
     "Г-н Председател,", "speaker", "Камелия Примерова"),
    ("Начало > Изказвания\nПубликувано на 25.01.2023\n\nИзказване на посланик Камелия Примерова, постоянен "
     "представител на Република България в Женева\n\nКонференция по разоръжаване\nЖенева, 24 януари 2023 г.\n\n"
     "Г-н Председател,", "forum", "Conference on Disarmament"),
    # The Mine Ban Convention by its Portuguese name.
    ("Início / Documentos / Notas Verbais\nNota Verbal relativa ao relatório nacional ao abrigo do artigo 7.º da "
     "Convenção sobre a Proibição de Minas Antipessoal\n\nO Ministério apresenta os seus cumprimentos à Unidade de "
     "Apoio à Implementação.", "forum", "Anti-Personnel Mine Ban Convention"),
    # The Human Rights Council in Slovene; a Slovene release, its quotation closed by '«' and attributed.
    ("Domov > Sporočila za javnost\nDatum objave: 28.02.2017\n\nMinister v Ženevi: 34. zasedanje Sveta ZN za "
     "človekove pravice\n\nŽeneva, 27. februarja 2017 – Minister za zunanje zadeve je nagovoril Svet.\n\n"
     "»Spoštovanje človekovih pravic je skupna odgovornost,« je dejal minister.", "forum", "UN Human Rights Council"),
    ("Domov > Sporočila za javnost\nDatum objave: 28.02.2017\n\nMinister v Ženevi: 34. zasedanje Sveta ZN za "
     "človekove pravice\n\nŽeneva, 27. februarja 2017 – Minister za zunanje zadeve je nagovoril Svet.\n\n"
     "»Spoštovanje človekovih pravic je skupna odgovornost,« je dejal minister.", "doc_type", "press_release"),
    # An Albanian posting stamp ('Publikuar:') is not the day of delivery: the dateline below it is.
    ("Kreu > Deklarata\nPublikuar: 27/09/2022\n\nE drejta e përgjigjes e Republikës së Shqipërisë\n\nAsambleja e "
     "Përgjithshme e OKB-së, sesioni i 77-të\nNju Jork, 26 shtator 2022\n\nFaleminderit, Zoti President.", "date",
     "2022-09-26"),
    # ... nor a Serbian one in Cyrillic ('Објављено:').
    ("Почетна > Саопштења\nОбјављено: 22. октобар 2025.\n\nОбраћање министра у Савету безбедности\n\nЊујорк, 21. "
     "октобар 2025. године\n\nГосподине председниче,", "date", "2025-10-21"),
    # A Bosnian dateline closes its year with a full stop before the dash, the month in the genitive ('jula').
    ("Saopćenja za javnost\nObjavljeno: 11.07.2025\n\nAmbasador u Generalnoj skupštini UN-a\n\nNew York, 11. jula "
     "2025. – Povodom obilježavanja godišnjice u Generalnoj skupštini Ujedinjenih nacija danas je održan sastanak "
     "kojem je prisustvovao veliki broj država članica, a ambasador je u svom obraćanju istakao da se ove godine "
     "obilježava trideset godina od zločina.\n\nRekao je da", "date", "2025-07-11"),
])
def test_pages_of_ministries_in_their_languages(text, field, value):
    assert getattr(extract(text, "x.txt", "x"), field) == value


def test_a_secretariat_department_named_after_a_body_is_no_venue():
    text = ("United Nations | Department for General Assembly and Conference Management\nPaperSmart\n"
            "Economic and Social Council, 2025 session\nStatement by Examplia\n12 July 2025\n\nMr. President,\n\n"
            "Thank you.")
    assert extract(text, "x.txt", "x").forum == "UN Economic and Social Council"


def test_an_arabic_byline_with_a_mission_rank_after_the_name():
    text = ("البعثة الدائمة للبنان لدى الأمم المتحدة\nحق الرد للبنان على كلمة ممثل إسرائيل\nألقاه السيد كريم عبد الله "
            "مثال، المستشار في البعثة الدائمة للبنان لدى الأمم المتحدة\nنيويورك، 26 أيلول 2023\nالسيد الرئيس،\n\nشكراً.")
    found = extract(text, "x.txt", "x")
    assert found.speaker == "كريم عبد الله مثال"
    assert found.speaker_role == "المستشار في البعثة الدائمة للبنان لدى الأمم المتحدة"


def test_a_releases_own_label_over_its_date_is_no_menu_item():
    text = ("Itamaraty\nMinistry of Foreign Affairs\nGovernment of Brazil\nPress Release Nº 98\n12 March 2024\n"
            "Attack in Examplia\nThe Brazilian Government condemns the attack carried out yesterday.\n")
    assert extract(text, "t.txt", "t").doc_type == "press_release"


def test_a_letter_made_public_among_a_presidencys_releases_is_a_letter():
    text = ("Executive Mansion\nHome » Press Releases\nPosted: August 18, 2026\nFull Text: Letter from the President "
            "of the Republic of Liberia, H.E. Dr. Josiah Example, to the UN Secretary-General\nMONROVIA, LIBERIA\n"
            "August 14, 2026\n\nExcellency,\n\nI write to you on a matter of great importance to the people of "
            "Liberia.\n")
    assert extract(text, "t.txt", "t").doc_type == "letter"


def test_a_reply_to_the_special_procedures_is_a_letter_to_the_human_rights_council():
    text = ("United Nations Human Rights\nCommunications reports of Special Procedures\nHome > Search > Reply\n"
            "Reply from: Examplia\nDate of reply: 14 Oct 2024\n\nPermanent Mission of Examplia to the United Nations\n"
            "Geneva\n\n9 October 2024\n\nDear Special Rapporteurs,\n\nI write on behalf of the Government of Examplia "
            "in response to your joint communication OL EXA 3/2024 of 12 August 2024 concerning the proposed changes "
            "to the Ministry of Indigenous Development and to other public entities, and on which we wish to answer.\n")
    found = extract(text, "t.txt", "t")
    assert (found.doc_type, found.forum) == ("letter", "UN Human Rights Council")


@pytest.mark.parametrize("text, field, expected", [
    # A wire's dateline gives the day without its year, the agency's credit after it; the page's date line above
    # it, the day after, gives the year.
    ("Saba News Agency\nSaturday, 8 March 2025\nHome >> Politics\nExamplia's delegation in Geneva: violations "
     "documented\n\nGENEVA, March 7 (Saba) - The Republic of Examplia has affirmed before the Human Rights Council "
     "that the militia is responsible for grave violations.", "date", "2025-03-07"),
    # ... across the new year, the day before the page went up is of the year before.
    ("News Agency\nFriday, 2 January 2026\nHome >> Politics\nExamplia addresses the Council\n\nNEW YORK, Dec. 31 "
     "(Reuters) - Examplia told the Security Council that the ceasefire must hold.", "date", "2025-12-31"),
    # ... but a day a month before the page's date is no wire's day of that page: the page's date stands.
    ("News Agency\nFriday, 2 January 2026\nHome >> Politics\nExamplia addresses the Council\n\nNEW YORK, Nov. 20 "
     "(Reuters) - Examplia told the Security Council that the ceasefire must hold.", "date", "2026-01-02"),
    # A news item posted on the day its lead names by the weekday ('said in Geneva on Monday', posted on a Monday)
    # is dated by its stamp.
    ("About Examplia\nHome | News | Speeches | Press Releases | Fact Sheets\nPosted by: aboutexamplia | 24 February "
     "2025\n\nFM Example at the UN Human Rights Council: the persecution of Christians\n\nExamplia calls on the "
     "international community to pay more attention to persecution, the minister of foreign affairs said in Geneva "
     "on Monday.", "date", "2025-02-24"),
    # ... a stamp of another weekday proves nothing: the page may have gone up days later.
    ("About Examplia\nHome | News | Speeches | Press Releases | Fact Sheets\nPosted by: aboutexamplia | 26 February "
     "2025\n\nFM Example at the UN Human Rights Council: the persecution of Christians\n\nExamplia calls on the "
     "international community to pay more attention to persecution, the minister of foreign affairs said in Geneva "
     "on Monday.", "date", None),
    # The Summit of the Future was held as plenary meetings of the General Assembly.
    ("Prime Minister of Examplia\nSpeech\nRemarks at the Summit of the Future\nDate: Sunday, 22 September 2024\n\n"
     "Thank you, Co-Chairs.\n\nThe United Nations was built by a generation that had seen the order collapse.",
     "forum", "UN General Assembly"),
    # ... a letter on what follows it is about the Summit, not given at it.
    ("Benelux joint letter to the Secretary-General on the Summit of the Future follow-up\n\n12 March 2025\n\n"
     "Excellency,\n\nWe have the honour to write to you on the implementation of the Pact for the Future.",
     "forum", None),
    # A lead presenting an interview ('In an interview with Qatar News Agency ...') makes the page the interview,
    # though it tells what was said as news does; given to the press, it has no forum.
    ("QNA | Qatar News Agency\nPolitics\nExamplia's Permanent Representative to QNA: Mediation Remains Cornerstone\n"
     "Geneva / QNA / 14/09/2025\n\nIn an interview with Qatar News Agency (QNA) on the sidelines of the 60th session "
     "of the Human Rights Council, Deputy Permanent Representative Mr. Khalid Example said that mediation remains a "
     "cornerstone of foreign policy.\n\nQNA: How do you assess the role of Examplia in the Council?", "doc_type",
     "other"),
])
def test_wire_datelines_weekdays_summits_and_interviews(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


PACE_SPEECH = ("PACE - Parliamentary Assembly of the Council of Europe\nFrançais | English | Deutsch\n"
               "Home > Sessions > Speeches\nSpeech\n2023 - Second part-session\nAddress by Mr Jordi EXAMPLE, "
               "Minister for Foreign Affairs of Andorra, Chairperson of the Committee of Ministers\nStrasbourg, "
               "Tuesday 25 April 2023\n\nMr President of the Parliamentary Assembly,\nHonourable members,")


@pytest.mark.parametrize("text, field, expected", [
    # A speech closing on who delivered it, where and when, a few days before the page's date line: the day it was
    # given.
    ("U.S. Helsinki Commission\nAbout | Issues | Countries | Hearings & Events | Press & Media\nHome » Statements\n"
     "Rule of Law: U.S. Delegation at the Human Dimension Implementation Meeting\nSep 23, 2019\n\nWorking Session 11: "
     "Rule of law II\n\nThank you, Madam Moderator.\nThe United States appreciates the opportunity to address the rule "
     "of law in the OSCE region.\nDelivered by Dr. Renata Example, Public Member of the U.S. Delegation\nWarsaw, "
     "Poland\nSeptember 20, 2019", "date", "2019-09-20"),
    ("U.S. Helsinki Commission\nHome » Statements\nRule of Law: U.S. Delegation at the Human Dimension Implementation "
     "Meeting\nSep 23, 2019\n\nThank you, Madam Moderator.\nThe United States appreciates the opportunity.\n"
     "Delivered by Dr. Renata Example, Public Member of the U.S. Delegation\nWarsaw, Poland\nSeptember 20, 2019",
     "speaker_role", "Public Member of the U.S. Delegation"),
    # A text posted before it was given: 'As prepared for delivery by X, POST'.
    ("U.S. Helsinki Commission\nHome » Statements\nU.S. Statement at HDIM 2019: Working Session 7\nSep 19, 2019\n\n"
     "OSCE Human Dimension Implementation Meeting\nAs prepared for delivery by Kyle T. Example, Senior Policy Advisor, "
     "U.S. Helsinki Commission\nWarsaw, September 18, 2019\n\nThank you, Moderator.", "speaker", "Kyle T. Example"),
    # ... or closing on the city and the day alone, on one line or two: the page went up later.
    ("Permanent Mission of Examplia to the OSCE\nHome » Statements\nRight of reply to the Russian Federation\n"
     "20 September 2025\n\nMr. Chair,\nExamplia rejects the claims made today.\nThank you.\nVienna, 19 September 2025",
     "date", "2025-09-19"),
    ("Permanent Mission of Examplia to the United Nations\nHome » Statements\nRight of Reply\nSeptember 24, 2022\n\n"
     "Mr. President,\nWe reject the claims made today.\nNew York\nSeptember 23, 2022", "date", "2022-09-23"),
    # ... but not a city and day more than a week before the page's date line ...
    ("Permanent Mission of Examplia to the OSCE\nHome » Statements\nRight of reply to the Russian Federation\n"
     "20 September 2025\n\nMr. Chair,\nExamplia rejects the claims made today.\nThank you.\nVienna, 9 September 2025",
     "date", "2025-09-20"),
    # ... and a closing line naming no city leaves the page's date line.
    ("Permanent Mission of Examplia to the OSCE\nHome » Statements\nRight of reply to the Russian Federation\n"
     "20 September 2025\n\nMr. Chair,\nExamplia rejects the claims made today.\nThank you.\nRevised 19 September 2025",
     "date", "2025-09-20"),
    # The Parliamentary Assembly of the Council of Europe, where a minister chairing the Committee of Ministers
    # addresses it; the site's banner naming the Assembly is no meeting.
    (PACE_SPEECH, "forum", "Parliamentary Assembly of the Council of Europe"),
    (PACE_SPEECH, "meeting", "2023 - Second part-session"),
])
def test_closing_bylines_and_the_parliamentary_assembly(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("text, doc_type", [
    # Questions and answers make a transcript, whatever its heading and lead call it.
    ("Permanent Mission of Examplia\nHome > News\n\n\"Small States have a voice\"\n\nThe Permanent Representative, "
     "Ambassador Ana Example, answered the questions of the daily newspaper The Examplia Times, which published her "
     "answers in its weekend edition on 14 October 2023 under the headline above, in a long conversation about the "
     "Council.\n\nQ: What does the Council mean for Examplia?\n\nA: A great deal.\n\nQ: And the Court?\n\n"
     "A: It is our conscience.\n", "other"),
    # ... in capitals too; but a heading in capitals before a colon answers nothing.
    ("News\n\nThe Ambassador on the Council\n\nQUESTION: What now?\n\nANSWER: We wait and we work.\n", "other"),
    ("Statement by Examplia\n\nGeneva, 3 March 2025\n\nQ: What now?\n\nUNITED NATIONS SECURITY COUNCIL: meeting of the "
     "day.\n", "statement"),
    # ... not a statement quoting one question asked of the Council.
    ("Statement by Ambassador Ana Example\n\nGeneva, 3 March 2025\n\nMr. President,\n\nThe question before us is "
     "simple.\n\nQ: who protects the civilians? We do not know.\n\nThank you.\n", "statement"),
])
def test_a_transcripts_questions_and_answers(text, doc_type):
    assert extract(text, "t.txt", "t").doc_type == doc_type


PRESS_CONFERENCE = (
    "The Prime Minister's Office\nForside > Presse > Transcript: Press conference in New York\nOpdateret 26. "
    "september 2025\n\nTranscript of the Prime Minister's press conference at the Permanent Mission of Denmark to the "
    "United Nations\n\nNew York, 25. september 2025\n\nPrime Minister Mette Example Jensen (MEJ): Good afternoon, and "
    "thank you for coming. I have just come from the Security Council.\n\nQuestion (Danish Broadcasting Corporation): "
    "Prime Minister, will Denmark put forward a resolution?\n\nMEJ: We are working with our partners on the Council.\n")


@pytest.mark.parametrize("field, expected", [
    # A press conference's transcript is given to journalists: another kind, before no body, though the Security
    # Council is named; its speaker opens it with remarks under the post and the name in full, then answers by tag.
    ("doc_type", "other"),
    ("forum", None),
    ("speaker", "Mette Example Jensen"),
    ("speaker_role", "Prime Minister"),
    ("date", "2025-09-25"),
])
def test_a_press_conferences_transcript(field, expected):
    assert getattr(extract(PRESS_CONFERENCE, "t.txt", "t"), field) == expected


def test_a_transcripts_opening_label_names_no_one_another_answers_for():
    text = PRESS_CONFERENCE.replace("\nMEJ: We", "\nForeign Minister Lars Example: We")
    assert extract(text, "t.txt", "t").speaker == "Lars Example"


@pytest.mark.parametrize("text, field, expected", [
    # A presidency's press office credits its release with its handle after the dateline's date.
    ("Presidencia de la República\nInicio > Prensa > Noticias\nPublicado: 10 de abril de 2025\n\nCanciller Ejemplo "
     "ante el Consejo de Seguridad\n\nNueva York, 9 de abril de 2025 (@infopresidencia). La ministra de Relaciones "
     "Exteriores, Laura Ejemplo, presentó ante el Consejo de Seguridad la posición del Gobierno.\n", "date",
     "2025-04-09"),
    # The CTBTO's Preparatory Commission under its French name in full.
    ("Représentation permanente de la France à Vienne\n\nCommission préparatoire de l'Organisation du Traité "
     "d'interdiction complète des essais nucléaires\n64e session de la Commission préparatoire\n\nIntervention de M. "
     "Jean Exemple, Ambassadeur\n\nVienne, le 16 juin 2025\n\nMonsieur le Président,\n", "forum",
     "CTBTO Preparatory Commission"),
])
def test_a_press_offices_handle_and_a_bodys_french_name(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


FRENCH_NEWS_ITEM = (
    "MAP Express\nAccueil / Politique\n\nDroits de l'Homme : le Royaume réitère son attachement au dialogue\n\n"
    "Mardi 11 mars 2025 - 21:05\nFacebook | X\n\nGenève - L'Ambassadeur, Représentant permanent de l'Exemplie auprès "
    "de l'Office des Nations Unies à Genève, Mme Leïla Exemple, a réaffirmé mardi, devant le Conseil des droits de "
    "l'Homme, l'attachement du Royaume au dialogue.\n\n« Le dialogue est notre choix », a-t-elle affirmé.\n")
PRESIDENCY_LETTER = (
    "Présidence de la République Tunisienne\nAccueil » Communiqués\nPublié le : 17/10/2023 - 13:25\n\nLettre du "
    "Président de la République au Secrétaire général de l'Organisation des Nations Unies\n\nLe Président de la "
    "République a adressé, lundi, une lettre au Secrétaire général. En voici le texte intégral :\n\nCarthage, le "
    "16 octobre 2023\n\nMonsieur le Secrétaire général,\n")


MAP_INTERVIEW = (
    "MAP Express\nHome / Politics / Diplomacy\n\nNuclear technology must serve Africa's development - Examplia's "
    "Ambassador in Vienna (Interview)\n\nThursday 18 September 2025 - 11:20\nFacebook | X | WhatsApp\n\nVienna - The "
    "peaceful uses of nuclear technology must serve development, said Examplia's Ambassador and Permanent "
    "Representative to the International Organizations in Vienna, Hassan Example, in an interview granted to MAP on "
    "Tuesday on the sidelines of the IAEA General Conference.\n\nMAP: What are your priorities?\n\nHassan Example: "
    "Nuclear science is a tool for food security.\n")


@pytest.mark.parametrize("text, field, expected", [
    # A news agency's interview, so tagged in its headline: another kind, before no body; given on a weekday before
    # the page went up, so its posting stamp is no date of it.
    (MAP_INTERVIEW, "doc_type", "other"),
    (MAP_INTERVIEW, "forum", None),
    (MAP_INTERVIEW, "date", None),
    (MAP_INTERVIEW.replace("on Tuesday", "on Thursday"), "date", "2025-09-18"),
    # An agency's dateline with the building in brackets after the city.
    ("MAP Express\nHome / Politics\n\nAmbassador Rebuts Allegations at the UN\n\nTuesday 14 October 2025 - 01:12\n\n"
     "New York (UN) - 13/10/2025 (MAP) - Examplia's Permanent Representative to the United Nations, Youssef Example, "
     "on Monday rebutted the allegations made before the Fourth Committee.\n", "date", "2025-10-13"),
    # A French lead naming the posting day's weekday after its verb dates the news item by its stamp, and its
    # inverted attribution ('a-t-elle affirmé') makes it one.
    (FRENCH_NEWS_ITEM, "date", "2025-03-11"),
    (FRENCH_NEWS_ITEM, "doc_type", "press_release"),
    # A government press office's 'News date :' is its posting stamp, not the letter's date.
    ("The Government Public Relations Department\nHome > News > Foreign News\n\nLetter from Examplia's Permanent "
     "Representative to the President of the Security Council\nNews date : 25 July 2025 | Time : 09:20 | Writer : "
     "Foreign News Division\n\nPermanent Mission of Examplia to the United Nations\nNew York\n\nNo. 52101/612\n\n"
     "24 July 2025\n\nExcellency,\n\nUpon instructions from my Government, I have the honour to inform you.\n",
     "date", "2025-07-24"),
])
def test_an_agencys_interview_dateline_and_weekday(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("text, field, expected", [
    # A letter's title naming its signatory after the post and the State: the post without the name.
    ("THE PRIME MINISTER OF THE REPUBLIC OF ARMENIA\nHome / Press Center\n\nLetter of the Prime Minister of the "
     "Republic of Armenia Narek Example to the Secretary-General of the United Nations\n29.09.2023 | 12:05\n\nYerevan, "
     "28 September 2023\n\nExcellency,\n\nI am addressing you in connection with the humanitarian situation.\n",
     "speaker_role", "Prime Minister of the Republic of Armenia"),
    # ... but a body's name closing the post is no signatory's name.
    ("Permanent Mission of Nauru\nHome > Letters\n\nLetter of the Permanent Representative of Nauru to the "
     "International Seabed Authority to the Secretary-General of the Authority\n\nKingston, 3 March 2025\n\n"
     "Excellency,\n\nI have the honour to refer to the work of the Council.\n", "speaker", None),
    # A French host's title names the sender first; the Presidency's seat is its dateline's place.
    (PRESIDENCY_LETTER, "speaker_role", "Président de la République"),
    (PRESIDENCY_LETTER, "location", "Carthage"),
])
def test_letter_titles_naming_the_sender(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("text, field, expected", [
    # The German Foreign Office's posting day with the page's kind is a speech's day where it is the page's only date.
    ("Speech by Foreign Minister Example in New York at the opening event\n\n21.09.2016 - Speech\n\nLadies and "
     "gentlemen,\n\nIt is great to see so many of you here.\n", "date", "2016-09-21"),
])
def test_a_kind_stamp_as_the_only_date(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("text, field, expected", [
    # A French lead's date inside its sentence is no heading's dateline: the news item reports who spoke.
    ("Présidence de la République\nAccueil | Actualités | Discours\nVous êtes ici : Accueil › Actualités\nLe pays "
     "réaffirme à Genève son attachement aux droits de l'homme\n\nLe Ministre des Relations Extérieures, M. Jean "
     "EXEMPLE, a pris la parole ce lundi 27 février 2023 à Genève, au segment de haut niveau de la 52e session du "
     "Conseil des droits de l'homme. Voici l'intégralité de son allocution.\n\n« Monsieur le Président du Conseil,\n"
     "Je suis heureux de prendre la parole devant ce Conseil.", "doc_type", "press_release"),
    # A release whose lead tells who took the floor, the statement it reproduces opening in quotation marks.
    ("PRESIDENCY OF THE REPUBLIC OF EXAMPLIA\nHome | The President | News | Speeches | Press Releases | Contact\nYou "
     "are here: Home › Press Releases › Examplia welcomes Security Council resolution\nPublished on: 03-04-2017 at "
     "09:30 | Print | Send to a friend\n\nExamplia welcomes Security Council resolution on the Lake Chad Basin\n\n"
     "Capital City, 31 March 2017 – The Minister Delegate at the Presidency, Mr Paul EXAMPLE, took the floor today in "
     "New York before the United Nations Security Council. The full text of his statement follows.\n\n\"Mr "
     "President,\nDistinguished members of the Security Council,\nExamplia warmly welcomes the adoption of resolution "
     "2349 (2017).\nMy country has paid a heavy price. Since 2014, hundreds of civilians have lost their lives.\n",
     "doc_type", "press_release"),
    # An Arabic letter to the Secretary-General: its title, the signature under its close, the circulation it asks
    # for, and the city of its dateline rather than the addressee's.
    *((("مجلس القيادة الرئاسي\nالرئيسية / الأخبار / المراسلات الرسمية\nنص رسالة فخامة رئيس مجلس القيادة الرئاسي إلى "
        "الأمين العام للأمم المتحدة\nعدن في 23 نوفمبر 2022\nمعالي السيد الأمين العام للأمم المتحدة المحترم\nنيويورك\n"
        "تحية طيبة وبعد،\nأتشرف بأن أحيطكم علماً بالهجمات على الموانئ.\nوأرجو ممتناً تعميم هذه الرسالة بوصفها وثيقة من "
        "وثائق مجلس الأمن.\nوتفضلوا بقبول فائق الاحترام والتقدير،\nد. عبدالكريم صالح المثال\n"
        "رئيس مجلس القيادة الرئاسي\n"),
       field, expected) for field, expected in (
        ("doc_type", "letter"), ("speaker", "عبدالكريم صالح المثال"), ("speaker_role", "رئيس مجلس القيادة الرئاسي"),
        ("forum", "UN Security Council"), ("location", "Aden"), ("date", "2022-11-23"))),
])
def test_french_leads_quoted_statements_and_arabic_letters(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("field, expected", [("doc_type", "other"), ("date", "2024-03-12")])
def test_an_interview_in_dashed_paragraphs_and_its_papers_credit_line(field, expected):
    text = ("GOVERNMENT OF EXAMPLIA\nHome | Government | News | Interviews\nHome / Interviews\n2024-03-13 10:05 | "
            "Views: 2,064 | Print\n\nL.Example: \"Our peacekeepers have earned the trust of the world\"\n\nState "
            "Secretary of the Ministry of Foreign Affairs L.Example spoke to Example Daily about twenty years of "
            "peacekeeping.\n\nSource: Example Daily, 12 March 2024\n\n– Examplia has been sending its soldiers to UN "
            "missions for twenty years. What has it given the country?\n\n– A great deal. More than 20,000 servicemen "
            "and women have served under the blue flag.\n\n– Women now make up a growing share of the contingents. Is "
            "this deliberate?\n\n– Yes. We have set ourselves the goal of raising their share to 15 per cent.\n")
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("text", [
    ("MISSÃO PERMANENTE DE EXEMPLO\nGENEBRA\nNota n.º 041/MPEX-GEN/2023\n\nA Missão Permanente da República de "
     "Exemplo junto do Escritório das Nações Unidas em Genebra apresenta os seus melhores cumprimentos ao Escritório "
     "do Alto Comissariado das Nações Unidas para os Direitos Humanos e tem a honra de transmitir, em anexo, o "
     "contributo do Governo.\n\nGenebra, 8 de maio de 2023\n"),
    ("RAPPRESENTANZA PERMANENTE D'ESEMPIO\nGINEVRA\nNota n. 112/2023\n\nLa Rappresentanza Permanente d'Esempio presso "
     "l'Ufficio delle Nazioni Unite a Ginevra presenta i suoi complimenti all'Ufficio dell'Alto Commissario e ha "
     "l'onore di trasmettere il contributo del Governo.\n\nGinevra, 8 maggio 2023\n"),
])
def test_a_portuguese_or_italian_note_verbale_by_its_formula(text):
    assert extract(text, "t.txt", "t").doc_type == "note_verbale"


def test_a_government_sites_masthead_is_no_news_items_lead():
    """Government design systems open every page with how to recognise an official site ('Look for a lock or
    https:// as an added precaution.'): page furniture, not a third person's words told."""
    found = record("A Singapore Government Agency Website How to identify", "Official website links end with .gov.sg",
                   "Secure websites use HTTPS",
                   "Look for a lock or https:// as an added precaution. Share sensitive information only on official, "
                   "secure websites.", "MHA | Ministry of Home Affairs", "Home / Newsroom / Speeches",
                   "Right of Reply by Singapore to the Statement by the European Union, 53rd Session of the Human "
                   "Rights Council", "21 June 2023", "Ms Nur Aisyah binte Example", "Second Secretary")
    assert found.doc_type == "right_of_reply"


@pytest.mark.parametrize("text, expected", [
    # A press office's lead in a language whose reporting verbs the rules do not list: its dateline opens the
    # paragraph and the story runs on after the dash.
    ("Aktualności\nMinisterstwo Spraw Zagranicznych\n\nDelegacja na sesji Rady Praw Człowieka\n\n"
     "Genewa, 3 marca 2025 – Wiceminister Jan Przykładowy przewodniczył delegacji podczas segmentu wysokiego szczebla "
     "58. sesji Rady Praw Człowieka, omawiając sytuację w regionie i priorytety kraju na nadchodzący rok.",
     "press_release"),
    ("Hírek\n\nMagyarország felszólalt a NAÜ Kormányzótanácsának ülésén\n\n"
     "Bécs, 2025. június 11. – A Nemzetközi Atomenergia-ügynökség Kormányzótanácsának ülésén Példa Balázs állandó "
     "képviselő ismertette a kormány álláspontját a nukleáris biztonság kérdéseiről és a technikai együttműködésről.",
     "press_release"),
    ("NEW YORK, Oct. 15 (Newswire) -- Examplia on Tuesday called on the Council to act on the arms transfers "
     "reported by the panel of experts, its envoy telling the members that the violations must stop now.",
     "press_release"),
    # A wire's lead introducing the text it reproduces: the text is the statement.
    ("NEW YORK, Sept. 23 (Newswire) -- The following is the full text of President Ivan Example's address "
     "delivered at the general debate of the 80th session of the United Nations General Assembly.\n\n"
     "Mr. President,\n\nI congratulate you on your election.",
     "statement"),
    # ... in the other words a wire introduces it with, and a group's statement it gives.
    ("Full text: Examplia speaks for the Coalition at the Review Conference\n\n"
     "United Nations, Aug 2 (Newswire).- Examplia delivered on Tuesday the statement of the New Agenda Coalition at "
     "the general debate of the Review Conference. Below is the full text:\n\n"
     "Statement on behalf of the New Agenda Coalition\n\nMr. President,\n\nI have the honour to speak on behalf of "
     "the Coalition.", "joint_statement"),
    ("Examplia writes to the Secretary-General on the anniversary of the Consultation\n\n"
     "DILI, 30 August 2024 (Newswire) – The Permanent Representative of Examplia to the United Nations, Ambassador "
     "Ivan Example, has sent a letter to the Secretary-General on the anniversary. Newswire publishes the text of the "
     "letter below.\n\nLetter dated 29 August 2024 from the Permanent Representative of Examplia addressed to the "
     "Secretary-General\n\nOn behalf of the Government of Examplia, I have the honour to transmit herewith a message.",
     "letter"),
    # A speech's dateline on its own line, and a speech opening on its greeting after a dated place.
    ("Statement by Ambassador Ivan Example\n\nGeneva, 3 March 2025\n\n"
     "Mr. President, we thank the High Commissioner for the report presented today to the Council and for "
     "the work of the Office.", "statement"),
    ("Statement by Ambassador Ivan Example\n\nExcellencies, 11 September 2001 – a day that none of us will forget, "
     "and whose victims we remember in this hall today with their families and friends.", "statement"),
    ("Statement by Examplia\n\nVienna, 5 March 2024 – Chair, Examplia welcomes the report of the Director General "
     "and the work of the Secretariat in the past year.", "statement"),
    # A release's heading of the speech it gives, its title after the dateline: the speech.
    ("Bern, 08.12.2023 - Address by Federal Councillor Ivan Example at the OSCE Ministerial Council – Check against "
     "delivery\n\nMr. Chairperson,\n\nI thank you.", "statement"),
])
def test_a_news_lead_opening_on_its_dateline(text, expected):
    assert extract(text, "x.txt", "x").doc_type == expected


# Speeches and news items giving the speech below their dated lead, each a page on which the dateline lead once
# misfired: what the page gives is the speech, whatever words introduce it or open it.
_SPEECH_BELOW_A_DATED_LEAD = [
    ('Permanent Mission of Ghana to the United Nations\n\nNew York, 12 March 2024 – Please find below the '
     'statement delivered by H.E. Mr. Kwame Example, Permanent Representative of Ghana to the United Nations, at '
     'the Security Council Open Debate on Women, Peace and Security.\n\nMr. President,\n\nGhana thanks the '
     'Japanese presidency for convening this open debate.'),
    ("Full text of FM Kim's statement at UN Security Council debate\n\nNEW YORK, April 18 (Yonhap) -- Here is "
     'the full text of the statement by South Korean Foreign Minister Kim Example at the United Nations Security '
     "Council's high-level open debate on the Middle East on Thursday.\n\nMr. President,\n\nI thank the Maltese "
     'presidency for convening this important debate.'),
    ('Déclaration du Représentant permanent du Sénégal au Conseil de sécurité\n\nDakar, 15 mars 2024 – Vous '
     "trouverez ci-dessous le texte de l'intervention du Représentant permanent du Sénégal auprès des Nations "
     'Unies lors du débat public du Conseil de sécurité sur la situation au Sahel.\n\nMonsieur le '
     "Président,\n\nLe Sénégal remercie la présidence pour l'organisation de ce débat."),
    ('Statement by Ireland\n\nHuman Rights Council, 55th session\nInteractive Dialogue with the Special '
     'Rapporteur on the situation of human rights defenders\n\nGeneva, 7 March 2024 – Ireland welcomes the '
     'report of the Special Rapporteur and her continued focus on the protection of defenders working in the '
     'most hostile environments.\n\nWe are deeply concerned by the increasing use of counter-terrorism '
     'legislation against defenders.'),
    ('Statement by Ambassador Kwame Example, Permanent Representative of Ghana, at the Security Council Open '
     'Debate on the Protection of Civilians\n\nNew York, 21 May 2024 – Let me begin by congratulating the '
     'Mozambican presidency on convening this open debate, and by thanking the Secretary-General and the '
     'briefers for their sobering presentations.\n\nThe numbers speak for themselves. In 2023, civilian deaths '
     'in armed conflict rose by seventy-two per cent.'),
    ('Statement by Austria at the OSCE Permanent Council\n\nVienna, 14 March 2024 – Many thanks, Madam Chair. '
     'Austria fully aligns itself with the statement delivered on behalf of the European Union and would like to '
     "add a few remarks in its national capacity.\n\nTwo years after the start of Russia's full-scale invasion, "
     'the humanitarian situation in Ukraine remains dire.'),
    ('Intervención de Costa Rica\n\nConsejo de Derechos Humanos, 55º período de sesiones\nDiálogo interactivo '
     'con la Relatora Especial sobre la violencia contra la mujer\n\nGinebra, 8 de marzo de 2024.- Gracias, '
     'Señor Presidente. Costa Rica agradece a la Relatora Especial la presentación de su informe y reitera su '
     'pleno apoyo a su mandato.\n\nEn este Día Internacional de la Mujer, recordamos que la violencia contra las '
     'mujeres sigue siendo una pandemia silenciosa.'),
    ('Magyarország felszólalása az EBESZ Állandó Tanácsában\n\nBécs, 2024. március 14. – Köszönöm a szót, Elnök '
     'Úr! Magyarország csatlakozik az Európai Unió nevében elhangzott nyilatkozathoz, és nemzeti minőségében az '
     'alábbiakat kívánja hozzáfűzni.\n\nA nemzeti kisebbségek jogainak védelme továbbra is kiemelt prioritás.'),
]


@pytest.mark.parametrize("text", _SPEECH_BELOW_A_DATED_LEAD)
def test_a_speech_below_or_after_a_dated_lead_is_no_news_item(text):
    assert extract(text, "x.txt", "x").doc_type == "statement"


def test_an_arabic_reply_whose_page_sets_one_paragraph_a_line_opens_on_its_salutation():
    # 'Mr. President,' in Arabic opens the reply: the sentences below it are the speaker's, no news item's lead telling
    # what a third person said.
    text = ("دولة فلسطين\nالرئيسية > وثائق > بيانات\nالتاريخ: 28/09/2026\n"
            "حق الرد لدولة فلسطين في المناقشة العامة للدورة الحادية والثمانين للجمعية العامة للأمم المتحدة\n"
            "ألقاه السيد ماجد مثال، نائب المراقب الدائم لدولة فلسطين لدى الأمم المتحدة\nنيويورك، 27 أيلول/سبتمبر 2026\n"
            "السيد الرئيس،\n"
            "نطلب الكلمة لممارسة حق الرد على البيان الذي أدلى به ممثل دولة أخرى صباح اليوم من على هذا المنبر.\n"
            "إن محكمة العدل الدولية قد أكدت في فتواها الاستشارية أن هذا الوجود غير قانوني، وأن على جميع الدول "
            "عدم الاعتراف به.\n")
    assert extract(text, "t.txt", "t").doc_type == "right_of_reply"


@pytest.mark.parametrize("heading, salutation, sentence", [
    ("Pernyataan Delegasi Republik Indonesia pada Debat Terbuka Dewan Keamanan PBB", "Bapak Presiden,",
     "Sekretaris Jenderal menyampaikan pernyataan pada pertemuan kemarin, dan Indonesia mendukung seruannya."),
    ("Wystąpienie Przedstawiciela RP podczas debaty otwartej Rady Bezpieczeństwa ONZ", "Panie Przewodniczący,",
     "Sekretarz Generalny wziął udział w posiedzeniu Rady wczoraj, a Polska popiera jego apel."),
    ("Виступ Постійного представника України на засіданні Ради Безпеки ООН", "Пане Голово,",
     "Генеральний секретар взяв участь у засіданні Ради вчора, і Україна підтримує його заклик."),
])
def test_a_statement_in_indonesian_polish_or_ukrainian_opens_on_its_salutation(heading, salutation, sentence):
    # The salutation opens the speech: a sentence telling what another did below it is the speaker's, no news lead.
    text = f"{heading}\n12.03.2026\n\n{salutation}\n\n{sentence}\n"
    assert extract(text, "t.txt", "t").doc_type == "statement"


@pytest.mark.parametrize("lead", [
    # A news item tells in the third person what a delegate said or did, in the site's language: Finnish 'vaati'
    # (demanded), Lithuanian 'pareiškė' (declared), Polish 'przemawiał' (spoke), Swahili 'amewasilisha' (presented).
    "Suomen pysyvä edustaja YK:ssa Liisa Esimerkki vaati yleiskokouksessa Venäjää vetämään joukkonsa Ukrainasta.",
    "Lietuvos nuolatinė atstovė Rasa Pavyzdytė pirmadienį Saugumo Taryboje pareiškė, kad taika negali būti "
    "pasiekta apdovanojant agresorių.",
    "Wiceminister spraw zagranicznych Jan Przykładowy przemawiał podczas segmentu wysokiego szczebla Rady Praw "
    "Człowieka ONZ w Genewie.",
    "Waziri wa Katiba na Sheria amewasilisha taarifa ya Tanzania mbele ya Tume ya Afrika ya Haki za Binadamu.",
    # ... Polish 'przewodniczył' (led the delegation), Icelandic 'flutti ávarp' (gave an address), Hebrew 'אמר היום'
    # (said today).
    "Sekretarz stanu Jan Przykładowy przewodniczył delegacji Polski podczas sesji Komitetu Ministrów Rady Europy.",
    "Jóna Dæmisdóttir forsætisráðherra flutti í dag ávarp á leiðtogafundi allsherjarþings Sameinuðu þjóðanna.",
    "ראש הממשלה אמר היום בפתח ישיבת הממשלה כי ההחלטה של מועצת הביטחון אינה מקרבת את השלום.",
])
def test_a_news_item_in_the_sites_language_is_a_release(lead):
    page = f"Uutiset > Ulkomaat\n\nOtsikko uutiselle\n\n{lead}\n\nLisää tekstiä seuraa tässä kappaleessa.\n"
    assert extract(page, "t.txt", "t").doc_type == "press_release"
