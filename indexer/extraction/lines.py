"""Source lines, the header block, and header lines rejoined where they wrap.

Metadata lives in a document's header: the lines above the salutation
("Mr. President,") or, failing one, above the first paragraph of prose.
Extraction reads the header as logical lines, each remembering the source
line it starts on, so every field's evidence points at the line a person
would look at. Web chrome (navigation, share buttons, cookie banners, site
menus and language switchers) is dropped, markup of a page copied as raw HTML
or JSON is read as text, and a UN document flattened onto one line is cut back into its
header lines at the markers every such document carries.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from archive import vocabulary
from indexer.cleaning import join_hyphenated_line_breaks
from indexer.extraction.dates import find_dates
from indexer.extraction.gazetteer import canonical_city
from indexer.extraction.names import DELEGATION_HEAD, ROLE_START, is_post, only_honorifics, strip_honorifics

MAX_HEADER_LINES = 25
MAX_HEADER_CHARS = 3000
PROSE_LENGTH = 160
MENU_ITEM_LENGTH = 40
MENU_WORD_LENGTH = 30
MENU_RUN = 4
FLATTENED_LENGTH = 300
WRAPPED_RUN = 3
WRAPPED_LENGTH = 50

_TAG = re.compile(r"<\\?/?(?:p|div|span|strong|em|b|i|u|br|a|h[1-6]|li|ul|ol|table|tr|td|sup|sub)\b[^<>]{0,300}>",
                  re.IGNORECASE)
_BLOCK_TAG = re.compile(r"<\\?/?(?:p|div|br|h[1-6]|li|ul|ol|table|tr)\b", re.IGNORECASE)
_JSON_ESCAPE = re.compile(r"\\(?:[nrt/\"]|u[0-9a-fA-F]{4})")
_ESCAPED = {"\\n": " ", "\\r": " ", "\\t": " ", "\\/": "/", '\\"': '"'}
# A letter's or note verbale's title: 'Letter dated ... from ...', 'Identical letters dated ...', 'Note verbale
# dated ...', 'Letter from ...'. Read by `is_formal_title` and `opens_formal_title`.
FORMAL_TITLE = re.compile(r"^(?P<identical>identical\s+)?(?P<kind>letters?|note\s+verbale)\s+(?P<verb>dated|from)\b",
                          re.IGNORECASE)
# The complimentary close of a letter or note verbale, in the missions' languages: 'the assurances of my highest
# consideration', 'su más alta consideración', 'saludar a usted con mi distinguida consideración', 'sa très haute
# considération', 'a sua mais alta consideração', 'della sua più alta considerazione', 'в своем высоком уважении',
# 'у своїй високій повазі', 'أسمى آيات تقديرها' ('its highest esteem'). Its place and date, or its signature, follow.
CLOSING_FORMULA = re.compile(
    r"\b(?:(?:highest|high|most\s+distinguished)\s+consideration|(?:m[aá]s\s+)?(?:alta|distinguida)\s+"
    r"(?:y\s+distinguida\s+)?consideraci[oó]n|(?:tr[eè]s\s+)?haute\s+consid[eé]ration|(?:mais\s+)?(?:alta|elevada)\s+"
    r"considera[cç][aã]o|pi[uù]\s+alta\s+considerazione|высоком\s+уважении|високій\s+повазі)"
    r"|أسمى\s+آيات\s+(?:ال)?(?:تقدير|احترام)",
    re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦*-]\s+")
_MARKUP = re.compile(r"\*\*|__|^#{1,6}\s+|^>\s*|\\$|^[•·▪◦*-]\s+")
SALUTATION = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Madam|Madame)\.?\s*(?:President|Vice[- ]President|Chair(?:man|person|woman)?|Co-Chairs?|"
    r"Secretary-General|Moderator|High Commissioner)"
    r"|Your\s+Excellenc(?:y|ies)|Excellenc(?:y|ies)\s*,|"
    # ... and a king's greeting of the royalty before him, in a line of greetings ('Your Majesties, Your Highnesses,
    # Your Excellencies,').
    r"Your\s+(?:Majest(?:y|ies)|(?:Royal\s+)?Highness(?:es)?)\s*,"
    r"(?=\s*(?:$|\n|(?i:Your\s|Excellenc|Ladies|Distinguished|Mr|Madam|Dear)))|Distinguished\s+(?:delegates|colleagues|participants)"
    # ... and in French, Spanish, Portuguese, Italian and German: 'Madame la Présidente,', 'Señor Presidente:'.
    r"|(?:Monsieur|Madame)\s+(?:le|la)\s+(?:Vice-|Co)?[Pp]résidente?|Se[ñn]or(?:a)?\s+President[ea]"
    r"|Senhor(?:a)?\s+President[ea]|Signor(?:a)?\s+President(?:e|essa)|(?:Herr|Frau)\s+Präsident(?:in)?"
    # ... German, Dutch and Nordic chairs and greetings: 'Herr Vorsitzender,', 'Sehr geehrte Damen und Herren,',
    # 'Voorzitter,', 'Herr ordförande,'.
    r"|Herr\s+Vorsitzender|Frau\s+Vorsitzende|Sehr\s+geehrte|Exzellenzen\s*,|(?:Mijnheer|Mevrouw)\s+de\s+voorzitter"
    r"|Voorzitter\s*,|(?:Herr|Fru)\s+ordförande|(?:Herr|Fru)\s+president\b"
    # ... in Russian, Turkish, Czech, Slovak and Romanian: 'Уважаемый господин Председатель', 'Sayın Başkan'.
    r"|(?:Уважаем(?:ый|ая)\s+)?(?:[Гг]осподин|[Гг]оспожа)\s+Председатель|Sayın\s+(?:Başkan|Eş\s+Başkan)"
    r"|(?:Vážen[ýá]\s+)?(?:[Pp]ane|[Pp]aní)\s+předsedající|(?:Vážen[ýá]\s+)?(?:[Pp]án|[Pp]ani)\s+predsedajúc[ia]"
    r"|(?:Domnule|Doamn[ăa])\s+Pre[șş]edint[eă]"
    # ... and in Arabic and Persian: 'السيد الرئيس،' (Mr. President), 'سيدتي الرئيسة', 'جناب آقای رئیس'.
    r"|(?:السيد|السيدة|سيدي|سيدتي)\s+(?:الرئيس|الرئيسة)|(?:جناب\s+)?(?:آقای|خانم)\s+رئیس"
    # ... in Chinese, Japanese and Korean ('主席先生：', '議長、', '의장님'), Polish and Indonesian or Malay ('Panie
    # Przewodniczący', 'Bapak Presiden', 'Tuan Yang Dipertua').
    r"|主席(?:先生|女士)|(?:^|(?<=\n))議長(?=[、，,])|의장님"
    r"|Pan(?:ie|i)\s+(?:Przewodnicząc[ya]|Prezydencie)|(?:Bapak|Ibu|Tuan|Puan)\s+(?:Presiden|Ketua|Yang\s+Dipertua)"
    # ... and in Ukrainian, Greek, Vietnamese, Thai, Hungarian, Danish, Croatian, Albanian, Armenian and
    # Georgian: 'Пане Голово', 'Κύριε Πρόεδρε', 'Thưa Chủ tịch', 'ท่านประธาน', 'Elnök Úr', 'Hr. formand'.
    r"|(?:Шановн(?:ий|а)\s+)?(?:Пане|Пані)\s+(?:Голово|Президенте)|(?:Κύριε|Κυρία)\s+Πρόεδρε"
    r"|Thưa\s+(?:(?:Ngài|Bà|ông)\s+)?Chủ\s+tịch|ท่านประธาน|Elnök\s+(?:Úr|Asszony)"
    r"|(?:Hr\.?|Fru)\s+formand|(?:Gospodine|Gospođo)\s+predsjedavajuć[ia]|(?:Zoti|Zonja)\s+(?:President|Kryetar)"
    r"|Պարոն\s+նախագահ|(?:ბატონო|ქალბატონო)\s+თავმჯდომარე"
    r"|Dear\s+(?:colleagues|friends|Mr|Madam|Sir)|Thank\s+you,?\s+(?:Mr|Madam)"
    r"|I\s+have\s+the\s+hono(?:u)?r\s+to|I\s+am\s+taking\s+the\s+floor|I\s+take\s+the\s+floor"
    # The one addressed alone on a line, as OSCE and IAEA statements open ('Chair,', 'Colleagues,').
    r"|(?:^|(?<=\n))(?:Chair|Chairperson|President|Co-Chairs|Colleagues"
    r"|Ladies\s+and\s+gentlemen)\s*[,:!](?=\s*(?:\n|$)))"
    r"(?!\w)",
)
# A heading naming its speaker; 'the statement by' is a mention in prose.
_HEADING_CUE = re.compile(
    r"(?<!\bthe\s)\b(?:statement|remarks|speech|address|intervention)\s+(?:delivered\s+)?by\b"
    r"|^(?:as\s+)?delivered\s+by\b|\bas\s+delivered\s+by\b",
    re.IGNORECASE,
)
# The end of a sentence inside a line: a word of three letters or more, a full stop, a capital.
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")
# A first-person sentence opens the body even without a salutation.
_BODY_OPENER = re.compile(r"^(?:I|We|My delegation|Our delegation)\s+[a-z]")
# Header lines that are long but still header: document titles of UN practice.
_TITLE_LINE = re.compile(
    r"^(?:(?:identical\s+)?letters?\s+dated|note\s+verbale\s+dated|annex\s+to\s+the|statement\s+(?:by|of)|"
    r"(?:joint\s+)?statement\s+on\s+behalf)\b",
    re.IGNORECASE,
)
# A line starting like this continues the line above it (a wrapped post or title).
_CONTINUATION_START = re.compile(r"^(?:to|of|and|for|in|on|the|with|from|addressed|&)\b|^[“\"(]")
# A heading in capitals wraps the same way: 'AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN' / 'TO THE CONFERENCE ...'.
# ... and so does one in Spanish or French: 'INTERVENCIÓN' / 'DEL DELEGADO DE CUBA ...'.
_CAPITAL_CONTINUATION = re.compile(r"^(?:TO|OF|AND|FOR|BY|DEL|DE|DU)\s")
_CONNECTOR_END = re.compile(r"(?:\b(?:of|to|the|and|for|by|from|on|addressed to|in)|[:,–-])$", re.IGNORECASE)
# A post's first words never end it: 'Ambassador and Permanent' / 'Representative of ...' is one post broken.
_POST_OPENING_END = re.compile(r"\b(?-i:Permanent|Deputy|Alternate|Acting|Vice|Assistant|Under|PERMANENT|DEPUTY)$")
# ... but these open the meeting part and never continue a post; nor does the debate an address is made to ('PRIME
# MINISTER OF JAMAICA' / 'TO THE GENERAL DEBATE OF THE 79TH SESSION ...'): no one holds a post to a debate.
_MEETING_START = re.compile(r"^(?:at|before|during|on the occasion of|in the|to the (?:[\w-]+\s+){0,6}debate)\b",
                            re.IGNORECASE)
# A sentence that announces the text reproduced below it, closing on its colon: 'Below is the full text of the
# statement:', '... issued the following statement today:', 'APS publie ci-après le texte intégral :'. It names a
# text ('the following countries:' announces a list, not a text).
_TEXT_NOUN = (r"(?:text|statement|remarks|speech|reply|declaration|address|message|transcript|texte|d[ée]claration|"
              r"discours|allocution|intervention|communiqu[ée]|declaraci[oó]n|texto|discurso|intervenci[oó]n|"
              r"comunicado|mensaje)s?")
_ANNOUNCED_TEXT = re.compile(
    rf"(?:\b(?:following|below|full|ci-(?:après|dessous)|voici|siguientes?|a\s+continuaci[oó]n)(?:\s+\S+){{0,4}}?"
    rf"\s+{_TEXT_NOUN}\b|\b{_TEXT_NOUN}(?:\s+\S+){{0,3}}?\s+(?:below|as\s+follows|ci-(?:après|dessous)|suivante?s?|"
    rf"siguientes?)\b|\b{_TEXT_NOUN}\s+(?:reads|runs)\b|texte\s+int[ée]gral)[^:]{{0,120}}:$", re.IGNORECASE)
# A sentence that introduces what is below it, a text or a list ('on behalf of the following countries:'): the line
# after it does not continue it.
_INTRODUCES_BELOW = re.compile(r"\b(?:following|below|as\s+follows|ci-(?:après|dessous)|voici|siguientes?|"
                               r"a\s+continuaci[oó]n)\b[^:]{0,120}:$", re.IGNORECASE)
_ANNOUNCING_REACH = 160
_SENTENCE_WORDS = 8

_TENS = "Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety"
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_SIMPLE = (_UNITS + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
           "nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth")
# 'Seventy-fourth', 'Sixtieth': how UN documents number sessions and years.
ORDINAL = rf"(?:(?:{_TENS})-(?:{_UNITS})|(?:{'|'.join(w.capitalize() for w in _SIMPLE.split('|'))}))"
_MASTHEAD_PERIOD = re.compile(rf"^{ORDINAL}\s+(?:session|year)$", re.IGNORECASE)
# Where a UN document flattened onto one line had its line breaks.
_UN_HEADER_BREAKS = re.compile(
    r"(?<=ENGLISH only)\s|(?<=FRENCH only)\s|(?<=RUSSIAN only)\s|(?<=GERMAN only)\s|(?<=SPANISH only)\s"
    r"|(?<!Identical)\s(?=Distr\.\s*:|Original\s*:|(?:ENGLISH|FRENCH|RUSSIAN|GERMAN|ITALIAN|SPANISH)\s+only\b"
    r"|Agenda\s+items?\s+\d|(?:Identical\s+)?[Ll]etters?\s+dated\s|"
    r"Note\s+verbale\s+dated\s|I\s+have\s+the\s+hono(?:u)?r\s|\(Signed\)|Annex\s+to\s+the\s|"
    rf"The\s+Permanent\s+Mission\s+of\s.{{0,80}}?presents\s|{ORDINAL}\s+(?:session|year)\b)"
    r"|(?<=addressed to the Secretary-General)\s(?!and\s)|(?<=President of the Security Council)\s"
    r"|(?<=President of the General Assembly)\s",
)
# A speech's note that the text as given may differ from the text posted, in the sites' languages: 'Check against
# delivery', 'Seul le prononcé fait foi', 'Es gilt das gesprochene Wort', 'Cotéjese con el discurso pronunciado',
# Finnish 'Muutokset puhuttaessa mahdollisia' and Swedish 'Ändringar under talet möjliga'.
DELIVERY_NOTE = (r"(?:check\s+against\s+delivery|seul\s+le\s+prononc[ée]\s+fait\s+foi|"
                 r"es\s+gilt\s+das\s+gesprochene\s+wort|cot[ée]jese\s+con\s+el\s+discurso\s+pronunciado|"
                 r"muutokset\s+puhuttaessa\s+mahdollisia|[äa]ndringar\s+under\s+talet\s+m[öo]jliga)")
# In a heading run onto one line: a cue that opens a heading line ('Statement by', 'Delivered by', 'Remarks by'),
# not its mention in a sentence ('the statement by'), and the capital that opens the line after a date.
HEADING_RUN = 600
DATELINE_WORDS = 4  # a date after no more words than a place's opens a press dateline ('GENEVA 04 March 2019 — ...')
_RUN_CUE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\bthis )(?<=\s)"
                      r"(?:[Aa]s\s+delivered\s+by|(?:As\s+)?Delivered\s+by"
                      r"|(?:Statement|Remarks|Speech|Address|Intervention)\s+(?:delivered\s+)?by"
                      r"|Check\s+against\s+delivery"
                      r"|Right\s+of\s+[Rr]eply\s+(?:by|of)|RIGHT\s+OF\s+REPLY)\b")
_SPACE_OR_DASH = re.compile(r"\s*(?:[—–-]\s*)?")
_PLACE_BEFORE = re.compile(r"(?<!\S)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),?\s*$")
# The first day of a period, before its last: 'Warsaw, 16 - 27 September 2019', '30 November and 1 December'.
_PERIOD_OPENED = re.compile(r"\d(?:st|nd|rd|th)?(?:\s+[^\W\d_]{3,})?\s*(?:[–—-]|to|and|&)\s*$")
_LEADING_DASH = re.compile(r"^\s*[—–-]\s+")
# Soft hyphens and zero-width characters a web page leaves inside words ('Ex\u00adample'): invisible, so read without.
# The zero-width non-joiner and joiner are spelling in Persian and the scripts of India ('حسینی\u200cنژاد' keeps its
# two parts apart): only a Latin letter's stray one goes.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]|(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d]")
# A clock time, not a recording's length ('Duration: 00:14:52').
_STAMP_TIME = re.compile(r"(?<!Duration:\s)(?<!Duration\s)(?<![\d:])\d{1,2}:\d{2}")
# A site's posting stamp by its label ('Posted 12 January 2018', 'Uploaded 12 Oct 2022', 'Publicado: 06/09/2017',
# Catalan and Portuguese 'Data de publicació:', 'Data de publicação:', and the update and publication labels of the
# French, Spanish, Portuguese, Italian, German and Russian sites: 'Mis à jour le', 'Actualizado:', 'Pubblicato il'),
# a date line that goes on to the page's categories ('March 25, 2022 | Posted in General Assembly') or ends on
# its count of readers ('Date 2024-05-23 Hit 412'). The labels (STAMP_WORDS) also end a meeting heading a stamp
# runs on after (meetings.py).
STAMP_WORDS = (r"created|posted|published|updated|modified|uploaded|upload\s+date|"
               r"last\s+(?:updated|modified|reviewed|edited)|page\s+(?:updated|last\s+updated)|"
               r"date\s+of\s+publication|added\s+to\s+the\s+(?:archive|site)|publicado|"
               r"fecha\s+de\s+publicaci[oó]n|data\s+de\s+publica(?:ci[óo]|[çc][ãa]o)|publi[ée]|"
               r"mis\s+en\s+ligne|mis\s+[àa]\s+jour|actualizado|atualizado|pubblicato|aggiornato|"
               r"aktualisiert|ver[öo]ffentlicht|опубликовано|обновлено|дата\s+публикации|"
               # ... and Dutch: 'Gepubliceerd op 14/05/2025', 'Bijgewerkt op ...'.
               r"gepubliceerd|bijgewerkt|"
               # ... and of the sites of Central and South-Eastern Europe: 'Publikuar:' (Albanian), 'Datum objave:'
               # (Slovene, Croatian), 'Objavljeno', 'Публикувано на' (Bulgarian), 'Opublikowano', 'Zverejnené'.
               r"publikuar|datum\s+objave|objavljeno|публикувано|opublikowano|zverejnen[éo]|zveřejněno|"
               # ... in Cyrillic too: 'Објављено' (Serbian), 'Објавено' (Macedonian), 'Опубліковано' (Ukrainian).
               r"објављено|објавено|опубліковано|"
               # ... and of the Norwegian, Danish, Finnish, Baltic, Czech, Hungarian, Turkish, Greek, Romanian,
               # Indonesian and Malay, and Swahili sites: 'Publisert', 'Julkaistu', 'Avaldatud', 'Paskelbta',
               # 'Publicēts', 'Vloženo:', 'Közzétéve', 'Yayın Tarihi', 'Δημοσιεύθηκε', 'Publicat', 'Dipublikasikan
               # pada', 'Diterbitkan', 'Imewekwa:'. A Swedish ministry's 'Publicerat' under the title stays the page's
               # date line.
               r"publisert|sist\s+oppdatert|publiceret|julkaistu|päivitetty|"
               r"avaldatud|paskelbta|atnaujinta|publicēts|vloženo|aktualizováno|közzétéve|frissítve|"
               r"yayın\s+tarihi|yayımlanma\s+tarihi|δημοσιεύθηκε|publicat|dipublikasikan|diterbitkan|imewekwa|"
               # ... and of the Korean, Japanese and Chinese boards: '작성일 2025-03-06', '掲載日', '发布时间'.
               r"작성일|등록일|게시일|수정일|掲載日|更新日|登録日|公開日|发布时间|发布日期|發布時間|發布日期|更新时间|"
               # ... and of the Thai ones: 'วันที่นำเข้าข้อมูล' (date the item was entered),
               # 'วันที่ปรับปรุงข้อมูล' (updated), 'วันที่ข่าว' (the news item's date) ...
               r"วันที่ข่าว|วันที่นำเข้าข้อมูล|วันที่ปรับปรุงข้อมูล|"
               # ... and their English pages' 'News date :'.
               r"news\s+date|วันที่เผยแพร่|ปรับปรุงล่าสุด|แก้ไขล่าสุด|"
               # ... and of the Arabic ones: 'نُشر في' (published on), 'تاريخ النشر' (date of publication).
               r"نُ?شِ?ر\s+في|تاريخ\s+النشر")
# A board's count of readers closes its stamp, in English and in the boards' languages ('조회수 287', '閲覧数: 41',
# '浏览次数：120', 'المشاهدات: 3847'), its thousands set off by a comma, a point or a space ('Views: 1 027').
_READERS = r"hits?|views?|reads?|조회수|조회|閲覧数|閲覧|浏览次数|浏览|阅读|瀏覽次數|點閱|المشاهدات|مشاهدات|القراءات"
STAMP_LABEL = re.compile(rf"^(?:{STAMP_WORDS})(?:\b|(?=\s|[:：]))|\|\s*(?:posted\s+(?:in|on|by)\b|(?:{STAMP_WORDS})"
                         rf"(?=\s|[:：]))|\b(?:{_READERS})\s*[:：]?\s*\d{{1,3}}(?:[,.\s\u00a0\u202f]?\d{{3}})*\s*$",
                         re.IGNORECASE)
# Navigation: a breadcrumb's chevrons, a menu's bars.
_BREADCRUMB_SEPARATOR = re.compile(r"\s(?:›|»|>)\s")
_MENU_BAR = re.compile(r"\s\|\s")
_WIDE_SPACE = re.compile(r"\s{2,}")
BREADCRUMB_PARTS = 3
MENU_BAR_PARTS = 4
MENU_LINK_WORDS = 4
MENU_SPACED_PARTS = 5  # links set apart by wide spaces: more of them, as a bare double space is less sure
# A site's menu opens on its home page's link, in the sites' languages: with it three links make a menu
# ('Home | Statements | Press Releases', 'Home  Mission  Statements  Press').
_HOME_LINK = re.compile(r"^(?:Home(?:\s+page)?|Accueil|Inicio|In[íi]cio|Startseite|Главная|Головна|Home\s*Page)$",
                        re.IGNORECASE)
HOME_MENU_PARTS = 3
# A section's link, in the plural, however long: 'Statements at the Security Council and the General Assembly'.
_SECTION_LINK = re.compile(r"^(?:Statements|Speeches|Interventions|Letters|Documents|Publications|"
                           r"News(?!\s+(?:conference|release|briefing))|Events|Press\s+Releases)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, in the source file
    text: str  # without Markdown markup, bullets and surrounding space
    block: int  # lines of one block are not separated by a blank line
    bullet: bool = False  # the source line began with a bullet


def is_formal_title(text: str) -> bool:
    """The title of a letter or note verbale, which the document is then known by. 'Identical' is read
    before 'letters' only, as UN practice writes it."""
    match = FORMAL_TITLE.match(text)
    return bool(match) and not (match["identical"] and not match["kind"].casefold().startswith("letter"))


def opens_formal_title(text: str) -> bool:
    """A title 'dated' that runs on until its addressee, on the next source line: 'Identical letters dated
    ... from the Permanent' / 'Representative of Israel ...'. 'Letter from X' names its sender at once."""
    match = FORMAL_TITLE.match(text)
    return bool(match) and match["verb"].casefold() == "dated"


