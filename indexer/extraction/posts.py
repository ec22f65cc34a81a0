"""The post written after a speaker's name, and on the lines below it.

A heading or a signature sets the post after the name, in comma-separated parts (", Permanent Representative of
Japan to the United Nations, Geneva, at the ..."): the parts that are posts, a mission, its seat, an agency or a
portfolio list are kept, and the post ends at the occasion, a bracketed page note, a date or the speech's first
words. A signature or a site's speaker block sets it on the lines below ('Ambassador X' / 'Permanent Representative
of ...' / 'to the United Nations'), perhaps broken by the block's width. The name itself and the post before it are
read in persons.py.
"""

from __future__ import annotations

import re

from indexer.extraction.dates import find_dates
from indexer.extraction.gazetteer import canonical_city, canonical_country
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.meeting_forms import numbered_sitting
from indexer.extraction.names import (
    DELEGATION_HEAD,
    in_normal_case,
    is_affiliation,
    is_honorific_word,
    is_mission_rank,
    is_post,
    is_postnominal,
    is_rank_title,
    only_honorifics,
    strip_honorifics,
)
from indexer.extraction.patterns import COURT_OFFICES, IN_RESPONSE_TO, SIGNED, alternation
from indexer.extraction.persons import (
    INTROS,
    TITLE_NOUNS,
    TITLE_START,
    Found,
    portfolio_part,
    post_before,
    read_person,
)

# Where a post written after the name ends, inside one comma-separated part.
# The ranks after which a bracket names a desk or a division, not the end of the post.
_DESK_RANKS = ("Secretary", "Counsellor", "Counselor", "Adviser", "Advisor", "Attaché", "Attache")
_NO_DESK_RANK = "".join(f"(?<!{rank})" for rank in _DESK_RANKS)
_DESK_RANK = "(?:" + "|".join(f"(?<={rank})" for rank in _DESK_RANKS) + ")"
# ... but a page's note in brackets is none: '(Check Against Delivery)', '(As Delivered)', '(Original: Spanish)'.
_PAGE_NOTE = (r"(?:check|as\s+delivered|as\s+prepared|delivered|joint|original|translation|unofficial|draft|english|"
              r"french|spanish|russian|arabic|chinese|video|audio|pdf|statement|remarks)\b")
# ... and the notes a minister's speech carries in brackets besides: '(Pre-recorded)', '(Opening Remarks)', '(Embargoed
# Until Delivery)', '(Courtesy Translation)'.
_SPEECH_NOTE = (r"(?:speech|message|summary|excerpts?|transcript|full\s+text|(?:pre-?)?recorded|virtual|online|remote|"
                r"in\s+person|via\b|by\s+video|embargoed|address|keynote|opening|closing|courtesy)\b")
