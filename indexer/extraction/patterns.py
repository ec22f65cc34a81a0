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
    """One or more honorifics at the start of a name: 'H.E. Mr. ', 'Ambassador ', '(Dr.) '.

    Must not match inside a word ('Mrs' in 'Mrsomething') nor take 'M' from
    'Mark': each honorific is followed by a space. An entry in capitals
    without dots ('HE') matches only in capitals, so the pronoun 'He' is kept.
    """
    entries = vocabulary.load_data("honorifics")
    capitals = [e for e in entries if e.isupper() and e.isalpha()]
    words = _alternation(e for e in entries if e not in capitals)
    exact = "|".join(f"(?-i:{re.escape(e)})" for e in capitals)
    one = f"(?:{words}|{exact})" if exact else f"(?:{words})"
    return re.compile(rf"^(?:\(?{one}\)?,?\s+)+", re.IGNORECASE)


def _collapsed(word: str) -> str:
    """'Ambasssador' -> 'ambasador': doubled letters, the commonest typing slip, folded away."""
    return re.sub(r"(\w)\1+", r"\1", word.casefold().strip(".,()"))


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(_collapsed(e) for e in vocabulary.load_data("honorifics") if " " not in e and len(e) > 4)


def is_honorific_word(word: str) -> bool:
    """A one-word honorific ('Mr.', 'Sheikh'), even with a doubled letter ('Ambasssador')."""
    return _collapsed(word) in _honorific_words() or bool(honorifics().match(word + " "))


# A word of a personal name: capitalized, in capitals ('LI', 'ISHIKANE') or an
# initial ('A.'). Words of posts, institutions and documents are not.
_NAME_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*|[A-Z]\.(?:-?[A-Z]\.)*"
                        r"|(?:al|el|as|ad|at|az|ash|ul|ud)-[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*|[dl]['’][A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*)")
# Honours written after a name ('Dame Anna Example DCMG OBE'): not part of it.
_POSTNOMINALS = {"GCMG", "KCMG", "DCMG", "CMG", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "KCVO", "DCVO", "CVO",
                 "LVO", "QC", "KC", "MP", "PC", "PhD", "FRS",
                 "GCB", "KCB", "DCB", "CB", "GCVO", "CH", "OM", "MVO", "KStJ", "DL", "JP", "MEP", "MSP", "TD", "SC",
                 "Ph.D", "T.D", "M.P", "Q.C", "K.C"}
_INSTITUTION_WORDS = {
    "mission", "ministry", "delegation", "government", "republic", "kingdom", "nations", "council", "assembly",
    "office", "embassy", "secretariat", "state", "states", "union", "committee", "conference", "convention",
    "organization", "organisation", "organizations", "organisations", "federation", "department", "agency",
    "coalition", "group", "movement", "initiative", "countries", "community", "commission", "court", "treaty",
    "forum", "league", "alliance", "party", "parties", "programme", "fund", "bank", "institute", "university",
    "association", "news", "consulate", "members", "member", "debate", "meeting", "segment", "summit",
    "nações", "unidas", "naciones", "unies", "misión", "missão", "mission permanente", "delegação", "delegación",
}
# Words of posts: never part of a name ('Federal Councillor Didier Burkhalter').
_POST_WORDS = {
    "permanent", "representative", "deputy", "minister", "ambassador", "president", "chair", "chairman",
    "chairperson", "chairwoman", "chairperson-in-office", "secretary", "counsellor", "counselor", "councillor",
    "councilor", "undersecretary", "under-secretary", "spokesperson", "spokesman", "spokeswoman", "envoy",
    "commissioner", "chancellor", "premier", "parliamentary", "attaché", "attache", "chargé", "charge",
    "alternate", "acting", "resident",
    "head", "chief", "delegate", "observer", "federal", "prime", "vice", "adviser", "advisor", "director",
    "ambassador-at-large", "minister-counsellor", "coordinator", "rapporteur", "governor", "senator",
    "representante", "permanente", "embajador", "embajadora", "embaixador", "embaixadora", "ministro", "ministra",
    "ministre", "représentant", "représentante", "ambassadeur", "ambassadrice", "delegado", "delegada", "délégué",
    "secretario", "secretária", "secrétaire", "presidente", "président", "canciller", "chanceler",
    # Compared casefolded: 'Außenministerin' is 'aussenministerin'.
    "d’affaires", "d'affaires", "a.i.", "taoiseach", "tánaiste", "aussenminister", "aussenministerin", "bundeskanzler",
    "bundeskanzlerin", "bundesminister", "bundesministerin", "staatsminister", "staatsministerin", "rappresentante",
}
_NOT_NAME_WORDS = _INSTITUTION_WORDS | _POST_WORDS | {
    "united", "general", "security", "human", "rights",
    "foreign", "affairs", "statement", "session", "annex", "letter", "note", "the", "of", "and", "on", "at",
    "by", "for", "to", "in", "mr", "mrs", "ms", "dr", "h.e.", "amb.", "excellency", "thank", "you", "madam",
    "osce", "un", "unga", "unsc", "eu", "nato", "npt", "cd", "hrc", "ecosoc", "ohchr", "unhq", "uae", "usa",
    "iaea", "opcw", "ctbto", "wto", "who", "unesco", "unicef", "asean", "au", "oic", "nam", "caricom",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "right", "reply", "joint",
    "explanation", "vote", "remarks", "speech", "item", "agenda", "first", "second", "third", "city",
    "address", "intervention", "opening", "closing", "high-level", "open", "plenary", "home", "news",
    "after", "before", "during", "following", "under", "upon", "regarding", "concerning", "with", "from", "as",
    "delivered", "presented", "made", "against", "between", "among", "about", "into", "over", "via",
    # A page's type label above the text ('Press Release', 'Media Statement') is no name.
    "press", "release", "media", "communiqué", "communique", "declaration", "briefing", "transcript",
}

