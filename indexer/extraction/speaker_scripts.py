"""The speaker and post where a page writes them in a script without capitals or spaces around a name: Chinese,
Japanese and Korean (the post and the name read together, kept as written), Arabic (an honorific, the name, then the
post; or the post, the rank and the name), Thai and Devanagari. The Latin-script cues are the
other speaker modules'.
"""

from __future__ import annotations

import re

from indexer.extraction.lines import Line
from indexer.extraction.meeting_forms import arabic_delivered_by
from indexer.extraction.patterns import ARABIC_LETTERS
from indexer.extraction.persons import Candidate
from indexer.extraction.signatures import ARABIC_POST_WORDS, ARABIC_SIGNED_POST

# Chinese, Japanese and Korean pages write no spaces or capitals around a name: the post and the name are read
# together, kept as written. Chinese puts the post first, the name (two or three characters), an optional
# '大使', then the verb or '的' ('外交部发言人毛宁主持例行记者会', '常驻联合国代表傅聪大使在安理会...的发言').
_HAN = "\u4e00-\u9fff"
_CHINESE = re.compile(
    rf"(?P<post>(?![年月日])[{_HAN}]{{0,10}}?(?:发言人|副代表|代表|副部长|部长|外长|主席|总理|国务委员|特使|总统|司长))"
    rf"(?P<name>[{_HAN}]{{2,3}}?)(?:大使|女士|先生)?"
    r"(?=在|出席|主持|表示|会见|发表|答|的|就|：|:|谈|接受|阐述|介绍|强调|指出|说)")
# ... or a speaker's line under the title: the post (two functions joined by '、' perhaps), a space, the name closing
# the line ('中国代表团团长、国家原子能机构主任　柳振东', head of the Chinese delegation, director of the authority).
_CHINESE_LINE = re.compile(
    rf"^(?P<post>[{_HAN}、]{{1,40}}?(?:代表|团长|主任|部长|副部长|大使|局长|署长|司长|参赞|秘书|公使|主席))"
    rf"[ \u3000]+(?P<name>[{_HAN}]{{2,4}})$")
# Japanese puts the name (a surname, or surname and given name) before the post, then a particle
# ('上川外務大臣の国連総会演説', '山田陽子外務副大臣は').
_JAPANESE = re.compile(
    rf"(?P<name>[{_HAN}]{{2,4}}?)(?P<post>内閣総理大臣|総理大臣|外務大臣政務官|外務副大臣|外務大臣|外務報道官|"
    r"国連代表部大使|国際連合日本政府代表部大使|常駐代表|国連大使|報道官)(?=の|は|が|による|から|：|:)")
# Korean: the name (two to four syllables), a space, the post, a particle
# ('조태열 외교부 장관은', '황준국 주유엔대사는').
# A mission's counsellors and secretaries end their post so too ('공사참사관', minister-counsellor; '참사관', '서기관');
# two posts held at once are joined by '겸' ('주오스트리아대사 겸 주빈국제기구대표부 대사'); but '우리 대표' (our
# delegate) is the heading's generic speaker, after no name.
_KOREAN = re.compile(
    r"(?<![가-힣])(?!우리\s)(?P<name>[가-힣]{2,4})\s+(?P<post>(?!우리\s)(?:[가-힣]+\s겸\s)?(?:[가-힣]+\s)?[가-힣]*"
    r"(?:장관|차관|대사|대변인|대통령|국무총리|총리|대표|참사관|서기관))"
    r"(?=은|는|이|가|의|,|\s)")