@lru_cache(maxsize=1)
def _chrome_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in vocabulary.load_data("web_chrome")["patterns"])


def is_chrome(text: str) -> bool:
    """Navigation, sharing and page furniture added by a web page or a host: a menu of links set between bars
    ('Home | Mission | Statements | Press | Links') among them. A title set between bars ('HRC 52 | Item 4 |
    General debate') has fewer parts, or longer ones."""
    return any(pattern.search(text) for pattern in _chrome_patterns()) or is_menu_bar(text)


def is_menu_bar(text: str) -> bool:
    """A site's menu of short links set between bars ('Home | Mission | Statements | Press | Links'), as opposed to
    a page's own note ('Check against delivery'), which is chrome but stands in the document."""
    return _menu_links(_MENU_BAR.split(text), MENU_BAR_PARTS)


def _menu_links(links: list[str], parts: int) -> bool:
    """Links enough for a menu, and short: `parts` of them, one of which may be longer; or three after the home
    page's, a longer one only a section's ('Statements at the Security Council'), as a trail's part may be the page's
    own title ('Home | Statements | Statement by Ambassador X at the Security Council')."""
    long_links = [len(link.split()) > MENU_LINK_WORDS for link in links]
    if len(links) >= parts:
        return sum(long_links) <= 1
    return len(links) >= HOME_MENU_PARTS and bool(_HOME_LINK.match(links[0].strip())) \
        and all(_SECTION_LINK.match(link.strip()) for link, long in zip(links, long_links, strict=True) if long)


