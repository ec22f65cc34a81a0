"""The speaker where no heading names them: a letter's signature ("(Signed) X", a name above the post
after "Yours sincerely,"), a line "As delivered by Ambassador X, Head of Delegation" anywhere, a meeting
record's "Mr. X (State):", the opening's "delivered by First Secretary X", and last the person a press
release reports with the post at the start of a sentence ("Georgian Deputy Foreign Minister X delivered
..."). A UN office holder a release reports (the Secretary-General opening a meeting) is its occasion,
not its speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.dates import weekdays
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import CLOSING_FORMULA, SALUTATION, Line
from indexer.extraction.locations import FIRST_PERSON_WORD
from indexer.extraction.names import (
    MEETING_VERB,
    NAME_AND_STATE,
    ORGANISATION_BEFORE,
    has_glued_initials,
    is_post,
    is_rank_title,
    names_holders,
    normalize_name,
    only_honorifics,
    opens_post_with_nationality,
    strip_honorifics,
)
from indexer.extraction.patterns import (
    ARABIC_LETTERS,
    PAST_THE_POST,
    QUESTION_LABEL,
    SIGNED,
    STATES_POSSESSIVE,
    alternation,
    without_lead_clauses,
)
from indexer.extraction.persons import (
    ARTICLE,
    CONNECTORS,
    INTROS,
    MENTION,
    NORDIC_GENITIVE,
    Candidate,
    clean_token,
    is_name_at,
    read_person,
    starts_post,
)
from indexer.extraction.posts import (
    ADDRESSED_BELOW,
    post_after,
    post_goes_on,
    post_lines_joined,
    posts_below,
    without_full_stop,
)
from indexer.extraction.states import country_in_line, letterhead_state

SIGNATURE_LENGTH = 160
OPENING_INTRO_LENGTH = 600
# How far into a press release its report of who delivered the statement is read.
REPORTED_INTRO_LENGTH = 2400
# A sentence joining another's statement (beside one in the first person, locations.FIRST_PERSON_WORD).
_JOINING = re.compile(r"\balign|\bassociat|\bendorse|\bon\s+behalf\b")
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n+")
_SIGNED_ALONE = re.compile(r"^\s*\(?(?:Signed|Sgd|Firmado|Signé)\.?\)?\s*:?\s*$", re.IGNORECASE)
_END_BYLINE = re.compile(r"^(?:(?:statement|remarks)\s+)?(?:as\s+)?delivered\s+by\s*:?\s+", re.IGNORECASE)
# Titles a press release puts before a bare surname ('Foreign Minister Qureshi').
# A peer's title before one name is the whole of how a British minister is styled ('Lord Example').
_PEERAGE = {"lord", "baroness", "lady"}
_HIGH_OFFICE = {"minister", "president", "chancellor", "premier", "secretary", "king", "queen", "emir", "sultan"}
# The verbs that name who was quoted, after the quotation ('"...," said X', '"...", afirmó la subsecretaria X').
_QUOTING_VERBS = ("said", "says", "added", "stated", "afirmó", "dijo", "señaló", "subrayó", "declaró", "expresó",
                  "destacó", "indicó", "afirmou", "disse", "declarou", "a déclaré", "a affirmé", "a souligné",
                  # Czech, Polish, German, Dutch, Finnish and Hungarian.
                  "uvedl", "uvedla", "řekl", "řekla", "prohlásil", "prohlásila", "zdůraznil", "zdůraznila",
                  "powiedział", "powiedziała", "podkreślił", "podkreśliła", "sagte", "betonte", "erklärte",
                  "verklaarde", "sanoi", "totesi", "mondta", "hangsúlyozta",
                  # Russian, after a dash: '«...», – подчеркнул Акмурад Example.'
                  "подчеркнул", "подчеркнула", "отметил", "отметила", "заявил", "заявила", "сказал", "сказала")
# Where a sentence of a press release starts: a line, a dateline's end (a dash, or a full stop and a hyphen as Spanish
# releases close it: 'NUEVA YORK, EE. UU.- El ministro ...', or both: 'Geneva, 1 October 2025. – The ...'), a full stop.
# ... or a news agency's credit ('(VNA) - On 12 November ...'), with no dash after the year its dateline's date ends on
# ('Addis Ababa, September 28/2025 (ENA) State Minister ...'), two to six capitals as the dates read it (dates.py).
_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s*(?:[-–—]\s+)?|(?<=\.[-–—])\s*|\s[–—]\s|(?<=\))\s-{1,2}\s|:\s|"
                       + "".join(rf"(?<=\d\d\d\d\s\([A-Z]{{{size}}}\))\s(?=[A-Z])|" for size in range(2, 7)) +
                       r"(?<=[,.!?][\"”»]\s)|(?<=[\"”»],\s)|"
                       + "|".join(rf"(?<=\b{verb}\s)" for verb in _QUOTING_VERBS) + r")(?=\S)", re.MULTILINE)
# ... or a dateline's city closed by a hyphen ('Bucharest - Minister of Foreign Affairs X condemned ...').
# ... with its date too ('Lisboa, 23 de setembro de 2023 - O Ministro ...', 'Berne, 14.03.2024 - Le conseiller ...').
_HYPHEN_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w.'’]+(?:[ ,]+[A-ZÀ-Þ][\w.'’]+){0,2}"
                              r"(?:,?\s+(?:le\s+|el\s+|em\s+|am\s+|den\s+)?[\w./, ]{0,30}?\b\d{4})?"
                              r"(?:\s+\([A-Z]{2,10}\))?\s+(?:-{1,2}|[–—])\s+(?=[A-ZÀ-Þ])")
# ... or a bare time word: 'Today the First Deputy Prime Minister X delivered ...', 'Today at the Conference in
# London, Prime Minister X announced ...'; or the day, with no comma after it ('On 13 September 2021 the Permanent
# Representative of X, Ambassador Y, delivered ...').
_TIME_LEAD = re.compile(r"^(?:Today|Yesterday|Earlier\s+today|This\s+(?:morning|afternoon|evening)|"
                        r"On\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+(?:19|20)\d\d)\s+"
                        r"(?=[A-Z]|the\b|(?:at|in|during)\s)"
                        # ... and in French, Spanish and Portuguese, the day set off by a comma before the subject's
                        # article ('Le 12 février 2014, le ministre des Affaires étrangères, X, a pris la parole').
                        r"|^(?:Le|El|Em|No\s+dia)\s+\d{1,2}(?:er|º)?\s+(?:de\s+)?[a-zéèûç]+\s+(?:de\s+)?"
                        r"(?:19|20)\d\d,\s+(?=(?:le|la|el|o|a)\s|l['’])")


def _without_time_word(sentence: str) -> str:
    """'Today at the Conference in London, Prime Minister X announced': the circumstance after the time word opens
    the sentence as it would without it ('At the Conference ...'), for the lead clause to be read off."""
    rest = _TIME_LEAD.sub("", sentence, count=1)
    return rest[:1].upper() + rest[1:] if rest != sentence and not rest.startswith("the") else rest


# ... or, in Russian, the speech itself with no comma after it: 'В своем выступлении Постоянный представитель X
# при ОБСЕ ИМЯ ФАМИЛИЯ поблагодарил ...' ('In his statement the Permanent Representative ... thanked ...').
_SPEECH_LEAD = re.compile(r"^В\s+(?:сво[её]м\s+(?:выступлении|обращении)|сво[её]й\s+речи"
                          r"|ходе\s+(?:своего\s+)?выступления)\s+(?=[А-ЯЁ])")
# ... or the label of a photo's caption, which names who is shown delivering the statement ('[Photo] Minister of
# Health, Dr. X, delivering the statement').
_CAPTION_LABEL = re.compile(r"^\[(?:photo|image|picture|foto)\]\s*", re.IGNORECASE)
# A UN office holder a State's press release reports (the Secretary-General opening a meeting, the High
# Commissioner welcoming a resolution) is its occasion, not its speaker.
UN_OFFICE = re.compile(
    r"^(?:UN\s+|United\s+Nations\s+)?(?:Deputy\s+|Under-|Assistant\s+)?(?:Secretary-General|High\s+Commissioner\b"
    r"|Special\s+Rapporteur|Independent\s+Expert|Special\s+(?:Envoy|Representative)\s+of\s+the\s+Secretary"
    r"|President\s+of\s+the\s+(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council)"
    # ... as Spanish, French and Portuguese releases name them.
    r"|(?:Vice-?)?Secretari[oa]\s+General\s+de\s+(?:las\s+)?Naciones|(?:Vice-?)?Secrétaire\s+général(?:e)?\s+(?:de"
    r"\s+l['’]ONU|des\s+Nations\s+Unies)|Secretári[oa]-Geral|Alt[oa]\s+Comisionad[oa]|Haut(?:e)?-Commissaire|Relator(?:a)?\s+Especial"
    r"|Rapporteu(?:r|se)\s+spécial(?:e)?)",
    re.IGNORECASE)
# 'Undersecretary X of the Presidential Human Rights Committee stressed': the body belongs to the post.
_OF_ORGANISATION = re.compile(r"^of\s+the\s+((?:[A-Z][\w’'-]*\s+)+)(?=[a-z])")
# A letter's close, its signature on the next line: 'Yours sincerely,', or the formula ending the line (lines.py).
_CLOSING = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:With\s+)?(?:best|kind)\s+regards|Atentamente|Cordialement)\b[,.]?$"
    rf"|(?:{CLOSING_FORMULA.pattern})\.?$",
    re.IGNORECASE,
)
# A verbatim record numbers its paragraphs ('2. Mr. X (State): ...'); a summary record reports the speaker in the
# third person ('Mr. X (State), speaking in exercise of the right of reply, said that ...').
_RECORD_SPEAKER = re.compile(
    rf"^(?:\d{{1,3}}\.\s+)?{NAME_AND_STATE}\s*(?:\([^()]*\)\s*)?(?::|,\s+(?:speaking\s|said\s+that\b))")
# The furniture of a site's footer: opening hours, contacts, copyright.
_FOOTER = re.compile(r"\b(?:office|opening|working)\s+hours\b|^(?:tel|phone|telephone|fax|e-?mail|address)\b\.?\s*:?"
                     r"|©|\ball\s+rights\s+reserved\b", re.IGNORECASE)
# A sentence that opens on one of these names its speaker even without a post ('Ambassador X said'); a release names
# the person it quotes in full after one of them.
# ... and the ambassador's rank as French, Spanish and Portuguese releases write it ('l'Ambassadeur X, Représentant
# permanent de ..., a déclaré', 'la Embajadora X').
# ... and a Commonwealth minister's: 'The Honourable X, Minister of ...'.
_STRONG_TITLES = r"H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.|Dame|Sir|" \
    r"Ambassadeur|Ambassadrice|Embajador|Embajadora|Embaixador|Embaixadora|Ambasciatore|Ambasciatrice|" \
    r"Botschafter(?:in)?|Ambasador(?:ka)?|Veleposlani(?:k|ca)|Velvyslan(?:ec|kyně)|Veľvyslan(?:ec|kyňa)|" \
    r"(?:Right\s+|Rt\.?\s+)?Hon(?:ou?rable|\.)"
_STRONG_HONORIFIC = re.compile(rf"^(?:{_STRONG_TITLES})\s")
# ... and the plain titles behind which an interview's lead may name the one its answers tag by surname ('GovTT News
# spoke with Mr. Darren Example-Smith, Chargé d'affaires a.i. ...' above 'Example-Smith: Three things.').
_PLAIN_TITLES = r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?"
# ... and the titles and posts a lead may set right before a name in full ('said Foreign Minister Retno X').
_ANY_TITLE = rf"{_STRONG_TITLES}|{_PLAIN_TITLES}|Minister|Secretary|President|Spokes(?:person|man|woman)"
# A weaker title, naming the speaker only with a post after it: 'Mr.', 'Ms.', and the Burmese 'U' (men) and 'Daw'
# (women), which stand where English writes them; and French, Spanish and Portuguese releases' 'M.', 'Mme', 'Sr.',
# 'Sra.' ('M. X, Directeur général de ..., a présenté').
_TITLED = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.?\s|^(?:U|Daw)\s(?=[A-Z])|^(?:M\.|Mme\.?|Sr\.|Sra\.)\s")
# French reports in the perfect, its auxiliary 'a' no article: 'M. X, Directeur général, a présenté', 'a notamment
# déclaré', 'ont signé'.
_FRENCH_PERFECT = re.compile(r"(?:a|ont)\s+(?:[^\W\d]+ment\s+)?[^\W\d]+(?:é|ée|és|ées|i|is|it|u|ert)\b")
# The verb after a speaker's name and post, or after a post alone, that tells what the speaker said or did: 'X, Minister
# of Y, said', 'The Permanent Representative delivered'. Read by _named_then_post, _said_after_the_news and
# _reported_in alike, so that a verb added here serves all three.
_SPEECH_VERB = re.compile(r"^(?:(?:has|have)\s+)?(?:delivered|made|said|stated|addressed|spoke|told|took"
                          # ... and the verbs a release reports an appeal or a briefing with ('The President of the
                          # Commission has called on the Council ...', 'urged', 'briefed'), or a position with, as
                          # agencies write ('X, Minister of State ..., affirmed the UAE's commitment').
                          r"|called\s+(?:on|upon|for)|urged|briefed|stressed|affirmed|reaffirmed|underlined)\b")
# ... and the other verbs a release's lead reports words with ('X, State Secretary at the FDFA, recalled that ...',
# 'emphasised', 'highlighted'); as often said of a guest the page reports meeting ('X, Minister of Foreign Affairs of
# Norway, recalled ...', 'X, Chairperson of the African Union Commission, expressed ...'), they name the speaker only
# with a post naming no State and no organization.
_REPORTING_VERB = re.compile(r"^(?:(?:has|have)\s+)?(?:recalled|emphasi[sz]ed|highlighted|underscored|reiterated|"
                             r"noted|declared|expressed|pointed\s+out|warned|appealed|outlined)\b")
_ORGANISATION_SERVED = re.compile(r"\bof\s+the\s+(?:[\w'’-]+\s+){0,4}(?:Union|Commission|Organi[sz]ation|Secretariat|"
                                  r"Agency|Programme|Program|Fund|Bank|Council|Community|Forum|Mission)\b")


# A relative pronoun before a name opens a clause the name is the subject of ('The chargé d'affaires presents his
# compliments ... a copy of the address which Dr. X will deliver'): the words before it are no post of that name.
_RELATIVE = re.compile(r"\b(?:which|whom|whose)\s*$")
# A post ends with its sentence: a name after a full stop opens the next one, where paragraphs run together ('...
# afirmó el canciller ante el Consejo, presidido por X. Example Name recordó ...'). An abbreviation is no such end.
_ENDS_SENTENCE = re.compile(r"[^\W\d]{3,}[.!?]\s*$")


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


def signature_block(lines: list[Line], last_line: bool = False) -> Candidate | None:
    """A letter's signature: the line after 'Yours sincerely,' or 'the assurances of my highest
    consideration.', or in the last lines a name alone above the signatory's post ('Gabriel
    Shalev' / 'Permanent Representative of Israel to the United Nations'). With last_line, the text's last line
    alone, a name with its post on one line, as a statement cut short is signed: a release's last line may as well be
    its press contact or a photo caption, so it is read only where no other convention names the speaker."""
    closing = [index + 1 for index, line in enumerate(lines[:-1]) if _CLOSING.search(line.text)]
    for index in [len(lines) - 1] if last_line else closing + list(range(max(0, len(lines) - 6), len(lines) - 1)):
        line = lines[index]
        if len(line.text) > SIGNATURE_LENGTH or (index not in closing and _in_footer(lines, index)):
            continue
        found = read_person(strip_honorifics(line.text), single=False)
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


# Who led a delegation speaks for it only when the release names no one before ('Ambassador X recounted ...
# The delegation was led by Y' reports two people).
_LED = re.compile(r"\b(?:led|headed|conduite|dirigée|encabezada|presidida|liderada)\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(r"\b(?:Ambassador|Amb\.|H\.\s?E\.|Minister|President|Secretary|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
                           r"Embajador[a]?|Ministr[oa]|Ministre|Ambassadeur)\s+(?-i:[A-Z])")


# A body that heard or welcomed a briefing or a statement: its speaker is the occasion's ('The Council today heard a
# briefing by Special Envoy X').
HEARD = re.compile(r"\b(?:heard|hears|listened\s+to|welcomed|welcomes|noted)\s+(?:a|an|the)\s+$", re.IGNORECASE)


# A speech aligning itself with another's statement: 'Norland aligns itself with the joint statement delivered today
# by Ambassador X of Westland'. The one named delivered that statement, not this one.
_ALIGNS_WITH = re.compile(r"\balign(?:s|ed)?\s+(?:itself|ourselves|myself|themselves)\s+(?:fully\s+)?with\b",
                          re.IGNORECASE)


def _sentence_up_to(text: str, end: int) -> str:
    """The words of the sentence `end` falls in, up to it."""
    return text[max(text.rfind(". ", 0, end), text.rfind("\n", 0, end)) + 1:end]


def introduced_in_opening(opening: str) -> Candidate | None:
    """'Following is the text of the right of reply delivered by First Secretary X': a heading's
    words inside the first paragraph; a bare 'by' is not read there. Further into a press release
    ('This came in the statement of the State of Qatar delivered by HE Permanent Representative ... X',
    'The draft resolution was introduced by the Deputy Minister ..., X, who') only a person given with
    the post, in a sentence that is the release's own voice (not 'we align ourselves with the statement
    delivered by ...')."""
    text = opening[:REPORTED_INTRO_LENGTH]
    for intro in INTROS.finditer(text):
        if intro.group(0)[:2].casefold() == "by" or MENTION.search(text[:intro.start()]) \
                or HEARD.search(text[:intro.start()]) or _ALIGNS_WITH.search(_sentence_up_to(text, intro.start())):
            continue
        far = intro.start() >= OPENING_INTRO_LENGTH
        if far and _in_another_voice(text[:intro.start()]):
            continue
        if _LED.search(intro.group(0)) and _NAMED_BEFORE.search(text[:intro.start()]):
            continue  # the release reports another before the head of delegation: no single speaker
        found = read_person(text[intro.end():intro.end() + 240].split("\n", 1)[0], single=False)  # its own line
        # A mission's rank before the name is a title when the post follows it ('a cargo de la Consejera X,
        # Representante Permanente Alterna ...').
        title = found and found.before and is_rank_title(ARTICLE.sub("", found.before))
        role = found and ((not title and found.before) or post_after(found.after) or found.before)
        if found and (role or not far):
            line = Line(0, text[max(0, intro.start() - 80):intro.end() + 160], 0)
            confidence = 0.6 if _LED.search(intro.group(0)) else 0.65 if far else 0.75
            return Candidate(found.name, role, line, line, "opening: delivered by NAME", confidence)
    return None


# A speaker who introduces themself in the opening, as youth delegates and civil society do: 'My name is X, and I am
# the Youth Delegate of Y', 'Mi nombre es X', 'Je m'appelle X'.
_MY_NAME = re.compile(r"\b(?:my\s+name\s+is|mi\s+nombre\s+es|me\s+llamo|je\s+m['’]appelle|mein\s+name\s+ist)\s+",
                      re.IGNORECASE)
_AND_I_AM = re.compile(r"^,?\s*(?:and\s+)?(?:I\s+am|I['’]m|y\s+soy|et\s+je\s+suis|und\s+ich\s+bin)\s+"
                       r"(?:the\s+|el\s+|la\s+|le\s+)?", re.IGNORECASE)


_QUOTE_OPEN = re.compile(r"[“\"«„]")


def self_introduced(opening: str) -> Candidate | None:
    """'My name is Jane Example, and I am the Youth Delegate of X': the name in full, and the post it gives."""
    match = _MY_NAME.search(opening[:REPORTED_INTRO_LENGTH])
    if match and _QUOTE_OPEN.search(_SENTENCE_START.split(opening[:match.start()])[-1]):
        return None  # a survivor's words the statement quotes ('... told us: “My name is X”')
    found = read_person(opening[match.end():match.end() + 240], single=False) if match else None
    if found is None or found.prefix or len(found.name.split()) < 2:
        return None
    post = post_after(_AND_I_AM.sub(", ", found.after, count=1))
    line = Line(0, opening[match.start():match.end() + 160], 0)
    return Candidate(found.name, post, line, line if post else None, "opening: my name is NAME", 0.8)


def _in_another_voice(before: str) -> bool:
    """The sentence ending in `before` speaks for the delegation or joins another's statement: not a
    release telling who delivered."""
    sentence = _SENTENCE_START.split(before)[-1]
    return bool(FIRST_PERSON_WORD.search(sentence) or _JOINING.search(sentence))


def record_speaker(lines: list[Line]) -> Candidate | None:
    """A UN meeting record names who speaks as 'Mr. Akram (Pakistan):' at the head of the words."""
    for line in lines[:40]:
        match = _RECORD_SPEAKER.match(line.text)
        if match and canonical_country(match.group("state")):
            return Candidate(normalize_name(match.group("name")), None, line, None, "record: Mr. X (State):", 0.75)
    return None


# A transcript of an interview or a briefing: a question, then the one who answers named before a colon
# ('Question: ...' / 'Deputy Minister Aizada X: Thank you ...'; 'Q: ...' / 'Spokesperson Mao X: ...').
_QUESTION = re.compile(rf"{QUESTION_LABEL}\s", re.IGNORECASE)
_ANSWERER = re.compile(r"^(?P<who>[^:.!?]{3,90}?)\s*:\s+\S")
# A transcript may tag the answers with the interviewee's surname alone ('Example-Smith: ...').
_SURNAME_TAG = re.compile(r"^[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?$")
# A newspaper's or a broadcaster's interview labels its questions with the outlet's name ('The Daily Example: What
# will the Mission work on?'): a name of one to five capitalized words (joined by 'of', 'de', ...) before a question;
# a clause before a colon ('Many ask: is ...?') is prose, not a label.
_OUTLET_WORD = r"(?:[A-ZÀ-Þ][\w'’&-]*|of|the|de|du|des|la|le|del|y|et|and)"
_ASKED = re.compile(rf"^(?P<who>[A-ZÀ-Þ][\w'’&-]*(?:\s+{_OUTLET_WORD}){{0,4}})\s*:\s+[^?]*\?[\s\"”»]*$")
# A verb in the label makes it a clause ('People Ask:', 'Critics Wonder:').
_LABEL_VERB = re.compile(r"\b(?:asks?|asked|says?|said|wonders?|wondered|demandent|demande|preguntan?|fragen?)\b",
                         re.IGNORECASE)


def _outlet_asks(text: str) -> re.Match | None:
    """An interviewer's label (an outlet's name, no verb) before a question."""
    match = _ASKED.match(text)
    return match if match and not _LABEL_VERB.search(match.group("who")) else None


def _asks(text: str) -> re.Match | None:
    """A transcript's question: 'Question:', 'Q:', or an interviewer's label before a question."""
    return _QUESTION.match(text) or _outlet_asks(text)


def _asked_again(lines: list[Line], label: str) -> bool:
    """An outlet's label is read as an interviewer's only when it asks a second question below: one
    labelled question followed by a named line is as likely a quoted question in prose."""
    return any((again := _outlet_asks(line.text)) and again.group("who") == label for line in lines)


def interviewed(lines: list[Line]) -> Candidate | None:
    """The one who answers the first question of a transcript, named in full or behind a post or an honorific
    ('Deputy Minister Aizada X:'), with the post written before the name; an 'Answer:' line names no one. An
    interviewee answering by honorific and surname ('Ambassador X:') is named in full where the lead does
    ('..., Ambassador Ruth X, spoke to ...')."""
    for index, line in enumerate(lines[:80]):
        asked = _asks(line.text)
        if not asked or ("who" in asked.groupdict() and not _asked_again(lines[index + 2:80], asked.group("who"))):
            continue
        for answer in lines[index + 1:index + 4]:
            match = _ANSWERER.match(answer.text)
            if match is None or _asks(answer.text) or match.group("who") == asked.groupdict().get("who"):
                continue
            who = match.group("who")
            if opening := _opening_remarks(lines[:index], who):
                return opening
            found = read_person(who, single=True)
            lead = "\n".join(above.text for above in lines[:index])
            if _SURNAME_TAG.match(who) and (in_full := _named_in_lead(Candidate(who, None, answer, None,
                                                                                "transcript: SURNAME: answer", 0.75),
                                                                      lead)):
                return in_full  # a bare surname ('X:') the lead names in full behind a title
            if tagged := _tagged_in_lead(who, answer, lead):
                return tagged  # initials ('TRM:') the lead sets after the name in full ('Ambassador X Y Z (TRM)')
            if not found or found.after.strip():
                continue
            candidate = Candidate(found.name, found.before, answer, answer, "transcript: NAME: answer", 0.8)
            if found.before or len(found.name.split()) >= 2 or strip_honorifics(who) != who:
                title = re.escape(found.prefix.strip())  # the title the answers give ('Embajadora X:')
                in_full = (" " not in found.name and title and _in_full(candidate, lead, title)) or candidate
                return in_full if in_full.role else (_in_full(in_full, lead) or in_full)
        return None
    return None


# A press conference's transcript gives the speaker's opening remarks before the first question, labelled with the
# post and the name in full and the tag the answers carry ('Prime Minister Jens X (JMK): Good afternoon ...', then
# 'JMK: We are working ...').
_TAGGED = re.compile(r"^(?P<person>.+?)(?:\s+\((?P<tag>[A-ZÀ-Þ][\w.'’ -]{0,20})\))?$")


def _opening_remarks(above: list[Line], answerer: str) -> Candidate | None:
    """The speaker who opened the transcript with remarks and answers its first question as `answerer`: by their
    tag, their surname or the same label."""
    for line in above:
        match = _ANSWERER.match(line.text)
        tagged = _TAGGED.match(match.group("who")) if match else None
        found = read_person(tagged.group("person"), single=False) if tagged else None
        if found is None or found.after.strip() or not found.before or not is_post(found.before) \
                or len(found.name.split()) < 2:
            continue
        if answerer in {tagged.group("tag"), match.group("who"), found.name.split()[-1]}:
            return Candidate(found.name, found.before, line, line, "transcript: POST NAME: opening remarks", 0.8)
    return None


_INITIAL = re.compile(r"[A-ZÀ-Þ]\.")


def _same_post_fuller(other: Candidate, found: Candidate) -> bool:
    """A longer name with the same surname and the same post, written out further ('Minister for Foreign Affairs Bob
    X' beside 'Minister for Foreign Affairs and Regional Integration, Robert Kwame X'): the same office-holder."""
    return bool(found.role) and len(found.role.split()) >= 2 and bool(other.role) \
        and other.role.casefold().startswith(found.role.casefold()) \
        and len(other.name.split()) > len(found.name.split()) and other.name.split()[-1] == found.name.split()[-1]


def _names_more_fully(longer: list[str], words: list[str]) -> bool:
    """`longer` names the person `words` names, with more of the name: the same words at its end ('Andrés Felipe X
    Y' for 'X Y'), or the same first and last words with more between them ('Carlos Alberto X' for 'Carlos X', 'Kwame
    Osei X' for 'K. X')."""
    if len(words) < 2 or len(longer) <= len(words) or longer[-1] != words[-1]:
        return False  # a surname alone names no one person (named_in_full reads it)
    if longer[-len(words):] == words:
        return True
    rest = iter(longer[1:])
    same_first = longer[0] == words[0] or bool(_INITIAL.fullmatch(words[0])) and longer[0].startswith(words[0][0])
    return same_first and all(word in rest for word in words[1:])


def byline_anywhere(lines: list[Line], header: list[Line]) -> Candidate | None:
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


# A label before the headline of another page the site links to: 'Latest news: Ambassador X presents credentials'.
LINK_LABEL = re.compile(r"^(?:(?:latest|related|recent|more|other|previous|next|top)\s+(?:news|stories|"
                         r"posts?|articles?|items?|updates?)|see\s+also|read\s+(?:also|more|next)|lire\s+aussi"
                         r"|ver\s+tambi[ée]n|"
                         r"leia\s+tamb[ée]m|breaking(?:\s+news)?)\s*:", re.IGNORECASE)


def reported(header: list[Line], opening: str, first_lines: list[Line] = ()) -> Candidate | None:
    """A press release names the person it reports with the post, at the start of a sentence:
    'Acting Foreign Minister of Armenia Ara Aivazian participated ...', 'President Uhuru Kenyatta
    has appealed ...', 'Head of Delegation of the DPRK delivered a statement ...' (post only).
    The first person named is the speaker; the fullest post given to them is theirs. A weaker cue (a
    name set off by a comma only) counts when no other names anyone; the first lines below the header,
    as far as the opening is read, are read each on their own when the header and the opening report no
    one: a page without blank lines runs its sharing line ('Paylaş: Facebook | X') into the lead."""
    if not header:
        return None
    own = [line for line in header if not LINK_LABEL.match(line.text)]
    candidates = _reported_all([(line.text, line) for line in own] + [(opening[:900], header[-1])])
    if not candidates:
        candidates = _reported_all([(line.text, line) for line in _within(first_lines, 900)])
    lead = "\n".join(line.text for line in header) + "\n" + opening[:900]
    candidates = [c if c.method != _SURNAME_SAID else _in_full(c, lead) for c in candidates]
    candidates = [c for c in candidates if c]
    candidates = _without_a_quoted_counterpart(candidates)
    site = _banner_state(own)
    everyone = [c for c in candidates if c.name]
    everyone = [c for c in everyone if not (site and c.role and country_in_line(c.role) not in (None, site))] \
        or everyone
    named = [c for c in everyone if c.confidence >= 0.7] or everyone
    if not named:
        return candidates[0] if candidates else None
    surname = named[0].name.split()[-1]
    same = [c for c in named if c.name.split()[-1] == surname]
    fullest = max(same, key=lambda c: len(c.name))
    posts = [c.role for c in same if c.role and not PAST_THE_POST.search(c.role)]
    role = max(posts, key=len, default=None) or _post_before_inflected(lead, fullest.name)
    found = named_in_full(Candidate(fullest.name, role, fullest.line, fullest.role_line, fullest.method,
                                    fullest.confidence), lead)
    return _named_more_fully(found, everyone)


def _without_a_quoted_counterpart(candidates: list[Candidate]) -> list[Candidate]:
    """The wires' closing attribution may quote a host or a counterpart before the page's own speaker ('..., Swiss
    Foreign Minister X said in his address. Azerbaijan's Deputy Foreign Minister, Y, also addressed ...'), or a
    minister a mission's summary cites after its own representative ('The Permanent Representative delivered ...'):
    it names the speaker only where the page names no one else and reports no post before it."""
    quoted = [c for c in candidates if c.method == _NEWS_THEN_POST_NAME]
    if not quoted:
        return candidates
    surnames = {c.name.split()[-1] for c in quoted}
    first = candidates.index(quoted[0])
    someone_else = any(c.name and c.name.split()[-1] not in surnames for c in candidates if c not in quoted) \
        or any(not c.name for c in candidates[:first])
    return [c for c in candidates if c not in quoted] if someone_else else candidates


def _named_more_fully(found: Candidate, everyone: list[Candidate]) -> Candidate:
    """The person the strongest cue names may be named more fully in a weaker one ('Colombia's Minister of
    Environment, Andrés Felipe X Y, called on ...' in the lead, 'Minister X Y stressed' below it; 'Carlos Alberto X'
    beside 'Carlos X'). The name in full, and the longer of the two posts; a namesake ('Ana X' beside 'Juan Ramón
    X') is another person."""
    words = found.name.split()
    fuller = [c for c in everyone if _names_more_fully(strip_honorifics(c.name).split(), words)
              or _same_post_fuller(c, found)]
    if not fuller:
        return found
    fullest = max(fuller, key=lambda c: len(c.name))
    role, role_line = (fullest.role, fullest.role_line) if len(fullest.role or "") > len(found.role or "") \
        else (found.role, found.role_line)
    return Candidate(strip_honorifics(fullest.name).strip(), role, found.line, role_line, found.method,
                     found.confidence)


def _banner_state(header: list[Line]) -> str | None:
    """The State whose site's banner tops the page: a release there that names another State's representative first
    ('Permanent Representative of Russia X again denied ...' on Ukraine's ministry's page) answers that person and
    reports its own, when it names its own too."""
    return next((state for line in header[:BANNER_LINES] if (state := letterhead_state(line.text)
                                                                 or country_in_line(line.text))), None)


BANNER_LINES = 3  # a site's name over its menu


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


def named_in_full(candidate: Candidate | None, lead: str) -> Candidate | None:
    """A surname alone ('Minister X stated', a headline's 'Statement by Minister X') where the lead names the person
    in full, behind a title or set off after the post ('said Minister of Foreign Affairs Jan X', 'disclosed by Minister
    of Foreign Affairs and Foreign Trade, Kerrie X,'): the name in full, and the longer of the two posts."""
    if candidate is None or not candidate.name or " " in candidate.name:
        return candidate
    full = _in_full(candidate, lead, _ANY_TITLE) or _post_then_full_name(candidate.name, lead)
    name = strip_honorifics(full.name).strip() if full else ""
    if " " not in name or _PEERAGE_BEFORE.match(name):
        return candidate  # 'Hon.', 'Lord': a title, not more of the name
    role, role_line = (full.role, full.role_line) if len(full.role or "") > len(candidate.role or "") \
        else (candidate.role, candidate.role_line)
    return Candidate(normalize_name(name), role, candidate.line, role_line, candidate.method, candidate.confidence)


# A release quotes its speaker by honorific and surname ('"...," Ambassador Example said.') once it has named them
# in full ('... handed over by Ghana's Permanent Representative, Ambassador Kofi Example.'): the name and post there.
_SURNAME_SAID = "press: Ambassador SURNAME said, named in full before"


# The article before the title, as French, Spanish and Italian write it: '..., l'Ambassadeur Jean X', 'la Embajadora'.
_TITLES_ARTICLE = re.compile(r"(?:(?<=\s)(?:la|el|le|il|the)\s+|(?<=\s)[lL]['’])$")


def _in_full(candidate: Candidate, lead: str, titles: str = _STRONG_TITLES) -> Candidate | None:
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


def _named_in_lead(candidate: Candidate, lead: str) -> Candidate | None:
    """An interviewee's surname named in full in the lead: behind a strong title, or behind 'Mr.' or 'Ms.' with the
    post set off after the name ('spoke with Mr. Darren Example-Smith, Chargé d'affaires a.i. ...')."""
    if in_full := _in_full(candidate, lead):
        return in_full
    plain = _in_full(candidate, lead, _PLAIN_TITLES)
    return plain if plain and plain.role else None


# The initials a newspaper's interview tags its answers with ('TRM: ...'), set in brackets after the name in its lead.
_INITIALS_TAG = re.compile(r"^[A-ZÀ-Þ]{2,5}$")
_INTERVIEWER_VERB = re.compile(r"\b(?:spoke|talked|chatted|sat\s+down)\s+(?:to|with)\s+|\binterviewed\s+")
_NAME_WORDS = 6


def _tagged_in_lead(tag: str, answer: Line, lead: str) -> Candidate | None:
    """The interviewee whose initials tag the answers, named in full before them in brackets in the lead ('... spoke
    to X's Permanent Representative ..., Ambassador Tafadzwa Rumbidzai Example (TRE), on ...'): the shortest run of
    capitalized words before the bracket whose initials (a hyphen's parts each) spell the tag; the post set off
    before it, as in _in_full."""
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
                before = re.sub(rf"(?:{_STRONG_TITLES}|{_PLAIN_TITLES})$", "", before).rstrip()
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


def _post_before_inflected(text: str, name: str) -> str | None:
    """The post written before the name where the sentence inflects both ('встреча заместителя министра иностранных
    дел Туркменистана Акмурада Example с ...': Russian puts them in the genitive), kept as written: each word of the
    name may take a case ending of up to two letters (the nominative 'Акмурад' is 'Акмурада' there)."""
    words = name.split()
    if len(words) < 2 or not _CYRILLIC_NAME.match(name):
        return None
    inflected = r"\s+".join(re.escape(word) + r"[а-яё]{0,2}" for word in words)
    for match in re.finditer(rf"(?<!\w){inflected}(?!\w)", text):
        before = text[max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:match.start()]
        tokens = before.split()
        post = next((" ".join(tokens[k:]) for k in range(len(tokens)) if is_post(" ".join(tokens[k:]))), None)
        if post:
            return post.strip(" ,")
    return None


def _past_adverbial(sentence: str) -> str:
    """After a quotation's verb, the words before the post ('"...," uvedla ve svém projevu v Ženevě zmocněnkyně
    vlády pro lidská práva X.'): the sentence from the post on, if one starts within six words. An adverbial
    opens in lower case; a capital opens the name itself ('said Ayşe Nur X, Deputy ...')."""
    if not sentence[:1].islower() or starts_post(ARTICLE.sub("", sentence)):
        return sentence
    words = re.split(r"(?<=\s)(?=\S)", sentence[:160])
    for index in range(1, min(len(words), 7)):
        if re.search(r"[.;!?]\s*$", words[index - 1]):
            break
        rest = "".join(words[index:]) + sentence[160:]
        if starts_post(rest):
            return rest
    return sentence


def _within(lines: list[Line], reach: int) -> list[Line]:
    """The lines that start within the first `reach` characters, as far as the opening is read."""
    kept, length = [], 0
    for line in lines:
        if length >= reach:
            break
        kept.append(line)
        length += len(line.text) + 1
    return kept


def _reported_all(texts: list[tuple[str, Line]]) -> list[Candidate]:
    """Every sentence of the texts that reports someone by post or honorific, in order."""
    candidates: list[Candidate] = []
    for text, line in texts:
        text = SALUTATION.sub(".", text)  # 'Mr. President: Again, ...' is no 'President Again'
        for start in _SENTENCE.finditer(text):
            sentence = _HYPHEN_DATELINE.sub("", _CAPTION_LABEL.sub("", text[start.end():start.end() + 400]))
            sentence = _SPEECH_LEAD.sub("", _TIME_LEAD.sub("", without_lead_clauses(_without_time_word(sentence))))
            quoted = text[:start.end()].endswith(tuple(f"{verb} " for verb in _QUOTING_VERBS))
            candidate = _reported_in(_past_adverbial(sentence) if quoted else sentence, line, quoted)
            # ... nor an organization's ('OSCE Chairperson-in-Office X visits Tbilisi', 'EU Special Representative X
            # met the Minister'), a guest of the State's page.
            if candidate and not UN_OFFICE.match(candidate.role or "") \
                    and not ORGANISATION_BEFORE.match(candidate.role or ""):
                candidates.append(candidate)
    return candidates


# Two to six capitalized words, then a comma: the cheap test before a sentence is read for 'NAME, POST, said'.
_CYRILLIC_NAME = re.compile(r"^[Ѐ-ӿ]")
_NAME_THEN_COMMA = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’-]*\s+(?:(?:[a-z]{1,3}\s+){0,2}))+[A-ZÀ-Þ][\w.'’-]*,")


# Hungarian writes the name (surname first) and then the post in lower case, without a comma ('Szijjártó Péter
# külügyminiszter az ENSZ ...', 'X Y, a Miniszterelnökség államtitkára').
_LOWER_POST_AFTER = re.compile(
    r"^,?\s*(?P<post>(?:[a-záéíóöőúüű-]+\s+){0,3}?[a-záéíóöőúüű-]*(?:miniszter|miniszterelnök|államtitkár|nagykövet|"
    r"szóvivő|elnök)(?:e|a)?)(?=[\s,.;]|$)")
# The cheap test before a sentence is read for it: two capitalized words opening it, one of those posts soon after.
_TWO_NAMES = re.compile(r"^[A-ZÀ-Þ][\w'’-]*\s+[A-ZÀ-Þ]")
_LOWER_POST_WORD = re.compile(r"miniszter|államtitkár|nagykövet|szóvivő|elnök")
_LOWER_POST_REACH = 120


def _named_then_lower_post(sentence: str, line: Line) -> Candidate | None:
    """'Szijjártó Péter külügyminiszter ...': a name of two words or more opening the sentence, its post after it."""
    if not (_TWO_NAMES.match(sentence) and _LOWER_POST_WORD.search(sentence, 0, _LOWER_POST_REACH)):
        return None
    found = read_person(sentence, single=False)
    if found is None or found.prefix or len(found.name.split()) < 2:
        return None
    match = _LOWER_POST_AFTER.match(found.after)
    return Candidate(found.name, match.group("post"), line, line, "press: NAME post", 0.65) if match else None


def _named_after_quotation(sentence: str, line: Line, quoted: bool) -> Candidate | None:
    """A quotation's verb, then the name in full ending the sentence ('«...», – подчеркнул Акмурад Example.'): the one
    quoted, whose post the release gives elsewhere (reported() looks for it). A weaker cue."""
    if not quoted:
        return None
    found = read_person(sentence, single=False)
    if found is None or found.prefix or len(found.name.split()) < 2 or found.after[:1] not in {"", "."}:
        return None
    return Candidate(found.name, None, line, None, "press: said NAME", 0.6)


def _speaks(rest: str, post: str) -> bool:
    """The verb after 'NAME, POST,' reports what the speaker said (see _SPEECH_VERB and _REPORTING_VERB)."""
    return bool(_SPEECH_VERB.match(rest)) or (bool(_REPORTING_VERB.match(rest)) and country_in_line(post) is None
                                              and not _ORGANISATION_SERVED.search(post))


def _named_then_post(sentence: str, line: Line, quoted: bool) -> Candidate | None:
    """A sentence opening on the name in full, then the post: after a quotation, ending it ('"...," said NAME,
    POST.'); elsewhere, before the verb of speaking ('NAME, POST, addressed the Conference ...'), as news items
    and a webcast's summary write it. Not '..., said X, who ...'."""
    if not _NAME_THEN_COMMA.match(sentence):
        return None
    found = read_person(sentence, single=False)
    if found is None or found.prefix or not found.after.startswith(","):
        return None
    after = ARTICLE.sub("", re.split(r"[.;](?=\s|$)", found.after.lstrip(" ,"), maxsplit=1)[0])  # ', the Minister'
    post = post_after(after)
    rest = after[len(post):] if post else ""
    if not post or (_OCCASION_AFTER.sub("", rest).strip() if quoted else not _speaks(rest.lstrip(" ,"), post)):
        return None
    return Candidate(found.name, post, line, line, "press: NAME, POST said", 0.7)


# After a quotation's 'said NAME, POST', the act it was said in may close the sentence ('..., in the right of reply',
# 'in his statement'): the post still ends at its comma, and the one quoted delivered it.
_OCCASION_AFTER = re.compile(r"^\s*,\s*in\s+(?:the|his|her|its|their)\s+(?:right\s+of\s+reply|reply|statement|"
                             r"address|speech|remarks|intervention)$")


# A lead giving what was said first and its speaker at the end, set off by commas: '..., X Y, Permanent
# Representative of Z and President of the Council for the month, said at a press conference today.'
_SET_OFF = re.compile(r",\s+(?=[A-ZÀ-Þ])")
# The cheap test before a sentence is read for it: a verb of speaking after a comma.
_SAID_AFTER_COMMA = re.compile(r",\s+(?:said|stated|told)\b")


def _said_after_the_news(sentence: str, line: Line) -> Candidate | None:
    """The news first, then ', NAME, POST, said ...' closing the sentence's attribution, as the UN's meetings coverage
    and news agencies write a lead: the name in full, the post, then the verb of speaking; or the wires' ', POST NAME
    said ...' ('Russia calls on the Conference to begin negotiations, Russian Deputy Foreign Minister X Y said on
    Tuesday')."""
    if inverted := _post_name_said_after_the_news(sentence, line):
        return inverted
    said = _SAID_AFTER_COMMA.search(sentence[:400])
    for comma in _SET_OFF.finditer(sentence, 0, said.start()) if said else ():
        found = read_person(sentence[comma.end():], single=False)
        # An honorific may stand before the name (', Ambassador X Y, Permanent Representative of Z, told ...').
        if found is None or not only_honorifics(found.prefix) or len(found.name.split()) < 2 \
                or not found.after.startswith(","):
            continue
        after = found.after.lstrip(" ,")
        post = post_after(after)
        if post and _SPEECH_VERB.match(after[len(post):].lstrip(" ,")):
            return Candidate(found.name, post, line, line, "press: the news, then NAME, POST, said", 0.65)
    return None


_NEWS_THEN_POST_NAME = "press: the news, then POST NAME said"
# The cheap test before a sentence is read for ', POST NAME said': a verb of speaking after a capitalized word.
_SAID_AFTER_NAME = re.compile(r"(?<=[\w.'’-])\s+(?:said|stated|told)\b")


def _post_name_said_after_the_news(sentence: str, line: Line) -> Candidate | None:
    """', POST NAME said ...' closing a sentence that gave the news first: the post opens the set-off part, the name
    in full closes it, the verb of speaking follows at once (the day between them as news style puts it)."""
    said = _SAID_AFTER_NAME.search(sentence[:400])
    for comma in _SET_OFF.finditer(sentence, 0, said.start()) if said else ():
        part = ARTICLE.sub("", sentence[comma.end():])
        if not starts_post(part):
            continue
        found = read_person(part, single=False)
        if found is None or not found.before or len(found.name.split()) < 2 or not is_post(found.before):
            continue
        after = _day_after_name().sub("", found.after, count=1).lstrip(" ,")
        if _SPEECH_VERB.match(after):
            return Candidate(found.name, found.before.rstrip(" ,"), line, line, _NEWS_THEN_POST_NAME, 0.65)
    return None


# A State's possessive before a post: "India's First Secretary", "Russia's Permanent Representative".
_STATES_POSSESSIVE = re.compile(rf"^{STATES_POSSESSIVE}")


def _post_comma_name(sentence: str, line: Line) -> Candidate | None:
    """News style setting the name off after the post, then the verb: "India's First Secretary at the Permanent
    Mission, Anna Example recorded the following reply", "Russia's Permanent Representative, Ivan Example, said".
    The post without the State's possessive, as the post is written elsewhere. A portfolio may hold commas of its
    own ('El ministro de Asuntos Exteriores, Unión Europea y Cooperación, Andrés X, ha intervenido')."""
    first = sentence.find(", ")
    for comma in re.finditer(r", ", sentence[:_POST_SET_OFF_REACH]):
        post = _STATES_POSSESSIVE.sub("", sentence[:comma.start()])
        # Past the first comma, only a portfolio's capitalized words go on ('..., Unión Europea y Cooperación'), not
        # a clause ('The Deputy Foreign Minister, in response to a question from the Ambassador of X, Y, said').
        if comma.start() > first and not _PORTFOLIO_WORDS.fullmatch(sentence[first + 2:comma.start()]):
            break
        if not is_post(post):
            continue
        found = read_person(sentence[comma.end():], single=True)
        after = found.after.lstrip(" ,").split() if found else []
        if found and not found.prefix and not found.before and len(found.name.split()) >= 2 \
                and after and after[0][:1].islower() and clean_token(after[0]) not in CONNECTORS:
            return Candidate(found.name, post, line, line, "press: POST, NAME reported", 0.65)
    return None


_POST_SET_OFF_REACH = 120
_PORTFOLIO_WORDS = re.compile(r"(?:(?:[A-ZÀ-Þ][\w'’-]*|and|y|e|et|und|of|de|del|des|du|la|the|for|&),?(?:\s+|$))+")


@lru_cache(maxsize=1)
def _day_after_name() -> re.Pattern:
    """News style's day between the name and the verb ('Foreign Minister X on Tuesday addressed ...', 'on 3 June
    told', 'on Wednesday (2 July) told', 'on Wednesday, Sept. 25, 2024, told'): no occasion, the verb follows it."""
    date = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?"
    day = rf"(?:{alternation(weekdays('English'))})(?:,?\s*\(?{date}\)?)?|{date}"
    return re.compile(rf"^,?\s*on\s+(?:{day}),?\s+(?=[a-z])")


@lru_cache(maxsize=1)
def _time_after_post() -> re.Pattern:
    """The day or time between a post and its verb ('The Prime Minister, Head of Government, this Friday delivered
    ...', 'The Foreign Minister on Tuesday told ...'): no part of the post."""
    day = rf"(?:{alternation(weekdays('English'))}|\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{{1,2}})"
    return re.compile(rf",?\s+(?:(?:on|this|last)\s+{day}|today|yesterday|earlier\s+today"
                      r"|this\s+(?:morning|afternoon|evening|week)),?(?=\s+[a-z])")


# Two office-holders together ('The Prime Minister and the President reaffirmed their commitment'): no one speaker's
# post, as a title in the plural is none ('The Prime Ministers reaffirmed', names_holders).
_TWO_POSTS = re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}and\s+the\s")


