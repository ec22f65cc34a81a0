"""A State named in one line as the one speaking, and the words that say it is another.

The cues: a post or body "of" the State ("Permanent Mission of Norway",
"delegado de Cuba"), a State's adjective before a post ("Georgian Deputy
Foreign Minister", "UK Mission"), a heading naming the State that delivers
("... delivered by Finland", "Senegal on behalf of the African Group") or that
speaks ("Explanation of Vote by Ireland", "India's Explanation of Vote", "Swiss
statement"), a letterhead in the State's official form ("REPUBLIC OF CYPRUS").
A State a reply answers, a person addressed ("greetings to the Foreign
Minister of X") or a courtesy ("we thank the delegation of X") names is not the
one speaking; an organization listed with the States ("European Union") is no State.
places.py weighs these cues across the page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from archive import vocabulary
from archive.folding import fold
from indexer.extraction.gazetteer import OFFICIAL_FORM_PREFIX, canonical_city, canonical_country, country_pattern
from indexer.extraction.names import OTHER_PARTY_BEFORE, in_normal_case
from indexer.extraction.patterns import POSSESSIVE, REPLY_TO, clause_before, just_before

# "Permanent Mission of X", "Representative of the Republic of X", "Ministry of Foreign Affairs of X";
# the Spanish and French forms of the same posts ("delegado de Cuba", "Mission permanente de la France").
# The words between the post and its "of" never cross "to" or "on behalf" ("Minister sends greetings to the
# Foreign Minister of X", "Statement by Ambassador X on behalf of Belgium and the Netherlands").
SPEAKS_FOR = re.compile(
    r"\b(?:Mission|Representatives?|Representation|Delegation|Ministry|Minister|Government|Embassy|Ambassador|"
    r"President|Prime Minister|Affairs|Observer|Agent|Consul|Consulate|Charg[ée] d.affaires|"
    r"Mision|Delegacion|"
    r"delegado|Representante|Ministerio|Gobierno|Representant|Gouvernement|"
    # ... and in Portuguese, Italian and German ('Missão Permanente do Brasil', "Rappresentanza Permanente
    # d'Italia", 'Ständige Mission der Schweiz'), read folded.
    r"Missao|Delegacao|Embaixada|Missione|Rappresentanza|Rappresentante|Delegazione|Ministero|Governo|Ambasciata|"
    r"Vertretung|Ministerium|Regierung|Botschaft|Vertreter(?:in)?|"
    # ... and in Catalan ("Govern d'Andorra", "Missió Permanent del Principat d'Andorra"), French, Spanish and Dutch
    # ('Ministère des Affaires étrangères du Sénégal', 'Ministerio de Relaciones Exteriores de la República
    # Dominicana': the ministry's last word, as 'Affairs' in English; 'Permanente Vertegenwoordiging van Suriname').
    r"Govern|Ministeri|Missio|Delegacio|Ambaixada|Ministere|Ambassade|Embajada|Affaires|Etrangeres|Exteriores|"
    r"Estrangeiros|Ministerie|Zaken|Vertegenwoordiging|Regering|"
    # ... and the heads of State or government and foreign ministers of Spanish, French and Portuguese headings
    # ('Discurso del Presidente de la República de Chile', 'Palabras del Canciller de Colombia').
    r"(?:Vice)?presidente|Canciller|Primer\s+Ministro|Premier\s+ministre|Primeiro[- ]Ministro|Ministr[oae])\b"
    r"(?:\s+a\.\s?i\.)?"  # 'Chargé d'affaires a.i.'
    # A French or Spanish article may stand before the name ("de la France"); "La" of Latvia and "El" of
    # El Salvador are the name's own, so the name is looked for both after the article and from it.
    # ('d'affaires' is the post's own word.) The "of" follows within a phrase: a name and a post between them at
    # most ('Ambassador X, Deputy Permanent Representative of', under 90 characters); an unbounded reach read a
    # long line again from each post.
    # ... not past a word that turns to the text's subject or another party ('the Chinese Delegation on the Draft
    # Resolution on ... Agreement with the Islamic Republic of Iran').
    r"(?:(?!\b(?:behalf|to|people|on|with|against|about|concerning|regarding)\b)[^.;]){0,150}?"
    r"(?:\b(?:of|de|del|du|do|da|di|der|della|dello|van)\s+"
    r"|\b(?:d|dell)['’](?!affaires)\s*)"
    r"(?P<article>(?:la|le|el)\s+|l['’]\s*)?",
    re.IGNORECASE,
)
# A speech's courtesies name other States' people: "I congratulate Ambassador X of Guyana", "we thank the
# delegation of X", "my predecessor, the Permanent Representative of X", "the Government and people of X".
# Within a sentence: titles' abbreviations ('Mr.', 'H.E.') do not end it.
_IN_SENTENCE = r"(?:[^.;:]|\b(?:Mr|Mrs|Ms|Dr|St|H\.E|Amb)\.)"
_COURTESY = re.compile(
    r"\b(?:congratulat\w*|thank\w*|gratitude|grateful|appreciat\w*|tribute|commend\w*|welcom\w*|predecessor|"
    r"condolences?|sympath\w*|encourag\w*|urg\w*|friend\w*|fraternal|brotherly|salut\w*|felicitat\w*|election|"
    rf"your|the\s+late)\b{_IN_SENTENCE}*$",
    re.IGNORECASE)
# ... or say so after the State: "... of Namibia, whose", "... of Uganda, on your election", "... to my country",
# "... of Guatemala our feelings of sympathy".
# A State's possessive after 'of' owns the next noun, not the post: '... marking two years of Russia's invasion';
# but the post's own speech is his: 'Foreign Minister of Pakistan's address to the General Assembly'.
_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)
_OWN_SPEECH = re.compile(r"['’]s\s+(?:address|speech|remarks|statement|message|intervention|letter|reply|interview|"
                         r"words|opening|closing|keynote)\b", re.IGNORECASE)


def _owns_the_next_noun(folded: str, cue: re.Match, state: re.Match) -> bool:
    """'... of Russia's invasion': the State's possessive owns what follows. A post's own speech ('Foreign Minister of
    Pakistan's address') is the post's, unless the line is about it ('Comments on the President of X's speech')."""
    if not _POSSESSIVE.match(folded, state.end()):
        return False
    return not _OWN_SPEECH.match(folded, state.end()) or bool(_ABOUT.search(folded, 0, cue.start()))


# A heading's words for what it is about, before a post or a State ('Comments on the Foreign Minister of X's speech',
# 'Core Group joint statement on Sri Lanka' / 'Joint statement by the Core Group ...').
_ABOUT = re.compile(r"\b(?:on|about|concerning|regarding|against|to)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}$",
                    re.IGNORECASE)
COURTESY_AFTER = re.compile(
    rf"{_IN_SENTENCE}{{0,60}}?(?:,\s*(?:who|whose|a\s+country)\b|\s+(?:for|on)\s+(?:his|her|their|your)\b|"
    r",?\s+for\s+the\s+(?:\w+\s+){0,2}(?:manner|way|work|leadership|dedication|skill|success|competence|"
    r"contribution|efforts)\b|\s+on\s+the\s+occasion\s+of\s+(?:his|her|their|your)\b|"
    r"\s+to\s+my\s+country\b|\s+(?:our|my)\s+(?:\w+\s+)?(?:feelings|sympathy|condolences|congratulations|"
    r"gratitude|appreciation|thanks)\b)", re.IGNORECASE)
# Posts held by a person: after "to the" they name the addressee ("greetings to the Foreign Minister of X"), as after
# 'con el', 'avec le', 'com o' in Spanish, French and Portuguese readouts ('reunión con el Canciller de X').
_PERSON_POST = re.compile(r"Representative|Minister|President|Prime Minister|Ambassador|Representante|"
                          r"(?:Vice)?presidente|Canciller|Primer|Premier|Primeiro|Ministr[oae]",
                          re.IGNORECASE)
_ADDRESSEE = re.compile(
    r"\b(?:to|with|congratulates?|thanks?|welcomes?|meets?|met|con|avec|com|recibe|recibio|recoit|recebe|"
    r"rencontre)\s+(?:the\s+|el\s+|la\s+|le\s+|l['’]\s*|o\s+|a\s+)?"
    r"(?:(?:Foreign|Deputy|Prime|Vice|Acting|First|Permanent)\s+)*$", re.IGNORECASE)
# The State answered: a cue right after these words names the other side.
ANSWERED = re.compile(
    rf"(?:{REPLY_TO}|(?:to|with|regarding|concerning|on|about|following)\s+the\s+"
    r"(?:statements?|remarks|allegations|claims|accusations|letter|comments)\s+(?:made\s+|delivered\s+)?(?:by|of|from))"
    r"\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# A heading naming the State that speaks: "Explanation of Vote by Ireland", "Statement of the Kingdom of the
# Netherlands", "Letter from Lebanon"; the State follows the words at once.
_BY_STATE = re.compile(
    r"\b(?:statement|remarks|explanation\s+of\s+(?:vote|position)|EOV|intervention|reply|address|speech|letter|"
    r"declaration|position|declaracion|intervencion|discurso|explicacion\s+de\s+voto|explication\s+de\s+vote|"
    r"droit\s+de\s+reponse|derecho\s+(?:de|a)\s+(?:replica|respuesta)|discours|reponse|"
    # ... and in Portuguese: 'Discurso do Brasil', 'Intervenção de Cabo Verde', 'Declaração da Guiné-Bissau'.
    r"intervencao|declaracao|explicacao\s+de\s+voto|direito\s+de\s+resposta)\s+"
    r"(?:(?:delivered|made|presented|issued|prononcee?|pronunciad[oa])\s+)?"
    r"(?:by|of|from|de|del|du|des|do|da|por|par)\s+(?:(?:la|el|le|l['’]|les)\s*)?",
    re.IGNORECASE,
)
# The words before the State a reply answers.
_REPLY_TO = re.compile(
    rf"\b{REPLY_TO}\s+(?:the\s+|la\s+)?"
    r"(?:(?:statements?|remarks|allegations|claims|letter|note|delegation|representative|delegaci[oó]n)\s+"
    r"(?:(?:made|delivered)\s+)?(?:by|of|from|de)\s+(?:the\s+|la\s+)?(?:(?:delegation|representative)\s+of\s+)?)?",
    re.IGNORECASE)
# The State that delivers a statement written by several: 'Joint statement ... delivered by Finland', 'Statement
# on behalf of the Nordic countries by Denmark'.
# The latter only as a heading opens, for 'on behalf of ... by' also tells of acts done for another.
# A chair's statement is 'issued by Malaysia as the Chair of ASEAN'; French, Spanish and Portuguese headings name
# the State after the participle and its article ('présentée par la Tunisie', 'leída por el Perú'), read folded.
_DELIVERED_BY = re.compile(r"(?:\b(?:delivered|presented|read\s+out|read|issued)\s+by|"
                           r"\b(?:prononcee?|presentee?|lue?|publiee?|pronunciad[oa]|presentad[oa]|leid[oa]|"
                           r"emitid[oa]|proferid[oa]|apresentad[oa])\s+(?:par|por|pel[oa])|"
                           r"^(?:joint\s+)?(?:statement|remarks|"
                           r"intervention|declaration|explanation\s+of\s+(?:vote|position))\s+(?:delivered\s+)?"
                           r"on\s+behalf\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){1,6}?by)\s+(?:(?:la|le|el)\s+|l['’]\s*)?",
                           re.IGNORECASE)
DOCUMENT_REACH = 60  # a document's name and its symbol before the participle
# A document another presented or issued is no statement delivered: 'the draft resolution presented by', 'le rapport
# présenté par', 'el proyecto de resolución presentado por', 'the travel advisory issued by' (its symbol between).
_DOCUMENT_BEFORE = re.compile(r"\b(?:resolutions?|resolucion(?:es)?|drafts?|proyectos?|projets?|reports?|rapports?|"
                              r"informes?|relatorios?|advisor(?:y|ies)|decisions?|decisao|amendments?|amendements?|"
                              r"enmiendas?|proposals?|propositions?|propuestas?|documents?|documentos?)"
                              r"(?:\s+[\w/.-]*\d[\w/.-]*)?\s+$", re.IGNORECASE)
# The same, the State first: "India's Explanation of Vote", "UK statement", "Japan's Right of Reply".
_STATE_FIRST = re.compile(
    r"\s*(?:['’]s)?\s+(?:national\s+|joint\s+)?(?:statement|remarks|explanation\s+of\s+(?:vote|position)|EOV|"
    r"(?:right\s+of\s+)?reply|intervention|address|speech|letter|note\s+verbale|response|position|comments|"
    r"message)\b", re.IGNORECASE)
# "Statement by Mr. Agha Example of Pakistan": a name, then its State.
_NAME_OF_STATE = re.compile(r"\bby\s+(?:(?:[A-Z][\w.'’-]*|H\.E\.)\s+){1,6}(?:of|from)\s+")
# A heading on a State's own campaign: 'the opening event for Germany's candidacy for a seat on the Council'.
# A State campaigns for itself; a speech supporting another's candidacy says so in its body, not its heading.
_CANDIDACY = re.compile(r"['’]s\s+(?:candidacy|candidature|bid|campaign)\b", re.IGNORECASE)
# ... or asks the others for their votes: 'President appeals to the General Assembly to vote for Kenya at the UNSC'.
_VOTES_FOR = re.compile(r"\b(?:appeals?|calls?|asks?|urges?|seeks?|seeking|appealing|calling)\b[^.;]{0,80}?\b"
                        r"(?:vote|votes)\s+for\s+$", re.IGNORECASE)  # not 'urges support for Ukraine': any State's call
# The words either needs somewhere in the heading: the candidacy's own, and the call's 'vote for'.
_CAMPAIGN_WORDS = re.compile(rf"{_CANDIDACY.pattern}|\bvotes?\s+for\s", re.IGNORECASE)
VOTES_FOR_REACH = 120  # the call and its 'vote for' before the State, read in that window only: not the whole line
# "Senegal on behalf of the African Group": the State that delivers a group's statement.
_ON_BEHALF = re.compile(r"(?<=\w)\s*,?\s+on\s+behalf(?:\s+of\b|\s*$)", re.IGNORECASE)
# 'Statement delivered by Mr. X, Counsellor, on behalf of the State of Qatar': a speaker delivering for one State
# (not for 'Norway and Canada', nor for a group, which is no State); in French and Spanish too, as a release's subject
# clause says it ('Prenant la parole au nom du Benin, le ministre ...', 'en nombre del Gobierno de Chile'; read folded).
_FOR_ONE_STATE = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?"
                            r"|\bau\s+nom\s+(?:du\s+gouvernement\s+)?(?:du|de\s+la|de\s+l['’]\s*|des|de)\s*"
                            r"|\ben\s+(?:nombre|representacion)\s+(?:del\s+gobierno\s+)?(?:del?|de\s+la)\s+",
                            re.IGNORECASE)
# ... but not where the sentence speaks of another delegation's statement before it, which the speaker aligns with or
# thanks ('Ireland aligns itself with the statement delivered on behalf of Austria', 'who spoke on behalf of X').
_ANOTHERS_STATEMENT = re.compile(
    r"\b(?:align\w*|associates?|(?:statement|declaration|declaracion)\s+(?:delivered|made|read|presented|prononcee|"
    r"faite|lue|pronunciada|formulada|leida)|who\s+spoke|s['’]\s*aligne|se\s+(?:rallie|suma|adhiere))\b",
    re.IGNORECASE)
_ANOTHERS_REACH = 160  # the words of the sentence before the cue; all the text before each cue made a long line slow
_LIST_COMMA = re.compile(r"\s*,\s*")
_STATE_ALONE = re.compile(r"\s*(?:$|[,;:.)]|\s+(?:at|to|in|before|during)\b)", re.IGNORECASE)
# Words that may stand between a State's adjective and the post or body it qualifies ("Georgian Deputy
# Foreign Minister", "New Zealand Permanent Representative", "U.S. Statement", "UK Mission").
# Capitalized nouns only ('the Russian government denies' is prose), but 'Swiss statement' as headings write it.
# A chargé d'affaires heads a mission as an ambassador does: 'the Examplian Chargé d'Affaires'.
# ... and so is a diplomat of the mission's ranks ("India's First Secretary").
_AFFILIATION_NOUNS = (r"(?:Mission|Delegation|Government|Ministry|Embassy|Representative|Ambassador|Charg[ée]|"
                      r"Minister|President|[Ss]tatement|Remarks|Intervention|(?:First|Second|Third)\s+Secretary)\b")
_AFFILIATED = (rf"(?:{POSSESSIVE})?\s+(?:(?:Permanent|Deputy|Foreign|Prime|Vice|Acting|Alternate|Chief|Head|Special|"
               rf"Joint)\s+){{0,3}}{_AFFILIATION_NOUNS}")
# A line is read for a State's adjective only when it holds one of those nouns: finding every State's name and
# adjective is the costliest search of a line.
_AFFILIATION_NOUN = re.compile(_AFFILIATION_NOUNS)
# The words of a State's official name: 'Republic of Cyprus', 'Kingdom of the Netherlands'; 'Rzeczpospolita' is
# the Polish 'Republic'.
_OFFICIAL_FORM = re.compile(r"\b(?:Republic|Kingdom|State|Federation|Confederation|Commonwealth|Principality|"
                            r"Sultanate|Emirate|Duchy|"
                            # ... as the State's own language writes them ('República Portuguesa').
                            r"R[ée]publique|Rep[úu]blica|Republik|Repubblica|Reino|Royaume|Koninkrijk|Konungariket|"
                            r"Bundesrepublik|Conf[ée]d[ée]ration|Confederazione|Eidgenossenschaft|Estados|"
                            r"Rzeczpospolit\w*|Rzeczypospolit\w*)\b",
                            re.IGNORECASE)


@lru_cache(maxsize=1)
def state_words() -> str:
    """States' names and the adjectives that name one State only ('Congolese' names two), as written."""
    adjectives: dict[str, list[str]] = {}
    for country in vocabulary.countries():
        for adjective in country.adjectives:
            adjectives.setdefault(adjective, []).append(country.name)
    unique = [adjective for adjective, owners in adjectives.items() if len(owners) == 1]
    names = [name for country in vocabulary.countries() for name in country.every_name
             if len(name) > 3 or name.replace(".", "").isupper()]
    return "|".join(re.escape(w) for w in sorted({*unique, *names}, key=len, reverse=True))


