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
from functools import lru_cache
from itertools import chain

from archive.statement import Evidence
from archive.vocabulary import load_data
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.patterns import (
    ROLE_START,
    canonical_city,
    canonical_country,
    find_dates,
    honorifics,
    is_affiliation,
    is_honorific_word,
    is_institution_word,
    is_name_word,
    is_particle,
    is_post,
    is_post_word,
    is_postnominal,
    name_core,
    normalize_name,
    strip_honorifics,
)

SIGNATURE_LENGTH = 160
OPENING_INTRO_LENGTH = 600
# Words that open the speaker's part of a heading. A title noun after 'the' is a
# mention in prose ("the statement by the representative of X"), not a heading.
_TITLE_NOUNS = r"statement|remarks|speech|address|intervention|reply|vote|position|briefing|message"
_PARTICIPLES = r"delivered|presented|made|read|given|pronounced|exercised|introduced"
_INTROS = re.compile(
    rf"(?:(?<!\bthe\s)(?<![A-Za-z])(?:{_TITLE_NOUNS})\s+(?:(?:{_PARTICIPLES})\s+)?(?:out\s+)?by\b"
    rf"|(?<!statement\s)(?<!remarks\s)(?<!speech\s)(?<!address\s)(?<!reply\s)\b(?:{_PARTICIPLES})\s+(?:out\s+)?by\b"
    r"|^by\b"
    r"|^(?:presenter|speaker|orador|oradora)\s*(?=:)"
    r"|\b(?:intervención|discurso|declaración|palabras)\s+(?:del|de\s+la)\b"
    r"|\b(?:prononcée?|présentée?)\s+par(?=\s+(?:S\.\s?E\.|Son\s+Excellence|M\.|Mme|l['’]Ambassadeur))"
    r"|(?<!\bthe\s)\b(?:statement|remarks|speech|address|message)\s+of(?=\s+the\s|\s+(?-i:[A-Z]))"
    r"|\bletter\s+from(?=\s+(?-i:[A-Z]))"
    r"|\bby(?=\s+(?:H\.\s?E\b|His\s+Excellency|Her\s+Excellency|Ambassador\b|(?-i:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z])))"
    r"|\bby(?=\s+(?-i:(?:First|Second|Third|Deputy|Permanent|Foreign|Prime|Minister|"
    r"Counsell?or|Councill?or|Secretary|President|Vice|Chargée?|Head|Chief|Acting|Federal|State)\s)))"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"\(\s*(?:Signed|Sd|Sgd)\.?\s*\)\s+", re.IGNORECASE)
_END_BYLINE = re.compile(r"^(?:(?:statement|remarks)\s+)?(?:as\s+)?delivered\s+by\s+", re.IGNORECASE)
# Where the speaker's part of a heading ends and the occasion begins.
_OCCASION = {"at", "before", "during", "on", "after", "under", "following", "regarding", "concerning", "upon",
             "–", "—", "-", "//", "en", "durante", "sur", "lors", "no", "na", "em"}
_CONNECTORS = {"of", "the", "to", "for", "and", "in", "by", "from", "a", "an", "de", "del", "du", "des", "la",
               "le", "with", "&", "at", "on", "do", "da", "dos", "das", "junto", "às", "aux", "au", "ao", "à",
               "auprès", "ante"}
