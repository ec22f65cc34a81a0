"""What a document cites and names: UN symbols, agenda items, States and places."""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.mentions import mention_counts
from archive.statement import Evidence
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.lines import Line
from indexer.extraction.resolutions import find_resolutions

_ITEM = r"\d{1,3}(?:\s*\([a-z]\))?"
_AGENDA = re.compile(
    rf"\bagenda\s+items?\s+(?P<items>{_ITEM}(?:\s*(?:,|and|&)\s*{_ITEM})*)",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(_ITEM)


def find_symbols(text: str) -> list[str]:
    """UN symbols written as such ("S/RES/242(1967)" as "S/RES/242 (1967)"), then those of resolutions cited in
    words ("Security Council resolution 242 (1967)"), each once."""
    written = (re.sub(r"\s?\((\d{4})\)$", r" (\1)", match.group(0))
               for match in vocabulary.symbol_pattern().finditer(text))
    return list(dict.fromkeys([*written, *find_resolutions(text)]))


def find_agenda_items(header: list[Line], body: str) -> tuple[list[str], Evidence | None]:
    """Agenda items from the heading ('Agenda item 4') or the circulation formula."""
    for source, line in [(line.text, line) for line in header] + [(body, None)]:
        match = _AGENDA.search(source)
        if match:
            items = [" ".join(item.split()) for item in _ITEM_NUMBER.findall(match.group("items"))]
            where = line.text if line else match.group(0)
            return items, Evidence("agenda_items", where, line.number if line else None,
                                   "header" if line else "body: under agenda items")
    return [], None


def find_mentions(body: str) -> list[str]:
    """States and places named in the body, by canonical name, in order of first mention."""
    return list(mention_counts(body))


# ... in Spanish, French and Portuguese too: 'en nombre del Grupo de Amigos', "au nom de l'Union européenne", 'em nome
# dos países ...'.
_ON_BEHALF = re.compile(r"(?:\bon\s+behalf\s+of\s+(?:the\s+)?|\ben\s+nombre\s+de(?:l\s+|\s+(?:la|los|las)\s+|\s+)"
                        r"|\bau\s+nom\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+)"
                        r"|\bem\s+nome\s+(?:do|da|dos|das|de)\s+)(?P<who>[^.;:]+)", re.IGNORECASE)
_BY_GROUP = re.compile(r"\b(?:statement|remarks)\s+(?:delivered\s+)?(?:by|of)\s+(?:the\s+)?(?P<who>[^.;:]+)",
                       re.IGNORECASE)
# 'in my capacity as Chair of the 12 Pacific Small Island Developing States': a chair speaks for the group.
_AS_CHAIR = re.compile(r"\bin\s+(?:my|its|our)\s+capacity\s+as\s+(?:the\s+)?(?:current\s+)?"
                       r"(?:Chair|Coordinator|President)\s+of\s+(?:the\s+)?(?P<who>[^.;:]+)", re.IGNORECASE)
# Who a delegation speaks for when it speaks for several: 'the eight Nordic-Baltic countries', 'a cross-regional
# core group', 'the ten elected members of the Security Council', 'the following 41 States'. Not 'my country'.
_COLLECTIVE = re.compile(
    r"^(?:the\s+|a\s+)?(?:[\w-]+\s+){0,5}?(?:group|coalition|countries|States|member\s+States|members|"
    r"co-?sponsors|sponsors|signatories|friends)\b|^(?:the\s+)?G-?\d+\b"
    # ... and as Spanish, French and Portuguese say it: 'los 146 miembros del Grupo', 'un groupe de pays'.
    r"|^(?:los\s+|las\s+|les\s+|os\s+|as\s+|un\s+|una\s+|um\s+)?(?:[\w-]+\s+){0,3}?(?:grupo|groupe|"
    r"coalici[oó]n|países|pays|Estados|États|miembros|membres|membros|copatrocinadores|coauteurs)\b"
    # ... not a State whose name says so: 'los Estados Unidos Mexicanos', 'des États-Unis', 'los Países Bajos'.
    r"(?![\s-]+(?:Unid|Uni|Baj|Bas|Baix))", re.IGNORECASE)
# Words before 'on behalf of' that make it someone else's statement, not this one: 'the statement delivered by
# Iran on behalf of NAM', 'Pakistan that spoke on behalf of the OIC', 'we align ourselves with ...', a reply.
_SOMEONE_ELSE = re.compile(r"\b(?:delivered|made|given|presented|read)\s+(?:out\s+)?by\b|\bspoke\b|\bspeaking\b|"
                           r"\balign|\bassociat|\brepl|\brespon|\bstatement\s+(?:of|by)\s+(?!my\b)"
                           # ... and in Spanish, French and Portuguese: 'se adhiere a la declaración pronunciada por
                           # ... en nombre de', "s'associe à la déclaration faite au nom de".
                           r"|\b(?:pronunciad|formulad|presentad|proferid)[oa]s?\s+(?:por|pel)|\bprononcée?s?\s+par\b"
                           r"|\bse\s+(?:adhiere|suma|rallie)|\bassoci(?:e|er|ons|ez|a-se|o)\b|\bhace\s+suy"
                           r"|\bsubscreve|\badher|\brespald|\bapoy|\bappuy|\bsoutenir\b"
                           # ... a statement made by another just before the words: 'la déclaration faite au nom de',
                           # 'la declaración formulada en nombre de'.
                           r"|\b(?:faite?s?|prononcée?s?|pronunciad[oa]s?|formulad[oa]s?|presentad[oa]s?|proferid[oa]s?|"
                           r"feit[oa]s?|lid[oa]s?)\s*$", re.IGNORECASE)
# The speaker saying for whom it speaks: 'I have the honour to deliver this statement on behalf of ...',
# 'On behalf of the PSIDS, I ...' (not 'the work the Council carries out on behalf of all Member States').
_SPEAKER_SAYS = re.compile(r"^\W*$|^(?:[A-Z][\w.-]*\s*){1,4},\s*$|"
                           r"\b(?:I|we)\b.{0,60}\b(?:speak|deliver|make|making|read|tak|address|present|"
                           r"honou?r|pleased|privilege|statement|floor)"
                           # 'Tengo el honor de intervenir en nombre de', "J'ai l'honneur de prendre la parole au nom".
                           r"|\b(?:tengo|tenemos|hablo|intervengo|j['’]ai|je|nous|tenho|falo)\b.{0,60}"
                           r"\b(?:honor|honneur|honra|hablar|intervenir|parole|falar|intervir|declaraci[oó]n|déclaration)",
                           re.IGNORECASE)
# A chair speaking for its group says so as the sentence opens ('The Bahamas, in its capacity as Chair of ...').
CHAIR_WITHIN = 60
# A heading answering another statement names that statement's group: 'Reply to the EU statement'.
_ANSWERING = re.compile(r"\brepl|\brespon|\banswer", re.IGNORECASE)
_OWN_COUNTRY = re.compile(r"^(?:my|our)\s+(?:own\s+)?(?:country|delegation)\b"
                          r"|^(?:mi|nuestro|nuestra|mon|ma|notre|meu|minha|nosso|nossa)\s+(?:propio\s+|propre\s+)?"
                          r"(?:país|pays|delegaci[oó]n|délégation|delegação)", re.IGNORECASE)
OPENING_SENTENCES = 4


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    patterns = []
    for group in vocabulary.groups():
        for alias in sorted(group.aliases, key=len, reverse=True):
            flags = 0 if alias.isupper() else re.IGNORECASE
            # 'Nordic-Baltic' is also written 'Nordic Baltic'.
            words = re.escape(alias).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]")
            patterns.append((re.compile(rf"^{words}(?![\w-])", flags), group.name))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _group_statement() -> re.Pattern:
    """A group's name right before 'statement': 'EU Statement on ...', 'Pacific Islands Forum statement for ...'."""
    aliases = sorted({alias for group in vocabulary.groups() for alias in group.aliases}, key=len, reverse=True)
    words = "|".join(
        (f"(?-i:{re.escape(a)})" if a.isupper() else re.escape(a)).replace(r"\ ", r"\s+").replace(r"\-", r"[-\s]")
        for a in aliases)
    return re.compile(rf"(?<![\w-])(?P<who>{words})\s+(?:joint\s+)?statements?\b", re.IGNORECASE)