_POST_END = re.compile(
    r"\s(?:at|before)\s+the\s+(?!(?:United\s+Nations|UN)(?:\s+(?:Office|in|at)\b|\s*[,.;]|\s*$))"
    # 'Minister of State at the Foreign Office', '... at the Ministry of Foreign Affairs', 'Counsellor at the Permanent
    # Mission of X': a post's own words.
    r"(?!(?:Ministry|Department|Foreign|Federal\s+(?:Ministry|Department|Foreign)|Prime\s+Minister['’]s\s+Office"
    rf"|Permanent\s+Mission|Embassy|{alternation(COURT_OFFICES)})\b)"
    # 'Minister of State in the Ministry of Foreign Affairs', 'Minister in the Presidency': a junior minister's post
    # names the ministry or the office he serves in.
    # ... and a CARICOM head of government's portfolio 'in the CARICOM Quasi-Cabinet'.
    rf"|\s(?:during|following|regarding|concerning|{IN_RESPONSE_TO}|in\s+(?:exercise|the(?!\s+(?:Ministry|Department"
    r"|Presidency|Office\s+of\s+the|Prime\s+Minister['’]s\s+Office|Cabinet\s+Office)\b"
    r"|\s+CARICOM\s+Quasi[- ]Cabinet\s*(?:[,.;]|$)))"
    r"|on\s+(?:the(?!\s+Board\s+of\s+Governors\b)|behalf|\d)"  # an IAEA 'Governor on the Board of Governors'
    # The text voted on or spoken to, after the post on the heading's next line: '... to the United Nations on
    # draft resolution A/80/L.6', '... on agenda item 41'.
    r"|on\s+(?:draft\s+)?(?:resolutions?|decisions?)\b|on\s+(?:agenda\s+)?items?\s"
    r"|on\s+[A-Z][a-z]+\s+\d|[–—|]|-\s"
    # ... and the occasion in Portuguese, Spanish and French, a meeting's noun after the contracted article: 'Presidente
    # da República na sessão plenária da ...', 'en la sesión', 'lors de la réunion'.
    r"|(?:na|no|nas|nos|en\s+(?:la|el)|lors\s+d[eu](?:\s+la)?|à\s+la|au)\s+(?:[\w.ªº]+\s+)?(?:sessão|sesión|session"
    r"|reunião|reunión|réunion|debate|débat|conferência|conferencia|conférence|cimeira|cúpula|cumbre|sommet|cerimónia"
    r"|cerimônia|ceremonia|cérémonie|abertura|apertura|ouverture|assembleia|asamblea|assemblée|plenária|plenaria)\b)"
    # A bracket ends the post ('(as delivered)'), but an agency's acronym is its name's ('Centre (ZIMAC)').
    # Nor does a portfolio in brackets after a rank ('Permanent Secretary (Trade and Industry)', 'Principal Secretary
    # (Foreign Affairs)'), as Commonwealth civil services write which division a permanent or principal secretary heads,
    # and missions which desk a secretary or counsellor holds ('Counsellor (Legal)', 'First Secretary (Political)').
    rf"|{_NO_DESK_RANK}\s\((?!(?-i:[A-Z]{{2,10}})\))"
    r"(?!(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}(?:and|&)\s+(?:(?-i:[A-Z])[\w'’-]*\s*){1,4}\))"
    rf"|{_DESK_RANK}\s\((?:(?={_PAGE_NOTE})|(?!(?:(?:(?-i:[A-Z])[\w'’-]*|and|&)\s*){{1,6}}\)))"
    r"|\s*\(\s*\d"
    # 'of the 74th Session' and 'of 78th UNGA' stay; '... OF TIMOR-LESTE 78TH SESSION' ends before the number; a
    # group's number is its name's ('Chair of the Group of 77 and China').
    r"|(?<!\bof)\s(?=\d)(?!\d{1,3}(?:st|nd|rd|th)\s+(?-i:[A-Z]))|(?<!\bthe)(?<!\bof)\s(?=\d)"
    # ... and a transcript's colon before the answer ('..., Permanent Representative of X: We regret ...'), a
    # sentence; not a division's name ('Director-General: Planning, Monitoring and Evaluation').
    r"|\s*:\s+(?=(?-i:[A-Z])[\w'’]*\s+(?!(?:and|of|the|for|to|in|on)\b)(?-i:[a-z]))"
    rf"|\s*:\s*(?=(?:{TITLE_NOUNS})\b)"  # 'Permanent Representative of X: Remarks at the ...'
    # A heading that lost its line breaks: the speech's first words, or the meeting after the mission's seat
    # ('... to the United Nations Open debate of the Security Council ...').
    r"|\s(?=Thank\s+you\b)|\s(?=(?:Mr|Madam|Madame|Mister)\.?\s+(?:President|Chair))"
    # A second person joined to the first ('..., Minister of Foreign Affairs of X and H.E. Ms. Y, ...').
    r"|\s+and\s+(?=(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency|(?-i:Mr|Ms|Mrs|Dr)\.?\s))"
    r"|(?<=\bto\sthe\sUnited\sNations)\s(?=(?-i:[A-Z]))(?!(?:Office|Offices|and|in|at)\b)",
    re.IGNORECASE,
)
# A post that already names where it serves ('U.S. Representative to the United Nations'): a mission's
# name on the line below it is the site's banner, not more of the post ('Counsellor' / 'Permanent Mission of X' is).
_POST_DESTINATION = re.compile(r"\s(?:to|of|at|in)\s", re.IGNORECASE)
_INTERIM = {"a.i.", "a.i", "ad interim", "a. i."}
# A meeting record's masthead names its chair in a field: 'President: Mr. Example . . . (State)', 'Chair: Ms. X'.
_CHAIR_FIELD = re.compile(r"^[^:]{3,40}:\s+(?:Mr|Mrs|Ms|Mme|Sir|Dame|H\.\s?E)\.?\s")
# A host's metadata block gives the post its own field under the speaker's ('Speaker: X' / 'Position: Minister ...').
_POST_FIELD = re.compile(r"^(?:position|post|title|designation|function|role|cargo|fonction|funci[óo]n|funktion)"
                         r"\s*:\s*", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# A UN official's post names the State he is posted to after a comma, his duty station, not a State he serves ('Resident
# Coordinator and Humanitarian Coordinator, Yemen', 'Special Envoy, Myanmar', 'UNICEF Representative, Sudan').
_POSTED_TO_A_STATE = re.compile(r"\b(?:co-?ordinator|envoy|rapporteur|expert|special\s+(?:representative|adviser)|"
                                r"head\s+of\s+(?:office|mission)|country\s+(?:director|representative)|resident|"
                                r"humanitarian|United\s+Nations|(?-i:UN|UNICEF|UNDP|UNHCR|UNFPA|WFP|WHO|OCHA|OHCHR|"
                                r"IOM|FAO|ILO|UNESCO))\b", re.IGNORECASE)


def _state_served(kept: list[str], part: str) -> bool:
    """The State a government's post names after a comma, where the post itself names none ('Secretary of Foreign
    Affairs, Federated States of Micronesia', as a small State's ministers sign): part of the post as written. Not
    after a UN official's post, whose State is his duty station (see _POSTED_TO_A_STATE)."""
    return bool(canonical_country(part)) and not any(_POSTED_TO_A_STATE.search(post) for post in kept) \
        and not any(canonical_country(word) for post in kept
                    for word in re.split(r"\s+(?:of|for|to|de|du|des|del|da|do)\s+", post)[1:])


def _is_city_part(part: str) -> bool:
    """'Geneva', 'NewYork' (a space lost in copying) after a post."""
    return bool(canonical_city(part) or canonical_city(_CAMEL.sub(" ", part)) or canonical_city(part.title()))


# The quotation marks that close a letter or a speech a page quotes in full, after its signatory's post.
_CLOSING_QUOTES = {'"': '"', "”": "“", "»": "«"}


def _without_closing_quote(text: str) -> str:
    """'President of the Republic"': a page quoting a letter in full closes the quotation after the signature,
    on the post's line; a closing mark no opening mark in the text pairs is no part of the post."""
    opening = _CLOSING_QUOTES.get(text[-1:])
    if opening is None:
        return text
    unpaired = text.count('"') % 2 == 1 if opening == '"' else text.count(opening) < text.count(text[-1])
    return text[:-1].rstrip() if unpaired else text


def without_full_stop(text: str) -> str:
    """'... to the United Nations.' -> without the stop; 'to the U.N.' and 'a.i.' keep theirs. The colon a lead ends
    on before the text it introduces ('... delivered by X, U.S. Representative to the Third Committee:') goes too."""
    text = _without_closing_quote(text.strip().removesuffix(":").rstrip())
    last = text.split()[-1] if text.split() else ""
    return text[:-1].rstrip() if text.endswith(".") and "." not in last[:-1] and len(last) > 2 else text


_SEAT_BEFORE_CITY = {"in", "at", "à", "en", "em", "a"}


def _before_dateline(text: str) -> str:
    """A post run into the heading's dateline ('... TO THE CONFERENCE ON DISARMAMENT Geneva, 22 January
    2009', '... Political Affairs New York, New York June 2, 2023': a header that lost its line breaks)
    ends before the city: the dateline's place and date are where and when it was delivered. A city after
    a comma ('..., Geneva, 22 January 2009') may be the post's own seat, and is left to post_after."""
    dates = find_dates(text)
    if not dates:
        return text
    words = text[:dates[0].start].rstrip(" ,").split()
    while size := next((k for k in (3, 2, 1) if len(words) > k and _is_city_part(" ".join(words[-k:]))), None):
        if words[-size - 1].casefold() in _SEAT_BEFORE_CITY:
            return text  # the post's own seat: '... to the UN in Geneva, 6 October 2025'
        if not words[-size - 1].endswith(","):
            return " ".join(words[:-size])
        words = [*words[:-size - 1], words[-size - 1].rstrip(",")]  # 'New York, New York': the city before
    return text


# The national agency a director or a coordinator heads, after the rank: 'Director, Zimbabwe Mine Action Centre
# (ZIMAC)', 'Coordinator, National Disaster Management Authority', 'Deputy Director General, National Regulatory
# Authority for UXO/Mine Action Sector in the Lao PDR', a ministry's division or office ('Director, International Legal
# Division, Ministry of ...'); capitalized words ending in the agency's noun, perhaps with its remit. A commission only
# of a State's own ('Nigeria Atomic Energy Commission'): the UN's are occasions.
_AGENCY = re.compile(r"^(?:the\s+)?(?P<first>[A-Z][\w'’&/-]*)\s+(?:(?:[A-Z][\w'’&/-]*|and|&)\s+){0,7}"
                     r"(?P<noun>Centre|Center|Agency|Authority|Institute|Directorate|Bureau|Service|Secretariat|"
                     r"Commission|Division|Department|Unit|Office)(?:\s+\([A-Z][A-Za-z]{1,9}\))?"
                     r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][^,]{0,80})?$")