# Titles a press release puts before a bare surname ('Foreign Minister Qureshi').
_HIGH_OFFICE = {"minister", "president", "chancellor", "premier", "secretary", "king", "queen", "emir", "sultan"}
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
# Where a post written after the name ends, inside one comma-separated part.
_POST_END = re.compile(
    r"\s(?:at|before)\s+the\s+(?!(?:United\s+Nations|UN)(?:\s+(?:Office|in|at)\b|\s*[,.;]|\s*$))"
    r"|\s(?:during|following|regarding|concerning|in\s+(?:response|reply|exercise|the)|on\s+(?:the|behalf|\d)"
    r"|on\s+[A-Z][a-z]+\s+\d|[–—|]|-\s)"
    r"|\s\(|\s*\(\s*\d|\s(?=\d)",
    re.IGNORECASE,
)
_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")
_GLUED_HONORIFIC = re.compile(r"\b(H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.)(?=[A-Z])")
_DASH_COUNTRY = re.compile(r"^\s*[-–—]\s*(?P<country>[^,;]+?)\s*$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_ROLE_IN_TITLE = re.compile(r"\bfrom\s+the\s+(?P<role>.+?)\s+addressed\s+to\b", re.IGNORECASE)
_ROLE_IN_BODY = re.compile(
    r"\b(?:my\s+function\s+as|in\s+my\s+capacity\s+as|as\s+the\s+newly\s+appointed)\s+(?:the\s+)?(?P<role>[^,.;]+?)"
    r"(?=\s+with\b|\s+since\b|\s+at\s+the\b|[,.;])",
    re.IGNORECASE,
)
# Where a sentence of a press release starts: a line, a dateline's end, a full stop.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s*|\s[–—]\s|:\s|(?<=\bsaid\s)|(?<=\bsays\s))(?=\S)", re.MULTILINE)
_LEAD_CLAUSE = re.compile(
    r"^(?:(?:Speaking|Addressing|Delivering|Taking\s+the\s+floor)\b[^,.]{0,160}|(?:On|Today|Yesterday|In)\s[^,.]{0,40}),\s+")
_MENTION = re.compile(r"\bin\s+(?:response|reply)\s+to\b|\bin\s+exercise\s+of\b|^(?:My|Our)\s+delegation\b|^(?:I|We)\s",
                      re.IGNORECASE)
_POSSESSIVE = re.compile(rf"['’]s\s+(?:{_TITLE_NOUNS}|explanation|letter)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|The|THE|del|de\s+la)\s+")
# 'Undersecretary X of the Presidential Human Rights Committee stressed': the body belongs to the post.
_OF_ORGANISATION = re.compile(r"^of\s+the\s+((?:[A-Z][\w’'-]*\s+)+)(?=[a-z])")
_CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:With\s+)?(?:best|kind)\s+regards)\b[,.]?$|assurances\s+of\s+my\s+(?:highest|high|most\s+distinguished)\s+"
    r"consideration\.?$",
    re.IGNORECASE,
)
_RECORD_SPEAKER = re.compile(
    r"^(?:Mr|Mrs|Ms|Mme|Sir|Dame|Lord|Baroness)\.?\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\s+"
    r"\((?P<country>[^()]{3,60})\)\s*(?:\([^()]*\)\s*)?:"
)
# A sentence that opens on one of these names its speaker even without a post ('Ambassador X said').
_STRONG_HONORIFIC = re.compile(r"^(?:H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.|Dame|Sir)\s")
_SPEECH_VERB = re.compile(r"^(?:delivered|made|said|stated|addressed|spoke|told|took)\b")


@dataclass(frozen=True)
class People:
    speaker: str | None
    speakers: tuple[str, ...]
    role: str | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Found:
    """A person read from a phrase: the name, the post before it, the text after it, and the
    words before the name as written."""

    name: str
    before: str | None
    after: str
    prefix: str


def _clean(token: str) -> str:
    return token.strip(",;:()").casefold()


@lru_cache(maxsize=1)
def _honorific_openers() -> frozenset[str]:
    """The first words of the honorifics, so most words need no pattern match."""
    return frozenset(entry.split()[0].casefold() for entry in load_data("honorifics"))


def _honorific_length(tokens: list[str], index: int) -> int:
    """How many tokens from `index` are honorifics ('H.E.', 'Mr.', '(Dr.)', 'Ambasssador')."""
    if tokens[index].strip("(").casefold() not in _honorific_openers():
        return 1 if is_honorific_word(tokens[index].strip("()")) else 0
    match = honorifics().match(" ".join(tokens[index:index + 6]) + " ")
    if match:
        return len(match.group(0).split())
    return 1 if is_honorific_word(tokens[index].strip("()")) else 0


