"""Dates and document types: the conventions of diplomatic pages, as tables.

Every row is a header or opening written for the test in the style of real
pages (mission and ministry sites, UN documents, press releases), with a
comment naming the convention it holds.
"""

from __future__ import annotations

import re

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.dates import find_dates
from indexer.extraction.lead_days import opens_as_dateline


def record(*header: str, body: str = "Mr. President,\n\nWe thank you for convening this meeting.\n"):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


# -- date forms ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("08 March, 2023", [(2023, 3, 8)]),  # a comma after the month
    ("18th of September 2018", [(2018, 9, 18)]),  # ordinal and 'of'
    ("21.09.2016 - Speech", [(2016, 9, 21)]),  # day.month.year, the European order
    ("Tiskové zprávy | 5. 3. 2025", [(2025, 3, 5)]),  # ... spaced, as Czech and Slovak pages write it
    ("Created at : 9.11.2018, 08:45", [(2018, 11, 9)]),  # one-digit day and month
    ("September 21, 2022", [(2022, 9, 21)]),  # US order
    ("(New York, 3 October 2011)", [(2011, 10, 3)]),  # a dateline in brackets
    ("Ginebra, 19 de septiembre de 2016", [(2016, 9, 19)]),  # Spanish 'de'
    ("Genève, le 1er octobre 2020", [(2020, 10, 1)]),  # French '1er'
    ("Berlin, 21. September 2016", [(2016, 9, 21)]),  # German day with a full stop
    ("نيويورك، 30 سبتمبر 2024", [(2024, 9, 30)]),  # an Arabic month in the Egyptian and Gulf form
    ("دمشق، 5 تشرين الأول 2023", [(2023, 10, 5)]),  # ... and in the Levantine form
    ("Genève, le 12 févr. 2024", [(2024, 2, 12)]),  # a French month abbreviated
    ("Wien, 3. Jänner 2024", [(2024, 1, 3)]),  # Austria's January
    ("3 out of 5 votes", []),  # a Portuguese abbreviation ('out.') that is an English word is not read
    ("19 жовтня 2017 року", [(2017, 10, 19)]),  # Ukrainian genitive
    ("5 октября 2021 г.", [(2021, 10, 5)]),  # Russian genitive
    ("София, 12 март 2025 г.", [(2025, 3, 12)]),  # Bulgarian, with its 'г.' for the year
    ("Београд, 5. новембар 2024.", [(2024, 11, 5)]),  # Serbian Cyrillic, the day with a full stop
    ("Beograd, 5. novembar 2024.", [(2024, 11, 5)]),  # ... and in Latin script
    ("Скопје, 3 декември 2023", [(2023, 12, 3)]),  # Macedonian
    ("Bratislava 9. decembra 2016", [(2016, 12, 9)]),  # Slovak genitive
    ("Jakarta, 17 Agustus 2024", [(2024, 8, 17)]),  # Indonesian
    ("Αθήνα, 25 Μαρτίου 2024", [(2024, 3, 25)]),  # Greek genitive
    ("Helsinki 6. joulukuuta 2023", [(2023, 12, 6)]),  # Finnish partitive
    ("Budapest, 2024. március 5.", [(2024, 3, 5)]),  # Hungarian: the year first
    ("Vilnius, 2024 m. kovo 5 d.", [(2024, 3, 5)]),  # Lithuanian: year, genitive month, day
    ("Rīga, 2024. gada 5. martā", [(2024, 3, 5)]),  # Latvian: year, day, month in the locative
    ("2022年10月21日", [(2022, 10, 21)]),  # Chinese and Japanese sites
    ("October 13,1971", [(1971, 10, 13)]),  # the comma's space lost in typing
    ("On March 3,2000 people fled the city.", []),  # ... but a number glued to a day counts something
    ("2022년 10월 21일", [(2022, 10, 21)]),  # Korean sites
    ("2022.10.21", [(2022, 10, 21)]),  # year first, dotted
    ("21/09/2016", [(2016, 9, 21)]),  # day/month: 21 cannot be a month
    ("09/21/2016", [(2016, 9, 21)]),  # month/day, the US order
    ("05/06/2016", []),  # either order: left unread rather than guessed
    ("29-09-2018", [(2018, 9, 29)]),  # day-month-year with hyphens
    ("Speech | 06-03-2024", [(2024, 3, 6)]),  # ... the day first also when both could be a month
    ("21 May, 2021On May 21", [(2021, 5, 21), (None, 5, 21)]),  # a page that lost its line break
    ("Luxemburg, 14 de maig del 2025", [(2025, 5, 14)]),  # Catalan: 'de', 'del' before the year
    ("Ginebra, 3 d'abril de 2025", [(2025, 4, 3)]),  # ... and the elided "d'" before a month
    ("Ljubljana, 5. marca 2024", [(2024, 3, 5)]),  # Slovenian, the month in the genitive
    ("نيويورك، ٢٧ أيلول ٢٠٢٥", [(2025, 9, 27)]),  # Eastern Arabic digits
    ("बैंकक, २६ फेब्रुअरी २०२६", [(2026, 2, 26)]),  # Nepali: the Gregorian month, Devanagari digits
    ("Madrid, 1.º de marzo de 2024", [(2024, 3, 1)]),  # the ordinal indicator after the day
    ("Roma, 1° marzo 2024", [(2024, 3, 1)]),  # ... as Italian writes it
    ("令和7年3月5日", [(2025, 3, 5)]),  # a Japanese page's year of the Reiwa era
    ("平成31年4月30日", [(2019, 4, 30)]),  # ... and of Heisei
    ("Tiranë, 12 prill 2024", [(2024, 4, 12)]),  # Albanian
    ("Bakı, 5 avqust 2024", [(2024, 8, 5)]),  # Azerbaijani
    ("جنيف، 12 آذار/مارس 2024", [(2024, 3, 12)]),  # an Arabic UN text's paired month names, Levantine/Egyptian
    ("Genève, le mardi 12 mars 2024", [(2024, 3, 12)]),  # a weekday before the day, in the page's language
    ("Женева, вторник, 12 марта 2024 года", [(2024, 3, 12)]),
    ("Jenewa, Selasa, 12 Maret 2024", [(2024, 3, 12)]),
    ("Nueva York, 1.º de marzo de 2024", [(2024, 3, 1)]),  # the Spanish ordinal day
    ("เมื่อวันที่ 16 กรกฎาคม 2569 นาย", [(2026, 7, 16)]),  # Thai, in the Buddhist era (2569 is 2026)
    ("วันที่นำเข้าข้อมูล 18 ก.ค. 2569", [(2026, 7, 18)]),  # ... with the month abbreviated
    ("16 มิ.ย. พ.ศ. 2569", [(2026, 6, 16)]),  # ... with the era's mark before the year
    ("version 1.2.3 of the text", []),  # a version number is not a date
    ("resolution A/75/1.2.2020", []),  # nor part of a symbol
])
def test_date_forms(text, expected):
    assert [(d.year, d.month, d.day) for d in find_dates(text)] == expected


def _month_words():
    data = vocabulary.load_data("months_languages")
    return [(word, number) for language, names in data.items() if not language.startswith("_")
            for word, number in names.items()]


@pytest.mark.parametrize("month, number", _month_words())
def test_every_month_of_the_sites_languages_reads_as_a_date(month, number):
    (found,) = find_dates(f"le 3 {month} 2021")
    assert (found.year, found.month, found.day) == (2021, number, 3)


@pytest.mark.parametrize("text, expected", [
    # Iranian pages date by the Solar Hijri calendar; the Gregorian equivalents as published: Nowruz 1403 on 20 March
    # 2024, 22 Bahman 1358 on 11 February 1980, and the leap days that close 1399 and 1403.
    ("۱ فروردین ۱۴۰۳", (2024, 3, 20)),
    ("22 بهمن 1358", (1980, 2, 11)),
    ("۳۰ اسفند ۱۳۹۹", (2021, 3, 20)),
    ("۱ فروردین ۱۴۰۰", (2021, 3, 21)),
    ("۳۰ اسفند ۱۴۰۳", (2025, 3, 20)),
    ("روز دوشنبه ۲۷ آذر ۱۴۰۲ در نشست شورای امنیت", (2023, 12, 18)),
    ("عصر سه‌شنبه ۲۸ شهریور ۱۴۰۲", (2023, 9, 19)),
])
def test_solar_hijri_dates_read_as_gregorian(text, expected):
    (found,) = find_dates(text)
    assert (found.year, found.month, found.day) == expected


def test_a_persian_release_is_dated_by_its_lead_not_its_posting_stamp():
    text = ("سیاست خارجی\nکد خبر: 85329147\n۲۸ آذر ۱۴۰۲، ۰۱:۴۵\nنماینده ایران در شورای امنیت: ...\n"
            "نیویورک- ایرنا- علی نمونه، سفیر و نماینده دائم جمهوری اسلامی ایران در سازمان ملل متحد، روز دوشنبه ۲۷ آذر "
            "۱۴۰۲ در نشست شورای امنیت گفت.\n\nمتن ادامه دارد.\n")
    assert extract(text, "t.txt", "t").date == "2023-12-18"