def _is_agency(part: str) -> bool:
    """A national agency's name; not a venue ('Vienna International Centre', 'Hofburg Congress Center', 'Bali
    International Convention Center')."""
    match = _AGENCY.match(part)
    if not match or canonical_city(match["first"]) or _VENUE_WORD.search(part):
        return False
    return match["noun"] != "Commission" or match["first"] == "National" or bool(canonical_country(match["first"]))


_VENUE_WORD = re.compile(r"\b(?:Convention|Congress|Conference|Exhibition|International\s+Cent(?:re|er)|Hofburg|"
                         r"Palais)\b")


def _second_post(part: str) -> bool:
    """A second function joined after the first's affiliation: '..., Nigeria Atomic Energy Commission, and Leader of
    the Nigerian Delegation'."""
    rest = part[4:]
    return part.startswith("and ") and is_post(rest) and strip_honorifics(rest) == rest and read_person(rest) is None


def _without_repeated_city(part: str) -> str:
    """'... a Ginebra Ginebra': a post ending at its seat, run into a dateline that opens with the same city (a
    page joined onto one line); the repeated city is the dateline's."""
    words = part.split()
    for size in (1, 2, 3):
        if len(words) > 2 * size and words[-size:] == words[-2 * size:-size] and _is_city_part(" ".join(words[-size:])):
            return " ".join(words[:-size])
    return part


