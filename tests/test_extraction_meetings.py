"""Meetings: tables of header lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.meeting_forms import is_speaker_line


def record(*header: str, body: str = "Mr. President,\n\nWe thank you for convening this debate today.\n"):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("header, meeting", [
    # A heading run together on one line: the meeting ends where a date in the US order or a posting stamp begins.
    (["Security Council Open Debate on “Working Methods of the Security Council” September 5, 2023"],
     "Security Council Open Debate on “Working Methods of the Security Council”"),
    (["First Plenary Meeting of the 2023 Conference on Disarmament 2023-01-25 21:06 (Palais des Nations, 24th "
      "January 2023)"], "First Plenary Meeting of the 2023 Conference on Disarmament"),
    # A Human Rights Council heading lists the session and the item under it: its colon reads as that list's comma,
    # and the reply's own label after the item is cut.
    (["HRC 58th Session: Item 4: General debate: Right of replies to the statements of Utopia"],
     "HRC 58th Session, Item 4: General debate"),
    (["HRC 57th Session: General debate under Agenda item 3"], "HRC 57th Session, General debate under Agenda item 3"),
    # ... but a General Assembly heading keeps its colon before the committee.
    (["UNGA 79th Session: Third Committee General Debate"], "UNGA 79th Session: Third Committee General Debate"),
    (["HRC 56th Session: Interactive dialogue with the Special Rapporteur on Ruritania"],
     "HRC 56th Session, Interactive dialogue with the Special Rapporteur on Ruritania"),
    # A 'general discussion' is a meeting, the first of the nested phrases that name one.
    (["Remarks by Ambassador Anna Example in Reply to the Statement Made by the Delegate of Utopia in the General "
      "Discussion of Item 70 at the Third Committee at its seventy-eighth session"],
     "General Discussion of Item 70 at the Third Committee at its seventy-eighth session"),
    # A speech's quoted title is no meeting, even where it runs 'to ... dialogue'.
    (["„Turning to dialogue and common action in uncertain times“", "Address at the OSCE Ministerial Council"], None),
    # A body meeting in yearly sessions names one by its year, in French after it, under the body's masthead.
    (["Conférence du Désarmement : Déclaration d'Exemplie au débat plénier sur le point 1 de l'ordre du jour",
      "CONFÉRENCE DU DÉSARMEMENT", "Session de 2025", "", "Déclaration de M. Jean Exemple"], "Session de 2025"),
    # A council of ministers' meeting under its communiqué's label, the council unknown to the vocabulary.
    (["COMUNICADO CONJUNTO", "Reunión Extraordinaria del Consejo de Ministros de Relaciones Exteriores del Sistema de "
      "Ejemplo"], "Reunión Extraordinaria del Consejo de Ministros de Relaciones Exteriores del Sistema de Ejemplo"),
    # A news headline makes the body the subject of its verb: the session line above it names the meeting.
    (["GA/EF/3700", "12 October 2025", "Seventy-ninth Session, 14th & 15th Meetings (AM & PM)", "",
      "Second Committee Concludes General Debate on Macroeconomic Policy, as Speakers Call for Debt Relief"],
     "Seventy-ninth Session, 14th & 15th Meetings (AM & PM)"),
    (["General Assembly Adopts Resolution on Ocean Governance"], None),
    # 'to vote for' is the verb: a headline appealing for votes names no meeting.
    (["PRESIDENT APPEALS TO WORLD LEADERS TO VOTE FOR RURITANIA AT THE UNSC"], None),
    # A stacked heading: the body alone over the agenda item it took up and the item's title.
    (["Statement by Mr. Ivan Example", "Representative of Ruritania", "Before the Sixth Committee",
      "On Agenda item 79:", "“The rule of law at the national and international levels”", "New York, 12 October 2022"],
     "Sixth Committee, Agenda item 79: “The rule of law at the national and international levels”"),
    (["Statement by Ms. Anna Example", "At the Third Committee", "Agenda item 68 (b)", "Geneva, 3 October 2022"],
     "Third Committee, Agenda item 68 (b)"),
    # ... or on one line, the body then its item, in English, Spanish or French.
    (["Statement by the Delegation of Ruritania", "Third Committee, Agenda Item 68", "New York, 10 October 2024"],
     "Third Committee, Agenda Item 68"),
    (["Intervención de la Delegación de Ruritania", "Tercera Comisión, Tema 68", "Nueva York, 10 de octubre de 2024"],
     "Tercera Comisión, Tema 68"),
    (["Déclaration de la délégation de la Ruritanie", "Troisième Commission, point 68", "New York, le 10 octobre 2024"],
     "Troisième Commission, point 68"),
    # A Russian heading: the body, then its session in the nominative ('58-я сессия').
    (["Заявление делегации", "Совет ООН по правам человека, 58-я сессия", "Женева, 3 марта 2025 года"],
     "Совет ООН по правам человека, 58-я сессия"),
    # ... but the body alone is no meeting.
    (["Statement by Mr. Ivan Example", "Before the Sixth Committee", "New York, 12 October 2022"], None),
    # The line under a meeting heading names the meeting's part: its segment ...
    (["Statement at the Opening of the High-Level Political Forum on Sustainable Development", "",
      "“Leaving No One Behind” Plenary Segment", "", "10 July 2024"],
     "Opening of the High-Level Political Forum on Sustainable Development, “Leaving No One Behind” Plenary Segment"),
    # ... or the report the session considers.
    (["Human Rights Council – 59th Session", "", "Consideration of the Universal Periodic Review Report of Ruritania",
      "", "Statement by Ms. Anna Example"],
     "Human Rights Council – 59th Session, Consideration of the Universal Periodic Review Report of Ruritania"),
    # A line naming a body of its own is not a part of the meeting above it.
    (["Statement at the 52nd session of the Human Rights Council", "Conference on Disarmament plenary"],
     "52nd session of the Human Rights Council"),
    # A heading that lists speaker, post and meeting between commas: the meeting part opens with a body and a
    # meeting word ...
    (["12 MARCH 2024 - STATEMENT BY H.E. IVAN EXAMPLE, MINISTER OF FOREIGN AFFAIRS OF RURITANIA, UNSC OPEN DEBATE "
      "“WOMEN AND PEACE AND SECURITY”"], "UNSC OPEN DEBATE “WOMEN AND PEACE AND SECURITY”"),
    # ... and a body named in the post is not one.
    (["Statement by Ms. Anna Example, Permanent Representative to the Security Council, New York"], None),
    # A heading in capitals wrapped by a PDF goes on to its next lines in capitals, up to the dateline.
    (["STATEMENT BY THE PERMANENT REPRESENTATIVE OF RURITANIA, AT THE", "EXPLANATION OF VOTE ON THE DRAFT RESOLUTION",
      "ON THE SITUATION OF HUMAN RIGHTS IN UTOPIA.", "New York, 16 November 2023."],
     "EXPLANATION OF VOTE ON THE DRAFT RESOLUTION ON THE SITUATION OF HUMAN RIGHTS IN UTOPIA"),
    # The EU numbers an OSCE meeting 'Permanent Council No. 1350'.
    (["OSCE Permanent Council No. 1402", "Vienna, 12 January 2023", "EU Statement on the situation in Ruritania"],
     "OSCE Permanent Council No. 1402"),
    (["OSCE Permanent Council Nr. 1403, Vienna, 19 January 2023"], "OSCE Permanent Council Nr. 1403"),
    # The session's period in brackets belongs to the session ...
    (["Statement by Ruritania in the General Debate under Agenda Item 4 at the 55th session of the Human Rights "
      "Council (26 February – 5 April 2024) delivered by Ms. Anna Example"],
     "General Debate under Agenda Item 4 at the 55th session of the Human Rights Council (26 February – 5 April 2024)"),
    # ... a bracketed dateline does not.
    (["Statement by Ruritania at the 55th session of the Human Rights Council (Geneva, 4 March 2024)"],
     "55th session of the Human Rights Council"),
    # The 'HRC' of a document's symbol names no venue: the masthead's organ and session are the meeting.
    (["Comments by the State on the report of the Special Rapporteur on the situation in Ruritania "
      "(A/HRC/54/12/Add.1)", "Human Rights Council", "Fifty-fourth session", "11 September–13 October 2023"],
     "Human Rights Council, Fifty-fourth session"),
    # A UN masthead: the General Assembly's session bare, then the agenda item and its title ...
    (["United Nations A/79/512", "General Assembly", "Seventy-ninth session", "Agenda item 71",
      "Elimination of racism, racial discrimination, xenophobia and related intolerance",
      "Letter dated 3 October 2024 from the Permanent Representative of Ruritania to the United Nations addressed to "
      "the Secretary-General"],
     "Seventy-ninth session, Agenda item 71: Elimination of racism, racial discrimination, xenophobia and related "
     "intolerance"),
    # ... a lettered sub-item by its own title, after its parent item's title and colon ...
    (["Seventy-eighth session", "Agenda item 116 (c) Elections to fill vacancies in subsidiary organs and other "
      "elections: election of eighteen members of the Economic and Social Council",
      "Note verbale dated 2 May 2024 from the Permanent Mission of Ruritania to the United Nations addressed to the "
      "President of the General Assembly"],
     "Seventy-eighth session, Agenda item 116 (c): election of eighteen members of the Economic and Social Council"),
    # ... another organ's session with the organ's name, its dates left out ...
    (["Human Rights Council", "Fifty-seventh session", "9 September–11 October 2024", "Agenda item 4",
      "Human rights situations that require the Council’s attention",
      "Note verbale dated 12 September 2024 from the Permanent Mission of Ruritania"],
     "Human Rights Council, Fifty-seventh session, Agenda item 4: Human rights situations that require the "
     "Council’s attention"),
    # ... and a document of two organs names each over its period, several items untitled.
    (["General Assembly", "Seventy-eighth session", "Agenda items 35 and 64", "The situation in the Middle East",
      "Question of Palestine", "Security Council", "Seventy-eighth year",
      "Identical letters dated 9 October 2023 from the Permanent Representative of Ruritania to the United Nations "
      "addressed to the Secretary-General and the President of the Security Council"],
     "General Assembly Seventy-eighth session, Agenda items 35 and 64; Security Council Seventy-eighth year"),
    # ... also where the two columns ran together when the page was flattened.
    (["United Nations A/78/812–S/2024/287", "General Assembly Security Council", "Distr.: General", "5 April 2024",
      "General Assembly Security Council", "Seventy-eighth session Seventy-ninth year", "Agenda item 34",
      "Prevention of armed conflict", "Letter dated 2 April 2024 from the Permanent Representative of Ruritania to "
      "the United Nations addressed to the Secretary-General"],
     "General Assembly Seventy-eighth session, Agenda item 34: Prevention of armed conflict; Security Council "
     "Seventy-ninth year"),
    # Before its session opens, a document is filed under the item of the preliminary list.
    (["United Nations A/78/96", "General Assembly", "Seventy-eighth session", "Item 115 (c) of the preliminary list*",
      "Elections to fill vacancies in subsidiary organs and other elections: election of members of the Human Rights "
      "Council", "Note verbale dated 30 May 2023 from the Permanent Mission of Ruritania to the United Nations "
      "addressed to the President of the General Assembly"],
     "Seventy-eighth session, Item 115 (c) of the preliminary list: election of members of the Human Rights Council"),
    # An item followed by the symbol of the agenda it is on stays untitled.
    (["General Conference", "GC(68)/INF/9", "Date: 27 August 2024", "Original: English", "",
      "Sixty-eighth regular session", "Item 16 of the provisional agenda", "(GC(68)/1 and Add.1)", "",
      "Communication dated 22 August 2024 from the Resident Representative of Ruritania"],
     "Sixty-eighth regular session, Item 16 of the provisional agenda"),
    # A State's own explanation of vote ('India's Explanation of Vote at the ...'): the State is no meeting, the
    # session after 'at the' is.
    (["India’s Explanation of Vote at the 11th Emergency Special Session of the UN General Assembly on the "
      "resolution on Ukraine", "23 February 2023"],
     "11th Emergency Special Session of the UN General Assembly on the resolution on Ukraine"),
    # A heading listing its meeting's parts between commas, the first opening with the meeting itself; the 'in' of
    # the topic's country opens no meeting.
    (["Statement by Ruritania, Interactive Dialogue with the Special Rapporteur on the situation of human rights "
      "in Myanmar, 55th Session of the Human Rights Council", "Geneva, 18 March 2024"],
     "Interactive Dialogue with the Special Rapporteur on the situation of human rights in Myanmar, 55th Session of "
     "the Human Rights Council"),
    # An agenda item on its own line, above or below the session, completes it: session first, then the item.
    (["Statement by Ruritania", "Agenda item 3: Promotion and protection of all human rights",
      "52nd session of the Human Rights Council", "Geneva, 7 March 2023"],
     "52nd session of the Human Rights Council, Agenda item 3: Promotion and protection of all human rights"),
    # An OSCE working session as the OSCE lists it: number, topic in brackets, meeting; the topic after the number
    # or heading the page's title ...
    (["Working Session 3: Fundamental freedoms I | Statement by the Delegation of Ruritania at HDIM 2018",
      "Warsaw, 12 September 2018"], "Working Session 3 (Fundamental freedoms I), HDIM 2018"),
    (["Freedom of Expression | Right of Reply at Working Session 2 of HDIM 2017"],
     "Working Session 2 (Freedom of Expression), HDIM 2017"),
    (["HDIM 2016 - Working Session 10 - Rule of law", "Statement by the Delegation of Ruritania"],
     "Working Session 10 (Rule of law), HDIM 2016"),
    # ... and without a topic the heading as written.
    (["Statement at Working Session 5 of the Human Dimension Implementation Meeting", "Warsaw, 22 September 2015"],
     "Working Session 5 of the Human Dimension Implementation Meeting"),
    # A body named at the end of the speaker's line over the agenda item taken up: the body's item.
    (["Statement by the United States at the IAEA Board of Governors",
      "Agenda Item 6: The Safeguards Implementation Report for 2021", "Vienna, June 7, 2022"],
     "IAEA Board of Governors, Agenda Item 6: The Safeguards Implementation Report for 2021"),
    # ... or alone on its line over the item.
    (["IAEA Board of Governors", "Agenda Item 4: NPT Safeguards Agreement with Ruritania",
      "U.S. Statement as delivered by Ambassador Anna Example", "November 17, 2022"],
     "IAEA Board of Governors, Agenda Item 4: NPT Safeguards Agreement with Ruritania"),
    # The IAEA Board meets in given months and names a meeting by its month; the item under that meeting is the
    # meeting a statement was given at.
    (["IAEA BoG, June 2023", "Statement by Ruritania"], "IAEA BoG, June 2023"),
    (["IAEA BoG, June 2023", "Agenda item 6: Verification and monitoring in Ruritania", "Statement by Ruritania"],
     "Agenda item 6: Verification and monitoring in Ruritania"),
    # An agenda item on its own line when the header names no meeting at all.
    (["Agenda Item 4: NPT Safeguards Agreement with Ruritania", "IAEA Board of Governors Meeting",
      "Vienna, November 17, 2022"], "Agenda Item 4: NPT Safeguards Agreement with Ruritania"),
    # A procedural item every agenda carries, on a line of its own, is the item the statement was delivered under.
    (["Ruritanian Embassy and Permanent Mission to the United Nations", "", "Adoption of the Agenda", "",
      "CTBTO Preparatory Commission", "", "Statement by Ms. Anna Example", "", "14 November 2022"],
     "Adoption of the Agenda"),
    (["Item 2: Election of Officers", "Statement by the Delegation of Ruritania", "12 May 2023"],
     "Item 2: Election of Officers"),
    # The General Assembly question a statement is on, when the heading names only the body before the group it
    # speaks for ...
    (["Statement of Ambassador Ivan Example", "", "in the General Assembly of the United Nations",
      "", "on behalf of the Kingdom of Ruritania and the Republic of Utopia", "", "on the question of Palestine.", "",
      "29 November 2023"], "question of Palestine"),
    # ... but with the body when the two are one phrase.
    (["Statement of Ambassador Ivan Example", "", "in the General Assembly of the United Nations",
      "", "on the question of Palestine.", "", "29 November 2023"],
     "General Assembly of the United Nations on the question of Palestine"),
    # An ordinal's suffix capitalised with a title is written in lower case.
    (["STATEMENT BY MR. IVAN EXAMPLE, at the 1301St MEETING of the OSCE PERMANENT COUNCIL"],
     "1301st MEETING of the OSCE PERMANENT COUNCIL"),
    # 'Remarks at a ...': the indefinite article goes with the preposition, as 'the' does.
    (["Remarks at a UN Security Council Briefing on the Humanitarian Situation in Utopia", "Ambassador Anna Example",
      "New York, New York", "March 14, 2023"], "UN Security Council Briefing on the Humanitarian Situation in Utopia"),
    # A label before 'at a ...' is no meeting heading: the meeting is the phrase.
    (["Explanation of Vote at a UN General Assembly Meeting on the Use of the Veto", "Ambassador Anna Example",
      "April 26, 2023"], "UN General Assembly Meeting on the Use of the Veto"),
    # A session code on its own line ('HRC 52') takes the agenda item the header gives: session first, then item.
    (["Item 4: General Debate", "Statement by Ruritania", "HRC 52", "Geneva, 21 March 2023"],
     "HRC 52, Item 4: General Debate"),
    # A Spanish heading: the phrase after 'en el' that opens with a meeting word, up to its dateline ...
    (["Intervención de la delegada de Ruritania en el ejercicio del derecho a réplica en el Debate General del tema 4. "
      "54º período ordinario de sesiones del Consejo de Derechos Humanos. Ginebra, 2 de octubre de 2023"],
     "Debate General del tema 4. 54º período ordinario de sesiones del Consejo de Derechos Humanos"),
    # ... or up to the body it was delivered before and the site's name.
    (["Intervención del embajador Juan Ejemplo durante la presentación del Informe del Secretario General ante la "
      "ONU - MRREE"], "presentación del Informe del Secretario General"),
    # Headings in Portuguese, French and Italian introduce their meeting the way Spanish ones do: the phrase after
    # 'no', 'au', 'alla' that opens with a meeting word, a numbered session or an adjective before it ...
    (["Início » Imprensa » Comunicados", "Ministro Joaquim Exemplo intervém no Debate Geral da 79.ª Sessão da "
      "Assembleia Geral das Nações Unidas", "O Ministro discursou em Nova Iorque."],
     "Debate Geral da 79.ª Sessão da Assembleia Geral das Nações Unidas"),
    (["Intervento del Sottosegretario Mario Esempio alla 134a Sessione del Comitato dei Ministri del Consiglio "
      "d'Europa", "Strasburgo, 17 maggio 2024"], "134a Sessione del Comitato dei Ministri del Consiglio d'Europa"),
    # ... but one only referred to in a release's prose names none.
    (["COMMUNIQUÉ", "Le Ministre s'est exprimé lors du débat général de ce matin."], None),
    # A heading in another language that opens with its numbered session, alone or after its body's name, is a
    # meeting heading with the line under it in its block, up to the document's own label ...
    (["55º período de sesiones del Consejo de Derechos Humanos", "Diálogo interactivo con el Relator Especial sobre "
      "el derecho a la alimentación", "", "Declaración conjunta en nombre de un grupo de países"],
     "55º período de sesiones del Consejo de Derechos Humanos, Diálogo interactivo con el Relator Especial sobre el "
     "derecho a la alimentación"),
    (["Septuagésimo noveno período de sesiones de la Asamblea General", "Sexta Comisión",
      "Derecho de respuesta de la Delegación de Ruritania", "7 de octubre de 2024"],
     "Septuagésimo noveno período de sesiones de la Asamblea General, Sexta Comisión"),
    (["ASSEMBLEA GENERALE DELLE NAZIONI UNITE – 78ª SESSIONE – SEDUTA PLENARIA",
      "Dichiarazione di voto della Ruritania sulla risoluzione", "New York, 15 dicembre 2023"],
     "ASSEMBLEA GENERALE DELLE NAZIONI UNITE – 78ª SESSIONE – SEDUTA PLENARIA"),
    (["Третий комитет 79-й сессии ГА ООН, пункт 68 повестки дня «Права детей»", "Нью-Йорк, 10 октября 2024 года"],
     "Третий комитет 79-й сессии ГА ООН, пункт 68 повестки дня «Права детей»"),
    (["QUATRIÈME COMMISSION - 78ÈME SESSION DE L'ASSEMBLÉE GÉNÉRALE, DROIT DE RÉPONSE DE LA RURITANIE",
      "New York, le 9 octobre 2023"], "QUATRIÈME COMMISSION - 78ÈME SESSION DE L'ASSEMBLÉE GÉNÉRALE"),
    # A heading's line in another script is an invocation, not the heading going on.
    (["Eleventh Emergency Special Session of the General Assembly", "بسم الله الرحمن الرحيم", "Mr. President,"],
     "Eleventh Emergency Special Session of the General Assembly"),
    # An OSCE council's sitting by its number, heading a delegation's statement without the word 'meeting'.
    (["Right of Reply by the Delegation of Ruritania", "", "Permanent Council No. 1433", "Vienna, 20 July 2023"],
     "Permanent Council No. 1433"),
    (["Right of reply to the Delegation of Utopia", "Permanent Council No. 1502, 30 January 2025",
      "Delivered by Ms. Anna Example"], "Permanent Council No. 1502"),
    (["CONSEJO PERMANENTE Nº 1470", "Intervención de Ruritania", "Viena, 18 de abril de 2024"],
     "CONSEJO PERMANENTE Nº 1470"),
    # A numbered sitting without the subject it took up, after 'on' or a colon ...
    (["Statement of the Delegation of Ruritania at the 1460th Meeting of the Permanent Council on the situation in "
      "Utopia", "Vienna, 15 February 2024"], "1460th Meeting of the Permanent Council"),
    (["REMARKS BY AMBASSADOR IVAN EXAMPLE AT THE 9700th MEETING OF THE SECURITY COUNCIL: BRIEFING ON THE SITUATION "
      "IN UTOPIA"], "9700th MEETING OF THE SECURITY COUNCIL"),
    # ... but an 'on' inside the body's name is the body's.
    (["Statement at the 1700th Plenary Meeting of the Conference on Disarmament", "Geneva, 1 March 2024"],
     "1700th Plenary Meeting of the Conference on Disarmament"),
    # A posting stamp files the page under the site's categories: no meeting; the heading below names it.
    (["Statements › General Assembly", "April 2, 2024  |  Posted in CARICOM, General Assembly",
      "STATEMENT ON BEHALF OF THE CARIBBEAN COMMUNITY", "at the", "High-level Meeting of the General Assembly on "
      "the International Day of Ocean Rights", "New York"],
     "High-level Meeting of the General Assembly on the International Day of Ocean Rights"),
    # A verb after 'to' is an infinitive, no destination; a verb of speaking at a meeting has the meeting as object.
    (["Deputy Minister Example to address the High-Level Segment of the 58th Session of the Human Rights Council"],
     "High-Level Segment of the 58th Session of the Human Rights Council"),
    (["Letter dated 3 May 2024 from the Permanent Representative of Ruritania", "I have the honour to transmit "
      "herewith the communiqué of the extraordinary meeting of the Council of Ministers of the Ruritanian Union, held "
      "on 1 May 2024."], None),
    # A post's destination runs into the meeting's number: the organisation is the post's.
    (["As delivered by Ambassador Anna Example, Permanent Representative of Ruritania to the OSCE 1444th Meeting of "
      "the Permanent Council"], "1444th Meeting of the Permanent Council"),
    # What a phrase may name that is no meeting: a resolution cited, a period, a question put to a spokesperson, a
    # term of membership, a minister's bilateral meeting.
    (["Note verbale: Reply of Ruritania to the questionnaire pursuant to HRC resolution 53/12"], None),
    (["Ivan Example (Ruritania) on the Programme of Work of the Security Council for the month of June 2024 - Press "
      "Conference (3 June 2024)"], None),
    (["Answer of the Spokesperson to a media question regarding the outcome of the OSCE Ministerial Council"], None),
    (["Note verbale: candidature of Ruritania to the Human Rights Council, 2026-2028"], None),
    (["Readout of the meeting between the Minister for Foreign Affairs and the UN High Commissioner for Human Rights"],
     None),
    # A page's title names its meeting loosely; the line giving the sitting by its number is the meeting.
    (["Statement by Ruritania at the OSCE Permanent Council on the situation in Utopia",
      "1466th Meeting of the OSCE Permanent Council", "Vienna, Austria", "March 14, 2024"],
     "1466th Meeting of the OSCE Permanent Council"),
    (["Conference on Disarmament – High-Level Segment: Statement by Ruritania",
      "1710th plenary meeting of the Conference on Disarmament", "26 February 2024 | Duration: 00:12:10"],
     "1710th plenary meeting of the Conference on Disarmament"),
    # The host the venue is named by goes with the city after the meeting.
    (["Statement by Ms Anna Example, Director-General, at the Ministerial Segment of the High-level Political Forum "
      "on Sustainable Development, United Nations, New York, 17 July 2024"],
     "Ministerial Segment of the High-level Political Forum on Sustainable Development"),
    # A heading run together that opens with the document's label and its author, or with the day of a session:
    # the meeting starts at its number.
    (["RIGHT OF REPLY OF THE DELEGATION OF RURITANIA Thirty-first Meeting of the Ministerial Council Valletta, 5 and "
      "6 December 2024"], "Thirty-first Meeting of the Ministerial Council"),
    (["Explanation of vote of the Kingdom of Ruritania – Tenth Emergency Special Session of the General Assembly",
      "Mr. President,"], "Tenth Emergency Special Session of the General Assembly"),
    (["Third day of the 106th Session of the Executive Council", "Statement by the Delegation of Ruritania"],
     "106th Session of the Executive Council"),
    # A heading that opens with its numbered session stays a heading however long its item's title.
    (["HRC 57th Session: General debate under Agenda item 2: Oral update of the United Nations High Commissioner for "
      "Human Rights on the situation of human rights in the Republic of Ruritania and Utopia.", "11 September, 2024"],
     "HRC 57th Session, General debate under Agenda item 2: Oral update of the United Nations High Commissioner for "
     "Human Rights on the situation of human rights in the Republic of Ruritania and Utopia"),
    # A title answering a report or address the Council heard names that item, when no line names a meeting ...
    (["Response to the report by the OSCE Representative on Freedom of the Media: UK statement to the OSCE",
      "Ambassador Ivan Example responds to the report.", "Published 4 May 2023"],
     "Response to the report by the OSCE Representative on Freedom of the Media"),
    # ... and yields to the meeting a line names.
    (["Statement in response to the address by the Minister for Foreign Affairs of Ruritania",
      "Delivered by Ambassador Ivan Example to the 1300th meeting of the Permanent Council, 12 January 2021"],
     "1300th meeting of the Permanent Council"),
    # A joint document the Security Council heads: its year first; the masthead's short lines, one under the
    # other, are no site menu.
    (["United Nations S/2024/321–A/78/901", "Security Council", "Distr.: General", "10 May 2024", "Original: English",
      "Security Council", "Seventy-ninth year", "General Assembly", "Seventy-eighth session", "Agenda item 35",
      "The situation in the Middle East", "Identical letters dated 9 May 2024 from the Permanent Representative of "
      "Ruritania to the United Nations addressed to the Secretary-General and the President of the Security Council"],
     "Security Council Seventy-ninth year; General Assembly Seventy-eighth session, Agenda item 35: The situation in "
     "the Middle East"),
    # A session line alone is the meeting as written.
    (["Seventy-ninth session", "Letter dated 3 October 2024 from the Permanent Representative of Ruritania to the "
      "United Nations addressed to the Secretary-General"], "Seventy-ninth session"),
    # A mission page's title opens its meeting with the session code; the letterhead before it and the State's label
    # after it are not the meeting.
    (["Permanent Mission of Ruritania to the United Nations Ruritanian Home Page UNGA79: Third Committee "
      "Iceland statement", "Delivered by Ms. Anna Example", "8 October 2024"], "UNGA79: Third Committee"),
    # An explanation of vote titled by its resolution: the meeting is the vote on it, without the speaker ...
    (["Explanation of Vote by Ambassador Anna Example on a UN Security Council Resolution on the Situation in "
      "Ruritania", "", "New York, New York", "March 3, 2025"],
     "Vote on a UN Security Council Resolution on the Situation in Ruritania"),
    # ... one that names the vote itself keeps its words ...
    (["Explanation of vote by Permanent Representative Ivan Example after the UNGA vote on a draft resolution on "
      "Ruritania"], "UNGA vote on a draft resolution on Ruritania"),
    # ... and one that names no resolution is only the document's label.
    (["Explanation of Vote by Ambassador Anna Example", "", "New York, New York", "March 3, 2025"], None),
    # 'at the explanation of vote on ...' keeps its words: the explanation is the item the heading names.
    (["Statement by the Permanent Representative of Ruritania at the Explanation of Vote on the Draft Resolution on "
      "Utopia"], "Explanation of Vote on the Draft Resolution on Utopia"),
    # A Security Council agenda item's standing title after the body's name, or after 'vote on', is the meeting ...
    (["UN Security Council: The question concerning Haiti", "", "Statement by Ms. Anna Example"],
     "The question concerning Haiti"),
    (["Statement by Ambassador Anna Example at the Security Council, EOV after the vote on the situation in "
      "Ruritania"], "the situation in Ruritania"),
    # A numbered session is a meeting, even where the rest of its line is a body's name ('General Debate').
    (["Right of Reply of the Delegation of Ruritania to the statement of Utopia",
      "General Debate of the 78th Session of the UN General Assembly", "New York, 26 September 2023"],
     "General Debate of the 78th Session of the UN General Assembly"),
    # ... a topic of the heading's own keeps the body.
    (["UN Security Council: Ruritania", "", "Statement by Ms. Anna Example"], "UN Security Council: Ruritania"),
    # An explanation of vote under any of its names is titled by the vote it explains.
    (["EOV Following the Adoption of a UN Security Council Resolution Renewing the Mandate of UNMIR",
      "Ambassador Anna Example"], "Adoption of a UN Security Council Resolution Renewing the Mandate of UNMIR"),
    (["Explanation of Position Following the Adoption of a UN Security Council Resolution on Ruritania"],
     "Adoption of a UN Security Council Resolution on Ruritania"),
    (["Statement after the vote by Ambassador Anna Example on a Draft Resolution on the Situation in Ruritania"],
     "Vote on a Draft Resolution on the Situation in Ruritania"),
    (["Statement after the vote by Ambassador Ivan Example after the UNGA vote on a draft resolution on Ruritania"],
     "UNGA vote on a draft resolution on Ruritania"),
    # A title that goes on to its speaker after a comma or a dash: the meeting ends before the name.
    (["Remarks at the Conclusion of the 2026 NPT Review Conference, Anna Example", "Under Secretary of State",
      "New York City", "May 22, 2026"], "2026 NPT Review Conference"),
    (["Statement at the UN Security Council Open Debate on Children and Armed Conflict – H.E. Ms. Anna Example"],
     "UN Security Council Open Debate on Children and Armed Conflict"),
    # A mission's name ends at its destination: the meeting is what follows the comma.
    (["Statement by Mr. Kofi Example, Permanent Mission of Ghana to the UN Office at Geneva, Item 4 General Debate, "
      "55th session of the Human Rights Council"], "Item 4 General Debate, 55th session of the Human Rights Council"),
    (["Intervention by Ms. Ama Example, Counsellor, Permanent Mission of Ghana to the United Nations, Third Committee "
      "general debate on the advancement of women"], "Third Committee general debate on the advancement of women"),
    # A State's label after the meeting goes, whatever dash leads on to the speaker (a banner run onto the title).
    (["Permanent Mission of Norway to the United Nations UNGA80: First Committee Norway statement – Delivered by "
      "H.E. Anna Example, Ambassador for Disarmament"],
     "UNGA80: First Committee"),
    # A page's title, its posting date, then the statement's own heading: the heading names the meeting as written.
    (["Statement by Ruritania at the Security Council Briefing on Utopia", "April 24, 2024",
      "Share: Facebook | X", "Security Council Briefing on the Question concerning Utopia",
      "Statement by H.E. Ms. Anna Example, Permanent Representative of Ruritania", "Monday, 22 April"],
     "Security Council Briefing on the Question concerning Utopia"),
    (["Ruritania's Right of Reply at the 54th Session of the Human Rights Council",
      "September 22, 2023 | Admin | 0 Comments", "Right of Reply of the Republic of Ruritania",
      "Human Rights Council, 54th Session", "Interactive Dialogue with the Special Rapporteur on Utopia",
      "21 September 2023, Geneva"],
     "Human Rights Council, 54th Session, Interactive Dialogue with the Special Rapporteur on Utopia"),
    # ... where the site's stamp is gone, the heading is the block after the title's.
    (["Statement of Ruritania at the 55th Session of the Human Rights Council", "",
      "Joint Statement on behalf of the Group of Friends", "Human Rights Council 55th Session",
      "Annual Full-Day Meeting on the Rights of the Child", "Geneva, 6 March 2024"],
     "Human Rights Council 55th Session, Annual Full-Day Meeting on the Rights of the Child"),
    # ... also a heading that names its meeting in full without the body ...
    (["Intervención de Ruritania en el Debate Abierto del Consejo de Seguridad sobre la Protección de Civiles",
      "mayo 22, 2024 | Discursos e intervenciones", "", "Embajador Juan Ejemplo",
      "Representante Permanente de Ruritania ante las Naciones Unidas", "",
      "Debate abierto anual sobre la protección de civiles en los conflictos armados",
      "Nueva York, 21 de mayo de 2024"],
     "Debate abierto anual sobre la protección de civiles en los conflictos armados"),
    # ... but not a bare part of the meeting the title names.
    (["Statement by Ruritania at the 52nd session of the Human Rights Council", "8 March 2023", "", "Item 2",
      "General Debate", "Geneva"], "52nd session of the Human Rights Council, Item 2, General Debate"),
    # ... also where the page's stamp comes after the heading, which runs on to its place and date.
    (["Preparatory meeting of the State Parties to the Mine Ban Convention", "",
      "Preparatory Meeting of the States Parties to the Mine Ban Convention, Geneva, 18th of September 2018, Remarks "
      "by Ruritania on the coming Presidency.", "", "Last updated 18th of September 2018 //"],
     "Preparatory Meeting of the States Parties to the Mine Ban Convention"),
    # ... but the speaker's line below the heading's date names a post, not the meeting.
    (["Ruritania exercises right of reply at the United Nations", "September 30, 2024", "RIGHT OF REPLY OF RURITANIA",
      "79th Session of the UN General Assembly, General Debate", "28 September 2024",
      "Delivered by Mr. Ivan Example, Alternate Representative of Ruritania to the 79th Session of the General "
      "Assembly"], "79th Session of the UN General Assembly, General Debate"),
    # What the statement answers and the body that convenes a forum go with the occasion, not the meeting.
    (["Statement by Ambassador Anna Example, Permanent Representative of Ruritania to the OSCE, at the 1438th meeting "
      "of the OSCE Permanent Council, in response to the report on the humanitarian situation in Utopia"],
     "1438th meeting of the OSCE Permanent Council"),
    (["Statement by H.E. Mr. Ivan Example, Permanent Representative of Ruritania to the United Nations, at the General "
      "Debate of the High-level Political Forum on Sustainable Development 2025, convened under the auspices of the "
      "Economic and Social Council", "New York, 16 July, 2025"],
     "General Debate of the High-level Political Forum on Sustainable Development 2025"),
    # A numbered sitting is named without the item it took up on the line below ...
    (["STATEMENT OF THE DELEGATION OF RURITANIA", "1407th meeting of the Ministers' Deputies",
      "Item 2.1 Current political questions – Developments in Ruritania", "Strasbourg, 9 June 2021"],
     "1407th meeting of the Ministers' Deputies"),
    (["1101st Plenary Meeting of the Forum for Security Co-operation", "Security Dialogue on Small Arms",
      "Statement by Colonel Ivan Example, Military Adviser", "9.4.2025"],
     "1101st Plenary Meeting of the Forum for Security Co-operation"),
    # ... but with the journal line of an OSCE document's masthead.
    (["FSC.DEL/418/23", "Forum for Security Co-operation", "1062nd Plenary Meeting",
      "FSC Journal No. 1068, Agenda item 2", "", "Right of Reply by the Delegation of Ruritania"],
     "1062nd Plenary Meeting, FSC Journal No. 1068, Agenda item 2"),
    # ... and the speaker's line there counts when it goes on to the occasion; a page's count of readers is its stamp.
    (["Title  Joint Statement following the UN Security Council meeting on Utopia", "Date  2024-03-21  Hit  530",
      "Joint Statement on Utopia", "Delivered by Deputy Permanent Representative Anna Example",
      "following the UN Security Council Briefing on Non-proliferation/Utopia", "20 March 2024"],
     "UN Security Council Briefing on Non-proliferation/Utopia"),
    # A site's trail written with slashes files the page under a body; it names no meeting.
    (["Home / Ruritania in New York / Statements / General Assembly", "Statement | Date: 28/06/2024",
      "Plenary debate on the Responsibility to Protect", "New York, 27 June 2024"],
     "Plenary debate on the Responsibility to Protect"),
    # A debate, dialogue or vote named in full after its body and a dash is the meeting ...
    (["UN Human Rights Council - Panel discussion on the rights of older persons - 7 March 2012 Ruritania on behalf "
      "of the Group of Friends"], "Panel discussion on the rights of older persons"),
    (["Déclaration de la Ruritanie", "Conseil de sécurité – Vote sur le renouvellement du mandat de la mission en "
      "Utopie", "Prononcée par M. Jean Exemple, le 17 janvier 2024"],
     "Vote sur le renouvellement du mandat de la mission en Utopie"),
    # ... but a session after the dash keeps the body's name.
    (["Human Rights Council – 51st Session, Item 3", "Statement by Ruritania"],
     "Human Rights Council – 51st Session, Item 3"),
    # The group a statement is delivered for is no meeting, whatever its name ('Forum', 'Group').
    (["Déclaration conjointe au nom du Forum des petits États (FOSS)",
      "Conseil de sécurité - Débat public sur les méthodes de travail", "Prononcée par M. Jean Exemple",
      "le 17 janvier 2024"], "Débat public sur les méthodes de travail"),
    # The label the UN's news service files a meeting's account under is no meeting; the masthead below names it.
    (["MEETING SUMMARY", "Human Rights Council Holds Interactive Dialogue with the Special Rapporteur on Utopia",
      "20 March 2025", "Human Rights Council", "Fifty-eighth session"], "Human Rights Council, Fifty-eighth session"),
    (["MEETING SUMMARY", "Experts of the Committee against Torture Commend Ruritania on Legislative Reform"], None),
    # A body's sitting named by no number, kind or subject is the body's meeting, none of its own ...
    (["Statement by Ruritania at the meeting of the OSCE Permanent Council", "Vienna, 18 January 2024"], None),
    (["Statement by Ruritania at the session of the Human Rights Council", "Geneva, 18 January 2024"], None),
    # ... but a plenary, or a meeting on a subject, is one.
    (["Statement by Ruritania at the plenary meeting of the Conference on Disarmament", "Geneva, 18 January 2024"],
     "plenary meeting of the Conference on Disarmament"),
    (["Remarks at the meeting of the Security Council on Utopia", "New York, 18 January 2024"],
     "meeting of the Security Council on Utopia"),
    # A heading's venue on its own line ends it.
    (["National Statement of Ruritania", "", "Third United Nations Ocean Conference – Plenary", "Nice, France",
      "10 June 2025"], "Third United Nations Ocean Conference – Plenary"),
    # A draft known only by its symbol, and a UN document's own header, name no meeting.
    (["Explanation of vote before the vote on draft resolution S/2025/97",
      "Statement by H.E. Ms. Anna Example, Permanent Representative of Ruritania to the United Nations"], None),
    (["Letter dated 7 January 2025 from the Permanent Representative of Ruritania to the United Nations addressed "
      "to the President of the Security Council",
      "United Nations S/2025/14 Security Council Distr.: General 9 January 2025 Original: English"], None),
    (["EXPLANATION OF VOTE BEFORE THE VOTE", "DRAFT RESOLUTION A/C.3/77/L.41: MORATORIUM ON THE USE OF THE DEATH "
      "PENALTY", "THIRD COMMITTEE, 77TH SESSION OF THE UNGA", "Delivered by Mr. Ivan Example, First Secretary"],
     "THIRD COMMITTEE, 77th SESSION OF THE UNGA"),
    # A heading in Spanish that is itself the meeting; the body's name after 'en la' is only where it was delivered.
    (["Intervención del Representante Permanente de Ruritania, Embajador Juan Ejemplo, en la Conferencia de Desarme",
      "Martes 20 de febrero de 2024", "Sesión plenaria de alto nivel de la Conferencia de Desarme"],
     "Sesión plenaria de alto nivel de la Conferencia de Desarme"),
    (["Intervención del Representante Permanente de Ruritania en la Conferencia de Desarme",
      "Ginebra, 20 de febrero de 2024"], None),
    # A numbered Assembly in French or Portuguese, after 'à la' or on its own line.
    (["COMMUNIQUÉ DE PRESSE", "La Ruritanie à la 77ème Assemblée mondiale de la Santé",
      "Genève, le 28 mai 2024"], "77ème Assemblée mondiale de la Santé"),
    # A German heading's meeting after 'bei der', 'vor dem', 'im', up to its place or its date.
    (["Rede von Außenministerin Anna Beispiel bei der Generaldebatte der 79. Generalversammlung der Vereinten "
      "Nationen in New York am 24. September 2024"],
     "Generaldebatte der 79. Generalversammlung der Vereinten Nationen"),
    (["Rede bei der 58. Tagung des Menschenrechtsrats, Genf, 3. März 2025"], "58. Tagung des Menschenrechtsrats"),
    # ... and the numbered Assembly itself, which meets once a year ('80. Generalversammlung').
    (["Rede von Bundeskanzlerin Anna Beispiel bei der 81. Generalversammlung der Vereinten Nationen am 23. September "
      "2026 in New York"], "81. Generalversammlung der Vereinten Nationen"),
    (["Rede des Botschafters vor dem Menschenrechtsrat in Genf"], None),
    # A bare sitting of a body is the body's meeting, no meeting of its own; a plenary is one.
    (["Intervention de la Ruritanie à la séance du Conseil de sécurité", "New York, le 17 janvier 2024"], None),
    (["Intervención de Ruritania en la reunión del Consejo Permanente de la OSCE", "Viena, 18 de enero de 2024"],
     None),
    (["Intervención de Ruritania en la sesión plenaria de la Conferencia de Desarme", "Ginebra, 23 de enero de 2024"],
     "sesión plenaria de la Conferencia de Desarme"),
    (["Rede im Rahmen der Generaldebatte der 79. Generalversammlung der Vereinten Nationen"],
     "Generaldebatte der 79. Generalversammlung der Vereinten Nationen"),
    # A Russian, Ukrainian or Czech heading's sitting or session after 'на' / 'na', by its number or its theme ...
    (["Выступление на 1512-м заседании Постоянного совета ОБСЕ", "Иван Пример, Постоянный представитель",
      "Вена, 20 марта 2025 года"], "1512-м заседании Постоянного совета ОБСЕ"),
    (["Zmocněnkyně vlády pro lidská práva vystoupila na 58. zasedání Rady OSN pro lidská práva", "5. 3. 2025"],
     "58. zasedání Rady OSN pro lidská práva"),
    # ... not the Council's meeting alone.
    (["Выступление на заседании Постоянного совета ОБСЕ", "Вена, 20 марта 2025 года"], None),
    # A mission's banner gives its term on a Council: a period, no meeting; the title's open debate is the meeting.
    (["Ruritania in the Security Council 2027-2028", "Statement by Ruritania at the Security Council Open Debate on "
      "Children and Armed Conflict", "Published 12.06.2027"],
     "Security Council Open Debate on Children and Armed Conflict"),
    # A menu set apart by wide spaces may hold one longer link, the banner's own words: it names no meeting.
    (["About us   Ruritania in the Security Council   Statements   News   Contact",
      "Explanation of vote by Ruritania", "New York, 3 June 2027"], None),
    # A UPR cycle is a period of some four years, no meeting.
    (["Mid-term Report on the Recommendations Accepted during the Fourth Cycle of the Universal Periodic Review"],
     None),
    # A French heading's meeting after 'au' or 'à la': the high-level segment, the numbered session.
    (["Allocution de M. Jean Exemple, Ministre des Affaires étrangères, au segment de haut niveau de la 61ème session "
      "du Conseil des droits de l'homme", "Genève, le 24 février 2026"],
     "segment de haut niveau de la 61ème session du Conseil des droits de l'homme"),
    (["Communiqué de presse : la Ruritanie à la 81e session de l'Assemblée générale des Nations Unies",
      "Publié le : 30 septembre 2026"], "81e session de l'Assemblée générale des Nations Unies"),
    # An Arabic heading that opens with its numbered session before the body.
    (["حق الرد لوفد روريتانيا", "الدورة 61 لمجلس حقوق الإنسان"], "الدورة 61 لمجلس حقوق الإنسان"),
    # A convened group's name heading the page is the meeting, the body it serves notwithstanding.
    (["Intergovernmental Negotiations on Security Council Reform", "Statement by Ruritania",
      "New York, 14 March 2026"], "Intergovernmental Negotiations on Security Council Reform"),
    (["Grupo de Expertos Gubernamentales sobre sistemas de armas autónomos letales", "Intervención de Ruritania",
      "Ginebra, 3 de marzo de 2026"], "Grupo de Expertos Gubernamentales sobre sistemas de armas autónomos letales"),
    (["Statement by Ruritania at the Open-ended Working Group on Ageing, 7 April 2026"],
     "Open-ended Working Group on Ageing"),
    # A stacked heading: the conference on one line, the working part the statement was delivered at on the next.
    (["Statement by Ruritania at the Warsaw Human Dimension Conference 2026", "OSCE Warsaw Human Dimension Conference "
      "2026", "Working Session 5: Rule of law", "Warsaw, 6 October 2026"], "Working Session 5: Rule of law"),
    (["Posted: 28 April 2026", "2026 Review Conference of the Parties to the Treaty on the Non-Proliferation of "
      "Nuclear Weapons", "Main Committee II", "Statement by Ruritania", "New York, 27 April 2026"],
     "Main Committee II"),
    # Under a UPR Working Group session's heading, the review held names the State under review, not the meeting.
    (["Universal Periodic Review – 52nd session of the Working Group", "Review of the Republic of Ruritania",
      "Statement of Utopia", "6 May 2026"], "Universal Periodic Review – 52nd session of the Working Group"),
    (["51st Session of the Working Group on the Universal Periodic Review", "Presentation of the National Report",
      "Palais des Nations, 4 November 2025"], "51st Session of the Working Group on the Universal Periodic Review"),
    # A numbered sitting filed under its body is named by its number, without the body or the item it took up.
    (["UN Security Council, 9999th meeting: The situation in the Middle East", "Right of reply by Ruritania",
      "12 July 2026"], "9999th meeting"),
    (["General Assembly, 61st plenary meeting", "Statement by Ruritania", "10 December 2026"],
     "61st plenary meeting"),
    (["Consejo de Seguridad – 9999.ª sesión", "Intervención de Ruritania", "Nueva York, 12 de julio de 2026"],
     "9999.ª sesión"),
    # ... but a session after the body keeps it.
    (["Human Rights Council – 61st Session, Item 4", "Statement by Ruritania", "Geneva, 20 March 2026"],
     "Human Rights Council – 61st Session, Item 4"),
    # A speaker's heading sets the meeting off after a dash or a colon as after a comma.
    (["Statement by Ruritania – Security Council Open Debate on Children and Armed Conflict", "New York, 26 June 2026"],
     "Security Council Open Debate on Children and Armed Conflict"),
    (["Statement by Ruritania: UNGA 81 General Debate", "New York, 24 September 2026"], "UNGA 81 General Debate"),
    (["Statement by Ruritania - OPCW Executive Council, 107th Session - General Debate", "The Hague, 4 March 2026"],
     "OPCW Executive Council, 107th Session - General Debate"),
    # ... as a heading in another language does after its label and author.
    # A French heading introduces its meeting with 'devant' (before) as with 'à' or 'lors de'.
    (["Déclaration de la Ruritanie devant la 58e session du Conseil des droits de l'homme", "Genève, le 3 mars 2025"],
     "58e session du Conseil des droits de l'homme"),
    (["Intervention devant le Débat général de la Première Commission", "New York, le 10 octobre 2024"],
     "Débat général de la Première Commission"),
    # The opening of a session is its meeting in Spanish, Portuguese and French, as 'the opening of the 80th session'.
    (["Discurso en la apertura del 80º período de sesiones de la Asamblea General",
      "Nueva York, 23 de septiembre de 2025"], "apertura del 80º período de sesiones de la Asamblea General"),
    (["Discurso na abertura da 80.ª Sessão da Assembleia Geral das Nações Unidas",
      "Nova Iorque, 23 de setembro de 2025"],
     "abertura da 80.ª Sessão da Assembleia Geral das Nações Unidas"),
    (["Discours à l'ouverture de la 80e session de l'Assemblée générale", "New York, le 23 septembre 2025"],
     "ouverture de la 80e session de l'Assemblée générale"),
    # A Dutch heading introduces its meeting with 'tijdens de', 'bij de'; a Swedish one with 'vid'.
    (["Toespraak tijdens de 80e Algemene Vergadering van de Verenigde Naties", "New York, 23 september 2025"],
     "80e Algemene Vergadering van de Verenigde Naties"),
    (["Toespraak bij de 58e zitting van de Mensenrechtenraad", "Genève, 3 maart 2025"],
     "58e zitting van de Mensenrechtenraad"),
    (["Uttalande vid 58:e sessionen av FN:s råd för mänskliga rättigheter", "Genève, 3 mars 2025"],
     "58:e sessionen av FN:s råd för mänskliga rättigheter"),
    # A Russian plenary sitting of a numbered session is a meeting, not the body's bare sitting.
    (["Выступление на пленарном заседании 80-й сессии Генеральной Ассамблеи ООН", "Нью-Йорк, 23 сентября 2025 года"],
     "пленарном заседании 80-й сессии Генеральной Ассамблеи ООН"),
    # A Russian heading introduces its session with 'в ходе' (during) or 'в рамках' (within) as with 'на'.
    (["Выступление Министра в ходе 80-й сессии Генеральной Ассамблеи ООН", "Нью-Йорк, 27 сентября 2025 года"],
     "80-й сессии Генеральной Ассамблеи ООН"),
    (["Выступление Министра в рамках 58-й сессии Совета ООН по правам человека", "Женева, 3 марта 2025 года"],
     "58-й сессии Совета ООН по правам человека"),
    (["Déclaration de la Ruritanie – Conseil des droits de l'homme, 61e session, Point 4 : Débat général",
      "Genève, le 18 mars 2026"], "Conseil des droits de l'homme, 61e session, Point 4 : Débat général"),
    # A Spanish session numbered with a degree sign for the ordinal indicator.
    (["Intervención de Ruritania en el 61° período de sesiones del Consejo de Derechos Humanos",
      "Ginebra, 18 de marzo de 2026"], "61° período de sesiones del Consejo de Derechos Humanos"),
    # A ministry's statement on an event, opening with its label and author, was not given at it.
    (["Statement of the Ministry of Foreign Affairs of Ruritania on the conclusion of the Summit in Utopia City",
      "24 October 2026"], None),
    # A spokesperson's press or media briefing is the ministry's own event, no meeting of a body.
    (["Ministry of Foreign Affairs", "Press Conference Room", "Statement by the Spokesperson on Ruritania",
      "12 May 2026"], None),
    (["Media Briefing", "Weekly briefing by the Spokesperson", "10 October 2026"], None),
    # A note verbale's addressee, the Secretariat of a body, is no meeting.
    (["Note verbale", "The Permanent Mission of Ruritania presents its compliments to the Secretariat of the Human "
      "Rights Council", "Geneva, 3 May 2026"], None),
    # A heading completed by the general debate on the line below, without the theme the year gave it.
    (["Intervenção do Ministro na 79.ª Assembleia Mundial da Saúde", "2026-05-20", "79.ª Assembleia Mundial da Saúde",
      "Debate Geral – \"Saúde para todos\"", "Intervenção de Ruritânia"],
     "79.ª Assembleia Mundial da Saúde, Debate Geral"),
    # A host's metadata field names the meeting as it records it, over the title's loose words.
    (["Ruritania - Prime Minister Addresses General Debate, 81st Session", "24 Sep 2026 - Statement by the Prime "
      "Minister of Ruritania at the General Debate of the 81st Session of the General Assembly",
      "Duration: 00:17:05", "Date: 24 Sep 2026", "Meeting: General Assembly, 81st session, 9th plenary meeting"],
     "General Assembly, 81st session, 9th plenary meeting"),
    # A heading in capitals wraps onto its next line, but an agenda item on its own line is the item under the session.
    (["STATEMENT BY THE DELEGATION OF RURITANIA AT THE 61ST SESSION OF THE HUMAN RIGHTS COUNCIL",
      "ITEM 4: GENERAL DEBATE", "Geneva, 18 March 2026"],
     "61st SESSION OF THE HUMAN RIGHTS COUNCIL, ITEM 4: GENERAL DEBATE"),
    # The document's own label on the line under the meeting heading ('Address by ...') is no part of the meeting.
    (["General Debate of the 81st Session of the United Nations General Assembly", "Address by H.E. the President",
      "New York, 23 September 2026"], "General Debate of the 81st Session of the United Nations General Assembly"),
    # A title of its own under the meeting's heading, the document's label at a part of it, does not run on into it.
    (["Annual Conference on Maritime Security", "Minister's Speech at the Opening Panel", "12 January 2026"],
     "Annual Conference on Maritime Security"),
    # A board's sitting named only as its meeting or by its month names the body: the agenda item after it is the
    # meeting, on its own line or after a dash.
    (["OPCW Executive Council Meeting", "Agenda Item 6: Verification Report for 2025",
      "Statement by Ambassador Ivan Example", "9 October 2026"], "Agenda Item 6: Verification Report for 2025"),
    (["IAEA Board of Governors, June 2026 – Agenda item 5: Nuclear Security Review 2026",
      "Statement by Ruritania"], "Agenda item 5: Nuclear Security Review 2026"),
    # ... but a session and its plenary before the item stay, as the session's own.
    (["UN 81st Session; Plenary Meeting, Agenda Item 12: Report of the Economic and Social Council",
      "Statement by Ms. Anna Example"], "UN 81st Session; Plenary Meeting, Agenda Item 12: Report of the Economic and "
     "Social Council"),
    # The statement's own heading under the title and its date: a speaker's line in another language that goes on to
    # the occasion ('..., no') names the meeting as the statement writes it.
    (["Intervenção da Ministra na Sessão de Abertura da 61.ª Sessão do Conselho de Direitos Humanos", "2026-02-23",
      "", "Intervenção da Ministra dos Negócios Estrangeiros, Ana Exemplo, na Sessão de Abertura da 61.ª Sessão do "
      "Conselho de Direitos Humanos das Nações Unidas", "", "Genebra, 23 de fevereiro de 2026"],
     "Sessão de Abertura da 61.ª Sessão do Conselho de Direitos Humanos das Nações Unidas"),
    # A convened group's name may hold a preposition ('... security of and in the use of ICTs'): the phrase is not
    # read again from there.
    (["Statement at the Open-ended Working Group on security of and in the use of ICTs, Ninth substantive session",
      "New York, 8 July 2026"],
     "Open-ended Working Group on security of and in the use of ICTs, Ninth substantive session"),
    # A numbered sitting of a treaty's parties keeps the treaty's name, whose 'on' is no subject.
    (["Statement at the 36th Meeting of States Parties to the United Nations Convention on the Law of the Sea",
      "New York, 15 June 2026"],
     "36th Meeting of States Parties to the United Nations Convention on the Law of the Sea"),
    # A title opening with the document's label by its author's kind sets the meeting off after a dash or comma.
    (["EU Statement – UN General Assembly: High-level Meeting on Pandemic Prevention", "22 September 2026"],
     "UN General Assembly: High-level Meeting on Pandemic Prevention"),
    (["National Statement, First Committee Thematic Debate: Conventional Weapons", "New York, 21 October 2026"],
     "First Committee Thematic Debate: Conventional Weapons"),
    # A speaker's heading that lists the body and the agenda item it took up gives both, as a stacked heading does.
    (["Statement by Ruritania, Sixth Committee, Agenda item 80: Crimes against humanity", "New York, 9 October 2026"],
     "Sixth Committee, Agenda item 80: Crimes against humanity"),
    # A term of membership is no meeting, though the body that elects to it is named after it.
    (["Ruritania elected to the Human Rights Council", "14 October 2026",
      "Ruritania was elected today to the Human Rights Council for the term 2027-2029 by the General Assembly."], None),
    # A heading in words an English and a Spanish heading share ('General Debate') is cut where its label begins.
    (["81st UNGA General Debate - Statement by H.E. Prime Minister Ivan Example", "25 September 2026"],
     "81st UNGA General Debate"),
    # An Arabic headline introduces its meeting with 'أمام' (before) or 'في' (at), numbered in figures or by an
    # ordinal word, up to the headline's subject after a colon or what it replies to.
    (["روريتانيا أمام الدورة الـ61 لمجلس حقوق الإنسان: التنمية حق للجميع", "جنيف 3 مارس 2026"],
     "الدورة الـ61 لمجلس حقوق الإنسان"),
    (["كلمة وفد روريتانيا في المناقشة العامة للدورة الحادية والثمانين للجمعية العامة ردًّا على كلمة يوتوبيا",
      "نيويورك، 26 أيلول 2026"], "المناقشة العامة للدورة الحادية والثمانين للجمعية العامة"),
    # ... but a sitting it names by no number only refers to one.
    (["كلمة وفد روريتانيا في الجلسة اليوم", "نيويورك، 26 أيلول 2026"], None),
    # A report a note verbale contributes to is a document, no meeting, though the resolution asking for it names a
    # body.
    (["Note verbale of the Permanent Mission of Ruritania to the Office of the High Commissioner for Human Rights: "
      "contribution to the report on the right to development (Human Rights Council resolution 60/12)",
      "Geneva, 2 March 2026"], None),
    # A heading in capitals run on with the meeting's weekday and date: the weekday goes with the date.
    (["GROUP STATEMENT AT THE UNITED NATIONS SECURITY COUNCIL OPEN DEBATE ON CHILDREN AND ARMED CONFLICT - TUESDAY "
      "23 JUNE 2026 - DELIVERED BY MR. IVAN EXAMPLE, DEPUTY PERMANENT REPRESENTATIVE OF RURITANIA"],
     "UNITED NATIONS SECURITY COUNCIL OPEN DEBATE ON CHILDREN AND ARMED CONFLICT"),
    # ... or after the language's 'at the' ('no', 'en el', 'au').
    (["Intervenção de Ruritânia no HRC61 – Diálogo Interativo com o Relator Especial sobre o direito à alimentação",
      "Genebra, 4 de março de 2026"],
     "HRC61 – Diálogo Interativo com o Relator Especial sobre o direito à alimentação"),
    # An explanation of vote titled by the draft's symbol names the text voted on: the session heading under it is the
    # meeting, with its agenda item.
    (["Explanation of Vote of the Republic of Ruritania on Draft Resolution A/C.3/81/L.30 \"Rights of the child\"",
      "Third Committee of the 81st Session of the United Nations General Assembly",
      "Agenda item 65: Promotion and protection of the rights of children", "18 November 2026"],
     "Third Committee of the 81st Session of the United Nations General Assembly, Agenda item 65: Promotion and "
     "protection of the rights of children"),
    # The meeting ends where a day's date begins, in whatever writing the page uses, with the 'on' before it.
    (["Statement at the 1499th special meeting of the Permanent Council, 11.01.2026"],
     "1499th special meeting of the Permanent Council"),
    (["Statement by Ambassador Ivan Example during the Plenary meeting of the Conference on Disarmament on 25th of "
      "June 2026."], "Plenary meeting of the Conference on Disarmament"),
    (["Statement at the 33rd Special Session – 17 de diciembre de 2026"], "33rd Special Session"),
    (["The Eleventh NPT Review Conference New York, 2026-04-27"], "The Eleventh NPT Review Conference"),
    # The speaker's clause run on after the meeting, a State's diplomat in the possessive.
    (["In response to the Foreign Minister's speech at the 73rd session of UN General Assembly, Norway’s First "
      "Secretary at the Permanent Mission, Anna Example recorded the following reply"],
     "73rd session of UN General Assembly"),
    # The page's kind with its abbreviation is a label, no meeting.
    (["Explanation of Vote (EoV)", "[30 September 2022]", "Statement by Ambassador Anna Example"], None),
    # The venue's city in brackets closing the heading is no part of the meeting.
    (["Tenth Session of the Executive Council of the Organisation (The Hague)"],
     "Tenth Session of the Executive Council of the Organisation"),
    # A heading in capitals is cut as one in mixed case: before its city ('IN GENEVA'), before its State's label
    # ('NEW ZEALAND STATEMENT', not at 'ZEALAND STATEMENT'), at the end of a sentence ('... DELEGATION. 31ST ...').
    (["STATEMENT AT THE HIGH-LEVEL SEGMENT OF THE CONFERENCE ON DISARMAMENT IN GENEVA", "26 FEBRUARY 2026"],
     "HIGH-LEVEL SEGMENT OF THE CONFERENCE ON DISARMAMENT"),
    (["UNGA81: FIRST COMMITTEE NEW ZEALAND STATEMENT", "DELIVERED BY AMBASSADOR ANNA EXAMPLE", "12 OCTOBER 2026"],
     "UNGA81: FIRST COMMITTEE"),
    (["STATEMENT BY THE DELEGATION OF RURITANIA IN THE EXERCISE OF THE RIGHT OF REPLY TO THE DELEGATION OF UTOPIA. "
      "61ST REGULAR SESSION OF THE HUMAN RIGHTS COUNCIL.", "Geneva, 3 March 2026"],
     "61st REGULAR SESSION OF THE HUMAN RIGHTS COUNCIL"),
    # A hall is where the meeting sat, no meeting.
    (["H.E. MR. IVAN EXAMPLE, AMBASSADOR AND PERMANENT REPRESENTATIVE, PERMANENT MISSION OF RURITANIA TO THE UNITED "
      "NATIONS", "GENERAL ASSEMBLY HALL, UNHQ", "8 July 2026"], None),
    # A title in quotes wrapped onto the next line, across a blank one, goes on there.
    (["STATEMENT BY H.E. AMBASSADOR ANNA EXAMPLE", "", "OPEN DEBATE OF THE SECURITY COUNCIL ON \"PROTECTION OF", "",
      "CIVILIANS IN ARMED CONFLICT\"", "", "New York, 21 May 2026"],
     "OPEN DEBATE OF THE SECURITY COUNCIL ON \"PROTECTION OF CIVILIANS IN ARMED CONFLICT\""),
    # A phrase read out of a letter's paragraph speaks in the first person or with a modal verb: no heading's meeting.
    (["Letter dated 2 May 2026 from the Permanent Representative of Ruritania addressed to the Secretary-General",
      "In view of these developments, please be informed that I have received instructions from my Government",
      "to request the convening of an emergency meeting of the Security Council"], None),
    (["Press Release", "Only an aggressor would oppose the implementation of Security Council resolutions",
      "that promised self-determination to the people of Ruritania"], None),
    # A heading's line broken mid-phrase goes on with a space: a body's name runs across the break, or the line ends
    # on a word that needs one after it.
    (["Statement by Ruritania", "81st Session of the United Nations General", "Assembly – General Debate",
      "New York, 24 September 2026"], "81st Session of the United Nations General Assembly – General Debate"),
    (["Right of reply of Ruritania", "", "81st Session of the General Assembly, Special Political and",
      "Decolonization Committee (Fourth Committee)", "New York, 7 October 2026"],
     "81st Session of the General Assembly, Special Political and Decolonization Committee (Fourth Committee)"),
    # The venue run on after the meeting is no part of it.
    (["STATEMENT BY THE MINISTER", "HIGH-LEVEL SEGMENT OF THE 61ST SESSION OF THE HUMAN RIGHTS COUNCIL PALAIS DES "
      "NATIONS", "23 FEBRUARY 2026"], "HIGH-LEVEL SEGMENT OF THE 61st SESSION OF THE HUMAN RIGHTS COUNCIL"),
    # A right of reply's label in another site's words ('right to reply') after the meeting is no part of it.
    (["Human Rights Council – 61st Session, Item 4 – right to reply", "Statement by the Delegation of Ruritania"],
     "Human Rights Council – 61st Session, Item 4"),
    # A phrase ending on 'on' goes on with the next line, across a blank one.
    (["Statement by H.E. Mr. Ivan Example", "", "At the Security Council Briefing on", "",
      "“Implementation of the Note S/2026/100”", "", "26 February 2026"],
     "Security Council Briefing on “Implementation of the Note S/2026/100”"),
    # A title that opens with its meeting and runs on to the speaker is read for its meeting too.
    (["Explanation of Vote Following the Adoption of a UN Security Council Resolution Renewing the Mandate of UNMISS, "
      "Ambassador Anna Example", "Alternate Representative of Ruritania to the United Nations", "May 8, 2026"],
     "Adoption of a UN Security Council Resolution Renewing the Mandate of UNMISS"),
    # A whole header run together on one line: the title ends where the label and its speaker begin ...
    (["United Nations Security Council Open Debate on Haiti Statement delivered by Ms. Anna Example, Deputy Permanent "
      "Representative of Ruritania 14 May 2026, New York"], "United Nations Security Council Open Debate on Haiti"),
    # ... or where the speaker's honorific begins, with no label between.
    (["Explanation of Vote Following the Adoption of a UN Security Council Resolution Renewing the Mandate of UNMISS "
      "Ambassador Ivan Example Alternate Representative of Ruritania New York, New York May 8, 2026"],
     "Adoption of a UN Security Council Resolution Renewing the Mandate of UNMISS"),
    (["EXPLANATION OF VOTE FOLLOWING THE ADOPTION OF A UN SECURITY COUNCIL RESOLUTION RENEWING THE MANDATE OF UNMISS "
      "AMBASSADOR IVAN EXAMPLE PERMANENT REPRESENTATIVE OF RURITANIA NEW YORK, MAY 8, 2026"],
     "ADOPTION OF A UN SECURITY COUNCIL RESOLUTION RENEWING THE MANDATE OF UNMISS"),
    # ... or where 'Statement of' the speaker follows without a break.
    (["Statement of the Minister of Foreign Affairs of Ruritania Ivan Example at the 32nd meeting of the OSCE "
      "Ministerial Council Statement of the Minister of Foreign Affairs of Ruritania Ivan Example at the 32nd meeting "
      "of the OSCE Ministerial Council (December 4-5, 2025, Vienna)"], "32nd meeting of the OSCE Ministerial Council"),
    # A post's destination run on into the meeting: the meeting is what follows 'to the United Nations'.
    (["Statement by H.E. Ambassador Anna Example, Permanent Representative of Ruritania to the United Nations Open "
      "debate of the Security Council on \"Children and armed conflict\" 12 June 2026"],
     'Open debate of the Security Council on "Children and armed conflict"'),
    # ... and with nothing after the destination but a date, the destination names no meeting.
    (["Statement by HE Mr Ivan Example Permanent Representative of Ruritania to the United Nations and the Conference "
      "on Disarmament in Geneva 8 June 2026"], None),
    # A dateline's city run on after the meeting ('... Council Geneva, Ruritania'), a translator's note after it.
    (["Address to the High Level Segment of the United Nations Human Rights Council Geneva, Switzerland Speech"],
     "High Level Segment of the United Nations Human Rights Council"),
    (["STATEMENT by the Permanent Representative of Ruritania at the 60th session of the CTBTO Preparatory Commission "
      "Unofficial translation from Russian December 14, 2025"], "60th session of the CTBTO Preparatory Commission"),
    # A letter's inside address names whom it is sent to, not a meeting.
    (["Letter from the Prime Minister to the President of the General Assembly", "3 March 2026",
      "His Excellency the President of the eighty-first session of the United Nations General Assembly",
      "United Nations", "New York"], None),
    # ... and a speech's note that the words may change as given, in brackets, in the page's language.
    (["Etyjin pysyvän neuvoston 1620. kokous (Muutokset puhuttaessa mahdollisia)"],
     "Etyjin pysyvän neuvoston 1620. kokous"),
    (["1450e séance du Conseil permanent (Seul le prononcé fait foi)"], "1450e séance du Conseil permanent"),
    # ... but a place in the meeting's topic followed by its comma stays in it.
    (["Human Rights Council – 61st session", "Item 2: Interactive dialogue on the Occupied Palestinian Territory, "
      "including East Jerusalem, and Israel"],
     "Human Rights Council – 61st session, Item 2: Interactive dialogue on the Occupied Palestinian Territory, "
     "including East Jerusalem, and Israel"),
    # A letterhead's city run on before a numbered session.
    (["Permanent Mission of Ruritania to the United Nations, GENEVA 36th Special Session – 17 March 2026"],
     "36th Special Session"),
    # A page's title restated as the statement's heading, with a photo caption between them.
    (["Response to the Report by the Chairperson-in-Office Flags in front of the Hofburg in Vienna Response to the "
      "Report by the Chairperson-in-Office As delivered by Ambassador Anna Example to the Permanent Council, Vienna "
      "March 9, 2026"], "Response to the Report by the Chairperson-in-Office"),
    # A site's posting stamp or trail run on after the title ends the meeting.
    (["Statement at the Security Council Open Debate on Sea-Level Rise Posted on 15 February 2026 by Mission Admin"],
     "Security Council Open Debate on Sea-Level Rise"),
    (["Statement by Ruritania at the Human Rights Council Urgent Debate Published: 27/09/2026"],
     "Human Rights Council Urgent Debate"),
    (["Statement by H.E. Ambassador Ivan Example at the UN Security Council Open Debate on Children and Armed Conflict "
      "Date  2026-05-21"], "UN Security Council Open Debate on Children and Armed Conflict"),
    # ... and so does a byline ('Par Madame X', 'BY H.E. MR. X').
    (["Déclaration de la Ruritanie à la 1700e séance plénière de la Conférence du désarmement Par Madame Anna Exemple, "
      "Représentant permanent"], "1700e séance plénière de la Conférence du désarmement"),
    (["Statement by Ruritania at the Conference on Disarmament Plenary Meeting » Statements"],
     "Conference on Disarmament Plenary Meeting"),
    # An Arabic lead's meeting ends at the comma before 'و' (and), where the release goes on to the text it gives.
    (["كلمة رئيس الجمهورية أمام الجمعية العامة", "ألقى رئيس الجمهورية كلمة روريتانيا في المناقشة العامة للدورة "
      "الحادية والثمانين للجمعية العامة للأمم المتحدة، وفي ما يلي نصها:"],
     "المناقشة العامة للدورة الحادية والثمانين للجمعية العامة للأمم المتحدة"),
    # The Conference on Disarmament's session is named by its year, its plenary meetings by their running number:
    # the numbered sitting is the meeting, in English and in French.
    (["Conference on Disarmament – 2026 Session", "1750th Plenary Meeting", "Statement by Ambassador Ivan Example",
      "Geneva, 3 March 2026"], "1750th Plenary Meeting"),
    (["Conférence du désarmement – Session de 2026", "1751e séance plénière", "Déclaration de M. Jean Exemple",
      "Genève, le 5 mars 2026"], "1751e séance plénière"),
    # A convened group's name over its session line, the session's dates cut; the name may wrap onto a second line.
    (["BIOLOGICAL WEAPONS CONVENTION", "Working Group on the Strengthening of the Convention",
      "Seventh Session, 8 – 12 December 2025", "Statement by Ambassador Anna Example"],
     "Working Group on the Strengthening of the Convention, Seventh Session"),
    (["Group of Governmental Experts on Emerging Technologies in the Area of", "Lethal Autonomous Weapons Systems",
      "Second session of 2026, Geneva, 1 – 5 September 2026", "Statement by Ambassador Anna Example"],
     "Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems, "
     "Second session of 2026"),
    # A sitting on several agenda items: the list of numbers is not a date.
    (["CONFERENCE ON DISARMAMENT", "Plenary meeting on agenda items 2, 3 and 4",
      "Statement by Ambassador Anna Example"], "Plenary meeting on agenda items 2, 3 and 4"),
    # A document host's meeting field over the document's own masthead, which gives the same sitting its own way.
    (["Reference: DD(2026)101", "Meeting: 1550th meeting of the Ministers' Deputies", "DD(2026)101", "4 March 2026",
      "1550th meeting, 3 March 2026", "Statement by the Delegation of Ruritania"], "1550th meeting"),
    # ... a host's field alone is the meeting.
    (["Date: 22 Sep 2026", "Meeting: General Assembly, 81st session, 12th plenary meeting"],
     "General Assembly, 81st session, 12th plenary meeting"),
    # The OPCW numbers its Conference's sessions 'CSP-30'; the release's label under the headline is cut.
    (["RURITANIA REAFFIRMS SUPPORT FOR THE OPCW AT CSP-31", "PRESS RELEASE"], "CSP-31"),
    # A sentence whose subject is the statement at the meeting ends the meeting at its verb in the passive.
    (["Home > News", "Ruritania's statement at the General Debate of the Eleventh Review Conference of the Parties to "
      "the Treaty on the Non-Proliferation of Nuclear Weapons was delivered by Ms. Anna Example. The full text "
      "follows."], "General Debate of the Eleventh Review Conference of the Parties to the Treaty on the "
     "Non-Proliferation of Nuclear Weapons"),
    # ... but a relative clause in the meeting's own title keeps its verb.
    (["UN Security Council Open Debate on Women, Peace and Security: Women who have been displaced by conflict"],
     "UN Security Council Open Debate on Women, Peace and Security: Women who have been displaced by conflict"),
])
def test_meeting(header, meeting):
    assert record(*header).meeting == meeting


def test_every_standard_item_matches_its_examples():
    """The vocabulary of standard agenda items is data: each pattern is tested against its examples."""
    for item in vocabulary.load_data("meetings")["standard_items"]:
        assert item["examples"], item["pattern"]
        for example in item["examples"]:
            assert record("Statement by Ms. Anna Example", example).meeting == example, example


def test_every_convened_group_and_conference_part_matches_its_examples():
    """The convened groups and a conference's working parts are data: each pattern is tested against its examples,
    as a page's heading and as a stacked heading under the conference."""
    for group in vocabulary.load_data("meetings")["convened_groups"]:
        for example in group["examples"]:
            assert record(example, "Statement by Ruritania").meeting == example, example
    for part in vocabulary.load_data("meetings")["conference_parts"]:
        for example in part["examples"]:
            assert record("Review Conference of the Parties to the Treaty", example).meeting == example, example