# The Arabic honorifics of office (excellency, highness) and the titles and ranks before a name (mister, madam, doctor,
# ambassador, and the military ranks a head of State keeps: general, field marshal), the one list the Arabic patterns
# below share. 'الشيخ' (sheikh) is a title after an honorific of office ('معالي الشيخ X', 'سمو الشيخ X'); alone it may
# open the name itself, as Mauritanian names do ('السيد الشيخ أحمدو ولد X').
_ARABIC_HONOURS = r"معالي|سعادة|فخامة|سمو|صاحب\s+السمو"
_ARABIC_TITLES = "السيد|السيدة|الدكتور|الدكتورة|السفير|السفيرة|العماد|اللواء|الفريق|العقيد|المشير"
_ARABIC_RANKS = f"{_ARABIC_TITLES}|{_ARABIC_HONOURS}"
_ARABIC_HONOURED = rf"(?:{_ARABIC_HONOURS})\s+(?:(?:{_ARABIC_TITLES}|الشيخ|الشيخة)\s+)?"
# Arabic: an honorific ('معالي', 'سعادة', with 'السيد' or 'السفير'), the name, then the post ('وزير الخارجية', 'المندوب
# الدائم ...') up to a comma, the occasion ('أمام', 'في', 'خلال') or the speech it delivered ('كلمة').
_ARABIC = re.compile(
    rf"(?<![{ARABIC_LETTERS}]){_ARABIC_HONOURED}"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,5}}?)"
    rf"(?P<post>(?:{ARABIC_POST_WORDS}|مندوب|سفير|الأمين)[^،.\n:]*?)"
    r"(?=\s+(?:أمام|في|خلال|بمناسبة|حول|كلمة|بيانا|بياناً)(?:\s|$)|[،.\n:]|$)")
# A mission's diplomatic ranks (a counsellor, a secretary, an attaché, a chargé d'affaires), a post after the name as
# English writes 'Mr. X, Counsellor at the Permanent Mission' ('ألقاه السيد X Y Z، المستشار في البعثة الدائمة ...').
_ARABIC_MISSION_RANKS = "المستشار|المستشارة|السكرتير|السكرتيرة|الملحق|الملحقة|القائم\\s+بالأعمال"
# ... or the post first (an adviser's too: 'أكد المستشار بالديوان الملكي ...'), then the rank and the name, set off
# by a comma, followed by the occasion or closing the line ('ألقاها المندوب الدائم للمملكة ... في جنيف السفير X Y Z،
# خلال الحوار', 'كلمة ... يلقيها المندوب الدائم السفير X Y').
_ARABIC_POST_FIRST = re.compile(
    rf"(?P<post>(?:{ARABIC_POST_WORDS}|{_ARABIC_MISSION_RANKS})[^،.\n:]{{0,160}}?)\s+(?:{_ARABIC_RANKS})\s+"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}?[{ARABIC_LETTERS}]+)(?=\s*[،.\n]|\s*$|\s+(?:خلال|أمام|في)\s)")
# ... or the rank and the name opening a byline (after 'يلقيه:', delivered by, the words of archive/data/meetings.json
# that also end a meeting heading, or 'كلمة', 'بيان', the speech or the statement of), then the post after a comma, as
# English writes 'Ambassador X, Permanent Representative of ...' ('يلقيه: السفير X Y Z، المندوب الدائم ...').
_ARABIC_NAME_THEN_POST = re.compile(
    rf"(?:^|(?:{arabic_delivered_by()}|كلمة|بيان)\s*:?\s*)"
    rf"(?:(?:{_ARABIC_RANKS})\s+){{1,2}}"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}[{ARABIC_LETTERS}]+)\s*،\s*"
    rf"(?P<post>(?:{ARABIC_POST_WORDS}|سفير|{_ARABIC_MISSION_RANKS})[^،.\n:]*?)\s*(?=[،.\n:]|$)")
# ... or a release's lead: the post (a second function after a comma at most), a comma, the honorific and the name
# set off by commas, as English writes 'the Commissioner for Human Rights, Mr. X, delivered ...' ('ألقى مفوض حقوق
# الإنسان ...، السيد X Y Z، يوم ...', 'ألقى الوزير الأول، رئيس الحكومة الانتقالية، السيد X Y Z').
_ARABIC_POST_COMMA_NAME = re.compile(
    rf"(?<![{ARABIC_LETTERS}])(?P<post>(?:{ARABIC_POST_WORDS})[^،.\n:]{{0,160}}?"
    rf"(?:\s*،\s*(?:{ARABIC_POST_WORDS})[^،.\n:]{{0,160}}?)?)\s*،\s*"
    rf"(?:(?:{_ARABIC_RANKS})\s+){{1,2}}(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}?[{ARABIC_LETTERS}]+)\s*،")