# A second function after a dash, closing the post: '..., First Secretary – Third Committee Delegate', 'Counsellor –
# Legal Adviser'; a few capitalized words ending on a post's word, then the line's end.
_SECOND_FUNCTION = re.compile(r"\s[–—]\s(?:[A-Z][\w-]*\s+){0,3}(?:Delegate|Adviser|Advisor|Expert|Coordinator|"
                              r"Co-ordinator|Negotiator)\s*$")


# A mission's post may close on the seat it serves at: 'Alternate Representative of X for Special Political Affairs
# in the United Nations'; a minister's 'in the United Nations' is where he spoke.
_UN_SEAT = re.compile(r"\s+in\s+the\s+United\s+Nations(?=\s*(?:[,.;]|$))")
_MISSION_POST = re.compile(r"^(?:(?:Deputy|Alternate|Permanent|Acting)\s+)*(?:Representative|Ambassador|Counsell?or|"
                           r"(?:First|Second|Third)\s+Secretary|Attach[ée]|Delegate|Minister[- ]Counsell?or)\b")


# A minister's portfolio in brackets, as Commonwealth governments write a junior minister's share of a ministry
# ('Minister of State for Foreign Affairs (Regional Cooperation)', 'MINISTER OF STATE (PLANNING AND INVESTMENT)'):
# capitalized words ending on a portfolio's noun, no State, city, page note ('(Opening Remarks)') or function ('(AOSIS
# Chair)'); the post ends right after it, at a comma, the line's end or an occasion ('... (Regional Cooperation) at the
# Security Council'), not on into what follows ('... (Regional Cooperation) to the Permanent Council').
_PORTFOLIO_NOUN = (r"(?:Affairs|Co-?operation|Relations|Duties|Planning|Investment|Trade|Industry|Development|"
                   r"Integration|Economy|Finance|Security|Defen[cs]e|Environment|Health|Education|Justice|Energy|"
                   r"Agriculture|Tourism|Labou?r|Diaspora|Policy|Services|Management)")
_MINISTER_PORTFOLIO = re.compile(rf"\s*\((?![^()]*\b(?:{_PAGE_NOTE}|{_SPEECH_NOTE}))"
                                 rf"(?P<portfolio>[^()]{{3,60}}\b{_PORTFOLIO_NOUN})\)", re.IGNORECASE)
_PORTFOLIO_CLOSES = re.compile(r"\s*(?:[,;]|$)")
_MINISTER = re.compile(r"\bminist(?:er|re)\b", re.IGNORECASE)


