"""Extraction's robustness: how often a field right on a development document stays right when the
document is written the way another site would write it.

Metamorphic testing: each transformation changes what real sites differ by (a header in capitals,
the speaker line above the title, a breadcrumb before it, a posting date, the date in another
convention, another honorific, "Remarks by" for "Statement by", wrapped lines, smart quotes,
non-breaking spaces, a salutation line) and keeps the hand label valid. For each field and each
transformation the table gives the share of (document, variant) pairs, among those whose field was
right on the original, that are still right; a transformation that does not apply to a document
(no date in its text, no "Statement by" in its header) is not counted for it.

The held-out part (tests/data/devset-heldout.txt) is always left out, whatever --only says: its
documents stay unread. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.paths import PROJECT_ROOT
from indexer.check import CHECKED_FIELDS, document_names, normalize, read_labels
from indexer.extraction import extract
from indexer.extraction.dates import find_dates
from indexer.extraction.lines import FLATTENED_LENGTH, header_lines, is_prose, source_lines
from indexer.reading import read_text

DEFAULT_FOLDER = PROJECT_ROOT.parent / "shared" / "devset"
HELDOUT = PROJECT_ROOT / "tests" / "data" / "devset-heldout.txt"
SPEECH_TYPES = {"statement", "joint_statement", "explanation_of_vote", "right_of_reply"}
# What web pages put above and below a statement (navigation, breadcrumbs, language switchers, footers).
NAVIGATION = (
    "Skip to main content\nHome › News › Statements\nEN | FR | ES",
    "Home / Statements and speeches / 2022\nSearch",
    "English\nFrançais\nРусский\nالعربية",
    "Home\nAbout us\nNews\nStatements\nContact",
    "Menu\nYou are here: Home > Media > Speeches",
)
FOOTERS = (
    "Share this page: Facebook Twitter Email\n© 2024 Ministry of Foreign Affairs. All rights reserved.",
    "Back to top\n\nPrivacy policy | Terms of use | Contact us\nCopyright 2023 Permanent Mission",
)
POSTING_LINES = ("Posted: {dmy}", "Published on {mdy}", "{dotted} | 10:32", "Last updated {dmy}")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre")
# States whose short name takes the article: 'Permanent Mission of the Netherlands'.
WITH_ARTICLE = ("United ", "Russian ", "Netherlands", "Philippines", "Bahamas", "Maldives", "Czech ", "Holy See")
HONORIFICS = ("H.E. Mr. ", "His Excellency ", "Ambassador ", "")
HEADING_VERBS = ("Remarks by", "Intervention by", "Speech of", "Address by", "As delivered by")
TYPE_PHRASES = {
    "explanation_of_vote": (re.compile(r"\bexplanation\s+of\s+(?:the\s+)?vote\b", re.IGNORECASE),
                            ("EOV", "Statement after the vote", "Explanation of position")),
    "right_of_reply": (re.compile(r"\bright\s+of\s+reply\b", re.IGNORECASE),
                       ("right to reply", "Right of Reply (RoR)")),
}
SALUTATIONS = ("Mr. President,", "Madam Chair,", "Thank you, Mr. Chair.")
_HONORIFIC_RUN = r"(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Mr\.?|Mrs\.?|Ms\.?|Ambassador|Amb\.|Dr\.?)\s+)*"
_TITLE_NOUN = re.compile(r"\b(?:statement|remarks|speech|address|intervention|explanation|reply)\b", re.IGNORECASE)
_STATEMENT_BY = re.compile(r"(?<!joint )\bstatement\s+by\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
_SALUTATION_START = re.compile(r"^(?:Mr|Mrs|Ms|Madam|Thank you|Excellenc|Your Excellenc|Distinguished|Dear)")


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    label: dict
    header: frozenset[int]  # 0-based indexes of the source lines of the header (flattened lines left out)
    rng: random.Random


def _header_rows(text: str) -> frozenset[int]:
    """The source lines the extractor reads as header, short enough to be a header's own line."""
    rows = text.split("\n")
    return frozenset(line.number - 1 for line in header_lines(source_lines(text))
                     if len(rows[line.number - 1]) < FLATTENED_LENGTH)


