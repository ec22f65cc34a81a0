"""The signatory of a letter or note verbale: the name under "(Signed)", the name above
the post after the complimentary close ("Yours sincerely," / X / Permanent
Representative), a post written above the name as Russian and Arabic letters set
it, kept apart from the site's footer below the text.
"""

from __future__ import annotations

import re

from indexer.extraction.lines import CLOSING_FORMULA, Line, is_menu_bar
from indexer.extraction.names import (
    is_post,
    is_rank_title,
    only_honorifics,
    strip_honorifics,
)
from indexer.extraction.patterns import (
    ARABIC_LETTERS,
    SIGNED,
)
from indexer.extraction.persons import (
    Candidate,
    read_person,
)
from indexer.extraction.posts import (
    ADDRESSED_BELOW,
    post_after,
    post_goes_on,
    post_lines_joined,
    posts_below,
    without_full_stop,
)

SIGNATURE_LENGTH = 160


_SIGNED_ALONE = re.compile(r"^\s*\(?(?:Signed|Sgd|Firmado|Signé)\.?\)?\s*:?\s*$", re.IGNORECASE)


# A letter's close, its signature on the next line: 'Yours sincerely,', or the formula ending the line (lines.py).
_CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:With\s+)?(?:best|kind)\s+regards|Atentamente|Cordialement)\b[,.]?$"
    rf"|(?:{CLOSING_FORMULA.pattern})\.?$",
    re.IGNORECASE,
)


# The furniture of a site's footer: opening hours, contacts, copyright.
_FOOTER = re.compile(r"\b(?:office|opening|working)\s+hours\b|^(?:tel|phone|telephone|fax|e-?mail|address)\b\.?\s*:?"
                     r"|©|\ball\s+rights\s+reserved\b", re.IGNORECASE)


# The signature conventions a note verbale's signatory is read by (people.as_note_verbale).
SIGNED_LINE = "signature: first (Signed) line"
NAME_ABOVE_POST = "signature: name above post"


def signatures(lines: list[Line]) -> list[Candidate]:
    """'(Signed) Kaha Imnadze Ambassador Permanent Representative': every signatory, with the post
    after the name or on the line below."""
    found, alone = [], []
    for index, line in enumerate(lines):
        if _SIGNED_ALONE.match(line.text) and index + 1 < len(lines) \
                and (person := read_person(lines[index + 1].text, single=False)) \
                and (only_honorifics(person.prefix) or is_rank_title(person.prefix)) and not person.after.strip(" ,"):
            # 'Signed:' on its own line, the name on the next and the post below it; after a '(Signed) X' of the
            # letter itself, which may follow a quoted agreement's signature block.
            post, post_line = _posts_signed(lines[index + 2:index + 6])
            alone.append(Candidate(person.name, post, lines[index + 1], post_line if post else None,
                                   SIGNED_LINE, 0.85))
            continue
        signed = SIGNED.search(line.text)
        if signed and (person := read_person(line.text[signed.end():], single=False)) \
                and only_honorifics(person.prefix):  # "(Signed) Sheikha X": an honorific at most
            post, post_line = post_after(person.after), line
            if post is None and not person.after.strip():
                post, post_line = _posts_signed(lines[index + 1:index + 5])
            found.append(Candidate(person.name, post, line, post_line if post else None,
                                   SIGNED_LINE, 0.9))
        elif signed and (arabic := _ARABIC_SIGNATORY.match(line.text[signed.end():])):
            post_line = lines[index + 1] if index + 1 < len(lines) else None
            post = post_line.text.strip() if post_line and ARABIC_SIGNED_POST.match(post_line.text) else None
            found.append(Candidate(arabic["name"], post, line, post_line if post else None,
                                   SIGNED_LINE, 0.9))
        elif _ARABIC_CLOSING.search(line.text) and index + 2 < len(lines) \
                and (arabic := _ARABIC_SIGNATORY.match(_ARABIC_TITLE.sub("", lines[index + 1].text))) \
                and ARABIC_SIGNED_POST.match(lines[index + 2].text):
            found.append(Candidate(arabic["name"], lines[index + 2].text.strip(), lines[index + 1], lines[index + 2],
                                   "signature: name and post under the closing", 0.85))
    return found + alone