@lru_cache(maxsize=1)
def affiliation_pattern() -> re.Pattern:
    """'Philippine Permanent Mission', 'the Chinese Delegation', "Ireland's Permanent Mission", 'UK Mission'."""
    return re.compile(rf"(?<![\w.])({state_words()}){_AFFILIATED}")


@lru_cache(maxsize=1)
def _adjective_first() -> re.Pattern:
    """A heading opening on a State's adjective or name: 'Swiss statement', 'Norwegian intervention'."""
    return re.compile(rf"^(?:[Tt]he\s+)?({state_words()})")


def adjective_country(word: str) -> str | None:
    """'Swiss' -> 'Switzerland'; a name ('New Zealand') -> itself."""
    country = vocabulary.country_named(word)
    return country.name if country else canonical_country(word)


# Russian, Ukrainian and Belarusian name the State in the genitive right after the body or the post, read folded
# ('Министерство иностранных дел Республики Беларусь', 'Постоянного представителя Республики Беларусь при ООН',
# 'Міністерство закордонних справ України').
_SPEAKS_FOR_GENITIVE = re.compile(
    r"\b(?:Министерств[оа]|Міністерств[оа]|Міністэрства|Министр[аы]?|Міністр[аи]?|Посольств[оа]|Правительств[оа]|"
    r"Постоянн(?:ое|ого)\s+представительств[оа]|Постоянн(?:ый|ого)\s+представител[ья]|Постоянн(?:ой|ая)\s+мисси[ия]|"
    r"Постіин(?:е|ого)\s+представництв[оа]|Постіин(?:ии|ого)\s+представни(?:к|ка)|Уряд[уа]?|"
    # ... as Czech, Slovak and Polish do ('Vláda České republiky', 'Stálá mise České republiky', 'Ministerstwo Spraw
    # Zagranicznych Rzeczypospolitej Polskiej'), and Indonesian and Malay put the State after the body
    # ('Kementerian Luar Negeri Republik Indonesia', 'Perutusan Tetap Malaysia').
    r"Vlada|Ministerstvo\s+zahranicn(?:ich\s+veci|ych\s+veci)|Stala\s+mise|Stala\s+misia|Velvyslanectvi|"
    r"Ministerstwo\s+Spraw\s+Zagranicznych|Stale\s+Przedstawicielstwo|Ambasada|Kementerian\s+Luar\s+Negeri|"
    r"Perutusan\s+Tetap|Kedutaan\s+Besar|Misi\s+Tetap|Kementerian\s+Hal\s+Ehwal\s+Luar\s+Negeri)"
    r"(?:\s+(?:иностранных\s+дел|закордонних\s+справ|замежных\s+спрау))?\s+", re.IGNORECASE)