def _run_end(tokens: list[str], start: int) -> int:
    """The end of the name run starting at `start`: name words, particles inside, a suffix."""
    end = start
    while end < len(tokens):
        token = tokens[end]
        stop = _clean(token) in _OCCASION or _clean(token) in _CONNECTORS  # 'AFTER', 'DURANTE' in capitals
        if stop and not (end > start and _inner_particle(tokens, end)):
            break
        if _is_name_at(tokens, end):
            end += 1
        elif end > start and _inner_particle(tokens, end):
            end += 1
            continue
        elif end > start and token.strip(",;:").casefold() in _SUFFIXES:
            end += 1
            break
        else:
            break
        if token[-1] in ",;:" or name_core(token) != token.rstrip(",;:"):
            break
    while end > start and is_particle(tokens[end - 1].strip(",;:")):
        end -= 1
    return end


def _inner_particle(tokens: list[str], index: int) -> bool:
    """'van', 'de', 'bin' inside a name; 'in' only before another particle ('Robert in den Bosch')."""
    word = tokens[index]
    if index + 1 >= len(tokens) or word[-1] in ",;:":
        return False
    if word == "in":
        return is_particle(tokens[index + 1])
    return is_particle(word) and (_is_name_at(tokens, index + 1) or is_particle(tokens[index + 1]))


def _is_name_at(tokens: list[str], index: int) -> bool:
    """tokens[index] is a name word; a month's name only away from numbers ('Jan Lipavský', not '2 May 2020')."""
    beside = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return is_name_word(tokens[index], dated=any(t[:1].isdigit() for t in beside))


def _is_place(words: list[str]) -> bool:
    text = " ".join(w.strip(",;:") for w in words)
    return bool(canonical_country(text) or canonical_city(text))


def _is_acronym(word: str) -> bool:
    core = word.strip(",;:()")
    return len(core) >= 3 and core.isupper() and core.isalpha()


def _words(tokens: list[str]) -> list[str]:
    return [name_core(t) for t in tokens]


def _starts_post(text: str) -> bool:
    """Text that opens like a post, even a descriptive one ('representative of the Russian Federation')."""
    text = _ARTICLE.sub("", strip_honorifics(text))
    return bool(ROLE_START.match(text)) or (is_post(text) if text else False)


def read_person(text: str, single: bool = True) -> Found | None:
    """The first personal name in `text` (the words after 'by'), and the post around it.

    A run is a name when it follows the start, an honorific, a comma, a post
    ('Foreign Minister Steinmeier'), or text that is a post ('Permanent
    Representative to the OSCE Alexander Lukashevich'); after 'of' or 'in' a
    State or city heading the run is dropped ('of Iceland Helga Hauksdóttir').
    `single` allows a bare surname after a post or an honorific.
    """
    tokens = _GLUED_HONORIFIC.sub(r"\1 ", text).split()
    index, after_honorific = 0, False
    while index < len(tokens):
        token = tokens[index]
        if _clean(token) in _OCCASION or (_clean(token) == "in" and index + 1 < len(tokens)
                                          and _clean(tokens[index + 1]) in {"the", "response", "reply"}):
            return None
        skip = _honorific_length(tokens, index)
        if skip:
            index, after_honorific = index + skip, True
            continue
        end = _run_end(tokens, index) if _is_name_at(tokens, index) else index
        if end == index:
            index, after_honorific = index + 1, False
            continue
        found = _accept(tokens, index, end, after_honorific, single)
        if found:
            return found
        index, after_honorific = end, False
    return None