def _spaced_menu_as_bars(raw: str) -> str:
    """A menu whose links are set apart by wide spaces ('Home  About  Press Releases  Statements  Contact')
    written with bars, as `is_chrome` reads menus, before the line's spaces are collapsed. Some link of two
    words or more shows that the wide spaces part links, not words (a copy's loose whitespace); one link may be
    longer, as in a menu read between bars ('About us  Ruritania in the Security Council  Statements  News')."""
    links = _WIDE_SPACE.split(raw.strip())
    if _menu_links(links, MENU_SPACED_PARTS) and (any(" " in link for link in links) or _HOME_LINK.match(links[0])):
        return " | ".join(links)
    return raw


_SENTENCE_STOP = re.compile(r"[a-z]{2}\.(?:\s|$)")


def opens_link_column(texts: Sequence[str], index: int) -> bool:
    """The home page's link alone on its line, another short link under it and no sentence above: the first of a
    site's menu set one link to a line ('Home' / 'About' / 'Statements' / 'Contact'), not a footer's under the text."""
    if not _HOME_LINK.match(texts[index].strip()) or index + 1 >= len(texts):
        return False
    below = texts[index + 1].strip()
    return 0 < len(below.split()) <= MENU_LINK_WORDS and not below.endswith(".") \
        and not any(_SENTENCE_STOP.search(text) for text in texts[:index])


