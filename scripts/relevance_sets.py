"""The queries of scripts/relevance, in families, with the rule that judges each.

A rule reads only a speech's raw text, its file name and its row of the
speakers' sheet, never a ranking, so every engine is judged by the same
answers. Two sets:
- TUNED: the queries Verbatim's ranking was tuned on (archive/ranking.py);
- HELD_APART: queries written before any tuning of issue 17 and never tuned
  on since; their figures say how the ranking does on queries nobody tuned on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def words_pattern(words: str) -> str:
    """Words as a phrase, whole words, any space between them, any case."""
    return r"\b" + r"\s+".join(map(re.escape, words.split())) + r"\b"


@dataclass(frozen=True)
class Speaker:
    """The speeches the sheet gives to a speaker whose name holds every word of `name` (gain 1)."""

    name: str


@dataclass(frozen=True)
class StateOn:
    """Speeches of the State with ISO3 `code` whose text matches `subject` (gain 2 from three mentions, else 1)."""

    code: str
    subject: str  # a regular expression: a subject, a place, or a State under all its names


@dataclass(frozen=True)
class Phrase:
    """Speeches holding the phrase at least twice (gain 2 from five times, else 1)."""

    pattern: str


@dataclass(frozen=True)
class Question:
    """Speeches holding every key of the question (gain 2 when each is there three times, else 1)."""

    keys: tuple[str, ...]  # regular expressions


@dataclass(frozen=True)
class Spec:
    q: str
    family: str
    rule: Speaker | StateOn | Phrase | Question


def speakers(*names: str) -> list[Spec]:
    return [Spec(name, "speaker", Speaker(name)) for name in names]


def states_on(*pairs: tuple[str, str, str], family: str = "State on a subject") -> list[Spec]:
    """(query, code, subject pattern); the subject's words are in the query."""
    return [Spec(q, family, StateOn(code, subject)) for q, code, subject in pairs]


def subjects(*phrases: str) -> list[Spec]:
    return [Spec(phrase, "subject", Phrase(words_pattern(phrase))) for phrase in phrases]


def quoted(*phrases: str) -> list[Spec]:
    return [Spec(f'"{phrase}"', "quoted phrase", Phrase(words_pattern(phrase))) for phrase in phrases]


def questions(*pairs: tuple[str, tuple[str, ...]]) -> list[Spec]:
    return [Spec(q, "question", Question(keys)) for q, keys in pairs]


ON_A_STATE = "State on a State or place"

TUNED = [
    *speakers("Nelson Mandela", "Yasser Arafat", "Hugo Chávez", "Ilham Aliyev", "Barack Obama", "Mahmoud Abbas",
              "Evo Morales", "Emmanuel Macron", "Narendra Modi", "Sergey Lavrov", "Robert Mugabe", "Ahmadinejad",
              "Shevardnadze", "Gromyko"),
    *states_on(("Azerbaijan karabakh", "AZE", r"\bkarabakh"), ("Armenia karabakh", "ARM", r"\bkarabakh"),
               ("Cuba embargo", "CUB", r"\bembargo"), ("Pakistan kashmir", "PAK", r"\bkashmir"),
               ("India kashmir", "IND", r"\bkashmir"), ("Cyprus turkish", "CYP", r"\bturkish"),
               ("South Africa apartheid", "ZAF", r"\bapartheid"), ("Ukraine crimea", "UKR", r"\bcrimea"),
               ("Georgia abkhazia", "GEO", r"\babkhazia"), ("Morocco sahara", "MAR", r"\bsahara"),
               ("Argentina malvinas", "ARG", r"\bmalvinas"), ("Tuvalu climate", "TUV", r"\bclimate"),
               ("Bangladesh rohingya", "BGD", r"\brohingya"), ("Japan nuclear", "JPN", r"\bnuclear")),
    *states_on(("Greece cyprus", "GRC", r"\bcyprus"), ("Serbia kosovo", "SRB", r"\bkosovo"),
               ("Armenia Azerbaijan", "ARM", r"\bazerbaijan"), ("Azerbaijan Armenia", "AZE", r"\barmenia"),
               ("Pakistan India", "PAK", r"\bindia\b"), ("Iran Iraq", "IRN", r"\biraq"),
               ("Argentina Falklands", "ARG", r"\bfalkland|\bmalvinas"), ("Israel Lebanon", "ISR", r"\blebanon"),
               family=ON_A_STATE),
    *subjects("nuclear disarmament", "climate change", "sustainable development", "peacekeeping operations",
              "weapons of mass destruction", "international terrorism", "ozone layer", "law of the sea",
              "new international economic order", "small island developing States", "landmines", "apartheid"),
    *quoted("cold war", "nuclear weapons", "developing countries", "peace process", "Middle East",
            "international cooperation"),
    *questions(("end of the cold war", (words_pattern("end of the cold war"),)),
               ("climate change small island states", (words_pattern("climate change"),
                                                       words_pattern("small island"))),
               ("the situation in the middle east", (words_pattern("situation in the Middle East"),)),
               ("apartheid in south africa", (r"\bapartheid", words_pattern("South Africa"))),
               ("protection of the ozone layer", (words_pattern("ozone layer"), r"\bprotect")),
               ("proliferation of nuclear weapons", (r"\bproliferation", words_pattern("nuclear weapons"))),
               ("the right to self-determination", (r"\bright\s+to\s+self-determination",)),
               ("reform of the united nations", (r"\breform", words_pattern("United Nations")))),
]