# An Arabic copy's signatory, in a script without capitals: the whole line after '(توقيع)', a few words; the post on
# the line below opens with a post's word ('المندوب الدائم', the Permanent Representative; 'سفير دولة ...', the
# Ambassador of ...).
_ARABIC_WORD = f"[{ARABIC_LETTERS}]+"
_ARABIC_SIGNATORY = re.compile(rf"^\s*(?P<name>(?:{_ARABIC_WORD}\s+){{1,4}}{_ARABIC_WORD})\s*$")
# An Arabic letter's complimentary close ('وتفضلوا بقبول فائق الاحترام والتقدير', please accept the assurances of my
# highest consideration), the signatory's name under it after a title at most ('د.', Dr.; 'السفير', Ambassador), the
# post on the line below.
_ARABIC_CLOSING = re.compile(r"(?:وتفضلوا|وتفضل|تفضلوا)\s+(?:معاليكم\s+|سعادتكم\s+)?بقبول")
_ARABIC_TITLE = re.compile(r"^\s*(?:د\.|الدكتور|الدكتورة|السفير|السفيرة)\s*")
# The words an Arabic post opens with (a delegate, a minister, a president, a deputy, an assistant minister (not
# 'Musaed' alone, a given name), a representative, a spokesperson, an under-secretary, a commissioner; the Prime
# Minister as the Maghreb and the Sahel name him, 'the first minister').
ARABIC_POST_WORDS = (r"المندوب|المندوبة|وزير|وزيرة|رئيس|نائب|مساعدة?\s+وزير|الممثل|المتحدث|وكيل|مفوض|مفوضة|"
                      r"الوزير\s+الأول|الوزيرة\s+الأولى")
ARABIC_SIGNED_POST = re.compile(rf"^\s*(?:{ARABIC_POST_WORDS}|الممثلة|القائم|سفير|سفيرة)(?:\s|$)")




def _posts_signed(below: list[Line]) -> tuple[str | None, Line | None]:
    """The post under a '(Signed) X' line, as the README joins it: 'Ambassador' alone is the rank, not a post;
    post lines are joined with commas ('Ambassador Extraordinary and Plenipotentiary' / 'Permanent
    Representative of X ...'), a line going on with 'to the ...' is joined with a space. A blank line before the
    addressee closes the signature ('President of the Security Council' / 'United Nations'); a post may go on
    across one, as a PDF spaces its lines ('Ambassador Extraordinary and Plenipotentiary' / '' / 'Permanent
    Representative of X')."""
    parts: list[str] = []
    first = None
    below = post_lines_joined(below)
    for number, line in enumerate(below):
        text = line.text.strip(" ,")
        if parts and line.block != below[number - 1].block and ADDRESSED_BELOW.match(text):
            break
        if not parts and number == 0 and only_honorifics(text.strip(".")):
            continue
        if parts and post_goes_on(parts[-1], text) and not SIGNED.search(text):
            parts[-1] = f"{parts[-1]} {without_full_stop(text)}"
            continue
        if not is_post(text):
            break
        post = post_after(text) or without_full_stop(text)
        parts.append(post)
        first = first or line
        if post != without_full_stop(text):
            break
    return (_without_rank(", ".join(parts), first), first) if parts else (None, None)


def _without_rank(post: str | None, line: Line | None) -> str | None:
    """A bare rank alone on its line above a signature's post ('Ambassador' / 'Permanent Representative of ...'): the
    rank is the signatory's title, the rest the post. On the post's own line it is the post as written ('Ambassador,
    Permanent Representative', as a heading writes 'AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN'), and so is a
    rank's long form on its line, 'Ambassador Extraordinary and Plenipotentiary', joined to the post."""
    if not post or ", " not in post or line is None:
        return post
    rank, rest = post.split(", ", 1)
    return rest if line.text.strip(" ,") == rank and only_honorifics(rank) and is_post(rest) else post