def _accept(tokens: list[str], start: int, end: int, after_honorific: bool, single: bool) -> Found | None:
    """The run tokens[start:end] as a name, if what precedes it allows one."""
    words = _words(tokens[start:end])
    previous = tokens[start - 1] if start else ""
    before = " ".join(tokens[:start])
    if _clean(previous) in _CONNECTORS and not after_honorific:
        cut = next((k for k in range(1, len(words) - 1)
                    if _is_place(words[:k]) or (k == 1 and _is_acronym(words[0]))), None)
        if cut is None:
            return None
        words, before = words[cut:], " ".join(tokens[:start + cut])
    elif not after_honorific and (previous.endswith((":", ";")) or not (
            start == 0 or previous.endswith(",") or is_post_word(previous) or _starts_post(before))):
        return None
    while end < len(tokens) and is_postnominal(tokens[end]):
        end += 1
    last = tokens[end - 1]
    after = (last[len(name_core(last)):] + " " + " ".join(tokens[end:])).strip()
    if _is_place(words) or (tokens[end:] and is_institution_word(_clean(tokens[end]))):
        return None
    one_word_ok = single and (after_honorific or is_post_word(previous))
    if not (2 <= len(words) <= 6 or (len(words) == 1 and one_word_ok and len(words[0]) > 2)):
        return None
    return Found(normalize_name(" ".join(words)), _post_before(before), after, " ".join(tokens[:start]))


def _post_before(text: str) -> str | None:
    """'H.E. Permanent Representative of Portugal ..., Ambassador' -> the post, if it is one.
    'Ambassador of Canada to the OSCE' keeps its first word: there it is the post."""
    for form in (strip_honorifics(text.strip(" ,;:")), text.strip(" ,;:")):
        words = _ARTICLE.sub("", form).split()
        while words and (is_honorific_word(words[-1].strip(",")) or words[-1] in {",", "the"}):
            words.pop()
        post = " ".join(words).strip(" ,;:")
        if post and is_post(post):
            return post
    return None


def _is_city_part(part: str) -> bool:
    """'Geneva', 'NewYork' (a space lost in copying) after a post."""
    return bool(canonical_city(part) or canonical_city(_CAMEL.sub(" ", part)) or canonical_city(part.title()))


def _without_full_stop(text: str) -> str:
    """'... to the United Nations.' -> without the stop; 'to the U.N.' and 'a.i.' keep theirs."""
    text = text.strip()
    last = text.split()[-1] if text.split() else ""
    return text[:-1].rstrip() if text.endswith(".") and "." not in last[:-1] and len(last) > 2 else text


def post_after(text: str) -> str | None:
    """The post written after a name: comma-separated parts that are posts, a mission, a city.

    ', Permanent Representative of India to the Conference on Disarmament, Geneva at the ...' ->
    'Permanent Representative of India to the Conference on Disarmament, Geneva'."""
    full = text.lstrip(" ,;:|/")
    cuts = [m.start() for m in (_POST_END.search(full), SALUTATION.search(full), _INTROS.search(full)) if m]
    text = full[:min(cuts)] if cuts else full
    kept: list[str] = []
    parts = [p.strip() for p in text.split(",")]
    for part in parts:
        part = _without_full_stop(part)
        bare_title = not kept and is_honorific_word(part)
        following = full[full.find(part) + len(part):][:40] if part else ""
        dateline = _is_city_part(part) and any(d.start < 6 for d in find_dates(following))
        if not part or dateline or not (is_post(part) or bare_title or (kept and (is_affiliation(part)
                                                                                  or _is_city_part(part)))):
            break
        kept.append(part)
    post = ", ".join(kept)
    return post if post and is_post(post) else None


