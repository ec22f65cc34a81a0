"""News agencies' wire items on a ministry's or an agency's site: the dateline and the lead under the site's
posting stamp, the quoted diplomat named after the quotation with the post in the agency's lower case, the
occasion told as the body meeting ('as the Council opened its session'), the State as the lead's subject with the
weekday after it. Every page is written for this file in the style of real agencies' English services; names are
invented.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract

WIRE_ITEM = (
    "Yonhap News Agency\nENGLISH | 中文 | 日本語 | Español\nLatest | National | N. Korea | Economy\n"
    "(LEAD) S. Korea urges N. Korea to halt arms deals at U.N. debate\n2024-10-16 07:12\n"
    "Facebook | X | Email | Print\n\nBy Lee Min-ji\n\n"
    "NEW YORK, Oct. 15 (Yonhap) -- South Korea on Tuesday called on North Korea to stop its arms transfers to "
    "Russia, as the U.N. General Assembly's First Committee continued its general debate on disarmament.\n\n"
    "\"The DPRK's reckless pursuit of nuclear weapons poses a grave threat to peace on the Korean Peninsula,\" "
    "Choi Hyun-woo, South Korea's deputy ambassador to the United Nations, said during the debate.\n\n"
    "Choi noted that the North had launched more than 30 ballistic missiles since the start of the year.")


@pytest.mark.parametrize("field, expected", [
    ("speaker", "Choi Hyun-woo"),
    # the post as the agency writes it, in lower case after the State's possessive
    ("speaker_role", "South Korea's deputy ambassador to the United Nations"),
    ("country", "South Korea"),
    # the First Committee is the Assembly's: the lead tells the occasion as the body meeting
    ("forum", "UN General Assembly"),
    ("location", "New York"),
    ("doc_type", "press_release"),
])
def test_a_wire_item_reporting_a_diplomat_at_a_un_debate(field, expected):
    assert getattr(extract(WIRE_ITEM, "t.txt", "t"), field) == expected


def wire(lead: str, stamp: str = "2025-03-04 18:40") -> str:
    return f"Agency News\nWorld | Politics | Diplomacy\nMinister speaks at the Council\n{stamp}\n\n{lead}\n"


@pytest.mark.parametrize("lead, field, expected", [
    # the lead's dateline and sentence are no heading naming a meeting
    ("GENEVA, March 3 (Agency) -- Chile on Monday called for restraint as the Human Rights Council opened its "
     "58th session.", "meeting", None),
    ("GENEVA -- Chile called for restraint as the Human Rights Council opened its 58th session in Geneva.",
     "meeting", None),
    ("GENEVA, March 3 (Agency) -- Chile on Monday called for restraint as the Human Rights Council opened its "
     "58th session.", "forum", "UN Human Rights Council"),
    # the State the lead opens on, the weekday between it and its verb
    ("GENEVA, March 3 (Agency) -- Chile on Monday called for restraint as the Human Rights Council opened its "
     "58th session.", "country", "Chile"),
])
def test_a_wire_leads_dateline_subject_and_occasion(lead, field, expected):
    assert getattr(extract(wire(lead), "t.txt", "t"), field) == expected


def test_a_heading_opening_on_its_city_still_names_the_meeting():
    page = ("Permanent Mission of Chile to the United Nations Office at Geneva\n\n"
            "GENEVA – 58th session of the Human Rights Council\n\n"
            "Statement by Ambassador Claudia Rojas Fuentes\n\n3 March 2025\n\nThank you, Mr. President.\n")
    assert extract(page, "t.txt", "t").meeting == "58th session of the Human Rights Council"


def italian_news(lead: str) -> str:
    """A ministry's news page: skip links, its banner, a menu set apart by wide spaces, a trail and a stamp."""
    return ("Vai al contenuto principale\nVai al footer\nMinistero dell'Esempio\nITA | ENG\n"
            "Il Dipartimento   Ministra   Politiche e attività   Attività internazionali   Comunicazione\n"
            "Home > Comunicazione > Notizie\nL'Italia al Consiglio di Sicurezza\nPubblicato: 4 aprile 2025\n"
            f"Condividi: Facebook | X | LinkedIn\n{lead}\n"
            "Nel suo intervento ha ricordato l'impegno dell'Italia per la pace e per il diritto internazionale.")


@pytest.mark.parametrize("lead, speaker, role", [
    # Italian news attributes a quotation with 'Così' (thus), then the post and the name set off by commas.
    ("New York, 3 aprile 2025 – «L'Italia sostiene il multilateralismo e la Carta delle Nazioni Unite». Così il "
     "Ministro degli Affari Esteri, Marco Esempio, intervenuto oggi al Consiglio di Sicurezza.", "Marco Esempio",
     "Ministro degli Affari Esteri"),
    # No one named: the menu's links ('Il Dipartimento   Ministra') are no name above a post.
    ("New York, 3 aprile 2025 – L'Italia ha sostenuto oggi al Consiglio di Sicurezza il multilateralismo e la Carta "
     "delle Nazioni Unite.", None, None),
])
def test_an_italian_news_item_names_the_one_it_quotes_and_not_its_menu(lead, speaker, role):
    found = extract(italian_news(lead), "t.txt", "t")
    assert (found.speaker, found.speaker_role) == (speaker, role)