def breadcrumb_separators(text: str) -> list[re.Match]:
    """A breadcrumb's chevrons in a line; a French closing guillemet after its opening one closes a quotation ('... :
    « L'Afrique demande justice » (Anna Exemple)'), no crumb."""
    return [separator for separator in _BREADCRUMB_SEPARATOR.finditer(text)
            if not (separator.group(0).strip() == "»" and "«" in text[:separator.start()])]


def is_breadcrumb(text: str) -> bool:
    """The page's place in its site ('Sessions › HRC54 › Item 3', 'Inicio » Intervenciones » Asamblea General'):
    it tells the section, so the body it files under, but never the meeting as written."""
    return len(breadcrumb_separators(text)) + 1 >= BREADCRUMB_PARTS


def is_posting_stamp(text: str) -> bool:
    """A site's posting time ('2023-01-25 21:06', 'posted 12 January 2018 11:19')."""
    return bool(STAMP_LABEL.search(text)) or (len(text) < 60 and bool(_STAMP_TIME.search(text)))


@lru_cache(maxsize=1)
def _split_role_words() -> dict[tuple[str, str], str]:
    """Pairs of fragments that OCR splits a post's word into: ('Am', 'bassador')."""
    words = {"Ambassador", "Permanent", "Representative", "Minister", "Delegation", "Mission", "Secretary",
             "Counsellor", "Government", "President", "Assembly", "Council"}
    return {(w[:cut], w[cut:]): w for w in words for cut in range(2, len(w) - 2)}


