"""The words of personal names and of posts: honorifics, name words, the words that are never part of a
name, the start of a post, and names put in normal case.

Each piece says what it must match and what it must not; the honorifics come
from the vocabularies (archive/data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive import vocabulary
from archive.entities import NAME_PARTICLES
from indexer.extraction.dates import ROMAN_MONTHS, months, weekdays
from indexer.extraction.gazetteer import canonical_country
from indexer.extraction.patterns import POSSESSIVE, alternation


@lru_cache(maxsize=1)
def honorifics() -> re.Pattern:
    """One or more honorifics at the start of a name: 'H.E. Mr. ', 'Ambassador ', '(Dr.) '.

    Must not match inside a word ('Mrs' in 'Mrsomething') nor take 'M' from
    'Mark': each honorific is followed by a space. An entry in capitals
    without dots ('HE') matches only in capitals, so the pronoun 'He' is kept.
    """
    entries = vocabulary.load_data("honorifics")
    capitals = [e for e in entries if e.isupper() and e.isalpha()]
    words = alternation(e for e in entries if e not in capitals)
    exact = "|".join(f"(?-i:{re.escape(e)})" for e in capitals)
    # 'General' before an office it opens is a word of the post, not a rank ('General Secretary X').
    rank_not_office = rf"(?!(?<=general)\s+(?:{alternation(vocabulary.load_data('general_offices')['opens'])})\b)"
    one = f"(?:(?:{words}){rank_not_office}|{_PUAN}{'|' + exact if exact else ''})"
    return re.compile(rf"^(?:\(?{one}\)?,?\s+)+", re.IGNORECASE)


# Malay's 'Puan' (Mrs.) before a name of two words or more on its line ('Puan Nur Azlina binti X'); before one word
# and a comma it is a given name ('Puan Maharani, Speaker of ...').
_PUAN = r"(?-i:Puan)(?=[ \t]+[^\s,]+[ \t]+\S)"


def _collapsed(word: str) -> str:
    """'Ambasssador' -> 'ambasador': doubled letters, the commonest typing slip, folded away."""
    return re.sub(r"(\w)\1+", r"\1", word.casefold().strip(".,()"))


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    return frozenset(_collapsed(e) for e in vocabulary.load_data("honorifics") if " " not in e and len(e) > 4)


def is_honorific_word(word: str) -> bool:
    """A one-word honorific ('Mr.', 'Sheikh'), even with a doubled letter ('Ambasssador')."""
    return _collapsed(word) in _honorific_words() or bool(honorifics().match(word + " "))


# The capitals a name opens with: Latin, Cyrillic ('Игорь Лысенко', kept as written) and Greek.
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ŽЀ-ЯҐΆ-Ω"
# Initials glued to the surname, as Russian and Belarusian pages write a name ('В.Н.Кравченко', 'M.V.Zakharova'), or
# the father's initial glued to the given name, as Mongolian does, in two letters where Cyrillic has one
# ('Ch.Munkhtsetseg', 'Ts.Example'); not 'Sh.', glued to the name as Gulf and Indian pages write Sheikh and Shri.
_GLUED_INITIALS = re.compile(rf"((?:(?:[{_CAPITAL}]|Ch|Zh|Kh|Ts)\.){{1,3}})([{_CAPITAL}][\w'’\-]+)")
# A word of a personal name: capitalized, in capitals ('LI', 'ISHIKANE') or an
# initial ('A.'). Words of posts, institutions and documents are not.
# ... a Polynesian name's word may open on the ʻokina before its capital: 'ʻAmanaki',
# 'ʻOtai', 'ʻAkilisi'.
# ... and a Sesotho married name opens on an apostrophe, 'Ma- (mother of): "'Mamosa", "'Matsepo", "'MALINEO".
# ... and a patronymic's initial transliterated from Cyrillic takes two letters: 'Marat Zh. Example' (Ж), 'Kh.' (Х);
# 'Sh.' only inside a name: before the given name it is Sheikh or Shri (honorifics.json); and Bangladesh's 'Md.'
# (Mohammad).
# A name's word has letters, apostrophes and hyphens, no digit: 'CSW69' in a headline names a session.
_NAME_WORD = re.compile(rf"(?:ʻ?[{_CAPITAL}](?:[^\W\d_]|['’\-])*|['’]Ma[a-z]+|['’]MA[A-Z]+"
                        rf"|[{_CAPITAL}]\.(?:-?[{_CAPITAL}]\.)*"
                        r"|(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya|Yo|Ye|Md)\."
                        rf"|{_GLUED_INITIALS.pattern}"
                        rf"|(?:al|el|as|ad|at|az|ash|ul|ud)-[{_CAPITAL}][\w'’\-]*|[dl]['’][{_CAPITAL}][\w'’\-]*)")
# Honours written after a name ('Dame Anna Example DCMG OBE'): not part of it.
_POSTNOMINALS = {"GCMG", "KCMG", "DCMG", "CMG", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "KCVO", "DCVO", "CVO",
                 "LVO", "QC", "KC", "MP", "PC", "PhD", "FRS",
                 "GCB", "KCB", "DCB", "CB", "GCVO", "CH", "OM", "MVO", "KStJ", "DL", "JP", "MEP", "MSP", "TD", "SC",
                 "Ph.D", "T.D", "M.P", "Q.C", "K.C",
                 # Orders of Barbados, Jamaica, Australia and New Zealand: 'Dame Sandra X, DA', 'Jane X AO'.
                 "DA", "KA", "OJ", "AO", "AC", "CNZM", "ONZM", "MNZM", "KNZM", "DNZM", "QSO",
                 # South Asian officers' staff and defence colleges: 'Maj. Gen. X, ndc, psc, Force Commander'.
                 "ndc", "psc", "afwc", "hdmc", "NDC", "PSC"}
_INSTITUTION_WORDS = {
    "mission", "ministry", "delegation", "government", "republic", "kingdom", "nations", "council", "assembly",
    "office", "embassy", "secretariat", "state", "states", "union", "committee", "conference", "convention",
    "organization", "organisation", "organizations", "organisations", "federation", "department", "agency",
    "coalition", "group", "movement", "initiative", "countries", "community", "commission", "court", "treaty",
    "forum", "league", "alliance", "party", "parties", "programme", "fund", "bank", "institute", "university",
    "association", "news", "consulate", "members", "member", "debate", "meeting", "segment", "summit",
    # ... and a review's or a session's heading run on after the State ('... OF BRUNEI DARUSSALAM' / 'FOURTH CYCLE
    # OF THE UNIVERSAL PERIODIC REVIEW').
    "cycle", "session", "review", "periodic",
    # ... and a site's own desk in a byline: 'By FSM Information Services | September 27, 2024'.
    "services", "desk", "division",
    # ... and the desks that sign a news site's items in its languages: 'Par CRTV Web | 25/02/2025', 'Por Redacción'.
    "web", "online", "newsroom", "redacción", "rédaction", "redação", "redaktion", "redazione", "redactie",
    # ... and the news agencies that sign them: 'Agencia EFE', 'Agence France-Presse', 'Agenzia Nova'.
    "agencia", "agence", "agenzia", "agência", "agentur", "agentschap",
    "nações", "unidas", "naciones", "unies", "misión", "missão", "mission permanente", "delegação", "delegación",
    # The bodies' names in the sites' other languages: 'X al Consiglio di Sicurezza' ends the name at 'al'.
    "consiglio", "consejo", "conseil", "conselho", "assemblea", "asamblea", "assemblée", "assembleia", "comitato",
    "comité", "commissione", "comisión", "comissão", "conferenza", "conferencia", "conférence", "conferência",
    # Ministries by their own names: 'Ministerio de Relaciones Exteriores' is no name above a post.
    "ministerio", "ministère", "ministério", "ministero", "ministerium", "cancillería", "relaciones", "exteriores",
    "estrangeiros", "étrangères", "esteri", "auswärtiges", "auswärtigen", "amt", "amts", "bundesministerium",
    "bundesministeriums", "bundesregierung", "estado",
    # German bodies, as a post names them ('Ständiger Vertreter ... bei den Vereinten Nationen').
    "vereinten", "nationen", "vertretung", "generalversammlung", "sicherheitsrat", "sicherheitsrats",
    "menschenrechtsrat", "menschenrechtsrats", "abrüstungskonferenz",
    # ... and a head of State's or government's office, as its banner names it ('Österreichische
    # Präsidentschaftskanzlei').
    "präsidentschaftskanzlei", "bundespräsidialamt", "staatskanzlei",
    # Catalan bodies: 'Ministeri d'Afers Exteriors', 'Consell d'Europa', 'Comitè de Ministres'.
    "afers", "exteriors", "consell", "comitè", "ministeri",
    # ... and Haitian Creole ones: 'Konsèy Sekirite', 'Nasyonzini'.
    "konsèy", "sekirite", "nasyonzini", "ministè",
    # Russian, Ukrainian and Belarusian bodies, in the nominative and the genitive a post puts them in
    # ('Постоянного представителя Республики Беларусь при ООН').
    "республика", "республики", "федерация", "федерации", "королевства", "министерство", "министерства",
    "міністерство", "міністерства", "миссия", "миссии", "місія", "місії", "делегация", "делегации", "делегації",
    "организации", "организаций", "объединенных", "объединённых", "наций", "націй", "совета", "совет", "ради",
    "генеральной", "ассамблеи", "асамблеї", "оон", "ообн", "обсе", "обсє", "мид", "мзс", "сб", "га", "ес", "єс",
    # Indonesian and Malay bodies, as a mission's post names them ('Wakil Tetap RI untuk PBB, WTO dan Organisasi
    # Internasional lainnya di Jenewa', 'Pertubuhan Bangsa-Bangsa Bersatu'); not 'RI' ('Republik Indonesia'), a
    # Korean surname in lower case ('Ri Yong Example').
    "organisasi", "internasional", "antarabangsa", "pertubuhan", "perserikatan", "bangsa-bangsa", "bersatu", "pbb",
    "republik", "kementerian", "perutusan", "perwakilan",
    # Romanian bodies, as a heading names the venue after the speaker ('rostită de dl X la Consiliul Drepturilor
    # Omului', 'la Adunarea Generală a ONU'), in both spellings of ț.
    "consiliul", "consiliului", "adunarea", "adunării", "conferința", "conferinţa", "conferinței", "conferinţei",
    "comitetul", "comitetului", "organizația", "organizaţia", "organizației", "organizaţiei", "ministerul",
    "ministerului", "națiunilor", "naţiunilor", "onu",
    # Dutch bodies, as a headline names the venue after the speaker ('Minister X in de VN-Veiligheidsraad', 'in de
    # Algemene Vergadering'): 'in de' there is no particle of a name ('Sophie in 't Veld').
    "vn-veiligheidsraad", "veiligheidsraad", "vn-mensenrechtenraad", "mensenrechtenraad", "algemene", "vergadering",
    "vn", "verenigde", "naties",
    # A presidency's banner above its news ('Presidência da República de Cabo Verde', 'Présidence de la République').
    "presidency", "presidência", "presidencia", "présidence", "presidenza", "república", "république", "repubblica",
} | {word.casefold() for word in (
    # The Hellenic Republic's name, a Greek ministry's and a press office's ('Γραφείο Τύπου'), nominative and
    # genitive, casefolded as Greek's final 'ς' is.
    "δημοκρατία", "δημοκρατίας", "υπουργείο", "υπουργείου", "γραφείο", "γραφείου", "τύπου")}
# Words of posts: never part of a name ('Federal Councillor Didier Burkhalter').
_POST_WORDS = {
    "permanent", "representative", "deputy", "minister", "ambassador", "president", "chair", "chairman",
    "chairperson", "chairwoman", "chairperson-in-office", "secretary", "counsellor", "counselor", "councillor",
    "councilor", "undersecretary", "under-secretary", "spokesperson", "spokesman", "spokeswoman", "envoy",
    "commissioner", "commissaire", "chancellor", "premier", "parliamentary", "attaché", "attache", "chargé", "charge",
    "alternate", "acting", "resident", "staff", "cabinet",
    # An ambassador's full rank ('Ambassador Extraordinary and Plenipotentiary', 'Embajador Extraordinario y
    # Plenipotenciario', 'Ambassadeur extraordinaire et plénipotentiaire'): words of the post, never a name.
    "extraordinary", "plenipotentiary", "extraordinario", "extraordinaria", "plenipotenciario", "plenipotenciaria",
    "extraordinário", "extraordinária", "plenipotenciário", "plenipotenciária", "extraordinaire", "plénipotentiaire",
    "чрезвычайный", "полномочный",
    "head", "chief", "delegate", "observer", "federal", "prime", "vice", "adviser", "advisor", "director",
    "ambassador-at-large", "minister-counsellor", "coordinator", "rapporteur", "governor", "senator",
    "director-general", "secretary-general", "directeur-général",
    # The head of an agency or a programme: 'Administrator of the National Nuclear Security Administration X'.
    "administrator",
    # The British spelling, and the political counsellor's or coordinator's adjective ('Political Co-ordinator X').
    "co-ordinator", "political",
    "representante", "permanente", "embajador", "embajadora", "embaixador", "embaixadora", "ministro", "ministra",
    "ministre", "représentant", "représentante", "ambassadeur", "ambassadrice", "chef", "cheffe", "chefe",
    "ambaixador", "ambaixadora", "representant", "minis", "reprezantan", "pèmanan", "prezidan", "afè", "etranjè",
    "delegado", "delegada", "délégué",
    "secretario", "secretária", "secrétaire", "presidente", "président", "canciller", "chanceler",
    # ... and the French 'général' after a post ('Secrétaire Général du Ministère', 'Directeur général').
    "général", "générale",
    # Compared casefolded: 'Außenministerin' is 'aussenministerin'.
    "d’affaires", "d'affaires", "a.i.", "taoiseach", "tánaiste", "aussenminister", "aussenministerin", "bundeskanzler",
    "bundeskanzlerin", "bundespräsident", "bundespräsidentin", "bundesminister", "bundesministerin", "staatsminister",
    "staatsministerin", "rappresentante",
    "regierungssprecher", "regierungssprecherin", "sprecher", "sprecherin", "pressesprecher", "pressesprecherin",
    "stellvertretende", "stellvertretender", "stellvertretenden",
    # A German State Secretary, and the Nordic ones ('Staatssekretärin X', 'Statssekreterare X').
    "staatssekretär", "staatssekretärin", "statssekreterare", "statssekretær",
    # ... and a German Permanent Representative ('Die Ständige Vertreterin X').
    "ständige", "ständiger", "ständigen", "vertreter", "vertreterin", "vertreters",
    # ... and ministers in the genitive a title puts them in ('Rede des Außenministers X').
    "aussenministers", "bundesministers", "bundeskanzlers", "staatsministers", "staatssekretärs",  # casefolded
    # Counsellors and secretaries of a mission in Spanish, Portuguese, French and Italian: 'Ministra Consejera X'.
    "consejero", "consejera", "conselheiro", "conselheira", "conseiller", "conseillère", "consigliere",
    "secretaria", "primer", "primera", "segundo", "segunda", "tercer", "tercera", "primo", "vicecanciller",
    "viceministro", "viceministra", "ambasciatore", "ambasciatrice", "ministro-conselheiro", "ministra-conselheira",
    "sottosegretario", "sottosegretaria", "segretario", "segretaria", "subsecretario", "subsecretaria",
    "sous-secrétaire", "directeur", "directrice", "directora", "porte-parole", "portavoz",
    # The adjectives after a post in those languages: 'Representante Permanente Alterna, Embajadora X'.
    "alterna", "alterno", "adjunta", "adjunto", "adjointe", "adjoint", "suplente", "substituta", "substituto",
    "interina", "interino", "consultor", "consultora", "jurídico", "jurídica", "asesor", "asesora", "assessor",
    "assessora",
    # A chargé d'affaires in Spanish and Portuguese: 'Encargada de Negocios a.i., X'.
    "encargado", "encargada", "negocios", "encarregado", "encarregada", "negócios",
    # Turkish, Romanian, Polish, Nordic, Finnish and Indonesian posts, as ministries' news items write them before
    # the name ('Dışişleri Bakan Yardımcısı Büyükelçi X', 'Ministrul afacerilor externe, X', 'Menteri Luar Negeri X').
    "dışişleri", "bakan", "bakanı", "bakanlığı", "yardımcısı", "sözcüsü", "cumhurbaşkanı", "daimi", "temsilcisi",
    # ... and heads of government (ROLE_START).
    "minister-president", "kryeministri", "kryeministër", "vlády", "министър-председател",
    "ministrul", "secretarul", "ambasadorul", "reprezentantul",
    # ... and in the genitive after a heading's noun ('Intervenția Ambasadorului X', 'Discursul ministrului X').
    "ministrului", "secretarului", "ambasadorului", "reprezentantului", "președintelui", "președintele",
    "wiceminister", "rzecznik",
    "utrikesminister", "utenriksminister", "udenrigsminister", "statsminister", "ulkoministeri", "pääministeri",
    "tasavallan", "presidentti", "suurlähettiläs", "pysyvä", "edustaja",
    "menteri", "menlu", "wakil", "duta", "presiden", "luar", "negeri", "besar", "tetap",
    # ... and the portfolios Indonesian and Malay ministers hold, which stand between the post and the name with no
    # comma ('Wakil Menteri Hak Asasi Manusia X', 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan X').
    "perdana", "koordinator", "bidang", "hak", "asasi", "manusia", "politik", "hukum", "keamanan", "pemberdayaan",
    "perempuan", "perlindungan", "kesehatan", "pertahanan", "keuangan", "perdagangan", "lingkungan", "kehutanan",
    "pendidikan", "sosial", "agama", "perekonomian", "pembangunan", "perencanaan", "perindustrian",
    "ketenagakerjaan", "kelautan", "perikanan", "pariwisata", "perhubungan", "kebudayaan", "urusan", "sekretaris",
    # Czech, Slovak, Slovene, Croatian, Serbian and Baltic posts ('Ministr zahraničních věcí Jan X').
    "prezident", "prezidentka", "prezidenta", "prezidentky",
    "ministr", "ministar", "ministras", "ministrs", "välisminister", "ambasador", "ambasadorka", "veleposlanik",
    "veleposlanica", "veľvyslanec", "velvyslanec",
    # ... Croatian, Bosnian and Serbian posts before the name in a ministry's lead ('Državni tajnik X sudjelovao je',
    # 'Ministar spoljnih poslova X obratio se', 'Stalni predstavnik X'), and a Swedish 'FN-ambassadör'.
    "državni", "državna", "tajnik", "tajnica", "vanjskih", "spoljnih", "inostranih", "poslova", "europskih",
    "evropskih", "stalni", "stalna", "predstavnik", "predstavnica", "zamjenik", "zamjenica", "zamenik", "zamenica",
    "fn-ambassadör", "fn-ambassadør",
    # Dutch posts and the adjective of a Latin American foreign minister's title ('Canciller Nacional').
    "vice-eersteminister", "eerste", "staatssecretaris", "vertegenwoordiger", "buitenlandse", "zaken", "nacional",
    # Russian and Ukrainian posts, in the nominative and the genitive ('Выступление Постоянного представителя').
    "постоянный", "постоянного", "представитель", "представителя", "постійний", "постійного", "представник",
    "представника", "министр", "министра", "міністр", "міністра", "заместитель", "заместителя", "заступник",
    "заступника", "посол", "посла", "председатель", "председателя", "голова", "президент", "президента",
    "директор", "директора", "советник", "советника", "радник", "радника", "секретарь", "секретаря", "секретар",
    "официальный", "официального", "офіційний", "руководитель", "руководителя", "глава", "главы", "речник",
    # Bulgarian and Macedonian posts ('Изказване на посланик X, постоянен представител на ...').
    "посланик", "постоянен", "постојан", "представител", "претставник", "министър", "министърът", "заместник-министър",
    "министер",
} | {word.casefold() for word in (  # compared casefolded, where Greek's final 'ς' is 'σ'
    # Greek posts, nominative and genitive ('Ο Υπουργός Εξωτερικών X').
    "πρωθυπουργός", "πρωθυπουργού", "υπουργός", "υπουργού", "υφυπουργός", "υφυπουργού", "εξωτερικών", "πρόεδρος",
    "προέδρου", "μόνιμος", "μόνιμου", "αντιπρόσωπος", "αντιπροσώπου", "πρέσβης", "πρέσβη")}
# A headline's verb after the post: Indonesian, capitalized ('Menlu Sampaikan Sikap Indonesia pada ...', 'Wamenlu
# Tegaskan ...', 'Presiden Hadiri ...'), and German, in a presidency's or chancellery's headline ('Bundespräsident
# trifft Präsident X', 'Bundeskanzler empfängt ...'): it ends the post, and what follows it is no name.
HEADLINE_VERBS = frozenset({
    "sampaikan", "tegaskan", "serukan", "tekankan", "hadiri", "paparkan", "dorong", "bahas", "ajak", "desak",
    "kecam", "soroti", "pimpin", "resmikan", "dukung", "serahkan", "terima", "sambut", "tandatangani", "luncurkan",
    "kunjungi", "bertemu", "ikuti",
    "trifft", "empfängt", "gratuliert", "ernennt", "würdigt", "besucht", "eröffnet", "reist", "dankt", "kondoliert",
    "telefoniert", "verleiht", "begrüßt", "unterzeichnet", "fordert", "warnt", "mahnt", "appelliert", "lädt",
    "zeichnet", "nimmt", "hält", "spricht", "betont", "ruft"})

_NOT_NAME_WORDS = _INSTITUTION_WORDS | _POST_WORDS | HEADLINE_VERBS | {
    "united", "general", "security", "human", "rights",
    # A minister's portfolio ends the post before the name: 'Minister for Foreign Trade and Development Ville X'.
    "trade", "development", "cooperation", "co-operation", "coopération", "defence", "defense", "finance",
    "environment",
    "integration", "economy", "justice", "interior", "health", "education", "culture", "energy", "commerce",
    "industry", "agriculture", "disarmament", "migration", "climate", "diaspora", "tourism", "investment",
    # ... and an envoy's or an adviser's brief: 'Special Envoy for the Middle East Peace Process X', 'Special Envoy
    # for Holocaust Issues X'.
    "middle", "east", "process", "issues", "holocaust", "questions", "policy", "relations",
    # ... and a commissioner's or a minister's remit for people in need of care: 'Presidential Commissioner for
    # Children's Rights and Child Rehabilitation X', 'Minister of Women, Family and Community Development X'.
    "child", "children", "youth", "women", "gender", "equality", "family", "rehabilitation", "protection", "welfare",
    # ... and in Spanish, Portuguese and French: 'Ministro dos Negócios Estrangeiros, Cooperação Internacional e
    # Comunidades X'.
    "cooperação", "cooperación", "internacional", "international", "comunidades", "communautés", "extérieures",
    "relações", "integração", "integración", "desenvolvimento", "desarrollo", "développement",
    # French posts of State ('Ministre d'État', 'Secrétaire d'État'): the elided 'de' of a name's particle looks alike.
    "d'état", "d’état",
    "foreign", "affairs", "statement", "session", "annex", "letter", "note", "the", "of", "and", "on", "at",
    "by", "for", "to", "in", "mr", "mrs", "ms", "dr", "h.e.", "amb.", "excellency", "thank", "you", "madam",
    # The United Nations, the OSCE and their organs in Turkish ('BM Güvenlik Konseyi'nde' after a name).
    "bm", "agit", "birleşmiş", "milletler", "güvenlik", "konseyi", "kurulu",
    "osce", "un", "unga", "unsc", "eu", "nato", "npt", "cd", "hrc", "ecosoc", "ohchr", "unhq", "uae", "usa",
    "iaea", "opcw", "ctbto", "wto", "who", "unesco", "unicef", "asean", "au", "oic", "nam", "caricom",
    "right", "reply", "joint",
    "explanation", "vote", "remarks", "speech", "item", "agenda", "first", "second", "third", "city",
    "address", "intervention", "opening", "closing", "high-level", "open", "plenary", "home", "news",
    # The words for a speech in the sites' other languages, opening a heading: 'Discurso do Senhor X'.
    "discurso", "intervenção", "intervención", "declaração", "declaración", "discours", "déclaration", "allocution",
    "rede", "intervento", "dichiarazione", "discorso", "palabras", "mensaje", "mensagem", "pronunciamento",
    # ... and for a vote's explanation and a reply ('EXPLICACIÓN DE VOTO DEL PARAGUAY', 'Explication de vote').
    "explicación", "explicação", "explication", "réplica", "réponse", "resposta",
    "after", "before", "during", "following", "under", "upon", "regarding", "concerning", "with", "from", "as",
    "delivered", "presented", "made", "against", "between", "among", "about", "into", "over", "via",
    # A page's type label above the text ('Press Release', 'Media Statement') is no name.
    "press", "release", "media", "communiqué", "communique", "declaration", "briefing", "transcript",
    # ... in the sites' languages ('NOTA DE IMPRENSA', 'Comunicado de prensa', 'Komunikat prasowy').
    "nota", "imprensa", "prensa", "presse", "comunicado", "comunicato", "stampa", "pressemitteilung", "persbericht",
    "komunikat", "prasowy", "sporočilo", "saopštenje", "saopćenje", "priopćenje", "pressmeddelande",
    "pressemeddelelse", "tiedote",
    # A page's sharing and counting furniture beside a heading ('Views: 836 Print Share') is no name.
    "print", "share", "views", "tweet", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin",
    "telegram", "download", "pdf", "related", "posts",
    # A UN meeting record's masthead ('Official Records', 'Provisional', 'Verbatim Record') is no name.
    "official", "records", "record", "provisional", "verbatim",
    # A meeting's words in Spanish, Portuguese and French after a heading's comma ('Intervención de la República
    # Dominicana, Segmento de Alto Nivel') are no name.
    "segmento", "sesión", "sessão", "séance", "reunión", "réunion", "cumbre", "sommet", "debate", "débat",
    "diálogo", "dialogue", "conferencia", "conferência", "conférence", "período", "periodo",
    # A chargé d'affaires' 'ad interim' after the post ('Permanent Representative of Haiti Ad Interim').
    "interim",
}


# The head of a delegation, a function a post line may carry below it or beside it ('Attorney General of X' /
# 'Head of Delegation'), in the languages of the sites too ('глава делегации Российской Федерации', 'Leiter der
# Delegation').
DELEGATION_HEAD = re.compile(r"^(?:(?:head|chief|leader)\s+of\s+(?:the\s+)?delegation|chef\s+de\s+(?:la\s+)?"
                             r"d[ée]l[ée]gation|jef[ea]\s+de\s+(?:la\s+)?delegaci[óo]n|chefe\s+da\s+delegação"
                             r"|(?:глава|руководитель)\s+делегации|(?:голова|керівник)\s+делегації"
                             r"|leiter(?:in)?\s+der\s+delegation|capo\s+(?:della\s+)?delegazione)\b", re.IGNORECASE)


# A UN verbatim record's speaker: a title, the name, then the State in brackets ('Mr. Akram (Pakistan)', 'Mrs. de
# la Example (Spain)', 'M. Example (France)'), as the record names each speaker and press material titles a
# statement ('STATEMENT BY MR. X (PAKISTAN)'). Each reader adds what opens and closes it where it reads it.
NAME_AND_STATE = (r"(?:(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame|Lord|Baroness|Sheikh|Prince|Princess|Archbishop|Monsignor)"
                  r"\.?|M\.)\s+(?P<name>(?:(?:de|van|von|del|da|du|al|el|le|la|ter)\s+)?[A-Z][\w'’.\-]*"
                  r"(?:\s+(?:[A-Z]|de\s|del\s|van\s)[\w'’.\-]*){0,4})\s+\((?P<state>[^()]{3,60})\)")
# Words that open a post: 'Permanent Representative of ...', 'minister of Foreign Affairs',
# 'Chairperson-in-Office'. Adjectives ('Acting', 'Deputy') need a capitalized word after them,
# so 'acting on behalf of' is no post; 'Under', 'Special', 'State' only in their compounds.
# Words just before a name or a post that make it another party than the speaker's: the one a letter or a
# message is addressed to, met or received, thanked or congratulated, who presides ('Letter to H.E. Mr. X', 'The
# Minister met with H.E. Mr. Y', 'under the Presidency of Ambassador Z').
OTHER_PARTY_BEFORE = re.compile(
    r"\b(?:to|with|met|meets|received|receives|thanks?|thanked|congratulat\w*|visits?|visited|welcomed?|"
    r"welcomes|hosts?|hosted|chaired\s+by|presided\s+(?:over\s+)?by|under|"
    r"(?:presidency|chairmanship|chairpersonship|chair|auspices)\s+of"
    # ... or whom a title mourns, honours or greets ('Condolences on the passing of H.E. Mr. X', 'in honour of').
    r"|(?:passing|death|memory|honou?r|election|appointment|visit|retirement|departure|farewell)\s+of)\W*$",
    re.IGNORECASE)
# A verb of meeting anywhere before a name makes it the guest, not the one reported ('The Minister received the
# Ambassador of Japan, H.E. Mr. X, who ...').
MEETING_VERB = re.compile(r"\b(?:met|meets|received|receives|welcomed|welcomes|hosted|hosts|visited|visits|thanked|"
                          r"thanks|congratulated|congratulates|accompanied|called\s+on|held\s+talks\s+with)\b",
                          re.IGNORECASE)
_BEFORE_TITLE = r"(?=[\s-]+(?-i:[A-Z]))"
# The words a ministry's portfolio is named with in a minister's style before the name (ROLE_START).
_PORTFOLIO_WORD = (r"(?:Foreign|Home|Finance|Trade|Health|Defen[cs]e|Justice|Education|Energy|Environment|Agriculture|"
                   r"Information|Interior|Tourism|Labou?r|Industry|Transport|Mines|Water|Lands|Youth|Sports?|Women|"
                   r"Gender|Culture|Commerce|Economy|Planning|Development|Security|Affairs|International|Regional|Child|"
                   r"Care|Social|Welfare|Public|Service|Local|Government|Integration|Co-?operation|Climate|Digital)")
ROLE_START = re.compile(
    rf"^(?:(?:Deputy|Permanent|Alternate|Acting|Vice|Prime|Resident|Federal|Senior|Principal|Assistant|"
    # ... Indonesia's and Singapore's ministers over several ministries: 'Coordinating Minister for Economic Affairs'.
    rf"Executive|Associate|Coordinating){_BEFORE_TITLE}|"
    # A head of State's own envoys, advisers and commissioners: 'Presidential Envoy', 'Presidential Commissioner for
    # ...'; not the presidency's offices ('Presidential Palace', 'Presidential Administration').
    r"Presidential\s+(?:Special\s+)?(?:Envoy|Commissioner|Advis[eo]r|Representative)\b|"
    # ... or before the post itself, which news style writes in lower case ('Ms. X, deputy permanent representative',
    # 'X, South Korea's deputy ambassador to the United Nations, said').
    r"(?:(?:Deputy|Alternate|Acting)\s+)?Permanent\s+Representative|(?:Deputy|Acting)\s+Ambassador|"
    r"Minister|Ministre|Ministro|Ministra|President|Ambassador|Ambassadeur|"
    r"Embajador|Embajadora|Embaixador|Embaixadora|Representante|Représentant|Chargée?|Charge|Counsell?or|Councill?or|"
    r"(?:First|Second|Third)\s+(?:Secretary|Counsell?or|Deputy)|First\s+Assistant\s+Secretary|Attachée?|Attache|Head\s+of|Chief|Secretary"
    r"|Leader\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}Delegation"
    # A peace operation's and a mission's uniformed posts: 'Force Commander', 'Police Commissioner', 'Defence Attaché'.
    r"|(?:Force|Deputy\s+Force|Police)\s+(?:Commander|Commissioner)|(?:Naval|Military|Defen[cs]e|Air|Army)\s+Attach[ée]e?"
    r"|General\s+Secretary|"
    r"Under[- ]?Secretary|(?:Joint|Additional)\s+Secretary|"
    r"Special\s+(?:Envoy|Representative|Adviser|Advisor|Co-?ordinator|Rapporteur)|Director|"
    r"Adviser|Advisor|Legal\s+(?:Adviser|Advisor|Counsel(?:l?or)?)|"
    # ... and an adviser by his field: 'Foreign Policy Adviser to the President', 'National Security Adviser'.
    r"(?:(?:Foreign|National|Security|Economic|Political|Diplomatic)\s+){1,2}(?:Policy\s+)?Advis[eo]r|Coordinador(?:a)?|Coordenador(?:a)?|"
    r"Coordonnat(?:eur|rice)|(?:Attorney|Solicitor)[- ]General|"
    # The legal adviser and the adviser in Spanish and Portuguese: 'Consultor Jurídico Adjunto', 'Asesora'.
    r"Consultor(?:a)?\s+Jur[ií]dic[oa]|Asesor(?:a)?|Assessor(?:a)?|Delegate|Representative|Spokes(?:person|man|woman)|"
    r"(?:Foreign\s+Ministry|MFA|Official)\s+Spokes(?:person|man|woman)|Official\s+Representative|"
    r"Chair(?:person|man|woman)?|Co-Chair|(?:Public\s+)?Member\s+of|"
    # ... a member of a commission or board, the office after a comma as South Asian English writes it ('Member,
    # National Planning Commission'); a Lusophone government's national director ('Diretor Nacional'); an Indonesian
    # coordinating ministry's deputy for a field ('Deputi Bidang': 'Deputy for Gender Equality'); a French delegate
    # ('Délégué interministériel aux droits de l'Homme').
    r"Member(?=,\s+(?:[A-Z][\w-]*\s+){0,3}(?:Commission|Board|Council|Committee|Authority)\b)|"
    r"National\s+(?:Director|Co-?ordinator)\b|Deputy\s+for(?=\s+[A-Z])|D[ée]l[ée]gu[ée]e?\b|Foreign\s+(?:Affairs\s+)?(?:Minister|Secretary|Advis[eo]r)|"
    # ... and a minister or a Kenyan cabinet secretary by his portfolio, as Commonwealth newspapers style him before
    # the name ('Foreign Affairs and International Trade Minister X', 'Health Minister X', 'Foreign Affairs Cabinet
    # Secretary X').
    rf"(?:{_PORTFOLIO_WORD}\s+(?:and\s+)?){{1,6}}(?:Minister|Cabinet\s+Secretary)\b|"
    # ... a ruler's title, not the first part of a given name joined by a hyphen ('Amir-Hossein X').
    r"State\s+(?:Secretary|Minister)|Consul|High\s+(?:Representative|Commissioner)|King|Queen|(?:Emir|Amir|Sultan)(?!-)|"
    r"Crown\s+Prince|Envoy|Commissioner|Commissaire|Chancellor|Governor|Observer|Agent|Co-?ordinator|Premier|Senator|"
    r"Mayor|Administrator|"
    # Monaco's ministers: 'Government Counsellor-Minister for External Relations' ('Conseiller' is read below).
    r"Government\s+Counsell?or[-\s]Minister|"
    # ... and a government's commissioner for a portfolio: 'Government Plenipotentiary for National Minorities'.
    r"(?:Government\s+)?Plenipotentiary(?=\s+for\b)|"
    r"Parliamentary\s+(?:Secretary|Under[- ]Secretary|State\s+Secretary)|"
    # Catalan posts: 'ambaixadora, representant permanent del Principat d'Andorra', 'ministra d'Afers Exteriors'.
    r"Ambaixador(?:a)?|Representant(?=\s+permanent|\s+Permanent)|Conseller(?:a)?|"
    # Haitian Creole: 'Minis Afè Etranjè', 'Reprezantan Pèmanan Ayiti'.
    r"Minis(?=\s)|Premye\s+Minis|Prezidan|Reprezantan|"
    # Posts in Spanish, Portuguese and French headings, and the Holy See's nuncio.
    r"Primeir[oa]-Ministr[oa]|Primer[oa]?\s+Ministr[oa]|(?:Première?|Premier)\s+ministre|"
    r"Canciller|Vicecanciller|Vice-?ministr[oa]|Presidente|Presidenta|(?-i:Vice-?[Pp]residente|Vice-?[Pp]residenta)|(?:Vice-)?Présidente?|"
    r"Jef[ea]\s+de|Chef(?:fe)?\s+d[eu]|Chefe\s+d[aeo]|Ambassadrice|"
    r"Encargad[oa]\s+de\s+Negocios|Encarregad[oa]\s+de\s+Neg[óo]cios|"
    r"Consejer[oa]|Conseill(?:er|ère)|Conselheir[oa]|Consigliere|(?:Apostolic\s+)?Nuncio|"
    r"(?:Primer|Primera|Segund[oa]|Tercer|Tercera|Primeir[oa])\s+Secret[aá]ri[oa]|Primo\s+(?:Segretario|Consigliere)|"
    r"(?:Premier|Première|Deuxième|Troisième)\s+secrétaire|"
    r"(?:Premier|Première|Deuxième|Primer|Primera|Primeir[oa]|Segund[oa])\s+(?:Conseill(?:er|ère)|Consejer[oa]|"
    r"Conselheir[oa])|"
    # 'State Councilor and Foreign Minister', 'Youth Delegate'; 'PR'/'DPR' are how missions abbreviate the post.
    r"State\s+Councill?or|Youth\s+(?:Delegate|Representative)|Political\s+Co-?ordinator|Cabinet\s+Secretary|"
    r"External\s+Affairs\s+Minister|(?:Legal|Technical)\s+Expert|Expert|Military\s+(?:Adviser|Advisor|Expert)|"
    r"Taoiseach|Tánaiste|Rappresentante|Sottosegretari[oa]|Segretari[oa]|Subsecretari[oa]|Sous-secrétaire|"
    r"Secrétaire\s+d['’]État|Secrétaire\s+g[ée]n[ée]ral(?:e)?|Représentante|Directeur|Directrice|Directora|Porte-parole|Portavoz|"
    r"Außenminister(?:in|s)?|Bundes(?:kanzler|minister|präsident)(?:in|s)?|"
    # A German government's and ministry's spokespersons: 'Regierungssprecher X', 'stellvertretende
    # Regierungssprecherin X', 'Sprecherin des Auswärtigen Amts'.
    r"(?:stellvertretende[rn]?\s+)?(?:Regierungs|Presse)?sprecher(?:in)?|"
    r"Ständige[rn]?\s+Vertreter(?:in|s)?|Staats(?:minister|sekretär)(?:in|s)?|(?-i:D?PR)(?=\s+of\b|\s*[,.;]|\s*$)|"
    r"(?:Department|Ministry|Government|Presidential|Press)\s+Spokes(?:person|man|woman)|"
    r"(?:Foreign\s+)?Press\s+(?:Secretary|Officer|Attach[ée]e?)|"
    # Turkish, Romanian, Polish, Nordic, Finnish and Indonesian posts.
    r"Dışişleri\s+Bakan\w*|Cumhurbaşkan\w*|Daimi\s+Temsilci\w*|Bakan\s+Yardımcısı|"
    # A head of government's title where it opens the post as 'Prime Minister' does, in the Dutch, Slovak, Czech,
    # Albanian and Bulgarian ministries' pages ('Minister-president X', 'Marek X, predseda vlády Slovenskej
    # republiky', 'Kryeministri X').
    r"Minister-?president|p[rř]edsed(?:a|níčka|kyně)\s+vlády|Kryeministr\w*|Kryeministër|министър-председател|"
    r"Ministrul(?:ui)?|Secretar(?:ul|ului)?\s+de\s+stat|Ambasadorul(?:ui)?|Reprezentantul(?:ui)?\s+permanent|"
    r"Președintel(?:e|ui)|Prim-ministrul(?:ui)?|"
    r"Wiceminister|Stały\s+Przedstawiciel|Rzecznik|Utrikesminister|Utenriksminister|Udenrigsminister|"
    r"Statsminister|Statssekreterare|Statssekretær|Ulkoministeri|Pääministeri|Perdana\s+Menteri|Menteri(?=\s+[A-Z])|Menlu|"
    r"Tasavallan\s+presidentti|Suurlähettiläs|Pysyvä\s+edustaja|"
    r"Wakil\s+(?:Menteri|Tetap|Presiden)|Duta\s+Besar|Presiden|"
    # Andorra's head of government, in Catalan.
    r"Cap\s+de\s+Govern|"
    # Czech posts, written in lower case after a quotation's verb ('uvedla ... zmocněnkyně vlády pro lidská práva X').
    r"ministr(?:yně)?|prezident(?:ka)?|náměst(?:ek|kyně)|velvyslan(?:ec|kyně)|zmocněn(?:ec|kyně)|předsed(?:a|kyně)|mluvčí|"
    r"stál(?:ý|á)\s+představitel(?:ka)?|"
    # Slovak, Slovene, Croatian, Serbian, Lithuanian, Latvian and Estonian posts: 'ministar vanjskih poslova X'.
    r"veľvyslan(?:ec|kyňa)|stál(?:y|a)\s+predstavite[lľ]\w*|ministar|veleposlani(?:k|ca)|stalni\s+predstavnik|"
    r"državn(?:i|a)\s+(?:tajni(?:k|ca)|sekretar(?:ka)?)|zamj?enik|"
    # ... and Serbian in Cyrillic, declined after a heading's noun: 'сталне представнице Републике Србије'.
    r"сталн(?:и|ог|а|е)\s+представни(?:к|ка|ца|це)|"
    r"постоянен\s+представител|заместник-министър|министър(?:ът)?|"
    r"ambasador(?:ka)?|ministras|ministrė|ministrs|välisminister|član(?:ica)?\s+Predsjedništva|"
    # Dutch posts, and a Spanish secretary of State's ministry ('secretaria de Relaciones Exteriores').
    r"Vice-eersteminister|Eerste\s+minister|Staatssecretaris|Permanente?\s+vertegenwoordiger|"
    r"Secret[aá]ri[oa](?:-Geral\b|(?=\s+(?:de|del|General)\b))|"
    # Russian and Ukrainian posts, nominative and genitive: 'Постоянный представитель', 'заместителя Министра'.
    r"(?:Первый\s+|Первого\s+|Перший\s+|Першого\s+)?(?:заместител[ья]|заступника?|заступниц[яі])|"
    # ... Macedonian's, the President's of the Republic (a woman's too: 'Претседателка на Република ...'; not the
    # chair of a body, 'Претседателот на Генералното собрание', whom a statement addresses), and Bulgarian's with its
    # definite article ('Постоянният представител на Република България').
    r"Претседател(?:ка|от|ката)?(?=\s+на\s+Република\b)|Постојан(?:иот|ата)?\s+претставни(?:к|чка)|постоянни(?:ят|я)\s+представител|"
    r"(?:Постоянн(?:ый|ого)|Постійн(?:ий|ого)|Официальн(?:ый|ого)|Офіційн(?:ий|ого)|Специальн(?:ый|ого)|"
    r"Спеціальн(?:ий|ого))\s+представ(?:ител[ья]|ника?)|Министра?|Міністра?|Посола?|Посла|"
    r"Чрезвычайн(?:ый|ого)\s+и\s+Полномочн(?:ый|ого)|Надзвичайн(?:ий|ого)\s+і\s+Повноважн(?:ий|ого)|"
    r"Председател[ья]|Президента?|Директора?|Советника?|Радника?|Руководител[ья]|Глав[аы]\s+|Речник|"
    # ... and Serbian's: 'Председник Републике Србије'.
    r"Председник|"
    r"Временн(?:ый|ого)\s+поверенн(?:ый|ого)|Тимчасов(?:ий|ого)\s+повірен(?:ий|ого)|"
    r"(?:Перв(?:ый|ого)|Втор(?:ой|ого)|Трет(?:ий|ьего))\s+секретар[ья]|Статс-секретар[ья]|"
    # Greek posts, nominative and genitive: 'Ο Πρωθυπουργός X', 'Ομιλία του Υπουργού Εξωτερικών X'.
    r"Πρωθυπουργ(?:ός|ού)|(?:Υφ)?[Υυ]πουργ(?:ός|ού)|Πρόεδρ(?:ος|ου)|Μόνιμ(?:ος|ου)\s+Αντιπρόσωπ(?:ος|ου)|"
    r"Πρέσβη(?:ς)?)\b",
    re.IGNORECASE,
)
# A mission or ministry named in place of a post: an affiliation, not a post.
_AFFILIATION = re.compile(
    r"^(?:Permanent\s+|Observer\s+|Representative\s+)*(?:Mission|Delegation|Embassy|Ministry|Consulate|"
    r"Government(?!\s+(?:Counsell?or[-\s]Minister|Plenipotentiary))|"
    r"Department\s+(?:of|for)\b)\b"
    # ... a head of government's or State's office ('Director of External Affairs, Office of the Premier'; not the
    # office of a body's president, an addressee's), ...
    r"|^Office\s+of\s+the\s+(?:Premier|Prime\s+Minister|(?:Vice[-\s]?)?President)\b(?!\s+of\b)"
    # ... and in the sites' other languages: 'Misión Permanente de Costa Rica', 'Délégation permanente de ...'.
    r"|^(?:Misión|Missão|Mission|Delegación|Delegação|Délégation|Embajada|Embaixada|Ambassade|Ministerio|Ministério|"
    r"Ministère|Consulado|Consulat|Gobierno|Governo|Gouvernement|Ständige\s+Vertretung|Botschaft"
    # ... Romanian ('director adjunct, Direcția Drept Internațional și Tratate, Ministerul Afacerilor Externe'), and a
    # ministry's directorate that a director's post names in the other languages.
    r"|Ministerul|Misiunea|Ambasada|Departamentul|Direcți[ae]|Direcţi[ae]|Directorate|Direction|Dirección|Direção)\b",
    re.IGNORECASE,
)
# 'representative of the Russian Federation', 'Delegate of the Islamic Republic': a description, not a post; one
# accredited to a body or charged with a field is ('Representative of the Republic of X on International Legal
# Matters', as an agent before the Court may be styled).
_DESCRIPTION = re.compile(r"^(?:the\s+)?(?:representative|delegate|delegado|delegada)\s+(?:of|de|del)\b(?!.*\bto\b)"
                          r"(?!.*\bon\s+(?-i:[A-Z]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _nationality() -> re.Pattern:
    """A State's name or adjective before a post: 'New Zealand ', 'Australian ', 'U.S. ', 'Ireland's '."""
    words = {w for c in vocabulary.countries() for w in (*c.every_name, *c.adjectives)}
    return re.compile(rf"^(?:the\s+)?(?:{alternation(words)})(?:{POSSESSIVE})?\s+", re.IGNORECASE)


# An organization's acronym before the post it gives: 'UN Youth Delegate', 'EU Special Representative', 'OSCE
# Chairperson-in-Office'.
ORGANISATION_BEFORE = re.compile(r"^(?:UN|U\.N\.|EU|OSCE|AU|NATO|OAS|ASEAN|CARICOM)\s+(?=[A-Z])")


def _without_nationality(text: str) -> str:
    return ORGANISATION_BEFORE.sub("", _nationality().sub("", text.strip(), count=1), count=1)


def names_a_state_body(words: list[str]) -> bool:
    """'Belarusian MFA', 'Russian MFA': a State's adjective then its body's acronym, ending a post before the name
    ('the Official Spokesperson of the Belarusian MFA Yevgeny Example')."""
    acronym = words[-1].strip(",;:") if len(words) == 2 else ""
    return len(acronym) >= 2 and acronym.isupper() and acronym.isalpha() and bool(_nationality().match(f"{words[0]} "))


def opens_post_with_nationality(words: list[str]) -> bool:
    """'Australian Permanent Representative', 'Georgian Deputy Foreign Minister': a State's adjective or name
    then a post's word, where a heading run together ends the name before it ('Mr Peter Example Australian
    Permanent Representative ...')."""
    return len(words) >= 2 and bool(_nationality().match(f"{words[0]} ")) and ROLE_START.match(" ".join(words[1:]))