def _posts_below(header: list[Line], index: int, name: str) -> tuple[str | None, Line | None]:
    """Post lines under a name ('Ambassador X' / 'U.S. Representative to the United Nations'),
    joined with commas; a line repeating the name is passed over, and a title alone on its line
    ('Ambassador' / 'Permanent Representative') opens the post like 'Ambassador, Permanent ...'."""
    parts: list[str] = []
    first = None
    below = header[index + 1:index + 5]
    for number, line in enumerate(below):
        text = line.text.strip(" ,")
        repeated = read_person(text)
        if not parts and repeated and repeated.name == name and not repeated.after.strip(" ,"):
            continue
        title_alone = not parts and is_honorific_word(text) and number + 1 < len(below) \
            and is_post(below[number + 1].text)
        if title_alone or is_post(text) or (parts and is_affiliation(text)):
            post = post_after(text) or _without_full_stop(text)
            parts.append(post)
            first = first or line
            if post != _without_full_stop(text):
                break
            continue
        break
    return (", ".join(parts), first) if parts else (None, None)


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


def _from_intro(header: list[Line], index: int) -> Candidate | None:
    """A heading with 'by' (or 'of the', 'Delivered by:', 'Intervención del')."""
    line = header[index]
    intros = [m for m in _INTROS.finditer(line.text) if not _mentioned(line.text, m)]
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
        if role is None:
            role, role_line = _posts_below(header, at, found.name)
        return Candidate(found.name, role, header[at], role_line, "header: by NAME", 0.95)
    return _post_then_name(header, index, intros)


def _post_then_name(header: list[Line], index: int, intros: list[re.Match]) -> Candidate | None:
    """'Statement by H.E. Permanent Representative of Portugal ..., ' / 'Ambassador Rui Macieira':
    the post ends the heading line and the name is the next line."""
    line = header[index]
    if not intros or index + 1 >= len(header):
        return None
    post = _post_before(line.text[intros[-1].end():])
    following = header[index + 1]
    found = read_person(following.text, single=False)
    if post and found and not found.after.strip(" ,.;") and strip_honorifics(following.text) != following.text:
        return Candidate(found.name, post, following, line, "header: by POST, NAME below", 0.85)
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
    if after and after[0] not in ",–—-|/":
        return None
    if after:
        dash = _DASH_COUNTRY.match(after)
        if dash and has_honorific and canonical_country(dash.group("country")):
            return Candidate(found.name, None, line, None, "header: name line", 0.9)
        post = post_after(after)
        return Candidate(found.name, post, line, line, "header: name line", 0.9) if has_honorific and post else None
    post, post_line = _posts_below(header, index, found.name)
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


def _in_header(header: list[Line]) -> Candidate | None:
    """A heading introducing the speaker anywhere in the header, over a name line above it: a
    site's banner may name its ambassador before the title names who spoke."""
    found = (_from_intro(header, index) for index in range(len(header)))
    others = (_from_name_line(header, index) or _from_possessive(header, index) for index in range(len(header)))
    for candidate in chain(found, others):
        if candidate:
            if candidate.role is None and candidate.name:
                role, role_line = _post_elsewhere(header, candidate.name)
                return Candidate(candidate.name, role, candidate.line, role_line, candidate.method,
                                 candidate.confidence)
            return candidate
    return None


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
                post, post_line = post_after(below.text) or _without_full_stop(below.text), below
            found.append(Candidate(person.name, post, line, post_line if post else None,
                                   "signature: first (Signed) line", 0.9))
    return found


def _signature_block(lines: list[Line]) -> Candidate | None:
    """A letter's signature: the line after 'Yours sincerely,' or 'the assurances of my highest
    consideration.', or in the last lines a name alone above the signatory's post ('Gabriel
    Shalev' / 'Permanent Representative of Israel to the United Nations')."""
    closing = [index + 1 for index, line in enumerate(lines[:-1]) if _CLOSING.search(line.text)]
    for index in closing + list(range(max(0, len(lines) - 6), len(lines) - 1)):
        line = lines[index]
        if len(line.text) > SIGNATURE_LENGTH:
            continue
        found = read_person(strip_honorifics(line.text), single=False)
        if not found or found.prefix:
            continue
        if found.after.strip(" ,") and (post := post_after(found.after)):
            return Candidate(found.name, post, line, line, "signature: name and post", 0.8)
        role, role_line = _posts_below(lines, index, found.name) if not found.after.strip(" ,") else (None, None)
        if role or (index in closing and not found.after.strip(" ,")):
            return Candidate(found.name, role, line, role_line, "signature: name above post",
                             0.8 if index in closing else 0.75)
    return None