RELEASE = "Media release"
SECOND = "The delegation recalled the country's long support for the work of the body and its many partners."


@pytest.mark.parametrize("headline, lead, meeting", [
    # A news release tells in its lead the numbered session its State spoke at, up to the body and its acronym.
    ("Ruritania calls for a ban on nuclear testing",
     "The delegation of Ruritania took part in the 61st session of the Preparatory Commission of the "
     "Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO) held on 6-8 November 2023, in Vienna.",
     "61st session of the Preparatory Commission of the Comprehensive Nuclear-Test-Ban Treaty Organization (CTBTO)"),
    ("PRESIDENT ADDRESSES WORLD LEADERS",
     "Addressing the 78th session of the United Nations General Assembly the President said Ruritania would help.",
     "78th session of the United Nations General Assembly"),
    # ... with the part of the session it spoke at, also where the statement is attributed after the summary.
    ("Minister addresses the Human Rights Council",
     "On 27 February 2024, the Minister delivered a statement at the High-Level Segment of the 55th Session of the "
     "Human Rights Council at the Palais des Nations in Geneva.",
     "High-Level Segment of the 55th Session of the Human Rights Council"),
    ("Ruritania calls for accountability before the Council",
     "Ruritania called on the international community to act. " + SECOND * 6 + " This came in the statement delivered "
     "by its Permanent Representative before the General Debate under Item 4 of the 55th session of the Human Rights "
     "Council, in Geneva.",
     "General Debate under Item 4 of the 55th session of the Human Rights Council"),
    # ... and the part of the session its next sentence says the State spoke at.
    ("Ruritania upholds its human rights record",
     "GENEVA 04 March 2019 — Ruritania upheld its record at the 40th Session of the Human Rights Council (HRC) on 27 "
     "February 2019. Speaking at the Session’s High-Level Segment, the Under-Secretary stressed its resolve.",
     "40th Session of the Human Rights Council (HRC), High-Level Segment"),
    # A session not numbered, or the session of no body the vocabulary knows, is not read.
    ("Ruritania at the Council", "Ruritania spoke at the meeting of the OSCE Permanent Council today.", None),
    ("Ruritania at the festival", "Ruritania took part in the 12th session of the Friends of Poetry in Utopia.", None),
])
def test_a_release_tells_its_session_in_its_lead(headline, lead, meeting):
    found = extract(f"{headline}\n\n{RELEASE}\n\n12 November 2023\n\n{lead} {SECOND}\n\nMore text follows.\n",
                    "r.txt", "r")
    assert found.doc_type == "press_release"
    assert found.meeting == meeting