# Longer than any State's official name ('United Kingdom of Great Britain and Northern Ireland'): not looked up.
_LONGEST_STATE_NAME = 80


# Hungarian writes a post head-last, the State and the body before the noun ('Magyarország ENSZ melletti állandó
# képviselője', its permanent representative to the UN; 'külügyminiszter', 'államtitkára'), in lower case; so do
# Lithuanian and Latvian, the State in the genitive first ('Lietuvos Respublikos užsienio reikalų ministras').
_HEAD_LAST_POST = re.compile(r"^(?:\S+\s+){0,6}?(?:[a-záéíóöőúüű]*(?:képviselő|képviselőhelyettes|nagykövet|miniszter|"
                             r"miniszterelnök|államtitkár|szóvivő|elnök))(?:je|e|a)?\.?$"
                             r"|^(?:\S+\s+){1,6}?(?:(?:vice)?ministr(?:as|ė|s)|ambasador(?:ius|ė)|nuolatinis\s+atstovas|"
                             r"nuolatinė\s+atstovė|prezident(?:as|ė)|vēstniek(?:s|ce)|pastāvīg(?:ais|ā)\s+pārstāv(?:is|e))\.?$")


# A newspaper's byline gives its journalist's post ('Tapiwa Example, Senior Reporter', 'Chief Correspondent').
_NEWSROOM = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:Reporter|Correspondent|Writer|Editor|Journalist|Columnist|"
                       r"Photographer|Sub-?Editor)s?\s*$")