def _reported_in(sentence: str, line: Line, quoted: bool) -> Candidate | None:
    """One sentence: 'POST NAME verb ...', 'Ambassador NAME, POST, said ...', or after a quotation
    '... said Foreign Minister NAME.'"""
    sentence = NORDIC_GENITIVE.sub("", ARTICLE.sub("", sentence), count=1)
    weak = bool(_TITLED.match(sentence))  # 'Ms. X, the Permanent Representative of Y, said': only with the post
    led = bool(_STRONG_HONORIFIC.match(sentence)) or weak
    if not (starts_post(sentence) or led):
        return _named_then_post(sentence, line, quoted) or _named_then_lower_post(sentence, line) \
            or _named_after_quotation(sentence, line, quoted) or _said_after_the_news(sentence, line)
    if not (starts_post(sentence) or led) or sentence.isupper():
        return None
    found = read_person(sentence, single=True)
    if (found is None or _STATES_POSSESSIVE.match(sentence)) and (set_off := _post_comma_name(sentence, line)):
        return set_off
    if found is None:
        tokens = _time_after_post().sub("", sentence, count=1).split()
        verb = next((i for i, t in enumerate(tokens) if t[:1].islower() and clean_token(t) not in CONNECTORS), None)
        if verb and _SPEECH_VERB.match(" ".join(tokens[verb:verb + 3])) and is_post(" ".join(tokens[:verb])) \
                and not all(is_name_at(tokens, i) for i in (verb - 2, verb - 1)) \
                and not names_holders(" ".join(tokens[:verb])) and not _TWO_POSTS.search(" ".join(tokens[:verb])):
            return Candidate(None, " ".join(tokens[:verb]).rstrip(","), line, line, "press: the post delivered", 0.6)
        return None
    if found.before is None and (not led or not only_honorifics(found.prefix)) \
            or MEETING_VERB.search(found.prefix) or _RELATIVE.search(found.before or "") \
            or _ENDS_SENTENCE.search(found.before or ""):
        return None
    peer = bool(found.prefix.split()) and clean_token(found.prefix.split()[-1]) in _PEERAGE
    # A surname alone is no name in full; initials glued to it are ('А.В.Примеров').
    if len(found.name.split()) == 1 and not has_glued_initials(found.name) \
            and clean_token((found.before or "x").split()[-1]) not in _HIGH_OFFICE and not peer:
        if _STRONG_HONORIFIC.match(sentence) and (_SPEECH_VERB.match(found.after.lstrip(" ,"))
                                                  or (quoted and found.after.strip() in {"", "."})):
            return Candidate(found.name, None, line, None, _SURNAME_SAID, 0.6)  # named in full elsewhere, if at all
        return None
    role, after = found.before, found.after
    org = _OF_ORGANISATION.match(after)
    if org:
        role, after = f"{role} of the {org.group(1).strip()}", after[org.end():]
    if role is None and after.startswith(",") and (post := post_after(ARTICLE.sub("", after.lstrip(" ,")))):
        role, after = post, after[after.find(post) + len(post):].lstrip(" ,")
    if weak and role is None:
        return None
    after = _day_after_name().sub("", after, count=1)
    ends = quoted and (not after or after[0] in ".;")
    # After a quotation the sentence may go on with the occasion ('... said Minister X at the meeting.').
    connector = bool(after.split()) and clean_token(after.split()[0]) in CONNECTORS and not quoted \
        and not _FRENCH_PERFECT.match(after)
    if connector:  # 'Unión Europea y ...' set off by a comma was the portfolio, not a name
        return _post_comma_name(sentence, line) if found.prefix.rstrip().endswith(",") else None
    if role and after.startswith(": ") and after[2:3].isupper() and not after.rstrip().endswith(".") \
            and len(found.name.split()) >= 2 and not quoted and not opens_post_with_nationality(sentence.split()[:3]):
        # A news headline giving the words after the post and the name ('Foreign Minister X: Russia must be held
        # accountable'), capitalized and with no full stop as headlines are; not a line of a transcript.
        return Candidate(found.name, role, line, line, "press: POST NAME: their words", 0.65)
    if not (ends or after.lstrip(" ,")[:1].islower()):
        # Languages that put the verb last set the name off with a comma after its post and go on with the
        # occasion ('Dışişleri Bakan Yardımcısı Büyükelçi X, BM Güvenlik Konseyi'nin ... katıldı.'); not a list
        # of office-holders ('Foreign Minister X, Defence Minister Y and ...'). A weaker cue.
        rest = after[1:].strip()
        if found.before and after.startswith(",") and not quoted and len(found.name.split()) >= 2 \
                and rest and not starts_post(rest):
            return Candidate(found.name, role, line, line, "press: POST NAME, the occasion", 0.6)
        return None
    return Candidate(found.name, role, line, line, "press: POST NAME reported", 0.7)