@pytest.mark.parametrize("header, meeting", [
    # A UN masthead's agenda item takes no title from the speaker's line under it ('Delivered by ...').
    (["Explanation of Vote by Ruritania on draft resolution A/81/L.9", "United Nations General Assembly",
      "Eighty-first Session", "Agenda Item 43",
      "Delivered by Ms. Anna Example, Deputy Permanent Representative of Ruritania to the United Nations",
      "New York, 4 November 2026"], "Eighty-first Session, Agenda Item 43"),
    # ... nor does a stacked committee heading's agenda item.
    (["Right of Reply by Mr. Ivan Example", "Before the Sixth Committee", "On Agenda item 80",
      "Delivered by Mr. Ivan Example, Legal Adviser", "New York, 14 October 2026"], "Sixth Committee, Agenda item 80"),
    # A session heading goes on to its dialogue, not into the speaker's line below, in English or in Arabic.
    (["Statement of Ruritania", "Human Rights Council – 62nd Session",
      "Interactive Dialogue with the Special Rapporteur on Ruritania", "Delivered by: Counsellor Ivan Example",
      "Geneva, 18 June 2026"],
     "Human Rights Council – 62nd Session, Interactive Dialogue with the Special Rapporteur on Ruritania"),
    (["بيان جمهورية روريتانيا", "مجلس حقوق الإنسان – الدورة الثانية والستون", "الحوار التفاعلي مع المقرر الخاص",
      "يلقيه: السفير أحمد مثال، المندوب الدائم", "جنيف، 18 يونيو 2026"],
     "مجلس حقوق الإنسان – الدورة الثانية والستون, الحوار التفاعلي مع المقرر الخاص"),
    # A page's title over the document's own heading that restates its meeting: the heading below is read, and the
    # title does not run on into it.
    (["Statement of Ruritania - Third Committee General Debate", "81st Session of the United Nations General Assembly",
      "Third Committee", "General Debate", "Statement by H.E. Ms. Anna Example",
      "Permanent Representative of Ruritania to the United Nations", "6 October 2026"],
     "81st Session of the United Nations General Assembly, Third Committee, General Debate"),
    # A host's name for its service of many meetings is none of them; the host's meeting title lists the treaty's
    # meeting of its parties, or its working group, under the treaty's name and a dash.
    (["UNODA Meetings Place", "United Nations Office for Disarmament Affairs",
      "Convention on Cluster Munitions - Meeting of States Parties (2026)", "Geneva, 2-4 December 2026",
      "Statement: Ruritania"], "Meeting of States Parties (2026)"),
    (["Arms Trade Treaty - Working Group on the review of the Treaty - Third Session",
      "Vienna, 2-6 March 2026"], "Working Group on the review of the Treaty - Third Session"),
    # ... and where the heading below names only the body, the page names no meeting.
    (["Voluntary Commitments of Ruritania - Fourth United Nations Ocean Conference",
      "FOURTH UNITED NATIONS OCEAN CONFERENCE", "Busan, Republic of Korea, 8 - 12 June 2028"], None),
    # A UN document's masthead flattened from a PDF, page number, body and symbol, files the document: no meeting.
    (["Transcription", "1 CONFERENCE ON DISARMAMENT CD/2400 12 March 2026 Original: ENGLISH",
      "Letter dated 10 March 2026 from the Permanent Representative of Ruritania to the Conference on Disarmament "
      "addressed to the Secretary-General of the Conference"], None),
    # A right of reply answers the statements made 'by' others: they are no meeting; a run-on heading's numbered
    # session between dashes is.
    (["RIGHT OF REPLY OF THE DELEGATION OF RURITANIA TO THE STATEMENTS MADE BY THE EUROPEAN UNION UNDER AGENDA ITEM 2 "
      "- 61ST SESSION OF THE HUMAN RIGHTS COUNCIL - GENEVA, 3 MARCH 2026"], "61st SESSION OF THE HUMAN RIGHTS COUNCIL"),
    (["Right of reply of Ruritania to the statement made by Utopia at the 61st session of the Human Rights Council"],
     "61st session of the Human Rights Council"),
    # A headline's State 'addresses' or 'attends' the meeting, the verb's object; a numbered session's 'on' after the
    # body gives the State's topic there, not the session's.
    (["Ruritania addresses the 61st Session of the Human Rights Council on the rights of island peoples",
      "Posted: 05 Mar 2026 | Category: Press Releases"], "61st Session of the Human Rights Council"),
    (["Minister attends the 81st session of the United Nations General Assembly", "Posted: 22 Sep 2026"],
     "81st session of the United Nations General Assembly"),
    # A treaty's national reports, filed by a host under the treaty's name, are documents, not a meeting.
    (["Convention on Cluster Munitions - National Reports (2026)", "Reporting form: Article 7",
      "State Party: Ruritania", "Date of submission: 30 April 2026"], None),
    # 'to the UN on ...' is a post's destination and the topic the person speaks on, no meeting.
    (["INTERVIEW: Ruritania's Permanent Representative to the UN on climate, debt and the 81st General Assembly",
      "Posted: 03 Oct 2026 | Category: News"], None),
    # An archive's catalogue summary tells of the statement a letter transmits, not of a meeting the letter was
    # delivered at.
    (["Letter from the Permanent Representative of Ruritania to the Secretary-General",
      "Summary: Transmits the passage of the statement made in the general debate of the fiftieth session of the "
      "General Assembly on 2 October 1995.", "Document Type: Letter"], None),
    # A letter's subject line is no catalogue field: it names the letter's meeting, without its label.
    (["Permanent Mission of Ruritania", "Geneva, 3 March 2025", "Subject: 58th session of the Human Rights Council"],
     "58th session of the Human Rights Council"),
    (["Mission permanente de la Ruritanie", "Genève, le 3 mars 2025",
      "Objet : 58e session du Conseil des droits de l'homme"], "58e session du Conseil des droits de l'homme"),
    # A page's sharing bar in its own language ('Partager : ... Imprimer') is no part of the title above it: a
    # candidature for a term names no meeting.
    (["Conseil des droits de l'homme : la Ruritanie présente sa candidature pour le mandat 2027-2029",
      "Partager : Facebook Twitter LinkedIn Imprimer"], None),
    # A news page announces the text it reproduces ('Below is the full text ...:'): the text's own heading under
    # that sentence names the meeting, not the page's lead, and the quotation mark opening the text is not the
    # heading's.
    (["Ruritania replies to Utopia at the Human Rights Council", "12 March 2026, 9:15 AM",
      "Ruritania has replied to remarks made by Utopia during the general debate of the UN Human Rights Council in "
      "Geneva. Below is the full text of the reply:", "Human Rights Council – 61st Session",
      "Right of reply of the Republic of Ruritania", "11 March 2026"], "Human Rights Council – 61st Session"),
    (["ONU : texte intégral de la déclaration de la Ruritanie",
      "NEW YORK (Nations unies) - La délégation a pris la parole lors du débat général de la Sixième Commission de "
      "l'Assemblée générale. L'agence publie ci-après le texte intégral :",
      "\"81e session de l'Assemblée générale des Nations unies – Sixième Commission", "Déclaration de la Ruritanie",
      "New York, le 8 octobre 2026"], "81e session de l'Assemblée générale des Nations unies – Sixième Commission"),
    # ... and a spokesperson's statement quoted in full under such a sentence is the text itself: what it says took
    # place at a meeting is no meeting it was delivered at.
    (["Press release 12", "Statement by the Government Spokesperson on the adoption of the Pact",
      "The Government Spokesperson issued the following statement today:",
      "\"The Government welcomes the adoption of the Pact by the United Nations General Assembly at the Summit of "
      "Example in New York today."], None),
    # A speaker's clause run on after the meeting names a State's diplomat in capitalized words ('..., India's First
    # Secretary X'); a clause in lower case with a possessive is the meeting's own.
    (["Security Council open debate on women and peace, at the Council's Minister-level segment", "3 March 2024"],
     "Security Council open debate on women and peace, at the Council's Minister-level segment"),
    # A sentence that introduces a list ('on behalf of the following countries:') announces no text: the heading
    # above it still names the meeting with the line below it, and the line after the colon does not continue it.
    (["Human Rights Council – 61st Session", "Joint statement delivered on behalf of the following countries:",
      "Ruritania, Utopia and Example", "Item 4 General Debate"],
     "Human Rights Council – 61st Session, Item 4 General Debate"),
    (["Joint statement delivered on behalf of the following countries:", "Human Rights Council – 61st Session",
      "Item 4 General Debate"], "Human Rights Council – 61st Session, Item 4 General Debate"),
])
def test_heading_lines_joined(header, meeting):
    assert record(*header).meeting == meeting