def test_a_month_of_another_language_is_still_a_name():
    # 'Julio' is July in Spanish and a given name: it stays in the speaker's name.
    found = record("Statement by H.E. Mr. Julio Example, Permanent Representative of Chile to the United Nations")
    assert found.speaker == "Julio Example"


# -- the document's own date ---------------------------------------------------------

@pytest.mark.parametrize("header, date", [
    # A page's date line above the title, then the heading's own date: the heading is the delivery.
    (["Remarks and Speeches", "19 September 2023", "Statement at the Opening of the Forum", "18 September 2023",
      "Delivered by Ms. Anna Example"], "2023-09-18"),
    # Labelled date lines of the site (posted, updated) above the heading's own date.
    (["วันที่นำเข้าข้อมูล 2 Oct 2018", "วันที่ปรับปรุงข้อมูล 26 Nov 2022", "Statement by H.E. Mr. Ivan Example",
      "at the 39th Session of the Human Rights Council", "28 September 2018, Room XX, Palais des Nations"],
     "2018-09-28"),
    # A dateline is the heading's own, not a page's label.
    (["Geneva, 22 June 2021", "Statement by Ms. Anna Example at the Council's meeting of 21 June 2021"],
     "2021-06-22"),
    # The same day twice is no conflict.
    (["December 17, 2021", "Permanent Mission of Eritrea, GENEVA", "33rd Special Session – 17 December 2021"],
     "2021-12-17"),
    # A session period next to the delivery date in the same line.
    (["Statement by Ms. Anna Example in the General Debate at the 49th session (28 February – 01 April 2022) "
      "(Geneva, 16 March 2022)"], "2022-03-16"),
    # A dateline broken over two lines by the page's layout.
    (["Intervención del delegado de Cuba en el Consejo de Derechos Humanos. Ginebra, 19 de",
      "septiembre de 2016"], "2016-09-19"),
    # The month alone is a weaker reading than a day given on another line.
    (["Statements 2015 | 23 FEBRUARY 2015 - STATEMENT BY H.E. MR. ANNA EXAMPLE", "February 2015"], "2015-02-23"),
    # A day without a year is completed by a section label's year, not by the 2030 Agenda.
    (["Statements and Speeches 2015", "Statement by Ms. Anna Example, 5 October"], "2015-10-05"),
    (["Statement on the 2030 Agenda for Sustainable Development", "Statement by Ms. Anna Example, 24 March"], None),
    # day.month.year beside the kind of page.
    (["Speech by Foreign Minister Example in New York", "21.09.2016 - Speech"], "2016-09-21"),
    # A page's date followed by the site's fields (author, comments, section) is its date line, not the heading's.
    (["Statement by Ambassador Ivan Example at the ECOSOC Segment", "May 22, 2024  |  MoFA Admin  |  0 Comments",
      "Statement by H.E. Ambassador Ivan Example", "New York, 21 May 2024"], "2024-05-21"),
    (["Intervención de Ruritania en el Debate Abierto", "mayo 22, 2024 | Discursos e intervenciones",
      "Nueva York, 21 de mayo de 2024"], "2024-05-21"),
    # A blog's byline lists its categories after the author ('date | author | section, section'): the page's date.
    (["FSM Statement on Agenda Item 75", "December 12, 2024 | Admin | Speeches & Statements, United Nations",
      "Statement by H.E. Ivan Example", "New York, December 10, 2024"], "2024-12-10"),
    (["Intervención de Ruritania", "12 de marzo de 2025 | Prensa | Discursos, Naciones Unidas, Ginebra",
      "Embajadora Ana Ejemplo", "10 de marzo de 2025"], "2025-03-10"),
    # A report's period written with words is no day of delivery; the date it was submitted is.
    (["National report of Examplia", "Date of submission: 31 March 2025",
      "Reporting period: 1 January 2024 to 31 December 2024"], "2025-03-31"),
    (["Rapport national de l'Exemple", "Date de soumission : 30 avril 2025",
      "Période couverte : du 1 janvier 2024 au 31 décembre 2024"], "2025-04-30"),
    (["Informe nacional de Ruritania", "Fecha de presentación: 2 de mayo de 2025",
      "Período: del 1 de enero de 2024 al 31 de diciembre de 2024"], "2025-05-02"),
    (["Nationaler Bericht", "Eingereicht: 3. April 2025", "Berichtszeitraum: vom 1. Januar 2024 bis 31. Dezember 2024"],
     "2025-04-03"),
    # The site's fields before the page's date ('Office | date'), then the speech's own date line.
    (["Intervención de Ruritania en la Comisión Preparatoria", "Secretaría de Relaciones Exteriores | 22 de noviembre "
      "de 2024", "Embajador Juan Ejemplo, Representante Permanente", "18 de noviembre de 2024"], "2024-11-18"),
    # Two labelled stamps of the site (imported, updated) and no date of the heading: the first stands.
    (["Statement by Mr. Ivan Example", "Imported: 28 Sep 2018", "Updated: 26 Nov 2022"], "2018-09-28"),
    # A Swedish ministry's publication date under the speech's title.
    (["Tal från Anna Exempel", "Utrikesministerns anförande vid FN:s råd för mänskliga rättigheter",
      "Publicerat 27 februari 2023"], "2023-02-27"),
    # A Dutch mission's page date.
    (["Toespraak van de minister in de Algemene Vergadering", "21 september 2023"], "2023-09-21"),
    # A past event the heading names is not the day of delivery.
    (["Statement by Examplia commemorating the events of 7 October 2023", "Human Rights Council, 55th session"],
     None),
    (["Statement on the 30th anniversary of 7 April 1994", "Delivered by Ambassador Ivan Example",
      "Geneva, 8 April 2024"], "2024-04-08"),
    # A meeting over two days is a period, not a day of delivery.
    (["Right of reply of the delegation of Ruritania", "Thirtieth Meeting of the OSCE Ministerial Council",
      "Skopje, 30 November and 1 December 2023"], None),
    # A session's month and year ('Working Group, January 2025') is no full date: null, not the month's first day.
    (["Universal Periodic Review – 47th session of the Working Group, November 2024", "Review of Examplia",
      "Opening statement by H.E. Mr. Ivan Example, Head of the Delegation"], None),
    (["Statement by Ambassador Anna Example", "Human Rights Council, 55th session, March 2024",
      "Geneva, 4 March 2024"], "2024-03-04"),
    # A Gulf ministry's page dated in both calendars (Hijri 'H', Gregorian 'G') above the speech's own dateline.
    (["Kingdom's Statements", "Date: 1446/07/24 H - 24/01/2025 G", "Statement of the Kingdom of Examplia at the "
      "Security Council Open Debate", "Delivered by Ambassador Ivan Example", "New York, 23 January 2025"],
     "2025-01-23"),
    # ... or above a bare date line under the title.
    (["Date: 1446/05/18 H - 20/11/2024 G", "Explanation of Vote of the Kingdom of Examplia on Draft Resolution "
      "A/C.3/79/L.27", "19 November 2024", "Delivered by Counsellor Ivan Example"], "2024-11-19"),
    # A Catalan page's publication stamp, then a speaker line and the speech's dateline.
    (["INTERVENCIÓ", "Data de publicació: 20/06/2025", "59è període de sessions del Consell de Drets Humans",
      "Intervenció a càrrec de l'Excma. Sra. Anna Exemple, ambaixadora, representant permanent del Principat "
      "d'Andorra davant l'Oficina de les Nacions Unides a Ginebra", "Ginebra, 17 de juny del 2025"], "2025-06-17"),
    # A Korean board's stamp (its author, its date written, its readers) above an English statement's own date.
    (["유엔총회 제1위원회 일반토의 우리 대표 발언문", "작성자 대표부 | 작성일 2024-10-10 | 조회수 88",
      "Statement by the Republic of Examplia", "General Debate of the First Committee", "New York, 9 October 2024"],
     "2024-10-09"),
    # An Arabic page's date field, closed by its count of readers, is a posting stamp over the speech's dateline.
    (["كلمة رئيس الجمهورية أمام الجمعية العامة", "التاريخ: 26/09/2026 | المشاهدات: 1204", "نيويورك في 24 أيلول 2026"],
     "2026-09-24"),
    # A Thai mission's stamp of the day its item was entered, over the lead's own date.
    (["ผู้แทนถาวรกล่าวถ้อยแถลง", "วันที่นำเข้าข้อมูล 18 ก.ค. 2569", "เมื่อวันที่ 16 กรกฎาคม 2569 ผู้แทนถาวรได้กล่าวถ้อยแถลง"],
     "2026-07-16"),
    # A treaty body's page listing a State's request: its deadlines ('Current deadline:', '(to ...)', 'by ...') are
    # days to come; the request's own dateline dates it.
    (["Article 5 deadline extension requests", "Examplia", "Current deadline: 1 March 2027",
      "Requested extension: 3 years (to 1 March 2030)", "REPUBLIC OF EXAMPLIA", "REQUEST FOR AN EXTENSION OF THE "
      "DEADLINE FOR COMPLETING THE DESTRUCTION OF ANTI-PERSONNEL MINES", "Examplia City, 20 March 2026"], "2026-03-20"),
    (["Examplia will complete clearance by 1 March 2030", "Statement of Examplia to the Intersessional Meetings",
      "Geneva, 18 June 2026"], "2026-06-18"),
    # A heading answering another's letter, its sender named in the possessive, cites that letter's day.
    (["Response to the Secretary-General's letter of 3 March 2025 on the Pact", "Statement by Ambassador Anna "
      "Example", "10 March 2025"], "2025-03-10"),
])
def test_heading_dates(header, date):
    assert record(*header).date == date


