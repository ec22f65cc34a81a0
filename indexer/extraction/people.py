"""Who delivered or signed the document, and the post they held.

A name is a run of one to five capitalized words (or words in capitals,
initials, particles, a 'Jr.'). The conventions read, most trusted first:

* a heading introduces the speaker: "Statement by H.E. Mr. X, Permanent
  Representative of ...", "Remarks by Ambassador X, ...", "As delivered by
  Deputy Chief of Mission X to ...", "Statement of the Minister of Foreign
  Affairs of Uzbekistan X at ...", "Delivered by:" or "Presenter:" above the
  name, "Intervención del embajador X"; the post after the name, before it,
  or on the lines below it;
* a name line behind an honorific, or a bare name above its post;
* a letter's signature: "(Signed) X", or a name line above a post line at the end;
* a line "As delivered by Ambassador X, Head of Delegation" anywhere;
* a press release: the person whose words it reports, named with the post at
  the start of a sentence ("Georgian Deputy Foreign Minister X delivered ...").

An institution ("the Chinese Delegation", "New Agenda Coalition") is never a
speaker, and a mention in the body ("the statement made by the Minister of
Turkey, Mr. X") is not read: a missing speaker beats a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

from archive.statement import Evidence
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.names import is_post, normalize_name, strip_honorifics
from indexer.extraction.persons import (
    ARTICLE,
    CONNECTORS,
    INTROS,
    TITLE_NOUNS,
    clean_token,
    is_name_at,
    post_after,
    post_before,
    posts_below,
    read_person,
    starts_post,
    without_full_stop,
)

SIGNATURE_LENGTH = 160
OPENING_INTRO_LENGTH = 600
_SIGNED = re.compile(r"\(\s*(?:Signed|Sd|Sgd)\.?\s*\)\s+", re.IGNORECASE)
_END_BYLINE = re.compile(r"^(?:(?:statement|remarks)\s+)?(?:as\s+)?delivered\s+by\s+", re.IGNORECASE)
# Titles a press release puts before a bare surname ('Foreign Minister Qureshi').
_HIGH_OFFICE = {"minister", "president", "chancellor", "premier", "secretary", "king", "queen", "emir", "sultan"}
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")
_DASH_COUNTRY = re.compile(r"^\s*[-–—]\s*(?P<country>[^,;]+?)\s*$")
_LETTER_TITLE = re.compile(r"\b(?:letters?|note\s+verbale)\s+dated\b.{4,40}?\bfrom\s+the\s.+?\baddressed\s+to\b",
                           re.IGNORECASE)
_ROLE_IN_TITLE = re.compile(r"\bfrom\s+the\s+(?P<role>.+?)\s+addressed\s+to\b", re.IGNORECASE)
_ROLE_IN_BODY = re.compile(
    r"\b(?:my\s+function\s+as|in\s+my\s+capacity\s+as|as\s+the\s+newly\s+appointed)\s+(?:the\s+)?(?P<role>[^,.;]+?)"
    r"(?=\s+with\b|\s+since\b|\s+at\s+the\b|[,.;])",
    re.IGNORECASE,
)
# Where a sentence of a press release starts: a line, a dateline's end, a full stop.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s*|\s[–—]\s|:\s|(?<=\bsaid\s)|(?<=\bsays\s))(?=\S)", re.MULTILINE)
_LEAD_CLAUSE = re.compile(
    r"^(?:(?:Speaking|Addressing|Delivering|Taking\s+the\s+floor)\b[^,.]{0,160}"
    r"|(?:On|Today|Yesterday|In)\s[^,.]{0,40}(?:,\s+(?:19|20)\d\d)?"
    r"|(?:At|During|Upon|Following)\s[^,.]{0,100}),\s+")
# A UN office holder a State's press release reports (the Secretary-General opening a meeting, the High
# Commissioner welcoming a resolution) is its occasion, not its speaker.
_UN_OFFICE = re.compile(
    r"^(?:UN\s+|United\s+Nations\s+)?(?:Deputy\s+|Under-|Assistant\s+)?(?:Secretary-General|High\s+Commissioner\b"
    r"|Special\s+Rapporteur|Independent\s+Expert|Special\s+(?:Envoy|Representative)\s+of\s+the\s+Secretary"
    r"|President\s+of\s+the\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council))",
    re.IGNORECASE)
_MENTION = re.compile(r"\bin\s+(?:response|reply)\s+to\b|\bin\s+exercise\s+of\b|^(?:My|Our)\s+delegation\b|^(?:I|We)\s",
                      re.IGNORECASE)
_POSSESSIVE = re.compile(rf"['’]s\s+(?:{TITLE_NOUNS}|explanation|letter)\b", re.IGNORECASE)
# 'Undersecretary X of the Presidential Human Rights Committee stressed': the body belongs to the post.
_OF_ORGANISATION = re.compile(r"^of\s+the\s+((?:[A-Z][\w’'-]*\s+)+)(?=[a-z])")
_CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:With\s+)?(?:best|kind)\s+regards)\b[,.]?$|assurances\s+of\s+my\s+(?:highest|high|most\s+distinguished)\s+"
    r"consideration\.?$",
    re.IGNORECASE,
)
_RECORD_SPEAKER = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mme|Sir|Dame|Lord|Baroness)\.?|M\.)\s+"
    r"(?P<name>(?:(?:de|van|von|del|da|du|al|el|le|la|ter)\s+)?[A-Z][\w'’\-]+(?:\s+(?:[A-Z]|de\s|del\s|van\s)[\w'’\-]*){0,3})\s+"
    r"\((?P<country>[^()]{3,60})\)\s*(?:\([^()]*\)\s*)?:"
)
# 'Ambassador Anna Example: Statement at the Security Council': the name, a colon, then the title.
_COLON_TITLE = re.compile(rf"^:\s*(?:{TITLE_NOUNS})\b", re.IGNORECASE)
# How a letter, not a speech, greets its addressee: a name block above it is the addressee's.
_LETTER_SALUTATION = re.compile(r"^(?:(?:Your\s+)?Excellency\s*,|Dear\s+\S|(?:Sir|Madam)\s*[,:])")
# The furniture of a site's footer: opening hours, contacts, copyright.
_FOOTER = re.compile(r"\b(?:office|opening|working)\s+hours\b|^(?:tel|phone|telephone|fax|e-?mail|address)\b\.?\s*:?"
                     r"|©|\ball\s+rights\s+reserved\b", re.IGNORECASE)
# A title giving the statement to a State or a group: 'EU Statement on ...', 'Swiss Statement', 'UK statement to ...'.
_GROUP_TITLE = re.compile(
    r"^(?:(?:EU|UK|US|Joint|National|Nordic|Nordic-Baltic|[A-Z][a-z]+)\s+){1,3}(?:Statement|statement)\b")
# A page's 'From:' line lists who issued it: the office, then the person who spoke (gov.uk speeches).
_FROM_LINE = re.compile(r"^From\s*:\s*", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r",\s+|\s+and\s+|\s*&\s*")
# A sentence that opens on one of these names its speaker even without a post ('Ambassador X said').
_STRONG_HONORIFIC = re.compile(r"^(?:H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.|Dame|Sir)\s")
_TITLED = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.?\s")
_SPEECH_VERB = re.compile(r"^(?:delivered|made|said|stated|addressed|spoke|told|took)\b")


@dataclass(frozen=True)
class People:
    speaker: str | None
    speakers: tuple[str, ...]
    role: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Candidate:
    name: str | None
    role: str | None
    line: Line
    role_line: Line | None
    method: str
    confidence: float


def _mentioned(text: str, intro: re.Match) -> bool:
    """A bare 'by' in a sentence answering someone ('in response to the statement made today by
    Prime Minister X') names the one answered, not the speaker."""
    return intro.group(0)[:2].casefold() == "by" and intro.start() > 0 and bool(_MENTION.search(text[:intro.start()]))


def _news_byline(header: list[Line], index: int, intro: re.Match) -> bool:
    """'By Jane Doe' opening a line is a news article's author unless a title noun ends the line
    above ('Statement' / 'By' / 'H.E. Mr. X') or an honorific follows ('By H.E. Mr. X')."""
    if intro.start() > 0 or intro.group(0)[:2].casefold() != "by":
        return False
    after = header[index].text[intro.end():]
    above = header[index - 1].text.split()[-1].casefold() if index and header[index - 1].text.split() else ""
    return strip_honorifics(after) == after.strip() and above not in TITLE_NOUNS.split("|") and bool(after.strip())


def _from_intro(header: list[Line], index: int) -> Candidate | None:
    """A heading with 'by' (or 'of the', 'Delivered by:', 'Intervención del')."""
    line = header[index]
    intros = [m for m in INTROS.finditer(line.text)
              if not _mentioned(line.text, m) and not _news_byline(header, index, m)]
    for number, intro in enumerate(intros):
        stop = intros[number + 1].start() if number + 1 < len(intros) else len(line.text)
        rest, at = line.text[intro.end():stop], index
        if not rest.strip() and index + 1 < len(header):
            at = index + 1
            rest = header[at].text
        found = read_person(rest)
        if found is None:
            continue
        role, role_line = found.before, line
        if role is None:
            role, role_line = post_after(found.after), header[at]
        below, below_line = posts_below(header, at, found.name)
        # 'Statement by Permanent Representative X' over 'X' / 'Permanent Representative of ... to the UN':
        # the post in full, as the lines below write it.
        if role is None or (below and below.casefold().startswith(role.casefold() + " ")):
            role, role_line = below, below_line
        return Candidate(found.name, role, header[at], role_line, "header: by NAME", 0.95)
    return _post_then_name(header, index, intros)


def _post_then_name(header: list[Line], index: int, intros: list[re.Match]) -> Candidate | None:
    """'Statement by H.E. Permanent Representative of Portugal ..., ' / 'Ambassador Rui Macieira':
    the post ends the heading line and the name is the next line."""
    line = header[index]
    if not intros or index + 1 >= len(header):
        return None
    post = post_before(line.text[intros[-1].end():])
    following = header[index + 1]
    found = read_person(following.text, single=False)
    if not (post and found and not found.after.strip(" ,.;")):
        return None
    if strip_honorifics(following.text) != following.text:
        return Candidate(found.name, post, following, line, "header: by POST, NAME below", 0.85)
    # Without an honorific the line must be the name and nothing else ('Ivan Example').
    if not found.prefix and len(found.name.split()) >= 2:
        return Candidate(found.name, post, following, line, "header: by POST, NAME below", 0.8)
    return None


def _from_name_line(header: list[Line], index: int) -> Candidate | None:
    """A line that is a name: behind an honorific ('H.E. Mr. Ali Bahraini', perhaps with its post
    after a comma, or 'Mr. X - Syrian Arab Republic'), or bare above a line that is a post."""
    line = header[index]
    text = _LIST_NUMBER.sub("", line.text) if index == 0 else line.text
    has_honorific = strip_honorifics(text) != text
    found = read_person(strip_honorifics(text), single=False)
    if not found or strip_honorifics(found.prefix):
        return None
    after = found.after.strip()
    if has_honorific and _COLON_TITLE.match(after):
        return Candidate(found.name, None, line, None, "header: NAME: Statement", 0.85)
    if after and after[0] not in ",–—-|/":
        return None
    if after:
        dash = _DASH_COUNTRY.match(after)
        if dash and has_honorific and canonical_country(dash.group("country")):
            return Candidate(found.name, None, line, None, "header: name line", 0.9)
        post = post_after(after)
        if post and (has_honorific or len(found.name.split()) >= 2):  # 'Antony J. Blinken, Secretary of State'
            return Candidate(found.name, post, line, line, "header: name line", 0.9 if has_honorific else 0.85)
        return None
    post, post_line = posts_below(header, index, found.name)
    if post is None and has_honorific and index and is_post(header[index - 1].text):
        post, post_line = post_after(header[index - 1].text) or header[index - 1].text, header[index - 1]
    if has_honorific or post:
        return Candidate(found.name, post, line, post_line, "header: name line", 0.9 if has_honorific else 0.85)
    return None


def _from_possessive(header: list[Line], index: int) -> Candidate | None:
    """'Ambassador Geng Shuang's Remarks at the Security Council', 'Vice Foreign Minister X’s Speech'."""
    line = header[index]
    match = _POSSESSIVE.search(line.text)
    if not match:
        return None
    found = read_person(line.text[:match.start()])
    if found is None or found.after.strip() or strip_honorifics(found.prefix + " x") not in {"x", "the x", "The x"} \
            and not found.before:
        return None
    return Candidate(found.name, found.before, line, line, "header: NAME's remarks", 0.9)


def _post_elsewhere(header: list[Line], name: str) -> tuple[str | None, Line | None]:
    """A list of speakers repeats the name with its post ('2. Haydar Ali Ahmad, Permanent Representative ...')."""
    for line in header:
        text = strip_honorifics(_LIST_NUMBER.sub("", line.text))
        if text.startswith(name + ","):
            post = post_after(text[len(name):])
            if post:
                return post, line
    return None, None


def _opens_as_letter(header: list[Line], lines: list[Line]) -> bool:
    """The text after the header greets like a letter ('Excellency,', 'Dear Madam Chair,')."""
    if not header or header[-1] not in lines:
        return False
    following = lines[lines.index(header[-1]) + 1:][:1]
    return bool(following) and bool(_LETTER_SALUTATION.match(following[0].text))


def _below_attributed_heading(header: list[Line]) -> int:
    """Where name lines may start: below a heading that gives the statement to a delegation or a
    State ('Statement by the Delegation of X', 'Statement by Example', 'EU Statement on ...'), a name
    line above it is the site's banner ('Embassy of X' / 'Ambassador Anna Example'), one below it the speaker."""
    for index, line in enumerate(header):
        intros = [m for m in INTROS.finditer(line.text) if m.group(0)[:2].casefold() not in {"by", "in"}
                  and m.group(0).split()[0].casefold() in TITLE_NOUNS.split("|")]
        if (intros or _GROUP_TITLE.match(line.text)) and _from_intro(header, index) is None:
            return index
    return 0


def _in_header(header: list[Line], letter: bool = False) -> Candidate | None:
    """A heading introducing the speaker anywhere in the header, over a name line above it: a
    site's banner may name its ambassador before the title names who spoke. Above a letter's
    'Excellency,' a name line is the addressee ('H.E. Mr. X' / 'President of the Security Council')."""
    found = (_from_intro(header, index) for index in range(len(header)))
    first = _below_attributed_heading(header)
    others = () if letter else (_from_name_line(header, index) or _from_possessive(header, index)
                                for index in range(first, len(header)))
    for candidate in chain(found, others):
        if candidate:
            if candidate.role is None and candidate.name:
                role, role_line = _post_elsewhere(header, candidate.name)
                return Candidate(candidate.name, role, candidate.line, role_line, candidate.method,
                                 candidate.confidence)
            return candidate
    return None


def _from_line(header: list[Line]) -> Candidate | None:
    """'From: Foreign, Commonwealth & Development Office and Dame Barbara Woodward DCB CMG': of the
    issuers a page lists, the one that is a person (two words or more, honours after it) spoke."""
    for line in header:
        match = _FROM_LINE.match(line.text)
        if not match:
            continue
        for part in _LIST_SEPARATOR.split(line.text[match.end():]):
            found = read_person(strip_honorifics(part), single=False)
            if found and not found.prefix and not found.after.strip(" .,") and len(found.name.split()) >= 2:
                role, role_line = _post_in_possessive_title(header)
                return Candidate(found.name, role, line, role_line, "header: From: office and NAME", 0.8)
    return None


def _post_in_possessive_title(header: list[Line]) -> tuple[str | None, Line | None]:
    """A title naming the speaker by post alone ('Foreign Secretary's statement at the UN Security Council')."""
    for line in header:
        match = _POSSESSIVE.search(line.text)
        if match and is_post(line.text[:match.start()].strip()):
            return line.text[:match.start()].strip(), line
    return None, None


def _fuller_name(candidate: Candidate | None, header: list[Line]) -> Candidate | None:
    """'Minister Ahmad's speech' names a surname; the page's 'From:' line may give the whole name."""
    if not candidate or not candidate.name or " " in candidate.name:
        return candidate
    listed = _from_line(header)
    if listed and listed.name.split()[-1] == candidate.name:
        return Candidate(listed.name, candidate.role, candidate.line, candidate.role_line, candidate.method,
                         candidate.confidence)
    return candidate


def _signed(lines: list[Line]) -> list[Candidate]:
    """'(Signed) Kaha Imnadze Ambassador Permanent Representative': every signatory, with the post
    after the name or on the line below."""
    found = []
    for index, line in enumerate(lines):
        signed = _SIGNED.search(line.text)
        if signed and (person := read_person(line.text[signed.end():], single=False)) and not person.prefix:
            post, post_line = post_after(person.after), line
            below = lines[index + 1] if index + 1 < len(lines) else None
            if post is None and below and not person.after.strip() and is_post(below.text):
                post, post_line = post_after(below.text) or without_full_stop(below.text), below
            found.append(Candidate(person.name, post, line, post_line if post else None,
                                   "signature: first (Signed) line", 0.9))
    return found


def _in_footer(lines: list[Line], index: int) -> bool:
    """A site's footer names its head of mission above office hours, a telephone, an address: no signature."""
    return any(_FOOTER.search(line.text) for line in lines[index + 1:index + 5])


def _signature_block(lines: list[Line]) -> Candidate | None:
    """A letter's signature: the line after 'Yours sincerely,' or 'the assurances of my highest
    consideration.', or in the last lines a name alone above the signatory's post ('Gabriel
    Shalev' / 'Permanent Representative of Israel to the United Nations')."""
    closing = [index + 1 for index, line in enumerate(lines[:-1]) if _CLOSING.search(line.text)]
    for index in closing + list(range(max(0, len(lines) - 6), len(lines) - 1)):
        line = lines[index]
        if len(line.text) > SIGNATURE_LENGTH or (index not in closing and _in_footer(lines, index)):
            continue
        found = read_person(strip_honorifics(line.text), single=False)
        if not found or found.prefix:
            continue
        if found.after.strip(" ,") and (post := post_after(found.after)):
            return Candidate(found.name, post, line, line, "signature: name and post", 0.8)
        role, role_line = posts_below(lines, index, found.name) if not found.after.strip(" ,") else (None, None)
        if role or (index in closing and not found.after.strip(" ,")):
            return Candidate(found.name, role, line, role_line, "signature: name above post",
                             0.8 if index in closing else 0.75)
    return None


def _introduced_in_opening(opening: str) -> Candidate | None:
    """'Following is the text of the right of reply delivered by First Secretary X': a heading's
    words inside the first paragraph; a bare 'by' is not read there."""
    text = opening[:OPENING_INTRO_LENGTH]
    for intro in INTROS.finditer(text):
        if intro.group(0)[:2].casefold() == "by" or _MENTION.search(text[:intro.start()]):
            continue
        found = read_person(text[intro.end():intro.end() + 240], single=False)
        if found:
            line = Line(0, text[max(0, intro.start() - 80):intro.end() + 160], 0)
            return Candidate(found.name, found.before or post_after(found.after), line, line,
                             "opening: delivered by NAME", 0.75)
    return None


def _record_speaker(lines: list[Line]) -> Candidate | None:
    """A UN meeting record names who speaks as 'Mr. Akram (Pakistan):' at the head of the words."""
    for line in lines[:40]:
        match = _RECORD_SPEAKER.match(line.text)
        if match and canonical_country(match.group("country")):
            return Candidate(normalize_name(match.group("name")), None, line, None, "record: Mr. X (State):", 0.75)
    return None


def _byline_anywhere(lines: list[Line], header: list[Line]) -> Candidate | None:
    """'As delivered by Ambassador Michael Kozak, Head of Delegation, ...' on a line of its own,
    at the foot of the page as often as at its head."""
    in_header = {line.number for line in header}
    for line in lines:
        if line.number in in_header or not (match := _END_BYLINE.match(line.text)):
            continue
        found = read_person(line.text[match.end():], single=False)
        if found:
            return Candidate(found.name, found.before or post_after(found.after), line, line,
                             "byline: as delivered by", 0.85)
    return None


def _reported(header: list[Line], opening: str) -> Candidate | None:
    """A press release names the person it reports with the post, at the start of a sentence:
    'Acting Foreign Minister of Armenia Ara Aivazian participated ...', 'President Uhuru Kenyatta
    has appealed ...', 'Head of Delegation of the DPRK delivered a statement ...' (post only).
    The first person named is the speaker; the fullest post given to them is theirs."""
    if not header:
        return None
    candidates: list[Candidate] = []
    for text, line in [(line.text, line) for line in header] + [(opening[:900], header[-1])]:
        text = SALUTATION.sub(".", text)  # 'Mr. President: Again, ...' is no 'President Again'
        for start in _SENTENCE.finditer(text):
            sentence = _LEAD_CLAUSE.sub("", text[start.end():start.end() + 400])
            quoted = text[:start.end()].endswith(("said ", "says ", "added ", "stated "))
            candidate = _reported_in(sentence, line, quoted)
            if candidate and not _UN_OFFICE.match(candidate.role or ""):
                candidates.append(candidate)
    named = [c for c in candidates if c.name]
    if not named:
        return candidates[0] if candidates else None
    surname = named[0].name.split()[-1]
    same = [c for c in named if c.name.split()[-1] == surname]
    fullest = max(same, key=lambda c: len(c.name))
    role = max(same, key=lambda c: len(c.role or "")).role
    return Candidate(fullest.name, role, fullest.line, fullest.role_line, fullest.method, fullest.confidence)


def _reported_in(sentence: str, line: Line, quoted: bool) -> Candidate | None:
    """One sentence: 'POST NAME verb ...', 'Ambassador NAME, POST, said ...', or after a quotation
    '... said Foreign Minister NAME.'"""
    sentence = ARTICLE.sub("", sentence)
    weak = bool(_TITLED.match(sentence))  # 'Ms. X, the Permanent Representative of Y, said': only with the post
    led = bool(_STRONG_HONORIFIC.match(sentence)) or weak
    if not (starts_post(sentence) or led) or sentence.isupper():
        return None
    found = read_person(sentence, single=True)
    if found is None:
        tokens = sentence.split()
        verb = next((i for i, t in enumerate(tokens) if t[:1].islower() and clean_token(t) not in CONNECTORS), None)
        if verb and _SPEECH_VERB.match(tokens[verb]) and is_post(" ".join(tokens[:verb])) \
                and not all(is_name_at(tokens, i) for i in (verb - 2, verb - 1)):
            return Candidate(None, " ".join(tokens[:verb]), line, line, "press: the post delivered", 0.6)
        return None
    if found.before is None and (not led or strip_honorifics(found.prefix + " x") != "x"):
        return None
    if len(found.name.split()) == 1 and clean_token((found.before or "x").split()[-1]) not in _HIGH_OFFICE:
        return None
    role, after = found.before, found.after
    org = _OF_ORGANISATION.match(after)
    if org:
        role, after = f"{role} of the {org.group(1).strip()}", after[org.end():]
    if role is None and after.startswith(",") and (post := post_after(ARTICLE.sub("", after.lstrip(" ,")))):
        role, after = post, after[after.find(post) + len(post):].lstrip(" ,")
    if weak and role is None:
        return None
    ends = quoted and (not after or after[0] in ".;")
    # After a quotation the sentence may go on with the occasion ('... said Minister X at the meeting.').
    connector = bool(after.split()) and clean_token(after.split()[0]) in CONNECTORS and not quoted
    if not (ends or re.match(r"^,?\s*[a-z]", after)) or connector:
        return None
    return Candidate(found.name, role, line, line, "press: POST NAME reported", 0.7)


def _letter_title(header: list[Line]) -> Line | None:
    """A letter's title inside a header line ('S/2020/123 Letter dated ... from the ... addressed to')."""
    return next((line for line in header if _LETTER_TITLE.search(line.text)), None)


def _role(candidate: Candidate | None, title: str | None, header: list[Line], body: str) \
        -> tuple[str | None, Evidence | None]:
    """The post: a letter's title names it in full ('from the Permanent Representative of Israel to
    the United Nations addressed to'), over a signature's 'Permanent Representative'; else the
    speaker's own post; else 'in my capacity as ...' in the opening."""
    title_line = None if title else _letter_title(header)
    title = title or (title_line.text if title_line else None)
    if title and (match := _ROLE_IN_TITLE.search(title)) and is_post(match.group("role")):
        return match.group("role"), Evidence("speaker_role", title, title_line.number if title_line else None,
                                             "title: from the POST addressed to", confidence=0.9)
    if candidate and candidate.role:
        where = candidate.role_line or candidate.line
        return candidate.role, Evidence("speaker_role", where.text, where.number or None,
                                        candidate.method.split(":")[0] + ": the speaker's post",
                                        confidence=round(candidate.confidence - 0.05, 2))
    match = _ROLE_IN_BODY.search(body[:4000]) if candidate and candidate.name else None
    if match and is_post(match.group("role")):
        return match.group("role"), Evidence("speaker_role", match.group(0), None, "body: in my capacity as",
                                             confidence=0.6)
    return None, None


def find_people(header: list[Line], lines: list[Line], title: str | None, body: str) -> People:
    evidence: list[Evidence] = []
    signatories = _signed(lines)
    candidate = _fuller_name(_in_header(header, _opens_as_letter(header, lines)), header) or _from_line(header)
    if candidate is None and signatories:
        candidate = signatories[0]
    if candidate is None:
        in_header = {(line.number, line.text) for line in header}
        below = [line for line in lines if (line.number, line.text) not in in_header]  # a signature ends a text
        candidate = _signature_block(below) or _byline_anywhere(lines, header) or _record_speaker(lines) \
            or _introduced_in_opening(body)
    if candidate is None and title is None:
        candidate = _reported(header, body)
    speaker = candidate.name if candidate else None
    if candidate and speaker:
        evidence.append(Evidence("speaker", candidate.line.text, candidate.line.number or None, candidate.method,
                                 confidence=candidate.confidence))
    role, role_evidence = _role(candidate, title, header, body)
    if role_evidence:
        evidence.append(role_evidence)
    speakers = [speaker] if speaker else []
    for signatory in signatories:
        if signatory.name not in speakers:
            speakers.append(signatory.name)
            evidence.append(Evidence("speakers", signatory.line.text, signatory.line.number, "signature: (Signed)",
                                     confidence=0.9))
    return People(speaker, tuple(speakers), role, tuple(evidence))