def test_every_speaker_line_matches_its_examples():
    """The words a speaker's line opens with are data: each pattern is tested against its examples."""
    for cue in vocabulary.load_data("meetings")["speaker_lines"]:
        assert cue["examples"], cue["pattern"]
        for example in cue["examples"]:
            assert is_speaker_line(example), example


def test_a_masthead_is_not_given_up_for_a_session_its_note_cites():
    """A UN document copied from a host's page: the host's date line above the masthead is no posting stamp, and the
    note's own sentence citing the session is no heading below one."""
    text = ("Documents > Human Rights Council > Session 46 > Other documents\nSymbol: A/HRC/46/G/12\n\n"
            "United Nations A/HRC/46/G/12\nGeneral Assembly Distr.: General\n15 March 2021\nHuman Rights Council\n"
            "Forty-sixth session\n22 February–23 March 2021\nAgenda item 2\n\nNote verbale dated 2 March 2021 from the "
            "Permanent Mission of Examplia addressed to the Office of the High Commissioner\n\nThe Permanent Mission "
            "of Examplia presents its compliments to the Office and, with reference to the oral update delivered at "
            "the forty-sixth session of the Human Rights Council, has the honour to transmit its comments.")
    meeting = extract(text, "x.txt", "x").meeting
    assert meeting.startswith("Human Rights Council, Forty-sixth session") and "honour" not in meeting


