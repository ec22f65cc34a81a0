"""A speaker the text names by surname or initials, found in full where the lead names
them: "Ambassador Qureshi said" after "Ambassador Shah Mahmood Qureshi" above,
"TRM:" answering after "Foreign Minister Tariq R. Example (TRM)", an interview's
"Example-Smith:" after "Mr. Darren Example-Smith, Chargé d'affaires a.i.".
"""

from __future__ import annotations

import re

from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import Line
from indexer.extraction.names import (
    is_honorific_word,
    is_name_word,
    is_post,
    normalize_name,
    strip_honorifics,
)
from indexer.extraction.persons import (
    ARTICLE,
    Candidate,
    read_person,
)
from indexer.extraction.posts import (
    post_after,
)

# A sentence that opens on one of these names its speaker even without a post ('Ambassador X said'); a release names
# the person it quotes in full after one of them.
# ... and the ambassador's rank as French, Spanish and Portuguese releases write it ('l'Ambassadeur X, Représentant
# permanent de ..., a déclaré', 'la Embajadora X').
# ... and a Commonwealth minister's: 'The Honourable X, Minister of ...'.
# ... and the titles conferred in Bhutan, Malaysia and Fiji, which stand where 'Sir' does: 'Lyonchhen Dasho X
# addressed ...' (the Prime Minister, 'Dasho' an honour), 'Dato' Seri X said', 'Ratu X'.
STRONG_TITLES = r"H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.|Dame|Sir|" \
    r"Ambassadeur|Ambassadrice|Embajador|Embajadora|Embaixador|Embaixadora|Ambasciatore|Ambasciatrice|" \
    r"Botschafter(?:in)?|Ambasador(?:ka)?|Veleposlani(?:k|ca)|Velvyslan(?:ec|kyně)|Veľvyslan(?:ec|kyňa)|" \
    r"(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)|" \
    r"Dasho|Lyonchhen|Lyonpo|Dato['’]?(?:\s+Seri)?|Datuk(?:\s+Seri)?|Tan\s+Sri|Ratu"


# ... and the plain titles behind which an interview's lead may name the one its answers tag by surname ('GovTT News
# spoke with Mr. Darren Example-Smith, Chargé d'affaires a.i. ...' above 'Example-Smith: Three things.').
_PLAIN_TITLES = r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?"
# ... and the titles and posts a lead may set right before a name in full ('said Foreign Minister Retno X').
_ANY_TITLE = rf"{STRONG_TITLES}|{_PLAIN_TITLES}|Minister|Secretary|President|Spokes(?:person|man|woman)"


