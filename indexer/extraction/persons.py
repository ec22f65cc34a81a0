"""A person named in a phrase: the words that introduce them, the name, the post around it.

A heading names its speaker after an introducing word ("Statement by", "As
delivered by", "Statement of the", "Letter from"); the name is a run of one to
six capitalized words, words in capitals, initials, particles ('van', 'al-')
and a suffix ('Jr.'); the post comes before it ("Foreign Minister X",
"Permanent Representative of Iceland X") or after it (", Permanent
Representative of Japan to the United Nations, at the ..."), or on the lines
below. Used by speaker_heading.py and speaker_text.py for every convention they read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.vocabulary import load_data
from indexer.extraction.dates import find_dates
from indexer.extraction.gazetteer import canonical_city, canonical_country
from indexer.extraction.lines import SALUTATION, Line
from indexer.extraction.meeting_forms import numbered_sitting
from indexer.extraction.names import (
    ELISION,
    HEADLINE_VERBS,
    ROLE_START,
    has_glued_initials,
    honorifics,
    in_normal_case,
    is_affiliation,
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
from indexer.extraction.patterns import IN_RESPONSE_TO, POSSESSIVE, POSSESSIVE_END, SIGNED

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
RUSSIAN_GENITIVE_HEADING = re.compile(rf"^(?:{_RUSSIAN_TITLE_NOUNS})\s")
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
    r"|\b(?:intervención|discurso|declaración|declaraciones|palabras|mensaje|comunicado)\s+(?:del|de\s+la)\b"
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
    rf"|^(?:{_RUSSIAN_TITLE_NOUNS}|Виступ|Заява|Промова|Излагање|Обраћање|Изјава|"
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
    # ... or 'with the' post of a representative, an ambassador, a minister or a president (not 'the Chief
    # Correspondent of ...').
    r"|the\s+(?:Deputy\s+)?(?:Permanent\s+Representative|Ambassador|(?:Foreign\s+)?Minister|Prime\s+Minister"
    r"|President)\b))"
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
# Secretary in the Ministry of Labour'), where 'at' or 'in' opens no occasion.
_OFFICE_AFTER_AT = {"department", "ministry", "office", "federal", "foreign", "permanent", "mission", "embassy",
                    "cabinet", "presidency", "prime"}
_SEAT_AFTER_PRESSO = {"nazioni", "organizzazioni", "l'onu", "l’onu", "onu", "osce", "l'osce", "l’osce"}
# Italian 'al' opens the occasion before a body ('X al Consiglio di Sicurezza'); in a name it is a particle.
_OCCASION_BEFORE_BODY = {"al"}
# 'in' in the languages whose word for it also opens an occasion ('en la Conferencia', 'em Genebra'), and the
# 'at' of a post's seat ('Permanent Representative to the United Nations Office at Geneva').
_IN_CITY = {"en", "em", "at"}
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
    r"|Permanent\s+Mission|Embassy)\b)"
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
# 'Mr.Fedor Example', and in a heading set in capitals 'MR.FEDOR EXAMPLE': the honorific glued to the name.
_GLUED_HONORIFIC = re.compile(r"\b((?i:H\.\s?E\.|Mr\.|Mrs\.|Ms\.|Dr\.)|Sh\.)(?=[A-Z])")
# French and Italian elide the article before a title opening with a vowel: "par l'Ambassadeur X",
# "dell'Ambasciatore X" read as 'par Ambassadeur X'; 'Ministre de l’Europe' keeps its article.
_ELIDED_ARTICLE = re.compile(r"(?<![\w'’])[lL][’'](?=(?:Ambassad|Ambascia|Ambaixad|Honorable|Excellen|Excm)\w)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
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
        opens_name = is_name_at(tokens, index) or token.casefold() in _NAME_OPENING_ABBREVIATIONS
        end = _run_end(tokens, index, after_honorific) if opens_name else index
        if end == index:
            index, after_honorific = index + 1, False
            continue
        found = _accept(tokens, index, end, after_honorific, single)
        if found:
            glued = not after_honorific and index > 0 and not tokens[index - 1].endswith(",")
            return (glued and _name_set_off(tokens, end, single)) or found
        index, after_honorific = end, False
    return None


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


def _office_after(tokens: list[str], index: int) -> bool:
    """'the Ministry ...', 'the Permanent Mission ...' at `index`: the office a post serves in, after 'at' or 'in'
    ('Permanent Secretary in the Ministry of Labour, Mr. X, told the Conference')."""
    return index + 1 < len(tokens) and clean_token(tokens[index]) == "the" \
        and clean_token(tokens[index + 1]) in _OFFICE_AFTER_AT


def _opens_occasion(tokens: list[str], index: int) -> bool:
    """'at', 'during', 'on' open the occasion, where no speaker is named; but 'on' after a body's noun is
    part of its name in a post ('to the Conference on Disarmament, Ambassador X'), and 'en' before a city
    ends the post ('ante los Organismos Internacionales en Ginebra, Embajador X')."""
    word = clean_token(tokens[index])
    if _balinese_desak(tokens, index):
        return False
    if word in _IN_CITY and index + 1 < len(tokens) and canonical_city(clean_token(tokens[index + 1]).title()):
        return False
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


def _accept(tokens: list[str], start: int, end: int, after_honorific: bool, single: bool) -> Found | None:
    """The run tokens[start:end] as a name, if what precedes it allows one."""
    quoted = next((k for k in range(end - start) if _opens_quoted_title(tokens, start + k)), None)
    if quoted == 0:
        return None
    end = start + quoted if quoted else end
    words = _words(tokens[start:end])
    previous = tokens[start - 1] if start else ""
    before = " ".join(tokens[:start])
    genitive = not after_honorific and CYRILLIC.match(words[0]) and starts_post(before) and _place_ahead(words)
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
    if previous.endswith(",") and starts_post(before) and _closes_portfolio(words):
        return None
    while end < len(tokens) and (is_postnominal(tokens[end]) or is_senior_counsel(tokens[end])):
        end += 1
    last = tokens[end - 1]
    tail = last[len(name_core(last)):] if not last.startswith("(") else last[last.rindex(")") + 1:]  # '(MP),'
    after = (tail + " " + " ".join(tokens[end:])).strip()
    if _is_place(words) or _is_place(_without_possessive(words)) \
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


# The diplomatic rank a mission gives before a name, after the post and its comma.
_RANKS_BEFORE_NAME = {"minister", "ministre", "ministro", "ministra", "minister plenipotentiary"}


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
    """'... to the United Nations.' -> without the stop; 'to the U.N.' and 'a.i.' keep theirs."""
    text = _without_closing_quote(text.strip())
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
            and _portfolio_part(portfolio["portfolio"]) and _MINISTER.search(text[:end.start()]) \
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
        following = full[full.find(part) + len(part):][:40] if part else ""
        dateline = _is_city_part(part) and any(d.start < 6 for d in find_dates(following))
        interim = kept and part.casefold() in _INTERIM  # 'Chargé d'affaires, a.i.'
        listed = (_list_goes_on(parts[index - 1:]) or _accreditation_goes_on(parts[index - 1:])) if kept and part else 0
        if listed:
            kept[-1] = ", ".join([kept[-1], *(without_full_stop(p) for p in parts[index - 1:index - 1 + listed])])
            index += listed - 1
            continue
        if not part or dateline or not (is_post(part) or bare_title or interim
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
_PORTFOLIO_SMALL = {"de", "du", "des", "la", "le", "les", "del", "los", "las", "da", "do", "dos", "das", "à", "a",
                    "and", "et", "y", "e", "und", "of", "the", "for", "en", "para", "pour",
                    "with"}  # 'Women, Youth and Persons with Disabilities'
_COMPLEMENT_OPENERS = {"de", "du", "des", "del", "da", "do", "dos", "das"}


# A body or a meeting after the post's comma is the occasion, not more of a portfolio ('Permanent Representative of
# India, Security Council, Open Debate, Children, Armed Conflict and Terrorism').
_OCCASION_WORD = re.compile(r"\b(?:Council|Assembly|Debate|Session|Segment|Conference|Committee|Meeting|Dialogue|"
                            r"Summit|Forum)\b")
_MINISTRY_PORTFOLIO_END = re.compile(r"\b(?:Affairs|Relations)$")  # 'Trade and Pacific Islands Forum Affairs'


def _portfolio_part(part: str) -> bool:
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
        and _portfolio_part(" ".join(words))


_OF_STATE_AT_END = re.compile(r"\s+(?i:of)\s+(?P<state>(?:(?i:the)\s+)?[A-Z][\w' -]+)$")  # in capitals too


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
        if is_post(named) or is_affiliation(named) or not _portfolio_part(named):
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


# The head of a delegation, a function a post line may carry below it ('Attorney General of X' / 'Head of Delegation').
# The head of a delegation, a function beside a post ('Minister of X' / 'Head of Delegation').
DELEGATION_HEAD = re.compile(r"^(?:(?:head|chief|leader)\s+of\s+(?:the\s+)?delegation|chef\s+de\s+(?:la\s+)?"
                             r"d[ée]l[ée]gation|jef[ea]\s+de\s+(?:la\s+)?delegaci[óo]n)\b", re.IGNORECASE)


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
        if repeated and repeated.name != name and _honoured(repeated):
            break  # 'Head of Delegation, H.E. Mr. Y, ...': a line naming another person is theirs, not a post above
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