@pytest.mark.parametrize("header, meeting", [
    # A sitting filed under its body: the line below is the item it took up, not more of the meeting.
    (["Déclaration de S.E.M. Jean Exemple, Représentant permanent auprès des Nations Unies",
      "Conseil de sécurité – 9244e séance", "La situation en Exemplie", "New York, le 12 janvier 2023"],
     "9244e séance"),
    (["Conselho de Segurança – 8748.ª sessão", "A situação na Exemplia",
      "Intervenção de Sua Excelência o Senhor Embaixador Amadú Exemplo", "Nova Iorque, 17 de agosto de 2020"],
     "8748.ª sessão"),
    # A right of reply given in the general debate: the line naming it is the document's label.
    (["Right of reply of Examplia to the statement of the delegation of Ruritania", "General Assembly – 79th Session",
      "General Debate – Exercise of the right of reply", "Delivered by Ms. Nafissa Example, First Counsellor",
      "New York, 28 September 2024"], "General Assembly – 79th Session"),
])
def test_a_sittings_item_and_a_reply_s_label_below_the_heading(header, meeting):
    assert record(*header).meeting == meeting


def test_a_sittings_number_then_the_speaker_on_the_line_below():
    found = record("Statement on behalf of the Southern African Development Community (SADC)",
                   "United Nations Security Council – Open debate on peace and security in Africa", "9189th meeting",
                   "by H.E. Mr. Patrice Example Mwamba, Ambassador, Permanent Representative of Examplia to the United "
                   "Nations", "New York, 10 November 2022")
    assert found.meeting.endswith("9189th meeting")
    assert found.speaker == "Patrice Example Mwamba"