@pytest.mark.parametrize("header, body, date", [
    # A ministry's news page: its date line is the day it went up, the release's dateline the day it tells.
    (["Indonesia Tegaskan Pentingnya Perlucutan Senjata", "Rabu, 19 Maret 2025"],
     "Jenewa, 18 Maret 2025 – Indonesia kembali menegaskan pentingnya perundingan.\n", "2025-03-18"),
    (["Examplia calls for a ceasefire", "Thursday, 6 March 2025"],
     "GENEVA, 5 March 2025 – The Ambassador of Examplia called for a ceasefire.\n", "2025-03-05"),
    (["L'Exemple plaide pour le multilatéralisme", "vendredi 7 mars 2025"],
     "New York, le 6 mars 2025 – La Représentante permanente a plaidé pour le multilatéralisme.\n", "2025-03-06"),
    # A news item's lead opening on the day it tells, a day or two before the page went up.
    (["Minister of Foreign Affairs addresses the High-Level Segment", "Date: 28 Feb 2024"],
     "On 27 February 2024, the Minister of Foreign Affairs of Examplia delivered a statement at the High-Level "
     "Segment.\n", "2024-02-27"),
    (["Foreign Minister meets the High Commissioner", "Thursday, 6 March 2025"],
     "On Tuesday, 4 March 2025, the Foreign Minister of Examplia met the High Commissioner in Geneva.\n",
     "2025-03-04"),
    (["La Ministre à la Conférence du désarmement", "Publié le 5 mars 2025"],
     "Le 3 mars 2025, la Ministre des Affaires étrangères a pris la parole devant la Conférence.\n", "2025-03-03"),
    (["El Canciller en el Consejo de Seguridad", "7 de mayo de 2025"],
     "El 5 de mayo de 2025, el Canciller de Ejemplo intervino en el debate abierto.\n", "2025-05-05"),
    (["Die Ministerin im Menschenrechtsrat", "Freitag, 6. Juni 2025"],
     "Am 4. Juni 2025 hat die Ministerin im Menschenrechtsrat gesprochen.\n", "2025-06-04"),
    # An interview a newspaper printed is dated by its edition, not by the page's stamp.
    (["President Example to \"The Daily Example\": \"We will not be a platform\"", "Date: 05/09/2026 | Views: 210"],
     "The President gave an interview to the daily newspaper \"The Daily Example\", published in its edition of "
     "Thursday 3 September 2026, in which he discussed the mandate.\n\nQ: Mr. President, is this a setback?\n",
     "2026-09-03"),
    # ... and one a broadcaster aired by its broadcast.
    (["TRANSCRIPT: Minister Example's interview with Radio Examplia", "Published: Thursday, 02 October 2025"],
     "The following is the transcript of an interview given by the Minister for Foreign Affairs to Radio Examplia, "
     "broadcast on 30 September 2025.\n\nPRESENTER: Minister, what was your message?\n", "2025-09-30"),
    # An interview's lead names the day it was given or recorded, a day or two before the page went up.
    (["Minister Example's interview with the News Agency", "Interviews 14.5.2026 09.00"],
     "Minister Example gave an interview to the News Agency on 13 May 2026. The interview was published on 14 May "
     "2026.\n\nQ: What is your message?\n", "2026-05-13"),
    (["May 6, 2026 | Office of the Minister", "Share: Facebook X Email", "\"We belong at the table\": the Ambassador "
      "looks back"], "The following is an edited transcript of an interview with the Ambassador of Examplia, "
     "recorded for the programme on May 4, 2026.\n\nQ: What will you remember?\n", "2026-05-04"),
    (["Publicado em 6 Maio, 2026 | Gabinete de Imprensa", "Partilhar: Facebook X WhatsApp", "Embaixadora de Exemplo "
      "fala da reforma"], "Entrevista concedida à Rádio Exemplo a 4 de maio de 2026, pela Embaixadora de Exemplo.\n\n"
     "Rádio Exemplo: Que balanço faz?\n", "2026-05-04"),
    # A byline puts the page's date between its fields; the date of delivery is the line under the heading.
    (["By Example Mission Rome | 8 May, 2026 | Topics: FAO, Statements", "Share: Facebook | X | Email",
      "Forty-Fifth Session of the FAO Conference", "Statement delivered by the Deputy Permanent Representative",
      "May 7, 2026"], "Thank you, Chair.\n", "2026-05-07"),
    # A day after the page was posted is an event to come: it neither dates the text nor makes its day a cited one.
    (["COMUNICADO CONJUNTO", "Publicado: 26/09/2025", "Los Ministros, reunidos en Nueva York el 24 de septiembre de "
      "2025,", "Que el 13 de diciembre de 2026 se conmemorará el aniversario del Protocolo,"], "ACUERDAN:\n",
     "2025-09-24"),
    # ... but a speech's opening on a past event is no such lead.
    (["Statement by Ambassador Ivan Example", "Thursday, 6 March 2025"],
     "Mr. President,\n\nOn 24 February 2022, the aggressor launched its full-scale invasion.\n", "2025-03-06"),
    # A news agency's credit after the dateline's date, and a Spanish dateline closed by a full stop.
    (["Examplia reaffirme son attachement au dialogue", "Publié le 6 mars 2025 | Par Webmaster"],
     "Genève, 5 mars 2025 (APE) – L'Ambassadeur d'Exemplie a réaffirmé son attachement au dialogue.\n", "2025-03-05"),
    (["Centroamérica presenta sus avances", "Publicado: 06/03/2025"],
     "Nueva York, 5 de marzo de 2025. Los Estados miembros presentaron una declaración conjunta.\n", "2025-03-05"),
    # The same day in both is no conflict.
    (["Examplia calls for a ceasefire", "Wednesday, 5 March 2025"],
     "GENEVA, 5 March 2025 – The Ambassador of Examplia called for a ceasefire.\n", "2025-03-05"),
])
def test_a_release_dateline_below_the_page_date(header, body, date):
    assert record(*header, body=body).date == date


@pytest.mark.parametrize("lead", [
    "GENEVA, 5 March 2025 – The Ambassador of Examplia called for a ceasefire.",
    "Genève, 5 mars 2025 (APE) – L'Ambassadeur d'Exemplie a réaffirmé son attachement au dialogue.",
    # ... an agency's credit closed by a full stop and a hyphen, as Spanish agencies write it
    "Ginebra, 25 de febrero de 2025 (IP).- El viceministro de Relaciones Exteriores intervino en el Consejo.",
])
def test_a_lead_opens_on_its_dateline(lead):
    assert opens_as_dateline(lead, find_dates(lead)[0])


def test_a_dateline_opens_a_press_release():
    found = record("Kenya appeals for support at the UN",
                   body="NEW YORK, USA, September 25, 2019…President Example has appealed to the Assembly for "
                        "support. He said on 20 September 2019 that the bid was strong.\n")
    assert found.date == "2019-09-25"


@pytest.mark.parametrize("lead", [
    "MONROVIA, Liberia – June 3, 2025: The Ministry announces that the State has been elected.",
    "Georgetown, Guyana — 3 June 2025 — The Ministry announces that the State has been elected.",
    "NAIROBI - 3 June 2025 - The Ministry announces that the State has been elected.",
    "Georgetown, Guyana – (June 3, 2025) The Ministry today announces that the State has been elected.",
])
def test_a_dash_may_part_a_datelines_place_from_its_date(lead):
    # A release's place, its State, a dash, then the date; the posting stamp above is not the date.
    found = record("Posted on June 4, 2025 | in Press Releases", "Examplia elected to the Council", body=lead)
    assert found.date == "2025-06-03"


def test_a_french_dateline_keeps_its_article():
    # 'New York, le 21 septembre 2023 –': the article belongs to the dateline, the posting date above is not it.
    found = record("COMMUNIQUÉ", "Publié le : 22/09/2023",
                   body="New York, le 21 septembre 2023 – Le Ministre des Affaires étrangères a conduit la délégation "
                        "au débat général de la 78ème session de l'Assemblée générale.\n")
    assert found.date == "2023-09-21"