def is_newsroom_post(text: str) -> bool:
    """A newsroom's post, as a byline gives it under a headline: the reporter's, not the speaker's."""
    return bool(_NEWSROOM.match(text.strip(" ,.")))


def is_post(text: str) -> bool:
    """A post as written: 'Permanent Representative of Japan', 'New Zealand Permanent Representative ...'.

    Not a bare 'Ambassador', not an affiliation ('Ireland's Permanent Mission to the UN'), not a
    description ('representative of the Russian Federation'), nor a State's official name that opens like a
    post ('Federal Democratic Republic of Ethiopia' under a minister's signature names the State he signs for)."""
    core = _without_nationality(text)
    if _HEAD_LAST_POST.match(text.strip(" ,")):
        return True
    if not ROLE_START.match(core) or _AFFILIATION.match(core) or _DESCRIPTION.match(core) \
            or (len(text) <= _LONGEST_STATE_NAME and canonical_country(text.strip(" .,"))):
        return False
    return core.strip(" .,").casefold() not in _BARE_AMBASSADOR


# 'Ambassador' alone is a rank, not a post (the labels' rule), in the sites' languages and cases.
_BARE_AMBASSADOR = frozenset({
    "ambassador", "embajador", "embajadora", "embaixador", "embaixadora", "ambassadeur", "ambassadrice",
    "ambasciatore", "ambasciatrice", "botschafter", "botschafterin", "ambasadorul", "ambasadorului", "ambasador",
    "ambasadora", "ambasadorka", "veleposlanik", "veleposlanica", "velvyslanec", "veľvyslanec", "ambassadør",
    "ambassadör", "посол", "посла"})