def _post_end(text: str) -> int | None:
    """Where a post written after a name ends (see _POST_END), past a mission post's seat in the United Nations; or
    where a diplomatic rank's session begins ('Minister Plenipotentiary to the Sixty-Fifth Session ...')."""
    end = _POST_END.search(text)
    if end and _MISSION_POST.match(text) and (seat := _UN_SEAT.match(text, end.start())):
        end = _POST_END.search(text, seat.end())
    while end and (portfolio := _MINISTER_PORTFOLIO.match(text, end.start())) \
            and portfolio_part(portfolio["portfolio"]) and _MINISTER.search(text[:end.start()]) \
            and (_PORTFOLIO_CLOSES.match(text, portfolio.end()) or _POST_END.match(text, portfolio.end())):
        end = _POST_END.search(text, portfolio.end())
    ends = [end.start()] if end else []
    if stand_in := _STANDS_IN_FOR.search(text):
        ends.append(stand_in.start())
    session = _TO_THE_SESSION.search(text)
    if session and _came_to_the_session(text[:session.start()], text[session.start():]):
        ends.append(session.start())
    return min(ends, default=None)


# Whom the speaker stands in for, after the post: 'Premier Ministre, représentant de Monsieur le Président de la
# République' (the post is the Prime Minister's).
_STANDS_IN_FOR = re.compile(r",\s*(?:représentante?|representante|en\s+représentation)\s+(?:de|d['’])\s*"
                            r"(?:Monsieur|Madame|Son\s+Excellence|S\.\s?E\.|Su\s+Excelencia|Sua\s+Excelência)\b")
# The session a diplomatic rank came to is the occasion ('Minister Plenipotentiary' / 'to the Sixty-Fifth Session of
# the Preparatory Commission'); a representative, an observer or an envoy is accredited or sent to it ('Alternate
# Representative of Guyana to the 79th Session of the General Assembly'), and it stays in the post.
_TO_THE_SESSION = re.compile(r"\sto\s+the\s+(?:[\w-]+\s+){1,2}?(?:session|sitting|meeting)\b", re.IGNORECASE)
_ADVISORY_RANK = re.compile(r"(?:(?:Legal|Senior)\s+)?Advis[eo]r|Expert|Attach[ée]e?", re.IGNORECASE)


def _came_to_the_session(rank: str, rest: str) -> bool:
    """Whether `rest` ('to the 65th Session of ...') names the session the diplomatic rank `rank` came to."""
    rank = " ".join(rank.split()).strip(" ,")
    return bool(_TO_THE_SESSION.match(rest)) \
        and (is_mission_rank(rank) or is_rank_title(rank) or bool(_ADVISORY_RANK.fullmatch(rank)))


def post_after(text: str) -> str | None:
    """The post written after a name: comma-separated parts that are posts, a mission, a city.

    ', Permanent Representative of India to the Conference on Disarmament, Geneva at the ...' ->
    'Permanent Representative of India to the Conference on Disarmament, Geneva'."""
    bracketed = _BRACKETED_POST.match(text.lstrip(" ,"))
    if bracketed and is_post(bracketed.group("post")):  # 'Statement by Mr. X (Counsellor) at the ...'
        return without_full_stop(bracketed.group("post"))
    full = _before_dateline(text.lstrip(" ,;:|/–—"))  # 'X – Deputy Permanent Representative of ...' too
    cuts = [m.start() for m in (SALUTATION.search(full), INTROS.search(full)) if m]
    if (end := _post_end(full)) is not None:
        cuts.append(end)
    text = full[:min(cuts)] if cuts else full
    kept: list[str] = []
    parts = [p.strip() for p in text.split(",")]
    index = 0
    while index < len(parts):
        part = _without_repeated_city(without_full_stop(parts[index]))
        if not kept and (article := _ARTICLE_BEFORE_POST.match(part)) and is_post(part[article.end():]):
            part = part[article.end():]  # 'Mr. X, the Permanent Representative of Y': the post as the labels give it
        index += 1
        if not kept and is_postnominal(part):  # 'Dame Sandra X, DA, Minister of ...': the order before the post
            continue
        bare_title = not kept and is_honorific_word(part)
        # A function that is a post only with the office after its comma ('Member, National Planning Commission').
        with_office = not kept and index < len(parts) and is_post(f"{part}, {parts[index]}")
        following = full[full.find(part) + len(part):][:40] if part else ""
        dateline = _is_city_part(part) and any(d.start < 6 for d in find_dates(following))
        interim = kept and part.casefold() in _INTERIM  # 'Chargé d'affaires, a.i.'
        listed = (_list_goes_on(parts[index - 1:]) or _accreditation_goes_on(parts[index - 1:])) if kept and part else 0
        if listed:
            kept[-1] = ", ".join([kept[-1], *(without_full_stop(p) for p in parts[index - 1:index - 1 + listed])])
            index += listed - 1
            continue
        if not part or dateline or not (is_post(part) or bare_title or interim or with_office
                                         or (kept and (is_affiliation(part) or _is_city_part(part)
                                                       or _is_agency(part) or _state_served(kept, part)
                                                       or _second_post(part)))):
            break
        kept.append(part)
    post = ", ".join(kept)
    if kept and len(kept) == len(parts) and (second := _SECOND_FUNCTION.match(full, len(text))):
        post += " " + second.group(0).strip()  # 'First Secretary – Third Committee Delegate'
    for opening, closing in ("()", "[]"):  # '(Delivered by X, Permanent Representative ...)': the bracket closes
        if post.count(closing) > post.count(opening):
            post = post[:post.rfind(closing)].rstrip(" ,")
    return post if post and is_post(post) else None