def test_a_share_bar_between_the_heading_and_the_dateline_hides_nothing():
    found = extract(
        "Republic of Example Directorate of Communications\nEnglish | Français | Deutsch | Русский\n"
        "Home | About Us | News | Publications | Press Card | Contact\nHome > News > Foreign Policy\n"
        "Example exercises right of reply at UN General Assembly\n28 September 2024 Saturday 09:10\n"
        "Share: Facebook | X | WhatsApp | E-mail\nNew York, 27 September 2024 – Example on Friday exercised its right "
        "of reply at the United Nations General Assembly in response to statements made during the general debate.\n"
        "\"The statements we have heard today contain baseless allegations,\" said the delegate.\n", "t.txt", "t")
    assert found.date == "2024-09-27"


def test_a_webcasts_duration_is_no_posting_time():
    found = record("WEBCAST", "Conference on Disarmament – High-Level Segment: Statement by Example",
                   "25 February 2025 | Duration: 00:14:52", "Share: Facebook | X | LinkedIn",
                   body="Summary\nThe Vice Minister of Example addressed the Conference on Disarmament.\n")
    assert found.date == "2025-02-25"


@pytest.mark.parametrize("opening", [
    # A sentence that opens with a past event's date is not a dateline.
    "On 24 February 2022, the Russian Federation launched a full-scale invasion of Ukraine. We have seen since "
    "then the destruction of cities and the deportation of children, and we condemn it.",
    "24 February 2022 marked the start of a full-scale invasion of Ukraine. We have seen since then the "
    "destruction of cities and the deportation of children, and we condemn it in the strongest terms.",
])
def test_a_date_opening_a_sentence_is_an_event(opening):
    found = record("Statement by Mr. Ivan Example, Permanent Representative of Ukraine", body=opening + "\n")
    assert found.date is None


def test_a_release_signed_off_with_its_date():
    body = ("The Foreign Minister has addressed another letter to the President of the Security Council on the "
            "situation, referring to the Council's meeting of 16 August 2019. He recalled the letters of 1, 6 and "
            "13 August 2019.\n\n28 August 2019\n\nClose Search Window\n")
    assert record("Press Releases|", body=body).date == "2019-08-28"


def test_a_site_stamp_below_the_text_is_the_last_resort():
    body = ("The representatives of the Permanent Mission took part in the session of the Preparatory Commission "
            "held on 7th-9th November, 2018, in Vienna. They noted the conference of 29th of August, 2018.\n\n"
            "The Commission meets twice a year.\n\nCreated at : 9.11.2018, 08:45, Updated at : 9.11.2018, 08:45\n")
    assert record("Kazakhstan calls for a ban on nuclear tests", body=body).date == "2018-11-09"


@pytest.mark.parametrize("body, date", [
    # A stamp nothing in the text agrees with: the page may have been posted days later.
    ("Mr. Chair,\n\nIn the national statement yesterday, we set out our position.\n", None),
    # The text names the stamp's day without a year.
    ("Mr. Chair,\n\nOn Tuesday, 21 October, the Committee heard the report.\n", "2022-10-21"),
])
def test_a_posting_stamp_needs_the_text_to_agree(body, date):
    found = record("Right of reply by the delegation of Example in the Third Committee", "2022-10-21 00:09",
                   body=body)
    assert found.date == date


@pytest.mark.parametrize("body, date, suggested", [
    # The page's only date is its stamp, and the text tells what happened 'today': posted that day.
    ("Question: How would you comment on the results of the meeting that concluded today?\nAnswer: We regret "
     "that no decision was adopted.\n", "2024-12-06", None),
    # ... in the ministry's own language.
    ("Bakan Yardımcısı, bugün düzenlenen toplantıda konuştu.\n", "2024-12-06", None),
    # Nothing confirms the stamp: it is only suggested.
    ("Madam Chair,\n\nChina thanks the Director General for his report.\n", None, "2024-12-06"),
    # Another full date on the page: the stamp is not the page's only date, and says nothing.
    ("Mr. Chair,\n\nOn 2 December 2024 the Council met again today.\n", None, None),
])
def test_a_stamp_that_is_the_pages_only_date(body, date, suggested):
    found = record("Statement by the delegation of Ruritania at the Ministerial Council", "6 December 2024 18:05",
                   body=body)
    assert (found.date, found.suggestions.get("date")) == (date, suggested)


@pytest.mark.parametrize("day_line, date", [
    # The delivery day under the heading, without a year, is not the page's date: neither is asserted.
    ("Monday, 22 April", None),
    # The same day: the page's date is the heading's.
    ("Monday, 24 April", "2024-04-24"),
])
def test_a_pages_date_and_a_yearless_day_below_it(day_line, date):
    found = record("Statement by Examplia at the Security Council Briefing on Haiti", "April 24, 2024",
                   "Statement by H.E. Ambassador Ivan Example, Deputy Permanent Representative", day_line)
    assert found.date == date


def test_a_stamp_repeated_at_the_pages_foot_does_not_confirm_itself():
    # GOV.UK's 'Published 15 December 2023' above the text and again under 'Updates to this page'.
    found = record("Minister meets the High Commissioner: readout", "Published 15 December 2023",
                   body="The Minister met the High Commissioner on 14 December 2023 in Geneva.\n\n"
                        "Updates to this page\nPublished 15 December 2023\n")
    assert found.date != "2023-12-15"


@pytest.mark.parametrize("text, doc_type, date", [
    # An IAEA information circular: the page's 'Date:' is the Secretariat's issue; the note's own date is in the
    # circular's title, 'Communication dated ...'.
    ("Home > Resources > Documents > Information Circulars\nINFCIRC/1164\n"
     "Communication dated 2 February 2024 received from the Permanent Mission of Ruritania\n"
     "Date: 6 February 2024\n\nThe Secretariat has received a Note Verbale dated 2 February 2024 from the "
     "Permanent Mission of Ruritania.\n\nThe Permanent Mission of Ruritania presents its compliments to "
     "the Secretariat of the International Atomic Energy Agency.\n", "note_verbale", "2024-02-02"),
    # A UN masthead whose columns a copy joined ('General Assembly Distr.: General 12 March 2024'): the
    # distribution date is not the note's.
    ("United Nations A/HRC/55/G/3\nGeneral Assembly Distr.: General 12 March 2024\nOriginal: English\n"
     "Note verbale from the Permanent Mission of Examplia addressed to the Office of the High Commissioner\n"
     "The Permanent Mission of Examplia presents its compliments to the Office of the High Commissioner.\n",
     "note_verbale", None),
    # A note dated after its complimentary close, on the same line ...
    ("The Permanent Mission of Armenia to the United Nations presents its compliments to the President of "
     "the General Assembly and has the honour to inform him of its candidature, the elections to be held on "
     "9 May 2006. The Permanent Mission avails itself of this opportunity to renew the assurances of its "
     "highest consideration. New York, 12 April 2006\n", "note_verbale", "2006-04-12"),
    # ... or on the line below it, the page's posting date above the title notwithstanding.
    ("Skip to main content\nHome > Documents > Notes verbales\nJul 14, 2026\n"
     "Note verbale on the candidature of Ruritania for membership of the Human Rights Council\n"
     "The Permanent Mission of Ruritania to the United Nations presents its compliments to the President of "
     "the General Assembly and has the honour to inform him of its candidature.\n"
     "The Permanent Mission of Ruritania avails itself of this opportunity to renew to the President of the "
     "General Assembly the assurances of its highest consideration.\nNew York, 11 July 2026\n",
     "note_verbale", "2026-07-11"),
    # A note closed 'New York, March 2024' gives no full date: null, not the first of March.
    ("Note verbale\n\nThe Permanent Mission of Examplia presents its compliments to the Secretary-General and has "
     "the honour to transmit its views.\n\nThe Permanent Mission of Examplia avails itself of this opportunity to "
     "renew to the Secretary-General the assurances of its highest consideration.\n\nNew York, March 2024",
     "note_verbale", None),
])
def test_a_note_is_dated_by_its_own_title_or_close_not_by_the_page(text, doc_type, date):
    found = extract(text, "n.txt", "n")
    assert (found.doc_type, found.date) == (doc_type, date)


