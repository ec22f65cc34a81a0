"""Who delivered or signed the document, and the post they held.

A name is a run of one to five capitalized words (or words in capitals,
initials, particles, a 'Jr.'). The conventions read, most trusted first:

* a heading introduces the speaker: "Statement by H.E. Mr. X, Permanent
  Representative of ...", "Remarks by Ambassador X, ...", "As delivered by
  Deputy Chief of Mission X to ...", "Statement of the Minister of Foreign
  Affairs of Uzbekistan X at ...", "Delivered by:" or "Presenter:" above the
  name, a host's field ("Speaker:", "Orateur :", "Redner:", the post in its own
  "Position:" field), "Intervención del embajador X", "Intervenció a càrrec
  de ...", "Discurso de Sua Excelência o Primeiro-Ministro, X"; the post after
  the name, before it, or on the lines below it; who read out another's
  statement ("Statement by Minister X, read by Ambassador Y") delivered it;
* a name line behind an honorific, or a bare name above its post;
* a letter's signature: "(Signed) X", or a name line above a post line at the end, above the annex it
  transmits (a signature under the annex is its author's);
* a line "As delivered by Ambassador X, Head of Delegation" anywhere;
* a meeting record's "2. Mr. X (State): ..." or a summary record's "Mr. X (State), speaking in exercise of
  ..., said", below the masthead's chair ("President: Mr. Y (State)");
* a transcript of an interview or a briefing: the one answering the first
  question ("Question: ..." / "Deputy Minister X: ...");
* a release naming who led the delegation ("The delegation was led by X"),
  when it reports no one before;
* a press release: the person whose words it reports, named with the post at
  the start of a sentence ("Georgian Deputy Foreign Minister X delivered ..."),
  also over the spokesperson or press office that signs it;
* a speaker introducing themself ("My name is X, and I am the Youth Delegate of Y"), not a person quoted;
* last, the one person the header honours ("... | H.E. Mr. X"), or the post and
  the name as Chinese, Japanese, Korean and Arabic pages write them.

Names in other scripts are kept as written ('В.Н.Кравченко', '毛宁'), and
posts are read in the languages of the ministries' sites (Russian and
Ukrainian in the genitive, Turkish, Czech, Dutch, Hungarian, ...). A Russian
name read in the genitive is given in the nominative where the page also
writes it so ('подчеркнул Иван Примеров'). A mission's rank before the name
('Ministra Consejera X, Representante ...') is a title when a post follows
the name; a post's portfolio listed with commas ('Minister of Foreign
Affairs, Trade and Development') is one post.

An institution ("the Chinese Delegation", "New Agenda Coalition") is never a
speaker, and a mention in the body ("the statement made by the Minister of
Turkey, Mr. X") is not read, nor one a title answers, follows or addresses
("Right of reply to the statement made by ...", "at the Security Council
briefing by X", "Dialogue with the Special Rapporteur, Ms. X"), nor who chairs,
moderates or hosts the occasion ("chaired by X", "Moderator: X"), nor another
page's headline a site links to ("Latest news: ..."), nor two people joined in
one sentence: a missing speaker beats a wrong one.

The heading's conventions are read in speaker_heading.py, a letter's
signature in signatures.py, a press release's report in reported_speakers.py,
the others in speaker_text.py, a person within a phrase in persons.py; here the first
convention that finds someone is taken, and the post is settled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.folding import fold
from archive.statement import Evidence
from indexer.extraction.dates import find_dates
from indexer.extraction.doctypes import is_note
from indexer.extraction.full_names import given_name_in_lead, named_in_full, surname_given_in_full
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import Line, above_annex, is_posting_stamp
from indexer.extraction.names import has_glued_initials, is_honorific_word, is_post
from indexer.extraction.patterns import PAST_THE_POST
from indexer.extraction.persons import (
    ARTICLE,
    GENITIVE_NAME_HEADING,
    Candidate,
    nominative_in,
    nominative_of_genitive,
    nominatives,
    read_person,
    starts_post,
)
from indexer.extraction.reported_speakers import reported
from indexer.extraction.signatures import NAME_ABOVE_POST, SIGNED_LINE, post_above_name, signature_block, signatures
from indexer.extraction.speaker_heading import (
    EDITORS_HEADING,
    ONE_HONOURED,
    editors_heading,
    from_line,
    fuller_name,
    heading_speaker,
    honoured_once,
    opens_as_letter,
    post_named_alone,
    post_where_repeated,
)
from indexer.extraction.speaker_scripts import other_scripts
from indexer.extraction.speaker_text import (
    TRANSCRIPT_ANSWER,
    TRANSCRIPT_OPENING,
    byline_anywhere,
    interviewed,
    interviewee_in_lead,
    introduced_in_opening,
    record_speaker,
    self_introduced,
)

# A letter's title names its signatory's post: 'Letter dated ... from the POST addressed to the Secretary-General',
# 'Letter from the POST to the President of the Security Council', 'Letter of the POST to the President of ...'.
# An edition of archival papers (FRUS) brackets the holder's surname after the post: 'Letter From the Permanent
# Representative of X to the United Nations (Example) to the Secretary-General'; the bracket is no part of the post.
# A head of State's letter honours him before the post: 'Letter from H.E. the President of X to the President of ...'.
# A minister's portfolios are listed with commas: 'from the Minister for Foreign Affairs, Francophonie and Central
# Africans Abroad of X addressed to'.
_ROLE_IN_TITLE = (r"\b(?:from|of)\s+(?:H\.\s?E\.\s+)?the\s+(?P<role>[^,;]+?(?:,\s+(?-i:[A-Z])[^,;]*?)*?)"
                  r"(?:\s+\((?-i:[A-Z])[^()]{1,40}\))?"
                  r"\s+(?:addressed\s+to\b|to\s+the\s+(?=(?:President|"
                  r"Secretary|Chair\w*(?:-in-Office)?|Co-Chair\w*|High\s+Commissioner|Director|Registrar"
                  r"|Executive\s+Secretary)\b))")
# A host's French or Spanish title names the sender first: 'Lettre du Président de la République au Secrétaire général
# de l'ONU', 'Carta del Presidente de la República al Secretario General'. Its post stands in for a signature's only
# where the text below is the letter and gives none (not another page's title in a list of links).
_HOSTS_TITLE = re.compile(r"^(?:lettres?|cartas?)\s+(?:du|de\s+la|del)\s+(?P<role>[^,;]+?)\s+"
                          r"(?:adress[ée]e?\s+|dirigida\s+)?(?:au|à\s+la|al|a\s+la)\s+"
                          r"(?=(?P<addressee>Secr[ée]tari[oa]|Secrétaire|Pr[ée]sident[ea]?|Haut[ea]?|Alt[oa]"
                          r"|Direct(?:eur|rice|or|ora))\b)", re.IGNORECASE)


def _greets_the_addressee(title: re.Match, lines: list[Line]) -> bool:
    """The letter a host's title names is the text below: a line greets the addressee the title names ('Monsieur le
    Secrétaire général,' under 'Lettre du Président ... au Secrétaire général')."""
    addressee = fold(title["addressee"]).casefold()
    return any((greeting := _GREETING.match(fold(line.text))) and greeting["addressee"].casefold() == addressee
               for line in lines[:_GREETING_LINES])