def rejoin_split_words(text: str) -> str:
    """'Am bassador' -> 'Ambassador': the OCR splits of the words of a post."""
    pairs = _split_role_words()
    return re.sub(r"\b([A-Z][a-z]+) ([a-z]+)\b", lambda m: pairs.get((m.group(1), m.group(2)), m.group(0)), text)


def split_flattened(text: str) -> list[str]:
    """A long line that holds a flattened UN header, cut at its markers."""
    if len(text) < PROSE_LENGTH:
        return [text]
    if len(text) < FLATTENED_LENGTH:
        return [piece for piece in _split_run_heading(text) if piece]
    head, tail = text[:2500], text[2500:]
    parts = _UN_HEADER_BREAKS.split(head)
    salutation = SALUTATION.search(parts[-1])
    # A salutation after a comma is a vocative inside a sentence, not the body's start.
    if salutation and salutation.start() > 0 and not parts[-1][:salutation.start()].rstrip().endswith(","):
        parts[-1:] = [parts[-1][:salutation.start()], parts[-1][salutation.start():]]
    parts[-1] += tail
    return [piece for part in parts for piece in _split_run_heading(part.strip()) if piece]


def _split_run_heading(text: str) -> list[str]:
    """A page's heading run onto one line with its first paragraph ('Right of reply ... 08 March, 2023
    Delivered by Mr. X, Second Secretary ...'): cut after each full date and before each heading cue
    within its first HEADING_RUN characters, where the heading's lines were."""
    head = text[:HEADING_RUN]
    dates = [date for date in find_dates(head) if date.day and date.year and _opens_next_line(head, date.end)
             and len(head[:date.start].split()) > DATELINE_WORDS]
    cuts = {date.end for date in dates} | {_dateline_start(head, _period_start(head, date.start)) for date in dates}
    cuts |= {match.start() for match in _RUN_CUE.finditer(head) if match.start() > 0}
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [_LEADING_DASH.sub("", piece).strip() for piece in pieces]