# A web page's title ends on its site's name: '... ante la ONU - MPPRE', 'Statement ... | MINREX'.
_SITE_SUFFIX = re.compile(r"\s(?:[-–—|]|::)\s*(?P<site>[^-–—|:]{2,80}?)\s*$")
# Letters that make a Latin-script word: a name stands alone among them, not among Chinese or Japanese characters.
_LATIN = "A-Za-z0-9À-ɏ"


@lru_cache(maxsize=1)
def _issuer_names() -> tuple[tuple[str, str], ...]:
    """(name, State) for each issuer's name in archive/data/issuers.json, the longest first."""
    pairs = [(name, state) for state, names in vocabulary.load_data("issuers").items()
             if not state.startswith("_") and state != "examples"
             for entry in names for name in (_official_names(state) if entry == "@official" else [entry])]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _official_names(state: str) -> list[str]:
    """The State's names in an official form ('Confédération suisse', 'Rzeczpospolita Polska'), as
    countries_languages.json gives them: on a banner they name the State issuing the page."""
    return [name for name in vocabulary.country_named(state).other_languages if _OFFICIAL_FORM.search(name)]


@lru_cache(maxsize=1)
def _issuers() -> dict[str, str]:
    """Each issuer's name, folded to lower case -> its State."""
    return {name.casefold(): state for name, state in _issuer_names()}


