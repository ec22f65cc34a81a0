"""One person, one entry, whatever the sources' accents or case: 'Erdogan' and 'Erdoğan',
'Lula Da Silva' and 'Lula da Silva' are one speaker.

Folders of documents spell a name as each source did, so an archive holds
several spellings of one person. They are grouped by the name as compared
(archive.entities.name_key) when the archive is read, from the served build's
own values: adding a statement that spells a name anew regroups every other
statement of that person at once, with no statement indexed again. The
General Debate import chooses the same spelling when it reads its sheet
(indexer.importers.ungdc), with the same function.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from archive.entities import NAME_PARTICLES, name_key

# Facets whose spellings of one name, case and accents aside, are one value.
SPELLED_ALIKE = ("speaker",)


def preferred_spelling(counts: Mapping[str, int]) -> str:
    """The spelling shown for a group of spellings of one name, with their statements: one with
    its accents first (a source loses them more often than it adds them), then one with its particles
    in lower case ('Lula da Silva' over 'Lula Da Silva', however often a sheet capitalized them), then the
    commonest, then the last in code point order, so every build agrees."""
    return max(counts, key=lambda form: (not form.isascii(), _particles_lower(form), counts[form], form))


def _particles_lower(name: str) -> bool:
    return not any(word[:1].isupper() and word.casefold() in NAME_PARTICLES for word in name.split()[1:])


@dataclass(frozen=True)
class SpelledAlike:
    """A facet's values grouped by name_key: which spelling each is shown as, and back."""

    shown: Mapping[str, str]  # a value -> the spelling its group is shown as
    by_key: Mapping[str, str]  # name_key -> the spelling shown
    spellings: Mapping[str, tuple[str, ...]]  # the spelling shown -> every value of its group
    several: Mapping[str, tuple[str, ...]]  # the groups of more than one value (200 of the General Debate's 5,259)

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> SpelledAlike:
        """The groups of a facet's values, from each value's statements in the whole archive."""
        groups: dict[str, dict[str, int]] = {}
        for value, count in counts.items():
            groups.setdefault(name_key(value), {})[value] = count
        by_key = {key: preferred_spelling(group) for key, group in groups.items()}
        spellings = {by_key[key]: tuple(sorted(group)) for key, group in groups.items()}
        return cls(shown={value: by_key[key] for key, group in groups.items() for value in group},
                   by_key=by_key, spellings=spellings,
                   several={shown: group for shown, group in spellings.items() if len(group) > 1})

    def shown_as(self, name: str) -> str | None:
        """The spelling shown for `name`, written with any accents or case; None if the archive has none."""
        return self.shown.get(name) or self.by_key.get(name_key(name))

    def every(self, names: Iterable[str]) -> tuple[str, ...]:
        """Every value the names stand for: each one's whole group, or the name itself when unknown."""
        found: dict[str, None] = {}
        for name in names:
            shown = self.shown_as(name)
            found.update(dict.fromkeys(self.spellings[shown] if shown else (name,)))
        return tuple(found)

    def merged(self, counts: Mapping[str, int]) -> dict[str, int]:
        """Counts per value as counts per spelling shown. A statement naming one person in two
        spellings (as speaker and co-signatory) would count twice; the sources do not do so. Only the
        groups of several spellings are visited: going through every value of a search of the whole
        General Debate took 3.7 ms."""
        total = dict(counts)
        for shown, group in self.several.items():
            present = [total.pop(value) for value in group if value in total]
            if present:
                total[shown] = sum(present)
        return total