def group_named(text: str) -> str | None:
    """The group a phrase starts with: 'the European Union ...' -> 'European Union'; also after a
    quantity of its members: 'the member States of the African Group' -> 'African Group'."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    members = re.match(r"^(?:[\w-]+\s+){0,5}?(?:members?|member\s+States|States|countries|delegation)\s+of\s+"
                       r"(?:the\s+)?", text, re.IGNORECASE)
    for start in (text, text[members.end():] if members else None):
        for pattern, name in _group_patterns() if start else ():
            if pattern.match(start):
                return name
    return None


def _states_listed(text: str) -> list[str]:
    """'Canada, Australia and New Zealand' -> the three States, if the phrase is only a list of States;
    'my own country' stands for the speaker's State and counts with them."""
    head = re.split(r"\s(?:at|in|to|on|for)\s|\s[–—-]\s", text)[0]
    parts = [re.sub(r"^the\s+", "", p.strip(), flags=re.IGNORECASE) for p in re.split(r",|\band\b", head) if p.strip()]
    others = [p for p in parts if not _OWN_COUNTRY.match(p)]
    states = [canonical_country(part) for part in others]
    several = len(states) >= 2 or (states and len(others) < len(parts))
    return states if several and all(states) else []


# Speaking for a State's Government or people is speaking for that one State: 'on behalf of the Government of the
# United States', 'en nombre del Gobierno de los Estados Unidos Mexicanos', 'au nom du Gouvernement des Pays-Bas'.
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?(?:Government|Gobierno|Gouvernement|Governo|people|pueblo|peuple|povo)\s+"
                            r"(?:of\s+(?:the\s+)?|del?\s+(?:la\s+|los\s+|las\s+)?|du\s+|des\s+|de\s+l['’]|d['’]|"
                            r"d[oa]s?\s+)", re.IGNORECASE)