_ARTICLE_BEFORE_POST = re.compile(r"^the\s+", re.IGNORECASE)
# A post in brackets right after the name, as a heading may set it: 'Mr. X (Counsellor)', 'Ms. Y (Deputy Permanent
# Representative)'; a State there ('Mr. X (Ghana)') is no post.
_BRACKETED_POST = re.compile(r"^\((?P<post>[^()]{3,120})\)")
# The words that close an enumeration, and the small words a ministry's or an office's portfolio is written with.
_LIST_END = re.compile(r"\s(?:and|et|y|e|und)\s", re.IGNORECASE)  # a heading in capitals: '..., TRADE AND ENERGY'


# A portfolio's parts after the first: 'Minister of Climate Change Adaptation, Meteorology, Geo-Hazards, Environment,
# Energy and Disaster Management', as small States' ministries join many.
PORTFOLIO_PARTS = 5


def _list_goes_on(parts: list[str]) -> int:
    """How many of `parts` go on listing the last post's portfolio, up to the one closing it with 'and': 'Minister
    of Foreign Affairs, Trade and Development', 'Director-General: Planning, Monitoring and Evaluation', 'Secrétaire
    d'État auprès du ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger' (a ministry's
    name lists its portfolios with commas). A part that is a post is no continuation; nor is a list left open."""
    for count, part in enumerate(parts[:PORTFOLIO_PARTS], start=1):
        part = without_full_stop(part)
        last = _OXFORD_AND.match(part)  # '..., Planning, and Development': the last after a serial comma
        named = part[last.end():] if last else part
        if is_post(named) or is_affiliation(named) or not portfolio_part(named):
            return 0
        if last:  # a serial comma lists single nouns ('Economy, Planning, and Development'), not people's names
            return count if all(len(p.split()) == 1 for p in [*parts[:count - 1], named]) else 0
        if _LIST_END.search(f" {part} "):
            return count
    return 0


_OXFORD_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)


# A mission in Geneva, Vienna or Nairobi is accredited to the United Nations and to the other organizations there, and
# its post lists them with commas: 'Permanent Representative of X to the United Nations, WTO and other International
# Organizations in Geneva', '... auprès de l'Office des Nations Unies, de l'OMC et des autres organisations
# internationales à Genève', 'Wakil Tetap RI untuk PBB, WTO dan Organisasi Internasional lainnya di Jenewa'.
_OTHER_ORGANISATIONS = re.compile(
    r"\b(?:and|&)\s+(?:the\s+)?other\s+international\s+organi[sz]ations\b"
    r"|\bet\s+(?:des\s+|les\s+|aux\s+)?autres\s+organisations\s+internationales\b"
    r"|\by\s+(?:los\s+|las\s+|demás\s+)?(?:otros\s+organismos|otras\s+organizaciones|organismos)\s+internacionales\b"
    r"|\be\s+(?:os\s+|as\s+|dos\s+|das\s+)?(?:outros\s+organismos|outras\s+organizações)\s+internacionais\b"
    r"|\bund\s+(?:den\s+)?(?:anderen\s+)?internationalen\s+Organisationen\b"
    r"|\bdan\s+Organisasi\s+Internasional\s+lain(?:nya)?\b",
    re.IGNORECASE)
# The organizations such a list names before the last: 'WTO', 'the WTO', 'de l'OMC', 'la OMC', 'UNCTAD'.
_LISTED_ORGANISATION = re.compile(r"^(?:(?:the|la|el|a|de|del|d['’]|l['’])\s*)*[A-Z]{2,8}$")


