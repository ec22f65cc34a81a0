"""Assemble the Statement record from the fields each module finds in a document's text.

`extract` cuts the text into source lines and the header, finds each field
(people, type, State, forums, meeting, dates, place, agenda items, groups,
symbols, mentions) with its evidence, then settles the confidence of each
and gives the record its title: the document's own, or one composed from
the metadata.
"""

from __future__ import annotations

import dataclasses

from archive.dates import readable_date
from archive.statement import Evidence, Statement
from archive.vocabulary import doc_type_label
from indexer.cleaning import clean_body
from indexer.extraction.confidence import settle
from indexer.extraction.dating import find_dating, read_by_the_states_order
from indexer.extraction.doctypes import find_doc_type, given_to_the_press, is_note, issued_by_two_states
from indexer.extraction.forums import find_forums
from indexer.extraction.lines import (
    Line,
    header_lines,
    is_chrome,
    is_formal_title,
    join_wrapped,
    logical_lines,
    source_lines,
)
from indexer.extraction.locations import find_location
from indexer.extraction.meetings import find_meeting, without_speaker
from indexer.extraction.people import as_note_verbale, find_people
from indexer.extraction.places import find_country
from indexer.extraction.references import find_agenda_items, find_groups, find_mentions, find_symbols
from indexer.extraction.replies import find_answered_states

FORMAL_TYPES = ("letter", "note_verbale")


CHROME_WORDS = 12  # a sharing bar's or a photo credit's few words; a longer line holds the lead after them


def opening_text(lines: list[Line], raw_header: list[Line], limit: int = 3000) -> str:
    """The first paragraphs after the header, where first-person formulas live; a sharing bar or other page furniture
    at their head ('Share: Twitter | Facebook | Email') left out, as it would run into the lead's first sentence."""
    start = lines.index(raw_header[-1]) + 1 if raw_header else 0
    parts: list[str] = []
    previous_block = None
    for line in lines[start:]:
        if parts and sum(len(p) for p in parts) > limit:
            break
        if not parts and is_chrome(line.text) and len(line.text.split()) <= CHROME_WORDS:
            continue
        if previous_block is not None and line.block == previous_block:
            parts[-1] = join_wrapped(parts[-1], line.text)
        else:
            parts.append(("\n\n" if previous_block is not None else "") + line.text)
        previous_block = line.block
    return "".join(parts).strip()


def extract(text: str, source: str, statement_id: str, content_hash: str = "") -> Statement:
    """The Statement record for one document's text."""
    lines = source_lines(text)
    raw_header = header_lines(lines)
    header = logical_lines(raw_header)
    body = clean_body(text)
    opening = opening_text(lines, raw_header)
    title_line = next((line for line in header if is_formal_title(line.text)), None)

    people = find_people(header, lines, title_line.text if title_line else None, opening)
    if is_note(opening, header):
        people = as_note_verbale(people)
    groups, groups_evidence = find_groups(header, opening)
    doc_type, type_evidence = find_doc_type(header, opening, people.speaker is not None, groups_evidence)
    formal = doc_type in FORMAL_TYPES
    role_evidence = next((e for e in people.evidence if e.field == "speaker_role"), None)
    speaker_evidence = next((e for e in people.evidence if e.field == "speaker"), None)
    speaker_line = next((line for line in header if speaker_evidence and line.number == speaker_evidence.line
                         and line.text == speaker_evidence.text), None)
    country, country_evidence, country_warning, country_alternatives = find_country(
        people.role, role_evidence, speaker_line, title_line, header, opening, lines, people.speaker)
    if issued_by_two_states(doc_type, type_evidence):
        country, country_evidence = None, None
    answered, answered_evidence = find_answered_states(doc_type, header, opening, {country} - {None})
    forums, forum_evidence = find_forums(header, body, formal, opening)
    if given_to_the_press(doc_type, type_evidence):
        forums, forum_evidence = [], None
    used = {e.line for e in people.evidence if e.line}
    meeting, meeting_evidence = find_meeting(header, used, doc_type, opening, lines)
    meeting = without_speaker(meeting, people.speaker)
    dating = read_by_the_states_order(find_dating(header, lines, title_line, formal), header, country)
    location, location_evidence = find_location(header, title_line, doc_type, lines)
    agenda_items, agenda_evidence = find_agenda_items(header, body)

    evidence = [*people.evidence, *dating.evidence]
    evidence += [e for e in (type_evidence, country_evidence, forum_evidence, meeting_evidence,
                             location_evidence, agenda_evidence, groups_evidence) if e]
    evidence += country_alternatives + answered_evidence
    if title_line:
        evidence.append(Evidence("title", title_line.text, title_line.number, "document title"))
    warnings = list(dating.warnings) + ([country_warning] if country_warning else [])
    for name, value in (("speaker", people.speaker), ("country", country), ("forum", forums)):
        if not value:
            warnings.append(f"no {name} found")

    statement = Statement(
        id=statement_id,
        source=source,
        body=body,
        speaker=people.speaker,
        speakers=people.speakers,
        speaker_role=people.role,
        country=country,
        replies_to_states=answered,
        forum=forums[0] if forums else None,
        forums=tuple(forums),
        meeting=meeting,
        doc_type=doc_type,
        date=dating.date,
        date_precision=dating.precision,
        dates=dating.others,
        location=location,
        agenda_items=tuple(agenda_items),
        symbols=tuple(find_symbols(body)),
        mentions=tuple(find_mentions(body)),
        groups=tuple(groups),
        evidence=tuple(evidence),
        warnings=tuple(warnings),
        content_hash=content_hash,
    )
    statement = settle(statement)
    return dataclasses.replace(statement, title=title_line.text if title_line else compose_title(statement))


def compose_title(statement: Statement) -> str:
    """A readable title from the metadata, for documents without a formal one:
    'Right of reply by Seymur Mardaliyev (Azerbaijan), Anti-Personnel Mine Ban Convention, 22 June 2021'."""
    label = doc_type_label(statement.doc_type)
    if statement.speaker:
        head = f"{label} by {statement.speaker}"
    elif statement.country:
        head = f"{label} from {statement.country}" if statement.doc_type in FORMAL_TYPES \
            else f"{label} by the delegation of {statement.country}"
    else:
        head = label
    if statement.speaker and statement.country:
        head += f" ({statement.country})"
    parts = [head]
    if statement.forum:
        parts.append(statement.forum)
    if statement.date:
        parts.append(readable_date(statement.date, statement.date_precision))
    return ", ".join(parts)

