"""Dates as documents write them: month words in the sites' languages, and the patterns that find
'22 June 2021', '19 de septiembre de 2016', '2021-06-22', '9.III.2023' or '4th of April' in a text.

Which of a document's dates is its own is decided in dating.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from archive import vocabulary
from archive.patterns import trie_pattern
from indexer.extraction.patterns import Taken


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """English month names and abbreviations: a word among them is never part of a personal name."""
    return vocabulary.load_data("months")


@cache
def weekdays(*languages: str) -> tuple[str, ...]:
    """The days of the week (weekdays.json) in the languages named, or in every language of the sites: a date
    line, a dateline or a news item's lead may name one before its date, and none is part of a date itself."""
    return tuple(word for language, words in vocabulary.load_data("weekdays").items()
                 if not language.startswith("_") and (not languages or language in languages) for word in words)


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


def month_pattern() -> str:
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
# Arabic pages may write their dates in Eastern Arabic (and Persian) digits ('٢٧ أيلول ٢٠٢٥'), Nepali and Hindi ones
# in Devanagari digits ('२६ फेब्रुअरी २०२५'): read as the same digits, one character for one, so positions in the text
# stay the same.
_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९", "012345678901234567890123456789")
ROMAN_MONTHS = {numeral: number for number, numeral in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))
# Japanese government pages count years by the era: Reiwa 1 is 2019 ('令和7年3月5日'), Heisei 1 was 1989; '元' is
# an era's first year.
ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
# Thai pages count years in the Buddhist era, 543 years ahead of the Common Era ('16 กรกฎาคม 2568' is 16 July 2025),
# its year sometimes marked 'พ.ศ.'.
BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_YEAR = r"(?:พ\.\s?ศ\.\s?)?(?P<be_year>2[45]\d\d)(?!\d)"
# Iranian pages date by the Solar Hijri calendar, its year beginning at the March equinox ('۲۷ آذر ۱۴۰۲' is 18
# December 2023); its months in order.
SOLAR_HIJRI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
                      "اسفند")
_SOLAR_HIJRI = (rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<sh_month>{'|'.join(SOLAR_HIJRI_MONTHS)})\s+"
                r"(?P<sh_year>1[34]\d\d)(?!\d)")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
# Not part of a longer number, a version or a symbol: '1.2.3' and 'A/75/1' are not dates.
_NUMERIC_START = r"(?<![\d./-])"
_NUMERIC_END = r"(?![\d/]|\.\d)"