# ... or a mission's diplomatic rank after 'delivered by', a slash closing it and the name closing the line, as a
# mission's site bylines its secretaries and counsellors ('يلقيها السكرتير الأول/ X Y Z', delivered by the First
# Secretary): the rank is the post, as 'Delivered by Mr. X, First Secretary' gives it in English.
_ARABIC_RANK_SLASH_NAME = re.compile(
    rf"(?:{arabic_delivered_by()})\s*:?\s*"
    r"(?P<post>(?:السكرتير|السكرتيرة)\s+(?:الأول|الأولى|الثاني|الثانية|الثالث|الثالثة)|المستشار(?:ة)?(?:\s+الأول)?"
    r"|الوزير\s+المفوض|الملحق(?:ة)?(?:\s+الدبلوماسي)?)\s*/\s*"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}[{ARABIC_LETTERS}]+)\s*$")
# ... or an honorific of office ('معالي', 'سعادة', 'فخامة', excellency), the name, a comma and the post, anywhere in a
# release's lead, as English writes 'His Excellency X, Minister of ...' ('ترأس معالي السيد X Y Z، وزير الخارجية ...');
# tried last, as a lead honours others than its speaker so too: the minister a statement is delivered for ('نيابة عن
# معالي ...', on behalf of), the president whose greetings it conveys ('تحيات فخامة ...').
_ARABIC_HONOURED_NAME_POST = re.compile(
    rf"(?<![{ARABIC_LETTERS}])(?<!نيابة عن )(?<!تحيات ){_ARABIC_HONOURED}"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}?[{ARABIC_LETTERS}]+)\s*،\s*"
    rf"(?P<post>(?:{ARABIC_POST_WORDS}|سفير)[^،.\n:]*?)\s*(?=[،.\n:]|$)")
# Thai writes the honorific glued to the given name ('นาย' Mr., 'นาง' Mrs., 'นางสาว' Ms., 'ดร.' Dr.), a space, the
# surname, a space, then the post in one run of letters ('เอกอัครราชทูตและผู้แทนถาวรไทยประจำสหประชาชาติ', ambassador
# and permanent representative; 'รัฐมนตรีว่าการกระทรวงการต่างประเทศ', minister of foreign affairs), then the verb.
_THAI_LETTERS = "\u0e01-\u0e4e"
_THAI = re.compile(
    rf"(?<![{_THAI_LETTERS}])(?:นางสาว|นาง|นาย(?!กรัฐมนตรี)|ดร\.)\s?"
    rf"(?P<name>[{_THAI_LETTERS}]{{2,}}\s[{_THAI_LETTERS}]{{2,}})\s"
    rf"(?P<post>(?:เอกอัครราชทูต|อัครราชทูต|ผู้แทน|รองผู้แทน|รัฐมนตรี|รองนายกรัฐมนตรี|นายกรัฐมนตรี|ปลัดกระทรวง|อธิบดี"
    rf"|เลขานุการ|ที่ปรึกษา|โฆษก|อุปทูต)[{_THAI_LETTERS}]*)")
# Nepali and Hindi write the post first, ending on its noun ('राजदूत' ambassador, 'प्रतिनिधि' representative, 'मन्त्री'
# minister), then an honorific ('डा.' Dr., 'श्री' Mr.) and the name closing the line, as a host's field gives the
# speaker ('वक्ता: ... स्थायी प्रतिनिधि डा. X Y'). Letters of the script, its danda (the full stop) left out.
_DEVANAGARI_LETTERS = "\u0900-\u0963\u0966-\u097f"
_DEVANAGARI = re.compile(
    rf"(?<![{_DEVANAGARI_LETTERS}])(?P<post>(?:[{_DEVANAGARI_LETTERS}]+\s+){{0,12}}?"
    rf"(?:राजदूत|प्रतिनिधि|मन्त्री|मंत्री|प्रधानमन्त्री|प्रधानमंत्री|राष्ट्रपति|सचिव|प्रवक्ता|महावाणिज्यदूत))"
    rf"\s+(?:(?:डा\.|डॉ\.|श्री|श्रीमती|सुश्री|माननीय)\s*)?"
    rf"(?P<name>(?:[{_DEVANAGARI_LETTERS}]+\s+){{1,3}}[{_DEVANAGARI_LETTERS}]+)\s*$", re.MULTILINE)