def _in_footer(lines: list[Line], index: int) -> bool:
    """A site's footer names its head of mission above office hours, a telephone, an address: no signature."""
    return any(_FOOTER.search(line.text) for line in lines[index + 1:index + 5])


# A courtesy title in brackets after the signed name, as Nigerian and Ghanaian officials sign ('X Y (MRS)').
_COURTESY_AFTER = re.compile(r"\s*\((?:Mrs|Ms|Miss|Mr|Dr|Prof)\.?\)\s*$", re.IGNORECASE)


# A signature typed in brackets under the closing, where the hand signed above it ('(Kinzang X)').
_TYPED_IN_BRACKETS = re.compile(r"^\s*\((?P<name>[^()]{5,60})\)\s*$")


def signature_block(lines: list[Line], last_line: bool = False) -> Candidate | None:
    """A letter's signature: the line after 'Yours sincerely,' or 'the assurances of my highest
    consideration.', or in the last lines a name alone above the signatory's post ('Gabriel
    Shalev' / 'Permanent Representative of Israel to the United Nations'). With last_line, the text's last line
    alone, a name with its post on one line, as a statement cut short is signed: a release's last line may as well be
    its press contact or a photo caption, so it is read only where no other convention names the speaker."""
    closing = [index + 1 for index, line in enumerate(lines[:-1]) if _CLOSING.search(line.text)]
    for index in [len(lines) - 1] if last_line else closing + list(range(max(0, len(lines) - 6), len(lines) - 1)):
        line = lines[index]
        if len(line.text) > SIGNATURE_LENGTH or (index not in closing and _in_footer(lines, index)) \
                or is_menu_bar(line.text):
            continue  # a site's menu ('About  Minister  Press') is no name above a post
        found = read_person(strip_honorifics(_COURTESY_AFTER.sub("", _TYPED_IN_BRACKETS.sub(r"\g<name>", line.text))),
                            single=False)
        if not found or found.prefix:
            continue
        if found.after.strip(" ,") and (post := post_after(found.after)):
            return Candidate(found.name, _without_rank(post, line), line, line, "signature: name and post", 0.8)
        role, role_line = posts_below(lines, index, found.name, signed=True) if not found.after.strip(" ,") \
            else (None, None)
        if role or (index in closing and not found.after.strip(" ,")):
            return Candidate(found.name, _without_rank(role, role_line), line, role_line, NAME_ABOVE_POST,
                             0.8 if index in closing else 0.75)
    return None


# A Russian, Ukrainian or Belarusian signature sets the post first, on one line or more ('Постоянный представитель
# Республики X' / 'при Отделении ООН ... в Женеве'), then the rank and the name in full ('посол Иван Иванович X');
# the rank is a word of the language, not an honorific.
_SIGNATURE_RANKS = {"посол", "посланник", "советник", "посол-советник", "пасол"}
_SIGNATURE_TAIL = 3  # the lines after the name: a date, a place


def post_above_name(lines: list[Line]) -> Candidate | None:
    """The last lines' signature with the post above the name: the name (after a rank at most) alone on its line,
    the post from the first post line above it, its lines going on in lower case joined with spaces."""
    for index in range(len(lines) - 1, max(0, len(lines) - _SIGNATURE_TAIL) - 1, -1):
        line = lines[index]
        if len(line.text) > SIGNATURE_LENGTH or _in_footer(lines, index):
            continue
        found = read_person(line.text.strip(), single=False)
        if not found or found.after.strip(" ,.") or len(found.name.split()) < 2:
            continue
        if found.prefix and not (only_honorifics(found.prefix) or found.prefix.casefold() in _SIGNATURE_RANKS):
            return None
        above = lines[max(0, index - 3):index]
        for start, first in enumerate(above):
            if is_post(first.text.strip(" ,")) and all(later.text[:1].islower() for later in above[start + 1:]):
                post = " ".join(later.text.strip(" ,") for later in above[start:])
                return Candidate(found.name, post, line, first, "signature: post above the name", 0.75)
        return None
    return None