def _map_header(doc: Document, change: Callable[[str], str]) -> str | None:
    """The text with `change` applied to every header line; None when nothing changed."""
    rows = doc.text.split("\n")
    out = [change(row) if index in doc.header else row for index, row in enumerate(rows)]
    return "\n".join(out) if out != rows else None


def _speaker_row(doc: Document) -> int | None:
    """The header line naming the labelled speaker."""
    speaker = doc.label.get("speaker")
    if not speaker:
        return None
    rows = doc.text.split("\n")
    wanted = " ".join(speaker.split()).casefold()
    return next((i for i in sorted(doc.header) if wanted in " ".join(rows[i].split()).casefold()), None)


def _title_above(doc: Document, row: int) -> int | None:
    """The header line just above the speaker's that is a title ('Statement at the ... Council'),
    one that does not lead into the speaker's line ('Statement by')."""
    rows = doc.text.split("\n")
    above = next((i for i in range(row - 1, -1, -1) if rows[i].strip()), None)
    if above is None or above not in doc.header or _TITLE_NOUN.search(rows[row]):
        return None
    text = rows[above].strip()
    if not _TITLE_NOUN.search(text) or text.casefold().endswith((" by", ":", " of")) or find_dates(text):
        return None
    return above


def capitals(doc: Document) -> Iterator[str | None]:
    """A header set in capitals, as many mission sites and UN cover pages print it."""
    yield _map_header(doc, str.upper)


def title_case(doc: Document) -> Iterator[str | None]:
    """Every word capitalized, as a site's CSS 'text-transform: capitalize' shows it."""
    yield _map_header(doc, lambda row: re.sub(r"\b([a-z])(?=[a-z]*\b)", lambda m: m.group(1).upper(), row))


def speaker_above_title(doc: Document) -> Iterator[str | None]:
    """The speaker's line first, then the title: sites order the two either way."""
    row = _speaker_row(doc)
    above = _title_above(doc, row) if row is not None else None
    if above is None:
        return
    rows = doc.text.split("\n")
    rows[above], rows[row] = rows[row], rows[above]
    yield "\n".join(rows)


def joined_lines(doc: Document) -> Iterator[str | None]:
    """The title and the speaker's line run together, with a comma or a dash."""
    row = _speaker_row(doc)
    above = _title_above(doc, row) if row is not None else None
    if above is None:
        return
    for joint in (", ", " – "):
        rows = doc.text.split("\n")
        rows[above] = rows[above].rstrip().rstrip(",:") + joint + rows[row].strip()
        del rows[above + 1:row + 1]
        yield "\n".join(rows)


def header_one_line(doc: Document) -> Iterator[str | None]:
    """The whole header run together on one line, as a page that lost its line breaks gives it."""
    if len(doc.header) < 2:
        return
    rows = doc.text.split("\n")
    first, last = min(doc.header), max(doc.header)
    kept = [rows[i] for i in range(first, last + 1) if i not in doc.header and rows[i].strip()]
    joined = " ".join(rows[i].strip() for i in sorted(doc.header))
    yield "\n".join([*rows[:first], *kept, joined, *rows[last + 1:]])


def post_before_name(doc: Document) -> Iterator[str | None]:
    """'by H.E. Mr. X, Permanent Representative of Y' written 'by the Permanent Representative of Y, H.E. Mr. X'."""
    row, role = _speaker_row(doc), doc.label.get("speaker_role")
    if row is None or not role:
        return
    rows = doc.text.split("\n")
    name = re.escape(" ".join(doc.label["speaker"].split())).replace(r"\ ", r"\s+")
    post = re.escape(" ".join(role.split())).replace(r"\ ", r"\s+")
    match = re.search(rf"(?P<who>{_HONORIFIC_RUN}{name}),\s+(?P<post>{post})", rows[row], re.IGNORECASE)
    if match is None:
        return
    rows[row] = rows[row][:match.start()] + f"the {match['post']}, {match['who']}" + rows[row][match.end():]
    yield "\n".join(rows)