@pytest.mark.parametrize("closing, place_date, date", [
    # A Spanish note's close, then its place and date on a line of its own.
    ("La Misión Permanente aprovecha la ocasión para reiterar el testimonio de su más alta consideración.",
     "Ginebra, 14 de septiembre de 2022", "2022-09-14"),
    # A French note's close.
    ("La Mission permanente saisit cette occasion pour renouveler les assurances de sa très haute considération.",
     "Genève, le 3 mars 2023", "2023-03-03"),
    # A Russian note's close.
    ("Постоянное представительство пользуется случаем, чтобы возобновить уверения в своем высоком уважении.",
     "Женева, 5 октября 2021 г.", "2021-10-05"),
    # An Arabic note's close ('its highest esteem').
    ("وتغتنم البعثة هذه الفرصة لتعرب للأمانة العامة عن أسمى آيات تقديرها.", "فيينا، في 10 يوليو 2025", "2025-07-10"),
])
def test_a_note_in_another_language_is_dated_under_its_complimentary_close(closing, place_date, date):
    text = ("Inicio » Artículos » Documentos\n15 de septiembre de 2022 16:02:10\nNota No. 512/2022\n"
            "La Misión Permanente de Ruritania saluda atentamente a la Oficina del Alto Comisionado y tiene el honor "
            "de referirse a su nota de fecha 18 de julio de 2022.\n" + closing + "\n" + place_date + "\n"
            "Oficina del Alto Comisionado\nGinebra\nAnexo: lo mencionado\nEtiquetas: Bloqueo\n"
            "Compartir: Facebook  Twitter\nArtículos relacionados\nCuba en el diálogo interactivo\n")
    found = extract(text, "n.txt", "n")
    assert (found.doc_type, found.date) == ("note_verbale", date)


def test_a_letter_title_kept_in_html_markup():
    text = ('{"id":1,"date_gmt":"2019-03-11T22:10:02","content":{"rendered":"<p><strong>Identical letters dated '
            '1 September 2004 from the Permanent Representative of Example addressed to the Secretary-General'
            '<\\/strong><\\/p>"}}\n')
    found = extract(text, "j.txt", "j")
    assert (found.doc_type, found.date) == ("letter", "2004-09-01")


def test_a_site_menu_longer_than_the_header_does_not_hide_the_date():
    menu = [f"Menu item {n}" for n in range(30)]
    found = record(*menu, "HRC 52nd Session: Right of reply to the statement delivered by Example", "08 March, 2023",
                   body="President,\n\nArmenia requested the floor to exercise its right of reply.\n")
    assert found.date == "2023-03-08"


# -- document types ------------------------------------------------------------------

@pytest.mark.parametrize("header, body, doc_type", [
    # A news item that tells what the delegate said is a press release.
    (["Example upholds its human rights record"],
     "GENEVA 04 March 2019 — Example upheld its record at the Council. Undersecretary Example stressed the "
     "country's resolve.", "press_release"),
    # ... even when its headline names the speech it reports.
    (["Acting Foreign Minister Anna Example participated and made a speech at the Committee of Ministers"],
     "The Minister highlighted the role of the Council of Europe.", "press_release"),
    # A page reproducing a statement after telling who delivered it.
    (["Statement by Head of Delegation at the First Committee"],
     "Head of Delegation delivered a statement at the meeting on October 9.\n\nThe statement reads as follows:",
     "press_release"),
    # The ministry's spokesperson and the ministry itself issue releases, not speeches.
    (["QA-12, 5 May 2020, Statement of the Spokesperson of the Ministry of Foreign Affairs"], "", "press_release"),
    (["Statement by the Ministry of Foreign Affairs on the anniversary of the referendum"], "", "press_release"),
    (["Media Release", "27 March 2010"], "", "press_release"),
    # A speech that cites what a report stressed is still a speech.
    (["Statement by the Delegation of Example"], "Thank you, Chair.\n\nThe report of the Secretary-General "
     "highlighted the deterioration of the situation in the region over the past year, and the needs that have "
     "grown ever since. The Council must act.", "statement"),
    # A quotation running over paragraphs, open to the paragraph's end, is the speaker's, not the release's.
    (["Example appeals for a seat on the Council"], "NEW YORK, September 25, 2019…President Example has appealed "
     "to the Assembly to vote for Example.\n\n“When the world had given up on our region, we opened our doors.\n\n"
     "“Our investment in peace is real,” he said.", "press_release"),
    # A speech in the first person under a header naming no form is a statement.
    (["43rd Session of the Human Rights Council", "27 February 2020, Salle XX"],
     "Example is encouraged by the report. We fully agree with the High Commissioner, as she stressed.", "statement"),
    # Headings in the sites' languages.
    (["Intervención del delegado de Cuba en el ejercicio del derecho a", "réplica a la delegación de Example"], "",
     "right_of_reply"),
    (["Explication de vote de la France sur la résolution"], "", "explanation_of_vote"),
    (["Виступ Постійного представника України на засіданні Постійної ради ОБСЄ"], "", "statement"),
    # Letters by their formulas.
    (["Foreign Minister’s Letter to the UN Security Council over the conflict", "New York, 26 July 2004"],
     "", "letter"),
    (["To the Chairman of the Security Council. July 26, 1993"],
     "Dear Mr. Chairman!\n\nThe dramatic situation in my country, the result of the continued aggression "
     "against it, compels me to address to you with this letter.", "letter"),
    # A collection's numbered document, and a letter's text introduced.
    (["183. Letter From the President to the Prime Minister", "Washington, July 30, 1958."], "", "letter"),
    (["Text of the letter dated 30 July 1958 from the Foreign Minister addressed to the President of the Council"],
     "", "letter"),
    # Remarks at a vote explain it.
    (["Remarks at a UN Security Council Vote on a Resolution on the Middle East"], "", "explanation_of_vote"),
    (["Statement on the adoption of resolution 77/1 on the situation in Example"], "", "explanation_of_vote"),
    # A group's own statement, by name.
    (["EU Statement on the Russian Federation's ongoing aggression against Ukraine"], "", "joint_statement"),
    (["Statement of the Non-Aligned Movement at the Open Debate"], "", "joint_statement"),
    # ... but not an answer to one.
    (["Right of reply to the EU statement"], "", "right_of_reply"),
    # Several States in one statement's title.
    (["AUKUS Trilateral Statement on the Adoption of the Agenda"], "", "joint_statement"),
    # A site menu's 'Press Releases' names a section of the site, not this page.
    (["Home", "About the Mission", "Press Releases", "Statements", "Contact",
      "Statement by Ambassador Anna Example at the Security Council"], "", "statement"),
    # Several States saying so in the text.
    (["Statement by Ms. Anna Example"], "Mr. President,\n\nI have the honour to deliver this joint statement on "
     "behalf of a broad coalition.", "joint_statement"),
    # A UN letter's signature.
    (["Permanent Mission of Example to the United Nations"], "Sir,\n\nPlease find the report attached. "
     "(Signed) Anna Example, Permanent Representative", "letter"),
    # The heading's own kind wins over a letter-like phrase addressed to the chair.
    (["Right of reply of the delegation of Example"], "Mr. President,\n\nI have the honour to draw your "
     "attention to the statement just made.", "right_of_reply"),
    # 'the said Commission' tells nobody's words: the note's formula decides.
    (["Permanent Mission of Example to the United Nations"], "In accordance with the rules of procedure of the said "
     "Commission, the Permanent Mission of Example presents its compliments to the Secretary-General.",
     "note_verbale"),
    # An interview, in the sites' languages and as a heading's label, is given to the press: neither speech nor release.
    (["INTERVIEW: the Permanent Representative on the high-level week"], "Examplia NEWS: Ambassador, what were "
     "your priorities?\n\nAmbassador Example: Our priorities have not changed.", "other"),
    (["Interview mit Bundeskanzlerin Beispiel", "Samstag, 20. September 2025"], "Frage: Was erwarten Sie?", "other"),
    (["Entretien accordé par la Ministre au journal Le Quotidien"], "Question : Madame la Ministre, ...", "other"),
    (["Интервью Министра иностранных дел газете «Пример»", "12 марта 2025 года"], "Вопрос: Господин Министр, ...",
     "other"),
    (["Entrevista concedida por el Canciller al diario La Mañana"], "Pregunta: Canciller, ...", "other"),
    # An agency's title labelled in capitals, its subject's words in French guillemets (no breadcrumb's chevrons).
    (["Accueil > Diplomatie", "DIPLOMATIE", "ENTRETIEN – Réforme du Conseil de sécurité : « L'Afrique ne demande pas "
      "une faveur » (Anna Exemple)", "Publié le 12 octobre 2023 à 16h05"],
     "New York, 12 oct (EXA) – La Représentante permanente d'Exemplie estime que la session doit marquer « un "
     "tournant ».", "other"),
    (["International", "INTERVIEW Examplia's ambassador in Geneva: \"The Council must not become a theatre\"",
      "14-06-2024 11:20"], "The Permanent Representative of Examplia, Ambassador Anna Example, spoke to EXA ahead "
     "of the session.\n\nEXA: What has the country achieved?", "other"),
    # A State's national report under a treaty, by its title or its reporting form, is a written report.
    (["NATIONAL REPORT OF THE REPUBLIC OF EXAMPLIA", "on the implementation of Protocol V"], "Form A: Clearance",
     "other"),
    (["Convention on Certain Conventional Weapons", "Reporting form: Amended Protocol II (Article 13)"],
     "Form A: Dissemination of information", "other"),
    (["Rapport national de la République d'Exemple", "Convention sur l'interdiction des mines antipersonnel"],
     "Formulaire A : Mesures d'application nationales", "other"),
    # An Indonesian or Malay news item attributes a quotation: 'ujar', 'kata'.
    (["Indonesia Tegaskan Pentingnya Perlucutan Senjata"], "Jenewa – Indonesia kembali menegaskan pentingnya "
     "perundingan.\n\n\"Situasi ini tidak dapat terus dibiarkan,\" ujar Dubes Ivan.", "press_release"),
    (["Malaysia gesa gencatan senjata segera"], "NEW YORK – Malaysia menggesa gencatan senjata.\n\n\"Keadaan ini "
     "tidak boleh dibiarkan,\" kata Menteri Luar Negeri.", "press_release"),
    # A joint communiqué closing a meeting of two States records what both agreed: neither a speech nor a group's.
    (["COMMUNIQUÉ CONJOINT", "Communiqué conjoint sanctionnant les travaux de la 3e session de la Commission mixte "
      "de coopération entre la République togolaise et la République du Ghana", "Lomé, le 12 juillet 2025"],
     "1. La Commission mixte s'est tenue à Lomé.", "other"),
    (["Joint Communiqué on the State Visit of the President of Examplia", "Joint communiqué between the Republic of "
      "India and the French Republic", "New Delhi, 3 March 2025"], "1. The two leaders held talks.", "other"),
    (["Comunicado conjunto entre la República de Chile y la República Argentina", "Santiago, 2 de mayo de 2025"],
     "1. Los Cancilleres se reunieron.", "other"),
    # ... while a group's joint communiqué is a joint statement.
    (["Communiqué conjoint des ministres des Affaires étrangères du G5"], "", "joint_statement"),
    # Papers that are neither speeches nor correspondence.
    (["Non-paper on the working methods of the Council"], "", "other"),
    # Written comments of a State on a report are neither a speech nor a letter.
    (["Report of the Independent Expert - Comments by the State (A/HRC/45/53/Add.1)"], "", "other"),
])
def test_doc_type(header, body, doc_type):
    found = record(*header, body=(body or "Mr. President,\n\nThank you.") + "\n")
    assert found.doc_type == doc_type