_GREETING = re.compile(r"^(?:Monsieur|Madame|Senor|Senora|Excelentisim[oa]\s+Senora?)\s+(?:le\s+|la\s+|el\s+)?"
                       r"(?P<addressee>\w+)", re.IGNORECASE)
_GREETING_LINES = 40
_LETTER_TITLES = (
    re.compile(rf"\b(?:letters?|note\s+verbale)\s+(?:dated\b.{{4,40}}?)?{_ROLE_IN_TITLE}", re.IGNORECASE),
    # UN documents in Spanish and French name the signatory last: 'Carta de fecha ... dirigida al Secretario General
    # por el Representante Permanente de X ante las Naciones Unidas', 'Lettre datée du ... adressée au Secrétaire
    # général par le Représentant permanent de X auprès de ...'.
    re.compile(r"^(?:(?:cartas?|notas?\s+verbal(?:es)?)\s+(?:id[ée]nticas\s+)?(?:de\s+fecha\b.{4,40}?\s+)?"
               r"dirigidas?\s+a.{3,120}?\s+por\s+(?:el|la)\s+"
               r"|(?:lettres?|notes?\s+verbales?)\s+(?:identiques\s+)?(?:dat[ée]es?\b.{4,40}?\s+)?"
               r"adress[ée]es?\s+(?:au|à\s+la|aux).{3,120}?\s+par\s+(?:le\s+|la\s+|l['’]))"
               r"(?P<role>[^,;]+?)\.?$", re.IGNORECASE),
    _HOSTS_TITLE,
)