# Words that open a post: 'Permanent Representative of ...', 'minister of Foreign Affairs',
# 'Chairperson-in-Office'. Adjectives ('Acting', 'Deputy') need a capitalized word after them,
# so 'acting on behalf of' is no post; 'Under', 'Special', 'State' only in their compounds.
_BEFORE_TITLE = r"(?=[\s-]+(?-i:[A-Z]))"
ROLE_START = re.compile(
    rf"^(?:(?:Deputy|Permanent|Alternate|Acting|Vice|Prime|Resident|Federal|Senior|Principal|Assistant|"
    rf"Executive){_BEFORE_TITLE}|Minister|Ministre|Ministro|Ministra|President|Ambassador|Ambassadeur|"
    r"Embajador|Embajadora|Embaixador|Embaixadora|Representante|Représentant|Chargée?|Charge|Counsell?or|Councill?or|"
    r"(?:First|Second|Third)\s+(?:Secretary|Counsell?or|Deputy)|Attachée?|Attache|Head\s+of|Chief|Secretary|"
    r"Under[- ]?Secretary|Special\s+(?:Envoy|Representative|Adviser|Advisor|Coordinator|Rapporteur)|Director|"
    r"Adviser|Advisor|Legal\s+(?:Adviser|Advisor|Counsel)|Delegate|Representative|Spokes(?:person|man|woman)|"
    r"Chair(?:person|man|woman)?|Co-Chair|Member\s+of|Foreign\s+(?:Minister|Secretary)|"
    r"State\s+(?:Secretary|Minister)|Consul|High\s+(?:Representative|Commissioner)|King|Queen|Emir|Amir|Sultan|"
    r"Crown\s+Prince|Envoy|Commissioner|Chancellor|Governor|Observer|Agent|Coordinator|Premier|Senator|Mayor|"
    r"Parliamentary\s+(?:Secretary|Under[- ]Secretary|State\s+Secretary)|"
    # Posts in Spanish, Portuguese and French headings, and the Holy See's nuncio.
    r"Canciller|Vicecanciller|Vice-?ministr[oa]|Presidente|Presidenta|Jef[ea]\s+de|"
    r"Consejer[oa]|Conseill(?:er|ère)|Conselheir[oa]|(?:Apostolic\s+)?Nuncio|"
    # 'State Councilor and Foreign Minister', 'Youth Delegate'; 'PR'/'DPR' are how missions abbreviate the post.
    r"State\s+Councill?or|Youth\s+(?:Delegate|Representative)|Political\s+Coordinator|Cabinet\s+Secretary|"
    r"External\s+Affairs\s+Minister|(?:Legal|Technical)\s+Expert|Expert|Military\s+(?:Adviser|Advisor|Expert)|"
    r"Taoiseach|Tánaiste|Rappresentante|Außenminister(?:in)?|Bundes(?:kanzler|minister)(?:in)?|"
    r"Ständige[rn]?\s+Vertreter(?:in)?|Staats(?:minister|sekretär)(?:in)?|(?-i:D?PR)(?=\s+of\b|\s*[,.;]|\s*$))\b",
    re.IGNORECASE,
)
# A mission or ministry named in place of a post: an affiliation, not a post.
_AFFILIATION = re.compile(
    r"^(?:Permanent\s+|Observer\s+|Representative\s+)*(?:Mission|Delegation|Embassy|Ministry|Consulate|Government)\b",
    re.IGNORECASE,
)
# 'representative of the Russian Federation', 'Delegate of the Islamic Republic': a description, not a post.
_DESCRIPTION = re.compile(r"^(?:the\s+)?(?:representative|delegate|delegado|delegada)\s+(?:of|de|del)\b(?!.*\bto\b)",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def _nationality() -> re.Pattern:
    """A State's name or adjective before a post: 'New Zealand ', 'Australian ', 'U.S. ', 'Ireland's '."""
    words = {w for c in vocabulary.countries() for w in (*c.names, *c.adjectives)}
    return re.compile(rf"^(?:the\s+)?(?:{_alternation(words)})(?:['’]s)?\s+", re.IGNORECASE)


def _without_nationality(text: str) -> str:
    return _nationality().sub("", text.strip(), count=1)


def is_post(text: str) -> bool:
    """A post as written: 'Permanent Representative of Japan', 'New Zealand Permanent Representative ...'.

    Not a bare 'Ambassador', not an affiliation ('Ireland's Permanent Mission to the UN'), not a
    description ('representative of the Russian Federation')."""
    core = _without_nationality(text)
    if not ROLE_START.match(core) or _AFFILIATION.match(core) or _DESCRIPTION.match(core):
        return False
    return core.strip(" .,").casefold() not in {"ambassador", "embajador", "embajadora", "embaixador", "embaixadora",
                                                "ambassadeur"}


def is_affiliation(text: str) -> bool:
    """'Permanent Mission of India', 'Ghana Permanent Mission to the United Nations'."""
    return bool(_AFFILIATION.match(_without_nationality(text)))


def is_postnominal(word: str) -> bool:
    return word.strip(".,;:") in _POSTNOMINALS


def name_core(word: str) -> str:
    """The word without the punctuation after it; an initial ('A.') or 'Jr.' keeps its stop."""
    word = word.rstrip(",;:")
    return word[:-1] if word.endswith(".") and len(word) > 3 and "." not in word[:-1] else word


def is_name_word(word: str, dated: bool = True) -> bool:
    """A word that can be part of a personal name. A month's name is one ('Jan Lipavský', 'May
    Example') only when no number stands beside it (`dated` False)."""
    core = word.rstrip(".,;:")
    return (bool(_NAME_WORD.fullmatch(name_core(word)))
            and core not in _POSTNOMINALS
            and core.casefold() not in _NOT_NAME_WORDS
            and (not dated or core.casefold() not in months())
            and _collapsed(core) not in _honorific_words())


def is_institution_word(word: str) -> bool:
    return word.casefold() in _INSTITUTION_WORDS


def is_post_word(word: str) -> bool:
    return word.casefold().strip(".,;:") in _POST_WORDS


_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "bin",
              "binti", "bint", "ibn", "al", "el", "le", "la", "y", "ould", "ben", "het", "zu"}