def mission_banner(doc: Document) -> Iterator[str | None]:
    """The site's banner naming the labelled State's mission above the page."""
    country = doc.label.get("country")
    if not country:
        return
    article = "the " if country.startswith(WITH_ARTICLE) else ""
    yield f"Permanent Mission of {article}{country} to the United Nations\n\n" + doc.text


def navigation(doc: Document) -> Iterator[str | None]:
    """A site's navigation, breadcrumb or language switcher above the document."""
    for block in NAVIGATION:
        yield block + "\n\n" + doc.text


def footer(doc: Document) -> Iterator[str | None]:
    """A site's footer below it."""
    for block in FOOTERS:
        yield doc.text + "\n\n" + block


def _later(iso: str, days: int) -> datetime.date:
    return datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)


def posting_date(doc: Document) -> Iterator[str | None]:
    """The page's posting date on a line above the title, days after the event: not the document's date."""
    if not doc.label.get("date"):
        return
    posted = _later(doc.label["date"], 3)
    forms = {"dmy": f"{posted.day} {posted:%B %Y}", "mdy": f"{posted:%B} {posted.day}, {posted.year}",
             "dotted": f"{posted:%d.%m.%Y}"}
    for line in POSTING_LINES:
        yield line.format(**forms) + "\n" + doc.text


def _date_forms(iso: str) -> tuple[str, ...]:
    """One day in the conventions sites use: ISO, '21 September, 2022', 'September 21, 2022',
    '21.09.2022', '21st of September 2022', and in a French or Spanish site's words."""
    day = datetime.date.fromisoformat(iso)
    suffix = "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return (iso, f"{day.day} {day:%B}, {day.year}", f"{day:%B} {day.day}, {day.year}", f"{day:%d.%m.%Y}",
            f"{day.day}{suffix} of {day:%B} {day.year}", f"{day.day} {FRENCH_MONTHS[day.month - 1]} {day.year}",
            f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}")


def date_conventions(doc: Document) -> Iterator[str | None]:
    """Every writing of the labelled date rewritten in each other convention."""
    iso = doc.label.get("date")
    spans = [d for d in find_dates(doc.text) if iso and d.day and d.iso() == iso]
    if not spans:
        return
    for form in _date_forms(iso):
        text = doc.text
        for found in reversed(spans):
            text = text[:found.start] + form + text[found.end:]
        yield text


def honorific(doc: Document) -> Iterator[str | None]:
    """The honorifics before the speaker's name in the header varied, or dropped."""
    row = _speaker_row(doc)
    if row is None:
        return
    rows = doc.text.split("\n")
    name = re.escape(" ".join(doc.label["speaker"].split())).replace(r"\ ", r"\s+")
    match = re.search(rf"{_HONORIFIC_RUN}(?={name})", rows[row], re.IGNORECASE)
    if match is None:
        return
    for words in HONORIFICS:
        if rows[row].isupper():
            words = words.upper()
        yield "\n".join([*rows[:row], rows[row][:match.start()] + words + rows[row][match.end():], *rows[row + 1:]])


def heading_verb(doc: Document) -> Iterator[str | None]:
    """'Statement by' in the header written 'Remarks by', 'Intervention by', 'Speech of', 'Address by'."""
    if doc.label.get("doc_type") not in SPEECH_TYPES:
        return
    rows = doc.text.split("\n")
    row = next((i for i in sorted(doc.header) if _STATEMENT_BY.search(rows[i])), None)
    if row is None:
        return
    match = _STATEMENT_BY.search(rows[row])
    for verb in HEADING_VERBS:
        verb = verb.upper() if match.group(0).isupper() else verb
        rows_copy = list(rows)
        rows_copy[row] = rows[row][:match.start()] + verb + rows[row][match.end():]
        yield "\n".join(rows_copy)


def type_phrase(doc: Document) -> Iterator[str | None]:
    """The header's name for the document's type written as other sites write it: 'EOV', 'Statement after
    the vote', 'Explanation of position' for an explanation of vote; 'right to reply' for a right of reply."""
    variants = TYPE_PHRASES.get(doc.label.get("doc_type"))
    if not variants:
        return
    pattern, replacements = variants
    rows = doc.text.split("\n")
    row = next((i for i in sorted(doc.header) if pattern.search(rows[i])), None)
    if row is None:
        return
    for replacement in replacements:
        yield "\n".join([*rows[:row], pattern.sub(replacement, rows[row], count=1), *rows[row + 1:]])


