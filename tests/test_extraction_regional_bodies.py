"""Regional organizations' bodies, notes to the High Commissioner, interviews and communiqués, and the dates and
meetings of their pages: tables of lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from indexer.extraction import extract
from indexer.extraction.forum_names import forum_matches, forums_in

SPEECH = "Mr. President,\n\nWe thank you for convening this debate today.\n"


def record(*header: str, body: str = SPEECH):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("text, context, expected", [
    # The Council of the European Union where its meeting is named ...
    ("Meeting: 4100th meeting of the Council of the European Union (Foreign Affairs)", None,
     ["Council of the European Union"]),
    # ... not as the banner of its own site, which every page carries.
    ("Council of the European Union", "Press release Declaration by the High Representative on behalf of the EU", []),
    # ECOWAS's council on peace and security, in French.
    ("à la 12e session ordinaire du Conseil de médiation et de sécurité au niveau ministériel", None,
     ["ECOWAS Mediation and Security Council"]),
    # The GCC's Ministerial Council: by its short name only beside the Council's name ...
    ("Final Communiqué of the 150th Session of the Ministerial Council", "The Gulf Cooperation Council",
     ["GCC Ministerial Council"]),
    ("Final Communiqué of the 150th Session of the Ministerial Council", "Home Media Center", []),
    # ... and in Arabic ('the ministerial council of the Cooperation Council').
    ("ترأس الوزير اجتماع المجلس الوزاري لمجلس التعاون في الرياض", None, ["GCC Ministerial Council"]),
    # La Francophonie's ministers.
    ("45e session de la Conférence ministérielle de la Francophonie", None,
     ["Ministerial Conference of La Francophonie"]),
    # The Conference on Disarmament in Italian; the Biological Weapons Convention in Russian.
    ("Conferenza del Disarmo – Sessione 2025, seconda parte", None, ["Conference on Disarmament"]),
    ("О сессии Рабочей группы по укреплению Конвенции о запрещении биологического и токсинного оружия", None,
     ["Biological Weapons Convention"]),
])
def test_regional_and_treaty_bodies(text, context, expected):
    assert list(dict.fromkeys(m.name for m in forum_matches(text, context))) == expected


@pytest.mark.parametrize("text, expected", [
    # A court's opinion named after the court is what it decided, not where the letter goes.
    ("Examplia writes to President of the General Assembly on follow-up to ICJ Advisory Opinion on the Oceans",
     ["UN General Assembly"]),
    # Where a veto was cast is the subject of the Assembly's debate on it.
    ("General Assembly debate on the use of the veto following the veto cast in the Security Council",
     ["UN General Assembly"]),
])
def test_a_body_spoken_of_is_not_the_venue(text, expected):
    assert forums_in(text) == expected


def test_the_assembly_s_veto_debate_is_dated_by_its_own_day_not_the_veto_s():
    found = record("General Assembly debate on the use of the veto following the veto cast in the Security Council "
                   "on 2 March 2024", "Statement by Ambassador Jan Example, Permanent Representative", "11 March 2024")
    assert (found.forum, found.date) == ("UN General Assembly", "2024-03-11")


NOTE_TO_THE_OFFICE = (
    "The Permanent Mission of Examplia to the United Nations presents its compliments to the Office of the United "
    "Nations High Commissioner for Human Rights and, with reference to the latter's note requesting inputs for the "
    "study on the right to housing, has the honour to submit the following information.\n\n"
    "The Permanent Mission of Examplia avails itself of this opportunity to renew the assurances of its highest "
    "consideration.\n\n3 June 2025\n")


def test_a_note_to_the_high_commissioner_goes_to_the_human_rights_council():
    found = record("Home | About | News | Statements | Contact", "Posted on 5 June 2025 by the Mission | Statements, "
                   "Human Rights, Treaties, Climate, Oceans, Development", "",
                   "Note verbale to OHCHR: Examplia's contribution on housing", body=NOTE_TO_THE_OFFICE)
    assert (found.doc_type, found.forum) == ("note_verbale", "UN Human Rights Council")


@pytest.mark.parametrize("header, body, doc_type", [
    # An interview introduced by its lead is another kind, given to the press: no forum.
    (["News", "Our small mission speaks for the highlands"],
     "In this interview for the mission's newsletter, the Ambassador reflects on the Human Rights Council.\n\n"
     "Q: What has surprised you most?\n\nA: The number of meetings.\n", "other"),
    # ... in Hungarian too ('interview with the ambassador').
    (["„Nem lehet egyetlen tábor szócsöve” – interjú Példa Péter nagykövettel"], SPEECH, "other"),
    # A candidate's pledges to the Human Rights Council, and a ministerial council's final communiqué.
    (["CANDIDATURE OF EXAMPLIA FOR MEMBERSHIP OF THE HUMAN RIGHTS COUNCIL",
      "VOLUNTARY PLEDGES AND COMMITMENTS PURSUANT TO GENERAL ASSEMBLY RESOLUTION 60/251"], SPEECH, "other"),
    (["Final Communiqué of the 150th Session of the Ministerial Council"],
     "The Council welcomed the progress achieved by the committees concerned.\n", "other"),
    # A Spanish note verbale's formula may say 'muy atentamente'.
    (["Nota N.° 5-8-M/100"], "La Embajada de Ejemplo saluda muy atentamente a la Secretaría General y tiene el honor "
     "de informar que su Gobierno ha decidido presentar su candidatura.\n", "note_verbale"),
    # An Arabic news item tells who chaired the meeting and what he said ('chaired ...', 'and he said').
    (["الأخبار", "الوزير يرأس اجتماع المجلس الوزاري"],
     "الرياض، 24 سبتمبر 2025 - ترأس الوزير اجتماع المجلس الوزاري.\n\nوقال الوزير في كلمته إن الاجتماع مهم.\n",
     "press_release"),
    # A share bar's words before the salutation: the speech has begun, and its third-person sentences are its own.
    (["General Assembly debate on the use of the veto", "Statement by Ambassador Jan Example", "8 May 2024"],
     "Share Print Mr. President, On 2 March, Utopia vetoed a draft resolution that reaffirmed the obligation of all "
     "States. Examplia draws its own conclusions.\n", "statement"),
])
def test_kinds_of_document(header, body, doc_type):
    assert record(*header, body=body).doc_type == doc_type


def test_a_doorstop_transcript_is_an_interview_without_a_forum():
    # The journalists' questions run on after the answers, on lines of one block; the subjects line names the
    # Assembly the minister is in town for, no body the words were delivered to.
    found = record("Transcript", "Doorstop interview, New York", "Date: Tuesday, 24 September 2024",
                   "Subjects: United Nations General Assembly; Lebanon; Gaza.",
                   body="ANNA EXAMPLE: Good morning, everyone. I have just come out of a meeting. JOURNALIST: "
                        "Minister, will the Government organise flights? ANNA EXAMPLE: We have secured seats. "
                        "JOURNALIST: On Gaza, are you concerned? ANNA EXAMPLE: We are.\n")
    assert (found.doc_type, found.forum) == ("other", None)


def test_an_interview_has_no_forum():
    found = record("News", "A conversation with the Ambassador",
                   body="In this interview for the mission's newsletter, the Ambassador says that here we have raised "
                        "this at the WTO General Council.\n\nQ: What next?\n\nA: More meetings.\n")
    assert (found.doc_type, found.forum) == ("other", None)


@pytest.mark.parametrize("header, body, date", [
    # An Arabic posting stamp ('published on') is no date of the text; the lead's dateline is ('Geneva, on ...') ...
    (["الأخبار", "السفير يلقي كلمة أمام مجلس حقوق الإنسان", "نُشر في 26 فبراير 2025 | التصنيف: بلاغات"],
     "جنيف في 25 فبراير 2025 – ألقى السفير كلمة بلاده أمام المجلس.\n", "2025-02-25"),
    # ... as with 'date of publication' and a dateline after a comma ('New York, ...').
    (["الأخبار", "الوزير يرأس اجتماع المجلس في نيويورك", "تاريخ النشر: 2025/09/25"],
     "نيويورك، 24 سبتمبر 2025 - ترأس الوزير الاجتماع.\n", "2025-09-24"),
])
def test_arabic_stamps_and_datelines(header, body, date):
    assert record(*header, body=body).date == date


def test_an_italian_note_is_dated_under_its_closing_not_by_the_page():
    found = record("Data: 31/03/2025", "Nota verbale della Rappresentanza Permanente", "Nota verbale n. 100",
                   body="La Rappresentanza Permanente d'Esempio presenta i suoi complimenti all'Ufficio dell'Alto "
                        "Commissario e ha l'onore di trasmettere il contributo richiesto dal questionario.\n\n"
                        "La Rappresentanza Permanente d'Esempio si avvale dell'occasione per rinnovare i sensi della "
                        "sua più alta considerazione.\n\nGinevra, 28 marzo 2025\n")
    assert found.date == "2025-03-28"


@pytest.mark.parametrize("header, meeting", [
    # An Arabic session whose ordinal is in the subject's form ('the sixtieth session of the Human Rights Council').
    (["حق الرد", "الدورة الستون لمجلس حقوق الإنسان"], "الدورة الستون لمجلس حقوق الإنسان"),
    # A French headline: the occasion, then what a State did there; the site's topics below it are no meeting.
    (["46e session de la Conférence ministérielle de la Francophonie : la Ruritanie plaide pour la jeunesse",
      "Thématiques : Jeunesse, Économie"], "46e session de la Conférence ministérielle de la Francophonie"),
])
def test_meetings(header, meeting):
    assert record(*header).meeting == meeting