@pytest.mark.parametrize("header, meeting", [
    # An OPCW draft's symbol ('EC-94/DEC/CRP.8') names a document, not the body: the session heading above names the
    # meeting.
    (["Ninety-Fourth Session of the Executive Council",
      "Explanation of vote on the draft decision \"Addressing the possession and use of chemical weapons\" "
      "(EC-94/DEC/CRP.8)", "Ambassador Cristina Example", "Permanent Representative of Romania to the OPCW",
      "9 July 2020"], "Ninety-Fourth Session of the Executive Council"),
    # The Council's sitting after its name and the Organization's, in Spanish and French.
    (["Explicación de voto de Examplia sobre los proyectos de resolución",
      "CONSEJO DE SEGURIDAD DE LAS NACIONES UNIDAS – 8476ª SESIÓN",
      "Intervención del Sr. Juan Ejemplo, Representante Permanente de Examplia ante las Naciones Unidas",
      "Nueva York, 28 de febrero de 2019"], "8476ª SESIÓN"),
    (["Conseil de sécurité des Nations Unies – 9244e séance",
      "Intervention de M. Jean Exemple, Représentant permanent de la France", "New York, 28 février 2019"],
     "9244e séance"),
    # A plan's years close the meeting's name ('... Sendai Framework for Disaster Risk Reduction 2015-2030'), and the
    # hall under a heading in capitals is the venue, not more of the name.
    (["REMARKS BY DR. TAMARA EXAMPLE BANDA,", "VICE PRESIDENT OF THE REPUBLIC OF EXAMPLIA,",
      "AT THE HIGH-LEVEL MEETING ON THE MIDTERM REVIEW OF THE SENDAI FRAMEWORK FOR DISASTER RISK REDUCTION 2015-2030",
      "UNITED NATIONS GENERAL ASSEMBLY HALL, NEW YORK", "18TH MAY 2023"],
     "HIGH-LEVEL MEETING ON THE MIDTERM REVIEW OF THE SENDAI FRAMEWORK FOR DISASTER RISK REDUCTION 2015-2030"),
    # A heading that opens on its meeting and names what it commemorates at length.
    (["High-level meeting of the General Assembly to commemorate the thirtieth anniversary of the adoption of the "
      "Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities",
      "Statement by Mr. László Example-Bódi", "New York, 21 September 2022"],
     "High-level meeting of the General Assembly to commemorate the thirtieth anniversary of the adoption of the "
     "Declaration on the Rights of Persons Belonging to National or Ethnic, Religious and Linguistic Minorities"),
    # The Assembly's name over one of its Main Committees after a dash: the Committee's session.
    (["Explicación de voto de Examplia sobre el proyecto de resolución A/C.1/79/L.77",
      "Asamblea General de las Naciones Unidas – Primera Comisión, 79° período de sesiones",
      "Nueva York, 5 de noviembre de 2024"], "Primera Comisión, 79° período de sesiones"),
    (["Explanation of vote on draft resolution A/C.1/79/L.77",
      "United Nations General Assembly – First Committee, 79th session", "New York, 5 November 2024"],
     "First Committee, 79th session"),
    # A complaint filed with the Council names whom it went to, no meeting.
    (["Examplia files complaint with UN Security Council over attacks on civilians",
      "NNA - Upon instructions from the Minister of Foreign Affairs, the Permanent Mission of Examplia to the United "
      "Nations in New York has submitted a new complaint to the Security Council over the attacks on civilians in "
      "the South."], None),
])
def test_opcw_symbols_sittings_of_the_organization_named_plans_and_main_committees(header, meeting):
    assert record(*header).meeting == meeting


