"""Patterns built from named pieces and from the vocabularies.

Each piece says what it must match and what it must not; the vocabularies
(archive/data) supply the words, so adding a forum or an honorific is a data
change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from archive.folding import fold


def trie_pattern(words) -> str:
    """One regex alternative for many words, factored by common prefixes so
    the engine does not try each word in turn at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return build(trie)


def _alternation(words) -> str:
    """Longest first, so 'H.E. Mr.' is not cut at 'H'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def honorifics() -> re.Pattern:
    """One or more honorifics at the start of a name: 'H.E. Mr. ', 'Ambassador '.

    Must not match inside a word ('Mrs' in 'Mrsomething') nor take 'M' from
    'Mark': each honorific is followed by a space.
    """
    return re.compile(rf"^(?:(?:{_alternation(vocabulary.load_data('honorifics'))})\s+)+", re.IGNORECASE)


# A word of a personal name: capitalized, in capitals ('LI', 'ISHIKANE') or an
# initial ('A.'). Words of posts, institutions and documents are not.
_NAME_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*|[A-Z]\.)")
_INSTITUTION_WORDS = {
    "mission", "ministry", "delegation", "government", "republic", "kingdom", "nations", "council", "assembly",
    "office", "embassy", "secretariat", "state", "states", "union", "committee", "conference", "convention",
    "organization", "organisation", "federation", "department", "agency", "coalition", "group", "movement",
    "initiative", "countries", "community", "commission", "court", "treaty", "forum", "league", "alliance",
    "party", "parties", "programme", "fund", "bank", "institute", "university", "association", "news",
}
_NOT_NAME_WORDS = _INSTITUTION_WORDS | {
    "permanent", "representative", "deputy", "minister", "ambassador", "president", "chair", "chairman",
    "chairperson", "secretary", "counsellor", "counselor", "united", "general", "security", "human", "rights",
    "foreign", "affairs", "statement", "session", "annex", "letter", "note", "the", "of", "and", "on", "at",
    "by", "for", "to", "in", "mr", "mrs", "ms", "dr", "h.e.", "amb.", "excellency", "thank", "you", "madam",
    "osce", "un", "unga", "unsc", "eu", "nato", "npt", "cd", "hrc", "ecosoc", "ohchr", "unhq", "uae", "usa",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "right", "reply", "joint",
    "explanation", "vote", "remarks", "speech", "item", "agenda", "first", "second", "third", "city",
}

# Words that open a post: 'Permanent Representative of ...', 'Minister for Foreign Affairs'.
ROLE_START = re.compile(
    r"^(?:Deputy|Permanent|Alternate|Acting|Minister|Ministre|Vice|Prime|President|Ambassador|Chargé|Charge|"
    r"Counsell?or|(?:First|Second|Third)\s+(?:Secretary|Counsell?or|Deputy|Vice)|Attaché|Attache|Head|Chief|"
    r"Secretary|Under[- ]Secretary|Under|Special|"
    r"Senior|Director|Adviser|Advisor|Legal|Delegate|Representative|Spokes(?:person|man|woman)|Chair|"
    r"Co-Chair|Member|Foreign|State|Consul|High|Executive|King|Queen|Emir|Sultan|Crown)\b"
)


def is_name_word(word: str) -> bool:
    core = word.rstrip(".,;:")
    return (bool(_NAME_WORD.fullmatch(word.rstrip(",;:")))
            and core.casefold() not in _NOT_NAME_WORDS
            and core.casefold() not in months())


def is_institution_word(word: str) -> bool:
    return word.casefold() in _INSTITUTION_WORDS


def normalize_name(text: str) -> str:
    """'ENRIQUE A. MANALO' -> 'Enrique A. Manalo'; mixed case is kept as written."""
    text = " ".join(text.strip(" ,;").split())
    if any(ch.islower() for ch in text):
        return text
    return " ".join(_capitalize(word) for word in text.split())


def _capitalize(word: str) -> str:
    if re.fullmatch(r"[A-Z]\.", word):
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


def strip_honorifics(text: str) -> str:
    return honorifics().sub("", text.strip())


# --- dates -----------------------------------------------------------------

@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    return vocabulary.load_data("months")


def _month_pattern() -> str:
    return rf"(?P<month>{_alternation(months())})\.?"


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    year: int | None
    month: int
    day: int | None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month"

    def iso(self, year: int | None = None) -> str | None:
        year = self.year or year
        if year is None:
            return None
        return f"{year:04d}-{self.month:02d}-{(self.day or 1):02d}"


@lru_cache(maxsize=1)
def date_patterns() -> tuple[re.Pattern, ...]:
    """'22 June 2021', '22nd of June, 2021', 'June 22, 2021', '2021-06-22',
    'June 2021', and day-month without a year ('4th of April').

    Must not read '2021-2022' or '10,000' as dates: days are 1-31 followed by
    a month name, years four digits.
    """
    month = _month_pattern()
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20)\d\d)"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{day}\s+(?:of\s+)?{month}\s*,?\s+{year}\b", flags),
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags),
        re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)\b"),
        re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)/(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d)\b"),
        re.compile(rf"\b{month}\s+{year}\b", flags),
        re.compile(rf"\b(?:the\s+)?{day}\s+(?:of\s+)?{month}\b(?!\s*,?\s*\d)", flags),
        re.compile(rf"\b{month}\s+{day}\b(?!\s*,?\s*\d)", flags),
    )


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, in order; overlapping readings keep the fullest."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in date_patterns():
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            month = int(groups["nmonth"]) if groups.get("nmonth") else months()[groups["month"].lower()]
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31 or not 1 <= month <= 12:
                continue
            year = int(groups["year"]) if groups.get("year") else None
            found.append(FoundDate(match.start(), match.end(), year, month, day))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda d: d.start)


# --- places ------------------------------------------------------------------

@lru_cache(maxsize=1)
def country_pattern() -> re.Pattern:
    """Any name, official form or alias of a State (not adjectives), folded."""
    names = {fold(n) for c in vocabulary.countries() for n in c.names}
    # Acronyms keep their case: 'US' is a State, 'us' a pronoun.
    acronyms = "|".join(
        f"(?-i:{re.escape(n)})" for n in sorted(names, key=len, reverse=True) if n.replace(".", "").isupper())
    # 'Trinidad & Tobago', 'Bosnia & Herzegovina': an ampersand for the 'and' of a name.
    words = _alternation(n for n in names if not n.replace(".", "").isupper()).replace(r"\s+and\s+", r"\s+(?:and|&)\s+")
    return re.compile(rf"(?<![\w-])(?:the\s+)?({words}|{acronyms})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_by_folded_name() -> dict[str, str]:
    table = {}
    for country in vocabulary.countries():
        for name in country.names:
            table.setdefault(fold(name).casefold(), country.name)
    return table


def canonical_country(name: str) -> str | None:
    """Any name or official form of a State, as written -> its short name ('Syrian Arab Republic' -> 'Syria')."""
    name = " ".join(fold(name).replace("&", "and").split()).casefold()
    table = _country_by_folded_name()
    return table.get(name) or table.get(name.removeprefix("the "))


@lru_cache(maxsize=1)
def _city_by_name() -> dict[str, str]:
    """Every spelling of a city (its name, exonyms such as 'Ginebra', local
    forms such as 'Łódź') -> the English name the archive files it under."""
    table = {}
    for city, variants in vocabulary.load_data("cities").items():
        for name in (city, *variants):
            table.setdefault(name, city)
    return table


@lru_cache(maxsize=1)
def city_pattern() -> re.Pattern:
    """Any spelling of a city, as written (case-sensitive: 'Male' is a city,
    'male' is not); a heading in capitals is looked up by `canonical_city`."""
    names = sorted(_city_by_name(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({trie_pattern(name for name in names)})(?![\w-])")


@lru_cache(maxsize=1)
def _city_by_capitals() -> dict[str, str]:
    return {name.casefold(): city for name, city in _city_by_name().items()}


def canonical_city(text: str) -> str | None:
    """'Geneva', 'GENEVA', 'Ginebra' -> 'Geneva'; None for anything else."""
    text = " ".join(text.split())
    if text.isupper():
        return _city_by_capitals().get(text.casefold())
    return _city_by_name().get(text)
