"""A speaker's or a State's profile, as TheyWorkForYou's person pages: who, in which
posts over which years, for which States, at which forums, how much and when.

Built from the rows the engine keeps for facets (Reader.rows: facet values,
the post as written, the name as the source writes it), oldest first, never
from the statements' texts: a speaker with a thousand statements costs a
thousand small rows, not a thousand records read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from archive import vocabulary
from archive.engine import DETAILS, Row
from archive.entities import name_key

PROFILED = ("speaker", "country")  # the entity pages that are profiles
# What a profile reads of each statement (Reader.rows).
ROW_NAMES = ("speaker", "country", "forum", "year", *DETAILS)
SHARED_WORDS = 2  # words two names must share to be offered as possibly one person


@dataclass(frozen=True)
class Held:
    """A value over the years: a post held, a State spoken for, a forum spoken at."""

    value: str
    years: tuple[int, ...]  # ascending; an undated statement adds none
    count: int  # statements

    @property
    def spans(self) -> str:
        return spans(self.years)


@dataclass(frozen=True)
class Speaker:
    """One who spoke for a State: over which years, in which posts."""

    name: str
    years: tuple[int, ...]
    count: int
    posts: tuple[Held, ...]

    @property
    def spans(self) -> str:
        return spans(self.years)


@dataclass(frozen=True)
class Profile:
    kind: str  # speaker | country
    name: str  # as the archive keeps it
    total: int
    written: tuple[tuple[str, int], ...]  # how the sources write the name, where not as kept: (spelling, statements)
    also: tuple[tuple[str, int], ...]  # other names the archive keeps for the same words (accents, case, order aside)
    # A speaker's names with words added or left out, for the same State ('Tayyip Erdoğan' beside 'Recep Tayyip
    # Erdoğan'): possibly the same person, shown as such, never merged.
    possibly: tuple[tuple[str, int], ...]
    known_as: tuple[str, ...]  # a State's other names in the vocabulary, and its ISO3 code (they lead here too)
    posts: tuple[Held, ...]  # a speaker's posts as written, one per spelling of the post (case and accents aside)
    countries: tuple[Held, ...]  # the States a speaker spoke for (for a State, empty)
    forums: tuple[Held, ...]
    speakers: tuple[Speaker, ...]  # a State's speakers over time (for a speaker, empty)
    per_year: tuple[tuple[int, int], ...]  # (year, statements), years without any left out
    first: str | None  # the ids of the earliest and latest statements
    last: str | None


def spans(years: tuple[int, ...]) -> str:
    """Ascending years as runs: '1994–1995, 2005'."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][1] + 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs)


def same_words(name: str) -> str:
    """A name as its words, whatever their accents, case or order: 'Undén' and 'unden'
    agree, as do 'Ishikane Kimihiro' and 'Kimihiro Ishikane'."""
    return " ".join(sorted(name_key(name).split()))


def fuller_or_shorter(name: str, grouped: Mapping[str, Mapping[str, int]]) -> dict[str, int]:
    """The values whose words hold all of `name`'s or are all among them, sharing two words or more
    ('Lula Da Silva' and 'Luiz Inácio Lula da Silva'), with their statements; `grouped` is the facet's
    values by same_words."""
    words = set(same_words(name).split())
    found: dict[str, int] = {}
    for key, values in grouped.items():
        other = set(key.split())
        if other != words and (other < words or other > words) and len(other & words) >= SHARED_WORDS:
            found.update(values)
    return found