# A mission's ranks that serve as a title before a name ('Counsellor Zhao Example', 'la Consejera Marta Example');
# after the name they are the post ('Mr. X, Counsellor').
_RANK_TITLES = {"counsellor", "counselor", "consejero", "consejera", "conseiller", "conseillère", "conselheiro",
                "conselheira", "consigliere",
                # ... and a Nigerian or Ghanaian chieftaincy title ('Chief X, Minister of Foreign Affairs').
                "chief"}


def is_rank_title(text: str) -> bool:
    """A rank alone, as written before a name: a title, not the post the labels give."""
    return " ".join(text.split()).strip(" ,.").casefold() in _RANK_TITLES


# A mission's diplomatic ranks of two words ('Ministra Consejera', 'Minister Counsellor', 'First Secretary'): written
# before the name with the post after it ('Intervención de la Ministra Consejera X, Representante Permanente
# Alterna ...'), the rank is the title and the post the one after the name.
_MISSION_RANK = re.compile(
    r"^(?:Minist(?:er|re|ro|ra)[\s-]+(?:Counsell?or|Conseill(?:er|ère)|Consejer[oa]|Conselheir[oa]|Consigliere|"
    r"Plenipotentiar(?:y|io|ia)|Plenipotenciari[oa]|plénipotentiaire)"
    r"|(?:First|Second|Third)\s+Secretary|(?:Primer|Primera|Segund[oa]|Tercer|Tercera)\s+Secretari[oa]"
    r"|(?:Premier|Première|Deuxième|Troisième)\s+secrétaire|(?:Primeir[oa]|Segund[oa])\s+Secretári[oa])$",
    re.IGNORECASE)