_ROMAN = {"II", "III", "IV"}
_INITIALS = re.compile(r"(?:[A-Z]\.-?)+")


def is_particle(word: str) -> bool:
    """'van', 'de', 'bin': lower-case words inside a name."""
    return word.casefold() in _PARTICLES


def normalize_name(text: str) -> str:
    """Names in normal case: 'ENRIQUE A. MANALO' -> 'Enrique A. Manalo', 'ISHIKANE Kimihiro' ->
    'Ishikane Kimihiro'. A word in capitals of two or more letters is capitalized; initials,
    'McX' and other mixed-case words stay; particles ('VAN', 'DE') go lower inside a name."""
    words = " ".join(text.strip(" ,;").split()).split(" ")
    out = []
    for index, word in enumerate(words):
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) < 2 or not all(ch.isupper() for ch in letters) or word in _ROMAN or _INITIALS.fullmatch(word):
            out.append(word)
        elif index and is_particle(word):
            out.append(word.lower())
        else:
            out.append(_capitalize(word))
    return " ".join(out)


def _capitalize(word: str) -> str:
    """'AL-KIDWA' -> 'Al-Kidwa', "O'BRIEN" -> "O'Brien", 'JA’AFARI' -> 'Ja’afari'."""
    parts = re.split(r"([-'’])", word.lower())
    out = []
    for index, part in enumerate(parts):
        after_prefix = index >= 2 and parts[index - 1] in "'’" and len(parts[index - 2]) == 1
        capital = index == 0 or (parts[index - 1] == "-") or after_prefix
        out.append(part[:1].upper() + part[1:] if capital else part)
    return "".join(out)


def strip_honorifics(text: str) -> str:
    return honorifics().sub("", text.strip())


# --- dates -----------------------------------------------------------------

@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """English month names and abbreviations: a word among them is never part of a personal name."""
    return vocabulary.load_data("months")