def _speaks_for(who: str) -> tuple[list[str], str] | None:
    """The groups or States a phrase after 'on behalf of' names, or a collective of States."""
    if name := group_named(who):
        return [name], "GROUP"
    if states := _states_listed(who):
        return states, "STATES"
    head = re.sub(r"^the\s+", "", re.split(r"\s(?:at|in|to|on|for|during|before)\s|[,(–]", who)[0].strip(),
                  flags=re.IGNORECASE)
    head = _GOVERNMENT_OF.sub("", head)
    if canonical_country(head) or _OWN_COUNTRY.match(head):
        return None  # one State, though its name may say 'States': the Federated States of Micronesia
    if _COLLECTIVE.match(who.strip()):
        return [], "a collective of States"
    return None


def _opening_sentences(opening: str) -> list[str]:
    """The first sentences of the speech, salutations skipped: where a speaker says for whom."""
    sentences = [s for s in re.split(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])|\n\n", opening) if s.strip()]
    return sentences[:OPENING_SENTENCES + 2]


def find_groups(header: list[Line], opening: str) -> tuple[list[str], Evidence | None]:
    """Groups of States the statement speaks for ("on behalf of the EU", "Statement by New Agenda Coalition",
    "I deliver this statement on behalf of the following 12 countries")."""
    for line in header:
        if found := _header_groups(line):
            return found
    return _opening_groups(opening) or ([], None)


def _header_groups(line: Line) -> tuple[list[str], Evidence] | None:
    """A heading's group: 'EU Statement', 'Statement by the NAM', '... on behalf of the Nordic countries'
    (not a reply to one of these)."""
    if (match := _group_statement().search(line.text)) and (name := group_named(match.group("who"))) \
            and not _ANSWERING.search(line.text[:match.start()]):
        return [name], Evidence("groups", line.text, line.number, "header: GROUP statement", confidence=0.85)
    for match in _BY_GROUP.finditer(line.text):
        if name := group_named(match.group("who")):
            return [name], Evidence("groups", line.text, line.number, "header: statement by GROUP", confidence=0.9)
    for pattern in (_ON_BEHALF, _AS_CHAIR):
        for match in pattern.finditer(line.text):
            if not _ANSWERING.search(line.text[:match.start()]) and (found := _speaks_for(match.group("who"))):
                names, kind = found
                return names, Evidence("groups", line.text, line.number, f"header: on behalf of {kind}",
                                       confidence=0.9)
    return None


def _opening_groups(opening: str) -> tuple[list[str], Evidence] | None:
    """The speaker saying for whom it speaks in the first sentences ('I have the honour to speak on
    behalf of ...', 'X, in its capacity as Chair of ...'), not citing another's statement."""
    for sentence in _opening_sentences(opening):
        for match in _ON_BEHALF.finditer(sentence):
            before = sentence[:match.start()]
            if not _SOMEONE_ELSE.search(before) and _SPEAKER_SAYS.search(before) \
                    and (found := _speaks_for(match.group("who"))):
                return _opening_evidence(found, match)
        match = _AS_CHAIR.search(sentence)
        if match and match.start() <= CHAIR_WITHIN and not _SOMEONE_ELSE.search(sentence[:match.start()]) \
                and (found := _group_within(match.group("who")) or _speaks_for(match.group("who"))):
            return _opening_evidence(found, match)
    return None


def _group_within(text: str) -> tuple[list[str], str] | None:
    """A group named anywhere in a chair's title: 'Chair of the Heads of Government of the Caribbean Community'."""
    for start in (m.start() for m in re.finditer(r"(?<![\w-])[A-Z]", text)):
        if name := group_named(text[start:]):
            return [name], "GROUP"
    return None


def _opening_evidence(found: tuple[list[str], str], match: re.Match) -> tuple[list[str], Evidence]:
    names, kind = found
    return names, Evidence("groups", match.group(0)[:160], None, f"opening: on behalf of {kind}", confidence=0.85)