def is_mission_rank(text: str) -> bool:
    """A two-word rank alone ('Minister Counsellor'): before a name with a post after it, a title."""
    return bool(_MISSION_RANK.match(" ".join(text.split()).strip(" ,.")))


def is_affiliation(text: str) -> bool:
    """'Permanent Mission of India', 'Ghana Permanent Mission to the United Nations'."""
    return bool(_AFFILIATION.match(_without_nationality(text)))


# The Caribbean's Senior Counsel, read after a name ('Janelle X, S.C., M.P.'); before one, 'S.C.' are initials
# ('S.C. Varadan'), so it stays out of _POSTNOMINALS.
_SENIOR_COUNSEL = {"S.C"}


def is_senior_counsel(word: str) -> bool:
    return word.strip(".,;:") in _SENIOR_COUNSEL


def is_postnominal(word: str) -> bool:
    """'OBE', 'MP', and the same in brackets as some signatures set it ('Jane Example (MP)')."""
    return word.strip(".,;:") in _POSTNOMINALS or (word.startswith("(") and word.rstrip(".,;:").endswith(")")
                                                    and word.strip("().,;:") in _POSTNOMINALS)


def name_core(word: str) -> str:
    """The word without the punctuation after it, a closing bracket too ('(delivered by Ms. X)'); an initial ('A.')
    or 'Jr.' keeps its stop."""
    word = word.rstrip(",;:)]")
    return word[:-1] if word.endswith(".") and len(word) > 3 and "." not in word[:-1] else word