def _accreditation_goes_on(parts: list[str]) -> int:
    """How many of `parts` go on listing the organizations a mission's post is accredited to, up to the one naming
    'other international organizations' (_OTHER_ORGANISATIONS); none where the list is not closed so."""
    for count, part in enumerate(parts[:3], start=1):
        if _OTHER_ORGANISATIONS.search(part):
            return count
        if not _LISTED_ORGANISATION.match(without_full_stop(part)):
            return 0
    return 0


def _honoured(found: Found) -> bool:
    """The name follows an honorific ('..., H.E. Mr. X')."""
    last = found.prefix.split(",")[-1].strip()
    return bool(last) and only_honorifics(last)


def _affiliation_goes_on(post: str) -> bool:
    """Whether a ministry or mission on the next line belongs to the post: not where the post already names where
    it serves ('Permanent Representative of X to the UN' / 'Permanent Mission of X'), yet where the post ends on a
    unit that its ministry's line goes on from, smallest first ('Director-General, Department of Social Welfare' /
    'Ministry of Labour and Social Welfare')."""
    return not _POST_DESTINATION.search(post) or is_affiliation(post.split(", ")[-1])


# A post's line broken by a signature's or a heading's width: the next line goes on in lower case ('Deputy Permanent
# Representative' / 'of Liechtenstein to the' / 'United Nations Office at Geneva'), or the line left a phrase open.
# ... in the sites' languages too ('Ministre des Affaires étrangères, de la Francophonie' / 'et des Centrafricains de
# l'Étranger', 'Representante Permanente' / 'de la República ... ante las Naciones Unidas').
_POST_GOES_ON = re.compile(r"^(?:to|of|and|in|at|for|with|et|de|du|des|auprès|y|e|del|da|do|dos|das|ante|junto)\s",
                           re.IGNORECASE)
_LEFT_OPEN = re.compile(r"\b(?:to|of|and|in|at|for|with|the)$")
# A State's long name a signature's width broke after its adjectives: 'Prime Minister of the Democratic Socialist' /
# 'Republic of Sri Lanka'; the words after the last 'of' are read for it.
_STATE_NAME_BROKEN = re.compile(r"\bof\s+(?:the\s+)?(?P<start>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$")
_STATE_NAME_WORDS = 5  # the longest rest of a State's name on the next line ('Republic of the Congo')


def post_goes_on(post: str, line: str) -> bool:
    """`line` goes on with the post a signature's or a heading's width broke: it opens in lower case on a
    preposition (not on a date's or an hour's, 'de 5 a 9 de marzo', 'du 18 au 20 mars'), `post` left a phrase open,
    or a State's long name runs across the break."""
    return bool(line[:1].islower() and _POST_GOES_ON.match(line) and not _DIGIT.search(line)
                or _LEFT_OPEN.search(post) or state_name_goes_on(post, line))


_DIGIT = re.compile(r"\d")


def post_lines_joined(lines: list[Line]) -> list[Line]:
    """A post broken by a signature's or a heading's width ('Ministre des Affaires étrangères, de la Francophonie' /
    'et des Centrafricains de l'Étranger') read as the one line it is, before its parts are weighed."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1].text.strip(" ,") if joined else ""
        if previous and line.block == joined[-1].block and is_post(previous) and not read_person(line.text) \
                and post_goes_on(previous, line.text.strip(" ,")) and not SIGNED.search(line.text):
            joined[-1] = Line(joined[-1].number, f"{previous} {line.text.strip()}", joined[-1].block)
        else:
            joined.append(line)
    return joined


def state_name_goes_on(post: str, line: str) -> bool:
    """`line` opens with the rest of the State's name `post` broke off: its words before and after the break form a
    State's name, the words before it alone none ('... of the Democratic Socialist' / 'Republic of Sri Lanka', not
    '... of the Sudan' / 'Republic of the Sudan', the letterhead's)."""
    broken = _STATE_NAME_BROKEN.search(post)
    if not broken or canonical_country(broken.group("start")):
        return False
    words = line.strip(" ,.;").split()
    return any(canonical_country(f"{broken.group('start')} {' '.join(words[:size])}")
               for size in range(1, min(len(words), _STATE_NAME_WORDS) + 1))


# The addressee a letter names under its signature, after a blank line: 'His Excellency ...', or the office it is
# addressed to ('President of the Security Council', 'Secretary-General of the United Nations').
ADDRESSED_BELOW = re.compile(r"^(?:(?:His|Her)\s+Excellency\b|H\.\s?E\.\s|(?:The\s+)?(?:President|"
                             r"Chair(?:man|person|woman)?|Secretary[-\s]General|High\s+Commissioner)\b)")