# What may close a dateline before the heading's next line: a year's word ('2025 года', '2024 р.'), an hour ('à
# 15h00'), a Greek greeting's 'Mr' ('κ. Πρόεδρε').
_DATELINE_TAIL = re.compile(r"(?:года|г\.|р\.|godine|god\.|(?:à\s+)?\d{1,2}[h:.]\d{2}|κ\.|κα)\s*")


def _opens_next_line(text: str, end: int) -> bool:
    """What follows a date at `end` (past a dash and a dateline's tail) opens the heading's next line: a capital or a
    script without case ('... 2023 Delivered by', '... 2023 كلمة'), not the date's sentence going on in lower case
    ('a pris la parole ce lundi 27 février 2023 à Genève', '... 2023 über die Lage')."""
    start = _SPACE_OR_DASH.match(text, end).end()
    start = _DATELINE_TAIL.match(text, start).end() if _DATELINE_TAIL.match(text, start) else start
    following = text[start:start + 1]
    return following.isalpha() and not following.islower()


def _period_start(text: str, date_start: int) -> int:
    """Where a date's period begins: at its first day ('16 - 27 September 2019'), else at the date."""
    opened = _PERIOD_OPENED.search(text[:date_start])
    return opened.start() if opened else date_start


def _dateline_start(text: str, date_start: int) -> int:
    """Where the dateline ending at a date begins: at the city written before it ('Geneva, 26 January
    2023'), else at the date."""
    place = _PLACE_BEFORE.search(text[:date_start])
    if place is None:
        return date_start
    words = place.group(1).split()
    for size in range(1, len(words) + 1):  # 'Permanent Council Vienna': the city is the last words
        if canonical_city(" ".join(words[-size:])):
            return place.start(1) + len(" ".join(words[:-size])) + (1 if size < len(words) else 0)
    return date_start


def strip_markup(text: str) -> str:
    """A page copied as raw HTML or as a site's JSON ('<p><u>Letter dated ...<\\/u>'): a block's
    tags (paragraph, heading, list item, line break) end a line, as the page showed it; other
    tags become spaces, JSON escapes and HTML entities their characters."""
    if not _TAG.search(text):
        return text
    text = _JSON_ESCAPE.sub(lambda m: _ESCAPED.get(m.group(0)) or chr(int(m.group(0)[2:], 16)), text)
    return html.unescape(_TAG.sub(lambda m: "\n" if _BLOCK_TAG.match(m.group(0)) else " ", text))


# A rule drawn across a page between its parts ('-----', '_____', '* * *'): it separates as a blank line does.
_RULE = re.compile(r"^\s*(?:[-_=~*]\s*){3,}$")


def source_lines(text: str) -> list[Line]:
    lines = []
    block = 0
    for number, raw_line in enumerate(text.splitlines(), start=1):
        shown = strip_markup(raw_line).split("\n")
        if not any(part.strip() for part in shown) or _RULE.match(raw_line):
            block += 1
            continue
        for raw in shown:
            raw = _spaced_menu_as_bars(_INVISIBLE.sub("", raw))
            stripped = " ".join(_MARKUP.sub("", raw.strip()).strip().split())
            if not stripped:
                continue
            bullet = bool(_BULLET.match(raw.strip()))
            for part in (piece for flat in split_flattened(stripped) for piece in _stamp_apart(flat)):
                lines.append(Line(number, rejoin_split_words(part), block, bullet))
    return lines


def _stamp_apart(text: str) -> list[str]:
    """A site's posting stamp and the page's own dateline set side by side after a bar ('Last updated: 07.03.2024 |
    Geneva, 6 March 2024'), read as the two lines they are: the stamp's date is no date of the document."""
    parts = _MENU_BAR.split(text, maxsplit=1)
    if len(parts) == 2 and STAMP_LABEL.match(parts[0]) and find_dates(parts[0]) and not is_posting_stamp(parts[1]) \
            and (dates := find_dates(parts[1])) and parts[1][:dates[0].start].strip():
        return parts  # the stamp has its own date, and the dateline names its place before its day
    return [text]


def _is_menu_item(lines: list[Line], index: int) -> bool:
    """A site's menu or language switcher: short bulleted lines one after another
    ('• Embassy', '• Contacts / Working hours', '• Հայերեն'). A long bulleted line is a title."""
    line = lines[index]
    if not line.bullet or len(line.text) > MENU_ITEM_LENGTH or any(ch.isdigit() for ch in line.text):
        return False
    neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(n.bullet and len(n.text) <= MENU_ITEM_LENGTH for n in neighbours)


def _is_menu_word(text: str) -> bool:
    """'Home', 'Topics', 'Government activity': a link of a menu, never a heading's part (no
    number, no honorific, no post, no 'by')."""
    words = text.split()
    return (len(words) <= 3 and len(text) <= MENU_WORD_LENGTH and not any(ch.isdigit() for ch in text)
            and not _MASTHEAD_PERIOD.match(text)  # a UN masthead's 'Seventy-eighth session' / 'Sixty-first year'
            and not text.endswith((",", ".", ":")) and "by" not in (w.casefold() for w in words)
            and strip_honorifics(text) == text and not ROLE_START.match(text))