# Persian writes the Arabic script with letters of its own ('ی', 'ک', 'پ') and joins a word's parts with a zero-width
# non-joiner ('حسینی‌نژاد'). Its posts open on a function ('سفیر' ambassador, 'نماینده' representative, 'معاون' deputy,
# 'رئیس' president or head, 'وزیر' minister, 'دبیر' secretary, 'سخنگوی' spokesperson, 'مشاور' adviser, 'مدیرکل'
# director-general, 'کاردار' chargé d'affaires); the honorifics before a name ('جناب آقای' sir, 'خانم', 'دکتر', a
# cleric's 'حجت‌الاسلام والمسلمین', an officer's rank 'سردار') are no part of it, but 'سید' (a descendant of the
# Prophet) is.
_PERSIAN_POSTS = "سفیر|نماینده|معاون|رئیس|وزیر|دبیر|سخنگوی|مشاور|مدیرکل|سرپرست|کاردار|قائم‌مقام|دستیار"
_PERSIAN_HONOURS = (r"جناب\s+آقای|سرکار\s+خانم|جناب|آقای|خانم|بانو|دکتر|مهندس|استاد|حجت‌الاسلام\s+والمسلمین|"
                    r"حجت‌الاسلام|آیت‌الله|شیخ|سردار|سرلشکر|سرتیپ|امیر\s+دریادار|دریادار")
# A name's words: none a post's, an honorific's, a small word of the sentence ('در' in, 'از' of) or a time's ('روز' on
# the day, 'عصر' in the afternoon, 'سه‌شنبه' Tuesday: 'رئیس جمهور، عصر سه‌شنبه ...' names no one).
_PERSIAN_TIME = r"روز|امروز|دیروز|صبح|ظهر|عصر|شب|بامداد|(?:یک|دو|سه‌?|چهار|پنج)?شنبه|جمعه"
_PERSIAN_NAME_WORD = (rf"(?!(?:{_PERSIAN_POSTS}|{_PERSIAN_HONOURS}|{_PERSIAN_TIME}|در|از|به|با|که|این|آن|و|را|برای|خود|"
                      rf"نیز)(?:\s|$))[{ARABIC_LETTERS}][{ARABIC_LETTERS}\u200c]*")
_PERSIAN_NAME = rf"(?:(?:{_PERSIAN_HONOURS})\s+)*(?P<name>{_PERSIAN_NAME_WORD}(?:\s+{_PERSIAN_NAME_WORD}){{1,3}})"
_PERSIAN_POST = rf"(?P<post>(?:{_PERSIAN_POSTS})\s[^،.\n:]{{0,160}}?)"
# A news lead: the name, then the post between Persian commas, after the dateline and the agency ('نیویورک- ایرنا-'),
# a comma, or the words 'statement' or 'speech' ('متن کامل بیانیه X، سفیر ...،', the full text of the statement of X).
_PERSIAN_NAME_POST = re.compile(rf"(?:^|[-–،:]\s*|(?<=\s)(?:بیانیه|سخنرانی|پیام)\s+){_PERSIAN_NAME}\s*،\s*"
                                rf"{_PERSIAN_POST}\s*،")
# ... or the post first, then the name between commas, opening the lead ('سخنگوی سازمان ...، X Y، امروز گفت').
_PERSIAN_POST_NAME = re.compile(rf"(?:^|[-–]\s*){_PERSIAN_POST}\s*،\s*{_PERSIAN_NAME}\s*،")
# A byline: 'the speech of' (or 'the statement of'), the honorifics and the name alone on the line, the post below.
_PERSIAN_BYLINE = re.compile(rf"^\s*(?:متن\s+)?(?:سخنرانی|بیانیه|پیام)\s+{_PERSIAN_NAME}\s*$")
_PERSIAN_POST_LINE = re.compile(rf"^\s*(?:{_PERSIAN_POSTS})\s")
# An Arabic 'name' that opens on a post's word or runs on to 'to' is a post and its addressee ('فخامة رئيس مجلس ...
# إلى الأمين العام', His Excellency the Chairman of the Council to the Secretary-General).
_ARABIC_NOT_NAME = re.compile(rf"^(?:{ARABIC_POST_WORDS}|الوزير|الأمين\s+العام)\s"
                              r"|(?:^|\s)إلى(?:\s|$)")