# The article French, Catalan and Italian elide before a word: 'd'Afers', 'l'Ambassadrice', and before a State or a
# city ('d'Italia', 'l'Ouganda').
ELISION = re.compile(r"^[dlDL]['’](?=\w)")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words never part of a personal name: _NOT_NAME_WORDS, and the English days of the week ('Monday'), which
    open a heading's date; the other languages' are not among them, as some are given names too ('Domingo')."""
    return frozenset({*_NOT_NAME_WORDS, *(day.casefold() for day in weekdays("English"))})


def is_name_word(word: str, dated: bool = True) -> bool:
    """A word that can be part of a personal name. A month's name is one ('Jan Lipavský', 'May
    Example') only when no number stands beside it (`dated` False)."""
    core = word.rstrip(".,;:")
    return (bool(_NAME_WORD.fullmatch(name_core(word)))
            and core not in _POSTNOMINALS
            and core.casefold() not in _not_name_words()
            and ELISION.sub("", core).casefold() not in _not_name_words()  # 'd'Afers Exteriors' names a ministry
            and (not dated or core.casefold() not in months())
            and _collapsed(core) not in _honorific_words()
            and not _plural_post(core))


def names_holders(post: str) -> bool:
    """'Prime Ministers of A, B and C', 'Foreign Ministers of the Group': a post whose title is in the plural names
    several holders speaking together, none of them the speaker alone."""
    title = re.split(r"\s(?:of|for|to|de|du|des|da|do|del)\s", post, maxsplit=1)[0]
    return any(_plural_post(word) for word in title.split())