@lru_cache(maxsize=1)
def _issuer_pattern() -> re.Pattern:
    """Any issuer's name: acronyms in capitals only ('MINREX'), the rest in any case (banners are often capitals)."""
    words = "|".join(f"(?-i:{re.escape(name)})" if name.replace(".", "").isupper() else re.escape(name)
                     for name, _state in _issuer_names())
    return re.compile(rf"(?<![{_LATIN}-])(?:{words})(?![{_LATIN}-])", re.IGNORECASE)


def issuer_state(text: str) -> str | None:
    """The State whose own ministry, government or presidency a banner names, in the State's own words or script
    ('T.C. Dışişleri Bakanlığı', 'Vláda České republiky', '外務省', 'Foreign, Commonwealth & Development Office')."""
    match = _issuer_pattern().search(text)
    return _issuers().get(match.group(0).casefold()) if match else None


# Arabic names the State a post or a mission serves after the preposition 'li-' joined to the State's name, the
# article's alif dropped ('المندوب الدائم للجمهورية التونسية' for 'الجمهورية التونسية', 'البعثة الدائمة لدولة قطر'),
# or after 'bi-' (in) as a minister's post names it ('وزير الخارجية بدولة الكويت').
# Only a minister's: an ambassador's 'bi-' names the State he is accredited to ('سفير دولة الكويت بجمهورية مصر العربية',
# Kuwait's ambassador in Egypt), not the one he serves.
_ARABIC_POST_FOR = re.compile(r"(?<![\u0621-\u064a])(?:(?:المندوب|المندوبة|مندوب|الممثل|الممثلة|البعثة|بعثة|وزير|"
                              r"وزيرة|وزارة|السفير|السفيرة|سفير|سفارة)(?:\s+[\u0621-\u0652]+){0,2}?\s+ل"
                              r"|(?:وزير|وزيرة|وزارة)(?:\s+[\u0621-\u0652]+){0,2}?\s+ب)(?=[\u0621-\u064a])")