@pytest.mark.parametrize("header, meeting", [
    # What a release introduces ('Full text of X's explanation of vote ...') is no meeting.
    (["Full text of Tunisia's explanation of vote on Security Council resolution 2532 (2020)",
      "Ambassador, Permanent Representative of Tunisia to the United Nations", "New York, 1 July 2020"], None),
    # A press conference's transcript is the delegation's own event.
    (["TRANSCRIPT: Press conference of the Examplian delegation after the delivery of the ICJ Advisory Opinion",
      "The Hague, 23 July 2025"], None),
    # The time a review gives each speaker, in brackets below the session, is no part of it.
    (["Statement by Nepal", "Universal Periodic Review of Japan", "42nd Session of the UPR Working Group",
      "(Speaking time: 1 minute 5 seconds)"], "42nd Session of the UPR Working Group"),
    # The room and the building below a heading in capitals are where it sat.
    (["EXPLANATION OF VOTE OF THE REPUBLIC OF EXAMPLIA", "",
      "FIRST COMMITTEE, SEVENTY-EIGHTH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY",
      "CONFERENCE ROOM 4, UNITED NATIONS HEADQUARTERS", "1 NOVEMBER 2023"],
     "FIRST COMMITTEE, SEVENTY-EIGHTH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY"),
    # A note's compliments formula names no meeting.
    (["Note verbale", "The Permanent Representation of Examplia to the Council of Europe presents its compliments to "
      "the Secretariat of the Committee of Ministers and has the honour to transmit the statement delivered at the "
      "1533rd meeting of the Ministers' Deputies.", "Strasbourg, 30 June 2025"], None),
])
def test_transcripts_speaking_times_rooms_and_a_notes_compliments(header, meeting):
    assert record(*header).meeting == meeting