# ... nor is the post of the one the speaker stands in for, an honorific perhaps between ('نيابة عن فخامة رئيس
# الجمهورية، السيد X', on behalf of the President; 'ممثلاً عن ...', representing).
_ARABIC_STANDS_IN_FOR = re.compile(rf"(?:نيابةً?|ممثلاً?)\s+عن\s+(?:(?:{_ARABIC_RANKS})\s+)*$")
# Words that end a State's or a body's name, not a person's: '日本国', '外務省', '政府'.
# Nor is the honorific an address ends on ('主席先生：', Mr. President:).
_NOT_EAST_ASIAN_NAME = re.compile(r"[国省府部会院]$|^(?:日本|中国|韩国|联合国|国連|外務|外交)|^(?:先生|女士|阁下)$")


def other_scripts(header: list[Line], opening: str) -> Candidate | None:
    """The speaker of a Chinese, Japanese, Korean, Arabic, Thai or Nepali page: its post and name as its heading (or,
    failing that, its lead) writes them,
    the name in full where the page gives it ('上川外務大臣' / '上川陽子外務大臣は')."""
    if found := _arabic_byline_over_post(header) or _persian_byline_over_post(header):
        return found
    texts = [(line.text, line) for line in header] + [(opening[:600], header[-1] if header else Line(0, "", 0))]
    for text, line in texts:
        for pattern in (_CHINESE_LINE, _CHINESE, _JAPANESE, _KOREAN, _ARABIC, _ARABIC_POST_FIRST,
                        _ARABIC_NAME_THEN_POST, _ARABIC_POST_COMMA_NAME, _ARABIC_HONOURED_NAME_POST,
                        _ARABIC_RANK_SLASH_NAME, _PERSIAN_NAME_POST, _PERSIAN_POST_NAME, _THAI, _DEVANAGARI):
            match = _not_stood_in_for(pattern, text)
            if match is None and pattern is _ARABIC_POST_COMMA_NAME and (own := _own_post_after(text)):
                return Candidate(*own, line, line, "header: post and name in another script", 0.6)
            if match and not _NOT_EAST_ASIAN_NAME.search(match.group("name")) \
                    and not _ARABIC_NOT_NAME.search(match.group("name")):
                name = _fuller_east_asian(match.group("name").strip(), match.group("post"), texts)
                return Candidate(name, _fullest_post(pattern, match, texts), line, line,
                                 "header: post and name in another script", 0.6)
    return None