# -- statements on behalf of a group -----------------------------------------------------

@pytest.mark.parametrize("header, body, groups", [
    # A collective of States without a group's own name: the vocabulary's generic group.
    (["Statement by Ms. Anna Example"], "Mr. President,\n\nOn behalf of the cross-regional core group comprising "
     "Brazil, Norway and Example, I have the honour to present the draft resolution.", ("a group of countries",)),
    # The Council's elected members speak as a group of the vocabulary (E10).
    (["Statement by Mr. Ivan Example"], "Mr. President,\n\nI have the honour to deliver this statement on behalf "
     "of the ten elected members of the Security Council.", ("Elected members of the Security Council",)),
    # The members of a named group.
    (["Statement by Mr. Ivan Example"], "Mr. Chairperson,\n\nI have the honour to deliver this statement on behalf "
     "of the Member States of the Association of Southeast Asian Nations (ASEAN).", ("ASEAN",)),
    # A chair speaking for its group.
    (["Statement by Mr. Ivan Example"], "Mr. President,\n\nThe Bahamas, in its capacity as current Chair of the "
     "Heads of Government of the Caribbean Community (CARICOM), thanks you.", ("Caribbean Community",)),
    # A list of States ending with the speaker's own.
    (["Statement by Ms. Anna Example"], "Mr. President,\n\nI am pleased to deliver this statement on behalf of "
     "Canada, New Zealand and my own country, Australia.", ("Canada", "New Zealand", "Australia")),
    # A hyphen or a space: 'Nordic-Baltic' and 'Nordic Baltic'.
    (["Statement by Lithuania on behalf of the Nordic Baltic countries"], "Mr. President,\n\nThank you.",
     ("Nordic countries",)),
    # Regional economic communities speak as groups too.
    (["STATEMENT ON BEHALF OF THE SOUTHERN AFRICAN DEVELOPMENT COMMUNITY (SADC)"], "Chair,\n\nThank you.",
     ("Southern African Development Community",)),
])
def test_joint_statements(header, body, groups):
    found = record(*header, body=body + "\n")
    assert (found.doc_type, found.groups) == ("joint_statement", groups)


@pytest.mark.parametrize("body", [
    # Another delegation's statement on behalf of a group is not this one.
    "Mr. President,\n\nI wish to associate my delegation with the statement to be delivered by Iran on behalf of "
    "the Non-Aligned Movement.",
    "President,\n\nArmenia requested the floor to reply to Pakistan that spoke on behalf of the OIC.",
    # The Council works on behalf of the membership; the speaker does not speak for it.
    "Mr. President,\n\nWe value the work that the Council carries out on behalf of all Member States.",
    # A single State is not a group, even with 'States' in its name.
    "Mr. President,\n\nI have the honour to speak on behalf of the United States.",
    "Mr. President,\n\nI speak on behalf of the Federated States of Micronesia.",
    # Nor is the Organization.
    "Mr. President,\n\nI have the honour to speak on behalf of the United Nations.",
])
def test_not_joint_statements(body):
    assert record("Statement by Ms. Anna Example", body=body + "\n").doc_type != "joint_statement"


# -- the vocabulary's formulas match their examples ------------------------------------------

@pytest.mark.parametrize("doc_type", [d for d in vocabulary.doc_types() if d.body_cues], ids=lambda d: d.name)
def test_every_opening_formula_has_a_matching_example(doc_type):
    for cue in doc_type.body_cues:
        assert any(re.search(cue, example, re.IGNORECASE) for example in doc_type.body_examples), cue


def test_every_reporting_verb_has_a_matching_example():
    entry = next(e for e in vocabulary.load_data("doc_types") if e["name"] == "press_release")
    for cue in entry["reported"]:
        assert any(re.search(cue, example) for example in entry["reported_examples"]), cue


def test_every_attribution_has_a_matching_example():
    entry = next(e for e in vocabulary.load_data("doc_types") if e["name"] == "press_release")
    for cue in entry["attributed"]:
        assert any(re.match(cue, example) for example in entry["attributed_examples"]), cue


# Dates where a page lost its line breaks or wraps its text (scripts/extraction-robustness).
@pytest.mark.parametrize("header, date", [
    # A posting stamp with its time run into the heading line, before the dateline in brackets.
    (["Remarks by H.E. Amb. Li Example at the First Plenary Meeting 2023-01-25 21:06 (Palais des Nations, 24th "
      "January 2023)"], "2023-01-24"),
    # A stamp after 'Published:' run into the heading, the day of delivery at its end.
    (["UN Security Council: Examplia - Statement Published: Sun 9 Oct 2016 11:36 AM Explanation of vote as delivered "
      "by Gerard Example, Permanent Representative to the United Nations, 8 October 2016"], "2016-10-08"),
    # A dateline with its hour is the event's, not a stamp.
    (["Statement by Ms. Anna Example", "Geneva, 9 March 2023, 15:00"], "2023-03-09"),
])
def test_stamps_inside_heading_lines(header, date):
    assert record(*header).date == date


def test_a_body_wrapped_at_a_fixed_width_ends_the_header():
    # A PDF copy: the first paragraph broken every 70 characters; a date in it is a past event.
    body = ("Mr. President,\n\nWe should like to reply to the representative of Examplia, who has\n"
            "been quite eloquent about the alleged aggression and tried to preach to\n"
            "the whole world. We would like to remind the distinguished representative\n"
            "that on September 28 the parliament approved a concept from January 1, 2026.\n")
    found = record("Right of reply by the representative of Examplia at the Fourth Committee", body=body.replace(
        "Mr. President,\n\n", ""))
    assert found.date is None


@pytest.mark.parametrize("iso", ["2022-09-21", "2016-12-01", "2003-03-02", "2019-11-23", "2011-02-11"])
def test_the_robustness_scripts_date_forms_keep_the_day(iso):
    # scripts/extraction-robustness rewrites a labelled date in other conventions: each must be the same day.
    from verbatim.extraction_robustness import _date_forms

    for form in _date_forms(iso):
        found = find_dates(f"Geneva, {form}")
        assert [d.iso() for d in found] == [iso], form


@pytest.mark.parametrize("credit", ["", "(VNA) - ", "Geneva (VNA/Mission) – "])
def test_a_leads_day_before_the_sites_posting_stamp(credit):
    # The stamp is the day the page went up; the lead, perhaps under a news agency's credit, opens on the day it tells.
    lead = ("On 12 November 2025, at the 50th session of the Working Group on the Universal Periodic Review in Geneva, "
            "Ambassador Anh Example, Permanent Representative of Viet Nam, led the Vietnamese delegation in the "
            "interactive dialogues on the reports of a number of countries.")
    found = extract("Permanent Mission of Viet Nam\n\nHome » News\nUpdate: 13/11/2025 09:20\n\nViet Nam at the "
                    "UPR\n\n" + credit + lead + "\n\nMore text follows here.\n", "t.txt", "t")
    assert found.date == "2025-11-12"