@pytest.mark.parametrize("header, meeting", [
    # A news item's line naming the full text it reproduces tells the occasion in the item's words; the text's own
    # heading below names the meeting.
    (["25.02.2020 18:22",
      "Full text of Deputy Foreign Minister Radoslav Example's statement at UN Human Rights Council",
      "Geneva, February 25 (BTA) - BTA publishes the full text of the statement delivered by Deputy Foreign Minister "
      "Radoslav Example at the High-Level Segment of the 43rd session of the UN Human Rights Council.",
      "Statement by H.E. Mr. Radoslav Example, Deputy Minister of Foreign Affairs of the Republic of Bulgaria",
      "High-Level Segment, 43rd session of the Human Rights Council", "Geneva, 25 February 2020"],
     "High-Level Segment, 43rd session of the Human Rights Council"),
    # ... and with no heading of the text's own below it, the item's line still names it.
    (["25.02.2020 18:22", "Geneva, February 25 (BTA) - BTA publishes the full text of the statement delivered by "
      "Deputy Foreign Minister Radoslav Example at the High-Level Segment of the 43rd session of the UN Human Rights "
      "Council."], "High-Level Segment of the 43rd session of the UN Human Rights Council"),
    # ... unless the text's own heading only names part of it: its bare session line under the item's debate.
    (["BTA", "Foreign Minister Example: Bulgaria stands for a rules-based international order",
      "New York, September 23 (BTA) - Following is the full text of the speech delivered by Foreign Minister Ivan "
      "Example at the General Debate of the 79th session of the United Nations General Assembly.",
      "79th Session of the United Nations General Assembly",
      "Statement by H.E. Mr. Ivan Example, Minister of Foreign Affairs of the Republic of Bulgaria",
      "New York, 23 September 2024"],
     "General Debate of the 79th session of the United Nations General Assembly"),
    # A draft's full text a meeting negotiates is no text a page reproduces.
    (["Permanent Mission of Examplia to the United Nations",
      "Statement by Ambassador Karim Example at the informal plenary meeting of the General Assembly on the full text "
      "of the zero draft of the Pact for the Future", "78th session of the General Assembly", "New York, 5 February "
      "2024"],
     "informal plenary meeting of the General Assembly on the full text of the zero draft of the Pact for the Future"),
])
def test_the_heading_of_a_text_a_news_item_reproduces(header, meeting):
    assert record(*header).meeting == meeting


@pytest.mark.parametrize("header", [
    # A headline's body before its officer is whom the letter is sent to, not a meeting.
    ["TVMnews", "News > World", "Examplia transmits Arria-formula summary on education under attack to Security "
     "Council President", "07.06.2024 | 11:45 | TVMnews"],
    # A phrase's words end with their sentence where prose goes on: 'in April' names no meeting, and the Security
    # Council document of the next sentence is no meeting either.
    ["TVMnews", "News > World", "Examplia writes to the Secretary-General on climate and security",
     "29.03.2024 | 16:02 | TVMnews", "Examplia has informed the Secretary-General that it will hold a debate on "
     "climate, peace and security in April. The letter and the accompanying concept note were issued as a Security "
     "Council document today."],
])
def test_no_meeting_from_an_addressee_in_a_headline_or_a_sentence_after_the_phrase(header):
    assert record(*header).meeting is None


def test_a_headings_next_part_after_a_full_stop_still_names_the_meeting():
    header = ["Permanent Mission of Examplia in Geneva", "Statement by the delegation of Examplia in the exercise of "
              "the right of reply to the delegation of Ruritania. 31st regular session of the Human Rights Council."]
    assert record(*header).meeting == "31st regular session of the Human Rights Council"


def test_the_office_a_letter_is_addressed_to_is_no_meeting():
    # The inside address: the style alone on its line, the office under it is whom the letter goes to.
    header = ["Letter to the President of the UN General Assembly on the interaction with national parliaments",
              "Oslo, 3 November 2025", "His Excellency\nThe President of the eightieth session of the General "
              "Assembly\nUnited Nations\nNew York"]
    assert record(*header, body="Excellency,\n\nI have the honour to convey our support.\n").meeting is None


def test_a_speakers_honorific_over_the_meeting_line_keeps_the_meeting():
    header = ["Address by the Chairman-in-Office to the Permanent Council\nH.E. Mr. Mikael Example\nMinister for "
              "Foreign Affairs of Finland and OSCE Chairman-in-Office\n695th Plenary Meeting of the Permanent Council\n"
              "Vienna, 10 January 2008"]
    assert record(*header).meeting == "695th Plenary Meeting of the Permanent Council"