def arabic_post_state(text: str) -> str | None:
    """The State an Arabic post or mission names after 'li-', in the words its own banners write
    (archive/data/issuers.json): 'المندوب الدائم للجمهورية التونسية' -> Tunisia."""
    for cue in _ARABIC_POST_FOR.finditer(text):
        rest = text[cue.end():]
        for named in (rest, "ا" + rest) if rest.startswith("ل") else (rest,):
            if match := _issuer_pattern().match(named):
                return _issuers().get(match.group(0).casefold())
    return None


def _site_state(text: str) -> str | None:
    """The State whose ministry's site a page title names after its last dash or bar ('... - MPPRE')."""
    suffix = _SITE_SUFFIX.search(text)
    return issuer_state(suffix.group("site")) if suffix else None


# A meeting's verb between a post and its 'of' makes the State after it the counterpart's: 'Minister X received today
# the Minister for Foreign Affairs of Japan', 'following his meeting with the Foreign Minister of Cyprus'.
_COUNTERPART = re.compile(r"\b(?:received|receives|receiving|met|meets|meeting|talks|welcomed|welcomes|hosted|hosts|"
                          r"visit|visits|visited|call|conversation|consultations)\b", re.IGNORECASE)


def _names_counterpart(cue: str) -> bool:
    """The post before the cue's 'of' is the object of a meeting's verb ('received today the Minister ... of', 'his
    meeting with the Foreign Minister of'), the post running straight from the verb to its 'of'; not a post after a
    clause ('Ambassador X, who visited the camps, Permanent Representative of', '... meeting on the situation in the
    Middle East as Deputy Permanent Representative of', 'met Prime Minister X in Dublin as Minister ... of')."""
    verbs = list(_COUNTERPART.finditer(cue))
    return bool(verbs) and bool(_OBJECT_POST.match(cue, verbs[-1].end()))


# After the verb: a few small words ('with the', 'in Riyadh today the'), then capitalized words of the post up to 'of'.
_OBJECT_POST = re.compile(r"\s+(?:(?:with|today|yesterday|the|his|her|by|on|in\s+[A-Z][\w-]*)\s+){0,4}"
                          r"(?:[A-Z][\w'’.-]*\s+(?:(?:for|and|the)\s+)?)+(?:of|de|del|du|da|do)\s+\S*$")


def _speaks_for(folded: str, cue: re.Match) -> bool:
    """False when the post names the State answered, the person addressed, one a courtesy names or a counterpart."""
    if clause_before(ANSWERED, folded, cue.start()) or clause_before(_COURTESY, folded, cue.end()) \
            or _names_counterpart(cue.group(0)):
        return False
    return not (_PERSON_POST.match(cue.group(0)) and clause_before(_ADDRESSEE, folded, cue.start()))


# A State a heading is about (_ABOUT) before a State's government or the statement of the next heading line is no
# State that speaks; before the speaker's own delegation or minister it is ('Press release on the Indian Delegation's
# participation').
_STATEMENT_NOUN = re.compile(r"\b(?:statement|remarks|intervention|speech|government|authorities|regime)\s*$",
                             re.IGNORECASE)