def _title_role(text: str) -> re.Match | None:
    """The post a letter's or a note's title names its signatory by."""
    return next((match for pattern in _LETTER_TITLES if (match := pattern.search(text))), None)

_ROLE_IN_BODY = re.compile(
    r"\b(?:my\s+function\s+as|in\s+my\s+capacity\s+as|as\s+the\s+newly\s+appointed)\s+(?:the\s+)?(?P<role>[^,.;]+?)"
    r"(?=\s+with\b|\s+since\b|\s+at\s+the\b|[,.;])",
    re.IGNORECASE,
)


# A note in the third person names its sender by the post alone, as the subject of its formula: 'The chargé
# d'affaires ad interim presents his compliments to ...'.
NOTE_BY_POST = "body: the POST presents his compliments"
_NOTE_BY_POST = re.compile(r"(?:^|\n)The\s+(?P<role>[^.,;\n]{3,80}?)\s+presents\s+(?:his|her)\s+compliments\b")

# The posts of those who issue a ministry's releases.
_PRESS_OFFICE = re.compile(r"\bspokes(?:person|man|woman)\b|\bpress\b|\binformation\b|\bcommunications?\b|\bmedia\b",
                           re.IGNORECASE)


# A site closes a page with a list of its other pages under a heading of its own ('Associated Links', 'Related
# news', 'See also', 'Liens connexes', 'Noticias relacionadas'): their headlines are no signature of the text above.
_RELATED_PAGES = re.compile(
    r"^(?:(?:associated|related|useful|other|more|latest|recent)\s+(?:links?|news|articles?|content|stories|"
    r"documents?|pages?|posts?|items?|resources?|statements?|press\s+releases?)|see\s+also|you\s+may\s+also\s+like"
    r"|liens\s+(?:connexes|utiles)|articles?\s+(?:connexes|li[ée]s)|voir\s+aussi"
    r"|(?:noticias|not[íi]cias|enlaces|art[íi]culos|links|documentos)\s+relacionad[oa]s|ver\s+tambi[ée]n"
    r"|veja\s+tamb[ée]m|links?\s+[úu]teis|enlaces\s+de\s+inter[ée]s)\s*:?$",
    re.IGNORECASE)


