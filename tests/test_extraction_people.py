"""Speaker and post: header lines in the styles of mission and ministry pages, one comment per row.

Every row is written for this file (names are invented); each stands for a
convention of diplomatic writing, not for one document.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract
from indexer.extraction.lines import header_lines, logical_lines, source_lines, strip_markup
from indexer.extraction.names import is_post, normalize_name, strip_honorifics
from indexer.extraction.persons import (
    read_person,
)
from indexer.extraction.posts import (
    post_after,
)


def page(*lines: str, body: str = "Mr. President,\n\nThank you.") -> str:
    return "\n".join(lines) + "\n\n" + body + "\n"


def speaker_and_role(text: str) -> tuple[str | None, str | None]:
    found = extract(text, "t.txt", "t")
    return found.speaker, found.speaker_role


@pytest.mark.parametrize("lines, speaker, role", [
    # 'Delivered by' under a title, a post of one word pair.
    (["Right of reply", "Delivered by Mr. Ivan Example, Second Secretary"], "Ivan Example", "Second Secretary"),
    # 'Remarks by' with a post naming a city: the city stays in the post.
    (["Remarks by Ambassador Anna Example, Permanent Representative of Norway to the UN in Geneva, on the "
      "coming Presidency"], "Anna Example", "Permanent Representative of Norway to the UN in Geneva"),
    # A title before a surname, then the place: 'in New York' is no name.
    (["Speech by Foreign Minister Example in New York at the opening event"], "Example", "Foreign Minister"),
    # The post first, with 'Ambassador' as its first word, the name after a comma.
    (["As delivered by Ambassador of Canada to the OSCE, Anna Example at the 1464th Permanent Council, Vienna, "
      "7 March 2024"], "Anna Example", "Ambassador of Canada to the OSCE"),
    # A label and a colon, the post on the line below.
    (["Presenter: H.E. Mr. Ivan Example", "Permanent Representative of Latvia"], "Ivan Example",
     "Permanent Representative of Latvia"),
    # A headline opening with 'We' is the page's title, not the speech: the speaker line below it is read.
    (["UK Mission to the UN", "Speech", "We must protect humanitarian workers",
      "Statement by Ambassador Anna Example at the UN Security Council briefing on humanitarian access."],
     "Anna Example", None),
    # A title naming a surname ('Minister Example's speech'), the whole name and the post on a line below it.
    (["Minister Example's speech at the UN General Assembly", "23 September 2023",
      "Senator the Hon Anna Example, Minister for Foreign Affairs"], "Anna Example", "Minister for Foreign Affairs"),
    # A headline opening with the speaker behind an honorific, then the occasion.
    (["Ambassador Anna Example at the UN Security Council open debate on Children and Armed Conflict"],
     "Anna Example", None),
    # ... behind a post, then a colon and the document's label.
    (["Deputy Permanent Representative Ivan Example: Statement at the Security Council Briefing on Syria"],
     "Ivan Example", "Deputy Permanent Representative"),
    # ... with the State in brackets.
    (["Ambassador Ivan Example (Ghana) - Statement at the Security Council"], "Ivan Example", None),
    # The post ends at a colon before the document's label.
    (["H.E. Anna Example, Permanent Representative of Estonia: Remarks at the General Assembly"], "Anna Example",
     "Permanent Representative of Estonia"),
    # 'Intervention of the' post, then the name between commas.
    (["Intervention of the Permanent Representative of Chile, Ambassador Anna Example, at the Security Council"],
     "Anna Example", "Permanent Representative of Chile"),
    # 'Message from' a post and a name.
    (["Message from Secretary of State Ivan Example on the International Day of Peace"], "Ivan Example",
     "Secretary of State"),
    # A headline in capitals whose verb follows the name is no name line: 'APPEALS' is not the speaker's.
    (["PRESIDENT IVAN EXAMPLE APPEALS TO THE GENERAL ASSEMBLY TO VOTE FOR RURITANIA AT THE UNSC"], None, None),
    # 'Delivered by:' alone, the name and two post lines below, joined with a comma.
    (["Delivered by:", "", "His Excellency Anna B. Example Jr.", "", "President of the Republic of Palau", "",
      "Chair of the Pacific Small Island Developing States"], "Anna B. Example Jr.",
     "President of the Republic of Palau, Chair of the Pacific Small Island Developing States"),
    # A whole heading in capitals on one line: speaker, post, meeting, city and date.
    (["STATEMENT BY H.E. DATO' SRI ANNA EXAMPLE BIN AHMAD, MINISTER OF FOREIGN AFFAIRS OF MALAYSIA, AT THE "
      "GENERAL DEBATE OF THE 78TH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY, NEW YORK, 22 SEPTEMBER 2023"],
     "Anna Example bin Ahmad", "MINISTER OF FOREIGN AFFAIRS OF MALAYSIA"),
    # A heading in capitals wrapped over lines, the name after the post and 'AMBASSADOR'.
    (["STATEMENT BY THE PERMANENT REPRESENTATIVE", "OF ESTONIA TO THE UNITED NATIONS, AMBASSADOR",
      "IVAN EXAMPLE, AT THE DEBATE ON THE REPORT"], "Ivan Example",
     "PERMANENT REPRESENTATIVE OF ESTONIA TO THE UNITED NATIONS"),
    # The post before the name, a State between them.
    (["As delivered by the Permanent Representative of Iceland Anna Example at the Permanent Council"],
     "Anna Example", "Permanent Representative of Iceland"),
    # The post before the name, a city ending the post.
    (["STATEMENT by the Permanent Representative to the International Organizations in Vienna Ivan EXAMPLE at "
      "the 55th session"], "Ivan Example", "Permanent Representative to the International Organizations in Vienna"),
    # 'Statement of the POST NAME at ...'.
    (["Statement of the Minister of Foreign Affairs of Uzbekistan Ivan Example at the 29th meeting"],
     "Ivan Example", "Minister of Foreign Affairs of Uzbekistan"),
    # The name stacked under the title, the post below it with a nationality.
    (["Statement by HE Mr Ivan Example", "", "Australian Permanent Representative to the United Nations",
      "and the Conference on Disarmament in Geneva"], "Ivan Example",
     "Australian Permanent Representative to the United Nations and the Conference on Disarmament in Geneva"),
    # The name repeated under a title that already named it: the post is below the repeat.
    (["Explanation of Vote by Ambassador Anna Example on a Draft Resolution", "Ambassador Anna Example",
      "U.S. Representative to the United Nations", "New York, New York"], "Anna Example",
     "U.S. Representative to the United Nations"),
    # A description is no post; 'Mr.' glued to the name.
    (["Right of reply by representative of the Russian Federation Mr.Ivan Example at the Fourth Committee"],
     "Ivan Example", None),
    # A bare 'Ambassador' is no post.
    (["Statement by Mr. Ivan Example", "Representative of the Republic of Korea", "New York, 9 October 2013"],
     "Ivan Example", None),
    # Post-nominal honours are not part of the name.
    (["Statement by Dame Anna Example DCMG OBE, UK Permanent Representative to the United Nations"],
     "Anna Example", "UK Permanent Representative to the United Nations"),
    # Initials run together.
    (["As delivered by Ambassador Anna S.H. Example", "Vienna, Austria", "November 18, 2022"],
     "Anna S.H. Example", None),
    # A post in British spelling before the name ('Co-ordinator'), the mission after it.
    (["Explanation of vote by Deputy Political Co-ordinator Ivan Example of the UK Mission to the UN on the "
      "resolution"], "Ivan Example", "Deputy Political Co-ordinator"),
    # A military rank before a head of government's name is a title, like 'Gen.'; 'Statement by' alone above it.
    (["Statement by", "", "General Ivan Example, Prime Minister of the Kingdom of Ruritania",
      "at the High-level Meeting of the General Assembly"], "Ivan Example",
     "Prime Minister of the Kingdom of Ruritania"),
    # ... but 'General' after an office is the post's word ('Secretary General', 'Governor General').
    (["Remarks by Secretary General Ivan Example at the Council"], "Ivan Example", "Secretary General"),
    (["Statement by the Governor General Ivan Example"], "Ivan Example", "Governor General"),
    # An edition of diplomatic papers heads a document with the writer's post, the name in brackets, the addressee.
    (["The Norwegian Chargé (Ivan Example) to the Secretary of State"], "Ivan Example", "Norwegian Chargé"),
    # ... a bracket after the addressee is the addressee's.
    (["The Secretary of State to the Minister in Examplia (Example)"], None, None),
    # A speech page's byline under the title: the name in full, bare, and the day of delivery.
    (["Opening Session of the Conference on Tolerance", "", "Ivan Example 21.05.2013"], "Ivan Example", None),
    # ... a dateline's place and day is no byline.
    (["Statement at the General Debate", "", "New York 21 May 2013"], None, None),
    # A title word before the name is the post, not part of the name.
    (["Bern, 08.12.2016 - Address by Federal Councillor Ivan Example at the Ministerial Council"],
     "Ivan Example", "Federal Councillor"),
    # A Dutch particle pair inside the name.
    (["Statement of the Kingdom of the Netherlands, delivered by H.E. Ambassador Ivan in den Example, "
      "Permanent Representative to the Conference on Disarmament"], "Ivan in den Example",
     "Permanent Representative to the Conference on Disarmament"),
    # A Spanish heading: 'embajador' is an honorific.
    (["Intervención del embajador Ivan Example durante la presentación del informe"], "Ivan Example", None),
    # A letter from a post, then the name between commas, then its addressee.
    (["Letter from the Permanent Representative of Ghana to the United Nations, Kwame Example, to the "
      "Secretary-General"], "Kwame Example", "Permanent Representative of Ghana to the United Nations"),
    (["Letter from the President of the Republic of Ghana, H.E. John Example, to the President of the Security "
      "Council"], "John Example", "President of the Republic of Ghana"),
    # A letter's title gives its signatory's post when no name is given: 'Letter of/from the POST to the President'.
    (["Letter of the Permanent Representative of Ghana to the President of the Human Rights Council"], None,
     "Permanent Representative of Ghana"),
    # ... a head of State's letter honours him before the post.
    (["Letter from H.E. the President of the Republic of Examplia to the President of the Security Council"], None,
     "President of the Republic of Examplia"),
    # ... a minister's portfolios listed with commas are one post.
    (["Letter dated 9 March 2024 from the Minister for Foreign Affairs, Francophonie and Examplians Abroad of the "
      "Republic of Examplia addressed to the Secretary-General"], None,
     "Minister for Foreign Affairs, Francophonie and Examplians Abroad of the Republic of Examplia"),
    # Academic titles of Central Europe and Italy are honorifics.
    (["Statement by Austria", "Delivered by Mag. Lukas Example, Deputy Permanent Representative of Austria to the "
      "United Nations"], "Lukas Example", "Deputy Permanent Representative of Austria to the United Nations"),
    (["Intervento della Dott.ssa Maria Example, Primo Consigliere, Rappresentanza Permanente d'Italia"],
     "Maria Example", "Primo Consigliere"),
    # A page's title names the speaker; the document's own heading repeats the name with the post below.
    (["Statement by H.E. Dr. Reza Example", "بسم الله الرحمن الرحیم", "Statement by", "H.E. Dr. Reza Example",
      "Ambassador and Permanent Representative of the Islamic Republic of Iran",
      "to the United Nations Office and other International Organizations in Geneva"], "Reza Example",
     "Ambassador and Permanent Representative of the Islamic Republic of Iran to the United Nations Office and other "
     "International Organizations in Geneva"),
    # A name line with its honorifics, an order of the State after the name, then the post.
    (["Presentation of the National Report", "Senator the Hon. Dame Sandra Example-Clarke, DA, Minister of People "
      "Empowerment and Elder Affairs, Head of Delegation"], "Sandra Example-Clarke",
     "Minister of People Empowerment and Elder Affairs, Head of Delegation"),
    # A military rank written with its hyphen is a title, not a name.
    (["Delivered by: Lieutenant-Colonel Marie-Claude Example, Military Adviser, Permanent Delegation of Canada "
      "to the OSCE"], "Marie-Claude Example", "Military Adviser, Permanent Delegation of Canada to the OSCE"),
    # A heading in capitals with the Turkish dotted capital: 'SELİN' is Selin.
    (["STATEMENT BY DEPUTY MINISTER OF FOREIGN AFFAIRS AMBASSADOR SELİN EXAMPLEOĞLU AT THE 30TH OSCE MINISTERIAL "
      "COUNCIL MEETING"], "Selin Exampleoğlu", "DEPUTY MINISTER OF FOREIGN AFFAIRS"),
    # A letter to the OSCE's Chairperson-in-Office names its signatory's post in its title.
    (["Letter of the Minister of Foreign Affairs of the Republic of Poland to the Chairperson-in-Office of the OSCE"],
     None, "Minister of Foreign Affairs of the Republic of Poland"),
    # A Spanish post before the name, after its article; a French title after its elided article.
    (["Intervención en el Consejo de Seguridad", "Pronunciada por la Ministra Consejera Lucía Example Scarone"],
     "Lucía Example Scarone", "Ministra Consejera"),
    (["Intervención del Segundo Secretario Juan Example, Misión Permanente de Chile"], "Juan Example",
     "Segundo Secretario"),
    (["Déclaration prononcée par l'Ambassadeur Jean Example, Représentant permanent de la France"], "Jean Example",
     "Représentant permanent de la France"),
])
def test_heading_conventions(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker", [
    # A mention in prose is not a heading.
    (["Right of reply", "in response to the statement made by the Minister of Foreign Affairs of Turkey, "
      "Mr. Ivan Example"], None),
    # An institution delivers it.
    (["Statement by the Delegation of Ukraine at the Permanent Council"], None),
    # A group of States, then the one delivering it.
    (["Joint Statement by the 10 Elected Members of the Security Council delivered by Ambassador Anna Example, "
      "Permanent Representative of Ecuador to the UN"], "Anna Example"),
    # A State is not a one-word name.
    (["Remarks by Norway on the coming Presidency."], None),
    # ... nor the words of a State's name before its 'and' ('Saint Vincent' of Saint Vincent and the Grenadines).
    (["Statement by Saint Vincent and the Grenadines", "Security Council open debate"], None),
    (["Joint Statement by the A3+1 (Kenya, Niger, Saint Vincent and the Grenadines and Tunisia)"], None),
    (["Intervention by Sao Tome and Principe at the General Debate"], None),
])
def test_who_is_not_a_speaker(lines, speaker):
    assert speaker_and_role(page(*lines))[0] == speaker


MENU = ["• English", "  • Հայերեն", "  • Français", "Embassy of Armenia to Switzerland",
        "  • Embassy", "    • Ambassador", "    • Structure", "    • Contacts / Working hours", "    • Photo Gallery",
        "  • Armenia", "    • Overview", "    • Governance", "    • Culture", "    • History", "  • Consular Affairs",
        "    • Visa", "    • Passport", "  • News and Information", "    • News", "  • Bilateral Relations", ""]


def test_a_site_menu_neither_ends_nor_pollutes_the_header():
    text = page(*MENU, "HRC 52nd Session: Item 2: General debate", "", "08 March, 2023", "Download", "",
                "Delivered by Mr. Ivan Example, Second Secretary", body="President,\n\nArmenia requested the floor "
                "to exercise its right of reply to the delegations that spoke before it this morning in the debate.")
    assert speaker_and_role(text) == ("Ivan Example", "Second Secretary")
    header = [line.text for line in logical_lines(header_lines(source_lines(text)))]
    assert "Ambassador" not in header and "Հայերեն" not in header


@pytest.mark.parametrize("opening, speaker, role", [
    # The post and the name open the release, a verb follows.
    ("Acting Foreign Minister of Armenia Ivan Example participated in the online session.", "Ivan Example",
     "Acting Foreign Minister of Armenia"),
    # A dateline, then the post with a nationality adjective.
    ("12.04.2018, Vienna – The Council met today.\nGeorgian Deputy Foreign Minister Ivan Example delivered his "
     "remarks at the meeting.", "Ivan Example", "Georgian Deputy Foreign Minister"),
    # A participle clause first; the organisation after the name belongs to the post.
    ("Speaking at the High-Level Segment, Undersecretary Ivan B. Example of the Presidential Human Rights "
     "Committee Secretariat stressed the resolve of the country.", "Ivan B. Example",
     "Undersecretary of the Presidential Human Rights Committee Secretariat"),
    # A minister named by the surname alone.
    ("Foreign Minister Example has addressed another letter to the President of the Security Council.",
     "Example", "Foreign Minister"),
    # An ambassador named by the surname alone is too weak a cue.
    ("Ambassador Example highlighted the engagement of the country in demining.", None, None),
    # Only the post is given.
    ("Head of Delegation of the Republic of Example delivered a statement at the meeting.", None,
     "Head of Delegation of the Republic of Example"),
    # A release's time word before the post, a patronymic, and an aside before the verb.
    ("New York, 21.09.2016 — Today the First Deputy Prime Minister of the Kyrgyz Republic Ivan Petrovich Example, "
     "heading the delegation, delivered a speech at the General Debate.", "Ivan Petrovich Example",
     "First Deputy Prime Minister of the Kyrgyz Republic"),
    # The honorific and name, the post between commas, a reporting verb.
    ("Ambassador Anna Example, Permanent Representative of Estonia to the United Nations, said the Council "
     "must act.", "Anna Example", "Permanent Representative of Estonia to the United Nations"),
    # An agency's credit after the dateline's day, with no dash before the lead's first sentence.
    ("UNITED NATIONS, Oct 30 (ACN) The First Deputy Minister of Foreign Affairs of Examplia, Elio Example Rivero, "
     "told the General Assembly today that the blockade is an act of economic war.", "Elio Example Rivero",
     "First Deputy Minister of Foreign Affairs of Examplia"),
])
def test_press_release_reports_its_speaker(opening, speaker, role):
    text = "Ministry news\n\nA title about the visit\n\n" + opening + "\n\nMore text follows here.\n"
    assert speaker_and_role(text) == (speaker, role)


def test_a_letter_signed_at_its_foot_gives_name_and_post():
    text = page("Letter to the Secretary-General", body="I write to you about the attacks.\n\nAnna Example\n"
                "Permanent Representative of Israel to the United Nations")
    assert speaker_and_role(text) == ("Anna Example", "Permanent Representative of Israel to the United Nations")


def test_a_signature_after_an_honorific_of_the_gulf():
    text = page("Letter dated 10 July 2026 from the Permanent Representative of Qatar to the United Nations "
                "addressed to the Secretary-General", body="I have the honour to inform you of our efforts.\n\n"
                "(Signed) Sheikha Noura bint Khalid Example\nPermanent Representative")
    assert speaker_and_role(text) == ("Noura bint Khalid Example",
                                      "Permanent Representative of Qatar to the United Nations")


LETTERHEAD_LETTER = ("Cabinet Secretariat\nNews & Events\n{title}\n21 Mar, 2026 | Cabinet Secretariat\n"
                     "{letterhead}\nThimphu\nNo. PMO/UN-03/2026/112\n20 March 2026\n\nExcellency,\n\n"
                     "I write to you on behalf of my Government about the glaciers.\n\n"
                     "Please accept, Excellency, the assurances of my highest consideration.\n{signature}\n"
                     "The Secretary-General of the United Nations\nNew York\n")


@pytest.mark.parametrize("title, letterhead, signature, speaker, role", [
    # A head of government's letterhead gives the post of the one who signs by name alone, in brackets as typed.
    ("A letter to the UN Secretary-General on glaciers", "PRIME MINISTER\nROYAL GOVERNMENT OF BHUTAN",
     "(Kinzang Example)", "Kinzang Example", "PRIME MINISTER, ROYAL GOVERNMENT OF BHUTAN"),
    ("A letter to the UN Secretary-General on glaciers", "MINISTER FOR FOREIGN AFFAIRS", "Tashi Example Dorji",
     "Tashi Example Dorji", "MINISTER FOR FOREIGN AFFAIRS"),
    # A ministry's name over the dateline is no one's post.
    ("A letter to the UN Secretary-General on glaciers", "MINISTRY OF FOREIGN AFFAIRS", "(Kinzang Example)",
     "Kinzang Example", None),
])
def test_a_letterhead_gives_the_post_of_a_letter_signed_by_name(title, letterhead, signature, speaker, role):
    text = LETTERHEAD_LETTER.format(title=title, letterhead=letterhead, signature=signature)
    assert speaker_and_role(text) == (speaker, role)


def test_a_release_whose_first_sentence_gives_the_post_its_title_leaves_out():
    text = ("Ambassador Oksana Example-Tarasenko at the opening of the Warsaw Human Dimension Conference\n\n"
            "On 2 October 2026, the Permanent Representative of Ukraine to the International Organizations in "
            "Vienna, Ambassador Oksana Example-Tarasenko, took part in the opening session of the Conference.\n")
    assert speaker_and_role(text) == ("Oksana Example-Tarasenko", "Permanent Representative of Ukraine to the "
                                      "International Organizations in Vienna")


def test_a_spanish_letter_signed_with_firmado():
    text = ("Carta del Representante Permanente de Chile dirigida al Presidente del Consejo de Seguridad\n\n"
            "Señor Presidente:\n\nTengo el honor de transmitirle el comunicado de mi Gobierno.\n\n"
            "Aprovecho la oportunidad para reiterarle las seguridades de mi más alta consideración.\n"
            "(Firmado) Juan Example Pérez\nEmbajador, Representante Permanente\n")
    found = extract(text, "c.txt", "c")
    assert (found.doc_type, found.speaker, found.country) == ("letter", "Juan Example Pérez", "Chile")


def test_a_byline_at_the_foot_of_the_page():
    text = page("Right of Reply at Working Session 4", body="We would like to exercise our right of reply.\n\n"
                "As delivered by Ambassador Ivan Example, Head of Delegation, Human Dimension Meeting, Warsaw")
    assert speaker_and_role(text) == ("Ivan Example", "Head of Delegation")


def test_a_letters_title_gives_the_post_over_its_signature():
    text = ("Letter dated 2 December 2008 from the Permanent Representative of Example to the United Nations "
            "addressed to the President of the Security Council\n\nI have the honour to request a meeting.\n\n"
            "(Signed ) Anna B. Example\nPermanent Representative\n")
    assert speaker_and_role(text) == ("Anna B. Example",
                                      "Permanent Representative of Example to the United Nations")


def test_a_note_in_the_third_person_gives_its_senders_post():
    # An unsigned note names its sender by the post alone, as the subject of 'presents his compliments'.
    text = ("The Examplian Minister to the Secretary of State\n\nThe chargé d'affaires ad interim presents his "
            "compliments to the Secretary of State and has the honor to request an audience.\n")
    assert speaker_and_role(text) == (None, "chargé d'affaires ad interim")


def test_a_letters_title_names_its_signer_after_the_post():
    # An older letter's title gives the signer's name after a description of the post; the signature is not in
    # the text.
    text = ("Documents\n\nLetter dated 30 July 1958 from the representative of Norway Ivan Example to the President "
            "of the Security Council.\n\nI am instructed to refer to the letter addressed to you.\n")
    assert speaker_and_role(text) == ("Ivan Example", None)


@pytest.mark.parametrize("text, expected", [
    ("ISHIKANE Kimihiro", "Ishikane Kimihiro"),  # the surname in capitals, order as written
    ("GERARD VAN BOHEMEN", "Gerard van Bohemen"),  # a particle goes lower inside a name
    ("MICHAEL McDonald", "Michael McDonald"),  # a mixed-case word is kept
    ("NASSER AL-KIDWA", "Nasser Al-Kidwa"),  # each part of a hyphenated name
    ("BASHAR JA’AFARI", "Bashar Ja’afari"),  # no capital after an ayn
    ("SEAN O'BRIEN", "Sean O'Brien"),  # a capital after O'
    ("SURANGEL S. WHIPPS JR.", "Surangel S. Whipps Jr."),  # initials and suffix
    ("JOHN SMITH III", "John Smith III"),  # a regnal number stays in capitals
    (". SEMEDO", "Semedo"),  # what 'Mr . SEMEDO' leaves once the honorific is gone
])
def test_normalize_name(text, expected):
    assert normalize_name(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("H.E Mr Richard Example", "Richard Example"),  # no dots
    ("H E. Richard Example", "Richard Example"),  # a space where the first dot was
    ("Dato’ Sri Anna Example", "Anna Example"),  # Malay titles
    ("Tan Sri Dato' Ivan Example", "Ivan Example"),  # stacked Malay titles
    ("Ambassador (Dr.) Ivan Example", "Ivan Example"),  # an honorific in brackets
    ("HE Mr Ivan Example", "Ivan Example"),  # 'HE' in capitals
    ("He said so", "He said so"),  # ... but not the pronoun
    ("Sheikh Ivan Example", "Ivan Example"),
    # A sovereign's style, in full or cut short as a sheet writes it.
    ("His Serene Highness Prince Ivan II", "Ivan II"),
    ("Serene Highness Prince Ivan II", "Ivan II"),
    ("HIGHNESS SHEIKH IVAN EXAMPLE", "IVAN EXAMPLE"),
    ("Majesty King Ivan Example", "King Ivan Example"),
])
def test_strip_honorifics(text, expected):
    assert strip_honorifics(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Permanent Representative of Japan", True),
    ("New Zealand Permanent Representative to the United Nations", True),  # a nationality before the post
    ("head of the Russian delegation", True),  # in lower case
    ("Ambassador", False),  # a bare title
    ("Ireland's Permanent Mission to the United Nations", False),  # an affiliation
    ("representative of the Russian Federation", False),  # a description
    ("acting on behalf of the Group", False),  # an adjective without its noun
    ("under agenda item 4", False),
])
def test_is_post(text, expected):
    assert is_post(text) is expected


@pytest.mark.parametrize("text, expected", [
    (", First Secretary, Pakistan Mission to the United Nations, NewYork", "First Secretary, Pakistan Mission to the "
     "United Nations, NewYork"),  # mission and city follow the post
    (", Permanent Representative of Eritrea at the United Nations at the Open Debate",
     "Permanent Representative of Eritrea at the United Nations"),  # 'at the United Nations' is the post's
    (", Permanent Representative of India during the High-Level Segment", "Permanent Representative of India"),
    (", Permanent Observer of Palestine to the U.N., to the Secretary-General", "Permanent Observer of Palestine "
     "to the U.N."),  # an abbreviation keeps its stop
    (", Charge d’affaires a.i. of the Mission, Exercises the Right to Reply", "Charge d’affaires a.i. of the Mission"),
    (", First Secretary – Sixth Committee Delegate", "First Secretary – Sixth Committee Delegate"),  # a second function
    (", First Secretary – Statement at the Sixth Committee", "First Secretary"),  # ... not the document's label
])
def test_post_after_a_name(text, expected):
    assert post_after(text) == expected


def test_read_person_drops_a_state_before_the_name():
    found = read_person("the Permanent Representative of Iceland Anna Example at the Council")
    assert (found.name, found.before) == ("Anna Example", "Permanent Representative of Iceland")


def test_a_letter_signed_after_its_closing_formula():
    text = page("Letter to the President of the Security Council", body="I write about the attacks.\n\n"
                "Please accept, Excellency, the assurances of my highest consideration.\n\nIvan Example\n"
                "Minister of Foreign Affairs\n\nAnnex\n\nThe text of the annex follows.")
    assert speaker_and_role(text) == ("Ivan Example", "Minister of Foreign Affairs")


def test_a_meeting_record_names_its_speaker_with_the_state():
    text = ("General Assembly\nTwenty-sixth session\n\nMr. Example (Pakistan): I wish to exercise my right of "
            "reply to the statement we heard this morning from the representative of another State.\n")
    assert speaker_and_role(text) == ("Example", None)


@pytest.mark.parametrize("opening, speaker, role", [
    # The quotation first, then who said it.
    ("“We will not rest until the mines are cleared,” said Foreign Minister Ivan Example.", "Ivan Example",
     "Foreign Minister"),
    # A date leads the sentence.
    ("On 5 March, Deputy Minister of Foreign Affairs Anna Example addressed the Council.", "Anna Example",
     "Deputy Minister of Foreign Affairs"),
])
def test_press_release_other_orders(opening, speaker, role):
    text = "Ministry news\n\nA title about the visit\n\n" + opening + " More text follows here.\n"
    assert speaker_and_role(text) == (speaker, role)


def test_a_dateline_after_the_post_is_not_part_of_it():
    assert post_after(", Permanent Representative, New York, 5 May 2020") == "Permanent Representative"


def test_a_post_above_the_name_line():
    text = page("Statement at the General Debate", "Permanent Representative of Slovenia", "H.E. Mr. Ivan Example")
    assert speaker_and_role(text) == ("Ivan Example", "Permanent Representative of Slovenia")


@pytest.mark.parametrize("lines, speaker, role", [
    # A name line with its post after a bar.
    (["H.E. Ambassador Ivan Example | Permanent Representative of Latvia to the UN"], "Ivan Example",
     "Permanent Representative of Latvia to the UN"),
    # 'by' and a post, with no title noun before it.
    (["India's Right of Reply to Pakistan at UNGA by First Secretary Anna Example"], "Anna Example",
     "First Secretary"),
    # An Arabic article joined to the surname.
    (["Statement by H.E. Dr. Ivan al-Example, Minister of Foreign Affairs of the State of Palestine"],
     "Ivan al-Example", "Minister of Foreign Affairs of the State of Palestine"),
    # 'Chargé d’Affaires, a.i.' is a post, 'd’Affaires' no name.
    (["As Delivered by Chargé d’Affaires, a.i. Anna S. Example", "Vienna, Austria"], "Anna S. Example",
     "Chargé d’Affaires, a.i."),
    # The State answered, named in a reply, is not the speaker.
    (["Right of reply", "", "My delegation would like to exercise its right of reply in response to the statement "
      "that has been made today by Prime Minister of the Republic of Example Ivan Example."], None, None),
])
def test_more_heading_conventions(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


def test_an_old_letter_signed_sd():
    text = ("Letter dated 30 July 1958 from the representative of Pakistan addressed to the President of the "
            "Security Council\n\nI have the honour to refer to the situation.\n\n(Sd.) Ivan Example\n"
            "Prime Minister of Pakistan\n")
    assert speaker_and_role(text) == ("Ivan Example", "Prime Minister of Pakistan")


def test_a_cookie_banner_and_a_link_menu_do_not_end_the_header():
    banner = ["Cookies on the site", "", "We use some essential cookies to make this website work.", "",
              "Accept additional cookies", "Reject additional cookies", "", "Skip to main content", "",
              "Menu", "Topics", "Government activity", "Departments", "News", "Transparency", "How government works",
              "Get involved", "", "Home", "International", ""]
    text = page(*banner, "Speech", "Explanation of vote on the resolution: statement at the Third Committee", "",
                "Explanation of vote by Ambassador Anna Example, UK Deputy Permanent Representative to the UN, at "
                "the Third Committee.", "", "Published", "16 November 2022",
                body="Thank you Chair.\n\nThe delegation voted in favour of this resolution today.")
    assert speaker_and_role(text) == ("Anna Example", "UK Deputy Permanent Representative to the UN")


@pytest.mark.parametrize("title, speaker, role", [
    # A possessive title, the honorific dropped.
    ("Ambassador Ivan Example's Remarks at the Security Council Briefing", "Ivan Example", None),
    # A possessive title after a post.
    ("Vice Foreign Minister Anna Example’s Speech at the Opening Ceremony", "Anna Example", "Vice Foreign Minister"),
    # A State's possessive is no speaker.
    ("Example Republic's Statement at the General Debate", None, None),
])
def test_possessive_titles(title, speaker, role):
    assert speaker_and_role(page(title)) == (speaker, role)


def test_a_release_names_the_surname_in_its_title_and_the_full_name_below():
    text = ("Minister Example addressed the Human Rights Council\n\n24.02.2020 | Press release\n\nOn 24 February "
            "2020, the Minister of Foreign Affairs Ivan Example addressed the High-Level Segment of the session. "
            "In his speech, he focused on the protection of human rights defenders.\n")
    assert speaker_and_role(text) == ("Ivan Example", "Minister of Foreign Affairs")


def test_a_signature_with_the_title_on_its_own_line():
    """The bare rank on its own line is the signatory's title, as 'Ambassador, ' before the post on one line is."""
    text = ("Letter of the Permanent Representative to the Secretary-General\n\nExcellency,\n\nI write to you about "
            "the attacks.\n\nSincerely,\n\nIvan Example\nAmbassador\nPermanent Representative of Armenia to the "
            "United Nations\n")
    assert speaker_and_role(text) == ("Ivan Example", "Permanent Representative of Armenia to the United Nations")