@lru_cache(maxsize=4096)
def country_in_line(text: str) -> str | None:
    """The State a header line speaks for, skipping States it answers or addresses (remembered, as the next two:
    the speaker's cues, the header's and the page's read the same lines)."""
    folded = fold(text)
    for cue in chain(SPEAKS_FOR.finditer(folded), _SPEAKS_FOR_GENITIVE.finditer(folded)):
        if not _speaks_for(folded, cue):
            continue
        match = country_pattern().match(folded, cue.end())
        if not match and cue.groupdict().get("article"):
            match = country_pattern().match(folded, cue.start("article"))
        if not match and (official := OFFICIAL_FORM_PREFIX.match(folded, cue.end())):
            # 'Mission permanente de la République du Bénin': the State in its official form.
            match = country_pattern().match(folded, official.end())
        if match and is_state(canonical_country(match.group(1))) and not COURTESY_AFTER.match(folded, match.end()) \
                and not _owns_the_next_noun(folded, cue, match):
            return canonical_country(match.group(1))
    for match in affiliation_pattern().finditer(text) if _AFFILIATION_NOUN.search(text) else ():
        courtesy = clause_before(_COURTESY, text, match.start()) or COURTESY_AFTER.match(text, match.end())
        other = clause_before(ANSWERED, text, match.start()) or clause_before(OTHER_PARTY_BEFORE, text, match.start()) \
            or (_ABOUT.search(text, 0, match.start()) and _STATEMENT_NOUN.search(match.group(0)))
        if not (other or courtesy) and is_state(adjective_country(match.group(1))):
            return adjective_country(match.group(1))
    if state := _site_state(text) or arabic_post_state(text):
        return state
    return country_in_line(normal) if (normal := in_normal_case(text)) != text else None


@lru_cache(maxsize=4096)
def state_delivering(text: str) -> str | None:
    """The State a heading names as delivering a statement written by several: 'Joint statement ...
    delivered by Finland', 'Senegal on behalf of the African Group'."""
    folded = fold(text)
    for cue in _DELIVERED_BY.finditer(folded):
        if just_before(_DOCUMENT_BEFORE, folded, cue.start(), DOCUMENT_REACH):
            continue
        if state := _state_after(folded, cue):
            return state
    if state := _for_one_state(folded):
        return state
    for behalf in _ON_BEHALF.finditer(folded):
        # The State just before 'on behalf': looked for in the few words there, not along the whole line.
        start = max(0, behalf.start() - 80)
        for match in country_pattern().finditer(folded, start, behalf.start()):
            if match.end() == behalf.start() and (state := _state_after(folded, match, named=match)):
                return state
    return None


def _for_one_state(folded: str, others_first: bool = False) -> str | None:
    """The one State a speaker delivers for ('on behalf of the State of Qatar', 'au nom du Benin'), not a list of States
    nor a group; with others_first, not where the sentence first names another's statement (see _ANOTHERS_STATEMENT)."""
    for cue in _FOR_ONE_STATE.finditer(folded):
        if others_first and _ANOTHERS_STATEMENT.search(folded, max(0, cue.start() - _ANOTHERS_REACH), cue.start()):
            continue
        match = country_pattern().match(folded, cue.end())
        if match and _STATE_ALONE.match(folded, match.end()) and not _another_state_follows(folded, match.end()) \
                and (state := _state_after(folded, cue)):
            return state
    return None


@lru_cache(maxsize=4096)
def state_spoken_for(text: str) -> str | None:
    """The one State a release's sentence says its speaker spoke for ('Prenant la parole au nom du Benin, le ministre
    ...'), where a heading gives none; a sentence of a speech also names the statements of others it aligns with, whose
    State is not the speaker's."""
    return _for_one_state(fold(text), others_first=True)


def _another_state_follows(folded: str, end: int) -> bool:
    """'on behalf of Belgium, Luxembourg and the Netherlands': the first of a list of States, not one alone."""
    comma = _LIST_COMMA.match(folded, end)
    return bool(comma and country_pattern().match(folded, comma.end()))


@lru_cache(maxsize=4096)
def state_speaking(text: str) -> str | None:
    """The State a heading names as the one speaking: 'Explanation of Vote by Ireland', 'Statement of the
    Kingdom of the Netherlands', "India's Explanation of Vote", 'Swiss statement'."""
    folded = fold(text)
    for pattern in (_BY_STATE, _NAME_OF_STATE):
        for cue in pattern.finditer(folded):
            if state := _state_after(folded, cue):
                return state
    if (match := country_pattern().match(folded)) and _STATE_FIRST.match(folded, match.end()):
        return _state_after(folded, match, named=match)
    if (match := _adjective_first().match(text)) and _STATE_FIRST.match(text, match.end()):
        return adjective_country(match.group(1))
    if state := _campaigning(folded):
        return state
    return state_speaking(normal) if (normal := in_normal_case(text)) != text else None


def _campaigning(folded: str) -> str | None:
    """The State a heading names as campaigning: "Germany's candidacy", 'appeals ... to vote for Kenya'. Its
    States are read only where a campaign's words stand: finding every State's name is a heading's costliest search."""
    if not _CAMPAIGN_WORDS.search(folded):
        return None
    for match in country_pattern().finditer(folded):
        campaign = _CANDIDACY.match(folded, match.end()) \
            or just_before(_VOTES_FOR, folded, match.start(), VOTES_FOR_REACH)
        if campaign and is_state(state := canonical_country(match.group(1))):
            return state
    return None


def _state_after(folded: str, cue: re.Match, named: re.Match | None = None) -> str | None:
    """The State named at the end of `cue` (or `named` itself), unless it is answered or not a State
    ('European Union')."""
    match = named or country_pattern().match(folded, cue.end())
    # 'Right of reply by ... to the statement of Turkey': the cue's own words may say the State is answered.
    if not match or clause_before(ANSWERED, folded, cue.start()) or clause_before(ANSWERED, folded, match.start()) \
            or clause_before(_COURTESY, folded, match.start()) or COURTESY_AFTER.match(folded, match.end()):
        return None
    state = canonical_country(match.group(1))
    return state if is_state(state) else None