def menu_runs(lines: list[Line]) -> set[int]:
    """Indexes of lines in a run of MENU_RUN or more menu links without bullets, in one block."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, Line(0, "", -1)]):
        if run and line.block != lines[run[-1]].block:
            found.update(run if len(run) >= MENU_RUN else ())
            run = []
        if line.text and _is_menu_word(line.text):
            run.append(index)
            continue
        found.update(run if len(run) >= MENU_RUN else ())
        run = []
    return found


def _heading_sentence(text: str) -> bool:
    """One sentence naming its speaker ('..., Remarks by Ambassador X, Permanent Representative
    of Norway ...'): a heading however long, not the body's prose."""
    return bool(_HEADING_CUE.search(text)) and len(_SENTENCE_BREAK.findall(text)) == 0


def is_prose(line: Line) -> bool:
    """A long run of sentences: the body has begun."""
    long_sentences = bool(_SENTENCE_BREAK.search(line.text)) or line.text.endswith((".", "。"))
    return (len(line.text) >= PROSE_LENGTH and long_sentences and not _TITLE_LINE.match(line.text)
            and not _heading_sentence(line.text.rstrip(".")))


def header_lines(lines: list[Line]) -> list[Line]:
    """The lines above the salutation if it comes early, else above the first prose."""
    top = lines[:MAX_HEADER_LINES * 4]
    menus = menu_runs(top)
    content = [line for index, line in enumerate(top)
               if not is_chrome(line.text) and not _is_menu_item(lines, index) and index not in menus]
    window, size = [], 0
    for index, line in enumerate(content[:MAX_HEADER_LINES]):
        if SALUTATION.match(line.text) or _opens_announced_text(content, index):
            return window
        size += len(line.text)
        if size > MAX_HEADER_CHARS:
            break
        window.append(line)
    header = []
    content = content[:MAX_HEADER_LINES]
    for index, line in enumerate(content):
        if SALUTATION.match(line.text) or opens_body(content, index):
            break
        header.append(line)
    return header


def opens_body(lines: list[Line], index: int) -> bool:
    """The speech or the text has begun at lines[index]: a first-person sentence, a long run of sentences,
    or a paragraph wrapped at a fixed width."""
    line = lines[index]
    return _first_person_sentence(line.text) or is_prose(line) or _opens_wrapped_prose(lines, index) \
        or _opens_announced_text(lines, index)


def _opens_announced_text(lines: list[Line], index: int) -> bool:
    """A sentence of prose, closed by its full stop ('"The Government welcomes the adoption of ... today.'), under
    a sentence that announces it: the text reproduced has begun, not its heading."""
    text = lines[index].text
    return index > 0 and announces_a_text(lines[index - 1].text) and len(text.split()) >= _SENTENCE_WORDS \
        and text.rstrip("\"”’' ").endswith(".")


def _first_person_sentence(text: str) -> bool:
    """'We thank the briefers.' opens the body; 'We must protect humanitarian workers', a headline
    without a full stop, is the page's title."""
    return bool(_BODY_OPENER.match(text)) and (len(text) >= WRAPPED_LENGTH * 2 or text.endswith((".", ",", ":", ";")))


def _opens_wrapped_prose(lines: list[Line], index: int) -> bool:
    """A paragraph broken at a fixed width (text copied from a PDF, a plain-text e-mail): WRAPPED_RUN long
    source lines of one block, broken mid-sentence (a line runs on in lower case), that read as sentences
    once joined. A heading wrapped the same way ('Intervención' / 'del delegado de X en el ejercicio del
    derecho a' / ...) continues the line above it."""
    run = lines[index:index + WRAPPED_RUN]
    if len(run) < WRAPPED_RUN or any(line.block != run[0].block or len(line.text) < WRAPPED_LENGTH for line in run) \
            or len({line.number for line in run}) < WRAPPED_RUN:
        return False
    above = lines[index - 1] if index else None
    if run[0].text[:1].islower() or (above and above.block == run[0].block and not above.text.endswith((".", ":"))):
        return False  # a paragraph opens in capitals, on a block of its own or after a finished sentence
    mid_sentence = any(not above.text.endswith((".", ":", ";", "!", "?")) and below.text[:1].islower()
                       for above, below in zip(run, run[1:], strict=False))
    text = " ".join(line.text for line in run)
    return mid_sentence and bool(_SENTENCE_BREAK.search(text)) and is_prose(Line(run[0].number, text, run[0].block))


def join_wrapped(text: str, continuation: str) -> str:
    """A line and the line it runs on into, with a space; a word hyphenated across them joined at its hyphen as the
    body's cleaning joins it ('post-' / 'conflict' -> 'post-conflict')."""
    joined = join_hyphenated_line_breaks(f"{text[-3:]}\n{continuation}")  # the break's own few characters
    return text[:-3] + joined if "\n" not in joined else f"{text} {continuation}"


def logical_lines(lines: list[Line]) -> list[Line]:
    """Header lines with wrapped continuations joined onto the line they continue.

    Within a block a line joins the one above when it starts like a
    continuation ("to the UN Office ...") or in lower case, when the line
    above ends on a connector ("addressed to") or an honorific ("...,
    AMBASSADOR"), continues a heading in capitals ("TO THE CONFERENCE ..."),
    or a UN letter's title not yet at its addressee; across a blank line only
    when it starts in lower case or with a bracket, continues a heading in
    capitals or follows an honorific, and the line above is not a finished sentence.
    """
    out: list[Line] = []
    for line in lines:
        if out and _continues(out[-1], line):
            previous = out[-1]
            out[-1] = Line(previous.number, join_wrapped(previous.text, line.text), line.block)
        else:
            out.append(line)
    return out


# The heading of an annex a letter transmits ('Annex', 'Annex to the letter dated ...', 'Anexo', 'Annexe I'): the text
# below it is another's (a minister's statement, a President's letter), signed by its own author.
_ANNEX_HEADING = re.compile(
    r"^(?:Annex|Annexe|Anexo|Приложение)(?:\s+(?:[IVX]{1,4}|\d{1,2}|to|à|al?|de|du|au|к)\b.*)?$", re.IGNORECASE)


def above_annex(lines: list[Line]) -> list[Line]:
    """The document's own lines: those above the first annex heading, where its own signature stands."""
    at = next((index for index, line in enumerate(lines) if _ANNEX_HEADING.match(line.text.strip())), None)
    return lines if at is None else lines[:at]


def is_date_line(text: str) -> bool:
    """'(March 1, 2021)', 'Geneva, 22 June 2021': a line that is a date, never a continuation."""
    dates = find_dates(text)
    return bool(dates) and len(text) - (dates[0].end - dates[0].start) <= 30


def announces_a_text(text: str) -> bool:
    """A news page's or a release's sentence that announces the text it reproduces below ('Below is the full text
    of South Africa's right of reply:'): the line after it opens that text, with its own heading."""
    return bool(_ANNOUNCED_TEXT.search(text[-_ANNOUNCING_REACH:]))


# A heading's speaker on a line of its own: 'by H.E. Mr. X, Ambassador ...', 'by the Permanent Representative'.
BY_SPEAKER = re.compile(r"^by\s+(?:the\s+)?[A-Z]")
_SITTING_END = re.compile(r"\b(?:meeting|session|sitting)$", re.IGNORECASE)


def _continues(previous: Line, line: Line) -> bool:
    """Whether `line` continues `previous`. A page's date line is whole, though it ends on its issuing office
    ('October 3, 2025 | Office of the President'), which would otherwise wait for a name."""
    if is_posting_stamp(line.text) or is_posting_stamp(previous.text) or is_date_line(line.text) \
            or is_date_line(previous.text) and not line.text[:1].islower() \
            or _INTRODUCES_BELOW.search(previous.text[-_ANNOUNCING_REACH:]) or announces_a_text(previous.text):
        return False
    if _MEETING_START.match(line.text) and not _CONNECTOR_END.search(previous.text):
        return False
    if line.text[:1].islower() and _is_bare_name(previous.text) and is_post(line.text):
        return False  # 'Jana Example' / 'velvyslankyně, stálá představitelka ...': a post in lower case, its own line
    if DELEGATION_HEAD.match(line.text) and not previous.text.endswith(","):
        return False  # '... Министра ... Российской Федерации' / 'глава делегации ...': a second function, its own line
    if BY_SPEAKER.match(line.text) and _SITTING_END.search(previous.text):
        return False  # 'United Nations Security Council' / '9189th meeting' / 'by H.E. Mr. X': the speaker's own line
    ends_open = _CONNECTOR_END.search(previous.text) is not None or _ends_on_honorific(previous.text) \
        or _POST_OPENING_END.search(previous.text) is not None
    finished = previous.text.endswith((".", ";", "!", "?"))
    in_capitals = previous.text.isupper() and line.text.isupper() and bool(_CAPITAL_CONTINUATION.match(line.text))
    if line.block != previous.block:
        starts_low = line.text[:1].islower() or line.text.startswith("(")
        return (starts_low or in_capitals or _ends_on_honorific(previous.text)) and not finished \
            and len(previous.text) < 200
    open_title = (opens_formal_title(previous.text) and line.number != previous.number and not finished
                  and "addressed to" not in previous.text)
    return ends_open or in_capitals or open_title or line.text[:1].islower() \
        or bool(_CONTINUATION_START.match(line.text))


def _is_bare_name(text: str) -> bool:
    """A line of two to four capitalized words and nothing else, as a name line stands over its post."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words)


def _ends_on_honorific(text: str) -> bool:
    """'..., AMBASSADOR' or 'Statement by H.E.': the name is on the next line."""
    words = text.split()
    return len(words) >= 2 and (words[-2].endswith(",") or words[-2].casefold() == "by") \
        and only_honorifics(words[-1])


# A news item or release introducing the text it reproduces ('DHAKA, May 18, 2022 (BSS) - Following is the full text
# of the statement delivered ... in New York:', 'The full text of the speech is as follows:').
_TEXT_FOLLOWS = re.compile(r"\b(?:following\s+is\s+the\s+(?:full\s+)?text\s+of|"
                           r"(?:full\s+)?text\s+of\s+the\s+[^.:]{1,80}?\s+(?:is\s+as\s+follows|reads\s+as\s+follows)|"
                           # ... as a wire's lead ends on it: 'The following is the full text.', 'Below is the full
                           # statement.', 'The statement delivered on behalf of X reads as follows.', 'TATOLI publishes
                           # the text of the letter below.', 'Tanjug carries the text of the letter:'
                           r"the\s+following\s+is\s+the\s+(?:full\s+)?text(?=\s*[.:])|"
                           r"below\s+is\s+the\s+(?:full\s+)?(?:text|statement)|"
                           r"(?:statement|speech|address|remarks|letter)\b[^.:]{0,80}?\breads\s+as\s+follows|"
                           r"(?:publishes|carries|reproduces)\s+(?:below\s+)?the\s+(?:full\s+)?text\s+of\s+the\s+"
                           r"(?:statement|speech|address|remarks|letter|note)|"
                           r"voici\s+le\s+texte|"
                           r"a\s+continuación\s+(?:el|se\s+reproduce\s+el)\s+texto)\b", re.IGNORECASE)


# A news item's line announcing the text it reproduces ('BTA publishes the full text of the statement delivered by
# Deputy Foreign Minister X at ...', 'Following is the text of the speech by ...'); not a draft's text a meeting
# negotiates ('on the full text of the zero draft of the Pact').
_FULL_TEXT = re.compile(r"\b(?:full|complete)\s+text\b(?!\s+of\s+the\s+(?:\w+\s+)?draft)|"
                        r"\btext\s+of\s+(?:the|his|her)\s+(?:statement|speech|address|remarks)\b|"
                        r"\btexte\s+int[ée]gral\b|\btexto\s+(?:completo|[íi]ntegro)\b", re.IGNORECASE)


def names_the_full_text(text: str) -> bool:
    """A news item's line naming the text it reproduces: it tells the speaker and the occasion in the item's words,
    and the text's own heading below tells them as the text does."""
    return bool(_FULL_TEXT.search(text))


def introduces_text(text: str) -> bool:
    """A news item's line introducing the text it reproduces below."""
    return bool(_TEXT_FOLLOWS.search(text))


def text_introduced_at(lines: list[Line]) -> int | None:
    """The number of the line introducing the text reproduced below it, if any: dates and places above it, or on
    it, are the news item's."""
    return next((line.number for line in lines if introduces_text(line.text)), None)