def build_profile(kind: str, name: str, rows: list[Row], alike: Mapping[str, int],
                  possibly: Mapping[str, int] = MappingProxyType({}),
                  shown: Mapping[str, str] = MappingProxyType({})) -> Profile:
    """The profile of `name` (facet `kind`) from the rows of its statements, oldest first;
    `alike`: the facet's values with the same words as `name` (same_words), with their statements;
    `possibly`: names with words added or left out, for the same State (fuller_or_shorter);
    `shown`: a speaker's spelling in a record -> the one the archive shows (archive.spelled_alike)."""
    years = [_year(row) for row in rows]

    def first_speaker(row: Row) -> str | None:
        return shown.get(row.values["speaker"][0], row.values["speaker"][0]) if row.values["speaker"] else None

    # A post is the first speaker's: a co-signatory's page does not take the signer's post.
    own = [(row, year) for row, year in zip(rows, years, strict=True)
           if kind != "speaker" or first_speaker(row) == name]
    # How the sources write the name: as the line it was read from has it, else as the record keeps it.
    written = Counter(spelling for row, _year_ in own
                      for spelling in row.values["speaker_as_written"] or row.values["speaker"][:1]
                      if spelling != name) if kind == "speaker" else Counter()
    also = sorted(((value, count) for value, count in alike.items() if value != name),
                  key=lambda item: (-item[1], item[0])) if kind == "speaker" else []
    return Profile(
        kind=kind, name=name, total=len(rows),
        written=tuple(sorted(written.items(), key=lambda item: (-item[1], item[0]))),
        also=tuple(also),
        possibly=tuple(sorted(possibly.items(), key=lambda item: (-item[1], item[0]))),
        known_as=_known_as(name) if kind == "country" else (),
        posts=_held((post, year) for row, year in own for post in row.values["speaker_role"])
        if kind == "speaker" else (),
        countries=_held((country, year) for row, year in zip(rows, years, strict=True)
                        for country in row.values["country"]) if kind == "speaker" else (),
        forums=_held((forum, year) for row, year in zip(rows, years, strict=True) for forum in row.values["forum"]),
        speakers=_speakers(rows, years, shown) if kind == "country" else (),
        per_year=tuple(sorted(Counter(year for year in years if year is not None).items())),
        first=rows[0].statement_id if rows else None,
        last=_latest(rows, years),
    )


def _known_as(name: str) -> tuple[str, ...]:
    country = vocabulary.country_named(name)
    return (*country.aliases, country.iso3) if country else ()


def _year(row: Row) -> int | None:
    return int(row.values["year"][0]) if row.values["year"] else None


def _latest(rows: list[Row], years: list[int | None]) -> str | None:
    """The last dated statement (rows put the undated last), or the last row when none is dated."""
    dated = [row for row, year in zip(rows, years, strict=True) if year is not None]
    return (dated or rows)[-1].statement_id if rows else None


def _held(pairs: Iterable[tuple[str, int | None]]) -> tuple[Held, ...]:
    """Values with their years and statements, one per value as compared (case and accents
    aside) in its commonest spelling, in the order first met: the pairs come oldest first."""
    spellings: dict[str, Counter] = {}
    years: dict[str, set[int]] = {}
    for value, year in pairs:
        key = name_key(value)
        spellings.setdefault(key, Counter())[value] += 1
        years.setdefault(key, set())
        if year is not None:
            years[key].add(year)
    return tuple(Held(spelled.most_common(1)[0][0], tuple(sorted(years[key])), sum(spelled.values()))
                 for key, spelled in spellings.items())


def _speakers(rows: list[Row], years: list[int | None], shown: Mapping[str, str]) -> tuple[Speaker, ...]:
    """Who spoke for the State, in the order they first did, each once whatever the spelling (`shown`),
    with the years and the posts held as the first speaker."""
    spoke: dict[str, list[tuple[int | None, tuple[str, ...]]]] = {}
    for row, year in zip(rows, years, strict=True):
        for place, speaker in enumerate(row.values["speaker"]):
            posts = row.values["speaker_role"] if place == 0 else ()
            spoke.setdefault(shown.get(speaker, speaker), []).append((year, posts))
    return tuple(Speaker(name, tuple(sorted({year for year, _posts in held if year is not None})), len(held),
                         _held((post, year) for year, posts in held for post in posts))
                 for name, held in spoke.items())
