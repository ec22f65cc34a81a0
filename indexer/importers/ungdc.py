"""The UN General Debate Corpus: body-only files plus a spreadsheet of speakers.

Layout (../shared/corpora/README.md): speeches/Session NN - YYYY/ISO_NN_YYYY.txt
and Speakers_by_session.xlsx (Year, Session, ISO Code, Country, Name of Person
Speaking, Post). Country comes from the file name's code, session and year
from the name, speaker and post from the sheet. Rows without a file and files
without a row are reported, never dropped silently: a file without a row is
indexed without a speaker.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from archive import vocabulary
from archive.entities import name_key
from archive.spelled_alike import preferred_spelling
from archive.statement import Evidence, Statement
from indexer.build import build_from
from indexer.cleaning import clean_body
from indexer.extraction import compose_title
from indexer.extraction.names import normalize_name, strip_honorifics
from indexer.extraction.references import find_mentions, find_symbols
from indexer.importers.xlsx import read_rows
from indexer.planning import Planned
from indexer.reading import decode_plain
from indexer.reports import BuildReport

SPEAKERS_SHEET = "Speakers_by_session.xlsx"
# The corpus codes a seat by its holder today: the Soviet Union's speeches are filed under RUS. The Russian
# Federation took the seat in December 1991, after the 46th session's General Debate.
_SEAT_HOLDERS_BEFORE = {"RUS": (46, "SUN")}
_FILE_NAME = re.compile(r"^(?P<code>[A-Z]{2,3})_(?P<session>\d+)_(?P<year>\d{4})\.txt$")


@dataclass(frozen=True)
class SpeakerRow:
    row: int
    code: str
    session: int
    country: str
    name: str
    post: str


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    source: str
    code: str
    session: int
    year: int
    row: SpeakerRow | None = None
    speaker: str | None = None  # the row's name, spelled as the sheet spells that person most often

    @property
    def country_code(self) -> str:
        """The code of the State that held the seat when the speech was given."""
        last_session, holder = _SEAT_HOLDERS_BEFORE.get(self.code, (0, self.code))
        return holder if self.session <= last_session else self.code


@dataclass
class Manifest:
    """The corpus's files matched with their spreadsheet rows, and what did not match."""

    files: list[CorpusFile] = field(default_factory=list)
    rows_without_file: list[SpeakerRow] = field(default_factory=list)
    duplicate_rows: list[SpeakerRow] = field(default_factory=list)
    unknown_codes: dict[str, int] = field(default_factory=dict)
    not_speeches: list[str] = field(default_factory=list)  # files whose names are not ISO_SESSION_YEAR.txt

    @property
    def files_without_row(self) -> list[CorpusFile]:
        return [corpus_file for corpus_file in self.files if corpus_file.row is None]

    def report(self) -> str:
        lines = [f"{len(self.files)} speeches; {len(self.files_without_row)} without a spreadsheet row; "
                 f"{len(self.rows_without_file)} rows without a file; {len(self.duplicate_rows)} duplicate rows; "
                 f"{len(self.not_speeches)} other files left out"]
        lines += [f"  file without row: {f.source}" for f in self.files_without_row]
        lines += [f"  row {r.row} without file: {r.code or '(no code)'} session {r.session} {r.name!r}"
                  for r in self.rows_without_file]
        lines += [f"  duplicate row {r.row}: {r.code} session {r.session} {r.name!r} (the first row is used)"
                  for r in self.duplicate_rows]
        lines += [f"  code {code} is not in the country vocabulary ({count} files)"
                  for code, count in self.unknown_codes.items()]
        lines += [f"  not a speech, left out: {source} (the name is not ISO_SESSION_YEAR.txt)"
                  for source in self.not_speeches]
        return "\n".join(lines)


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def read_speakers(path: Path) -> list[SpeakerRow]:
    rows = read_rows(path, "Sheet1")
    speakers = []
    for number, cells in enumerate(rows[1:], start=2):
        cells = cells + [""] * (6 - len(cells))
        year, session, code, country, name, post = (cell.strip() for cell in cells[:6])
        if not session.isdigit():
            continue
        speakers.append(SpeakerRow(number, code, int(session), country, name, post))
    return speakers


def find_files(root: Path) -> tuple[list[CorpusFile], list[str]]:
    """The speeches, and the other .txt files found among them."""
    files, others = [], []
    for path in sorted((root / "speeches").rglob("*.txt")):
        source = path.relative_to(root).as_posix()
        match = _FILE_NAME.match(path.name)
        if match:
            files.append(CorpusFile(path, source, match.group("code"), int(match.group("session")),
                                    int(match.group("year"))))
        else:
            others.append(source)
    return files, others