def _not_stood_in_for(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of `pattern` whose post is not the one the speaker stands in for ('نيابة عن رئيس الجمهورية،
    وزير الخارجية، السيد X': read again from past that post, the minister's)."""
    position = 0
    while found := pattern.search(text, position):
        if not _ARABIC_STANDS_IN_FOR.search(text, 0, found.start("post")):
            return found
        position = found.start("post") + 1
    return None


def _own_post_after(text: str) -> tuple[str, str] | None:
    """(name, post) of a lead naming the one the speaker stands in for before the speaker, whose own post follows the
    name ('ألقى نيابة عن فخامة رئيس الجمهورية، السيد X، وزير الشؤون الخارجية، كلمة ...')."""
    for found in _ARABIC_POST_COMMA_NAME.finditer(text):
        if (own := _ARABIC_POST_AFTER.match(text, found.end())) and _ARABIC_STANDS_IN_FOR.search(text, 0,
                                                                                                 found.start("post")):
            return found.group("name").strip(), own.group("post").strip()
    return None


_ARABIC_POST_AFTER = re.compile(rf"\s*(?P<post>(?:{ARABIC_POST_WORDS})[^،.\n:]{{0,160}}?)\s*(?=[،.\n:]|$)")


# An Arabic byline with the name closing its line ('كلمة السفير X Y Z', the speech of Ambassador ...; 'ألقاه السفير
# X Y Z', delivered by ...) and the post on the line below, as a signature sets them ('المندوب الدائم ...'); a slash
# may close the rank ('سعادة السفير/ X Y Z').
_ARABIC_BYLINE = re.compile(
    rf"^\s*(?:(?:{arabic_delivered_by()}|كلمة|بيان)\s*:?\s*)?(?:(?:{_ARABIC_RANKS})/?\s+){{1,2}}"
    rf"(?P<name>(?:[{ARABIC_LETTERS}]+\s+){{1,4}}[{ARABIC_LETTERS}]+)\s*$")


# ... or 'delivered by' and the post on a line of its own, the rank and the name on the line below ('ألقاها رئيس هيئة
# ...، رئيس الوفد' over 'الدكتور X Y Z'): the post up to its comma, the delegation he heads no part of it, as in
# English.
_ARABIC_DELIVERED_BY_POST = re.compile(
    rf"^\s*(?:{arabic_delivered_by()})\s*:?\s*(?P<post>(?:{ARABIC_POST_WORDS}|سفير|سفيرة)[^،.\n:]*?)\s*(?:[،:]|$)")
_ARABIC_DELIVERED_BY = re.compile(rf"^\s*(?:{arabic_delivered_by()})")


def _arabic_byline_over_post(header: list[Line]) -> Candidate | None:
    """A heading's byline naming the speaker by rank and name alone on its line, the post on the next line; a second
    function on the line below joined where the first ends on a comma ('وزير ...،' / 'رئيس مجلس وزراء ...'), not where
    the post is whole (another office held on a line of its own, 'رئيس المجموعة العربية لشهر ...'). A byline opening
    on 'delivered by' names the speaker even over no post ('مستشار بالبعثة ...', a rank with its mission)."""
    for index, (line, below) in enumerate(zip(header, header[1:], strict=False)):
        if (match := _ARABIC_BYLINE.match(line.text)) and ARABIC_SIGNED_POST.match(below.text):
            post = below.text.strip()
            if post.endswith(("،", ",")) and index + 2 < len(header) \
                    and ARABIC_SIGNED_POST.match(header[index + 2].text):
                post = f"{post} {header[index + 2].text.strip()}"  # a post going on after its comma, another function
            return Candidate(match.group("name"), post, line, below, "header: rank and name over the post", 0.75)
        if (post := _ARABIC_DELIVERED_BY_POST.match(line.text)) and (match := _ARABIC_BYLINE.match(below.text)):
            return Candidate(match.group("name"), post.group("post"), below, line, "header: post over rank and name",
                             0.75)
    for line in header:
        if _ARABIC_DELIVERED_BY.match(line.text) and (match := _ARABIC_BYLINE.match(line.text)):
            return Candidate(match.group("name"), None, line, line, "header: delivered by rank and name", 0.75)
    return None


def _persian_byline_over_post(header: list[Line]) -> Candidate | None:
    """A Persian heading's byline ('سخنرانی جناب آقای دکتر X Y') over the line giving the post."""
    for line, below in zip(header, header[1:], strict=False):
        if (match := _PERSIAN_BYLINE.match(line.text)) and _PERSIAN_POST_LINE.match(below.text):
            return Candidate(match.group("name"), below.text.strip(), line, below, "header: byline over the post", 0.75)
    return None


def _fullest_post(pattern: re.Pattern, found: re.Match, texts: list[tuple[str, Line]]) -> str:
    """The fullest post the page gives the same name: a heading's bare rank ('송민규 대사') written in full in the
    lead ('송민규 주오스트리아대사 겸 주빈국제기구대표부 대사는')."""
    name = found.group("name").strip()
    posts = [match.group("post").strip() for text, _ in texts for match in pattern.finditer(text)
             if match.group("name").strip() == name and not _ARABIC_STANDS_IN_FOR.search(text, 0, match.start("post"))]
    return max(posts, key=len, default=found.group("post").strip())


def _fuller_east_asian(name: str, post: str, texts: list[tuple[str, Line]]) -> str:
    """A surname before the post ('上川外務大臣') written with the given name elsewhere ('上川陽子外務大臣')."""
    for text, _ in texts:
        match = re.search(rf"{re.escape(name)}[{_HAN}]{{1,2}}(?={re.escape(post)})", text)
        if match:
            return match.group(0)
    return name