@lru_cache(maxsize=1)
def date_patterns() -> tuple[re.Pattern, ...]:
    """'22 June 2021', '22nd of June, 2021', '19 de septiembre de 2016', '3 d'abril del 2025' (Catalan),
    '21. September 2016',
    'June 22, 2021' (or 'June 22,2021'),
    '2021-06-22', '21.09.2016' (day.month.year, the European order; '5. 3. 2025' as Czech and
    Slovak write it), '2022.10.21',
    '21/09/2016', '09/21/2016' or '29-09-2018' when the order is certain, '2022年10月21日', '令和4年10月21日',
    '2022년 10월 21일',
    '09-Mar-2023',
    '9.III.2023' (a Roman month, in Central and Eastern European use), '2024. március 5.', '2024 m. kovo 5 d.' and
    '2024. gada 5. martā' (the year first, in Hungarian, Lithuanian and Latvian),
    'June 2021', and day-month without a year ('4th of April').

    Must not read '2021-2022' or '10,000' as dates: days are 1-31 followed by
    a month name, years four digits. A year may run into the next word
    ('21 May, 2021On May 21', a page that lost its line break).
    """
    month = month_pattern()
    # 'the 1st', '1er', and the ordinal indicator Spanish, Portuguese and Italian write ('1.º de marzo', '1° marzo').
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.?[º°]|o)?\.?"
    flags = re.IGNORECASE
    # An Arabic UN text pairs the Levantine month with the Egyptian one: '12 آذار/مارس 2024'.
    paired = r"(?:/[\u0600-\u06ff]{3,8})?"
    return (
        # ... and a treaty's or a communiqué's formal closing: 'Done at Amman, on the 12th day of March 2025'.
        re.compile(rf"(?<!\d){day}\s+(?:day\s+of\s+|of\s+|de\s+|d['’])?{month}{paired}\s*,?\s+(?:de\s+|del\s+)?{_YEAR}",
                   flags),
        # ... the comma's space lost in typing or OCR ('October 13,1971'): a year of this or the last century that no
        # word in lower case follows ('On March 3,2000 people fled' counts people).
        re.compile(rf"\b{month}\s+{day}(?:,?\s+|,(?=(?:19|20)\d\d(?!\d)(?-i:(?!\s*[a-zà-ÿ])))){_YEAR}", flags),
        # ... or a slash before the year, as the Ethiopian News Agency's dateline writes it before its credit
        # ('Addis Ababa, September 28/2025 (ENA)'); elsewhere the form is too rare to tell from a reference.
        re.compile(rf"\b{month}\s+{day}/{_YEAR}(?=\s+\((?-i:[A-Z]{{2,6}})\))", flags),
        # The year first, as Hungarian ('2024. március 5.') and Lithuanian ('2024 m. kovo 5 d.') write it ...
        re.compile(rf"{_NUMERIC_START}{_YEAR}(?:\.|\s+m\.)\s+{month}\s+{day}(?!\d)", flags),
        # ... and Latvian, the day before its month ('2024. gada 5. martā').
        re.compile(rf"{_NUMERIC_START}{_YEAR}\.\s+gada\s+{day}\s+{month}", flags),
        re.compile(rf"(?<!\d){day}\s+{_thai_month_pattern()}\s+{_BUDDHIST_YEAR}"),
        re.compile(_SOLAR_HIJRI),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)/(?P<nmonth>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)"),
        re.compile(rf"{_NUMERIC_START}(?P<day>[0-3]?\d)\.\s?(?P<nmonth>[01]?\d)\.\s?(?P<year>(?:1[89]|20)\d\d)"
                   rf"{_NUMERIC_END}"),
        re.compile(rf"{_NUMERIC_START}(?P<year>(?:1[89]|20)\d\d)\.(?P<nmonth>[01]?\d)\.(?P<day>[0-3]?\d)"
                   rf"{_NUMERIC_END}"),
        re.compile(rf"{_NUMERIC_START}(?P<first>[0-3]?\d)([/-])(?P<second>[0-3]?\d)\2(?P<year>(?:1[89]|20)\d\d)"
                   rf"{_NUMERIC_END}"),
        re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*年\s*(?P<nmonth>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*日"),
        re.compile(rf"(?P<era>{'|'.join(ERA_YEAR_ZERO)})\s*(?P<era_year>元|\d{{1,2}})\s*年\s*(?P<nmonth>[01]?\d)\s*月"
                   r"\s*(?P<day>[0-3]?\d)\s*日"),
        re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*년\s*(?P<nmonth>[01]?\d)\s*월\s*(?P<day>[0-3]?\d)\s*일"),  # Korean
        re.compile(rf"(?<![\d-])(?P<day>[0-3]?\d)-{month}-{_YEAR}", flags),
        re.compile(rf"{_NUMERIC_START}(?P<day>[0-3]?\d)\.\s?(?P<roman>{_ROMAN})\.\s?{_YEAR}"),
        re.compile(rf"\b{month}\s+{_YEAR}", flags),
        re.compile(rf"\b(?:the\s+)?{day}\s+(?:of\s+|de\s+|d['’])?{month}(?!\w)(?!\s*,?\s*\d)", flags),
        re.compile(rf"\b{month}\s+{day}(?!\w)(?!\s*,?\s*\d)", flags),
    )


@lru_cache(maxsize=1)
def _thai_month_pattern() -> str:
    """The Thai month words alone: only they are followed by a year of the Buddhist era."""
    return rf"(?P<month>{trie_pattern(vocabulary.load_data('months_languages')['th'])})\.?"