def _addressee_block(below: list[Line], number: int, header: list[Line]) -> bool:
    """Line `number` of `below` opens a block of its own, an office with more lines of the header under it in the
    block."""
    line = below[number]
    # the header's next line after it, past those a broken post joined onto it
    after = next((later for later in header if later.number > line.number and later.text.strip() not in line.text),
                 None)
    return line.block != below[number - 1].block and after is not None and after.block == line.block \
        and is_post(line.text.strip(" ,"))


# A headline's verb in English, the present's third person ('addresses', 'tells', 'urges', 'calls for').
_HEADLINE_VERB = re.compile(r"[a-z]{2,}s")


def _headline_of(found: Found, name: str) -> bool:
    """A headline telling what another person did, the post before the name and a verb after it ('Health Minister
    Dr. Y addresses the World Health Assembly' under the masthead read as `name`): not a post line, whatever the
    words of a post read as a name in it ('... OF PAPUA NEW GUINEA TO THE UNITED NATIONS'); one naming the same
    surname tells of the same person."""
    verb = found.after.split()[0] if found.after.split() else ""
    return bool(found.before) and is_post(found.before) and len(found.name.split()) >= 2 \
        and found.name.split()[-1] != name.split()[-1] and bool(_HEADLINE_VERB.fullmatch(verb))


def posts_below(header: list[Line], index: int, name: str, signed: bool = False) -> tuple[str | None, Line | None]:
    """Post lines under a name ('Ambassador X' / 'U.S. Representative to the United Nations'),
    joined with commas; a line repeating the name, or the title just below it ('X' / 'Remarks at the
    Security Council' / 'Permanent Representative ...'), is passed over, and a title alone on its line
    ('Ambassador' / 'Permanent Representative') opens the post like 'Ambassador, Permanent ...'. Under a `signed`
    letter's name, the addressee's block after a blank line ends them: an office over its organization and address
    ('Executive Secretary' / 'Preparatory Commission for the ...' / 'Vienna International Centre'); a second post
    alone between blank lines is the signatory's, as web copies space a signature's lines."""
    parts: list[str] = []
    first = None
    below = post_lines_joined(header[index + 1:index + 5])
    for number, line in enumerate(below):
        text = _POST_FIELD.sub("", line.text.strip(" ,")) if not parts else line.text.strip(" ,")
        repeated = read_person(text)
        if not parts and repeated and repeated.name == name and not repeated.after.strip(" ,"):
            continue
        if repeated and repeated.name == name and repeated.before:
            # A sentence naming the person again behind the post ('Deputy Spokesperson X issued the following
            # statement:'): that post is the one below, and the words after the name are no more of it.
            if not parts and (post := post_before(repeated.before)):
                return post, line
            break
        if repeated and repeated.name != name and (_honoured(repeated) or _headline_of(repeated, name)):
            # 'Head of Delegation, H.E. Mr. Y, ...', a headline under a newspaper's masthead ('Daily Example' / 'Health
            # Minister Dr. Y addresses ...'): a line naming another person is theirs, not a post of the name above
            break
        if number == 0 and TITLE_START.match(text) and not INTROS.search(text):
            continue  # sites put the name above the title and the post below it
        if _CHAIR_FIELD.match(text) or numbered_sitting(text):
            # a record's 'President: Mr. X (State)' names the chair, not the post of the name above; a body's numbered
            # sitting ('OSCE Permanent Council No. 1478') is the occasion under the post
            break
        title_alone = not parts and is_honorific_word(text) and number + 1 < len(below) \
            and is_post(below[number + 1].text)
        if parts and (DELEGATION_HEAD.match(text) or signed and _addressee_block(below, number, header)):
            break  # 'Minister of X' / 'Head of Delegation': a second function on its line, not the post; the addressee
        if parts and post_goes_on(parts[-1], text) and not read_person(text) \
                and line.block == below[number - 1].block and not _POST_END.match(f" {text}") \
                and not _came_to_the_session(parts[-1], f" {text}"):
            parts[-1] = f"{parts[-1]} {without_full_stop(text)}"  # a signature's width broke the post
            continue
        if title_alone or is_post(text) or (parts and is_affiliation(text) and _affiliation_goes_on(parts[-1])) \
                or (parts and _is_agency(in_normal_case(text))):  # 'Director' / 'NATIONAL MINE ACTION CENTRE'
            post = post_after(text) or without_full_stop(text)
            parts.append(post)
            first = first or line
            if post != without_full_stop(text):
                break
            continue
        break
    return (", ".join(parts), first) if parts else (None, None)