# Written before any tuning of issue 17 (see the commit that added them); never tuned on.
HELD_APART = [
    *speakers("Vladimir Putin", "Recep Tayyip Erdoğan", "Benjamin Netanyahu", "Paul Kagame", "Yoweri Museveni",
              "Hassan Rouhani", "Qian Qichen", "Michelle Bachelet", "Lula da Silva", "Nicolás Maduro"),
    *states_on(("Libya Lockerbie", "LBY", r"\blockerbie"), ("Colombia drugs", "COL", r"\bdrug"),
               ("Rwanda genocide", "RWA", r"\bgenocide"), ("Haiti earthquake", "HTI", r"\bearthquake"),
               ("Maldives sea level", "MDV", words_pattern("sea level")), ("Mauritius Chagos", "MUS", r"\bchagos"),
               ("Moldova Transnistria", "MDA", r"\btransn(?:istria|iestria|iester)")),
    *states_on(("Ethiopia Eritrea", "ETH", r"\beritrea"), ("Eritrea Ethiopia", "ERI", r"\bethiopia"),
               ("India Pakistan", "IND", r"\bpakistan"), ("Greece Turkey", "GRC", r"\bturkey\b"),
               ("Iraq Kuwait", "IRQ", r"\bkuwait"), ("Venezuela Guyana", "VEN", r"\bguyana"),
               ("Guyana Venezuela", "GUY", r"\bvenezuela"), ("Spain Gibraltar", "ESP", r"\bgibraltar"),
               ("Bangladesh Myanmar", "BGD", r"\bmyanmar|\bburma"), ("Indonesia East Timor", "IDN",
                                                                     r"\beast\s+timor|\btimor-leste"),
               family=ON_A_STATE),
    *quoted("arms race", "right to development", "illicit drugs", "debt burden", "Security Council reform",
            "peaceful coexistence", "foreign occupation", "food security"),
    *questions(("nuclear tests in the pacific", (r"\bnuclear\s+test", r"\bpacific")),
               ("reform of the security council", (r"\breform", words_pattern("Security Council"))),
               ("rights of the palestinian people", (words_pattern("rights of the Palestinian people"),)),
               ("debt crisis of developing countries", (words_pattern("debt crisis"),
                                                        words_pattern("developing countries"))),
               ("refugees fleeing the war in syria", (r"\brefugee", r"\bsyria")),
               ("the fall of the berlin wall", (words_pattern("fall of the Berlin Wall"),)),
               ("drug trafficking in latin america", (words_pattern("drug trafficking"),
                                                      words_pattern("Latin America"))),
               ("independence of namibia from south africa", (r"\bnamibia", r"\bindependence",
                                                              words_pattern("South Africa"))),
               ("the situation in afghanistan", (words_pattern("situation in Afghanistan"),)),
               ("role of women in development", (words_pattern("role of women"), r"\bdevelopment"))),
]