def _slashed(first: int, second: int, separator: str) -> dict[str, str]:
    """'21/09/2016' is day/month (most of the world), '09/21/2016' month/day (the United States): read
    only when one number is over 12, which settles the order; '05/06/2016' stays unread. With hyphens
    ('06-03-2024') the day comes first: the United States writes its month first with slashes."""
    if first > 12 >= second or (separator == "-" and max(first, second) <= 12):
        return {"day": str(first), "nmonth": str(second)}
    if second > 12 >= first:
        return {"day": str(second), "nmonth": str(first)}
    return {}


# A slashed date both of whose numbers could be the month ('05/03/2025'): left unread by find_dates.
_UNSETTLED_SLASHED = re.compile(rf"{_NUMERIC_START}(?P<first>0?[1-9]|1[0-2])/(?P<second>0?[1-9]|1[0-2])/"
                                rf"(?P<year>(?:19|20)\d\d){_NUMERIC_END}")


def unsettled_slashed(text: str, day_first: bool) -> list[FoundDate]:
    """The slashed dates of `text` whose order the numbers do not settle, read day first or month first."""
    found = []
    for match in _UNSETTLED_SLASHED.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        day, month = (first, second) if day_first else (second, first)
        found.append(FoundDate(match.start(), match.end(), int(match.group("year")), month, day))
    return found


def _era_year(groups: dict[str, str | None]) -> int | None:
    """The Western year of a Japanese era's year ('令和7年' -> 2025), or None where no era is named."""
    if not groups.get("era"):
        return None
    return ERA_YEAR_ZERO[groups["era"]] + (1 if groups["era_year"] == "元" else int(groups["era_year"]))


def find_dates(text: str) -> list[FoundDate]:
    """Every date in `text`, in order; overlapping readings keep the fullest."""
    return list(_dates_in(text)) if _DIGIT.search(text) else []


@lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[FoundDate, ...]:
    """find_dates, remembered: a header line is read by several fields."""
    text = text.translate(_EASTERN_DIGITS)
    found: list[FoundDate] = []
    taken = Taken()
    for pattern in date_patterns():
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            groups = match.groupdict()
            if groups.get("sh_year"):
                year, month, day = gregorian_of_solar_hijri(
                    int(groups["sh_year"]), SOLAR_HIJRI_MONTHS.index(groups["sh_month"]) + 1, int(groups["day"]))
                found.append(FoundDate(match.start(), match.end(), year, month, day))
                taken.add(match.start(), match.end())
                continue
            if groups.get("first"):
                groups.update(_slashed(int(groups["first"]), int(groups["second"]), match.group(2)))
                if not groups.get("nmonth"):
                    continue
            if groups.get("roman"):
                groups["nmonth"] = str(ROMAN_MONTHS[groups["roman"]])
            month = int(groups["nmonth"]) if groups.get("nmonth") else _month_numbers()[_fold_month(groups["month"])]
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and not 1 <= day <= 31 or not 1 <= month <= 12:
                continue
            year = int(groups["year"]) if groups.get("year") else _era_year(groups)
            if groups.get("be_year"):
                year = int(groups["be_year"]) - BUDDHIST_ERA_OFFSET
            found.append(FoundDate(match.start(), match.end(), year, month, day))
            taken.add(match.start(), match.end())
    return tuple(sorted(found, key=lambda d: d.start))


def gregorian_of_solar_hijri(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a Solar Hijri date, by the 33-year arithmetic of its leap years: Iran's
    calendar over the years of this archive (the tests check dates from 1358 to 1404, leap days included)."""
    cycles = year + 1595
    ordinal = (365 * cycles + cycles // 33 * 8 + (cycles % 33 + 3) // 4 - 356033 + day
               + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    gregorian = date.fromordinal(ordinal)
    return gregorian.year, gregorian.month, gregorian.day