@pytest.mark.parametrize("text, date", [
    # A release's lead: its subject, set off by commas, addressing the meeting on its day, a day before the stamp.
    ("Home » News\nPresident calls for a fair global financial architecture\n2024-09-26 | 08:45\nShare: Facebook\n"
     "President Anton Sample, addressing the General Debate of the 79th Session of the United Nations General Assembly "
     "in New York on 25 September 2024, said that countries of the Global South can no longer accept a global "
     "financial system which makes them pay more to borrow than the rich countries and punishes them for climate "
     "disasters they did not cause.", "2024-09-25"),
    # ... or its subject who addressed it, in the past tense, on its day, the place between ('in X, Y,').
    ("Cabinet Secretariat\nHome > News & Events\nPrime Minister highlights the cost of being landlocked\n07 Aug, "
     "2025 | Cabinet Secretariat | News & Events\nPrime Minister Anton Sample addressed the plenary of the Third "
     "United Nations Conference on Landlocked Developing Countries (LLDC3) in Awaza, Turkmenistan, on 6 August 2025.\n"
     "In his statement, the Prime Minister said that every container travels hundreds of kilometres by road.",
     "2025-08-06"),
    # ... or a paragraph opening on the subject addressing it, under a wire's dateline without the year.
    ("Example Daily\nHome / World\nExamplia seeks ocean-mountain link in climate action\nPublished On: Wednesday, "
     "June 11, 2025 07:15 AM | By: Online Desk\nNice, June 10: Examplia has urged the international community to "
     "recognise the link between glaciers and the oceans.\nAddressing the plenary of the Third UN Ocean Conference on "
     "10 June 2025, Minister for Forests and Environment Anna Sample said that what happens in the mountains does not "
     "stay in the mountains.", "2025-06-10"),
    # An interview's day in the lead's second sentence, right after the interview it names.
    ("Home » News\nMinister in interview on UNGA sidelines\n2024-09-28 | 14:30\nForeign Minister Anton Sample gave an "
     "interview to a foreign news agency in New York. The full text of the interview, conducted on 27 September 2024, "
     "is reproduced below.\nQ: Minister, what message did you bring?", "2024-09-27"),
    # A note's number and its date on one line, under a site's posting line.
    ("Home / Statements\nDecember 2, 2024 - Notes Verbales\nNote Verbale to the Office of the High Commissioner\n"
     "Ref: EPMG/OHCHR/112/2024          29 November 2024\nThe Permanent Mission of Examplia presents its compliments "
     "to the Office of the High Commissioner and has the honour to transmit the response of its Government.",
     "2024-11-29"),
])
def test_a_leads_speaking_day_an_interviews_own_day_and_a_notes_reference_date(text, date):
    assert extract(text, "t.txt", "t").date == date


def test_a_note_dated_under_its_close_past_the_line_of_what_it_encloses():
    text = ("Embassy of Mongolia in Austria\nNews » Mongolia and the OSCE\n2025.04.16 | Views: 98\nMongolia submits "
            "information on the Code of Conduct\nNo. OSCE/25/047\nThe Permanent Mission of Mongolia to the OSCE "
            "presents its compliments to all Permanent Delegations and Missions to the OSCE and has the honour to "
            "transmit herewith the reply of Mongolia to the Questionnaire on the Code of Conduct.\nThe Permanent "
            "Mission of Mongolia to the OSCE avails itself of this opportunity to renew to all Permanent Delegations "
            "and Missions to the OSCE the assurances of its highest consideration.\nEncl.: as stated\nVienna, 15 "
            "April 2025\nTo: All Permanent Delegations and Missions to the OSCE\nOSCE Secretariat - Conflict "
            "Prevention Centre\nVienna\nRelated news\nStatement by Mongolia at the 1508th Plenary Meeting of the OSCE "
            "Permanent Council\nMongolian Ambassador presents credentials to")
    found = extract(text, "t.txt", "t")
    assert (found.date, found.location) == ("2025-04-15", "Vienna")


def test_the_day_a_mission_says_its_statement_was_delivered_under_the_text():
    text = ("Press Center / Speeches\nConference on Disarmament, 1745th plenary meeting\nStatement of the Republic of "
            "Kazakhstan on the agenda item 'Prevention of nuclear war'\n04.06.2025 | 16:20 | Views: 118\nMr. "
            "President,\nKazakhstan congratulates you on the assumption of the presidency.\nMs. Aigerim T. Example, "
            "Counsellor of the Permanent Mission, delivered the statement on 3 June 2025.")
    assert extract(text, "t.txt", "t").date == "2025-06-03"


@pytest.mark.parametrize("title, date", [
    # A letter's title naming the day of the debate it announces: the letter is dated by its dateline ...
    ("Letter to the Secretary-General on Examplia's Presidency of the Security Council and the high-level debate of "
     "16 April 2008", "2008-03-28"),
    # ... while a letter's title dated by its own day keeps it.
    ("Letter of 16 April 2008 to the Secretary-General on Examplia's Presidency of the Security Council",
     "2008-04-16"),
])
def test_a_letter_announcing_an_events_day_is_dated_by_its_dateline(title, date):
    text = (f"Department of Foreign Affairs\nHome > Multilateral > Documents\n{title}\nNew York, 28 March 2008\n"
            "Excellency,\nI have the honour to inform you that Examplia will assume the Presidency of the Security "
            "Council.\nPlease accept, Excellency, the assurances of my highest consideration.\n(Signed) Jan Example\n"
            "Permanent Representative of Examplia to the United Nations\n")
    assert extract(text, "t.txt", "t").date == date


def test_an_arabic_letter_is_dated_by_its_title_not_by_the_letter_it_answers():
    # The UN's Arabic title ('Identical letters dated 10 April 2025 addressed to ...') on a broadcaster's page; its
    # first sentence refers to 'the letter dated 4 April 2025' of the State it answers.
    text = ("الإذاعة الوطنية\nالرئيسية > الأخبار > دولي\nرسالتان متطابقتان مؤرختان 10 نيسان/أبريل 2025 موجهتان إلى "
            "الأمين العام ورئيس مجلس الأمن من الممثل الدائم لإكزامبليا لدى الأمم المتحدة\nبناءً على تعليمات من حكومتي، "
            "وإشارة إلى الرسالة المؤرخة 4 نيسان/أبريل 2025 الموجهة إليكم من الممثل الدائم لجمهورية إكزامبلو، أتشرف "
            "بأن أحيطكم علماً بما يلي.\n")
    found = extract(text, "t.txt", "t")
    assert (found.doc_type, found.date) == ("letter", "2025-04-10")


def test_a_speech_heading_citing_a_letter_in_arabic_keeps_its_own_day():
    text = ("كلمة الممثل الدائم لإكزامبليا أمام مجلس الأمن ردا على الرسالة المؤرخة 4 نيسان/أبريل 2025\n"
            "نيويورك، 9 نيسان/أبريل 2025\n\nالسيد الرئيس،\nنشكركم على عقد هذه الجلسة.\n")
    assert extract(text, "t.txt", "t").date == "2025-04-09"


@pytest.mark.parametrize("text, date", [
    # A news agency's lead announcing the letters' text, then the letter from its salutation in quotation marks.
    ("Home > International\nDate: 08/01/2024 19:12\nPrint | Share\n\nObserver sends identical letters to UN "
     "officials\n\nNEW YORK, January 8, 2024 (EXA) – The Permanent Observer of Examplia to the United Nations, "
     "Ambassador Anna Example, sent today identical letters to the Secretary-General and the President of the "
     "Security Council, the text of which follows:\n\n\"Excellency,\n\nI write to draw your urgent attention to "
     "the situation.", "2024-01-08"),
    # A prime minister's page: the lead ends on 'the full text of the letter is as follows:', the letter's dateline
    # and salutation under it in one block.
    ("Ana Sayfa > Haberler\n10.04.2013 - 17:30\nYazdır | Paylaş\nBaşbakan Örnek'ten BM Genel Sekreteri'ne mektup\n"
     "Başbakan Ahmet Örnek, Birleşmiş Milletler Genel Sekreteri'ne bir mektup gönderdi. Mektubun tam metni "
     "şöyledir:\nAnkara, 9 Nisan 2013\nSayın Genel Sekreter,\nÜlkemizde barınan Suriyelilerin sayısı 300 bini "
     "aşmıştır.", "2013-04-09"),
    # A ministry publishing its minister's letter in translation: the lead, the letter's dateline, its salutation.
    ("Pradžia / Naujienos\n2025-10-22 14:37\nUžsienio reikalų ministro laiškas Jungtinių Tautų Generaliniam "
     "Sekretoriui\nDalintis: Facebook  X\n\nSkelbiame Pavyzdijos užsienio reikalų ministro laiško Jungtinių Tautų "
     "Generaliniam Sekretoriui vertimą į lietuvių kalbą.\n\nVilnius, 2025 m. spalio 21 d.\n\nJūsų Ekscelencija,"
     "\n\nKreipiuosi į Jus dėl hibridinių atakų.", "2025-10-21"),
])
def test_a_news_item_giving_a_letters_text_is_the_letter(text, date):
    found = extract(text, "t.txt", "t")
    assert (found.doc_type, found.date) == ("letter", date)


