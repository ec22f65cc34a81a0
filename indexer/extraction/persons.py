"""A person named in a phrase: the words that introduce them, the name, the post before it.

A heading names its speaker after an introducing word ("Statement by", "As
delivered by", "Statement of the", "Letter from"); the name is a run of one to
six capitalized words, words in capitals, initials, particles ('van', 'al-')
and a suffix ('Jr.'); the post may come before it ("Foreign Minister X",
"Permanent Representative of Iceland X"), and is read here, since where it
ends is where the name begins. The post after the name and on the lines below
it is read in posts.py. Used by the speaker modules (speaker_heading.py,
speaker_text.py, signatures.py, reported_speakers.py) for every convention they read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.vocabulary import load_data
from indexer.extraction.gazetteer import canonical_city, canonical_country
from indexer.extraction.lines import Line
from indexer.extraction.names import (
    ELISION,
    HEADLINE_VERBS,
    ROLE_START,
    has_glued_initials,
    honorifics,
    is_honorific_word,
    is_institution_word,
    is_mission_rank,
    is_name_word,
    is_particle,
    is_post,
    is_post_word,
    is_postnominal,
    is_rank_title,
    is_senior_counsel,
    name_core,
    names_a_state_body,
    normalize_name,
    only_honorifics,
    opens_post_with_nationality,
    strip_honorifics,
)
from indexer.extraction.patterns import COURT_OFFICES, IN_RESPONSE_TO, POSSESSIVE, POSSESSIVE_END

# Words that open the speaker's part of a heading. A title noun after 'the' is a
# mention in prose ("the statement by the representative of X"), not a heading.
TITLE_NOUNS = (r"statement|remarks|speech|address|intervention|reply|vote|position|briefing|message|press\s+conference"
               r"|interview|declaration")
# A title line: 'Statement at the Security Council', 'Explanation of Vote ...', 'Right of Reply ...'.
TITLE_START = re.compile(rf"^(?:(?:joint|national)\s+)?(?:{TITLE_NOUNS}|explanation|right\s+of\s+reply)\b",
                         re.IGNORECASE)
_PARTICIPLES = r"delivered|presented|made|read|given|granted|pronounced|exercised|introduced|sent|signed|transmitted"
# A report may say when between a statement's participle and its 'by': 'Yemen's statement delivered on Friday by',
# 'remarks delivered today by', 'statement made on 4 March by'.
_WHEN = r"(?:(?:today|yesterday|earlier\s+today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" \
    r"\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{1,2}\s+[A-Z][a-z]+)?(?:\s+\d{4})?)\s+)?"
# A group's statement names the group before its deliverer: 'Statement delivered on behalf of the Pacific Small Island
# Developing States (PSIDS) by the Permanent Representative of X, H.E. Mr. Y', 'Joint statement on behalf of 40
# States by'.
_ON_BEHALF_OF = r"(?:on\s+behalf\s+of\s+[^,;()]{1,80}?(?:\s+\([^()]{1,20}\))?\s+)?"
# The nouns a Russian heading opens with, the speaker after them in the genitive ('Выступление ... Г.М.Примерова').
_RUSSIAN_TITLE_NOUNS = r"Выступление|Объяснение\s+мотивов\s+голосования|Заявление|Речь|Ответы?|Комментарий|Интервью|" \
    r"Статья|Обращение"
# ... and a Serbian one ('Обраћање министра ... Милоша Примеровића'), whose men's names lose the genitive's '-а' as
# Russian's do; the Ukrainian heading ('Виступ ... Сергія X') keeps its name as read, its endings being others.
GENITIVE_NAME_HEADING = re.compile(rf"^(?:{_RUSSIAN_TITLE_NOUNS}|Обраћање|Излагање)\s")
INTROS = re.compile(
    # A bracket may stand between the title and 'by': 'Right of Reply (RoR) by', 'Statement (as delivered) by'.
    rf"(?:(?<!\bthe\s)(?<![A-Za-z])(?:{TITLE_NOUNS})\s+(?:\([^()]{{1,30}}\)\s+)?(?:(?:{_PARTICIPLES})\s+{_WHEN})?"
    rf"{_ON_BEHALF_OF}(?:out\s+)?by\b"
    # Not a report, a briefing or a draft someone else presented: 'Statement on the report presented by Special
    # Rapporteur X', 'the resolution introduced by Ambassador X'.
    rf"|(?<!statement\s)(?<!remarks\s)(?<!speech\s)(?<!address\s)(?<!reply\s)(?<!report\s)(?<!reports\s)"
    rf"(?<!briefing\s)(?<!resolution\s)(?<!resolutions\s)\b(?:{_PARTICIPLES})\s+{_ON_BEHALF_OF}(?:out\s+)?by\b"
    r"|^by\b"
    # ... and a byline in the sites' languages, before a name or a title in capitals: 'Par Jean Exemple', 'Por el
    # Embajador X', 'Von Hans Beispiel', 'Door Jan Voorbeeld', 'Oleh Budi Contoh'.
    r"|^(?:par|por|von|door|oleh)(?=\s+(?:(?:el|la|le)\s+)?(?-i:[A-Z]))"
    # A host's field naming who spoke, in the sites' languages ('Speaker: X', a transcript's 'Speaking: X'); not a
    # panel's plural list ('Speakers: X, Y').
    r"|^(?:presenter|speaker|speaking|speaker\s*\(s\)|orador|oradora|orateur|oratrice|intervenant|intervenante|ponente|"
    r"redner|rednerin|relatore|relatrice|выступающий|выступающая|выступает|докладчик|доповідач|промовець)\s*(?=:)"
    r"|\b(?:intervención|discurso|declaración|declaraciones|palabras|mensaje|comunicado)\s+"
    r"(?:(?:de\s+(?:apertura|clausura)|inaugural)\s+)?(?:del|de\s+la)\b"
    # Spanish and Portuguese participles: 'Discurso pronunciado por X', 'Intervención a cargo del Embajador X',
    # 'Declaração lida pela Ministra X', 'Discurso proferido pelo Embaixador X'; ...
    r"|\b(?:pronunciad[oa]|presentad[oa]|leíd[oa]|realizad[oa]|proferid[oa]|apresentad[oa]|lid[oa])"
    r"\s+(?:por|pel[oa])\b|\ba\s+cargo\s+(?:del|de\s+la|de)\b"
    # ... and Italian ones: 'Intervento pronunciato dall'Ambasciatore X'.
    r"|\b(?:pronunciat[oa]|lett[oa]|presentat[oa])\s+(?:(?:da|dal|dalla|dallo)\b|dall['’])"
    # Catalan: 'Intervenció a càrrec de l'Excma. Sra. X', 'Discurs del ministre X'.
    r"|\ba\s+càrrec\s+(?:del|de\s+la|de)\b|\b(?:intervenció|discurs|declaració|paraules)\s+(?:del|de\s+la)\b"
    # German and Italian: 'Rede von Botschafterin X', 'Intervento dell'Ambasciatore X'; the German and Dutch passive
    # that names who delivered: 'Erklärung vorgetragen von X', 'Verklaring voorgelezen door X'.
    r"|\b(?:rede|erklärung|ansprache|stellungnahme)\s+von\b"
    # ... and the post in the genitive opening the title: 'Rede des Ständigen Vertreters Deutschlands ..., Botschafter
    # X' (not 'Erwiderung auf die Rede des Außenministers ...', the speech answered).
    r"|^(?:rede|erklärung|ansprache|stellungnahme|grußwort)\s+(?:des|der)(?=\s+(?-i:Ständigen|Stellvertretenden|"
    r"Bundes(?:ministers?|ministerin|kanzlers?|kanzlerin|präsidenten|präsidentin)|Botschafters?|Botschafterin|"
    r"Staats(?:ministers?|ministerin|sekretärs?|sekretärin)|Außenministers?|Außenministerin|Ministers?|Ministerin)\b)"
    r"|\b(?:gehalten|vorgetragen|verlesen|vorgestellt)\s+von\b"
    r"|\b(?:uitgesproken|voorgelezen|gehouden|gepresenteerd)\s+door\b"
    r"|\b(?:intervento|dichiarazione|discorso)\s+(?:dell['’]|(?:del|della|dello)\b)"
    # Haitian Creole: 'Deklarasyon Minis Afè Etranjè a, X', 'Diskou Anbasadè X'.
    r"|^(?:deklarasyon|diskou|entèvansyon|mesaj)(?=\s+(?-i:Minis|Premye|Prezidan|Anbasadè|Reprezantan)\b)"
    # Bulgarian and Macedonian: 'Изказване на посланик X' (Statement by Ambassador X), 'Реч на министъра X'.
    r"|^(?:изказване|реч|изявление|обръщение|говор|обраќање)\s+на\b"
    # Russian and Ukrainian bylines over the name: 'Оглашено:' (read out), 'Зачитал:', 'Виголошено:'.
    r"|^(?:оглашен[оа]?|зачитан[оа]?|зачитал[аи]?|виголошен[оа]?)\s*:"
    # Romanian writes the title's genitive in its post, no 'of': 'Intervenția Ambasadorului X', 'Discursul
    # ministrului X', 'Declarația Președintelui X'.
    r"|^(?:interven[țţ]ia|discursul|declara[țţ]ia|alocu[țţ]iunea)(?=\s+(?:ambasadorului|ministrului|"
    r"reprezentantului|secretarului|pre[șş]edintelui|prim-ministrului|domnului|doamnei)\b)"
    # Indonesian: 'Pidato Menteri Luar Negeri X pada ...', 'Sambutan Wakil Menteri ...'.
    r"|^(?:pidato|sambutan|pernyataan)(?=\s+(?-i:Menteri|Menlu|Wakil|Duta|Presiden|Dubes)\b)"
    # ... and the passive that names who delivered, in Indonesian and Malay: 'Hal tersebut disampaikan oleh Wakil
    # Tetap RI ..., Duta Besar X', 'Kenyataan itu dibacakan oleh Menteri Luar Negeri X'.
    r"|\b(?:disampaikan|dibacakan|diucapkan|dipaparkan)\s+oleh\b"
    # Swedish, Norwegian, Danish and Dutch: 'Anförande av utrikesminister X', 'Tale af udenrigsminister X',
    # 'Toespraak van minister X'.
    r"|\b(?:anförande|tal|uttalande|inlägg|innlegg|tale|indlæg|erklæring)\s+(?:av|af)\b"
    # ... Norwegian and Danish 'ved' (by) before a rank or a name, not before the meeting ('ved FNs generalforsamling'):
    # 'Innlegg ved ambassadør X'.
    r"|\b(?:innlegg|tale|indlæg)\s+ved(?=\s+(?:[\w-]*(?:minister|ambassadør|sekretær)\s+)?"
    r"(?-i:[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ][a-zæøå]))"
    # Portuguese, before an ambassador or a courtesy title: 'Intervenção do Embaixador X' ...
    r"|\b(?:intervenção|discurso|declaração|pronunciamento)\s+de(?=\s+Sua\s+Excelência\b)"
    r"|\b(?:intervenção|discurso|declaração|pronunciamento|mensagem|alocução)\s+(?:do|da)"
    r"(?=\s+(?:Embaixador|Embaixadora|Sua\s+Excelência"
    r"|Senhor|Senhora|Sr\.|Sra\."
    # ... before a post written in full with its portfolio: 'Intervenção do Ministro dos Negócios Estrangeiros, X',
    # 'do Representante Permanente do Brasil junto às Nações Unidas, Embaixador X' ...
    r"|(?-i:Ministr[oa]|Secret[áa]ri[oa](?:-Geral)?|Representante|President[ea]|Primeir[oa]-Ministr[oa])\s+"
    r"(?:(?-i:Permanente|Alterno|Alterna|Adjunto|Adjunta)\s+)?"
    r"(?:d[aeo]s?|para|junto)\s"
    # ... or before the name itself: 'Discurso do Presidente Luiz X', 'Declaração da Secretária de Estado Ana X'.
    r"|(?-i:Ministr[oa]|Presidente|Presidenta|Chanceler|Secret[áa]ri[oa]\s+de\s+Estado)\s+(?-i:[A-ZÀ-Þ])[a-zà-ÿ]))"
    # French: 'Déclaration prononcée par M. X', 'lue par le Conseiller X', 'lue par Jean Exemple'.
    r"|\b(?:prononcée?|présentée?|lue?)\s+par(?=\s+(?:S\.\s?E\.|Son\s+Excellence|M\.|Mme|Madame|Monsieur|Dr\.?\s|"
    r"l['’]Ambassad(?:eur|rice)|(?:le|la)\s+(?-i:[A-Z])|(?-i:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+[A-Z])))"
    # Romanian: 'Rostită de dna X, director adjunct ...', 'Prezentată de E.S. dl X', 'de Excelența Sa dl X'.
    r"|\b(?:rostit[ăa]?|prezentat[ăa]?|sus[țţ]inut[ăa]?)\s+de(?=\s+(?:E\.\s?S\.|Excelen[țţ]a\s+Sa|dna|dl|dnul|d-na|d-l|"
    r"doamna|domnul|"
    r"(?-i:[A-ZĂÂÎȘŢȚŞ])))"
    # A Russian or Ukrainian heading puts the speaker in the genitive after the title's noun: 'Выступление
    # Постоянного представителя ... В.Н.Кравченко', 'Виступ Міністра ...'; not 'Выступление на заседании'; so does a
    # Serbian one ('Излагање амбасадорке X, сталне представнице ...').
    rf"|^(?:{_RUSSIAN_TITLE_NOUNS}|Виступ|Заява|Промова|Излагање|Обраћање|Изјава|Выступил[аи]?|Виступил[аи]|Виступив|"
    r"Відповід[ьі]|Коментар|Інтерв['’]ю|Звернення)(?=\s+(?!(?:на|в|во|по|о|об|к|с|со|для|при|у|до|з|із)\s)\w)"
    # A French heading: 'Intervention de M. X, représentant permanent ...', 'Discours de S.E. Mme X', 'Déclaration
    # de la porte-parole du ministère X'.
    r"|\b(?:intervention|déclaration|discours|allocution)\s+(?:d['’](?:ouverture|introduction)\s+|de\s+clôture\s+)?"
    r"(?:de|du)(?=\s+(?:S\.\s?E\.|Son\s+Excellence|M\.|Mme|"
    r"Madame|Monsieur|l['’]Ambassad(?:eur|rice)|(?-i:Ambassad(?:eur|rice))|la\s+(?-i:[Mm]inistre)|(?-i:[Mm]inistre)"
    r"|(?:(?:le|la)\s+|(?<=\bdu\s))(?-i:(?:Vice-)?Premi(?:er|ère)\s+[mM]inistre|Secrétaire|[Pp]orte-parole"
    # ... a commissioner, a director, a delegate, a counsellor by office ('Discours de la Commissaire aux Droits de
    # l'Homme, Mme X'; 'Intervention du Délégué interministériel aux droits de l'Homme, M. Y')
    r"|(?:Haut-)?[Cc]ommissaire|Direct(?:eur|rice)|Délégué|Conseill(?:er|ère))"
    # ... or the post itself after 'du' (de le) or 'de la': 'Déclaration du Représentant permanent du Sénégal, S.E. M.
    # X', 'Intervention de la Représentante permanente adjointe de la Belgique, Mme X'.
    r"|(?:la\s+)?(?-i:Représentante?\s+[Pp]ermanente?|Chargée?\s+d['’]affaires)))"
    r"|(?<!\bthe\s)\b(?:statement|remarks|speech|address|message|intervention|interview|answers?|comments?)\s+of"
    r"(?=\s+the\s|\s+(?-i:[A-Z]))"
    # ... a translated 'Palabras del Presidente' ('Words of President X at ...'), a transcript ('Transcript of Minister
    # for Foreign Affairs Dr X's Doorstop Interview'); not 'Transcript of the Secretary-General's Press Conference'.
    r"|(?<!\bthe\s)\b(?:words|transcript)\s+of(?=\s+(?-i:[A-Z]))(?!\s+the\b)"
    # An interview with the one interviewed, named by post or honorific: 'Interview with Foreign Minister X', 'with
    # the Permanent Representative of X, Ambassador Y'.
    # Not a journalist's ('Minister X's interview with Sir Y', a knight or professor asking the questions).
    r"|(?<!\bthe\s)(?<!['’]s\s)(?<!['’]\s)\binterview\s+with(?=\s+(?-i:(?:H\.\s?E\.|His|Her|Ambassador|Foreign|"
    r"Minister|Prime|President|Deputy|Vice|State|Secretary|Spokes\w+|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sheikh|Msgr\.?|"
    r"Monsignor|Archbishop|Cardinal)\s"
    # ... or 'with the' post of a representative, an ambassador, a minister, a president or a head of government
    # (not 'the Chief Correspondent of ...').
    r"|the\s+(?:Deputy\s+)?(?:Permanent\s+Representative|Ambassador|(?:Foreign\s+)?Minister|Prime\s+Minister"
    r"|President|Head\s+of\s+(?:State|Government)|Chancellor)\b))"
    # A release names who led its State's delegation, the one who spoke for it: 'The delegation was led by
    # Foreign Minister X', 'La délégation sénégalaise est conduite par le Ministre ...', 'encabezada por'.
    r"|\bdelegation\b[^.;]{0,80}?\b(?:(?:was|is|will\s+be)\s+)?(?:led|headed)\s+by\b"
    r"|\bdélégation\b[^.;]{0,80}?\b(?:(?:est|était|sera)\s+)?(?:conduite|dirigée)\s+par\b"
    r"|\bdelegación\b[^.;]{0,80}?\b(?:(?:fue|está|estuvo)\s+)?(?:encabezada|presidida|liderada)\s+por\b"
    # Dutch: 'Toespraak van minister X', 'Verklaring van de Permanente Vertegenwoordiger X'.
    r"|\b(?:toespraak|verklaring|interventie|speech)\s+van\b"
    # Words a spokesperson's office gives to them: 'The following is attributable to Spokesperson X:'.
    r"|\battributable\s+to\b"
    # An agency's interview with the one it names, their post after the name: 'MONTSAME interviewed G.Example,
    # Ambassador ... of Mongolia to the UN Office in Geneva, on ...'; not what a commission or the police did.
    r"|(?:(?<=(?-i:[A-Z]{3})\s)|(?<=(?-i:Agency)\s))interviewed(?=\s+(?-i:[A-Z]))"
    # A text posted before it was given: 'As prepared for delivery by X, Senior Policy Advisor, ...'.
    r"|\bprepared\s+for\s+delivery\s+by\b"
    r"|(?<!\bthe\s)\b(?:letter|message|statement|remarks)\s+from(?=\s+the\s|\s+(?-i:[A-Z]))"
    # A title, a dash, then who spoke: 'UNSC Briefing on Syria – Ambassador Anna Example'.
    r"|\s[–—|-]\s(?=(?:H\.\s?E\.?|His\s+Excellency|Her\s+Excellency|Ambassador|Amb\.)\s)"
    r"|\bby(?=\s+(?:H\.\s?E\b|His\s+Excellency|Her\s+Excellency|Ambassador\b|(?-i:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z])))"
    r"|\bby(?=\s+(?-i:(?:First|Second|Third|Deputy|Permanent|Foreign|Prime|Minister|"
    r"Counsell?or|Councill?or|Secretary|President|Vice|Chargée?|Head|Chief|Acting|Federal|State)\s)))"
    r"\s*:?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def intros_in(text: str) -> tuple[re.Match, ...]:
    """INTROS's matches in a line, read once: the heading's readers ask for them line by line in turn, and the
    pattern is long (a fifth of a record's time went to reading the same lines again)."""
    return tuple(INTROS.finditer(text))
# Words that make what follows a mention of someone else: a reply names the one answered ('in response to the
# statement made today by Prime Minister X'), a first-person sentence is the body's.
MENTION = re.compile(rf"\b{IN_RESPONSE_TO}\b|\bin\s+exercise\s+of\b|^(?:My|Our)\s+delegation\b|^(?:I|We)\s",
                     re.IGNORECASE)
# Where the speaker's part of a heading ends and the occasion begins.
_OCCASION = {"at", "before", "during", "on", "after", "under", "following", "regarding", "concerning", "upon",
             "–", "—", "-", "//", "en", "durante", "sur", "lors", "no", "na", "em",
             "alla", "allo", "ai", "agli", "alle", "nel", "nella", "presso", "im", "beim", "zur", "zum", "vor",
             # Indonesian and Malay 'at', 'in': 'Menteri Luar Negeri X pada Sidang Majelis Umum'.
             "pada", "dalam",
             # Haitian Creole 'in', 'at': 'nan Konsèy Sekirite a'; Romanian 'in' ('în cadrul Segmentului ...').
             "nan", "în", *HEADLINE_VERBS}
# A German post names the ministry it serves in with 'im': 'Staatsministerin im Auswärtigen Amt X'.
_MINISTRY_AFTER_IM = {"auswärtigen", "bundesministerium", "bundeskanzleramt"}
# The office a post serves in, after 'at the' or 'in the' ('Secretary of State at the Ministry of Foreign Affairs',
# 'Parliamentary State Secretary at the Federal Foreign Office', 'Counsellor at the Permanent Mission', 'Permanent
# Secretary in the Ministry of Labour'), a court's or a palace's (patterns.COURT_OFFICES), where 'at' or 'in' opens no
# occasion.
_OFFICE_AFTER_AT = {"department", "ministry", "office", "federal", "foreign", "permanent", "mission", "embassy",
                    "cabinet", "presidency", "prime", *(office.split()[0].casefold() for office in COURT_OFFICES)}
_SEAT_AFTER_PRESSO = {"nazioni", "organizzazioni", "l'onu", "l’onu", "onu", "osce", "l'osce", "l’osce"}
# Italian 'al' opens the occasion before a body ('X al Consiglio di Sicurezza'); in a name it is a particle.
_OCCASION_BEFORE_BODY = {"al"}
# 'in' in the languages whose word for it also opens an occasion ('en la Conferencia', 'em Genebra'), and the
# 'at' of a post's seat ('Permanent Representative to the United Nations Office at Geneva').
_IN_CITY = {"en", "em", "at"}
# ... and the 'in' of the State where an ambassador is accredited, as Spanish, French and Portuguese write it
# ('Embajadora de Colombia en Kenia', 'Ambassadeur de France en Autriche', 'Embaixador do Brasil em Angola').
_IN_STATE = {"en", "em"}
# Words a name never follows directly, unless a State or city heads the run ('of Iceland Helga X').
CONNECTORS = {"of", "the", "to", "for", "and", "in", "by", "from", "a", "an", "de", "del", "du", "des", "la",
              "le", "with", "&", "at", "on", "do", "da", "dos", "das", "junto", "às", "aux", "au", "ao", "à",
              "auprès", "ante", "los", "las", "les", "os", "aos", "gli", "et", "und", "y", "para", "pour", "per", "für",
              # Greek's genitive articles: 'Πρωθυπουργός της Ελληνικής Δημοκρατίας'.
              "της", "του", "των"}
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
# Given names abbreviated inside a name, as South and South-East Asian names write them ('Tareq Md. Ariful Islam',
# 'Mohd. Example'): the full stop does not end the name.
_ABBREVIATED_GIVEN_NAMES = {"md.", "mohd.", "muhd.", "moh."}
# ... and the Filipino 'Ma.' (María), which opens the given names ('Ma. Teresa X'); after a name word it is the
# Chinese surname Ma closing a sentence ('Counsellor Zhang Ma. Check against delivery').
_OPENING_ABBREVIATIONS = {"ma."}
_NAME_OPENING_ABBREVIATIONS = _ABBREVIATED_GIVEN_NAMES | _OPENING_ABBREVIATIONS
# 'Saint' abbreviated inside a surname of French or Caribbean origin ('St. Rose', 'Ste. Croix'): its stop
# does not end the name when a name word follows.
_SAINT = {"st.", "ste."}
# A title that Somali and Arabic names carry inside them, after the given name ('Hassan Sheikh Mohamud'): a word of
# the name there, an honorific only before it.
_TITLE_IN_NAME = {"sheikh", "sheekh", "shaykh"}


# 'Mr.Fedor Example', and in a heading set in capitals 'MR.FEDOR EXAMPLE': the honorific glued to the name.
_GLUED_HONORIFIC = re.compile(r"\b((?i:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.)|Sh\.)(?=[A-Z])")
# French and Italian elide the article before a title opening with a vowel: "par l'Ambassadeur X",
# "dell'Ambasciatore X" read as 'par Ambassadeur X'; 'Ministre de l’Europe' keeps its article.
_ELIDED_ARTICLE = re.compile(r"(?<![\w'’])[lL][’'](?=(?:Ambassad|Ambascia|Ambaixad|Honorable|Excellen|Excm)\w)")


# An article before a post, in English, Spanish, French, Italian or Dutch ('the', 'la Ministra Consejera', 'El
# Canciller', 'De minister').
# The article before a post opening a sentence, in the sites' languages: 'O Ministro das Relações Exteriores, X',
# 'Der Außenminister X', 'Lo Sottosegretario X'; Irish English keeps the Irish article before the Irish posts ('An
# Taoiseach, X', 'An Tánaiste').
# Greek's 'Ο' and 'Η' ('Ο Πρωθυπουργός X') are other letters than Portuguese 'O' and 'A'.
ARTICLE = re.compile(r"^(?:(?:the|The|THE|del|de\s+la|la|La|el|El|le|Le|il|Il|Lo|De|Het|Der|Die|O|o|A|a|An|Ο|Η)\s+"
                     r"|[lL][’'])")


_AN_INITIAL = re.compile(r"[A-Z]\.")
# Swedish, Norwegian and Danish write the possessive as an 's' glued to the name before the speech's noun
# ('Utrikesminister Karl-Erik Xs anförande vid ...'): the name ends before the 's'.
NORDIC_GENITIVE = re.compile(r"(?<=[a-zåäöæø])s(?=\s+(?:anförande|tal|inlägg|uttalande|innlegg|tale|indlæg)\b)")
# Finnish writes the genitive as an 'n' ending the name before the speech's noun ('Tasavallan presidentti Anna
# Esimerkkilän puhe ...'), and a surname in '-nen' as '-sen' ('Virtasen puhe'); `nominative` gives the name without it.
FINNISH_GENITIVE = re.compile(r"(?<=[a-zäöå])(?P<nen>(?<=[aeiouyäö])se)?n"
                              r"(?=\s+(?:puhe|puheenvuoro|avauspuhe|juhlapuhe|lausunto|tervehdys)\b)")


def finnish_nominative(genitive: re.Match) -> str:
    """The text before a Finnish genitive ending (FINNISH_GENITIVE), the name in the nominative."""
    return genitive.string[:genitive.start()] + ("nen" if genitive.group("nen") else "")


@dataclass(frozen=True)
class Found:
    """A person read from a phrase: the name, the post before it, the text after it, and the
    words before the name as written."""

    name: str
    before: str | None
    after: str
    prefix: str


@dataclass(frozen=True)
class Candidate:
    """A speaker as one convention reads them: the name (None when only the post is given), the post, the
    lines they stand on, how they were read and how often that convention is right."""

    name: str | None
    role: str | None
    line: Line
    role_line: Line | None
    method: str
    confidence: float


def clean_token(token: str) -> str:
    """A word compared with the word lists: no punctuation around it, case folded."""
    return token.strip(",;:()").casefold()


@lru_cache(maxsize=1)
def _honorific_openers() -> frozenset[str]:
    """The first words of the honorifics, so most words need no pattern match."""
    return frozenset(entry.split()[0].casefold() for entry in load_data("honorifics"))


@lru_cache(maxsize=1)
def _general_offices() -> dict[str, frozenset[str]]:
    """The offices 'General' completes as a word of the post ('Secretary General X', 'Governor General X', 'Consul
    General X') and those it opens ('General Secretary X', 'Chief of the General Staff X'): data."""
    return {key: frozenset(words) for key, words in load_data("general_offices").items() if key != "_comment"}


def completes_office(words: list[str], index: int) -> bool:
    """'General' after an office ('Secretary General') or before the office it opens ('General Secretary', 'the
    General Staff'): the post's word, not a rank, which stands right before a name ('General Anna X')."""
    return words[index].casefold() == "general" and (
        (index > 0 and clean_token(words[index - 1]) in _general_offices()["completes"])
        or (index + 1 < len(words) and clean_token(words[index + 1]) in _general_offices()["opens"]))


def _honorific_length(tokens: list[str], index: int) -> int:
    """How many tokens from `index` are honorifics ('H.E.', 'Mr.', '(Dr.)', 'Ambasssador')."""
    token = tokens[index].strip("(")
    if completes_office(tokens, index):
        return 0
    among_initials = token == "M." and index + 1 < len(tokens) and _AN_INITIAL.fullmatch(tokens[index + 1])
    if token.casefold() in _honorific_openers() and (match := honorifics().match(" ".join(tokens[index:index + 6])
                                                                                   + " ")):
        # 'M. A. H. ISPAHANI', 'M. M. Qadir': an initial among initials, not the French 'M.' (Monsieur); but an
        # honorific ending on a word, not an initial, is one ('M. I. Sr.', the Catalan Molt Il·lustre Senyor).
        words = match.group(0).split()
        return 0 if among_initials and _AN_INITIAL.fullmatch(words[-1]) else len(words)
    return 0 if among_initials else 1 if is_honorific_word(token.strip(")")) else 0


def _run_end(tokens: list[str], start: int, after_honorific: bool = False) -> int:
    """The end of the name run starting at `start`: name words, particles inside, a suffix. After an honorific a
    name may open on a word that is elsewhere a particle: the Vietnamese surnames Lê and La, written 'Le' and 'La'
    ('Ms. Le Hoang Anh Thu'), and a surname given alone ('Mr. Van der Berg', 'Ms. Du Plessis')."""
    end = start
    while end < len(tokens):
        token = tokens[end]
        stop = clean_token(token) in _OCCASION and not _balinese_desak(tokens, end) \
            or clean_token(token) in CONNECTORS  # 'AFTER', 'DURANTE' in capitals
        inside = end > start or (after_honorific and token[:1].isupper())
        if stop and not (inside and _inner_particle(tokens, end)):
            break
        if end > start and opens_post_with_nationality(tokens[end:end + 3]):
            break
        if end > start and has_glued_initials(token):
            break  # initials glued to the surname open a whole name: the word before is not of it ('в Женеве Г.М.X')
        if is_name_at(tokens, end) or token.casefold() in _ABBREVIATED_GIVEN_NAMES \
                or (end == start and token.casefold() in _OPENING_ABBREVIATIONS):
            end += 1
        elif end > start and _inner_particle(tokens, end):
            end += 1
            continue
        elif end > start and token.strip(",;:").casefold() in _SUFFIXES:
            end += 1
            break
        else:
            break
        if token[-1] in ",;:" or name_core(token) != token.rstrip(",;:") or POSSESSIVE_END.search(token):
            break  # ... and a possessive ends it: 'Dr X Y's Doorstop Interview'
    # A particle ends no name ('Jan Voorbeeld in de', before a body's name, is 'Jan Voorbeeld'), nor does the 'in'
    # that stands inside one only before another particle.
    while end > start and (is_particle(word := tokens[end - 1].strip(",;:")) or word.casefold() == "in"):
        end -= 1
    return end


def _inner_particle(tokens: list[str], index: int) -> bool:
    """'van', 'de', 'bin' inside a name; 'in' only before another particle ('Robert in den Bosch', and
    'ROBERT IN DEN BOSCH' in a heading set in capitals)."""
    word = tokens[index]
    if index + 1 >= len(tokens) or word[-1] in ",;:":
        return False
    if word.casefold() in _SAINT or word.casefold() in _TITLE_IN_NAME:
        return is_name_at(tokens, index + 1)
    if word.casefold() == "in":
        return is_particle(tokens[index + 1])
    return is_particle(word) and (is_name_at(tokens, index + 1) or is_particle(tokens[index + 1]))


def is_name_at(tokens: list[str], index: int) -> bool:
    """tokens[index] is a name word; a month's name only away from numbers ('Jan Lipavský', not '2 May 2020')."""
    if _balinese_desak(tokens, index) or index and _balinese_desak(tokens, index - 1):
        return True  # 'Desak Made X': 'Made' is no verb there either
    beside = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
    return is_name_word(tokens[index], dated=any(t[:1].isdigit() for t in beside)) \
        and not _quotation_opening(tokens, index)


# 'Desak', an Indonesian headline's verb ('Menlu Desak Dewan Keamanan ...'), opens a Balinese woman's name before her
# birth-order or noble name ('Desak Made X', 'Desak Ayu X', 'Desak Putu X').
_BALINESE_AFTER_DESAK = {"made", "ayu", "putu", "nyoman", "ketut", "kadek", "komang", "wayan", "gede", "nengah",
                         "gusti"}


def _balinese_desak(tokens: list[str], index: int) -> bool:
    return clean_token(tokens[index]) == "desak" and index + 1 < len(tokens) \
        and clean_token(tokens[index + 1]) in _BALINESE_AFTER_DESAK


# A Sesotho married name opens on an apostrophe, 'Ma- (mother of): "'Mathabo", "'Mamosa" (names.py).
_SESOTHO_MA = re.compile(r"^['’]Ma[a-z]")
_CLOSING_QUOTE_MARK = ("'", "’")


def _quotation_opening(tokens: list[str], index: int) -> bool:
    """A quoted title after a name opens as a Sesotho given name does ("Ambassador X 'Maritime security is ...'",
    "X 'Made in Examplia' initiative"): the given name stands before another word of the name, and no quotation
    closes in its run, up to a comma."""
    if not _SESOTHO_MA.match(tokens[index]):
        return False
    if index + 1 >= len(tokens) or not is_name_word(tokens[index + 1]):
        return True
    run = []
    for token in tokens[index:]:
        run.append(token.rstrip(".,;:"))
        if token.endswith(","):
            break
    return any(word.endswith(_CLOSING_QUOTE_MARK) for word in run)


def _is_place(words: list[str]) -> bool:
    """A State or a city, with its elided article too ('d'Italia'): never a person's name."""
    text = ELISION.sub("", " ".join(w.strip(",;:") for w in words))
    return bool(canonical_country(text) or canonical_city(text))


def _state_goes_on(words: list[str], after: list[str]) -> bool:
    """A run a State's name goes on past with its 'and' ('Saint Vincent' of 'Statement by Saint Vincent and the
    Grenadines', 'Sao Tome and Principe', 'Saint Kitts and Nevis'): the State, no person."""
    if not after or after[0].casefold() not in {"and", "&"} or words[-1] != name_core(words[-1]):
        return False
    return any(_is_place([*words, *after[:size]]) for size in (2, 3))


def _is_acronym(word: str) -> bool:
    """'OPCW', 'IAEA' ending a post before the name."""
    core = word.strip(",;:()")
    return len(core) >= 3 and core.isupper() and core.isalpha()


def _words(tokens: list[str]) -> list[str]:
    """The name's words without the punctuation after them."""
    return [name_core(t) for t in tokens]


def starts_post(text: str) -> bool:
    """Text that opens like a post, even a descriptive one ('representative of the Russian Federation')."""
    text = ARTICLE.sub("", strip_honorifics(text))
    return bool(ROLE_START.match(text)) or (is_post(text) if text else False)


def read_person(text: str, single: bool = True) -> Found | None:
    """The first personal name in `text` (the words after 'by'), and the post around it.

    A run is a name when it follows the start, an honorific, a comma, a post
    ('Foreign Minister Steinmeier'), or text that is a post ('Permanent
    Representative to the OSCE Alexander Lukashevich'); after 'of' or 'in' a
    State or city heading the run is dropped ('of Iceland Helga Hauksdóttir').
    `single` allows a bare surname after a post or an honorific.
    """
    tokens = _GLUED_HONORIFIC.sub(r"\1 ", _ELIDED_ARTICLE.sub("", text)).split()
    if capitals := _glued_name_in_capitals(tokens):
        return capitals
    index, after_honorific = 0, False
    while index < len(tokens):
        token = tokens[index]
        if _opens_occasion(tokens, index) or (clean_token(token) == "in" and index + 1 < len(tokens)
                                              and clean_token(tokens[index + 1]) in {"the", "response", "reply"}
                                              and not _office_after(tokens, index + 1)):
            return None
        skip = _honorific_length(tokens, index)
        if skip:
            index, after_honorific = index + skip, True
            continue
        opens_name = (is_name_at(tokens, index) and clean_token(token) not in _SECOND_MINISTER) \
            or token.casefold() in _NAME_OPENING_ABBREVIATIONS
        end = _run_end(tokens, index, after_honorific) if opens_name else index
        if end == index:
            index, after_honorific = index + 1, False
            continue
        found = _accept(tokens, index, end, after_honorific, single)
        if found:
            glued = not after_honorific and index > 0 and not tokens[index - 1].endswith(",")
            listed = not after_honorific and index > 0 and tokens[index - 1].endswith(",")
            return (glued and _name_set_off(tokens, end, single)) \
                or (listed and _honoured_name_after_list(tokens, end, single)) or found
        index, after_honorific = end, False
    return None


def _glued_name_in_capitals(tokens: list[str]) -> Found | None:
    """A Cyrillic heading set in capitals, where every word looks like a name's: initials glued to the surname
    ('... РЕСПУБЛИКИ ТАДЖИКИСТАН С.Н.ПРИМЕРОВ НА ЗАСЕДАНИИ ...') mark the name, given as official Russian writes it
    ('С.Н.Примеров'), the post before it."""
    if not " ".join(tokens).isupper():
        return None
    at = next((k for k, token in enumerate(tokens) if has_glued_initials(token)), None)
    if at is None or not CYRILLIC.search(tokens[at]):
        return None
    initials, surname = re.match(r"^((?:\w\.)+)(.+)$", name_core(tokens[at])).groups()
    before = " ".join(tokens[:at])
    surname = "-".join(part.capitalize() for part in surname.split("-"))
    return Found(initials + surname, before or None, " ".join(tokens[at + 1:]), before)


# A numeral after a portfolio numbers its holders, as Brunei, Malaysia and Singapore name a second minister
# ('Minister of Foreign Affairs II Dato X'); a name may end on one ('Felipe VI'), none opens on it.
_SECOND_MINISTER = {"ii", "iii"}
_ANOTHER_PERSON = {"and", "with", "&", "et", "y", "e", "und", "met", "received", "receives", "meets"}


def _name_set_off(tokens: list[str], start: int, single: bool) -> Found | None:
    """A name set off by a comma after a long post, as English writes it ('the Director-General of the National
    Authority for the Mine Action Sector in the Lao PDR, Mr. X'; 'the Special Representative of the President on
    Foreign Policy Issues, X Y, addressed'): capitalized words of the post that ran straight on into another run
    ('Action Sector', 'Policy Issues') were no name. The name after the comma opens on an honorific or is closed
    by a comma of its own or the text's end."""
    for index in range(start, len(tokens)):
        if clean_token(tokens[index - 1]) in _ANOTHER_PERSON or _opens_occasion(tokens, index - 1):
            # 'X of Malta and the Ambassador of Peru, Y,', 'Minister X at the briefing of the High Commissioner, Mr.
            # Y,': the name after the comma is another's
            return None
        if not tokens[index - 1].endswith(","):
            if tokens[index - 1].endswith((".", ";", ":")) and not _honorific_length(tokens, index - 1):
                return None  # the sentence ends: no name set off in it
            continue
        skip = _honorific_length(tokens, index)
        at = index + skip
        if at >= len(tokens) or not is_name_at(tokens, at):
            continue
        end = _run_end(tokens, at, bool(skip))
        closed = tokens[end - 1].endswith(",") or end == len(tokens)
        if end > at and (skip or closed) and end - at >= (1 if skip else 2) \
                and (found := _accept(tokens, at, end, bool(skip), single)):
            return found
    return None


def _honoured_name_after_list(tokens: list[str], start: int, single: bool) -> Found | None:
    """A post that lists its portfolios ('Federal Minister for Family Affairs, Senior Citizens, Women and Youth, Dr.
    X'): a bare run between its commas is a portfolio where the list ends on a name behind an honorific, set off by a
    comma in the same sentence with no other post ('..., and the Ambassador of Peru, Mr. Y') between."""
    for index in range(start, len(tokens)):
        word = clean_token(tokens[index - 1])
        if word == "the" or _opens_occasion(tokens, index - 1) \
                or tokens[index - 1].endswith((".", ";", ":")) and not _honorific_length(tokens, index - 1):
            return None
        if tokens[index - 1].endswith(",") and (skip := _honorific_length(tokens, index)) \
                and index + skip < len(tokens) and is_name_at(tokens, index + skip):
            end = _run_end(tokens, index + skip, True)
            return _accept(tokens, index + skip, end, True, single) if end > index + skip else None
    return None


def _office_after(tokens: list[str], index: int) -> bool:
    """'the Ministry ...', 'the Permanent Mission ...' at `index`: the office a post serves in, after 'at' or 'in'
    ('Permanent Secretary in the Ministry of Labour, Mr. X, told the Conference')."""
    return index + 1 < len(tokens) and clean_token(tokens[index]) == "the" \
        and clean_token(tokens[index + 1]) in _OFFICE_AFTER_AT


def _state_at(tokens: list[str], index: int) -> bool:
    """A State's name of one or two words at `index` ('Kenia', 'Países Bajos')."""
    return any(canonical_country(" ".join(clean_token(token) for token in tokens[index:index + size]))
               for size in (1, 2) if index + size <= len(tokens))


def _opens_occasion(tokens: list[str], index: int) -> bool:
    """'at', 'during', 'on' open the occasion, where no speaker is named; but 'on' after a body's noun is
    part of its name in a post ('to the Conference on Disarmament, Ambassador X'), and 'en' before a city
    ends the post ('ante los Organismos Internacionales en Ginebra, Embajador X')."""
    word = clean_token(tokens[index])
    if _balinese_desak(tokens, index):
        return False
    if word in _IN_CITY and index + 1 < len(tokens) and canonical_city(clean_token(tokens[index + 1]).title()):
        return False
    if word in _IN_STATE and _state_at(tokens, index + 1):
        return False  # an ambassador's State of accreditation: 'Embajadora de Colombia en Kenia y Representante ...'
    if word == "im" and index + 1 < len(tokens) and clean_token(tokens[index + 1]) in _MINISTRY_AFTER_IM:
        return False
    if word == "at" and _office_after(tokens, index + 1):
        return False  # a post's office: 'Minister of State at the Department of Foreign Affairs, X'
    if word == "presso" and any(clean_token(t) in _SEAT_AFTER_PRESSO for t in tokens[index + 1:index + 3]):
        return False  # Italian 'presso le Nazioni Unite' is where the post serves, as 'auprès de' is
    if word == "en" and index + 1 < len(tokens) and is_post_word(tokens[index + 1]):
        return False  # Dutch 'and' between posts: 'Vice-eersteminister en minister van Buitenlandse Zaken X'
    if word in _OCCASION_BEFORE_BODY:
        return index + 1 < len(tokens) and is_institution_word(clean_token(tokens[index + 1]))
    return word in _OCCASION and not (word == "on" and index and is_institution_word(clean_token(tokens[index - 1])))


# A run in Cyrillic: Russian, Ukrainian and Belarusian put the State after a post in the genitive, with no word
# for 'of' ('Министр иностранных дел Украины Дмитрий Кулеба').
CYRILLIC = re.compile(r"[Ѐ-ӿ]")


# Russian genitive endings and the nominative each comes from ('Ивана' -> 'Иван', 'Юрия' -> 'Юрий', 'Захаровой' ->
# 'Захарова', 'Марии' -> 'Мария', 'Анны' -> 'Анна'), longest first.
_GENITIVE_ENDINGS = (("ого", ("ий", "ой", "ый")), ("ой", ("а",)), ("ии", ("ия",)), ("ия", ("ий",)), ("ы", ("а",)),
                     ("и", ("я",)), ("а", ("",)), ("я", ("ь", "й")))


def nominatives(word: str) -> list[str]:
    """The nominatives a Cyrillic word in the genitive may come from; initials glued before it are kept."""
    glued = re.match(r"^((?:[Ѐ-Я]\.){1,3})(.+)$", word)
    initials, core = (glued.group(1), glued.group(2)) if glued else ("", word)
    ending = next(((end, forms) for end, forms in _GENITIVE_ENDINGS if core.endswith(end) and len(core) > len(end) + 2),
                  None)
    return [initials + core[:-len(ending[0])] + form for form in ending[1]] if ending else []


# A Russian adjectival surname in the genitive: 'Достоевского' -> 'Достоевский', 'Вишневецкого'.
_SURNAME_GENITIVE = re.compile(r"(?<=\w)([сц]к)ого$")


def nominative_of_genitive(name: str) -> str | None:
    """A Russian name a heading gives in the genitive ('Выступление ... Г.М.Примерова'), in the nominative where
    each word comes from one form only ('Г.М.Примеров', 'Ивана Примерова' -> 'Иван Примеров'); a surname that does
    not decline ('В.Н.Кравченко') is kept, and a word of more than one possible nominative leaves the name as read."""
    words = [_SURNAME_GENITIVE.sub(r"\1ий", word) for word in name.split()]
    forms = [nominatives(word) if not word.endswith("ий") else [word] for word in words]
    if not CYRILLIC.match(name) or any(len(options) > 1 for options in forms):
        return None
    return " ".join(options[0] if options else word for options, word in zip(forms, words, strict=True))


def nominative_in(name: str, text: str) -> str | None:
    """A Cyrillic name read in the genitive ('Выступление ... Ивана Примерова', 'встреча ... В.А.Примерова') that the
    page also writes in the nominative ('... – подчеркнул Иван Примеров'): the nominative, as labels give a name."""
    words = name.split()
    if not CYRILLIC.match(name) or not all(nominatives(word) for word in words):
        return None
    forms = r"\s+".join("(?:" + "|".join(re.escape(form) for form in nominatives(word)) + ")" for word in words)
    match = re.search(rf"(?<![\w.]){forms}(?!\w)", text)
    return match.group(0) if match else None


def _size(words: list[str]) -> int:
    """How many parts a name has: initials glued to the surname count as a given name ('В.Н.Кравченко')."""
    return len(words) + sum(has_glued_initials(word) for word in words)


def _place_ahead(words: list[str]) -> int | None:
    """How many of a run's first words name a State, a city or a body ('of Iceland Helga X', 'of the OPCW
    X', 'of the Belarusian MFA X'), leaving a name of two parts or more."""
    return next((k for k in range(1, len(words)) if _size(words[k:]) >= 2
                 and (_is_place(words[:k]) or (k == 1 and _is_acronym(words[0]))
                      or (k == 2 and names_a_state_body(words[:2])))), None)


def _without_possessive(words: list[str]) -> list[str]:
    """'Saint Lucia's' -> 'Saint Lucia', 'Peters'' -> 'Peters': a State's name in the possessive opens its post
    ('Saint Lucia's Permanent Representative'), as a person's never does before one."""
    return [*words[:-1], re.sub(f"(?:{POSSESSIVE}|(?<=s)['’])$", "", words[-1])] if words else words


# The most words a name runs to: six, and after an honorific eight where particles join its parts, as Spanish and
# Arabic names in full do ('Ms. María José García de la Vega Fernández', 'Mr. Mohamed Abdel Aziz El Sayed Abou El
# Naga'); a run that long with a city or a State in it is a heading run onto its place line.
LONGEST_NAME = 6
LONGEST_NAME_AFTER_HONORIFIC = 8


def _opens_quoted_title(tokens: list[str], index: int) -> bool:
    """A title quoted in capitals after a name ("REMARKS BY AMBASSADOR X 'MAKING MULTILATERALISM WORK'"): its first
    word opens on the quote, as a Sesotho name does ("'MALINEO"), but a closing quote follows a few words on."""
    return tokens[index][:1] in "'’" and any(token.rstrip(".,;:!?").endswith(("'", "’"))
                                            for token in tokens[index:index + 6])


# A headline's abbreviations of a head of government's and a foreign minister's posts, which South Asian names also
# open with as initials ('Ambassador FM X Y').
_POST_ABBREVIATIONS = {"PM", "FM", "DPM"}


def _accept(tokens: list[str], start: int, end: int, after_honorific: bool, single: bool) -> Found | None:
    """The run tokens[start:end] as a name, if what precedes it allows one."""
    quoted = next((k for k in range(end - start) if _opens_quoted_title(tokens, start + k)), None)
    if quoted == 0:
        return None
    end = start + quoted if quoted else end
    words = _words(tokens[start:end])
    if not after_honorific and len(words) == 2 and words[0] in _POST_ABBREVIATIONS:
        return None  # a headline's abbreviated post before a surname ('PM X's Speech'); not initials ('PM Anand X')
    previous = tokens[start - 1] if start else ""
    before = " ".join(tokens[:start])
    # A State's name in the genitive a Slavic post puts it in, with no word for 'of' before the name ('Министр
    # иностранных дел Украины X', 'Ministar vanjskih i europskih poslova Republike Hrvatske X', the post's last word in
    # lower case): the State's, not the name's.
    genitive = not after_honorific and (CYRILLIC.match(words[0]) or previous[:1].islower()) and starts_post(before) \
        and _place_ahead(words)
    # South Slavic and Polish 'i' ('and') joins the two words of a State's name in the genitive ('Ministar vanjskih
    # poslova Bosne i Hercegovine X'): what follows it is the State's, as after 'of'.
    joined = previous == "i"
    connected = clean_token(previous) in CONNECTORS and not previous.endswith(",")  # 'Etranjè a, X': a comma
    if ((connected or joined) and not after_honorific) or genitive:
        cut = _place_ahead(words)
        if cut is None:
            return None
        words, before = words[cut:], " ".join(tokens[:start + cut])
    elif not after_honorific and (previous.endswith((":", ";")) or not (
            start == 0 or previous.endswith(",") or is_post_word(previous) or starts_post(before)
            or (_size(words) >= 2 and _is_place([previous.rstrip(".,;:")]) and post_before(before)))):
        # ... a name after the place that closes an ambassador's post ('Ambassador of X to Austria Ch.Example')
        return None
    part_before = before.rstrip(",").split(",")[-1].strip()  # the post's or the ministry's part the comma closes
    if previous.endswith(",") and (starts_post(before) and _closes_portfolio(words)
                                   or (starts_post(before) or _MINISTRY_PART.search(part_before))
                                   and _opens_portfolio_end(words, tokens[end:])):
        return None
    while end < len(tokens) and (is_postnominal(tokens[end]) or is_senior_counsel(tokens[end])):
        end += 1
    last = tokens[end - 1]
    tail = last[len(name_core(last)):] if not last.startswith("(") else last[last.rindex(")") + 1:]  # '(MP),'
    after = (tail + " " + " ".join(tokens[end:])).strip()
    if _is_place(words) or _is_place(_without_possessive(words)) or _state_goes_on(words, tokens[end:]) \
            or (tokens[end:] and not last.endswith(",") and not tokens[end].startswith("(")
                and is_institution_word(clean_token(tokens[end]))):
        # ... a body's words going on after it ('Examplia Mission'); a State or presidency in brackets after a name is
        # whom the person speaks for ('Ambassador X (República Dominicana)')
        return None
    # A Cyrillic word alone after a post is the State it serves, in the genitive ('Постоянного представителя
    # Туркменистана'): Russian and Ukrainian pages give a person the given name or the initials too.
    one_word_ok = single and (after_honorific or is_post_word(previous)) and not CYRILLIC.match(words[0])
    long_name = after_honorific and any(is_particle(word) for word in words[1:-1]) \
        and not any(_is_place(words[start:start + size]) for size in (1, 2, 3) for start in range(len(words)))
    longest = LONGEST_NAME_AFTER_HONORIFIC if long_name else LONGEST_NAME
    if not (2 <= _size(words) <= longest or (len(words) == 1 and one_word_ok and len(words[0]) > 2)):
        return None
    if _TURKISH_LETTERS.search(" ".join(tokens)):
        words[-1] = _TURKISH_GENITIVE.sub("", words[-1])
    words = _without_possessive(words)  # a headline's 'President X's speech at ...' names X
    return Found(normalize_name(" ".join(words)), post_before(before), after, " ".join(tokens[:start]))


# Turkish sets a case ending off a proper name with an apostrophe: a title's genitive ('Büyükelçi X Örnek'in ...
# konuşması', 'the speech of Ambassador X'). Read so only in a Turkish sentence (its letters 'ı', 'ş', 'ğ'), and not
# a name's own apostrophe: 'O'Brien', 'Ja'afari', 'Mu'in' (a base of at least three letters).
_TURKISH_GENITIVE = re.compile(r"(?<=\w{3})['’](?:n?[ıiuü]n)$")
_TURKISH_LETTERS = re.compile(r"[ıİşŞğĞ]")


# Dutch writes its article in lower case before a post in a sentence ('uitgesproken door de Nederlandse permanente
# vertegenwoordiger in Genève, ambassadeur X'): before a name's post it is no word of it.
_DUTCH_ARTICLE = re.compile(r"^(?:de|het)\s+(?=\S)")


def post_before(text: str) -> str | None:
    """'H.E. Permanent Representative of Portugal ..., Ambassador' -> the post, if it is one.
    'Ambassador of Canada to the OSCE' keeps its first word: there it is the post, after the style too ('HE
    Ambassador of the State of X to the Kingdom of Y and Permanent Representative to the OPCW Mr. Z')."""
    text = text.strip(" ,;:")
    for form in (strip_honorifics(text), _EXCELLENCY.sub("", text), text):
        words = _DUTCH_ARTICLE.sub("", ARTICLE.sub("", form)).split()
        honorific_tail = next((k for k in range(len(words)) if only_honorifics(" ".join(words[k:]))
                               and not completes_office(words, k)), len(words))
        words = words[:honorific_tail]
        # ... and the article before an honorific ('le Ministre de la Santé, le Docteur X').
        while words and ((is_honorific_word(words[-1].strip(",")) and not completes_office(words, len(words) - 1))
                         or words[-1] in {",", "the", "le", "la", "el"}):
            words.pop()
        if len(words) > 1 and words[-1].casefold() == "senator":
            words.pop()  # a Caribbean minister's seat in the Senate styles him ('... Trade Minister Senator Dr. X')
        post = " ".join(words).strip(" ,;:")
        head, comma, rank = post.rpartition(", ")
        if comma and (rank.casefold() in _RANKS_BEFORE_NAME or is_mission_rank(rank) or is_rank_title(rank)) \
                and is_post(head):
            post = head  # 'the Deputy Permanent Representative, Minister X': the rank is the name's title
        if post and is_post(post):
            return post
    return None


# The style of an ambassador or a minister before the post: 'H.E.', 'HE', 'His Excellency'.
_EXCELLENCY = re.compile(r"^(?:H\.\s?E\.|HE|(?:His|Her)\s+Excellency)\s+")


# The diplomatic rank a mission gives before a name, after the post and its comma; and a Caribbean minister's seat in
# the Senate, which styles him ('the Minister of Foreign Affairs, Senator the Hon. X').
_RANKS_BEFORE_NAME = {"minister", "ministre", "ministro", "ministra", "minister plenipotentiary", "senator"}
_PORTFOLIO_SMALL = {"de", "du", "des", "la", "le", "les", "del", "los", "las", "da", "do", "dos", "das", "à", "a",
                    "and", "et", "y", "e", "und", "of", "the", "for", "en", "para", "pour",
                    "with"}  # 'Women, Youth and Persons with Disabilities'
_COMPLEMENT_OPENERS = {"de", "du", "des", "del", "da", "do", "dos", "das"}


# A body or a meeting after the post's comma is the occasion, not more of a portfolio ('Permanent Representative of
# India, Security Council, Open Debate, Children, Armed Conflict and Terrorism').
_OCCASION_WORD = re.compile(r"\b(?:Council|Assembly|Debate|Session|Segment|Conference|Committee|Meeting|Dialogue|"
                            r"Summit|Forum)\b")
_MINISTRY_PORTFOLIO_END = re.compile(r"\b(?:Affairs|Relations)$")  # 'Trade and Pacific Islands Forum Affairs'


def portfolio_part(part: str) -> bool:
    """'Monitoring and Evaluation', 'de la Migration et des Tunisiens à l'étranger': capitalized words and the
    small words between them, no State, city, date or person; the last part may close the post on its State
    ('Cooperation and Mauritanians Abroad of the Islamic Republic of Mauritania')."""
    served = _OF_STATE_AT_END.search(part)
    if served and canonical_country(served.group("state")):
        part = part[:served.start()]
    words = part.split()
    if not 1 <= len(words) <= 10 or words[0].casefold() in {"and", "et", "y", "e", "und"} \
            or any(c.isdigit() for c in part):
        return False
    if strip_honorifics(part) != part or any(_is_place([w]) for w in words if w[:1].isupper()) or _is_place(words) \
            or (_OCCASION_WORD.search(part) and not _MINISTRY_PORTFOLIO_END.search(part)):
        return False
    # French, Spanish and Portuguese write a portfolio's adjectives in lower case ('de la Coopération africaine').
    complement = words[0].casefold() in _COMPLEMENT_OPENERS or words[0][:2].casefold() in {"d'", "d’"}
    return all(w.casefold() in _PORTFOLIO_SMALL or w[:1].isupper() or w[:2].casefold() in {"l'", "l’", "d'", "d’"}
               or (complement and w.isalpha() and w.islower()) for w in words)


def _closes_portfolio(words: list[str]) -> bool:
    """A post's portfolio list closing after its comma ('ministro de Economía, Planificación y Desarrollo'): one
    word, the conjunction, the last portfolio. A Spanish name joins its two surnames with 'y' after a given name
    ('José Ortega y Gasset'), so two words before the conjunction are a name's."""
    return len(words) >= 3 and words[1].casefold() in {"y", "e", "and", "et", "und"} \
        and portfolio_part(" ".join(words))


# A ministry's name, whose portfolio list a comma may break ('Coordinating Ministry for Political, Legal and ...').
_MINISTRY_PART = re.compile(r"\bMinistr(?:y|ies)\b")


def _opens_portfolio_end(words: list[str], following: list[str]) -> bool:
    """One word after a post's comma that the conjunction and the last portfolio follow ('Coordinating Minister for
    Political, Legal and Security Affairs'): the list's next part, no name (_closes_portfolio, read on past the
    word)."""
    rest = [token.strip(",;:.") for token in following[:3]]
    return len(words) == 1 and any(_closes_portfolio([*words, *rest[:size]]) for size in (2, 3))


_OF_STATE_AT_END = re.compile(r"\s+(?i:of)\s+(?P<state>(?:(?i:the)\s+)?[A-Z][\w' -]+)$")  # in capitals too