@lru_cache(maxsize=1)
def month_words() -> dict[str, int]:
    """Month names in every language of the sites: English, then months_languages.json."""
    table = dict(months())
    for language, names in vocabulary.load_data("months_languages").items():
        if not language.startswith("_"):
            table.update(names)
    return table


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Month words folded as a match is: 'MAYIS'.lower() is 'mayis', not 'mayıs'."""
    return {_fold_month(word): number for word, number in month_words().items()}


def is_month_word(word: str) -> bool:
    """A month's name or abbreviation in any of the sites' languages ('June', 'juin', 'Sept')."""
    return _fold_month(word) in _month_numbers()


def _fold_month(word: str) -> str:
    return word.lower().replace("ı", "i").rstrip(".")


def _month_pattern() -> str:
    """Month words as one prefix-factored alternative: two hundred words, tried at every position."""
    return rf"(?P<month>{trie_pattern(month_words())})(?![^\W\d_])\.?"


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


_DIGIT = re.compile(r"\d")
ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# Not part of a longer number, a version or a symbol: '1.2.3' and 'A/75/1' are not dates.
_NUMERIC_START = r"(?<![\d./-])"
_NUMERIC_END = r"(?![\d/]|\.\d)"


@lru_cache(maxsize=1)
def date_patterns() -> tuple[re.Pattern, ...]:
    """'22 June 2021', '22nd of June, 2021', '19 de septiembre de 2016', '21. September 2016',
    'June 22, 2021', '2021-06-22', '21.09.2016' (day.month.year, the European order), '2022.10.21',
    '21/09/2016', '09/21/2016' or '29-09-2018' when the order is certain, '2022年10月21日', '09-Mar-2023',
    '9.III.2023' (a Roman month, in Central and Eastern European use),
    'June 2021', and day-month without a year ('4th of April').

    Must not read '2021-2022' or '10,000' as dates: days are 1-31 followed by
    a month name, years four digits. A year may run into the next word
    ('21 May, 2021On May 21', a page that lost its line break).
    """
    month = _month_pattern()
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|o)?\.?"
    flags = re.IGNORECASE
    return (
        re.compile(rf"(?<!\d){day}\s+(?:of\s+|de\s+)?{month}\s*,?\s+(?:de\s+|del\s+)?{_YEAR}", flags),
        re.compile(rf"\b{month}\s+{day},?\s+{_YEAR}", flags),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)/(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
        re.compile(rf"{_NUMERIC_START}(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:1[89]|20)\d\d){_NUMERIC_END}"),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)\.(?P<nmonth>[01]?\d)\.(?P<day>[0-3]?\d){_NUMERIC_END}"),
        re.compile(rf"{_NUMERIC_START}(?P<first>[0-3]?\d)([/-])(?P<second>[0-3]?\d)\2(?P<year>(?:1[89]|20)\d\d)"
                   rf"{_NUMERIC_END}"),
        re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*年\s*(?P<nmonth>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
        re.compile(rf"(?<![\d-])(?P<day>[0-3]?\d)-{month}-{_YEAR}", flags),
        re.compile(rf"{_NUMERIC_START}(?P<day>[0-3]?\d)\.\s?(?P<roman>{_ROMAN})\.\s?{_YEAR}"),
        re.compile(rf"\b{month}\s+{_YEAR}", flags),
        re.compile(rf"\b(?:the\s+)?{day}\s+(?:of\s+|de\s+)?{month}(?!\w)(?!\s*,?\s*\d)", flags),
        re.compile(rf"\b{month}\s+{day}(?!\w)(?!\s*,?\s*\d)", flags),
    )


def _slashed(first: int, second: int) -> dict[str, str]:
    """'21/09/2016' is day/month (most of the world), '09/21/2016' month/day (the United States): read
    only when one number is over 12, which settles the order; '05/06/2016' stays unread."""
    if first > 12 >= second:
        return {"day": str(first), "nmonth": str(second)}
    if second > 12 >= first:
        return {"day": str(second), "nmonth": str(first)}
    return {}


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, in order; overlapping readings keep the fullest."""
    return list(_dates_in(text)) if _DIGIT.search(text) else []


@lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[FoundDate, ...]:
    """find_dates, remembered: a header line is read by several fields."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in date_patterns():
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            if groups.get("first"):
                groups.update(_slashed(int(groups["first"]), int(groups["second"])))
                if not groups.get("nmonth"):
                    continue
            if groups.get("roman"):
                groups["nmonth"] = str(ROMAN_MONTHS[groups["roman"]])
            month = int(groups["nmonth"]) if groups.get("nmonth") else _month_numbers()[_fold_month(groups["month"])]
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31 or not 1 <= month <= 12:
                continue
            year = int(groups["year"]) if groups.get("year") else None
            found.append(FoundDate(match.start(), match.end(), year, month, day))
            taken.append((match.start(), match.end()))
    return tuple(sorted(found, key=lambda d: d.start))


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