def test_a_french_heading_pronounced_by():
    text = page("Déclaration conjointe prononcée par S.E. M. Ivan Example, Représentant permanent du Luxembourg "
                "auprès des Nations Unies", body="Monsieur le Président,\n\nMerci.")
    assert speaker_and_role(text) == ("Ivan Example", "Représentant permanent du Luxembourg auprès des Nations Unies")


def test_delivered_by_inside_the_first_paragraph():
    text = ("Right of Reply: full text\n\nPosted on 26 September 2020\n\nMr. President,\n\nFollowing is the text of "
            "the right of reply delivered by First Secretary Anna Example at the session, in response to the "
            "statement made by the Prime Minister of another State this morning in the general debate.\n")
    assert speaker_and_role(text) == ("Anna Example", "First Secretary")


def test_a_letter_title_in_a_sites_json_reads_like_a_laid_out_one():
    raw = ('{"id":1,"date":"1993-08-02T00:00:00","modified":"2019-03-11T22:22:03","slug":"auto-insert-1",'
           '"status":"publish","type":"document","content":{"rendered":"<div>\\n<p style=\\"margin:0\\">'
           '<u>Letter dated 2 August 1993 from the '
           'Permanent Representative<\\/u><\\/p><\\/div>\\n<div><p><u>of Example to the United Nations addressed '
           'to the Secretary-General<\\/u><\\/p>\\n<p>I have the honour to refer to the letter.<\\/p>"}}')
    assert strip_markup("<p>Letter &#8211; dated<\\/p>") == "\nLetter – dated\n"  # a paragraph is a line of its own
    assert speaker_and_role(raw)[1] == "Permanent Representative of Example to the United Nations"