def _plural_post(word: str) -> bool:
    """'Ministers', 'Ambassadors', 'Ministros': a post in the plural names the holders of a joint statement ('Joint
    statement by the Prime Ministers of A, B and C'), never a person."""
    folded = word.casefold()
    if folded in _POST_WORDS or folded[:-1] in _GENITIVE_S_POSTS:
        return False  # a singular ending in 's' ('ministrs', 'ministras'), or a German genitive ('Bundesministers')
    return folded.endswith("s") and (folded[:-1] in _POST_WORDS or folded[:-2] in _POST_WORDS and folded[-2] == "e")


# German and Nordic posts ending in '-er' form their plural without an 's' ('die Bundesminister', 'utrikesministrar'):
# with one it is the genitive singular ('des Bundesministers', 'utrikesministers besök').
_GENITIVE_S_POSTS = frozenset(word for word in _POST_WORDS if word != "minister"
                              and word.endswith(("minister", "kanzler", "sprecher")) and "-" not in word)


def has_glued_initials(word: str) -> bool:
    """'В.Н.Кравченко': initials and surname in one word, a whole name."""
    return bool(_GLUED_INITIALS.fullmatch(name_core(word)))


def is_institution_word(word: str) -> bool:
    return word.casefold() in _INSTITUTION_WORDS