def is_state(name: str | None) -> bool:
    """A State, not an organization listed with them ('European Union' speaks through a State)."""
    country = vocabulary.country_named(name) if name else None
    return bool(country) and country.status != "organization"


def country_anywhere(text: str) -> str | None:
    """The first State a post names in any form: 'Alternate U.S. Representative for Special Political Affairs', or
    the State's adjective opening it in a language whose post words are not English ('Nederlandse permanente
    vertegenwoordiger in Genève')."""
    match = country_pattern().search(fold(text))
    if match and is_state(canonical_country(match.group(1))):
        return canonical_country(match.group(1))
    adjective = _adjective_first().match(text)
    if adjective is None or text[adjective.end():adjective.end() + 1].isalpha():
        return None  # a whole word only: 'Chadian', not 'Chad' opening another
    return adjective_country(adjective.group(1)) if is_state(adjective_country(adjective.group(1))) else None


# A mission's site named for its State and post, as foreign ministries name them: 'Norway in New York', 'Australia
# in Geneva', 'Ireland at the UN'; alone or as one step of a breadcrumb ('Home / Norway in New York / Statements').
_POSTED_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:UN|United\s+Nations|OSCE|"
                        r"(?P<city>[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?))$")
# A trail's separators; the steps are stripped after the split (a '\s*' on each side would try every space of a
# long run).
_CRUMB = re.compile(r"[/|>»]")


def _mission_site(text: str) -> str | None:
    """'Norway in New York', 'Ireland at the UN': the State whose mission's site this is."""
    for step in (part.strip() for part in _CRUMB.split(text)):
        match = country_pattern().match(fold(step))
        posted = match and _POSTED_IN.fullmatch(step, match.end())
        if posted and (not posted.group("city") or canonical_city(posted.group("city"))) \
                and is_state(state := canonical_country(match.group(1))):
            return state
    return None


# A presidency's or a government's banner names the State in its official form after the office's own name:
# 'Presidency of the Lebanese Republic', 'Presidência da República Portuguesa', 'Présidence de la République
# française', 'Presidencia de la República de Colombia', 'Government of the Republic of X'.
_HEAD_OF_STATES_OFFICE = re.compile(
    r"^(?:(?:Office\s+of\s+the\s+)?Presiden(?:cy|t)\s+of\s+the|Government\s+of\s+the|Presid[êe]ncia\s+da"
    r"|Governo\s+da|Pr[ée]sidence\s+de\s+la|Gouvernement\s+de\s+la|Presidencia\s+de\s+la|Gobierno\s+de\s+la"
    r"|Presidenza\s+della|Governo\s+della)\s+(?=\S)", re.IGNORECASE)


# A government's office as a site's banner names it beside the State ('Ministry of External Relations - Republic of
# Cameroon', 'Sultanate of Oman - Ministry of Foreign Affairs', 'Prime Minister's Office Singapore', 'STATE HOUSE
# KENYA', 'Belize Press Office', 'Republic of Botswana - Government Portal').
_GOVERNMENT_OFFICE = re.compile(
    r"(?:Ministry|Ministère|Ministerio|Ministério|Federal\s+(?:Public\s+Service|Department|Foreign\s+Office)"
    r"|Department\s+(?:of|for)\s+Foreign|Foreign\s+(?:Affairs|Ministry|Office)(?=\s*(?:,|and\b|&|$))"
    r"|(?:Office|Cabinet)\s+of\s+the\s+(?:President|Prime\s+Minister)"
    r"|(?:President|Prime\s+Minister)['’]s\s+Office|Prime\s+Minister\b|Presidency|State\s+House|Government"
    r"|Press\s+Office|Cancillería"
    # ... and a presidency or a government in the sites' own languages ('Presidencia de la República · Estados Unidos
    # Mexicanos', 'Présidence de la République du X', 'Primature').
    r"|Presidencia|Presidência|Présidence|Presidenza|Gobierno|Governo|Gouvernement|Primature)(?!\w)", re.IGNORECASE)
# The separators of a banner's parts: a dash or a middle dot between spaces ('The Islamic Republic of Iran · Office of
# the President'), or a bar; the spaces are stripped after the split (a '\s+' on each side would try every space of a
# long run).
_BANNER_PARTS = re.compile(r"(?<=\s)[-–—·](?=\s)|\|")


def state_beside_office(text: str) -> str | None:
    """The State a banner names beside a government's office, in a part of its own or before or after the office's
    name on one line."""
    parts = [part.strip() for part in _BANNER_PARTS.split(text.strip())]
    if len(parts) == 2:
        for state_part, office in (parts, parts[::-1]):
            if _GOVERNMENT_OFFICE.match(office) and is_state(country := canonical_country(state_part)):
                return country
    elif len(parts) == 1 and len(words := text.split()) <= _BANNER_WORDS:
        for size in range(1, min(_LONGEST_STATE_WORDS, len(words) - 1) + 1):
            for named, office in ((words[-size:], words[:-size]), (words[:size], words[size:])):
                if _OFFICE_NAME.fullmatch(" ".join(office)) and is_state(country := canonical_country(" ".join(named))):
                    return country
    return None