def _post_then_full_name(surname: str, lead: str) -> Candidate | None:
    """The post written right before the name in full, no comma between ('said Minister of Foreign Affairs Jan X.'):
    the words before the surname read as a person, the longest reading that ends on it with a post before it."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", lead):
        tokens = lead[max(0, match.start() - 120):match.end()].split()[-10:]
        for size in range(len(tokens), 1, -1):
            found = read_person(" ".join(tokens[-size:]), single=False)
            if found and found.name.split()[-1] == surname and " " in found.name and found.before \
                    and is_post(found.before):
                return Candidate(found.name, found.before, None, None, "", 0.0)
    return None


_PEERAGE_BEFORE = re.compile(r"^(?:Lord|Lady|Baroness|Baron|Earl|Viscount)\s", re.IGNORECASE)


GIVEN_NAMES = 2


def surname_given_in_full(candidate: Candidate | None, lead: str) -> Candidate | None:
    """A surname of two words, as Spanish, Portuguese, Danish and Croatian names have, given alone in a headline or an
    interview's labels ('Ambassadør Lindhardt Mogensen: ...', 'Urdaneta Parra: ...') where the lead names the person
    in full, in whatever language its post before is written ('ambassadør Peter Lindhardt Mogensen', 'vicepresidenta
    ..., Carmen Yolanda Urdaneta Parra'): the one or two given names right before it, after a mark or a word that is
    no capitalized name."""
    if candidate is None or not candidate.name or len(candidate.name.split()) != 2:
        return candidate
    for match in re.finditer(rf"(?<![\w-]){re.escape(candidate.name)}(?![\w-])", lead):
        words = lead[:match.start()].split()[-(GIVEN_NAMES + 1):]
        given: list[str] = []
        while words and words[-1][:1].isupper() and words[-1][-1:].isalpha() and is_name_word(words[-1]) \
                and not is_honorific_word(words[-1]) and len(given) < GIVEN_NAMES:  # 'Doña', 'Sheikh': no name
            given.insert(0, words.pop())
        if given and not (words and words[-1][:1].isupper() and words[-1][-1:].isalpha() and is_name_word(words[-1])):
            return Candidate(normalize_name(" ".join([*given, candidate.name])), candidate.role, candidate.line,
                             candidate.role_line, candidate.method + ", the name in full in the lead",
                             candidate.confidence)
    return candidate


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word[-1:].isalpha()


def given_name_in_lead(candidate: Candidate | None, text: str) -> Candidate | None:
    """A news item names its speaker in full at first mention and by surname after ('The Deputy Director-General ...,
    Camilo Atehortúa Zapata, presented ...' then '..., said Atehortúa Zapata'): a two-word name the item gives after
    one given name on the same line, then alone, with no capitalized word before that. No State, ministry or post
    is a given name: 'Minister of Armenia Ara X', 'Arms Control Konstantin X', 'la Vicepresidenta Ana X'."""
    if candidate is None or not candidate.name or len(candidate.name.split()) != 2:
        return candidate
    name = re.escape(candidate.name)
    in_full = re.compile(rf"^(?:.*?(?<!\S)(?P<before>\S+)[ \t]+)?(?P<given>\S+)[ \t]+{name}(?![\w-])", re.MULTILINE)
    full = [match for match in in_full.finditer(text)
            if _title_case(match.group("given")) and is_name_word(match.group("given"))
            and not is_honorific_word(match.group("given")) and not is_post(match.group("given"))
            and not canonical_country(match.group("given"))
            and not _title_case(match.group("before") or "")]
    if len({match.group("given") for match in full}) != 1:
        return candidate
    first_name = full[0].group("given")
    if not re.compile(rf"(?<!{re.escape(first_name)}[ \t])(?<![\w-]){name}(?![\w-])").search(text, full[0].end()):
        return candidate  # never named by the surname after the name in full: the two words are the whole name
    return Candidate(normalize_name(f"{first_name} {candidate.name}"), candidate.role, candidate.line,
                     candidate.role_line, candidate.method + ", the name in full in the lead", candidate.confidence)


def named_in_full(candidate: Candidate | None, lead: str) -> Candidate | None:
    """A surname alone ('Minister X stated', a headline's 'Statement by Minister X') where the lead names the person
    in full, behind a title or set off after the post ('said Minister of Foreign Affairs Jan X', 'disclosed by Minister
    of Foreign Affairs and Foreign Trade, Kerrie X,'): the name in full, and the longer of the two posts."""
    if candidate is None or not candidate.name or " " in candidate.name:
        return candidate
    full = titled_in_full(candidate, lead, _ANY_TITLE) or _post_then_full_name(candidate.name, lead)
    name = strip_honorifics(full.name).strip() if full else ""
    if " " not in name or _PEERAGE_BEFORE.match(name):
        return candidate  # 'Hon.', 'Lord': a title, not more of the name
    role, role_line = (full.role, full.role_line) if len(full.role or "") > len(candidate.role or "") \
        else (candidate.role, candidate.role_line)
    return Candidate(normalize_name(name), role, candidate.line, role_line, candidate.method, candidate.confidence)


# A release quotes its speaker by honorific and surname ('"...," Ambassador Example said.') once it has named them
# in full ('... handed over by Ghana's Permanent Representative, Ambassador Kofi Example.'): the name and post there.
SURNAME_SAID = "press: Ambassador SURNAME said, named in full before"


# The article before the title, as French, Spanish and Italian write it: '..., l'Ambassadeur Jean X', 'la Embajadora'.
_TITLES_ARTICLE = re.compile(r"(?:(?<=\s)(?:la|el|le|il|the)\s+|(?<=\s)[lL]['’])$")


def titled_in_full(candidate: Candidate, lead: str, titles: str = STRONG_TITLES) -> Candidate | None:
    """The honoured name in full whose surname the quotation gives, behind one of `titles` (a pattern), with the
    post set off before it or after it; none if the release never names them in full."""
    given = "{1,3}" if " " not in candidate.name else "{0,2}"  # a name in full may stand in full in the lead too
    for match in re.finditer(rf"(?:{titles})\s+"
                             rf"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){given}(?i:{re.escape(candidate.name)}))\b", lead):
        before = _TITLES_ARTICLE.sub("", _sentence_before(lead, match.start()))
        post = (_post_ending(before.rstrip(" ,")) if before.rstrip().endswith(",") else None) \
            or _post_set_off_after(lead, match.end())
        return Candidate(normalize_name(match.group("name")), post, candidate.line, candidate.line if post else None,
                         candidate.method, candidate.confidence)
    # ... or, as Japan's ministry writes it, the surname first in capitals and the given name after it, set off by a
    # comma on its line ('Mr. TAKEDA Hiroshi, Minister for Foreign Affairs of Japan, ...' before 'Minister TAKEDA
    # stated'); not a title-case headline's next word ('Foreign Minister KISHIDA On The ...').
    if " " not in candidate.name:
        for match in re.finditer(rf"(?:{titles})[ \t]+(?P<name>{re.escape(candidate.name.upper())}[ \t]+"
                                 rf"[A-Z][a-z]+(?:-[a-z]+)?)(?=,)", lead):
            post = _post_set_off_after(lead, match.end())
            return Candidate(normalize_name(match.group("name")), post, candidate.line,
                             candidate.line if post else None, candidate.method, candidate.confidence)
    # ... or set off by commas after the post, with no title of its own ('disclosed by Minister of Foreign Affairs
    # and Foreign Trade, Kerrie X, following ...').
    for match in re.finditer(rf",\s+(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){given}(?i:{re.escape(candidate.name)}))\s*,",
                             lead):
        post = _post_ending(_TITLES_ARTICLE.sub("", _sentence_before(lead, match.start())))
        name = strip_honorifics(match.group("name")).strip()
        if post and " " in name:
            return Candidate(normalize_name(name), post, candidate.line, candidate.line, candidate.method,
                             candidate.confidence)
    return None


def _sentence_before(lead: str, start: int) -> str:
    """The words of the sentence before `start`."""
    return lead[max(lead.rfind(". ", 0, start), lead.rfind("\n", 0, start)) + 1:start]


def _post_ending(text: str) -> str | None:
    """The longest post that ends `text` ('... disclosed by Minister of Foreign Affairs and Foreign Trade')."""
    tokens = text.split()
    return next((" ".join(tokens[k:]) for k in range(len(tokens)) if is_post(" ".join(tokens[k:]))), None)


def named_in_lead(candidate: Candidate, lead: str) -> Candidate | None:
    """An interviewee's surname named in full in the lead: behind a strong title, or behind 'Mr.' or 'Ms.' with the
    post set off after the name ('spoke with Mr. Darren Example-Smith, Chargé d'affaires a.i. ...')."""
    if in_full := titled_in_full(candidate, lead):
        return in_full
    plain = titled_in_full(candidate, lead, _PLAIN_TITLES)
    return plain if plain and plain.role else None


# The initials a newspaper's interview tags its answers with ('TRM: ...'), set in brackets after the name in its lead.
_INITIALS_TAG = re.compile(r"^[A-ZÀ-Þ]{2,5}$")
_INTERVIEWER_VERB = re.compile(r"\b(?:spoke|talked|chatted|sat\s+down)\s+(?:to|with)\s+|\binterviewed\s+")
_NAME_WORDS = 6


def tagged_in_lead(tag: str, answer: Line, lead: str) -> Candidate | None:
    """The interviewee whose initials tag the answers, named in full before them in brackets in the lead ('... spoke
    to X's Permanent Representative ..., Ambassador Tafadzwa Rumbidzai Example (TRE), on ...'): the shortest run of
    capitalized words before the bracket whose initials (a hyphen's parts each) spell the tag; the post set off
    before it, as in titled_in_full."""
    if not _INITIALS_TAG.match(tag):
        return None
    for bracket in re.finditer(rf"\s\({tag}\)", lead):
        words = lead[:bracket.start()].split()[-_NAME_WORDS:]
        for size in range(1, len(words) + 1):
            name = words[-size:]
            initials = "".join(part[:1] for word in name for part in word.split("-"))
            if not all(word[:1].isupper() for word in name):
                break
            if initials == tag:
                start = bracket.start() - len(" ".join(name))
                before = _TITLES_ARTICLE.sub("", _sentence_before(lead, start)).rstrip()
                before = re.sub(rf"(?:{STRONG_TITLES}|{_PLAIN_TITLES})$", "", before).rstrip()
                before = _INTERVIEWER_VERB.split(before)[-1]  # 'Our Reporter X spoke to' is the interviewer's
                post = _post_ending(before.rstrip(" ,")) if before.endswith(",") else None
                return Candidate(normalize_name(" ".join(name)), post, answer, answer if post else None,
                                 "transcript: INITIALS: answer, named in the lead", 0.75)
    return None


def _post_set_off_after(lead: str, end: int) -> str | None:
    """The post set off by commas after the name that ends at `end` ('Ambassador X, Permanent Representative of Y to
    the United Nations, gave an interview ...'), as a lead introduces the one it names in full."""
    line_end = lead.find("\n", end)
    after = _SENTENCE_END.split(lead[end:line_end if line_end >= 0 else None], maxsplit=1)[0]
    return post_after(ARTICLE.sub("", after[1:].lstrip())) if after.startswith(",") else None


# A sentence's end, not an abbreviation's full stop inside a post ('Chargé d'affaires a.i. of the Mission').
_SENTENCE_END = re.compile(r"(?<!\ba\.i)(?<!\bNo)\.\s+(?=[A-Z])")