def build_manifest(root: Path) -> Manifest:
    if not (root / "speeches").is_dir() or not (root / SPEAKERS_SHEET).is_file():
        raise FileNotFoundError(f"{root}: expected speeches/ and {SPEAKERS_SHEET} (the UN General Debate Corpus)")
    manifest = Manifest()
    by_key: dict[tuple[str, int], SpeakerRow] = {}
    for row in read_speakers(root / SPEAKERS_SHEET):
        key = (row.code, row.session)
        if key in by_key:
            manifest.duplicate_rows.append(row)
        else:
            by_key[key] = row
    matched = set()
    speeches, manifest.not_speeches = find_files(root)
    for corpus_file in speeches:
        key = (corpus_file.code, corpus_file.session)
        manifest.files.append(replace(corpus_file, row=by_key.get(key)))
        matched.add(key)
        if vocabulary.country_named(corpus_file.code) is None:
            manifest.unknown_codes[corpus_file.code] = manifest.unknown_codes.get(corpus_file.code, 0) + 1
    manifest.rows_without_file = [row for key, row in by_key.items() if key not in matched]
    spelled = speaker_spellings([corpus_file.row for corpus_file in manifest.files if corpus_file.row])
    manifest.files = [replace(corpus_file, speaker=spelled.get(name_key(listed_name(corpus_file.row))))
                      if corpus_file.row and corpus_file.row.name else corpus_file for corpus_file in manifest.files]
    return manifest


def listed_name(row: SpeakerRow) -> str:
    """The sheet's name without its honorifics, in normal case."""
    return normalize_name(strip_honorifics(row.name))


def speaker_spellings(rows: list[SpeakerRow]) -> dict[str, str]:
    """One spelling per person whose rows write the name in several ('Lula Da Silva', 'Lula da Silva';
    'Erdogan', 'Erdoğan'), chosen as the archive chooses it for a folder's documents
    (archive.spelled_alike.preferred_spelling): a facet lists the person once."""
    forms: dict[str, Counter] = {}
    for row in rows:
        if row.name:
            name = listed_name(row)
            forms.setdefault(name_key(name), Counter())[name] += 1
    return {key: preferred_spelling(counts) for key, counts in forms.items()}


def corpus_id(corpus_file: CorpusFile) -> str:
    return f"ungdc-{corpus_file.code.lower()}-{corpus_file.session}-{corpus_file.year}"


def corpus_digest(corpus_file: CorpusFile, data: bytes) -> str:
    """The content hash: the speech's bytes, its spreadsheet row and what is read from them beside the
    text (the seat's holder, the speaker's spelling), so a corrected sheet re-indexes the speech too."""
    digest = hashlib.sha256(data)
    digest.update(repr((corpus_file.row, corpus_file.country_code, corpus_file.speaker)).encode("utf-8"))
    return digest.hexdigest()


def read_speech(corpus_file: CorpusFile) -> Planned[CorpusFile]:
    """One speech read once: its bytes make its record, its content hash and the archive's copy."""
    data = corpus_file.path.read_bytes()
    return Planned(corpus_file, corpus_file.source, str(corpus_file.path.resolve()), corpus_id(corpus_file),
                   corpus_digest(corpus_file, data), data)


def load_speech(planned: Planned[CorpusFile]) -> Statement:
    return to_statement(planned.item, planned.data)


def to_statement(corpus_file: CorpusFile, data: bytes) -> Statement:
    """The record of one speech: metadata from the name and the sheet, the body from the file."""
    row = corpus_file.row
    body = clean_body(decode_plain(data))
    country = vocabulary.country_named(corpus_file.country_code)
    speaker = corpus_file.speaker or (listed_name(row) if row and row.name else None)
    origin = f"{SPEAKERS_SHEET} row {row.row}" if row else None
    held = "" if corpus_file.country_code == corpus_file.code else f", the seat held by {corpus_file.country_code}"
    evidence = [Evidence("country", corpus_file.source, None, f"file name code {corpus_file.code}{held}"),
                Evidence("date", corpus_file.source, None, "file name year (session year)")]
    if row:
        evidence.append(Evidence("speaker", row.name, None, origin))
        if row.post:
            evidence.append(Evidence("speaker_role", row.post, None, origin))
    statement = Statement(
        id=corpus_id(corpus_file),
        source=corpus_file.source,
        body=body,
        speaker=speaker,
        speakers=(speaker,) if speaker else (),
        speaker_role=row.post or None if row else None,
        country=country.name if country else (row.country if row else corpus_file.code),
        forum="UN General Assembly",
        forums=("UN General Assembly",),
        meeting=f"General Debate, {ordinal(corpus_file.session)} session",
        doc_type="statement",
        date=f"{corpus_file.year}-01-01",
        date_precision="year",
        symbols=tuple(find_symbols(body)),
        mentions=tuple(find_mentions(body)),
        evidence=tuple(evidence),
        warnings=() if row else ("no row in the speakers' spreadsheet",),
        content_hash=corpus_digest(corpus_file, data),
    )
    return replace(statement, title=compose_title(statement))


def import_corpus(root: Path, index_dir: Path, show_progress: bool | None = None,
                  workers: int | None = None) -> tuple[BuildReport, Manifest]:
    """Index the whole corpus at `root` into a fresh build and publish it."""
    report = BuildReport(show_progress=show_progress)
    manifest = build_manifest(root)
    report.read = len(manifest.files)
    planned = [read_speech(corpus_file) for corpus_file in manifest.files]
    build_from(load_speech, planned, index_dir, report, workers)
    return report, manifest