_LONGEST_STATE_WORDS = 5  # 'Saint Vincent and the Grenadines'
_BANNER_WORDS = 16  # a banner's office and State; a longer line is prose
# A government office's whole name, the State before or after it on one line ('Prime Minister's Office Singapore',
# 'Ministry of Foreign Affairs and Trade New Zealand', 'Belize Press Office'); not a headline naming a State after a
# post and a verb ('Prime Minister Departs for Japan', 'Presidency Welcomes Ceasefire Agreement For Sudan').
_OFFICE_NAME = re.compile(
    r"(?:the\s+)?(?:(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?(?:\s+(?:and|&|of|the))*(?:\s+|$))+"
    r"|(?:President|Prime\s+Minister)['’]s\s+Office|Office\s+of\s+the\s+(?:President|Prime\s+Minister)"
    r"|State\s+House|(?:Government\s+)?Press\s+Office|Presidency|Government(?:\s+Portal|\s+of(?:\s+the)?)?"
    r"|Cancillería\s+de)",
    re.IGNORECASE)


def letterhead_state(text: str) -> str | None:
    """A letterhead naming the State in its official form on a line of its own ('REPUBLIC OF CYPRUS'), or a
    banner naming its ministry or government in its own words ('Vláda České republiky', '外務省') or beside the
    State."""
    if (state := issuer_state(text) or _mission_site(text) or state_beside_office(text)) and is_state(state):
        return state
    if not text[:1].isupper() or text.endswith("."):
        return None
    text = re.sub(r"^the\s+", "", text.strip(" ,"), flags=re.IGNORECASE)
    text = _HEAD_OF_STATES_OFFICE.sub("", text)
    if _OFFICIAL_FORM.search(text) and (country := canonical_country(text)) and is_state(country):
        return country
    return None


# A release's speaker restates the stances of the State it speaks for: 'the Foreign Minister reiterated Pakistan's
# concerns', 'underscored Pakistan's readiness to cooperate'. Another State's acts are not stances ('highlighted
# India's aggressive postures'), nor are the stances one rejects.
_RESTATED = re.compile(
    r"\b(?:reiterat|reaffirm|underscor|underlin|emphasi[sz]|stress|express|convey|restat)\w*\s+"
    r"(?:the\s+)?(?P<state>[A-Z][\w .’'-]{1,40}?)['’]s\s+(?:(?:full|firm|strong|continued|unwavering|steadfast|"
    r"principled|deep|serious|grave|consistent|long-?standing)\s+)?(?:concerns?|commitment|readiness|position|"
    r"support|solidarity|resolve|determination|willingness|stance|opposition|condemnation)\b")


def restated_state(text: str) -> tuple[str, str] | None:
    """(State, words) of the one State whose stances a release's speaker restates most often."""
    return most_often((state, match.group(0)) for match in _RESTATED.finditer(fold(text))
                      if is_state(state := canonical_country(match.group("state"))))


def most_often(found: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """(State, the words it was first found in) of the State found most often, when no other is found as often:
    a text that names two States alike gives neither."""
    counts: Counter[str] = Counter()
    words: dict[str, str] = {}
    for state, text in found:
        counts[state] += 1
        words.setdefault(state, text)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0], words[ranked[0][0]]


# A joint statement's list of the States that join it: 'China, Belarus, Bolivia, Burundi, Cambodia, ...'.
# Items are split at commas and semicolons, then at an 'and' that is no part of a State's name ('Bolivia and
# Burundi', not 'Trinidad and Tobago'); each is stripped after the split.
_LIST_SEPARATOR = re.compile(r"[,;]")
_LAST_ITEM = re.compile(r"\sand\s")
_SIGNATORIES = 8  # fewer States in a row are a sentence's list, not the signatories'
_SORTED_AFTER_HEAD = 5  # the States after the head that must stand in alphabetical order


def _list_items(text: str) -> list[str]:
    """'China, Belarus, Trinidad and Tobago and Zambia' -> ['China', 'Belarus', 'Trinidad and Tobago', 'Zambia']."""
    items = []
    for part in _LIST_SEPARATOR.split(text.strip(" .")):
        pieces = [piece.strip() for piece in _LAST_ITEM.split(part.strip())]
        index = 0
        while index < len(pieces):
            # 'Trinidad and Tobago', 'Bosnia and Herzegovina': a State's name holds one 'and' at most
            pair = " and ".join(pieces[index:index + 2])
            size = 2 if index + 1 < len(pieces) and canonical_country(pair) else 1
            items.append(pair if size == 2 else pieces[index])
            index += size
    return [item for item in items if item]


def signatories_head(texts: list[str]) -> tuple[str, str] | None:
    """(State, line) of the State heading a joint statement's list of signatories out of the alphabetical order
    the others keep ('China, Belarus, Bolivia, Burundi, Cambodia'): the one that delivers it puts itself first."""
    for text in texts:
        if text.count(",") + text.count(";") < _SIGNATORIES - 2:  # too few items, whatever 'and' joins
            continue
        items = _list_items(text)
        states = [canonical_country(item) for item in items]
        # A line of States only (one misspelt at most: 'Kyrgyztan'), not a sentence naming a few ('..., to name a few').
        if len(items) < _SIGNATORIES or sum(not (s and is_state(s)) for s in states) > 1:
            continue
        following = [fold(item).casefold() for item in items[1:1 + _SORTED_AFTER_HEAD]]
        if states[0] and following == sorted(following) and fold(items[0]).casefold() > following[0]:
            return states[0], text[:160]
    return None


def answered_states(texts: list[str]) -> set[str]:
    """The States a reply names as the side it answers ('Right of Reply to the Russian Federation', 'in
    response to the statement by the delegation of Azerbaijan'): never the one speaking."""
    states = set()
    for text in texts:
        folded = fold(text)
        for cue in _REPLY_TO.finditer(folded):
            if match := country_pattern().match(folded, cue.end()):
                states.add(canonical_country(match.group(1)))
    return states