def test_a_heading_naming_the_speaker_wins_over_a_banner_naming_the_ambassador():
    text = page("Permanent Mission of Example", "H.E. Mr. Ivan Example", "Permanent Representative", "",
                "Statement delivered on behalf of the Nordic countries by Ms. Anna Example, Counsellor")
    assert speaker_and_role(text) == ("Anna Example", "Counsellor")


@pytest.mark.parametrize("text, speaker", [
    # A news article's byline names its author, not a speaker.
    ("Delegation answers at the UN\n\nBy Anna Example\n\nNew Delhi, 25 Sep 2020\n\nThe delegation on Friday "
     "exercised its right of reply at the General Assembly, where it rejected the allegations made earlier.", None),
    # 'By' under a title noun is the heading's.
    ("Statement\nBy\nH.E. Mr. Ivan Example\nPermanent Representative of Latvia\n\nMr. President,\n", "Ivan Example"),
])
def test_a_line_opening_on_by(text, speaker):
    assert speaker_and_role(text)[0] == speaker


@pytest.mark.parametrize("heading, speaker, role", [
    # An Australian minister: the post first, then 'Senator the Hon'.
    ("Statement by the Minister for Foreign Affairs, Senator the Hon Anna Example, at the General Debate",
     "Anna Example", "Minister for Foreign Affairs"),
    # Indian 'Shri'.
    ("Statement by Shri Ivan Example, Minister of State for External Affairs", "Ivan Example",
     "Minister of State for External Affairs"),
    # Gulf titles; 'bin' and 'Al' inside the name.
    ("Address by His Highness Sheikh Ivan bin Example Al Thani, Amir of the State of Qatar",
     "Ivan bin Example Al Thani", "Amir of the State of Qatar"),
    # A parliamentary post.
    ("Statement by Ms. Anna Example, Parliamentary Secretary to the Minister of Foreign Affairs, at the debate",
     "Anna Example", "Parliamentary Secretary to the Minister of Foreign Affairs"),
])
def test_titles_of_many_traditions(heading, speaker, role):
    assert speaker_and_role(page(heading)) == (speaker, role)


def test_a_letters_title_after_its_symbol_still_gives_the_post():
    text = ("United Nations\n\nSecurity Council\n\nS/2020/123 Letter dated 5 May 2020 from the Permanent "
            "Representative of Example to the United Nations addressed to the Secretary-General\n\nI have the "
            "honour to transmit a letter.\n")
    assert speaker_and_role(text) == (None, "Permanent Representative of Example to the United Nations")
