"""The person a press release or news item reports, where no heading names a speaker:
the post at the start of a sentence ("Georgian Deputy Foreign Minister X delivered
..."), the name then its post set off by commas ("X, Permanent Representative of
..., said"), the post and name after the news ("..., Foreign Minister X said"). A
UN office holder a release reports (the Secretary-General opening a meeting) is
its occasion, not its speaker; a counterpart a release quotes is not its speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extraction.dates import weekdays
from indexer.extraction.full_names import STRONG_TITLES, SURNAME_SAID, named_in_full, titled_in_full
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.names import (
    MEETING_VERB,
    ORGANISATION_BEFORE,
    has_glued_initials,
    is_post,
    names_holders,
    only_honorifics,
    opens_post_with_nationality,
    strip_honorifics,
)
from indexer.extraction.patterns import (
    PAST_THE_POST,
    STATES_POSSESSIVE,
    alternation,
    without_lead_clauses,
)
from indexer.extraction.persons import (
    ARTICLE,
    CONNECTORS,
    NORDIC_GENITIVE,
    Candidate,
    Found,
    clean_token,
    is_name_at,
    read_person,
    starts_post,
)
from indexer.extraction.posts import (
    post_after,
)
from indexer.extraction.states import country_in_line, letterhead_state

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
                  # Italian attributes a quotation with 'Così' (thus), then the post and the name: '«...». Così il
                  # Ministro degli Affari Esteri, X, ...'.
                  "Così",
                  # Russian, after a dash: '«...», – подчеркнул Акмурад Example.'
                  "подчеркнул", "подчеркнула", "отметил", "отметила", "заявил", "заявила", "сказал", "сказала")
# Where a sentence of a press release starts: a line, a dateline's end (a dash, or a full stop and a hyphen as Spanish
# releases close it: 'NUEVA YORK, EE. UU.- El ministro ...', or both: 'Geneva, 1 October 2025. – The ...'), a full stop.
# ... or a news agency's credit ('(VNA) - On 12 November ...'), with no dash after the year or the day its dateline's
# date ends on ('Addis Ababa, September 28/2025 (ENA) State Minister ...', 'UNITED NATIONS, Oct 30 (ACN) The First
# Deputy Minister ...'), two to six capitals as the dates read it (dates.py).
_SENTENCE = re.compile(r"(?:^|(?<=[.!?…])\s*(?:[-–—]\s+)?|(?<=\.[-–—])\s*|\s[–—]\s|(?<=\))\s-{1,2}\s|:\s|"
                       + "".join(rf"(?<=\d\s\([A-Z]{{{size}}}\))\s(?=[A-Z])|" for size in range(2, 7)) +
                       r"(?<=[,.!?][\"”»]\s)|(?<=[\"”»],\s)|"
                       + "|".join(rf"(?<=\b{verb}\s)" for verb in _QUOTING_VERBS) + r")(?=\S)", re.MULTILINE)
# ... or a dateline's city closed by a hyphen ('Bucharest - Minister of Foreign Affairs X condemned ...').
# ... with its date too ('Lisboa, 23 de setembro de 2023 - O Ministro ...', 'Berne, 14.03.2024 - Le conseiller ...').
_HYPHEN_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w.'’]+(?:[ ,]+[A-ZÀ-Þ][\w.'’]+){0,2}"
                              r"(?:,?\s+(?:le\s+|el\s+|em\s+|am\s+|den\s+)?[\w./, ]{0,30}?\b\d{4}"
                              # ... or a wire's day without its year before its credit ('Geneva, 24 feb /AGERPRES/ - ')
                              # or before the dash ('NEW YORK, 23 Sept -- Perdana Menteri X ...')
                              r"|,\s+\d{1,2}\s+[^\W\d]{3,9}\.?(?=\s+(?:\(|/)[A-Z]{2,10}(?:\)|/)|\s+(?:-{1,2}|[–—])\s))?"
                              r"(?:\s+(?:\([A-Z]{2,10}\)|/[A-Z]{2,10}/))?\s+(?:-{1,2}|[–—])\s+(?=[A-ZÀ-Þ])")
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


_STRONG_HONORIFIC = re.compile(rf"^(?:{STRONG_TITLES})\s")


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
# ... or one of the words before the name ends a sentence, the next opening in capitals: the name is in a later
# sentence of the lead, and only the post the lead opens with is the post ('Le Conseiller de Gouvernement-Ministre ...
# s'est rendu à Vienne ... (AIEA). Dans son intervention ..., Mme X a rappelé'). Not a title's abbreviation ('Prof.').
_PAST_A_SENTENCE = re.compile(r"(?<!\bProf)(?<!\bCapt)[^\W\d]{4,}\)?[.!?]\s+(?-i:[A-ZÀ-Þ])")


def _lead_subject(before: str) -> str | None:
    """The post a lead opens with, up to its verb ('Le Conseiller de Gouvernement-Ministre ... s'est rendu à ...'),
    when the name is given in a later sentence ('Dans son intervention ..., Mme X a rappelé'); none if the lead
    opens with no post."""
    tokens = before.split()
    post = " ".join(tokens[:_first_verb(tokens)]).rstrip(",")  # no verb: all of it
    return post if is_post(post) else None


def _first_verb(tokens: list[str]) -> int | None:
    """Where the verb after a post stands: the first word in lower case that joins no words of the post ('of',
    'de', 'and')."""
    return next((i for i, t in enumerate(tokens) if t[:1].islower() and clean_token(t) not in CONNECTORS), None)


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
    candidates = [c if c.method != SURNAME_SAID else titled_in_full(c, lead) for c in candidates]
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


# An office's name in capitals ended by its acronym in brackets, then the holder's name: 'Administrator of the
# Department of Energy's National Nuclear Security Administration (NNSA) Gregory T. X led ...'.
_OFFICE_THEN_ACRONYM = re.compile(r"^(?P<office>(?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*\s+\((?-i:[A-Z]{2,}[\w-]*)\))\s+")


def _named_after_acronym(found: Found | None) -> Found | None:
    """The name read into an office's name, where the acronym that closes the office's name stands later ('of the
    Department of Energy's National Nuclear [Security Administration (NNSA)] Gregory T. X led'): the holder named
    after the acronym, the office whole in the post."""
    office = _OFFICE_THEN_ACRONYM.match(found.after) if found and found.before else None
    holder = read_person(found.after[office.end():], single=True) if office else None
    if holder is None or holder.before is not None or not holder.after[:1].islower():
        return found
    post = f"{found.prefix} {found.name} {office.group('office')}"
    return Found(holder.name, post, holder.after, post)


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
    found = _named_after_acronym(read_person(sentence, single=True))
    if (found is None or _STATES_POSSESSIVE.match(sentence)) and (set_off := _post_comma_name(sentence, line)):
        return set_off
    if found is None:
        tokens = _time_after_post().sub("", sentence, count=1).split()
        verb = _first_verb(tokens)
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
            return Candidate(found.name, None, line, None, SURNAME_SAID, 0.6)  # named in full elsewhere, if at all
        return None
    role, after = found.before, found.after
    if role and _PAST_A_SENTENCE.search(role):
        role = _lead_subject(role)
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
        # ... told in words, not a line of capitalized names: a letterhead's postal address ('Federal Secretariat
        # Complex, Phase II, Shehu Shagari Way, Abuja') names no one.
        if found.before and after.startswith(",") and not quoted and len(found.name.split()) >= 2 \
                and rest and not starts_post(rest) and any(word[:1].islower() for word in rest.split()):
            return Candidate(found.name, role, line, line, "press: POST NAME, the occasion", 0.6)
        return None
    return Candidate(found.name, role, line, line, "press: POST NAME reported", 0.7)