def is_post_word(word: str) -> bool:
    return word.casefold().strip(".,;:") in _POST_WORDS


# Roman numerals up to XII keep their capitals after a name: 'Felipe VI', 'Charles III'.
_ROMAN_NUMERALS = frozenset(ROMAN_MONTHS)
_INITIALS = re.compile(rf"(?:[{_CAPITAL}]\.-?)+")  # "J.R.", "В.В."


def is_particle(word: str) -> bool:
    """'van', 'de', 'bin': lower-case words inside a name; a Turkic patronymic's word only as written in lower case
    ('Elvin Rasul oglu Example'), as capitalized it may be the surname itself ('Nurbek Almazbek Uulu')."""
    return word.casefold() in NAME_PARTICLES or word in _TURKIC_PATRONYMIC


_TURKIC_PATRONYMIC = frozenset({"oglu", "oğlu", "ogly", "ugli", "uulu", "qizi", "qızı", "kyzy", "gizi"})


def normalize_name(text: str) -> str:
    """Names in normal case: 'ENRIQUE A. MANALO' -> 'Enrique A. Manalo', 'ISHIKANE Kimihiro' ->
    'Ishikane Kimihiro'. A word in capitals of two or more letters is capitalized; initials,
    'McX' and other mixed-case words stay; particles ('VAN', 'DE') go lower inside a name."""
    words = " ".join(text.strip(" ,;").lstrip(". ").split()).split(" ")  # 'Mr . SEMEDO' leaves '. SEMEDO'
    out = []
    for index, word in enumerate(words):
        letters = [ch for ch in word if ch.isalpha()]
        if glued := _GLUED_INITIALS.fullmatch(word):  # 'В.А.НЕБЕНЗЯ' -> 'В.А.Небензя'
            out.append(glued.group(1) + _capitalize(glued.group(2)))
        elif len(letters) < 2 or not all(ch.isupper() for ch in letters) or word in _ROMAN_NUMERALS \
                or _INITIALS.fullmatch(word):
            out.append(word)
        elif index and (is_particle(word) or word.casefold() == "in" and index + 1 < len(words)
                        and is_particle(words[index + 1])):  # 'ROBERT IN DEN BOSCH'
            out.append(word.lower())
        else:
            out.append(_capitalize(word))
    return " ".join(out)


def _capitalize(word: str) -> str:
    """'AL-KIDWA' -> 'Al-Kidwa', "O'BRIEN" -> "O'Brien", "'MALINEO" -> "'Malineo", 'JA’AFARI' -> 'Ja’afari', 'SELİN'
    -> 'Selin' (the Turkish dotted capital lowers to a plain i, not to i and a combining dot)."""
    parts = re.split(r"([-'’])", word.replace("İ", "I").lower())
    out = []
    for index, part in enumerate(parts):
        after_prefix = index >= 2 and parts[index - 1] in "'’" and len(parts[index - 2]) <= 1
        capital = index == 0 or (parts[index - 1] == "-") or after_prefix
        out.append(part[:1].upper() + part[1:] if capital else part)
    return "".join(out)


# The words that join a heading's words, in lower case in headline style: 'Speech by X in New York at the ...'.
_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "by", "de", "del", "des", "du", "during", "en", "for", "from",
                          "in", "la", "le", "of", "on", "or", "the", "to", "with"))


_INITIAL_LETTER = re.compile(r"^([^\w]*)([^\W\d_])")


@lru_cache(maxsize=4096)
def in_normal_case(text: str) -> str:
    """A heading set in capitals ('SPEECH BY FOREIGN MINISTER X IN NEW YORK AT THE ...', as UN cover pages
    and many mission sites print titles) or with every word capitalized ('Statement By X In Geneva', a
    site's CSS 'capitalize') in headline style: the small words joining the others in lower case unless
    they open a part ('..., THE HAGUE' -> '..., The Hague'), words in capitals capitalized, so that cues
    written for a heading in normal case read it too. Other text is returned as it is."""
    words = text.split()
    capitals = text.isupper()
    joining = [word for index, word in enumerate(words) if index and word.casefold() in _SMALL_WORDS]
    if not capitals and not (len(joining) >= 2 and all(word[0].isupper() for word in joining)):
        return text
    out = []
    for index, word in enumerate(words):
        opens = index == 0 or words[index - 1][-1] in ",;:(–—-" or word[0] in "(\"“"
        if not opens and word.casefold() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(_INITIAL_LETTER.sub(lambda m: m.group(1) + m.group(2).upper(), word.lower()) if capitals
                       else word)
    return " ".join(out)


# An honorific typed without its space or with a slip of punctuation ('Mr.Gensher', 'Mr; Eric X', 'Mr.. X'),
# as a spreadsheet or a hurried page writes it.
_SLIPPED_HONORIFIC = re.compile(r"^(Mr|Mrs|Ms|Dr|Mme|Amb)[.;,:]+\s*(?=\S)")


def strip_honorifics(text: str) -> str:
    return honorifics().sub("", _SLIPPED_HONORIFIC.sub(r"\1 ", text.strip()))


def only_honorifics(text: str) -> bool:
    """Whether `text` is honorifics and nothing else ('H.E. Mr.', or nothing): what may stand before a name without
    being a post or another's words. Read with a name after it, as honorifics are matched before one."""
    return strip_honorifics(text + " x") == "x"