def _above_related_pages(lines: list[Line]) -> list[Line]:
    """The lines above the list of the site's other pages that closes it (_RELATED_PAGES), a heading in the page's
    second half: one higher up heads a teaser's links, with the text and its signature still below it ('Read more'
    is a single link's label, not such a heading)."""
    at = next((index for index, line in enumerate(lines)
               if index >= len(lines) // 2 and _RELATED_PAGES.match(line.text.strip())), None)
    return lines if at is None else lines[:at]


@dataclass(frozen=True)
class People:
    speaker: str | None
    speakers: tuple[str, ...]
    role: str | None
    evidence: tuple[Evidence, ...]


_NOTE_SIGNATURES = (SIGNED_LINE, NAME_ABOVE_POST)


def as_note_verbale(people: People) -> People:
    """A note verbale is written in the third person and mostly goes unsigned: the persons it names are its
    designees or its addressee ('Governor: H.E. Ambassador X', a delegation's list), and a post read from it is no
    author's. Only an edition's heading names its writer ('The Chargé in X (Y) to ...'), a note sent by a post in
    person names it in its formula ('The Permanent Representative of X presents his compliments'), as the development
    set labels it, and a signed note its signatory ('(Signed) X' or a name alone above its post), not a delegation
    list's last line ('Mr. X, Counsellor')."""
    methods = {e.field: e.method for e in people.evidence if e.field in ("speaker", "speaker_role")}
    if methods.get("speaker") == EDITORS_HEADING or methods.get("speaker_role") == NOTE_BY_POST \
            or methods.get("speaker") in _NOTE_SIGNATURES:
        return people
    return People(None, (), None, tuple(e for e in people.evidence if e.field not in ("speaker", "speaker_role")))


def _letter_title(header: list[Line], below: list[Line] = ()) -> Line | None:
    """A letter's title inside a header line ('S/2020/123 Letter dated ... from the ... addressed to'), or opening
    one of the first lines below it, where a host reposting a UN letter under a headline of its own and a lead gives
    the letter's own title above its text."""
    return next((line for line in header if _title_role(line.text)), None) \
        or next((line for line in below if any(pattern.match(line.text) for pattern in _LETTER_TITLES)), None)


def _signer_in_title(header: list[Line], lines: list[Line]) -> Candidate | None:
    """A letter's title naming its signatory after the post ('Letter dated ... from the representative of X Aly
    Example to the President of the Security Council'), as older UN documents and their hosts write it: the signer,
    where the signature is not in the text (and a host's title is the text's own: _greets_the_addressee)."""
    line = _letter_title(header)
    match = _title_role(line.text) if line else None
    if match is None or (match.re is _HOSTS_TITLE and not _greets_the_addressee(match, lines)):
        return None
    _, name = _post_and_signer(match.group("role"))
    return Candidate(name, None, line, None, "title: from the POST NAME to", 0.75) if name else None


def _post_and_signer(role: str) -> tuple[str, str | None]:
    """A letter title's post, and the signatory's name in full where the title gives it after the post and its State
    ('Letter of the Prime Minister of the Republic of X Narek Y to the Secretary-General'); not the end of a body's
    name ('Permanent Representative of X to the International Seabed Authority')."""
    found = read_person(role, single=True)
    if not found or found.after.strip() or len(found.name.split()) < 2:
        return role, None
    before = role[:role.rfind(found.name)].strip(" ,")
    words = before.split()
    after_state = any(canonical_country(" ".join(words[-size:])) for size in range(1, min(len(words), 5) + 1)) \
        or bool(words) and bool(_BODY_CLOSING_POST.fullmatch(words[-1]))
    return (before, found.name) if starts_post(before) and after_state else (role, None)


# ... or after the body the post is held at, by its initials or its name's last word ('Permanent Representative of X
# to the UN Y Z', 'to the OSCE Y Z', 'to the United Nations Y Z').
_BODY_CLOSING_POST = re.compile(r"[A-Z]{2,6}|Nations")


# A sentence's end or a quotation inside what was read as a post: the reading ran past the post.


def _one_post(role: str | None) -> str | None:
    """The post as one line's words: a reading that ran onto the next line ('Taoiseach' / 'Published on ...') keeps
    the first line's; one that ran past a sentence or a quotation's end ('Tánaiste said. "We ...," Minister') is
    none."""
    if role and "\n" in role:
        role = role.split("\n", 1)[0].strip(" ,")
    return None if not role or PAST_THE_POST.search(role) else role


def _role(candidate: Candidate | None, title: str | None, header: list[Line], body: str, below: list[Line] = (),
          lines: list[Line] = ()) -> tuple[str | None, Evidence | None]:
    """The post: a letter's title names it in full ('from the Permanent Representative of Israel to
    the United Nations addressed to'), over a signature's shorter 'Permanent Representative', also where a host's
    page title above the document names the letter another way; else the
    speaker's own post; else 'in my capacity as ...' in the opening."""
    title_line = None if title and _title_role(title) else _letter_title(header, below)
    title = title_line.text if title_line else title
    match = _title_role(title) if title else None
    # A host's headline above the document may name the post shorter than the letter's own title below it ('Letter
    # from the Permanent Representative to the Secretary-General ...' over 'Letter dated ... from the Permanent
    # Representative of X to the United Nations addressed to ...'): the fuller post, where it goes on from the
    # shorter (another letter's title quoted, answered or annexed names another sender).
    for line in header:
        if (fuller := _title_role(line.text)) and match is not None and len(fuller["role"]) > len(match["role"]) \
                and fuller["role"].casefold().startswith(match["role"].casefold()) and is_post(fuller["role"]):
            match, title, title_line = fuller, line.text, line
    post = _post_and_signer(match.group("role"))[0] if match else None
    post = _letterhead_post(post, header) if post and " " not in post else post
    host_title_unconfirmed = match is not None and match.re is _HOSTS_TITLE \
        and (bool(candidate and candidate.role) or not _greets_the_addressee(match, lines))
    if post and is_post(post) and _title_post_wins(post, candidate and candidate.role) and not host_title_unconfirmed:
        return post, Evidence("speaker_role", title, title_line.number if title_line else None,
                              "title: from the POST addressed to", confidence=0.9)
    if candidate and (role := _one_post(candidate.role)):
        where = candidate.role_line or candidate.line
        return role, Evidence("speaker_role", where.text, where.number or None,
                                        candidate.method.split(":")[0] + ": the speaker's post",
                                        confidence=round(candidate.confidence - 0.05, 2))
    if candidate and candidate.name and candidate.method.startswith("signature") \
            and (letterhead := _letterhead_office(header)):
        return letterhead[0], Evidence("speaker_role", letterhead[1].text, letterhead[1].number or None,
                                       "letterhead: the signatory's office", confidence=0.75)
    match = _ROLE_IN_BODY.search(body[:4000]) if candidate and candidate.name else None
    if match and is_post(match.group("role")):
        return match.group("role"), Evidence("speaker_role", match.group(0), None, "body: in my capacity as",
                                             confidence=0.6)
    opening = "\n".join(line.text for line in header) + "\n" + body[:1000]  # a short note may stand in the header
    match = _NOTE_BY_POST.search(opening) if not candidate else None
    if match and is_post(match.group("role")):
        return match.group("role"), Evidence("speaker_role", match.group(0), None, NOTE_BY_POST, confidence=0.7)
    return None, None


def _title_post_wins(title_post: str, signed: str | None) -> bool:
    """A letter's title names its signatory's post in full, over a signature's shorter one; the rank a signature
    puts before its post ('Ambassador Extraordinary and Plenipotentiary, Permanent Representative') is weighed out,
    unless the signature writes the title's very post after it, which it then gives with its rank."""
    first, _, rest = (signed or "").partition(", ")
    function = rest if rest and is_honorific_word(first) else signed or ""
    return len(title_post) >= len(function) and not (function != signed
                                                       and rest.casefold().endswith(title_post.casefold()))


_NOT_A_LETTERHEAD = re.compile(r"[|:]|\.$")


def _letterhead_post(rank: str, header: list[Line]) -> str:
    """A letter's title naming its signatory by rank alone ('Lettre du Ministre au Secrétaire général'), whose
    letterhead writes the office in full on its own line ('Le Ministre des Affaires étrangères et de la Coopération
    internationale', 'MINISTER FOR FOREIGN AFFAIRS'): the post as the letterhead gives it. The letterhead stands
    above the dateline (the inside address below it names the addressee's office; a host's posting stamp is no
    dateline), and is a post alone, not a host's sentence about the letter nor a field ('Ministre : X')."""
    for line in header:
        if find_dates(line.text) and not is_posting_stamp(line.text):
            break
        office = ARTICLE.sub("", line.text.strip(), count=1)
        if office.casefold().startswith(rank.casefold() + " ") and len(office) <= 150 \
                and not _NOT_A_LETTERHEAD.search(office) and is_post(office):
            return office
    return rank


_LETTERHEAD_LINES = 4  # the office, its government, the city and the reference above the dateline


def _letterhead_office(header: list[Line]) -> tuple[str, Line] | None:
    """The office a head of government's or a minister's letterhead writes in capitals a few lines above the
    dateline ('PRIME MINISTER' / 'ROYAL GOVERNMENT OF BHUTAN' / 'Thimphu' / '20 March 2025'): the post of the one
    who signs it by name alone, with the government or the State named on the line below it."""
    for index, line in enumerate(header):
        office = line.text.strip()
        if office.isupper() and len(office) <= 80 and not _NOT_A_LETTERHEAD.search(office) \
                and any(find_dates(below.text) for below in header[index + 1:index + 1 + _LETTERHEAD_LINES]) \
                and is_post(office):
            below = header[index + 1].text.strip() if index + 1 < len(header) else ""
            names_state = below.isupper() and len(below) <= 80 and canonical_country(below) is None \
                and any(canonical_country(" ".join(below.split()[-size:])) for size in range(1, 4))
            return (f"{office}, {below}" if names_state else office), line
    return None


def _rank_in_full(candidate: Candidate | None, text: str) -> Candidate | None:
    """A bare rank in a heading or a transcript's speaker tag ('Ministra X intervém ...', 'MINISTER X: ...') written
    in full before the name in the lead ('A Ministra dos Negócios Estrangeiros e Cooperação, X, discursou', 'given by
    the Minister for Foreign Affairs, Hon. Given X, MP'): the post as the page gives it whole, and the name in full
    where the rank stood before the surname alone."""
    if not (candidate and candidate.name and candidate.role and " " not in candidate.role):
        return candidate
    given = r"(?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}" if " " not in candidate.name else ""
    before_name = (rf"(?P<post>(?i:{re.escape(candidate.role)})\b[^,.;]{{3,120}}?),\s*(?:(?:H\.\s?E\.|Hon\.|Dr\.?)\s+)?"
                   rf"(?P<name>{given}(?i:{re.escape(candidate.name)}))\b")
    for match in re.finditer(rf"(?:^|[.;:]\s+|\b(?:the|The|A|a|La|la|Le|le|O|o|El|el)\s+){before_name}", text[:4000],
                             re.MULTILINE):
        if is_post(match.group("post")):
            return Candidate(match.group("name"), match.group("post"), candidate.line, candidate.role_line,
                             candidate.method + ", the rank's post in full before the name", candidate.confidence)
    return _rank_run_into_name(candidate, text)


def _rank_run_into_name(candidate: Candidate, text: str) -> Candidate:
    """The post in full run into the name with no comma, as a lead opens ('President of the Republic Given X gave an
    interview ...') under a headline that names the speaker by rank and surname ('President X's interview')."""
    for match in re.finditer(rf"(?:^|[.;]\s+)(?={re.escape(candidate.role)}\s)", text[:4000], re.MULTILINE):
        line_end = text.find("\n", match.end())
        found = read_person(text[match.end():line_end if line_end >= 0 else None], single=False)
        if found and found.before and " " in found.before and found.name.split()[-1] == candidate.name.split()[-1] \
                and len(found.name.split()) >= len(candidate.name.split()) and is_post(found.before):
            return Candidate(found.name, found.before, candidate.line, candidate.role_line,
                             candidate.method + ", the rank's post in full before the name", candidate.confidence)
    return candidate


# Initials before a surname, glued ('А.В.Дашкевича') or spaced ('J. M. Example').
_INITIALS_AHEAD = re.compile(r"^(?:\w\.\s?){1,3}")


def _signed_in_full(candidate: Candidate | None, own: list[Line]) -> Candidate | None:
    """A heading naming the speaker by initials and surname, as Russian pages do ('Выступление Постоянного
    представителя ... А.В.Дашкевича', in the genitive), over a text signed with the post and the name in full: the
    signature's name and post, in the nominative, where its surname is the heading's."""
    if not (candidate and candidate.name and (has_glued_initials(candidate.name.split()[-1])
                                              or _INITIALS_AHEAD.match(candidate.name))):
        return candidate
    signed = post_above_name(own) or signature_block(own)
    surname = _INITIALS_AHEAD.sub("", candidate.name.split()[-1])
    if not signed or signed.name.split()[-1] not in {surname, *nominatives(surname)}:
        return candidate
    return Candidate(signed.name, signed.role or candidate.role, candidate.line, signed.role_line or
                     candidate.role_line, candidate.method + ", the name and post in full in the signature",
                     candidate.confidence)


def _in_the_nominative(candidate: Candidate | None) -> Candidate | None:
    """A Russian or Serbian heading gives its speaker in the genitive, after the title's noun ('Выступление
    Постоянного представителя ... Г.М.Примерова'): the name in the nominative, the person's name as it is given; the
    post stays as written. Only a name read from that heading: a signature's is already in the nominative."""
    if not (candidate and candidate.name and GENITIVE_NAME_HEADING.match(candidate.line.text)
            and candidate.name in candidate.line.text):
        return candidate
    name = nominative_of_genitive(candidate.name) or candidate.name
    return Candidate(name, candidate.role, candidate.line, candidate.role_line, candidate.method, candidate.confidence)


def _before_the_name(role: str | None, speaker: str | None) -> str | None:
    """A post read from a lead that names the person after it ('Министр экономического развития Иван Примеров 14
    июля ...', under a heading giving the name alone): the post ends where the speaker's name begins."""
    at = role.find(speaker) if role and speaker else -1
    before = role[:at].strip(" ,") if at > 0 else ""
    return before if before and is_post(before) else role


def _signs_for_the_press(candidate: Candidate) -> bool:
    """A release signed by the ministry's spokesperson or press office, who issue it: the person whose words it
    reports is the speaker ('Signed: X, Spokesperson, Ministry of Foreign Affairs')."""
    return candidate.method.startswith("signature") and bool(_PRESS_OFFICE.search(candidate.role or ""))


# The readings that name a person as a headline or a transcript's label does, often by surname alone.
SURNAME_READINGS = frozenset({ONE_HONOURED, TRANSCRIPT_ANSWER, TRANSCRIPT_OPENING})


def find_people(header: list[Line], lines: list[Line], title: str | None, body: str) -> People:
    """The speaker and the post, by the first convention that names someone (module docstring), and every
    signatory."""
    evidence: list[Evidence] = []
    signatories = signatures(lines)
    own = _above_related_pages(above_annex(lines))
    letter = opens_as_letter(header, lines)
    first_below = [line for line in lines if header and line.number > header[-1].number][:4]
    candidate = fuller_name(heading_speaker(header, letter), header) or from_line(header) or editors_heading(header)
    candidate = _signed_in_full(post_where_repeated(candidate, header, body), own)
    candidate = named_in_full(candidate, "\n".join(line.text for line in header) + "\n" + body[:900])
    if candidate is None and signatories and signatories[0].line in own:
        candidate = signatories[0]
    in_header = {(line.number, line.text) for line in header}
    below = [line for line in own if (line.number, line.text) not in in_header]  # a signature ends a text
    if candidate is None:
        candidate = signature_block(below) or byline_anywhere(lines, header) or record_speaker(lines) \
            or interviewed(lines) or interviewee_in_lead(lines) or introduced_in_opening(body) \
            or self_introduced("\n".join(line.text for line in header) + "\n" + body) or _signer_in_title(header, lines)
    if (candidate is None and title is None and not is_note(body[:900], header)
            or candidate and _signs_for_the_press(candidate)):
        candidate = reported(header, body, first_below) or candidate
    if candidate is None and below:
        candidate = signature_block(below, last_line=True)
    if candidate is None:
        candidate = honoured_once(header, letter) or other_scripts(header, body) or post_named_alone(header)
    candidate = _rank_in_full(candidate, "\n".join(line.text for line in header) + "\n" + body)
    if candidate and candidate.method in SURNAME_READINGS:
        candidate = surname_given_in_full(candidate, "\n".join(line.text for line in header) + "\n" + body[:900])
    elif candidate and candidate.method.startswith("press:"):
        candidate = given_name_in_lead(candidate, "\n".join(line.text for line in header) + "\n" + body[:1500])
    speaker = candidate.name if candidate else None
    nominative = speaker and nominative_in(speaker, "\n".join(line.text for line in lines))
    candidate = _in_the_nominative(candidate)
    speaker = nominative or (candidate.name if candidate else None)
    if candidate and speaker:
        evidence.append(Evidence("speaker", candidate.line.text, candidate.line.number or None, candidate.method,
                                 confidence=candidate.confidence))
    role, role_evidence = _role(candidate, title, header, body, first_below, lines)
    role = _before_the_name(role, speaker)
    if role_evidence:
        evidence.append(role_evidence)
    speakers = [speaker] if speaker else []
    for signatory in signatories:
        if signatory.name not in speakers:
            speakers.append(signatory.name)
            evidence.append(Evidence("speakers", signatory.line.text, signatory.line.number, "signature: (Signed)",
                                     confidence=0.9))
    return People(speaker, tuple(speakers), role, tuple(evidence))