def test_a_speech_the_news_gives_in_full_is_no_letter():
    text = ("Home > News\n12 March 2025\nThe Minister's letter to the Council was followed by her statement, whose "
            "text follows:\n\nYour Excellencies, Mr. President,\n\nI thank you for convening this meeting.")
    assert extract(text, "t.txt", "t").doc_type != "letter"


def test_a_letter_under_a_pages_date_and_a_lead_is_dated_by_its_own_dateline():
    # A presidency's page: its date line, a lead telling the letter was sent (a paragraph, where the page's heading
    # ends), then the letter from its dateline. A letter is dated by its own dateline, not by the day it went up.
    text = ("Predsjedništvo Primjerije\nПредсједништво Примјерије\nPresidency of Examplia\nBS | HR | SR | EN\n"
            "Početna  Predsjedništvo  Članovi  Saopćenja  Vanjska politika  Dokumenti\nPočetna > Saopćenja > Pisma\n"
            "Pismo člana Predsjedništva Ivana Primjera generalnom sekretaru UN-a\nDatum: 03.07.2025\nPrint  |  "
            "Podijeli\n\nČlan Predsjedništva Primjerije Ivan Primjer uputio je danas pismo generalnom sekretaru "
            "Ujedinjenih naroda povodom 30. godišnjice osnivanja Ujedinjenih naroda u Primjeriji. Pismo prenosimo u "
            "cijelosti.\n\nSarajevo, 2. jula 2025. "
            "godine\n\nVaša Ekselencijo,\n\nObraćam Vam se povodom godišnjice, koja će biti obilježena 11. jula "
            "2025. godine.\n")
    assert extract(text, "t.txt", "t").date == "2025-07-02"


@pytest.mark.parametrize("text, date", [
    # A news item reproducing a letter gives the letter's date in apposition opening a sentence of its lead.
    ("Full text of Examplia's letter to UN chief, Security Council over attack on consulate\nApr 2, 2024, 2:11 AM\n"
     "New York, IRNA – Amir-Hossein Example, Ambassador and Permanent Representative of the Islamic Republic of Iran "
     "to the United Nations, has sent a letter to UN Secretary-General and the President of the Security Council, "
     "condemning the attack.\nThe full text of the letter, dated 1 April 2024, is as follows:\n\"In the name of God, "
     "the Compassionate, the Merciful\nExcellency,\nUpon instructions from my Government, I am writing to draw your "
     "attention to a heinous attack perpetrated today, Monday, 1 April 2024.\n", "2024-04-01"),
    # Under a line introducing the text it reproduces, the text's own dateline dates it, not the agency's.
    ("Full text of Examplia statement at ECOSOC\n\nDHAKA, May 18, 2022 (BSS) - Following is the full text of the "
     "statement delivered by the Senior Secretary at the ECOSOC Operational Activities Segment in New York:\n\n"
     "Statement by\nMahbub Example Talukder\nSenior Secretary, Economic Relations Division\n\nECOSOC Operational "
     "Activities for Development Segment\nNew York, 17 May 2022\n\nMadam Vice-President,\n\nThank you.\n",
     "2022-05-17"),
])
def test_a_reproduced_letters_date_in_apposition_and_the_reproduced_texts_own_dateline(text, date):
    assert extract(text, "t.txt", "t").date == date


@pytest.mark.parametrize("lead", [
    # A wire's lead ending on the words that introduce the text below, in the forms agencies write them; ...
    "MAPUTO, 19 June 2024 (AIM) – Examplia on Tuesday delivered a joint statement on the Sudan. The following is the "
    "full text.",
    "DILI, 19 June 2024 (TATOLI) – The Minister spoke at the open debate. Below is the full statement.",
    "DILI, 20 June 2024 (TATOLI) – Examplia took part in the open debate. The statement delivered on behalf of "
    "Examplia reads as follows.",
    # ... or on a line of their own under it.
    "Nouakchott, 19/06/2024 (AMI) – L'Examplie a pris la parole.\nVoici le texte de l'explication de vote :",
])
def test_under_a_wires_lead_the_reproduced_texts_dateline_places_and_dates_it(lead):
    text = (f"Examplia at the Security Council\n\n{lead}\n\nStatement by Examplia\nSecurity Council open "
            "debate\nNew York, 18 June 2024\n\nMr. President,\n\nThank you.\n")
    found = extract(text, "t.txt", "t")
    assert (found.location, found.date) == ("New York", "2024-06-18")


@pytest.mark.parametrize("header, date", [
    # A host's upload date and a Dutch 'published on' are the page's, not the document's.
    (["UPR Meetings", "Nepal", "Document type: Statement | Language: English | Upload date: 01/02/2023",
      "Statement by Nepal", "Universal Periodic Review of Japan"], None),
    (["Home > Documenten > Nota verbale aan het Secretariaat van het Comité van Ministers",
      "Gepubliceerd op 14/05/2025", "Nota verbale aan het Secretariaat van het Comité van Ministers", "Nr. 2025/187",
      "De Permanente Vertegenwoordiging van het Koninkrijk België bij de Raad van Europa biedt het Secretariaat haar "
      "complimenten aan en heeft de eer het volgende mee te delen.", "Straatsburg, 12 mei 2025"], "2025-05-12"),
])
def test_an_upload_date_and_a_dutch_publication_stamp_are_the_pages(header, date):
    assert record(*header).date == date


_SPEECH = ("Thank you, Mr. President.\nExamplia abstained on the draft resolution put to the vote this afternoon, and "
           "I would like to explain why.\nThe damage caused to the pipelines was a serious incident affecting critical "
           "infrastructure, and the national investigations are under way.\nFor these reasons Examplia could not "
           "support the draft resolution.\nI thank you.\n")


@pytest.mark.parametrize("text, date", [
    # A speech's sign-off below the name and post, ending on the occasion and the day, under a posting stamp.
    ("Permanent Mission of Examplia to the United Nations\nHome > Statements > Security Council\nPublikuar: "
     "28/03/2023\nExplanation of vote on the draft resolution on the pipelines\n" + _SPEECH + "Ms. Mirela Example\n"
     "Deputy Permanent Representative of Examplia to the United Nations\nSecurity Council, 9290th meeting, 27 March "
     "2023\n", "2023-03-27"),
    # ... or a closing byline ending on the day.
    ("Ministry of Foreign Affairs of Examplia\nHome » Press room » Speeches and statements\nExplanation of vote by "
     "Examplia on the draft resolution\nPublished: 20.11.2025 | Last updated: 21.11.2025\n" + _SPEECH + "Delivered by "
     "Mr. Kristjan Example, Deputy Permanent Representative of Examplia to the United Nations, 18 November 2025\n",
     "2025-11-18"),
    # A closing sentence citing a body and a day is no sign-off.
    ("Ministry of Foreign Affairs of Examplia\nExplanation of vote by Examplia on the draft resolution\n" + _SPEECH
     + "We recall the resolution the Security Council adopted on 27 March 2023.\n", None),
])
def test_a_speech_signed_off_with_its_occasion_and_day(text, date):
    assert extract(text, "t.txt", "t").date == date


def test_an_osce_delegations_date_of_issue_under_the_sites_posting_stamp():
    # The site's posting stamp is no second date of the document: the date of issue under the symbol dates it.
    header = ["Permanent Mission of Examplia to the OSCE", "Statements > Forum for Security Co-operation",
              "Objavljeno: 27.03.2025", "FSC.DEL/98/25", "26 March 2025", "Original: ENGLISH",
              "1102nd Plenary Meeting of the Forum for Security Co-operation",
              "Security Dialogue: Small arms and light weapons", "Madam Chair,"]
    assert record(*header).date == "2025-03-26"


@pytest.mark.parametrize("stamp, dateline, expected", [
    # A site's stamp labelled in its language is the day the page went up; the statement's dateline dates it.
    ("Vloženo: 15. 3. 2023 | Aktualizováno: 16. 3. 2023", "Haag, 7. března 2023", "2023-03-07"),
    ("Julkaistu 16.9.2025 14.20", "Wien, 15.9.2025", "2025-09-15"),
    ("Dipublikasikan pada : Rabu, 12 Maret 2025", "Jenewa, 10 Maret 2025", "2025-03-10"),
])
def test_a_stamp_labelled_in_the_sites_language_gives_way_to_the_dateline(stamp, dateline, expected):
    page = (f"Úvod › Vystoupení\n{stamp}\nTisk | Sdílet\nVystoupení na zasedání\n\nJana Příkladová\n"
            f"stálá představitelka\n\n{dateline}\n\nPane předsedo,\n\nDěkuji.\n")
    assert extract(page, "t.txt", "t").date == expected