def blank_lines(doc: Document) -> Iterator[str | None]:
    """A blank line after every header line, as a page of one paragraph a line gives it."""
    yield _map_header(doc, lambda row: row + "\n" if row.strip() else row)


def _wrap(row: str, rng: random.Random) -> str:
    """A long line broken once near its middle, at a space."""
    spaces = [m.start() for m in re.finditer(" ", row) if 0.3 * len(row) < m.start() < 0.7 * len(row)]
    if len(row) < 50 or not spaces:
        return row
    cut = rng.choice(spaces)
    return row[:cut] + "\n" + row[cut + 1:]


def wrapped_header(doc: Document) -> Iterator[str | None]:
    """Long header lines broken mid-phrase, as a PDF export or a narrow column breaks them."""
    yield _map_header(doc, lambda row: _wrap(row, doc.rng))


def wrapped_body(doc: Document) -> Iterator[str | None]:
    """The body's paragraphs broken at 80 columns, as text copied from a PDF is."""
    if not doc.header:
        return  # a UN document flattened onto one line: its header and body have no line between them
    rows = doc.text.split("\n")
    last = max(doc.header)
    body = [re.sub(r"(.{60,80}?) ", "\\1\n", row) for row in rows[last + 1:]]
    yield "\n".join(rows[:last + 1] + body) if body != rows[last + 1:] else None


def smart_punctuation(doc: Document) -> Iterator[str | None]:
    """Straight quotes and hyphens as a word processor turns them: ’ “ ” – —, and back."""
    smart = re.sub(r'"([^"\n]*)"', "“\\1”", doc.text.replace("'", "’").replace(" - ", " – ").replace("--", "—"))
    yield smart if smart != doc.text else None
    plain = doc.text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    yield plain if plain != doc.text else None


def non_breaking_spaces(doc: Document) -> Iterator[str | None]:
    """Half the header's spaces non-breaking, as a page's editor leaves them between honorific and name."""
    yield _map_header(doc, lambda row: "".join("\u00a0" if ch == " " and doc.rng.random() < 0.5 else ch
                                               for ch in row))


def salutation(doc: Document) -> Iterator[str | None]:
    """A salutation on its own line above the first paragraph where the speaker talks ('Mr. President,')."""
    if doc.label.get("doc_type") not in SPEECH_TYPES:
        return
    rows = doc.text.split("\n")
    first = next((line.number - 1 for line in source_lines(doc.text)
                  if is_prose(line) and _FIRST_PERSON.search(line.text)), None)
    above = next((rows[i].strip() for i in range(first - 1, -1, -1) if rows[i].strip()), "") if first else ""
    if not first or len(rows[first]) >= FLATTENED_LENGTH or _SALUTATION_START.match(above):
        return
    for words in SALUTATIONS:
        yield "\n".join([*rows[:first], words, "", *rows[first:]])


def line_endings(doc: Document) -> Iterator[str | None]:
    """Windows line endings, and lines indented by the page's layout."""
    yield doc.text.replace("\n", "\r\n")
    yield "\n".join("    " + row if row.strip() else row for row in doc.text.split("\n"))


TRANSFORMATIONS: dict[str, Callable[[Document], Iterator[str | None]]] = {
    "header in capitals": capitals,
    "header in title case": title_case,
    "speaker above title": speaker_above_title,
    "title, speaker joined": joined_lines,
    "header on one line": header_one_line,
    "post before name": post_before_name,
    "mission banner above": mission_banner,
    "navigation above": navigation,
    "footer below": footer,
    "posting date above": posting_date,
    "date conventions": date_conventions,
    "honorific varied": honorific,
    "'Statement by' varied": heading_verb,
    "type named otherwise": type_phrase,
    "blank lines": blank_lines,
    "header wrapped": wrapped_header,
    "body wrapped": wrapped_body,
    "quotes and dashes": smart_punctuation,
    "non-breaking spaces": non_breaking_spaces,
    "salutation line": salutation,
    "CRLF, indented": line_endings,
}