def _introduced_in_opening(opening: str) -> Candidate | None:
    """'Following is the text of the right of reply delivered by First Secretary X': a heading's
    words inside the first paragraph; a bare 'by' is not read there."""
    text = opening[:OPENING_INTRO_LENGTH]
    for intro in _INTROS.finditer(text):
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
            if candidate := _reported_in(sentence, line, quoted):
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
    sentence = _ARTICLE.sub("", sentence)
    led = bool(_STRONG_HONORIFIC.match(sentence))
    if not (_starts_post(sentence) or led) or sentence.isupper():
        return None
    found = read_person(sentence, single=True)
    if found is None:
        tokens = sentence.split()
        verb = next((i for i, t in enumerate(tokens) if t[:1].islower() and _clean(t) not in _CONNECTORS), None)
        if verb and _SPEECH_VERB.match(tokens[verb]) and is_post(" ".join(tokens[:verb])) \
                and not all(_is_name_at(tokens, i) for i in (verb - 2, verb - 1)):
            return Candidate(None, " ".join(tokens[:verb]), line, line, "press: the post delivered", 0.6)
        return None
    if found.before is None and (not led or strip_honorifics(found.prefix + " x") != "x"):
        return None
    if len(found.name.split()) == 1 and _clean((found.before or "x").split()[-1]) not in _HIGH_OFFICE:
        return None
    role, after = found.before, found.after
    org = _OF_ORGANISATION.match(after)
    if org:
        role, after = f"{role} of the {org.group(1).strip()}", after[org.end():]
    if role is None and after.startswith(",") and (post := post_after(after)):
        role, after = post, after[after.find(post) + len(post):].lstrip(" ,")
    ends = quoted and (not after or after[0] in ".;")
    if not (ends or re.match(r"^,?\s*[a-z]", after)) or (after.split() and _clean(after.split()[0]) in _CONNECTORS):
        return None
    return Candidate(found.name, role, line, line, "press: POST NAME reported", 0.7)


def _role(candidate: Candidate | None, title: str | None, body: str) -> tuple[str | None, Evidence | None]:
    """The post: a letter's title names it in full ('from the Permanent Representative of Israel to
    the United Nations addressed to'), over a signature's 'Permanent Representative'; else the
    speaker's own post; else 'in my capacity as ...' in the opening."""
    if title and (match := _ROLE_IN_TITLE.search(title)) and is_post(match.group("role")):
        return match.group("role"), Evidence("speaker_role", title, None, "title: from the POST addressed to",
                                             confidence=0.9)
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
    candidate = _in_header(header)
    if candidate is None and signatories:
        candidate = signatories[0]
    if candidate is None:
        candidate = _signature_block(lines) or _byline_anywhere(lines, header) or _record_speaker(lines) \
            or _introduced_in_opening(body)
    if candidate is None and title is None:
        candidate = _reported(header, body)
    speaker = candidate.name if candidate else None
    if candidate and speaker:
        evidence.append(Evidence("speaker", candidate.line.text, candidate.line.number or None, candidate.method,
                                 confidence=candidate.confidence))
    role, role_evidence = _role(candidate, title, body)
    if role_evidence:
        evidence.append(role_evidence)
    speakers = [speaker] if speaker else []
    for signatory in signatories:
        if signatory.name not in speakers:
            speakers.append(signatory.name)
            evidence.append(Evidence("speakers", signatory.line.text, signatory.line.number, "signature: (Signed)",
                                     confidence=0.9))
    return People(speaker, tuple(speakers), role, tuple(evidence))