@dataclass
class Tally:
    kept: int = 0
    tried: int = 0

    def add(self, right: bool) -> None:
        self.kept += right
        self.tried += 1

    def cell(self) -> str:
        return f"{self.kept / self.tried:>7.1%}" if self.tried else f"{'-':>7}"


def right_fields(text: str, name: str, label: dict) -> set[str]:
    """The fields extraction gets right on `text`."""
    statement = extract(text, name, name)
    return {field for field in CHECKED_FIELDS if normalize(getattr(statement, field)) == normalize(label.get(field))}


def measure(docs: list[Document], names: list[str], show: bool) -> dict[str, dict[str, Tally]]:
    """Survival per transformation and field, over every variant of every document."""
    table = {name: {field: Tally() for field in CHECKED_FIELDS} for name in names}
    for doc in docs:
        before = right_fields(doc.text, doc.name, doc.label)
        for name in names:
            for variant in TRANSFORMATIONS[name](doc):
                if variant is None or variant == doc.text:
                    continue
                after = right_fields(variant, doc.name, doc.label)
                for field in before:
                    table[name][field].add(field in after)
                if show and before - after:
                    print(f"{doc.name} [{name}] lost {', '.join(sorted(before - after))}")
    return table


def render(table: dict[str, dict[str, Tally]]) -> str:
    """Rows: transformations and their total; columns: fields and all fields together."""
    width = max(len(name) for name in [*table, "total"])
    heads = [{"speaker_role": "role", "doc_type": "type"}.get(field, field)[:7] for field in CHECKED_FIELDS]
    rows = [f"{'transformation':<{width}} " + " ".join(f"{h:>7}" for h in heads) + f" {'all':>7} {'pairs':>6}"]
    totals = {field: Tally() for field in CHECKED_FIELDS}
    for name, tallies in [*table.items(), ("total", totals)]:
        every = Tally(sum(t.kept for t in tallies.values()), sum(t.tried for t in tallies.values()))
        if name != "total":
            for field, tally in tallies.items():
                totals[field].kept += tally.kept
                totals[field].tried += tally.tried
        cells = " ".join(tally.cell() for tally in tallies.values())
        rows.append(f"{name:<{width}} {cells} {every.cell()} {every.tried:>6}")
    return "\n".join(rows)


def load_documents(folder: Path, labels_file: Path, leave_out: set[str], only: set[str] | None,
                   seed: int) -> list[Document]:
    """The development documents chosen, the held-out part always left out."""
    leave_out = leave_out | document_names([str(HELDOUT)])
    docs = []
    for label in read_labels(labels_file):
        name = label["file"]
        if name in leave_out or (only is not None and name not in only):
            continue
        path = folder / "docs" / name if (folder / "docs" / name).is_file() else folder / name
        text = read_text(path)[0].replace("\r\n", "\n")
        docs.append(Document(name, text, label, _header_rows(text), random.Random(f"{seed}:{name}")))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--labels", help="the labels file (default FOLDER/labels.json)")
    parser.add_argument("--seed", type=int, default=0, help="where lines wrap and spaces become non-breaking")
    parser.add_argument("--leave-out", action="append", metavar="NAME|FILE", help="documents not measured")
    parser.add_argument("--only", action="append", metavar="NAME|FILE", help="measure only these documents")
    parser.add_argument("--transformation", action="append", choices=list(TRANSFORMATIONS),
                        help="only this transformation (repeatable)")
    parser.add_argument("--show", action="store_true", help="also print each document and field a variant loses")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    docs = load_documents(folder, Path(args.labels) if args.labels else folder / "labels.json",
                          document_names(args.leave_out or []), document_names(args.only) if args.only else None,
                          args.seed)
    table = measure(docs, args.transformation or list(TRANSFORMATIONS), args.show)
    print(f"{len(docs)} documents (held-out part left out), seed {args.seed}: share of the fields right on the "
          "original that stay right")
    print(render(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
