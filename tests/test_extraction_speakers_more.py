"""Speaker and post on pages of sites no rule was written for: one comment per row naming the convention.

Every row is written for this file in the style of real mission, ministry and
UN pages (names are invented or public figures' in plausible headings); each
stands for a convention of how such pages name who spoke, not for a document.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract

BODY = "Thank you, Madam President.\n\nI thank the briefers for their remarks this morning and for their work."


# Paragraphs of a release or speech before the one naming who spoke, as long as a page's first 600 characters.
RELEASE_PARAGRAPHS = (
    "The international community must take urgent and effective measures to ensure accountability for grave "
    "violations of international humanitarian law, and to put an end to the impunity that encourages their "
    "repetition.\n\nThe situation of civilians has deteriorated further over the past months, and humanitarian "
    "access remains severely restricted in several regions, with aid convoys delayed for weeks at crossings.\n\n"
    "Efforts to reach a comprehensive political solution that preserves the unity of the country and the safety "
    "of its people must be supported by all, including the regional organizations concerned and the neighbours.\n\n")


def page(*lines: str, body: str = BODY) -> str:
    return "\n".join(lines) + "\n\n" + body + "\n"


def speaker_and_role(text: str) -> tuple[str | None, str | None]:
    found = extract(text, "t.txt", "t")
    return found.speaker, found.speaker_role


@pytest.mark.parametrize("lines, speaker, role", [
    # US Mission: title, then the name, the post and the place on lines of their own.
    (["Remarks at a UN Security Council Briefing on Ukraine", "Ambassador Linda Thomas-Greenfield",
      "U.S. Representative to the United Nations", "New York, New York", "March 3, 2023"],
     "Linda Thomas-Greenfield", "U.S. Representative to the United Nations"),
    # US Mission: an alternate representative, the site's banner above the title.
    (["United States Mission to the United Nations", "Remarks at a UN General Assembly Debate on the Veto",
      "Ambassador Robert A. Wood", "Alternate Representative for Special Political Affairs", "New York, New York",
      "April 26, 2023"], "Robert A. Wood", "Alternate Representative for Special Political Affairs"),
    # gov.uk: 'Statement by Ambassador X at ...', then the page type and 'From:' with post-nominals.
    (["Statement by Ambassador Barbara Woodward at the UN Security Council meeting on Ukraine", "Speech",
      "From: Foreign, Commonwealth & Development Office and Dame Barbara Woodward DCB CMG", "Published 5 May 2023"],
     "Barbara Woodward", None),
    # gov.uk: the speaker only in 'From:' under a title that names no one: the person among the issuers.
    (["UK statement to the OSCE Permanent Council on Russia's war", "Speech",
      "From: Foreign, Commonwealth & Development Office and Neil Holland", "Published 12 January 2023"],
     "Neil Holland", None),
    # Chinese mission: 'Remarks by Ambassador X at ...' and a posting stamp.
    (["Remarks by Ambassador Zhang Jun at the UN Security Council Briefing on Syria", "2023-03-21 09:36"],
     "Zhang Jun", None),
    # Chinese mission: a deputy with the post before the name.
    (["Remarks by Deputy Permanent Representative Geng Shuang at the Security Council Open Debate on Children",
      "2023-04-28 10:12"], "Geng Shuang", "Deputy Permanent Representative"),
    # Indian PMI: the post after a comma, then the meeting.
    (["Statement by Ambassador Ruchira Kamboj, Permanent Representative of India to the UN at the UNSC Open Debate "
      "on Peacekeeping"], "Ruchira Kamboj", "Permanent Representative of India to the UN"),
    # Russian mission: the post before the name.
    (["Statement by Permanent Representative Vassily Nebenzia at UNSC briefing on Ukraine"], "Vassily Nebenzia",
     "Permanent Representative"),
    # Russian mission: first deputy, a long post before the name.
    (["Statement by First Deputy Permanent Representative Dmitry Polyanskiy at the UNSC meeting on Bosnia"],
     "Dmitry Polyanskiy", "First Deputy Permanent Representative"),
    # French mission: 'Intervention de M. X, représentant permanent de la France auprès des Nations unies'.
    (["Intervention de M. Nicolas de Rivière, représentant permanent de la France auprès des Nations unies",
      "Conseil de sécurité - 3 mars 2023"], "Nicolas de Rivière",
     "représentant permanent de la France auprès des Nations unies"),
    # Spanish: 'Intervención del Embajador X, Representante Permanente de ...'.
    (["Intervención del Embajador Juan Ramón de la Fuente, Representante Permanente de México ante las "
      "Naciones Unidas"], "Juan Ramón de la Fuente", "Representante Permanente de México ante las Naciones Unidas"),
    # Japan: a surname in capitals first, after 'H.E. Mr.'.
    (["Statement by H.E. Mr. ISHIKANE Kimihiro, Permanent Representative of Japan to the United Nations",
      "At the UN Security Council Open Debate"], "Ishikane Kimihiro",
     "Permanent Representative of Japan to the United Nations"),
    # A joint statement delivered by a named ambassador on behalf of a group.
    (["Joint Statement on the Situation in Afghanistan delivered by Ambassador Anna Example on behalf of 40 States"],
     "Anna Example", None),
    # The passive naming who delivered, in German, Dutch and French, before a bare name or a rank.
    (["Erklärung vorgetragen von Gesandtin Anna Beispiel", "Genf, 12. März 2024"], "Anna Beispiel", None),
    (["Rede gehalten von Anna Beispiel, Ständige Vertreterin", "Genf, 12. März 2024"], "Anna Beispiel",
     "Ständige Vertreterin"),
    (["Verklaring voorgelezen door Jan Voorbeeld", "Genève, 12 maart 2024"], "Jan Voorbeeld", None),
    (["Verklaring uitgesproken door Jan Voorbeeld, Permanent Vertegenwoordiger", "Genève, 12 maart 2024"],
     "Jan Voorbeeld", "Permanent Vertegenwoordiger"),
    (["Déclaration lue par Jean Exemple, Conseiller", "Genève, 12 mars 2024"], "Jean Exemple", "Conseiller"),
    # ... and in Spanish, Portuguese and Italian.
    (["Intervención leída por Juan Ejemplo, Consejero", "Ginebra, 12 de marzo de 2024"], "Juan Ejemplo", "Consejero"),
    (["Declaração lida por João Exemplo, Conselheiro", "Genebra, 12 de março de 2024"], "João Exemplo", "Conselheiro"),
    (["Dichiarazione letta da Luca Esempio, Consigliere", "Ginevra, 12 marzo 2024"], "Luca Esempio", "Consigliere"),
    # An Arabic heading: the post, the rank, then the name closing the line ('... delivered by the Permanent
    # Representative, Ambassador X').
    (["كلمة المملكة يلقيها المندوب الدائم السفير أحمد مثال", "نيويورك، 12 مارس 2024"], "أحمد مثال", "المندوب الدائم"),
    # Norwegian 'Innlegg ved' (by) before a rank or a name ...
    (["Innlegg ved ambassadør Ola Eksempel", "New York, 12. mars 2024"], "Ola Eksempel", None),
    # ... but before the meeting it means 'at': no speaker.
    (["Tale ved FNs generalforsamling", "New York, 23. september 2025"], None, None),
    # A byline in the page's language: 'Par X', 'Por X', 'Von X', the post after a comma.
    (["Par Jean Exemple, Représentant permanent", "Genève, 12 mars 2024"], "Jean Exemple", "Représentant permanent"),
    (["Por Juan Ejemplo, Embajador", "Ginebra, 12 de marzo de 2024"], "Juan Ejemplo", None),
    (["Von Hans Beispiel, Ständiger Vertreter", "Genf, 12. März 2024"], "Hans Beispiel", "Ständiger Vertreter"),
    # A group's statement, its delivering speaker after the group in Spanish, French and Indonesian.
    (["Intervención en nombre del Grupo de los 77 y China pronunciada por el Embajador Juan Ejemplo"], "Juan Ejemplo",
     None),
    (["Déclaration au nom de l'Union africaine prononcée par M. Jean Exemple"], "Jean Exemple", None),
    (["Pernyataan atas nama Gerakan Non-Blok disampaikan oleh Duta Besar Budi Contoh"], "Budi Contoh", None),
    # An EU statement delivered by a named person with a post.
    (["EU Statement delivered by Mr. Ivan Example, Deputy Head of the EU Delegation, at the Permanent Council"],
     "Ivan Example", "Deputy Head of the EU Delegation"),
    # OSCE: the post and the Permanent Council meeting number after it.
    (["Statement by Ambassador Anna Example, Permanent Representative of Norway to the OSCE, at the 1450th "
      "meeting of the Permanent Council"], "Anna Example", "Permanent Representative of Norway to the OSCE"),
    # HRC: 'Statement delivered by Ms. X, First Secretary, at the 52nd session ...'.
    (["Statement delivered by Ms. Anna Example, First Secretary, at the 52nd session of the Human Rights Council, "
      "Item 4"], "Anna Example", "First Secretary"),
    # Names with a particle and a hyphen.
    (["Statement by H.E. Mr. Ivan van der Example-Smith, Permanent Representative of the Netherlands"],
     "Ivan van der Example-Smith", "Permanent Representative of the Netherlands"),
    # Arabic name with 'Al-' and 'bin'.
    (["Statement by H.E. Sheikh Ahmed bin Example Al-Thani, Minister of State for Foreign Affairs of Qatar"],
     "Ahmed bin Example Al-Thani", "Minister of State for Foreign Affairs of Qatar"),
    # Malaysian honorific 'Dato'' before the name.
    (["Statement by Dato' Anna Example, Permanent Representative of Malaysia to the United Nations"],
     "Anna Example", "Permanent Representative of Malaysia to the United Nations"),
    # Fijian 'Ratu'.
    (["Statement by Hon. Ratu Ivan Example, Minister for Foreign Affairs of Fiji"], "Ivan Example",
     "Minister for Foreign Affairs of Fiji"),
    # Australian 'Senator the Hon'.
    (["Speech by Senator the Hon Anna Example, Minister for Foreign Affairs", "UN General Assembly, New York"],
     "Anna Example", "Minister for Foreign Affairs"),
    # British 'Rt Hon' and 'MP'.
    (["Speech by the Rt Hon Ivan Example MP, Foreign Secretary, at the UN Security Council"], "Ivan Example",
     "Foreign Secretary"),
    # 'Dr.' and 'Prof.' stacked.
    (["Statement by Prof. Dr. Anna Example, Minister of Foreign Affairs of the Republic of Example"],
     "Anna Example", "Minister of Foreign Affairs of the Republic of Example"),
    # A heading in capitals with the post after the name.
    (["STATEMENT BY AMBASSADOR IVAN EXAMPLE, PERMANENT REPRESENTATIVE OF GHANA TO THE UNITED NATIONS"],
     "Ivan Example", "PERMANENT REPRESENTATIVE OF GHANA TO THE UNITED NATIONS"),
    # Stacked capitals: title, name, post lines.
    (["STATEMENT", "BY", "H.E. MR. IVAN EXAMPLE", "PERMANENT REPRESENTATIVE OF SRI LANKA TO THE UNITED NATIONS"],
     "Ivan Example", "PERMANENT REPRESENTATIVE OF SRI LANKA TO THE UNITED NATIONS"),
    # 'Chargé d'affaires a.i.' as the post.
    (["Statement by Mr. Ivan Example, Chargé d'affaires a.i. of the Permanent Mission of Example to the UN"],
     "Ivan Example", "Chargé d'affaires a.i. of the Permanent Mission of Example to the UN"),
    # A minister in a possessive heading.
    (["Foreign Minister Anna Example's Address at the General Debate of the 78th Session"], "Anna Example",
     "Foreign Minister"),
    # A letter's signature '(Signed) X' above the post.
    (["Letter dated 3 March 2023 from the Permanent Representative of Example to the United Nations addressed to "
      "the Secretary-General"], "Ivan Example", "Permanent Representative of Example to the United Nations"),
])
def test_heading_conventions_of_other_sites(lines, speaker, role):
    body = BODY
    if lines[0].startswith("Letter dated"):
        body = ("I have the honour to transmit herewith a letter on the situation.\n\n(Signed) Ivan Example\n"
                "Ambassador\nPermanent Representative")
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A press release: 'Foreign Minister X addressed the UN General Assembly ...'.
    (["Press Release", "22 September 2023"],
     "Foreign Minister Anna Example addressed the UN General Assembly in New York today.",
     "Anna Example", "Foreign Minister"),
    # A press release: 'Ambassador X, Permanent Representative of Y, said ...'.
    (["Press Release", "5 May 2023"],
     "Ambassador Ivan Example, Permanent Representative of Example to the United Nations, said the Council must act.",
     "Ivan Example", "Permanent Representative of Example to the United Nations"),
    # A French, Spanish or Portuguese release: 'M. X, POST, a présenté', after a lead clause telling the occasion.
    (["COMMUNIQUÉ DE PRESSE", "Capitale, le 18 juillet 2025"],
     "Intervenant le mercredi 16 juillet lors de la session consacrée à l'Objectif 3 (santé), M. Jean EXEMPLE, "
     "Directeur général de la Planification, a présenté les résultats obtenus par le pays.",
     "Jean Exemple", "Directeur général de la Planification"),
    (["COMMUNIQUÉ DE PRESSE", "Capitale, le 18 juillet 2025"],
     "Mme Anne Exemple, Ministre déléguée, a notamment déclaré que le pays tiendrait ses engagements.",
     "Anne Exemple", "Ministre déléguée"),
    (["COMUNICADO DE PRENSA", "Capital, 18 de julio de 2025"],
     "Al intervenir en el debate general, la Sra. Ana Ejemplo, Viceministra de Relaciones Exteriores, afirmó que el "
     "país cumplirá sus compromisos.", "Ana Ejemplo", "Viceministra de Relaciones Exteriores"),
    # A UN meeting record: 'Mr. X (Country):' opens the words.
    (["United Nations S/PV.9999", "Security Council", "Seventy-eighth year"],
     "Mr. Example (Ghana): I thank the Secretary-General for his briefing.", "Example", None),
    # The name only at the end: 'Delivered by X' after the speech.
    (["Statement at the Arria-formula meeting on cyber security"],
     "Thank you, Mr. Chair.\n\nWe support the work of the group.\n\nThank you.\n\nDelivered by Ivan Example, "
     "Deputy Permanent Representative", "Ivan Example", "Deputy Permanent Representative"),
    # A letter signed in the last lines, a name above the post.
    (["Letter dated 4 April 2023 from the Chargé d'affaires a.i. of the Permanent Mission of Example to the "
      "United Nations addressed to the President of the Security Council"],
     "I have the honour to refer to the letter.\n\n(Signed) Anna Example\nChargé d'affaires a.i.",
     "Anna Example", "Chargé d'affaires a.i. of the Permanent Mission of Example to the United Nations"),
    # A letter signed with the rank alone on the line under the name, and the full post below it: the signature's
    # post, as written, over the title's shorter one.
    (["Letter dated 14 April 2025 from the Permanent Representative of Examplia to the United Nations addressed to "
      "the President of the Security Council"],
     "I have the honour to refer to the letter.\n\n(Signed) Omar Example\nAmbassador\nPermanent Representative of "
     "the Kingdom of Examplia to the United Nations", "Omar Example",
     "Permanent Representative of the Kingdom of Examplia to the United Nations"),
    # A video host's page on a press conference: 'Press Conference by H.E. Mr. X, POST, on ...' under its title.
    (["UN Web TV", "Domingos Example (Mozambique) on the Programme of Work of the Security Council - Press "
      "Conference (1 May 2024)"],
     "01 May 2024 - Press Conference by H.E. Mr. Domingos Example, Permanent Representative of Mozambique to the "
     "United Nations, on the Council's programme of work for the month.\n\nThe Permanent Representative said that "
     "the presidency would hold an open debate.", "Domingos Example",
     "Permanent Representative of Mozambique to the United Nations"),
    # A release quoting its minister, then naming them after the closing quotation mark.
    (["Press Release Regarding the Report of the Secretary-General", "12 August 2023"],
     "The report has been issued.\n\n\"A settlement can only be achieved on the basis of equality,\" Foreign "
     "Minister Hakan Example stated in this context.", "Hakan Example", "Foreign Minister"),
    # A ministry's news item names who delivered the statement well into the release, with the post.
    (["Ruritania Calls for Accountability before Human Rights Council", "20 March 2024"],
     "Geneva / Information Office / 19 March 2024\n\n" + RELEASE_PARAGRAPHS + "This came in the statement of "
     "Ruritania delivered by HE Permanent Representative of Ruritania to the United Nations Office in Geneva "
     "Dr. Ivan Example before the General Debate under Item 4 of the 55th session of the Human Rights Council.",
     "Ivan Example", "Permanent Representative of Ruritania to the United Nations Office in Geneva"),
    # ... who sent a letter, or introduced a draft resolution ('..., NAME, who noted').
    (["Ruritania Sends Two Identical Letters to the Secretary-General", "9 September 2025"],
     RELEASE_PARAGRAPHS + "The two letters were sent by HE Permanent Representative of Ruritania to the United "
     "Nations Sheikha Anna bint Example Al-Example.", "Anna bint Example Al-Example",
     "Permanent Representative of Ruritania to the United Nations"),
    (["The General Assembly Adopts Ruritania's Resolution", "7 June 2023"],
     RELEASE_PARAGRAPHS + "The draft resolution was introduced by the Deputy Minister of Foreign Affairs of "
     "Ruritania, Ivan Example, who noted in his statement before the vote that the text was balanced.",
     "Ivan Example", "Deputy Minister of Foreign Affairs of Ruritania"),
    # A statement that aligns itself with another delivered by someone else does not make them its speaker.
    (["Statement at the General Debate of the Second Committee"],
     "Mr. Chair,\n\n" + RELEASE_PARAGRAPHS + "We align ourselves with the statement delivered by the Permanent "
     "Representative of Ruritania, Ambassador Ivan Example, on behalf of the Group of 77 and China.", None, None),
])
def test_speaker_outside_the_heading(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker", [
    # OSCE: a delegation and no person.
    (["Statement by the Delegation of Example at the 1450th meeting of the Permanent Council"], BODY, None),
    # The Secretary-General being thanked is not the speaker.
    (["Statement at the Security Council Briefing on Haiti"],
     "Thank you, Mr. President. I thank Secretary-General António Guterres for his briefing.", None),
    # The Council President thanked in the first line is not the speaker.
    (["UNSC Open Debate on Women, Peace and Security"],
     "Mr. President, I congratulate Ambassador Anna Example on her assumption of the Presidency.", None),
    # A person the statement is about is not the speaker.
    (["Statement on the detention of Ivan Example"], "We are deeply concerned by the detention of the journalist.",
     None),
    # A news site's author byline is not the speaker.
    (["UN Security Council debates Ukraine", "By Anna Example", "March 3, 2023"],
     "The Security Council met on Friday to discuss the situation.", None),
    # A site's banner naming its ambassador yields to the heading naming who spoke.
    (["Permanent Mission of Example to the United Nations", "Ambassador Anna Example",
      "Statement by Mr. Ivan Example, Counsellor, at the Sixth Committee"], BODY, "Ivan Example"),
])
def test_who_is_not_the_speaker_elsewhere(lines, body, speaker):
    assert speaker_and_role(page(*lines, body=body))[0] == speaker


@pytest.mark.parametrize("lines, speaker, role", [
    # US Mission, newer pages: 'Remarks by Ambassador X at ...', the name repeated bare above the post.
    (["Remarks by Ambassador Linda Thomas-Greenfield at a UN Security Council Briefing on Ukraine",
      "Linda Thomas-Greenfield", "U.S. Representative to the United Nations", "New York, New York",
      "February 24, 2023", "AS DELIVERED"], "Linda Thomas-Greenfield", "U.S. Representative to the United Nations"),
    # US State Department: a title, then 'Name, Post' on its own line.
    (["Secretary Antony J. Blinken at the UN Security Council Ministerial", "Antony J. Blinken, Secretary of State",
      "New York City, New York", "September 22, 2022"], "Antony J. Blinken", "Secretary of State"),
    # Australian DFAT: 'Delivered by:' with a two-part post after the name.
    (["Australian Statement", "Item 4 General Debate", "Delivered by: Anna Example, Ambassador and Permanent "
      "Representative to the UN in Geneva"], "Anna Example",
     "Ambassador and Permanent Representative to the UN in Geneva"),
    # Holy See: 'Archbishop' is an honorific, 'Apostolic Nuncio' a post.
    (["Statement of H.E. Archbishop Ivan Example, Apostolic Nuncio, Permanent Observer of the Holy See to the "
      "United Nations"], "Ivan Example", "Apostolic Nuncio, Permanent Observer of the Holy See to the United Nations"),
    # Gulf names: 'Sheikh', 'bin', a capitalized 'Al'.
    (["Statement by Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the United Arab Emirates"],
     "Abdullah bin Zayed Al Nahyan", "Minister of Foreign Affairs of the United Arab Emirates"),
    # Korean name order: the family name in capitals, a hyphenated given name.
    (["Statement by H.E. Mr. HWANG Joon-kook, Permanent Representative of the Republic of Korea to the United "
      "Nations"], "Hwang Joon-kook", "Permanent Representative of the Republic of Korea to the United Nations"),
    # Indian MEA: 'Address by H.E. Mr. X, Prime Minister of India at ...' (no comma before 'at').
    (["Address by H.E. Mr. Narendra Modi, Prime Minister of India at the General Debate of the 76th UNGA"],
     "Narendra Modi", "Prime Minister of India"),
    # Canada: 'the Honourable'.
    (["Statement by the Honourable Anna Example, Minister of Foreign Affairs of Canada"], "Anna Example",
     "Minister of Foreign Affairs of Canada"),
    # The post first, the name after a comma.
    (["Statement by the President of the Republic of Example, H.E. Mr. Ivan Example, at the General Debate"],
     "Ivan Example", "President of the Republic of Example"),
    # 'Minister Counsellor' before the name, and 'Minister-Counsellor' after it.
    (["Statement by Minister Counsellor Anna Example at the Fifth Committee"], "Anna Example", "Minister Counsellor"),
    (["Statement by Ms. Anna Example, Minister-Counsellor, at the Third Committee"], "Anna Example",
     "Minister-Counsellor"),
    # Spanish: 'Palabras del Canciller X': 'Canciller' is a post.
    (["Palabras del Canciller Ivan Example en el Consejo de Seguridad"], "Ivan Example", "Canciller"),
    # French: 'S.E.M.' (Son Excellence Monsieur) glued.
    (["Déclaration de S.E.M. Ivan Example, Ministre des Affaires étrangères du Sénégal"], "Ivan Example",
     "Ministre des Affaires étrangères du Sénégal"),
    # Portuguese: 'Intervenção do Embaixador X, Representante Permanente ...'.
    (["Intervenção do Embaixador Ivan Example, Representante Permanente do Brasil junto às Nações Unidas"],
     "Ivan Example", "Representante Permanente do Brasil junto às Nações Unidas"),
    # A title naming only the State, then the name and post lines.
    (["Statement by Pakistan", "Ambassador Munir Akram", "Permanent Representative of Pakistan to the UN"],
     "Munir Akram", "Permanent Representative of Pakistan to the UN"),
    # A group's statement delivered by a named ambassador: a bare 'Ambassador' is no post.
    (["Statement by Denmark on behalf of the Nordic countries, delivered by Ambassador Anna Example"],
     "Anna Example", None),
    # 'Representative of X' with no 'to' is a description, not a post.
    (["Statement by Ms. Anna Example, Representative of Example, at the Third Committee"], "Anna Example", None),
    # A long ministerial post with the State in it.
    (["Statement by H.E. Mr. Ivan Example, Deputy Minister of Foreign Affairs of the Russian Federation"],
     "Ivan Example", "Deputy Minister of Foreign Affairs of the Russian Federation"),
    # An office, not a person: the Council's President, the Secretary-General's spokesperson, a ministry.
    (["Statement by the President of the Security Council"], None, None),
    (["Statement attributable to the Spokesperson for the Secretary-General on Sudan"], None, None),
    (["Statement by the Ministry of Foreign Affairs of Example"], None, None),
    # A hyphenated surname with a diacritic.
    (["Statement by Mrs. Anna Example-Müller, Head of Delegation, at the Human Dimension Conference"],
     "Anna Example-Müller", "Head of Delegation"),
    # German mission: 'in the Security Council' ends the post.
    (["Speech by Ambassador Anna Example, Permanent Representative of Germany to the United Nations, in the Security "
      "Council"], "Anna Example", "Permanent Representative of Germany to the United Nations"),
    # Philippine DFA: the name in capitals under a bare title, the post below.
    (["STATEMENT", "H.E. ENRIQUE A. MANALO", "Secretary of Foreign Affairs"], "Enrique A. Manalo",
     "Secretary of Foreign Affairs"),
    # Irish mission: the post line under the heading, the meeting below it.
    (["Statement by Ambassador Ivan Example", "Permanent Representative of Ireland to the United Nations",
      "Security Council Open Debate on Climate and Security"], "Ivan Example",
     "Permanent Representative of Ireland to the United Nations"),
    # Four-word Arabic name.
    (["Statement by H.E. Ambassador Mohamed Abdelrahman Mohamed Example, Permanent Representative of Egypt"],
     "Mohamed Abdelrahman Mohamed Example", "Permanent Representative of Egypt"),
    # Vietnamese order, family name in capitals.
    (["Statement by Mr. DANG Hoang Example, Permanent Representative of Viet Nam to the United Nations"],
     "Dang Hoang Example", "Permanent Representative of Viet Nam to the United Nations"),
    # A diplomatic rank before the name is a title, as a bare 'Ambassador' is: no post.
    (["Remarks by Counsellor Ivan Example at the UN Security Council Arria-Formula Meeting"], "Ivan Example",
     None),
    # A legal adviser in the Sixth Committee.
    (["Statement by Mr. Ivan Example, Legal Adviser, at the Sixth Committee on Agenda Item 79"], "Ivan Example",
     "Legal Adviser"),
    # Indian PMI: the rank and the mission after it are one post.
    (["Statement by Ms. Anna Example, First Secretary, Permanent Mission of India to the UN, at the Fourth "
      "Committee"], "Anna Example", "First Secretary, Permanent Mission of India to the UN"),
    # A long departmental post.
    (["Statement by Mr. Ivan Example, Deputy Director of the Department of Non-Proliferation and Arms Control of "
      "the Ministry of Foreign Affairs of the Russian Federation"], "Ivan Example",
     "Deputy Director of the Department of Non-Proliferation and Arms Control of the Ministry of Foreign Affairs of "
     "the Russian Federation"),
    # 'Chargé d’Affaires a.i.' with a curly apostrophe.
    (["Statement by Ambassador Ivan Example, Chargé d’Affaires a.i., at the UN Security Council"], "Ivan Example",
     "Chargé d’Affaires a.i."),
    # OSCE: the surname in capitals, meeting and place on the line below.
    (["Statement by Ambassador Ivan EXAMPLE, Permanent Representative of the Republic of Example to the OSCE",
      "1450th Meeting of the Permanent Council, Vienna, 2 March 2023"], "Ivan Example",
     "Permanent Representative of the Republic of Example to the OSCE"),
    # Group of 77: a bare ambassador on behalf of a group.
    (["Statement by Ambassador Anna Example on behalf of the Group of 77 and China"], "Anna Example", None),
    # 'Ambassador' as the first part of a post after the name.
    (["Statement by Mr Ivan Example, Ambassador, Permanent Representative of Example"], "Ivan Example",
     "Ambassador, Permanent Representative of Example"),
    # UK: 'Minister of State at the Foreign Office': 'at the' a ministry belongs to the post.
    (["Statement by Ms Anna Example MP, Minister of State at the Foreign Office"], "Anna Example",
     "Minister of State at the Foreign Office"),
    # No honorific at all before the name.
    (["Statement by Anna Example, Deputy Permanent Representative of Example to the United Nations"],
     "Anna Example", "Deputy Permanent Representative of Example to the United Nations"),
    # Irish and Scottish surnames.
    (["Statement by Mr. Ivan O'Example, Delegate of Ireland, at the Fourth Committee"], "Ivan O'Example", None),
    (["Statement by Mr. Ivan McExample, Adviser, at the Sixth Committee"], "Ivan McExample", "Adviser"),
    # A Portuguese particle at the end of the name.
    (["Statement by H.E. Ms. Anna Example de Souza, Ambassador and Permanent Representative of Brazil"],
     "Anna Example de Souza", "Ambassador and Permanent Representative of Brazil"),
    # A group's statement names the group between its title and its deliverer, an acronym in brackets too.
    (["Statement delivered on behalf of the Pacific Small Island Developing States (PSIDS) by the Permanent "
      "Representative of Examplia to the United Nations, H.E. Mr. Ivan Example, at the High-level Meeting on Oceans"],
     "Ivan Example", "Permanent Representative of Examplia to the United Nations"),
    (["Joint statement on behalf of the Nordic countries by Ambassador Anna Example, Permanent Representative of "
      "Norway"], "Anna Example", "Permanent Representative of Norway"),
    # Tongan, Samoan and Hawaiian names whose words open on the ʻokina.
    (["Statement by Mrs. Mele ʻExample Taufa, Deputy Permanent Representative of Tonga"], "Mele ʻExample Taufa",
     "Deputy Permanent Representative of Tonga"),
    (["Statement by H.E. ʻAna Example, Minister for Foreign Affairs"], "ʻAna Example", "Minister for Foreign Affairs"),
])
def test_more_heading_conventions(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # gov.uk: 'From:' naming the office and a dame with her honours; 'Delivered on:' below.
    (["UK statement at the UN Security Council on Sudan", "Speech",
      "From: Foreign, Commonwealth & Development Office and Dame Barbara Woodward DCB CMG", "Published 5 May 2023",
      "Delivered on: 5 May 2023 (Original script, may differ from delivered version)"], BODY, "Barbara Woodward", None),
    # Chinese MFA news: a headline, then 'On DATE, YEAR, POST NAME attended ...'.
    (["Wang Yi Attends the UN Security Council High-level Meeting", "2023-03-03 10:12"],
     "On March 3, 2023, State Councilor and Foreign Minister Wang Yi attended the meeting in New York.",
     "Wang Yi", "State Councilor and Foreign Minister"),
    # Russian MFA: a possessive with a curly apostrophe and a posting stamp.
    (["Foreign Minister Sergey Lavrov’s remarks at the UN Security Council meeting", "24 April 2023 19:01"], BODY,
     "Sergey Lavrov", "Foreign Minister"),
    # A State's possessive heading the post before the name.
    (["Statement by Russia's Permanent Representative to the OSCE Alexander Lukashevich at the meeting of the OSCE "
      "Permanent Council"], BODY, "Alexander Lukashevich", "Russia's Permanent Representative to the OSCE"),
    # A press release: dateline, then 'Ambassador X, POST, today addressed ...'.
    (["Press Release"], "NEW YORK, 3 March 2023 – Ambassador Anna Example, Permanent Representative of Example to the "
     "United Nations, today addressed the Security Council on the situation.", "Anna Example",
     "Permanent Representative of Example to the United Nations"),
    # A press release: 'The POST, Ambassador X, delivered ...'.
    (["Press Release"], "The Permanent Representative of Example to the United Nations, Ambassador Anna Example, "
     "delivered a statement at the Security Council today.", "Anna Example",
     "Permanent Representative of Example to the United Nations"),
    # A press release: 'POST, Hon. X, addressed ...'; the 'Press Release' label above is no name.
    (["Press Release"], "Minister for Foreign Affairs, Hon. Anna Example, addressed the General Assembly today.",
     "Anna Example", "Minister for Foreign Affairs"),
    # UN meeting record: a surname opening on a particle, '(spoke in French)'.
    (["United Nations S/PV.9999"], "Mr. de Rivière (France) (spoke in French): I thank the briefers.",
     "de Rivière", None),
    # UN meeting record in French: 'M. X (France) :'.
    (["Nations Unies S/PV.9999"], "M. Example (France) : Je remercie les intervenants.", "Example", None),
    # A heading in capitals with a hyphenated name.
    (["REMARKS BY AMBASSADOR LINDA THOMAS-GREENFIELD AT A UN SECURITY COUNCIL BRIEFING ON UKRAINE"], BODY,
     "Linda Thomas-Greenfield", None),
    # The name first, the post, then the title.
    (["Ivan Example", "Permanent Representative of Example to the United Nations",
      "Statement at the Security Council Open Debate"], BODY, "Ivan Example",
     "Permanent Representative of Example to the United Nations"),
    # HRC: 'Delivered by' at the foot after asterisks.
    (["Item 4: General Debate", "Human Rights Council 52nd session"],
     "Mr. President,\n\nWe remain concerned.\n\nThank you.\n\n*****\n\nDelivered by Ms. Anna Example, First Secretary",
     "Anna Example", "First Secretary"),
    # Japanese MOFA: family name in capitals.
    (["Statement by Mr. KISHIDA Fumio, Prime Minister of Japan, at the General Debate of the 77th Session"], BODY,
     "Kishida Fumio", "Prime Minister of Japan"),
    # A title page: 'Statement' / 'by' / name / post wrapped over two lines.
    (["Statement", "by", "Ambassador Ivan Example", "Permanent Representative of Example", "to the United Nations",
      "at the Security Council"], BODY, "Ivan Example", "Permanent Representative of Example to the United Nations"),
    # 'Check against delivery' above; the rank and the mission on lines below.
    (["Check against delivery", "Statement by Ms. Anna Example", "Counsellor", "Permanent Mission of Example"], BODY,
     "Anna Example", "Counsellor, Permanent Mission of Example"),
    # A meeting heading first, then the speaker, the post and a dateline.
    (["Security Council Open Debate on Children and Armed Conflict", "Statement by Ambassador Anna Example",
      "Deputy Permanent Representative", "New York, 28 April 2023"], BODY, "Anna Example",
     "Deputy Permanent Representative"),
    # A head of State's name line under the session's name.
    (["UNGA78 General Debate", "H.E. Mr. Ivan Example", "President of the Republic of Example",
      "New York, 20 September 2023"], BODY, "Ivan Example", "President of the Republic of Example"),
    # 'Statement of the Delegation ...' / 'delivered by Ms. X, Third Secretary'.
    (["Statement of the Delegation of the Republic of Example", "delivered by Ms. Anna Example, Third Secretary"],
     BODY, "Anna Example", "Third Secretary"),
    # 'Speech of the POST NAME at ...'.
    (["Speech of the Minister of Foreign Affairs Ivan Example at the UN General Assembly"], BODY, "Ivan Example",
     "Minister of Foreign Affairs"),
    # Missions' abbreviations of the post: 'PR of X to the UN', 'DPR'.
    (["Statement by Ambassador Anna Example, PR of Example to the UN"], BODY, "Anna Example",
     "PR of Example to the UN"),
    (["Statement by Ambassador Anna Example, DPR, at the Security Council"], BODY, "Anna Example", "DPR"),
    # 'a.i.' after its own comma stays in the post.
    (["Statement by H.E. Ms. Anna Example, Charge d'Affaires, a.i."], BODY, "Anna Example", "Charge d'Affaires, a.i."),
    # A youth delegate at the Third Committee.
    (["Statement by Ms. Anna Example, Youth Delegate of Example, at the Third Committee"], BODY, "Anna Example",
     "Youth Delegate of Example"),
    # A letter: the title's post over the signature's bare 'Permanent Representative'.
    (["Letter dated 3 March 2023 from the Permanent Representative of Example to the United Nations addressed to "
      "the Secretary-General"], "I have the honour to attach the statement.\n\nI should be grateful if you would "
     "have it circulated.\n\n(Signed) Ivan EXAMPLE\nAmbassador\nPermanent Representative", "Ivan Example",
     "Permanent Representative of Example to the United Nations"),
    # A note verbale is from a mission: no person.
    (["Note verbale dated 3 March 2023 from the Permanent Mission of Example to the United Nations addressed to "
      "the Secretariat"], "The Permanent Mission of Example presents its compliments.", None, None),
    # Posts that are not diplomatic ranks: envoy, director-general, minister of justice, ambassador-at-large.
    (["Statement by Dr. Anna Example, Special Envoy of the President of Example for Climate"], BODY, "Anna Example",
     "Special Envoy of the President of Example for Climate"),
    (["Statement by Mr. Ivan Example, Director-General for Multilateral Affairs, Ministry of Foreign Affairs"], BODY,
     "Ivan Example", "Director-General for Multilateral Affairs, Ministry of Foreign Affairs"),
    (["Statement by Ambassador Ivan Example, Ambassador-at-Large for Counterterrorism"], BODY, "Ivan Example",
     "Ambassador-at-Large for Counterterrorism"),
])
def test_pages_with_site_furniture(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # US Mission: navigation, breadcrumbs, then title / name / post / city / date / 'AS DELIVERED'.
    ('Skip to content\n'
     'United States Mission to the United Nations\n'
     'Search\n'
     'Menu\n'
     'Home\n'
     'About Us\n'
     'Our Leadership\n'
     'Remarks and Highlights\n'
     'Policy Issues\n'
     'News & Events\n'
     'Home | Remarks and Highlights | Remarks at a UN Security Council Briefing on Syria\n'
     'Remarks at a UN Security Council Briefing on Syria\n'
     'Ambassador Linda Thomas-Greenfield\n'
     'U.S. Representative to the United Nations\n'
     'New York, New York\n'
     'March 3, 2023\n'
     'AS DELIVERED\n'
     'Thank you, Madam President. And thank you, Special Envoy Pedersen, for your briefing.\n',
     'Linda Thomas-Greenfield', 'U.S. Representative to the United Nations'),
    # US Mission: the mission's name under the post is the site's, not more of the post; share buttons.
    ('Remarks at a UN Security Council Meeting on Ukraine\n'
     'Linda Thomas-Greenfield\n'
     'U.S. Representative to the United Nations\n'
     'U.S. Mission to the United Nations\n'
     'New York, New York\n'
     'February 24, 2023\n'
     'Share\n'
     'Facebook\n'
     'Twitter\n'
     'Email\n'
     'AS DELIVERED\n'
     'Thank you, Mr. President.\n',
     'Linda Thomas-Greenfield', 'U.S. Representative to the United Nations'),
    # gov.uk: cookie banner, page type, summary naming the speaker, 'From:' on its own line.
    ('Cookies on GOV.UK\n'
     'We use some essential cookies to make this website work.\n'
     'Accept additional cookies\n'
     'Reject additional cookies\n'
     'Skip to main content\n'
     'GOV.UK\n'
     'Home\n'
     'International\n'
     'Speech\n'
     'UK statement on Ukraine at the UN Security Council\n'
     'Statement by Ambassador James Kariuki at the UN Security Council meeting on Ukraine.\n'
     'From:\n'
     'Foreign, Commonwealth & Development Office and James Kariuki\n'
     'Published\n'
     '6 June 2023\n'
     'Thank you, President.\n',
     'James Kariuki', None),
    # Chinese mission: the banner names the ambassador, the title names the deputy who spoke.
    ("Permanent Mission of the People's Republic of China to the UN\n"
     'Home\n'
     'About Us\n'
     'Ambassador Zhang Jun\n'
     'Statements & Speeches\n'
     'Remarks by Ambassador Geng Shuang at the UN Security Council Briefing on the DPRK\n'
     '2023-03-21 09:36\n'
     'Mr. President,\n',
     'Geng Shuang', None),
    # Indian PMI: the meeting as a heading, the speaker's line, a date.
    ('Permanent Mission of India to the UN, New York\n'
     'Statements\n'
     'UNSC Open Debate on Women, Peace and Security\n'
     'Statement by Ambassador Ruchira Kamboj, Permanent Representative of India to the UN\n'
     '07 March 2023\n'
     'Madam President,\n',
     'Ruchira Kamboj', 'Permanent Representative of India to the UN'),
    # Russian mission: title with a short post, the name and the full post repeated below: the post in full.
    ('Permanent Mission of the Russian Federation to the United Nations\n'
     'Statements\n'
     'Statement by Permanent Representative Vassily Nebenzia at UNSC briefing on Ukraine\n'
     'Vassily Nebenzia\n'
     'Permanent Representative of the Russian Federation to the United Nations\n'
     '03.03.2023\n'
     'Madam President,\n',
     'Vassily Nebenzia',
     'Permanent Representative of the Russian Federation to the United Nations'),
    # OSCE: an EU statement with no person named.
    ('Organization for Security and Co-operation in Europe\n'
     'Permanent Council No. 1450\n'
     'Vienna, 2 March 2023\n'
     "EU Statement on the Russian Federation's ongoing aggression against Ukraine\n"
     'Mr. Chairperson,\n',
     None, None),
    # HRC: session, item, 'Statement delivered by Ms. X, First Secretary'.
    ('Human Rights Council\n'
     '52nd Session\n'
     "Item 4: General Debate on human rights situations that require the Council's attention\n"
     'Statement delivered by Ms. Anna Example, First Secretary\n'
     'Geneva, 21 March 2023\n'
     'Mr. President,\n',
     'Anna Example', 'First Secretary'),
    # Ministry news: a headline with a bare surname, the release naming the minister in full.
    ('Ministry of Foreign Affairs of Example\n'
     'News\n'
     'Foreign Minister Example addresses UN Security Council\n'
     '03.03.2023\n'
     'Foreign Minister Anna Example today addressed the UN Security Council in New York at an open debate '
     'on the protection of civilians in armed conflict. In her statement, the Minister stressed the '
     'importance of humanitarian law.\n',
     'Anna Example', 'Foreign Minister'),
    # News: 'The POST, Ambassador X, said on Friday ...'.
    ('News\n'
     'Example calls for ceasefire at the Security Council\n'
     '3 March 2023\n'
     'The Permanent Representative of Example to the United Nations, Ambassador Anna Example, said on '
     'Friday that the Council must act without delay to stop the violence.\n',
     'Anna Example', 'Permanent Representative of Example to the United Nations'),
    # The Secretary-General and a USG thanked in the first paragraph are not the speaker.
    ('Statement at the UN Security Council Open Debate on Peacekeeping\n'
     '3 March 2023\n'
     'Mr. President,\n'
     'I thank Secretary-General António Guterres and Under-Secretary-General Jean-Pierre Lacroix for '
     'their briefings.\n',
     None, None),
    # An embassy banner naming its ambassador and post yields to 'Delivered by' naming who spoke.
    ('Embassy of Example in Vienna\n'
     'Ambassador Anna Example\n'
     'Permanent Representative of Example to the OSCE\n'
     'Statement on the situation in Georgia\n'
     'Delivered by Mr. Ivan Example, Deputy Head of Mission, at the 1450th Permanent Council\n'
     'Mr. Chair,\n',
     'Ivan Example', 'Deputy Head of Mission'),
    # A person the statement is about is not its speaker.
    ('Statement on the sentencing of Ivan Example\n'
     '3 March 2023\n'
     'The Ministry of Foreign Affairs condemns the sentencing of human rights defender Ivan Example to '
     'ten years in prison.\n',
     None, None),
    # A news site's 'By X' author byline is not a speaker.
    ('UN News\n'
     'Global perspective Human stories\n'
     'Security Council debates the situation in Haiti\n'
     '3 March 2023\n'
     'By Anna Example\n'
     'The Security Council met on Friday to hear a briefing from the Special Representative.\n',
     None, None),
    # A speech ending on 'Thank you. [END]' with no name: no speaker.
    ('Statement at the Third Committee on Agenda Item 68\n'
     'Madam Chair,\n'
     'We align ourselves with the statement delivered on behalf of the Group.\n'
     'We thank the Special Rapporteur.\n'
     'Thank you.\n'
     '[END]\n',
     None, None),
    # The name only at the foot: 'Delivered by Ambassador X, POST'.
    ('Statement at the General Debate of the First Committee\n'
     'Mr. Chair,\n'
     'We congratulate you on your election.\n'
     'Thank you.\n'
     'Delivered by Ambassador Ivan Example, Permanent Representative of Example to the Conference on '
     'Disarmament\n',
     'Ivan Example', 'Permanent Representative of Example to the Conference on Disarmament'),
    # A stacked heading in capitals: 'STATEMENT BY' / name / post / meeting / place and date.
    ('STATEMENT BY\n'
     'H.E. AMBASSADOR IVAN EXAMPLE\n'
     'PERMANENT REPRESENTATIVE OF THE REPUBLIC OF EXAMPLE TO THE UNITED NATIONS\n'
     'AT THE SECURITY COUNCIL OPEN DEBATE\n'
     'NEW YORK, 3 MARCH 2023\n'
     'Mr. President,\n',
     'Ivan Example', 'PERMANENT REPRESENTATIVE OF THE REPUBLIC OF EXAMPLE TO THE UNITED NATIONS'),
    # A joint statement delivered by a named ambassador with a post.
    ('Joint Statement on behalf of the Group of Friends of Accountability\n'
     'Delivered by Ambassador Anna Example, Permanent Representative of Example\n'
     'Human Rights Council, 52nd session\n'
     'Mr. President,\n',
     'Anna Example', 'Permanent Representative of Example'),
    # The Council's President congratulated in the opening is not the speaker.
    ('Security Council Open Debate: Maintenance of International Peace and Security\n'
     'Statement by the Delegation of Example\n'
     'Mr. President,\n'
     'I congratulate Ambassador Anna Example of Ghana on her assumption of the presidency.\n',
     None, None),
    # A letter: the title's full post over the signature's bare 'Permanent Representative'.
    ('Letter dated 3 March 2023 from the Permanent Representative of Example to the United Nations '
     'addressed to the President of the Security Council\n'
     'Upon instructions from my Government, I have the honour to inform you of the following.\n'
     'I would be grateful if the present letter could be circulated as a document of the Security '
     'Council.\n'
     '(Signed) Ivan Example\n'
     'Permanent Representative\n',
     'Ivan Example', 'Permanent Representative of Example to the United Nations'),
    # A letter signed after 'the assurances of my highest consideration': the title alone on its line is the
    # signatory's, not part of the post.
    ('Ambassador\n'
     'Permanent Representative of Example\n'
     'New York, 3 March 2023\n'
     'Excellency,\n'
     'I have the honour to write to you regarding the situation.\n'
     'Please accept, Excellency, the assurances of my highest consideration.\n'
     'Anna Example\n'
     'Ambassador\n'
     'Permanent Representative\n',
     'Anna Example', 'Permanent Representative'),
    # A press release opening on the Secretary-General: the minister after him is the speaker.
    ('Press Release\n'
     '3 March 2023\n'
     'Secretary-General António Guterres opened the high-level meeting on water. Foreign Minister Anna '
     'Example then addressed the meeting on behalf of Example.\n',
     'Anna Example', 'Foreign Minister'),
    # 'At the invitation of ..., Foreign Minister X took part': the lead clause is passed over.
    ('News\n'
     'At the invitation of the President of the General Assembly, Foreign Minister Anna Example took part '
     'in the meeting.\n',
     'Anna Example', 'Foreign Minister'),
    # A media release naming only the High Commissioner: a UN office holder is not the speaker.
    ('Media Release\n'
     '27 March 2023\n'
     'Example played an active role at the 52nd session of the Human Rights Council in Geneva, engaging '
     'on pressing human rights issues.\n'
     'High Commissioner Volker Türk welcomed the resolution adopted on Friday.\n',
     None, None),
    # 'Statement by Example': a State, no person.
    ('NPT Review Conference 2022 – Main Committee I\n'
     'Statement by Example\n'
     'Mr. Chair,\n'
     'Example aligns itself with the statement made by the European Union.\n',
     None, None),
    # A right of reply naming the ambassador it answers: not the speaker.
    ('Right of Reply of the Delegation of Example\n'
     'To the statement made by the United States\n'
     'Mr. President,\n'
     'The representative of the United States, Ambassador Anna Example, once again made baseless '
     'accusations.\n',
     None, None),
    # An explanation of vote by a delegation.
    ('Explanation of Vote of the Delegation of Example\n'
     'On Draft Resolution A/C.1/77/L.5\n'
     'At the 77th Session of the First Committee\n'
     'New York, 3 November 2022\n'
     'Mr. Chair,\n',
     None, None),
    # HRC: 'Speaking time' and the High Commissioner thanked.
    ('52nd Human Rights Council Session\n'
     'Item 2: Interactive Dialogue with the High Commissioner\n'
     'Speaking time: 1 min 30 sec\n'
     'Example thanks High Commissioner Volker Türk for his update.\n',
     None, None),
    # A mission banner and a session: no person.
    ('Permanent Mission of Example to the United Nations, Geneva\n'
     '33rd Special Session – 17 December 2021\n'
     'Thank you, Madame Vice President,\n'
     'Let me put on record the views of my delegation.\n',
     None, None),
    # 'The representatives of the Permanent Mission ... took part': no person.
    ('Example calls on the international community to ban nuclear testing\n'
     'The representatives of the Permanent Mission of Example in Vienna took part in the 51st session of '
     'the Preparatory Commission.\n'
     "Speaking at the session, the Example delegation noted our country's efforts.\n",
     None, None),
    # A group's joint statement with no person.
    ('Joint Statement on behalf of the Group of Friends of the Responsibility to Protect\n'
     'Human Rights Council, 52nd session\n'
     'Mr. President,\n'
     'I have the honour to speak on behalf of the Group of Friends.\n',
     None, None),
    # The General Assembly's President thanked by name: not the speaker.
    ('Statement at the UN General Assembly Plenary Meeting on the Veto Initiative\n'
     '26 April 2023\n'
     'Mr. President,\n'
     'We thank you, President Csaba Kőrösi, for convening this debate.\n',
     None, None),
    # A blog's 'Posted by X on DATE' credit.
    ('Security Council: Example urges restraint\n'
     'Posted by Anna Example on 3 March 2023\n'
     "Example's delegation urged restraint at the Security Council on Friday.\n",
     None, None),
    # A photo caption naming an ambassador under a delegation's heading.
    ('Statement by the Delegation of Example at the Permanent Council\n'
     'Photo: Ambassador Anna Example at the Permanent Council (OSCE/Ivan Example)\n'
     'Mr. Chairperson,\n',
     None, None),
    # The Conference's president named in the meeting line.
    ('Statement by Example at the Conference on Disarmament\n'
     'Plenary meeting under the Presidency of Ambassador Anna Example\n'
     'Madam President,\n',
     None, None),
    # A ministry spokesperson's statement with no name.
    ('Statement by the Spokesperson of the Ministry of Foreign Affairs\n'
     '3 March 2023\n'
     'The Ministry of Foreign Affairs of Example strongly condemns the attack.\n',
     None, None),
])
def test_whole_pages(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # Honours between commas after the name ('MP', 'Ph.D.') are passed over to the post.
    ("Statement by Hon. Ivan Example, MP, Minister of Foreign Affairs of Example", "Ivan Example",
     "Minister of Foreign Affairs of Example"),
    ("Statement by Dr. Anna Example, Ph.D., Minister of Health", "Anna Example", "Minister of Health"),
    # 'His Highness Prince' are honorifics of a Gulf minister.
    ("Statement by His Highness Prince Faisal bin Example Al Saud, Minister of Foreign Affairs",
     "Faisal bin Example Al Saud", "Minister of Foreign Affairs"),
    # Military ranks before the name are honorifics; the post after it.
    ("Statement by Colonel Ivan Example, Military Adviser, at the Fourth Committee", "Ivan Example",
     "Military Adviser"),
    ("Statement by Lieutenant General Ivan Example, Chief of Defence Staff", "Ivan Example", "Chief of Defence Staff"),
    # Ireland: 'Taoiseach' is a post, 'T.D.' an honour.
    ("Statement by Taoiseach Ivan Example T.D. at the UN General Assembly", "Ivan Example", "Taoiseach"),
    # Kenya: 'Cabinet Secretary', before or after the name.
    ("Statement by Cabinet Secretary Anna Example at the UN General Assembly", "Anna Example", "Cabinet Secretary"),
    ("Statement by H.E. Ms. Anna Example, Cabinet Secretary for Foreign and Diaspora Affairs", "Anna Example",
     "Cabinet Secretary for Foreign and Diaspora Affairs"),
    # India: 'External Affairs Minister'.
    ("Remarks by External Affairs Minister Ivan Example at the UN Security Council", "Ivan Example",
     "External Affairs Minister"),
    # Experts in a delegation.
    ("Statement by Ms. Anna Example, Legal Expert, at the Sixth Committee", "Anna Example", "Legal Expert"),
    # An ordinal session inside a post is no date: 'President of the 74th Session ...'.
    ("Statement by Mr. Tijjani Muhammad-Example, President of the 74th Session of the General Assembly",
     "Tijjani Muhammad-Example", "President of the 74th Session of the General Assembly"),
    # After the name's comma 'State Secretary' is a post, not an institution the name belongs to.
    ("Statement by H.E. Mrs. Anna Example, State Secretary, Ministry of Foreign Affairs of Example", "Anna Example",
     "State Secretary, Ministry of Foreign Affairs of Example"),
    ("Statement by Mr. Ivan Example, Member of the Delegation of Example", "Ivan Example",
     "Member of the Delegation of Example"),
    # Names: an apostrophe, 'bin' and 'Al-', Turkish letters, a stacked 'Ambassador Dr.'.
    ("Statement by H.E. Ms. Anna N'Example, Minister of Foreign Affairs of Example", "Anna N'Example",
     "Minister of Foreign Affairs of Example"),
    ("Statement by H.E. Mr. Abdulla bin Abdulaziz Al-Example, Minister", "Abdulla bin Abdulaziz Al-Example",
     "Minister"),
    ("Statement by H.E. Ambassador Şebnem Example-Öztürk, Permanent Representative of Türkiye",
     "Şebnem Example-Öztürk", "Permanent Representative of Türkiye"),
    ("Statement by Ambassador Dr. Anna Example, Permanent Representative of Example", "Anna Example",
     "Permanent Representative of Example"),
    # Long posts: plenipotentiary rank, double office, an OSCE special representative.
    ("Statement by Mr. Ivan Example, Ambassador Extraordinary and Plenipotentiary, Permanent Representative of "
     "Example", "Ivan Example", "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Example"),
    ("Statement by H.E. Mr. Ivan Example, Deputy Prime Minister and Minister of Foreign Affairs of Example",
     "Ivan Example", "Deputy Prime Minister and Minister of Foreign Affairs of Example"),
    ("Statement by H.E. Mr. Ivan Example, Special Representative of the Chairperson-in-Office for the South Caucasus",
     "Ivan Example", "Special Representative of the Chairperson-in-Office for the South Caucasus"),
    # US spelling 'Counselor'; 'Attaché'; a bare 'Delegate'.
    ("Statement by Mr. Ivan Example, Counselor, at the Second Committee", "Ivan Example", "Counselor"),
    ("Statement by Mr. Ivan Example, Attaché, at the Sixth Committee", "Ivan Example", "Attaché"),
    ("Statement by Ms. Anna Example, Delegate, at the Third Committee", "Anna Example", "Delegate"),
])
def test_names_and_posts_of_many_forms(line, speaker, role):
    assert speaker_and_role(page(line)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # US Mission: the political coordinator and a deputy, with or without 'Ambassador'.
    (["Remarks at a UN Security Council Briefing on Yemen", "Ambassador Ivan Example", "Political Coordinator",
      "New York, New York", "March 3, 2023"], "Ivan Example", "Political Coordinator"),
    (["Remarks at a UN Security Council Briefing on Yemen", "Anna Example", "Deputy Political Coordinator",
      "New York, New York", "March 3, 2023"], "Anna Example", "Deputy Political Coordinator"),
    # A rank on its line and the mission under it are one post.
    (["Statement by Ms. Anna Example", "Senior Policy Adviser", "Permanent Mission of Example to the United Nations"],
     "Anna Example", "Senior Policy Adviser, Permanent Mission of Example to the United Nations"),
    # A title answering someone's speech names the one answered, not the speaker, who is named below it.
    (["Intervención de España en respuesta al discurso del Presidente en ejercicio de la OSCE, Ministro de "
      "Asuntos Exteriores de Malta", "Embajador Íñigo Ejemplo Ferrer", "Representante Permanente de España ante "
      "la OSCE"], "Íñigo Ejemplo Ferrer", "Representante Permanente de España ante la OSCE"),
])
def test_posts_on_lines_below(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # Cuba: 'Intervención del Embajador X, Representante Permanente ..., en el debate': 'en' ends the post.
    ("Intervención del Embajador Pedro Luis Example Cuesta, Representante Permanente de Cuba ante las Naciones "
     "Unidas, en el debate general", "Pedro Luis Example Cuesta",
     "Representante Permanente de Cuba ante las Naciones Unidas"),
    # Spanish participle: 'Discurso pronunciado por X, Ministro ...'.
    ("Discurso pronunciado por Bruno Example Parrilla, Ministro de Relaciones Exteriores de la República de Cuba, en "
     "el Segmento de Alto Nivel", "Bruno Example Parrilla",
     "Ministro de Relaciones Exteriores de la República de Cuba"),
    # Spanish: the post first, the name after a comma.
    ("Palabras del Representante Permanente de Cuba, Embajador Ivan Example, en el Consejo de Seguridad",
     "Ivan Example", "Representante Permanente de Cuba"),
    # The post first, ending on its city ('en Ginebra'), then the name: 'los' is an article, no name.
    ("Intervención del Representante Permanente de la República Argentina ante los Organismos Internacionales en "
     "Ginebra, Embajador Federico Ejemplo de Urquiza, en la Conferencia de Desarme", "Federico Ejemplo de Urquiza",
     "Representante Permanente de la República Argentina ante los Organismos Internacionales en Ginebra"),
    # French and Spanish ranks with their ordinal, after the name: 'Première Conseillère', 'Primer Consejero'.
    ("Prononcée par Mme Awa Exemple FALL, Première Conseillère", "Awa Exemple Fall", "Première Conseillère"),
    ("Intervención del Sr. Juan Ejemplo, Primer Consejero, en la Sexta Comisión", "Juan Ejemplo", "Primer Consejero"),
    # A mission's rank before the name is a title, not the post ('la Consejera X', 'Counsellor X') ...
    ("Intervención de la Consejera Marta Ejemplo Roldán en la Tercera Comisión", "Marta Ejemplo Roldán", None),
    ("Statement by Counsellor Zhao Example of the Chinese Delegation at the Preparatory Commission",
     "Zhao Example", None),
    # ... and the post written after the name is the one given.
    ("Speaker: Counsellor Matthias Example, Political Coordinator", "Matthias Example", "Political Coordinator"),
    # A delegation in Spanish: no person.
    ("Intervención de la delegación cubana en el Consejo de Derechos Humanos", None, None),
    # 'a cargo del Embajador X'.
    ("Intervención a cargo del Embajador Ivan Example en la Tercera Comisión", "Ivan Example", None),
    # 'Excma. Sra.' and a Spanish vice-minister.
    ("Intervención de la Excma. Sra. Anna Example, Viceministra de Relaciones Exteriores", "Anna Example",
     "Viceministra de Relaciones Exteriores"),
    # Iran: no comma between the name and the post.
    ("Statement by H.E. Mr. Amir Saeid Example Ambassador and Permanent Representative of the Islamic Republic of "
     "Iran to the United Nations before the Security Council", "Amir Saeid Example",
     "Ambassador and Permanent Representative of the Islamic Republic of Iran to the United Nations"),
    # Armenia: 'Foreign Minister of Armenia X at ...'.
    ("Statement by Foreign Minister of Armenia Ararat Example at the OSCE Ministerial Council", "Ararat Example",
     "Foreign Minister of Armenia"),
    # French: 'prononcée par M. X, Ambassadeur, représentant permanent adjoint'.
    ("Déclaration de la France prononcée par M. Ivan Example, Ambassadeur, représentant permanent adjoint",
     "Ivan Example", "Ambassadeur, représentant permanent adjoint"),
    ("Intervention de Mme Anna Example, Ministre de l’Europe et des Affaires étrangères", "Anna Example",
     "Ministre de l’Europe et des Affaires étrangères"),
    # A woman ambassador in French: 'prononcé par l'Ambassadrice X, Représentante permanente adjointe ...'.
    ("Discours prononcé par l'Ambassadrice Anna Example-Muster, Représentante permanente adjointe de la Suisse "
     "auprès des Nations Unies", "Anna Example-Muster",
     "Représentante permanente adjointe de la Suisse auprès des Nations Unies"),
    ("Allocution de la Ministre Anna Example devant le Conseil des droits de l'homme", "Anna Example", "Ministre"),
    # Italian: 'Intervento del Sottosegretario di Stato On. X alla ...' ('del' before a consonant, 'On.' the
    # honorific of a member of Parliament).
    ("Intervento del Sottosegretario di Stato On. Anna Example-Muster alla 133a Sessione del Comitato dei Ministri",
     "Anna Example-Muster", "Sottosegretario di Stato"),
    # An ambassador's post names the State of accreditation after 'en', as Spanish and French write it; 'en' before
    # the session still opens the occasion.
    ("Intervención de la Embajadora de Ejemplia en Kenia y Representante Permanente ante ONU-Hábitat, María Fernanda "
     "Ejemplo Londoño, en el segundo período de sesiones reanudado de la Asamblea de ONU-Hábitat",
     "María Fernanda Ejemplo Londoño", "Embajadora de Ejemplia en Kenia y Representante Permanente ante ONU-Hábitat"),
    ("Allocution de l'Ambassadeur du Sénégal en Autriche et Représentant permanent auprès des Nations Unies à Vienne, "
     "Jean Exemple, lors de la Conférence générale", "Jean Exemple",
     "Ambassadeur du Sénégal en Autriche et Représentant permanent auprès des Nations Unies à Vienne"),
    # Spanish 'Discurso de apertura del' (opening statement of) the head of delegation, named with his post after.
    ("Discurso de apertura del Jefe de la Delegación del Perú, señor Jorge Luis Ejemplo Cárdenas, Viceministro de "
     "Derechos Humanos y Acceso a la Justicia", "Jorge Luis Ejemplo Cárdenas",
     "Viceministro de Derechos Humanos y Acceso a la Justicia"),
    # ... but 'de' before a State names the delegation, not a person.
    ("Intervención de Costa Rica en el Debate General de la Primera Comisión", None, None),
    ("Intervención de Nueva Zelandia en el Debate General", None, None),
])
def test_spanish_french_and_other_headings(line, speaker, role):
    assert speaker_and_role(page(line)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # Markdown: a heading and an italic dateline.
    ("# Statement by Ambassador Anna Example, Permanent Representative of Example to the United Nations\n\n"
     "*New York, 3 March 2023*\n\nMr. President,\n", "Anna Example",
     "Permanent Representative of Example to the United Nations"),
    # Markdown bold name and post lines.
    ("## Remarks at a UN Security Council Briefing on Haiti\n\n**Ambassador Anna Example**\n"
     "**U.S. Representative to the United Nations**\nNew York, New York\nMarch 3, 2023\n\nThank you, Mr. President.\n",
     "Anna Example", "U.S. Representative to the United Nations"),
    # Non-breaking spaces inside the heading.
    ("Statement by H.E.\xa0Mr.\xa0Ivan\xa0Example, Permanent\xa0Representative of Example\n\nMr. President,\n",
     "Ivan Example", "Permanent Representative of Example"),
    # A soft hyphen left inside a name by a web page.
    ("Statement by Ambassador Ivan Ex\u00adample, Permanent Representative of Example\n\nMr. President,\n",
     "Ivan Example", "Permanent Representative of Example"),
    # A page copied as HTML.
    ("<h1>Statement by Ambassador Anna Example</h1><p>Permanent Representative of Example to the United Nations</p>"
     "<p>Mr. President,</p><p>Thank you.</p>", "Anna Example",
     "Permanent Representative of Example to the United Nations"),
    # A page title with the site's name after a bar; a title between dashes.
    ("Statement by Ambassador Anna Example at the Security Council | Permanent Mission of Example to the UN\n\n"
     "Mr. President,\n", "Anna Example", None),
    ("Security Council – Statement by Ambassador Anna Example – 3 March 2023\n\nMr. President,\n", "Anna Example",
     None),
])
def test_page_formats(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # The post ends the heading, the bare name is the next line.
    (["Statement by the Permanent Representative of Example to the OSCE", "Ivan Example",
      "at the 1450th meeting of the Permanent Council"], "Ivan Example",
     "Permanent Representative of Example to the OSCE"),
    # A title, a dash, then the ambassador or a minister with the post.
    (["UNSC Briefing on Syria – Ambassador Anna Example"], "Anna Example", None),
    (["General Debate of the 78th Session – H.E. Mr. Ivan Example, Minister of Foreign Affairs of Example"],
     "Ivan Example", "Minister of Foreign Affairs of Example"),
    # The name, a colon, then the title.
    (["Ambassador Anna Example: Statement at the Security Council Open Debate"], "Anna Example", None),
    # A news-style headline naming the ambassador or minister.
    (["Ambassador Anna Example delivers statement at the Security Council Open Debate"], "Anna Example", None),
    (["Minister Ivan Example addresses the UN General Assembly"], "Ivan Example", "Minister"),
    # 'Speaker:' and 'Statement delivered by:' labels.
    (["Statement at the Security Council", "Speaker: Ambassador Anna Example, Permanent Representative"],
     "Anna Example", "Permanent Representative"),
    (["Statement at the Security Council", "Statement delivered by: Ms. Anna Example, Counsellor"], "Anna Example",
     "Counsellor"),
    # 'Delivered by' alone, the name and the post on lines below.
    (["Statement at the Security Council", "Delivered by", "Ms. Anna Example", "Counsellor"], "Anna Example",
     "Counsellor"),
    # 'on behalf of X by NAME', 'after the vote by NAME'.
    (["Statement on behalf of Example by Ms. Anna Example, Counsellor"], "Anna Example", "Counsellor"),
    (["Explanation of vote after the vote by Ms. Anna Example, Counsellor, on draft resolution L.5"], "Anna Example",
     "Counsellor"),
    # A right of reply with the name line below.
    (["Right of Reply", "Mr. Ivan Example, Third Secretary"], "Ivan Example", "Third Secretary"),
])
def test_where_the_name_sits(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A letter's addressee block above 'Excellency,' is not its author.
    ("3 March 2023\nH.E. Mr. António Guterres\nSecretary-General of the United Nations\nNew York\n\nExcellency,\n\n"
     "I have the honour to draw your attention to the situation.\n", None, None),
    ("Permanent Mission of Example to the United Nations\nNew York, 3 March 2023\nHis Excellency\nMr. Ivan Example\n"
     "President of the Security Council\nUnited Nations\nNew York\n\nExcellency,\n\nUpon instructions from my "
     "Government, I have the honour to inform you.\n", None, None),
    # 'To:' and 'Dear Madam Chair,': the addressee again.
    ("To: H.E. Ms. Anna Example\nChairperson of the OSCE Permanent Council\n\nDear Madam Chair,\n\nI am writing to you "
     "regarding the decision.\n", None, None),
    # A speech addressing the Council's President by name on its first line.
    ("Statement at the Security Council Open Debate on Peacekeeping\nH.E. Minister Ivan EXAMPLE, President of the "
     "Security Council,\nExcellencies, distinguished colleagues,\n\nI thank the President for convening this debate.\n",
     None, None),
    # The addressee at the head, the signatory at the foot: the signatory is the speaker (a bare rank alone on its
    # line is the signatory's title, not the post).
    ("3 March 2023\nH.E. Mr. Ivan Example\nPresident of the General Assembly\nNew York\n\nExcellency,\n\nI have the "
     "honour to write to you.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n\nAnna Example"
     "\nAmbassador\nPermanent Representative\n", "Anna Example", "Permanent Representative"),
])
def test_addressees_are_not_speakers(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # An embassy's banner naming its ambassador above a heading that gives the statement to the delegation.
    (["Embassy of Example in Vienna", "Ambassador Anna Example",
      "Statement by the Delegation of Example at the 1450th Permanent Council"], None, None),
    # A mission's banner with the ambassador and post above 'Statement by Example ...'.
    (["Permanent Mission of Example to the UN", "H.E. Mr. Ivan Example", "Permanent Representative",
      "Statement by Example at the Security Council Open Debate"], None, None),
    # A consulate's banner above an EU statement.
    (["Consulate General of Example", "Ivan EXAMPLE", "Consul General",
      "EU Statement on Ukraine at the Permanent Council"],
     None, None),
    # The same name lines below the State's heading name who delivered it.
    (["Statement by Example at the Security Council Open Debate", "H.E. Mr. Ivan Example", "Permanent Representative"],
     "Ivan Example", "Permanent Representative"),
    # Possessive headings: a post with 'Dr' before the name, a post alone, honorifics alone.
    (["Minister for Foreign Affairs Dr Vivian Example's Statement at the UN General Assembly"], "Vivian Example",
     "Minister for Foreign Affairs"),
    (["Permanent Representative Anna Example’s remarks at the UN Security Council"], "Anna Example",
     "Permanent Representative"),
    (["H.E. Mr. Ivan Example's Statement at the Human Rights Council"], "Ivan Example", None),
    # 'Keynote address by', 'Opening Remarks by' with a chair's post.
    (["Keynote address by Foreign Minister Anna Example at the Conference on Disarmament"], "Anna Example",
     "Foreign Minister"),
    (["Opening Remarks by Ambassador Anna Example, Chair of the First Committee"], "Anna Example",
     "Chair of the First Committee"),
])
def test_banners_and_titles(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("opening, speaker, role", [
    # 'The POST, NAME, addressed ...'.
    ("The Minister of Foreign Affairs of Example, Ivan Example, addressed the General Assembly on Tuesday.",
     "Ivan Example", "Minister of Foreign Affairs of Example"),
    # A State's possessive before the post.
    ("Ghana's Foreign Minister Anna Example told the Council that the crisis must end.", "Anna Example",
     "Ghana's Foreign Minister"),
    # 'Ms. X, the POST, said ...': a plain title leads only with the post after it.
    ("Ms. Anna Example, the Permanent Representative of Example, said the Council must act.", "Anna Example",
     "Permanent Representative of Example"),
    # A participle clause or 'In her statement,' before the ambassador.
    ("Speaking at the Security Council on Tuesday, Ambassador Anna Example said the Council must act.",
     "Anna Example", None),
    ("In her statement, Ambassador Anna Example stressed the need for dialogue.", "Anna Example", None),
    # 'H.E. Mr. X, POST, delivered ...'.
    ("H.E. Mr. Ivan Example, Minister of Foreign Affairs, delivered a statement at the General Debate.",
     "Ivan Example", "Minister of Foreign Affairs"),
    # After a quotation: '... said Foreign Minister X at the meeting.'
    ("“We must act now,” said Foreign Minister Anna Example at the meeting.", "Anna Example", "Foreign Minister"),
    # 'The delegation was headed by Deputy Minister X.'
    ("Example took part in the session of the Council. The delegation was headed by Deputy Minister Ivan Example.",
     "Ivan Example", "Deputy Minister"),
    # A ministry's own statement, and the Secretary-General reported: no speaker.
    ("The Ministry of Foreign Affairs of Example welcomes the adoption of the resolution by the General Assembly.",
     None, None),
    ("Secretary-General António Guterres welcomed the statement of the Foreign Minister.", None, None),
    # A lead opening on what the reply answers, then the post set off before the name: the one answered is not
    # the speaker, and the State's possessive is not part of the post.
    ("In response to the Foreign Minister Ivan Other’s speech at the General Assembly, Norway’s First Secretary at "
     "the Permanent Mission, Anna Example recorded the following reply.", "Anna Example",
     "First Secretary at the Permanent Mission"),
    # A name inside a relative clause ('the address which Dr. X will deliver') is not the post's holder; the note's
    # formula gives the sender's post.
    ("The chargé d'affaires presents his compliments to the Minister and encloses the address which Dr. Ivan "
     "Example will deliver.", None, "chargé d'affaires"),
    # A French release names the speaker by the ambassador's rank after its article, the post set off after the
    # name; a Somali name carries 'Sheikh' inside it.
    ("S'exprimant au nom du groupe, l'Ambassadeur Ali Sheikh Exemple, Représentant permanent de la République "
     "fédérale de Somalie auprès de l'Organisation des Nations Unies, a déclaré que la paix est urgente.",
     "Ali Sheikh Exemple", "Représentant permanent de la République fédérale de Somalie auprès de l'Organisation "
     "des Nations Unies"),
    ("La Embajadora Ana Ejemplo, Representante Permanente de Chile, afirmó que la paz es urgente.", "Ana Ejemplo",
     "Representante Permanente de Chile"),
    # A lead giving the news first and its speaker at the end, set off by commas before the verb of speaking.
    ("The Council will hold an open debate on youth during November, Anna Maria Example, Permanent Representative of "
     "Norway and President of the Council for the month, said at a Headquarters press conference today.",
     "Anna Maria Example", "Permanent Representative of Norway and President of the Council for the month"),
    # The head of an agency, whose office's name ends in its acronym in brackets before the name: the name after it.
    ("WASHINGTON — Administrator of the Department of Energy's National Nuclear Security Administration (NNSA) "
     "Gregory T. Example led the United States delegation to the International Conference on Nuclear Security.",
     "Gregory T. Example",
     "Administrator of the Department of Energy's National Nuclear Security Administration (NNSA)"),
    ("Director of the Examplian Agency for International Development Cooperation (EAIDC) Ana Example addressed the "
     "Executive Board of UN-Women on Tuesday.", "Ana Example",
     "Director of the Examplian Agency for International Development Cooperation (EAIDC)"),
])
def test_press_releases(opening, speaker, role):
    assert speaker_and_role(page("Press Release", "3 March 2023", body=opening)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # gov.uk: the title names the post, 'From:' the person with 'The Rt Hon' and 'MP'.
    ("Foreign Secretary's statement at the UN Security Council on Ukraine\nSpeech\nFrom: Foreign, Commonwealth & "
     "Development Office and The Rt Hon James Example MP\nPublished 24 February 2023\n\nPresident, thank you.\n",
     "James Example", "Foreign Secretary"),
    # gov.uk: the title names a surname, 'From:' the whole name.
    ("Minister Example's speech at the Human Rights Council\nSpeech\nFrom: Foreign, Commonwealth & Development Office "
     "and Anna Example\nPublished 27 February 2023\n\nThank you, Mr President.\n", "Anna Example", "Minister"),
    # Headings in capitals throughout, salutation too.
    ("PERMANENT MISSION OF EXAMPLE TO THE UNITED NATIONS\nSTATEMENT BY\nAMBASSADOR ANNA EXAMPLE\nPERMANENT "
     "REPRESENTATIVE\nAT THE SECURITY COUNCIL OPEN DEBATE\nNEW YORK, 3 MARCH 2023\nMR. PRESIDENT,\nI THANK YOU FOR "
     "CONVENING THIS DEBATE.\n", "Anna Example", "PERMANENT REPRESENTATIVE"),
    # A name in capitals with particles.
    ("STATEMENT BY H.E. MR. IVAN VAN DER EXAMPLE, PERMANENT REPRESENTATIVE OF THE NETHERLANDS\n\nMr. President,\n",
     "Ivan van der Example", "PERMANENT REPRESENTATIVE OF THE NETHERLANDS"),
    # A PDF copy: page furniture and a post split by OCR ('Am bassador').
    ("Page 1 of 3\nSTATEMENT BY H.E. MR. IVAN EXAMPLE\nAm bassador and Permanent Representative of Example\nto the "
     "United Nations\n\nMr. President,\n", "Ivan Example",
     "Ambassador and Permanent Representative of Example to the United Nations"),
])
def test_more_pages(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # German: 'Rede von Botschafterin X', 'Rede von Außenministerin X', 'Bundeskanzler'.
    ("Rede von Botschafterin Antje Example im Sicherheitsrat der Vereinten Nationen", "Antje Example", None),
    ("Rede von Außenministerin Anna Example vor der Generalversammlung", "Anna Example", "Außenministerin"),
    ("Rede von Bundeskanzler Ivan Example bei der Generaldebatte", "Ivan Example", "Bundeskanzler"),
    # Italian: 'Intervento dell'Ambasciatore X, Rappresentante Permanente ...'.
    ("Intervento dell'Ambasciatore Maurizio Example, Rappresentante Permanente d'Italia presso le Nazioni Unite",
     "Maurizio Example", "Rappresentante Permanente d'Italia presso le Nazioni Unite"),
])
def test_german_and_italian_headings(line, speaker, role):
    assert speaker_and_role(page(line)) == (speaker, role)


def test_a_site_footer_naming_the_consul_is_no_signature():
    # A consulate's footer after the text: the head of post above office hours is not who spoke.
    text = ("Statement by the Delegation of Example at the Permanent Council\n\nMr. Chairperson,\n\nWe thank the "
            "Chairperson for the report. Example supports the work.\n\nThank you.\n\nConsulate General of Example in "
            "Deventer\nIvan EXAMPLE\nConsul General\nOffice hours 9:00-12:00\n")
    assert speaker_and_role(text) == (None, None)


# Conventions found brittle by scripts/extraction-robustness: the same heading as another site writes it.
@pytest.mark.parametrize("lines, speaker, role", [
    # A title, then who spoke after its last comma, the post on the line below (no 'by').
    (["Remarks at the Closing of the Review Conference, Jane Example", "Under Secretary for Arms Control"],
     "Jane Example", "Under Secretary for Arms Control"),
    # The same after a dash, with an honorific.
    (["Explanation of Vote on the Resolution on Examplia – Ambassador John Example",
      "Alternate Representative for Special Political Affairs"],
     "John Example", "Alternate Representative for Special Political Affairs"),
    # A title ending on a place after its comma names no one.
    (["Statement at the Security Council Open Debate, New York"], None, None),
    # The name above the title, the post below it.
    (["Ambassador Anna Example", "Statement at the Election of Members of the Security Council",
      "Permanent Representative of Examplia to the United Nations"],
     "Anna Example", "Permanent Representative of Examplia to the United Nations"),
    # A list of speakers: a bare name, a dash and the State it speaks for.
    (["Ivan Petar Example - Syrian Arab Republic", "Statements | HRC"], "Ivan Petar Example", None),
    # A heading in capitals with a particle inside the name.
    (["STATEMENT DELIVERED BY H.E. AMBASSADOR ROBERT IN DEN EXAMPLE, PERMANENT REPRESENTATIVE TO THE CONFERENCE ON "
      "DISARMAMENT"], "Robert in den Example", "PERMANENT REPRESENTATIVE TO THE CONFERENCE ON DISARMAMENT"),
    # A heading in capitals with the honorific glued to the name.
    (["RIGHT OF REPLY BY THE REPRESENTATIVE OF EXAMPLIA MR.FEDOR EXAMPLE AT THE FOURTH COMMITTEE"],
     "Fedor Example", None),
    # A heading broken inside the name by the page's width.
    (["Statement by H.E. Ambassador Maria", "Luiza Example Viotti, Permanent Representative of Brazil to the "
      "United Nations"], "Maria Luiza Example Viotti", "Permanent Representative of Brazil to the United Nations"),
    # A heading broken after the post's first word.
    (["As delivered by Deputy", "Chief of Mission Courtney Example to the Permanent Council, Vienna"],
     "Courtney Example", "Deputy Chief of Mission"),
    # A post broken after 'Permanent': one post on two lines.
    (["Introduction of the draft resolution by Ambassador Sek Example", "Ambassador and Permanent",
      "Representative of Thailand"], "Sek Example", "Ambassador and Permanent Representative of Thailand"),
    # A whole header run together on one line: the honorific inside it, the post after the name.
    (["Explanation of Vote on the Mandate of UNEXAMPLE Ambassador Robert Example Alternate U.S. Representative for "
      "Special Political Affairs New York, New York June 2, 2023"],
     "Robert Example", "Alternate U.S. Representative for Special Political Affairs"),
    # Run together without a comma, the post opening on the State's adjective ends the name.
    (["Statement by HE Mr Peter Example Australian Permanent Representative to the United Nations in Geneva"],
     "Peter Example", "Australian Permanent Representative to the United Nations in Geneva"),
    # A post run into the dateline ends before the city.
    (["STATEMENT BY H.E.MR. SUMIO EXAMPLE AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN TO THE CONFERENCE ON "
      "DISARMAMENT Geneva, 22 January 2009"],
     "Sumio Example", "AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN TO THE CONFERENCE ON DISARMAMENT"),
    # The post first, its body's name holding 'on', then the honorific and the name.
    (["Statement by the Permanent Representative of Examplia to the Conference on Disarmament, Geneva, Ambassador "
      "Ivan Example at the General Debate of the First Committee"],
     "Ivan Example", "Permanent Representative of Examplia to the Conference on Disarmament, Geneva"),
    # A bracket between the title and 'by'.
    (["Right of Reply (RoR) by the Permanent Representative of Examplia Ambassador Sotos Example in response to the "
      "statement of the Foreign Minister of Norland"], "Sotos Example", "Permanent Representative of Examplia"),
])
def test_headings_as_other_sites_write_them(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A Spanish heading whose verb is no speaker's cue: the one person it honours spoke.
    (["Participación de S.E. Sra. María Fernanda Rojas en el 55 período de sesiones del Consejo de Derechos Humanos",
      "Ginebra, 27 de febrero de 2024"], "María Fernanda Rojas", None),
    # The speaker in brackets after the meeting, with the post.
    (["Security Council open debate on Women, Peace and Security (H.E. Ms. Bärbel Kofler, Parliamentary State "
      "Secretary)", "25 October 2023"], "Bärbel Kofler", "Parliamentary State Secretary"),
    # Two people honoured: which of them spoke, the header does not say.
    (["News", "Joint press conference of H.E. Mr. Ivan Petrov and H.E. Ms. Ana Silva", "12 May 2023"], None, None),
    # The one honoured is the person met, not the speaker.
    (["News", "The Minister met with H.E. Mr. Ivan Petrov, Foreign Minister of Bulgaria", "12 May 2023"], None, None),
    # ... or the addressee of a letter.
    (["Letter to H.E. Mr. António Guterres, Secretary-General of the United Nations", "12 May 2023"], None, None),
])
def test_the_one_person_a_header_honours(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A spokesperson's office gives its words to them: 'The following is attributable to Spokesperson X:'.
    (["Readout of the Secretary's Call with the Foreign Minister", "READOUT", "OFFICE OF THE SPOKESPERSON",
      "FEBRUARY 20, 2024", "The following is attributable to Spokesperson Matthew Example:"],
     "Matthew Example", "Spokesperson"),
    # A ministry's press conference in the possessive, with its qualifier.
    (["Foreign Ministry Spokesperson Mao Example's Regular Press Conference on March 1, 2024"],
     "Mao Example", "Foreign Ministry Spokesperson"),
    # An interview: of the one interviewed, or with them named by post.
    (["Interview of Minister for Foreign Affairs Penny Example with ABC Radio National", "12 March 2024"],
     "Penny Example", "Minister for Foreign Affairs"),
    (["Interview with Foreign Minister Anna Example on the situation in the Middle East", "12 March 2024"],
     "Anna Example", "Foreign Minister"),
    # Italian and German headings: the body after 'al', 'im' is the occasion, not part of the name.
    (["Intervento dell'Ambasciatore Maurizio Example al Consiglio di Sicurezza sulla situazione in Medio Oriente",
      "25 Gennaio 2024"], "Maurizio Example", None),
    (["Rede von Botschafterin Antje Example im VN-Sicherheitsrat zur Lage in der Ukraine", "23.02.2024 - Rede"],
     "Antje Example", None),
])
def test_spokespersons_interviews_and_occasions_in_other_languages(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


def test_a_readout_of_a_call_with_another_states_minister_is_not_that_states():
    text = page("Readout of the Secretary's Call with Ukrainian Foreign Minister Example", "February 20, 2024")
    assert extract(text, "t.txt", "t").country is None


def test_a_german_heading_names_the_security_council_with_its_un_prefix():
    text = page("Rede von Botschafterin Antje Example im VN-Sicherheitsrat zur Lage in der Ukraine", "23.02.2024")
    assert extract(text, "t.txt", "t").forum == "UN Security Council"


@pytest.mark.parametrize("lines, speaker, role", [
    # A given name abbreviated inside the name, as South Asian names write it.
    (["Statement by Mr. Tareq Md. Example Islam, Ambassador & Permanent Representative of Bangladesh, at the Third "
      "Committee", "10 October 2023"],
     "Tareq Md. Example Islam", "Ambassador & Permanent Representative of Bangladesh"),
    # A ministry's own name on the banner is no name above the post below it.
    (["Ministerio de Relaciones Exteriores", "Canciller Alicia Example participa en la Asamblea General de la ONU",
      "21 de septiembre de 2023"], "Alicia Example", "Canciller"),
])
def test_names_and_ministries_of_other_traditions(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


def test_a_russian_heading_names_the_security_council_by_its_abbreviation():
    text = page("Выступление Постоянного представителя на заседании СБ ООН по Украине", "20 февраля 2024 года")
    assert extract(text, "t.txt", "t").forum == "UN Security Council"


# A release's lead, then the quotation naming who spoke.
QUOTED_RELEASE = (
    "New York, 27 September 2024 – Example on Friday exercised its right of reply at the United Nations General "
    "Assembly in response to statements made during the general debate.\n"
    "\"The statements we have heard today contain baseless allegations against my country,\" said Ayşe Nur Example, "
    "Deputy Permanent Representative of Example to the United Nations.\n"
    "Example further stated that it was regrettable that the allegations were repeated.\n")


@pytest.mark.parametrize("lines, body, speaker, role", [
    # '"...," said NAME, POST.': the one quoted, named after the quotation with the post.
    (["Example exercises right of reply at UN General Assembly", "28 September 2024"], QUOTED_RELEASE,
     "Ayşe Nur Example", "Deputy Permanent Representative of Example to the United Nations"),
    # A release signed by the ministry's spokesperson reports another's words: the one reported spoke.
    (["PRESS RELEASE", "Abuja, 13 December 2024"],
     "Example reaffirmed its commitment to regional integration today at the 93rd Ordinary Session of the ECOWAS "
     "Council of Ministers.\nSpeaking on behalf of the delegation, the Minister of State for Foreign Affairs, Hon. "
     "Amina Example-Okafor, stated that the Community remains our collective shield.\nSigned:\nKelechi Example\n"
     "Spokesperson, Ministry of Foreign Affairs\n", "Amina Example-Okafor", "Minister of State for Foreign Affairs"),
    # A given name abbreviated at the start of the name, in capitals.
    (["STATEMENT BY H.E. MD. NAZMUL KARIM EXAMPLE", "PERMANENT REPRESENTATIVE OF BANGLADESH TO THE UNITED NATIONS",
      "9 September 2024"], BODY,
     "Md. Nazmul Karim Example", "PERMANENT REPRESENTATIVE OF BANGLADESH TO THE UNITED NATIONS"),
])
def test_releases_and_letters_of_more_sites(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


# An OAS document: a mission's letter in Spanish, its signature above the addressee's block.
OAS_LETTER = (
    "OAS :: Organization of American States\nEnglish | Español | Français | Português\n"
    "OAS > Permanent Council > Documents\nOEA/Ser.G\nCP/doc. 5962/24\n9 mayo 2024\nOriginal: español\n"
    "NOTA DE LA MISIÓN PERMANENTE DE EXAMPLE MEDIANTE LA CUAL TRANSMITE LA CARTA DEL REPRESENTANTE PERMANENTE AL "
    "PRESIDENTE DEL CONSEJO PERMANENTE\nMisión Permanente de Guatemala ante la Organización de los Estados Americanos\n"
    "Washington, D.C., 8 de mayo de 2024\nExcelentísimo señor Presidente:\nTengo el honor de dirigirme a Vuestra "
    "Excelencia con el propósito de solicitar, en nombre del Gobierno de la República, la inclusión en el orden del "
    "día de la próxima sesión ordinaria del Consejo Permanente del tema del informe del Gobierno sobre el "
    "fortalecimiento de la institucionalidad democrática.\nComo es del conocimiento de los Estados Miembros, la Misión "
    "de Observación Electoral de la OEA acompañó el proceso electoral de 2023 y la posterior transmisión del mando. El "
    "Gobierno desea informar al Consejo Permanente sobre las medidas adoptadas desde entonces.\nAgradeceré a Vuestra "
    "Excelencia que tenga a bien disponer la distribución de la presente carta como documento del Consejo Permanente."
    "\nAprovecho la oportunidad para reiterar a Vuestra Excelencia las seguridades de mi más alta y distinguida "
    "consideración.\nCarlos Estuardo Example\nEmbajador, Representante Permanente de Guatemala ante la Organización "
    "de los Estados Americanos\nExcelentísimo señor\nEmbajador Example Example\nPresidente del Consejo Permanente\n"
    "de la Organización de los Estados Americanos\nWashington, D.C.\nPresente\n"
    "Copia: Secretaría del Consejo Permanente\n")


def test_a_spanish_letter_is_signed_under_its_closing_formula_not_by_its_addressee():
    assert speaker_and_role(OAS_LETTER)[0] == "Carlos Estuardo Example"


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A Samoan honorific before the name, and a lead clause 'Leading X's delegation, the POST, HON NAME, said'.
    (["SAMOA CALLS FOR A PACIFIC-LED REGIONAL SECURITY ARCHITECTURE", "SUVA, Fiji – 9 August 2024"],
     "Samoa today joined Foreign Ministers of the Pacific Islands Forum member countries at the Forum Foreign "
     "Ministers Meeting in Suva.\nLeading Samoa's delegation, the Associate Minister of Foreign Affairs and Trade, "
     "Afioga Lealaiauloto Example Faleolo, said that the region's security must be defined by Pacific peoples.\n",
     "Lealaiauloto Example Faleolo", "Associate Minister of Foreign Affairs and Trade"),
    # A ministry's answer to a media question, its spokesperson's post ending on the ministry's acronym.
    (["Home > Press service > Comments", "Answer of the Official Spokesperson of the Belarusian MFA Yevgeny Example "
      "to a media question regarding the outcome of the OSCE Ministerial Council", "6 December 2024 18:05"],
     "Question: How would you comment on the results?\nAnswer: First of all, I would like to note the following.\n",
     "Yevgeny Example", "Official Spokesperson of the Belarusian MFA"),
    # A Spanish release: the quotation, then 'afirmó la subsecretaria para ..., NAME, al ...'.
    (["México reafirma su liderazgo en el desarme nuclear", "Comunicado No. 512",
      "Secretaría de Relaciones Exteriores | 23 de noviembre de 2023"],
     "\"Mientras existan armas nucleares, existirá el riesgo de su uso\", afirmó la subsecretaria para Asuntos "
     "Multilaterales y Derechos Humanos, Mariana Example Echeverría, al inaugurar este jueves los trabajos de la "
     "Conferencia General.\n", "Mariana Example Echeverría",
     "subsecretaria para Asuntos Multilaterales y Derechos Humanos"),
    # A webcast's summary: 'NAME, POST, addressed the Conference ...'.
    (["WEBCAST", "Conference on Disarmament – High-Level Segment: Statement by Colombia",
      "1728th plenary meeting of the Conference on Disarmament", "25 February 2025 | Duration: 00:14:52"],
     "Summary\nElena Example Ruiz, Vice Minister of Multilateral Affairs of Colombia, addressed the Conference on "
     "Disarmament during its high-level segment.\nThe Vice Minister said that Colombia understood the human cost of "
     "weapons.\n", "Elena Example Ruiz", "Vice Minister of Multilateral Affairs of Colombia"),
])
def test_more_ways_releases_and_summaries_name_the_speaker(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


def test_a_bare_rank_before_the_name_gives_way_to_the_post_the_page_writes_with_the_name():
    """'Remarks by Secretary X' names a rank; the page's line 'X, SECRETARY OF STATE' (in capitals) the post."""
    text = page("Remarks by Secretary Antony J. Example at the UN Security Council Ministerial Meeting", "REMARKS",
                "ANTONY J. EXAMPLE, SECRETARY OF STATE", "NEW YORK, NEW YORK", "OCTOBER 24, 2023")
    assert speaker_and_role(text) == ("Antony J. Example", "SECRETARY OF STATE")


@pytest.mark.parametrize("line, role", [
    # A heading that lost its line breaks: the post ends at the speech's first words or at the meeting after the
    # mission's seat.
    ("Explanation of Vote delivered by H.E. Ms Jane Example, Ambassador and Deputy Permanent Representative of "
     "Australia to the United Nations Thank you President, The United Nations system was created in 1945",
     "Ambassador and Deputy Permanent Representative of Australia to the United Nations"),
    ("Statement by H.E. Ambassador Maria Example, Permanent Representative of Brazil to the United Nations Open "
     "debate of the Security Council on the Protection of civilians 7 July 2010",
     "Permanent Representative of Brazil to the United Nations"),
])
def test_a_post_run_together_with_what_follows_it(line, role):
    assert speaker_and_role(page(line))[1] == role


def test_a_headlines_bare_rank_gives_way_to_the_post_the_lead_writes_in_full():
    text = page("COMUNICADO DE IMPRENSA", "Maputo, 26.09.2025",
                "Ministra Luísa Example intervém no Debate Geral da 80.ª Sessão da Assembleia Geral",
                body="A Ministra dos Negócios Estrangeiros e Cooperação, Luísa Example, discursou ontem no Debate "
                     "Geral da 80.ª Sessão da Assembleia Geral das Nações Unidas, em Nova Iorque.\n")
    assert speaker_and_role(text) == ("Luísa Example", "Ministra dos Negócios Estrangeiros e Cooperação")


@pytest.mark.parametrize("lines, speaker, role", [
    # A Russian heading: the speaker in the genitive after 'Выступление', initials glued to the surname; the name
    # given in the nominative, the post as written.
    (["Выступление Постоянного представителя Республики Беларусь при ООН В.Н.Примерова",
      "Нью-Йорк, 18 октября 2023 года"],
     "В.Н.Примеров", "Постоянного представителя Республики Беларусь при ООН"),
    # ... the city the post ends on, in the locative, is no part of the name; a surname that does not decline is kept.
    (["Выступление Постоянного представителя Российской Федерации при Отделении ООН в Женеве А.Б.Примерченко на "
      "пленарном заседании Конференции по разоружению", "Женева, 4 марта 2025 года"],
     "А.Б.Примерченко", "Постоянного представителя Российской Федерации при Отделении ООН в Женеве"),
    # A Serbian heading: the minister and his name in the genitive after 'Обраћање' (address); the name given in the
    # nominative.
    (["Обраћање министра спољних послова Републике Србије Милоша Примеровића на седници Савета безбедности УН",
      "Њујорк, 21. октобар 2025. године"],
     "Милош Примеровић", "министра спољних послова Републике Србије"),
    # A heading in capitals: the initials glued to the surname are the name, in official Russian's case (a Tajik
    # surname in '-зода' does not decline).
    (["ВЫСТУПЛЕНИЕ МИНИСТРА ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ ТАДЖИКИСТАН С.Н.ПРИМЕР-ЗОДА НА ЗАСЕДАНИИ СОВЕТА "
      "БЕЗОПАСНОСТИ ООН ПО СИТУАЦИИ В АФГАНИСТАНЕ", "Нью-Йорк, 2 марта 2022 года"],
     "С.Н.Пример-Зода", "МИНИСТРА ИНОСТРАННЫХ ДЕЛ РЕСПУБЛИКИ ТАДЖИКИСТАН"),
    # A Ukrainian heading: the State in the genitive after the post, no word for 'of' before the name.
    (["Виступ Постійного представника України при ООН Сергія Прикладенка на засіданні Радбезу ООН"],
     "Сергія Прикладенка", "Постійного представника України при ООН"),
    # A name line in Cyrillic with the post after a comma, under the title.
    (["Выступление на 1512-м заседании Постоянного совета ОБСЕ",
      "Иван Примеров, Постоянный представитель Республики Таджикистан при ОБСЕ", "Вена, 20 марта 2025 года"],
     "Иван Примеров", "Постоянный представитель Республики Таджикистан при ОБСЕ"),
    # A ministry's news item: the post, the State in the genitive, the name, the verb.
    (["Министр иностранных дел Украины Дмитрий Примеров выступил на заседании Совета Безопасности ООН",
      "3 марта 2023"], "Дмитрий Примеров", "Министр иностранных дел Украины"),
    # The Russian MFA in English keeps the glued initials: 'M.V.Example'.
    (["Answer of the Official Representative of the Russian MFA M.V.Example to a media question", "12 March 2023"],
     "M.V.Example", "Official Representative of the Russian MFA"),
    (["Statement by Permanent Representative V.A.Example at the UNSC briefing on Ukraine"],
     "V.A.Example", "Permanent Representative"),
    # A State Department statement: the name line with the spokesperson's post.
    (["Press Statement", "Matthew Example, Department Spokesperson", "March 3, 2023"],
     "Matthew Example", "Department Spokesperson"),
    # The posts of women, as Ukrainian and Macedonian write them: 'заступниця Міністра' (deputy minister),
    # 'Претседателка' (President); the name on its line over the post.
    (["Виступ заступниці Міністра на 52-й сесії Ради ООН з прав людини", "Оксана Прикладенко-Левицька",
      "заступниця Міністра з питань реінтеграції тимчасово окупованих територій України",
      "Женева, 21 березня 2023 року"],
     "Оксана Прикладенко-Левицька", "заступниця Міністра з питань реінтеграції тимчасово окупованих територій України"),
    (["Обраќање на 58. седница на Советот за човекови права на ОН", "Весна Примерска-Николовска",
      "Претседателка на Република Северна Македонија", "Женева, 24 февруари 2025"],
     "Весна Примерска-Николовска", "Претседателка на Република Северна Македонија"),
    # A Bulgarian post with its definite article ('Постоянният представител'), the rank and the name after it.
    (["Право на отговор на Република България", "Първи комитет на 77-ата сесия на Общото събрание на ООН",
      "Постоянният представител на Република България при ООН посланик Калоян Примеров"],
     "Калоян Примеров", "Постоянният представител на Република България при ООН"),
    # A Russian byline: 'Выступил' (spoke), the post, then the initials and surname.
    (["Разъяснение мотивов голосования делегации Республики Беларусь", "102-я сессия Исполнительного совета ОЗХО",
      "Выступил Постоянный представитель Республики Беларусь при ОЗХО В.В. Примерда", "Гаага, 10 марта 2023 года"],
     "В.В. Примерда", "Постоянный представитель Республики Беларусь при ОЗХО"),
    # A joint statement's byline: 'Оглашено:' (read out), the name and the post on the lines below.
    (["Совместное заявление Республики Казахстан, Кыргызской Республики и Республики Таджикистан", "Оглашено:",
      "Асхат Примеров", "Постоянный представитель Республики Казахстан при ООН", "Нью-Йорк, 2 августа 2022 года"],
     "Асхат Примеров", "Постоянный представитель Республики Казахстан при ООН"),
    # A heading naming the speaker alone, in the genitive, over a lead giving the post before the name: the post
    # ends where the name begins.
    (["Выступление Ивана Примерова на политическом форуме высокого уровня ООН по устойчивому развитию",
      "Министр экономического развития Иван Примеров 14 июля 2020 года в режиме видеоконференции представил доклад"],
     "Иван Примеров", "Министр экономического развития"),
    # A heading naming the post alone, in the genitive, with the meeting after it; the name and the post on lines of
    # their own below: the post as those lines write it.
    (["Выступление Постоянного представителя Республики Узбекистан при ОБСЕ на заседании Постоянного совета", "",
      "Алишер Примеров", "Постоянный представитель Республики Узбекистан при ОБСЕ",
      "1457-е заседание Постоянного совета ОБСЕ", "Вена, 18 января 2024 года"],
     "Алишер Примеров", "Постоянный представитель Республики Узбекистан при ОБСЕ"),
    # The name, the post, then the head of the delegation on a line of its own, as English headers set 'Head of
    # Delegation': the post is the first line's.
    (["108-я сессия Исполнительного совета ОЗХО", "Выступление по пункту 6 повестки дня «Общие прения»",
      "Примеров Кирилл Андреевич", "заместитель Министра промышленности и торговли Российской Федерации",
      "глава делегации Российской Федерации", "Гаага, 11 марта 2025 года"],
     "Примеров Кирилл Андреевич", "заместитель Министра промышленности и торговли Российской Федерации"),
    # A page's counter and sharing buttons beside a heading naming only a post are no name.
    (["Interview of the Deputy Minister of Foreign Affairs to the newspaper \"Example Pravda\"",
      "Views: 836 Print Share"], None, None),
])
def test_names_in_cyrillic_and_with_glued_initials(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


# A letter of the 1950s as UN documents print it: the title in capitals, the signature at the foot.
OLD_LETTER = (
    "LETTER DATED 30 JULY 1958 FROM THE REPRESENTATIVE OF EXAMPLE ADDRESSED TO THE PRESIDENT OF THE SECURITY "
    "COUNCIL\n\nI have the honour, under instructions from my Government, to bring to your notice the following."
    "\n\nI shall be grateful if this letter is circulated as a Security Council document.\n\n")


@pytest.mark.parametrize("text, speaker, role", [
    # The signatory's post broken over two lines by the signature's width: joined with a space.
    (OLD_LETTER + "(Signed) Aga EXAMPLE\nPermanent Representative of Example\nto the United Nations\n",
     "Aga Example", "Permanent Representative of Example to the United Nations"),
    # 'M.' among initials is an initial, not the French 'Monsieur'.
    (OLD_LETTER + "(Signed) M. A. H. EXAMPLE\n", "M. A. H. Example", None),
    # A signature without brackets: 'Signed: X' on one line.
    (OLD_LETTER + "Signed: Mohammed Example\nPermanent Representative of Example to the United Nations\n",
     "Mohammed Example", "Permanent Representative of Example to the United Nations"),
    # ... or the abbreviation's full stop: 'Sgd. X', the German 'gez. X' (gezeichnet).
    (OLD_LETTER + "Sgd. Mohammed Example\nPermanent Representative of Example to the United Nations\n",
     "Mohammed Example", "Permanent Representative of Example to the United Nations"),
    (OLD_LETTER + "gez. Hans Beispiel\nStändiger Vertreter\n", "Hans Beispiel", "Ständiger Vertreter"),
    # A copy's signature in Italian, German, Dutch and Russian brackets.
    (OLD_LETTER + "(Firmato) Mario Esempio\nRappresentante Permanente\n", "Mario Esempio", "Rappresentante Permanente"),
    (OLD_LETTER + "(gez.) Hans Beispiel\nStändiger Vertreter\n", "Hans Beispiel", "Ständiger Vertreter"),
    (OLD_LETTER + "(w.g.) Jan Voorbeeld\nPermanent Vertegenwoordiger\n", "Jan Voorbeeld",
     "Permanent Vertegenwoordiger"),
    (OLD_LETTER + "(Подпись) Иван Примеров\nПостоянный представитель\n", "Иван Примеров", "Постоянный представитель"),
    # An Arabic copy's signatory, in a script without capitals, the post on the line below.
    (OLD_LETTER + "(توقيع) أحمد مثال\nالمندوب الدائم\n", "أحمد مثال", "المندوب الدائم"),
    # The rank's long form on its own line, then the post: both kept, joined with a comma.
    ("Letter dated 28 May 2025 from the Permanent Representative of Example to the United Nations addressed to "
     "the Secretary-General\n\nI have the honour to transmit herewith the declaration.\n\n(Signed) Jamshed Example\n"
     "Ambassador Extraordinary and Plenipotentiary\nPermanent Representative of the Republic of Example to the "
     "United Nations\n", "Jamshed Example",
     "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of the Republic of Example to the "
     "United Nations"),
    # A minister's portfolio ends the post before the name.
    (page("Speech by Minister for Foreign Trade and Development Ville Example at the UN Human Rights Council",
          "27.2.2023"), "Ville Example", "Minister for Foreign Trade and Development"),
    # A byline in brackets at the foot of a joint statement: the bracket closes the post, it is not part of it.
    (page("Joint Statement on Women, Peace and Security", "New York, 14 November 2025",
          body="Mr. President,\n\nI have the honour to speak on behalf of the group.\n\n(Delivered by Ambassador "
               "Marc Example, Permanent Representative of Example to the United Nations)\n"),
     "Marc Example", "Permanent Representative of Example to the United Nations"),
])
def test_signatures_and_posts_as_older_documents_and_bylines_write_them(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # An interview's transcript: the first question, then the one who answers, behind the post, before a colon.
    (page("Interview of the Deputy Minister of Foreign Affairs to the newspaper \"Example Times\"", "14.03.2023",
          body="Question: Why does a small country need a seat on the Council?\nDeputy Minister Aizada Temirbekovna "
               "Example: Thank you for the question. There are no small countries in the United Nations.\n"
               "Question: What will be the priorities?\nA.T.Example: Preventive diplomacy and water security.\n"),
     "Aizada Temirbekovna Example", "Deputy Minister"),
    # A spokesperson's briefing: 'Q:' then the spokesperson.
    (page("Regular Press Briefing", "3 March 2024",
          body="Q: Can you comment on the reports of new sanctions?\nSpokesperson Mao Example: We have noted the "
               "reports. Our position is consistent and clear.\n"),
     "Mao Example", "Spokesperson"),
    # 'Answer:' names no one: the transcript gives no speaker.
    (page("Answer to a media question", "3 March 2024",
          body="Question: How do you assess the statement of the Presidency?\nAnswer: We reject the statement.\n"),
     None, None),
    # A mission named after the rank in Spanish is part of the post ('Ministra Consejera, Misión Permanente ...').
    (page("Intervención de la Sra. Mariela Example, Ministra Consejera, Misión Permanente de Costa Rica ante la "
          "Oficina de las Naciones Unidas en Ginebra", "Ginebra, 6 de marzo de 2023"), "Mariela Example",
     "Ministra Consejera, Misión Permanente de Costa Rica ante la Oficina de las Naciones Unidas en Ginebra"),
    # A British minister styled by a peer's title and one name, reported in a readout's first sentence.
    (page("Minister for Development meets UN High Commissioner for Refugees: readout", "Readout",
          "Published 15 December 2023",
          body="Minister for Development Lord Example-Ashworth met the UN High Commissioner for Refugees on 14 "
               "December 2023 in Geneva.\n"),
     "Example-Ashworth", "Minister for Development"),
    # A transcript tags the answers with the rank and the surname in capitals; the lead gives the post and the
    # name in full ('given by the Minister for Foreign Affairs, Hon. X Y Z, MP').
    (page("TRANSCRIPT: Minister Example's interview on the General Assembly", "2 October 2025",
          body="The following is the transcript of an interview given by the Minister for Foreign Affairs, Hon. "
               "Anna Maria Example, MP, to a radio programme.\n\nPRESENTER: What was your message?\n\n"
               "MINISTER EXAMPLE: That the United Nations must deliver.\n\nPRESENTER: And the Council?\n\n"
               "MINISTER EXAMPLE: It must be reformed.\n"),
     "Anna Maria Example", "Minister for Foreign Affairs"),
])
def test_transcripts_affiliations_and_peers(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A Turkish news item: the post, the honorific 'Büyükelçi', the name set off by a comma, the verb last; the
    # sharing line runs into the lead on a page without blank lines.
    ("T.C. Dışişleri Bakanlığı\nAnasayfa > Haberler\nDışişleri Bakan Yardımcısı Örnekoğlu, BM Güvenlik "
     "Konseyi'nde konuştu\n17 Temmuz 2024 Çarşamba 19:45\nPaylaş: Facebook | X | WhatsApp | E-posta\nDışişleri "
     "Bakan Yardımcısı Büyükelçi Kerem Örnekoğlu, BM Güvenlik Konseyi'nin açık görüşmesine Türkiye adına "
     "katıldı.\nToplantıda konuşan Örnekoğlu, ateşkes çağrısında bulundu.\n",
     "Kerem Örnekoğlu", "Dışişleri Bakan Yardımcısı"),
    # A Turkish title: the post, then the name with the possessive suffix ('Demirtaş'ın ... Cevabı').
    ("T.C. Dışişleri Bakanlığı\nAnasayfa > Açıklamalar\nDışişleri Bakanlığı Sözcüsü Elif Örnekçi'nin Bir Soruya "
     "Cevabı\nNo: 58, 12 Mart 2025\nSoru: Açıklama hakkında ne söylemek istersiniz?\nCevap: Kabul etmiyoruz.\n",
     "Elif Örnekçi", "Dışişleri Bakanlığı Sözcüsü"),
    # A Romanian release: 'POST, NAME, a participat ...'.
    ("Ministerul Afacerilor Externe\nComunicate de presă\nParticiparea ministrului afacerilor externe la "
     "dezbaterea Consiliului de Securitate\nData publicării: 20.09.2023\n\nMinistrul afacerilor externe, Mihaela "
     "Exemplu, a participat miercuri, 20 septembrie 2023, la dezbaterea deschisă a Consiliului de Securitate al "
     "ONU.\n", "Mihaela Exemplu", "Ministrul afacerilor externe"),
    # A Portuguese heading: 'Intervenção do' before a post written in full, then the name between commas.
    (page("Intervenção do Ministro dos Negócios Estrangeiros, João Manuel Exemplo, no Segmento de Alto Nível da "
          "55.ª Sessão do Conselho de Direitos Humanos", "Genebra, 26 de fevereiro de 2024"),
     "João Manuel Exemplo", "Ministro dos Negócios Estrangeiros"),
    # A rank before the name repeated in full after it: the post as written after the name.
    (page("Rede von Staatssekretärin Dr. Barbara Beispiel, Staatssekretärin des Eidgenössischen Departements für "
          "auswärtige Angelegenheiten EDA", "Genf, 26. Februar 2024"), "Barbara Beispiel",
     "Staatssekretärin des Eidgenössischen Departements für auswärtige Angelegenheiten EDA"),
    # An Indonesian, a Swedish and a Polish news item: the post, the name, the verb.
    ("Kementerian Luar Negeri\nBerita\nMenlu Sampaikan Pernyataan di Dewan Keamanan PBB\n12 Maret 2024\n\n"
     "Menteri Luar Negeri Retno Contoh menyampaikan pernyataan pada debat terbuka Dewan Keamanan PBB.\n",
     "Retno Contoh", "Menteri Luar Negeri"),
    # An Indonesian minister's portfolio stands between the post and the name with no comma ...
    ("Kementerian Hak Asasi Manusia\nSiaran Pers\n26 Februari 2025\n\nJakarta, 26 Februari 2025 – Wakil Menteri Hak "
     "Asasi Manusia Dewi Contoh Lubis menyampaikan pernyataan nasional Indonesia pada Sidang ke-58 Dewan HAM PBB.\n",
     "Dewi Contoh Lubis", "Wakil Menteri Hak Asasi Manusia"),
    # ... or with its short form in brackets, kept as written ...
    ("Kementerian Koordinator\nBerita\n4 Maret 2025\n\nJENEWA – Menteri Koordinator Bidang Politik, Hukum, dan "
     "Keamanan (Menko Polhukam) Bambang Surya Contoh menegaskan komitmen Indonesia dalam pemajuan hak asasi manusia.\n",
     "Bambang Surya Contoh", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan (Menko Polhukam)"),
    # ... under a headline whose occasion's name has a digit, which no name has ('Di Sidang CSW69, ...').
    ("Siaran Pers\nDipublikasikan pada : Rabu, 12 Maret 2025\n\nDi Sidang CSW69, Menteri PPPA Tegaskan Komitmen "
     "Indonesia\n\nNew York (11/3) — Menteri Pemberdayaan Perempuan dan Perlindungan Anak (PPPA), Rahmawati Contoh "
     "Hadiwijaya, menyampaikan pernyataan nasional Indonesia pada Debat Umum.\n", "Rahmawati Contoh Hadiwijaya",
     "Menteri Pemberdayaan Perempuan dan Perlindungan Anak (PPPA)"),
    # A Malaysian wire's dateline gives the day with no year and no credit before its dashes; the Prime Minister's
    # post, 'Perdana Menteri', opens the lead before the honour and the name ...
    ("Pejabat Perdana Menteri Malaysia\nUtama > Siaran Media > Kenyataan Media\nKENYATAAN MEDIA: PERDANA MENTERI SERU "
     "REFORMASI MAJLIS KESELAMATAN PBB\n24 September 2022  |  Kategori: Kenyataan Media\nNEW YORK, 23 Sept -- Perdana "
     "Menteri Dato' Sri Ismail Contoh bin Yaakob hari ini menggesa reformasi menyeluruh Majlis Keselamatan.\n\n"
     "Beliau berkata kuasa veto telah menghalang tindakan tegas masyarakat antarabangsa.\n",
     "Ismail Contoh bin Yaakob", "Perdana Menteri"),
    # ... as in the header, where the post stands between the dateline and the honoured name.
    ("Pejabat Perdana Menteri\nKenyataan Media\n23 September 2022\n\nNEW YORK, 23 Sept -- Prime Minister Dato' Sri "
     "Ismail Contoh bin Yaakob today urged a reform of the Security Council.\n", "Ismail Contoh bin Yaakob",
     "Prime Minister"),
    ("Regeringskansliet\nPressmeddelande\n27 februari 2023\n\nUtrikesminister Karl-Erik Exempel höll i dag ett "
     "anförande vid FN:s råd för mänskliga rättigheter i Genève.\n", "Karl-Erik Exempel", "Utrikesminister"),
    ("Ministerstwo Spraw Zagranicznych\nAktualności\n12.03.2024\n\nWiceminister Anna Przykład wzięła udział w "
     "debacie Rady Bezpieczeństwa ONZ.\n", "Anna Przykład", "Wiceminister"),
    # A list of office-holders after the first name is no cue of its own ('Foreign Minister X, Minister of
    # Defence Y and ...'): the news item names no speaker by the weak rule.
    ("Press Release\n12 March 2024\n\nForeign Minister Jane Example, Minister of Defence John Other and the Chief "
     "of Defence Force met the visiting delegation.\n", None, None),
])
def test_posts_before_the_name_in_the_languages_of_ministries_news(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A ministry's speech page: the post on its own line above the bare name.
    (["Speech", "Minister for Foreign Affairs", "Timo Example", "UN General Assembly, 22 September 2022"],
     "Timo Example", "Minister for Foreign Affairs"),
    # A name line with more on it than the name is no bare name under a post.
    (["Minister for Foreign Affairs", "Timo Example visits New York", "22 September 2022"], None, None),
])
def test_a_post_line_above_a_bare_name(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # Chinese: the post, the name, the verb; a date before the post is not part of it.
    ("中华人民共和国外交部\n首页 > 外交部发言人表态\n2024年3月1日外交部发言人毛宁主持例行记者会\n2024-03-01 15:30\n\n"
     "毛宁：我们注意到有关报道。\n", "毛宁", "外交部发言人"),
    # Chinese: the post, the name, '大使', then '在'.
    ("中华人民共和国常驻联合国代表团\n常驻联合国代表傅聪大使在安理会乌克兰问题公开会上的发言\n2024年4月2日\n\n主席女士：\n",
     "傅聪", "常驻联合国代表"),
    # Japanese: the surname before the post in the heading, the name in full in the lead.
    ("外務省\nホーム > 会見・発表\n上川外務大臣の国連総会一般討論演説\n令和6年9月24日\n\n"
     "上川陽子外務大臣は、国連総会一般討論において演説を行いました。\n", "上川陽子", "外務大臣"),
    # Korean: the name, a space, the post, a particle.
    ("대한민국 정책브리핑\n조태열 외교부 장관, 유엔 안보리 공개토의 참석\n2024.03.05\n\n"
     "조태열 외교부 장관은 5일 뉴욕 유엔본부에서 열린 안보리 공개토의에 참석했다.\n", "조태열", "외교부 장관"),
    # A ministry's own name before a post is no person.
    ("外務省\n日本国外務省の声明\n令和6年9月24日\n\n本日、政府は声明を発表しました。\n", None, None),
    # Arabic: the honorific, the name, the post, then the occasion or the speech delivered.
    ("وزارة الخارجية\nالأخبار\nكلمة سلطنة عُمان أمام الدورة التاسعة والسبعين للجمعية العامة للأمم المتحدة يلقيها معالي "
     "السيد بدر بن حمد المثال وزير الخارجية\n28 سبتمبر 2024\n\nالسيد الرئيس،\n", "بدر بن حمد المثال", "وزير الخارجية"),
    ("وزارة الخارجية\nالأخبار\n12 مارس 2024\n\nألقى سعادة السفير محمد بن عوض المثال المندوب الدائم لسلطنة عمان لدى "
     "الأمم المتحدة كلمة أمام مجلس الأمن.\n", "محمد بن عوض المثال", "المندوب الدائم لسلطنة عمان لدى الأمم المتحدة"),
    # An Arabic byline naming the rank and the name alone on its line, the post on the line below ('the speech of
    # Ambassador X', 'delivered by Ambassador X'); a second post line is another office held.
    ("جامعة الدول العربية\nكلمة السفير أحمد محمد المثال\nرئيس بعثة جامعة الدول العربية لدى الأمم المتحدة\n"
     "أمام جلسة مجلس الأمن\n12 مارس 2024\n\nالسيد الرئيس،\n", "أحمد محمد المثال",
     "رئيس بعثة جامعة الدول العربية لدى الأمم المتحدة"),
    ("حق الرد\n12 مارس 2024\nألقاه السفير سالم بن علي المثال\nالمندوب الدائم للمملكة المغربية لدى الأمم المتحدة\n"
     "رئيس المجموعة العربية لشهر مارس\n\nالسيد الرئيس،\n", "سالم بن علي المثال",
     "المندوب الدائم للمملكة المغربية لدى الأمم المتحدة"),
    # An Arabic statement of the ministry names no one.
    ("وزارة الخارجية\nبيان\n12 مارس 2024\n\nتعرب وزارة الخارجية عن إدانتها الشديدة للهجوم.\n", None, None),
])
def test_posts_and_names_in_chinese_japanese_korean_and_arabic(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # The post after a dash instead of a comma.
    (["Statement by Jane Example – Deputy Permanent Representative of Ireland", "12 May 2023"],
     "Jane Example", "Deputy Permanent Representative of Ireland"),
    # A government department after the rank is part of the post, like a mission or a ministry.
    (["Statement by Mr. Sean Example, Director, Department of Foreign Affairs"], "Sean Example",
     "Director, Department of Foreign Affairs"),
    # A ministry's press secretary before a Japanese name in capitals, surname first.
    (["Press Conference by Foreign Press Secretary KOBAYASHI Example", "Thursday, March 2, 2023"],
     "Kobayashi Example", "Foreign Press Secretary"),
])
def test_posts_after_a_dash_and_with_a_department(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("text", [
    # A guest named after a verb of meeting is not the speaker, however far the verb stands from the name.
    "Ministry of Foreign Affairs\nNews\nPress release\n5 October 2017\n\nThe Minister of Foreign Affairs received "
    "the Ambassador of Japan, H.E. Mr. Taro Example, who presented a copy of his credentials.\n",
    "Ministry of Foreign Affairs\nNews\n12 May 2023\n\nThe Foreign Minister welcomed the new Ambassador of Canada, "
    "H.E. Ms. Jane Example, Ambassador of Canada to Hungary, at the Ministry.\n",
])
def test_a_guest_after_a_verb_of_meeting_is_no_speaker(text):
    assert speaker_and_role(text)[0] is None


def test_a_post_ends_where_a_second_person_is_joined_to_the_first():
    text = page("Joint Statement of H.E. Mr. Jan Example, Minister of Foreign Affairs of Example and H.E. Ms. Anna "
                "Other, Minister of Foreign Affairs of Otherland")
    assert speaker_and_role(text)[1] == "Minister of Foreign Affairs of Example"


@pytest.mark.parametrize("text, speaker, role", [
    # A release names who led the State's delegation: the one who spoke for it.
    ("Ministry of Foreign Affairs\nNews\nExample at the UN General Assembly\n25 September 2019\n\nThe Example "
     "delegation to the 74th session of the UN General Assembly was led by Cabinet Secretary for Foreign Affairs, "
     "Ambassador Monica Example, who delivered the national statement.\n",
     "Monica Example", "Cabinet Secretary for Foreign Affairs"),
    # In French, the article before the honorific is no part of the post.
    ("COMMUNIQUÉ DE PRESSE\nL'Exemple à la 77ème Assemblée mondiale de la Santé\nPublié le 30 mai 2024\n\nLa 77ème "
     "Assemblée mondiale de la Santé s'est ouverte le 27 mai 2024 à Genève. La délégation est conduite par le "
     "Ministre de la Santé et de l'Action sociale, le Docteur Ibrahima Exemple.\n",
     "Ibrahima Exemple", "Ministre de la Santé et de l'Action sociale"),
    # A release that reports another person before the head of delegation names no single speaker.
    ("News release\n8 June 2018\n\nAddressing the forum today, Permanent Representative Ambassador Example recounted "
     "how demining succeeded. The delegation to the Intersessional Meeting was led by P. Other, Secretary to the "
     "Ministry of Resettlement.\n", None, None),
    # Co-facilitators leading negotiations are not a delegation's head.
    ("Ministry of Foreign Affairs\nNews\n25 September 2019\n\nThe negotiations, led by the co-facilitators, "
     "Ambassador Jane Example of Ireland and Ambassador John Other of Namibia, concluded today.\n", None, None),
])
def test_the_head_of_a_delegation_a_release_names(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # Spanish news items: the article 'El', the post, the name between commas, the verb.
    ("Ministerio de Relaciones Exteriores\nNoticias\n12 de marzo de 2024\n\nEl Canciller Nacional, Rubén Ejemplo "
     "Lezcano, participó en la sesión del Consejo de Derechos Humanos en Ginebra.\n",
     "Rubén Ejemplo Lezcano", "Canciller Nacional"),
    ("Gobierno de México\nPrensa\n12 de marzo de 2024\n\nLa secretaria de Relaciones Exteriores, Alicia Ejemplo, "
     "participó en el Consejo de Seguridad.\n", "Alicia Ejemplo", "secretaria de Relaciones Exteriores"),
    # Dutch: 'Toespraak van minister van ...', and two posts joined by 'en' before the name.
    (page("Toespraak van minister van Buitenlandse Zaken Hadja Voorbeeld op de Mensenrechtenraad",
          "27 februari 2023"), "Hadja Voorbeeld", "minister van Buitenlandse Zaken"),
    ("FOD Buitenlandse Zaken\nNieuws\n27 februari 2023\n\nVice-eersteminister en minister van Buitenlandse Zaken "
     "Hadja Voorbeeld sprak vandaag de Mensenrechtenraad toe.\n",
     "Hadja Voorbeeld", "Vice-eersteminister en minister van Buitenlandse Zaken"),
    # French: 'Discours de la Vice-Première ministre ... X'.
    (page("Discours de la Vice-Première ministre et ministre des Affaires étrangères Hadja Exemple au Conseil des "
          "droits de l'homme", "27 février 2023"),
     "Hadja Exemple", "Vice-Première ministre et ministre des Affaires étrangères"),
    # Czech: after the quotation and its verb, an adverbial, then the post in lower case and the name.
    ("Vláda České republiky\nTiskové zprávy\n5. 3. 2025\n\n„Lidská práva nejsou luxusem pro dobré časy,“ uvedla ve "
     "svém projevu v Ženevě zmocněnkyně vlády pro lidská práva Klára Příkladová.\n",
     "Klára Příkladová", "zmocněnkyně vlády pro lidská práva"),
    # Dutch: 'uitgesproken door de POST, ambassadeur X', the article in lower case and the State's adjective before
    # the post.
    ("Nieuws\n25 september 2025\n\nDe verklaring werd namens de drie landen uitgesproken door de Nederlandse "
     "permanente vertegenwoordiger in Genève, ambassadeur Anna van der Voorbeeld, tijdens de algemene discussie.\n",
     "Anna van der Voorbeeld", "Nederlandse permanente vertegenwoordiger in Genève"),
    # Hungarian: the name, surname first, then the post in lower case.
    ("Kormány\nHírek\n2024. március 12.\n\nSzijjártó Példa külügyminiszter az ENSZ Biztonsági Tanácsának ülésén "
     "kijelentette, hogy a béke a legfontosabb.\n", "Szijjártó Példa", "külügyminiszter"),
])
def test_news_items_in_spanish_dutch_french_and_hungarian(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker", [
    # A site's widget introducing its head of mission above a page whose title gives no speaker: a banner.
    (["Welcome to the website of the Permanent Mission", "Message from the Ambassador", "H.E. Mrs. Jane Example",
      "Statement at the Human Rights Council 52nd session, item 4", "12 March 2023"], None),
    (["Permanent Mission of Example", "Head of Mission", "Ambassador Jane Example", "Permanent Representative of "
      "Example", "Statement at the Human Rights Council 52nd session, item 4", "12 March 2023"], None),
    # The ambassador's message as the page itself: its author speaks.
    (["Message from the Ambassador", "H.E. Mrs. Jane Example", "12 March 2023"], "Jane Example"),
])
def test_a_banner_introducing_the_head_of_mission(lines, speaker):
    assert speaker_and_role(page(*lines))[0] == speaker


@pytest.mark.parametrize("text, role", [
    # A signature's post line opening with the rank and a comma is the post as written, rank and all.
    ("Letter\n\nI have the honour to transmit the annex.\n\nYours sincerely,\n\nRasa Example\nAmbassador, Resident "
     "Representative\n", "Ambassador, Resident Representative"),
    ("Carta\n\nTengo el honor de transmitirle el comunicado.\n\nAprovecho la oportunidad para reiterarle las "
     "seguridades de mi más alta consideración.\n(Firmado) Gonzalo Ejemplo Ferreira\nEmbajador, Representante "
     "Permanente\n", "Embajador, Representante Permanente"),
    # ... while a bare rank alone on its line above the post is the signatory's title.
    ("Letter\n\nI have the honour to transmit the annex.\n\nPlease accept the assurances of my highest "
     "consideration.\n\n(Signed)\nRasa Example\nAmbassador\nResident Representative\n", "Resident Representative"),
    # A heading keeps it: under the name, the post as written.
    (page("STATEMENT BY H.E. MR. SUMIO EXAMPLE", "AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN",
          "Geneva, 22 January 2009"), "AMBASSADOR, PERMANENT REPRESENTATIVE OF JAPAN"),
    # A Swedish title: the name's genitive 's' before the speech's noun is no part of the name.
    (page("Utrikesminister Karl-Erik Exempels anförande vid FN:s råd för mänskliga rättigheter",
          "Publicerat 27 februari 2023"), "Utrikesminister"),
])
def test_a_signatures_rank_and_a_nordic_genitive(text, role):
    assert speaker_and_role(text)[1] == role


def test_a_nordic_genitive_is_no_part_of_the_name():
    text = page("Utrikesminister Karl-Erik Exempels anförande vid FN:s råd för mänskliga rättigheter",
                "Publicerat 27 februari 2023")
    assert speaker_and_role(text)[0] == "Karl-Erik Exempel"


@pytest.mark.parametrize("text, speaker, role", [
    # Spanish heading: a mission's rank before the name is a title, the post after the name is the one given.
    (page("Intervención de la Ministra Consejera Lucía Ejemplo Mamani, Representante Permanente Alterna de Bolivia "
          "ante las Naciones Unidas", "19 de noviembre de 2025"),
     "Lucía Ejemplo Mamani", "Representante Permanente Alterna de Bolivia ante las Naciones Unidas"),
    # English heading: the same with 'Minister Counsellor' before the name.
    (page("Statement by Minister Counsellor Tomas Example, Deputy Permanent Representative of Exampleland to the "
          "United Nations, at the Third Committee", "4 October 2024"),
     "Tomas Example", "Deputy Permanent Representative of Exampleland to the United Nations"),
    # ... and a rank alone before the name, with no post after it, stays the post.
    (page("Statement by First Secretary Tomas Example at the Sixth Committee", "4 October 2024"),
     "Tomas Example", "First Secretary"),
    # A French post whose ministry lists its portfolios with commas runs on to the occasion.
    (page("Allocution de M. Karim Exemple, Secrétaire d'État auprès du ministre des Affaires étrangères, de la "
          "Migration et des Ressortissants à l'étranger, au segment de haut niveau du Conseil des droits de l'homme",
          "Genève, le 26 février 2025"),
     "Karim Exemple",
     "Secrétaire d'État auprès du ministre des Affaires étrangères, de la Migration et des Ressortissants à "
     "l'étranger"),
    # An English post with a colon list of its branch's tasks.
    (page("Statement by Ms Thandi Example, Director-General: Planning, Monitoring and Evaluation, at the "
          "High-level Political Forum", "16 July 2025"),
     "Thandi Example", "Director-General: Planning, Monitoring and Evaluation"),
    # A minister of a ministry named with three portfolios; a State after the post is no portfolio, but the State
    # the post serves, kept as written.
    (page("Statement by H.E. Ms. Jane Example, Minister of Foreign Affairs, Trade and Development, at the General "
          "Debate", "24 September 2025"), "Jane Example", "Minister of Foreign Affairs, Trade and Development"),
    (page("Statement by H.E. Mr. John Example, Minister of Foreign Affairs, Trinidad and Tobago, at the General "
          "Debate", "24 September 2025"), "John Example", "Minister of Foreign Affairs, Trinidad and Tobago"),
    # A French ministry naming its portfolios, an adjective in lower case among them.
    (page("Déclaration de S.E.M. Jean Exemple, Ministre des Affaires étrangères, de la Coopération africaine et "
          "des Ressortissants de l'Extérieur", "24 septembre 2025"),
     "Jean Exemple", "Ministre des Affaires étrangères, de la Coopération africaine et des Ressortissants de "
     "l'Extérieur"),
    # A Spanish post ending in its adjective ('Alterna'), then the rank and the name after a comma.
    (page("Intervención de la Representante Permanente Alterna, Embajadora María Ejemplo, en la Tercera Comisión",
          "24 de septiembre de 2025"), "María Ejemplo", "Representante Permanente Alterna"),
    # A post in brackets right after the name; a State there is no post.
    (page("Statement by Mr. Paul Example (Counsellor) at the Third Committee", "9 October 2024"),
     "Paul Example", "Counsellor"),
    (page("Statement by Mr. Paul Example (Ghana) at the Third Committee", "9 October 2024"), "Paul Example", None),
    # A bare name after the last 'by' ending a title; a State there is no speaker.
    (page("Statement at the Sixth Committee on Agenda Item 79 by Jane Example", "14 October 2025"),
     "Jane Example", None),
    (page("Statement at the Sixth Committee on Agenda Item 79 by Costa Rica", "14 October 2025"), None, None),
    # ... and the post after it, ending the title.
    (page("Statement at the Security Council Open Debate on Women, Peace and Security by Jane Example, Minister of "
          "Foreign Affairs", "24 October 2025"), "Jane Example", "Minister of Foreign Affairs"),
])
def test_ranks_before_the_name_listed_portfolios_and_bracketed_posts(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # Russian heading: the post and the State in the genitive, no name; the name line and its post below it.
    (page("Выступление Постоянного представителя Туркменистана на заседании Постоянного совета ОБСЕ",
          "Вена, 6 марта 2025 года", "Пример Примеров,",
          "Постоянный представитель Туркменистана при международных организациях в Вене", body="Уважаемый господин "
          "Председатель,\n\nПозвольте поблагодарить докладчика."),
     "Пример Примеров", "Постоянный представитель Туркменистана при международных организациях в Вене"),
    # A Russian news item: the quotation's verb gives the name, the lead gives the post before the genitive name.
    ("Министерство иностранных дел\nНовости\n14.03.2025\nАшхабад, 14 марта 2025 г.\n\nСегодня состоялась встреча "
     "заместителя министра иностранных дел Туркменистана Сердара Примерова с Координатором системы ООН.\n\n"
     "«Мы ценим наше сотрудничество», – подчеркнул Сердар Примеров.\n",
     "Сердар Примеров", "заместителя министра иностранных дел Туркменистана"),
    # An English release: after the quotation, the name and the post with its article.
    ("Press release\n24 September 2025\n\n\"We stand ready to work with all partners,\" said John Example, the "
     "Minister of Foreign Affairs.\n", "John Example", "Minister of Foreign Affairs"),
    # A French release: 'Le Ministre d'État chargé de ..., M. X, a prononcé ...'.
    ("Ministère des Affaires étrangères\nCommuniqués\nPublié le : 29 septembre 2025\n\nKigali, le 27 septembre 2025 "
     "– Le Ministre d'État chargé de la Coopération régionale, M. Jean Exemple Mugabo, a prononcé aujourd'hui la "
     "déclaration du pays lors du débat général.\n",
     "Jean Exemple Mugabo", "Ministre d'État chargé de la Coopération régionale"),
])
def test_russian_and_french_pages(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


def test_a_letters_title_below_a_hosts_page_title_gives_the_post():
    text = ("Documents > United Nations > Letters\nIdentical letters from the Permanent Observer of Exampleland, "
            "2 November 2023\n\nUnited Nations A/ES-10/1001-S/2023/841\nGeneral Assembly\nTenth emergency special "
            "session\nIdentical letters dated 2 November 2023 from the Permanent Observer of the State of Exampleland "
            "to the United Nations addressed to the Secretary-General\n\nI am compelled to write to you once again.\n")
    assert speaker_and_role(text) == (None, "Permanent Observer of the State of Exampleland to the United Nations")


def test_a_state_in_the_genitive_after_a_post_is_no_name():
    text = page("Выступление Постоянного представителя Туркменистана на заседании Постоянного совета ОБСЕ",
                "Вена, 6 марта 2025 года", body="Уважаемый господин Председатель,\n\nПозвольте поблагодарить.")
    assert speaker_and_role(text)[0] is None


@pytest.mark.parametrize("lines", [
    # A title answering another's words names the one answered, in English and in French.
    ["Right of reply to the statement made by the Minister of Foreign Affairs of Exampleland, Mr. John Example",
     "24 September 2025"],
    ["Réponse à la déclaration du Ministre des Affaires étrangères de l'Exempleland, M. Jean Exemple",
     "24 septembre 2025"],
    # A report someone else presented, a briefing the statement follows: the presenter, the briefer.
    ["Statement on the report presented by Special Rapporteur Jane Example", "24 September 2025"],
    ["Statement at the Security Council briefing by Under-Secretary-General Jane Example", "24 September 2025"],
    ["Statement following the briefing by John Example", "24 September 2025"],
    # A UN office holder a header's sentence honours, who opened the meeting: the occasion, not the speaker.
    ["News", "24 September 2025", "", "The President of the General Assembly, H.E. Mr. Philemon Example, opened the "
     "general debate on Tuesday. The delegation of Exampleland took part in the session."],
    # The one a title mourns or honours, and the sponsor of a draft the statement explains a vote on.
    ["Condolences on the passing of H.E. Mr. John Example, former Minister of Foreign Affairs", "24 September 2025"],
    ["Statement in honour of Ambassador Jane Example", "24 September 2025"],
    ["Explanation of vote on the resolution introduced by Ambassador Jane Example", "24 September 2025"],
    # A body that heard a briefing: the briefer is the occasion's speaker, not the page's.
    ["Meeting Coverage", "24 September 2025", "", "The Security Council today heard a briefing by Special Envoy Jane "
     "Example on the situation in the region."],
    # The post a title addresses, then its holder's name after a comma.
    ["Statement at the Interactive Dialogue with the Special Rapporteur, Ms. Jane Example", "24 September 2025"],
])
def test_another_named_in_the_title_is_no_speaker(lines):
    assert speaker_and_role(page(*lines)) == (None, None)


RUSSIAN_BODY = "Уважаемый господин Председатель,\n\nПозвольте поблагодарить докладчика за представленный доклад."


@pytest.mark.parametrize("text, speaker", [
    # A name in the genitive after the heading's post, written in the nominative further on: the nominative.
    (page("Выступление заместителя Министра иностранных дел Республики Беларусь Ивана Примерова на сессии Совета ООН "
          "по правам человека", "3 марта 2025 года",
          body=RUSSIAN_BODY + "\n\n«Мы поддерживаем этот процесс», – подчеркнул Иван Примеров."), "Иван Примеров"),
    (page("Выступление Официального представителя МИД Марии Примеровой на брифинге", "3 марта 2025 года",
          body=RUSSIAN_BODY + "\n\nМария Примерова ответила на вопросы журналистов."), "Мария Примерова"),
    # Written only in the genitive: the nominative where the ending allows one form only.
    (page("Выступление Постоянного представителя Российской Федерации при ООН В.А.Примерова на заседании Совета "
          "Безопасности ООН", "3 марта 2025 года", body=RUSSIAN_BODY), "В.А.Примеров"),
    (page("Выступление Постоянного представителя при ООН В.А.Примерчука на заседании Совета Безопасности ООН",
          "3 марта 2025 года", body=RUSSIAN_BODY), "В.А.Примерчук"),
    # ... an adjectival surname too; one of several possible nominatives ('-ого') is kept as written.
    (page("Выступление Постоянного представителя при ООН В.А.Примерского на заседании Совета Безопасности ООН",
          "3 марта 2025 года", body=RUSSIAN_BODY), "В.А.Примерский"),
    (page("Выступление Постоянного представителя при ООН В.А.Примерного на заседании Совета Безопасности ООН",
          "3 марта 2025 года", body=RUSSIAN_BODY), "В.А.Примерного"),
])
def test_a_russian_name_in_the_genitive_and_its_nominative(text, speaker):
    assert speaker_and_role(text)[0] == speaker


@pytest.mark.parametrize("text, speaker, role", [
    # A heading naming the speaker by initials and the surname in the genitive, over a text signed with the post
    # (its second line going on in lower case), then the rank and the name in full: the signature's.
    (page("Выступление Постоянного представителя Республики Беларусь И.П.Примерова на сессии Совета ООН по правам "
          "человека", "Женева, 3 марта 2025 года",
          body=RUSSIAN_BODY + "\n\nПостоянный представитель Республики Беларусь\nпри Отделении ООН в Женеве\n"
                              "посол Иван Петрович Примеров"),
     "Иван Петрович Примеров", "Постоянный представитель Республики Беларусь при Отделении ООН в Женеве"),
    # ... not where another person signs.
    (page("Выступление Постоянного представителя Республики Беларусь И.П.Примерова на сессии Совета ООН по правам "
          "человека", "Женева, 3 марта 2025 года",
          body=RUSSIAN_BODY + "\n\nСоветник\nАнна Сергеевна Другова"),
     "И.П.Примеров", "Постоянного представителя Республики Беларусь"),
])
def test_a_heading_by_initials_over_a_signature_in_full(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


LETTER_BODY = ("I have the honour to refer to the situation in the region. I should be grateful if you would have the "
               "present letter circulated as a document of the Security Council.")


@pytest.mark.parametrize("text, speaker, role", [
    # A verbatim record numbers its paragraphs: the first one given to a delegate, not to the chair.
    (page("GENERAL ASSEMBLY", "1956th PLENARY MEETING", "Wednesday, 13 October 1971",
          body="1. The PRESIDENT: I call on the representative of Sri Lanka in exercise of the right of reply.\n\n"
               "2. Mr. EXAMPLEDOR (Sri Lanka): I wish to reply to the statement made this morning."),
     "Exampledor", None),
    # A summary record tells the delegate's words in the third person; the chair above is no speaker.
    (page("THIRD COMMITTEE", "Summary record of the 35th meeting", "Chairman: Mr. OLAFSSON (Iceland)",
          body="1. Mr. EXAMPLEDOR (Ceylon), speaking in exercise of the right of reply, said that the statement "
               "was regrettable."), "Exampledor", None),
    # An edition of archival papers brackets the signatory's surname after the post in the title.
    (page("245. Letter From the Permanent Representative of Ceylon to the United Nations (Example) to the "
          "Secretary-General", "New York, July 29, 1958.",
          body="Dear Mr. Secretary-General,\n\n" + LETTER_BODY + "\n\nSincerely yours,\n\nR.S.S. Example"),
     "R.S.S. Example", "Permanent Representative of Ceylon to the United Nations"),
    # A headline sets the speaker before a dash, then the speech's title.
    (page("Prime Minister Luvsan Example – Address to the 78th UN General Assembly"), "Luvsan Example",
     "Prime Minister"),
    # A host's field names the speaker in French, the Special Rapporteur of the title above it being the occasion.
    (page("Conseil des droits de l'homme, 52e session", "Dialogue interactif avec le Rapporteur spécial, M. Paul "
          "Example", "Orateur : Jean Exemple, Conseiller", body="Monsieur le Président,\n\nMerci."),
     "Jean Exemple", "Conseiller"),
    # ... in German.
    (page("Rede im Sicherheitsrat", "Redner: Staatsminister Tobias Example", body="Herr Präsident,\n\nvielen Dank."),
     "Tobias Example", "Staatsminister"),
    # ... and a panel's plural list names no one speaker.
    (page("Side event on oceans", "Speakers: Anna Example, Paul Example, Maria Example",
          "Human Rights Council 52nd session"), None, None),
    # A metadata block gives the post its own field under the speaker's.
    (page("Home > Statements", "Speaker: H.E. Mr. John Example", "Position: Minister of Foreign Affairs",
          "Date: 21 September 2022"), "John Example", "Minister of Foreign Affairs"),
    (page("Home > Statements", "Speaker: John Example", "Designation: Permanent Representative",
          "Date: 21 September 2022"), "John Example", "Permanent Representative"),
    # A UN verbatim record's masthead ('Official Records', the President's field) names no speaker; the first
    # delegate given the floor does.
    (page("United Nations A/68/PV.15", "General Assembly", "Sixty-eighth session", "15th plenary meeting",
          "Wednesday, 9 October 2013, 10 a.m.", "New York", "Official Records",
          "President: Mr. Example . . . . . . . . (Antigua and Barbuda)",
          body="The President: I now call on the representative of Iran.\n\nMr. Exampli (Iran): I wish to exercise "
               "my right of reply."), "Exampli", None),
])
def test_records_archives_and_host_fields(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A Czech ministry's news item: the post in lower case before the name.
    (page("Aktuality", "Ministr Příklad vystoupil v Radě bezpečnosti OSN", "12.06.2023",
          body="Ministr zahraničních věcí Jan Příklad vystoupil v úterý na otevřené debatě Rady bezpečnosti OSN."),
     "Jan Příklad", "Ministr zahraničních věcí"),
    # A Turkish headline: the UN's Turkish acronym and organ after the name are no part of it.
    (page("Haberler", "Dışişleri Bakan Yardımcısı Büyükelçi Ahmet Örnek BM Güvenlik Konseyi'nde konuştu",
          "12 Haziran 2023", body="Dışişleri Bakan Yardımcısı Büyükelçi Ahmet Örnek, BM Güvenlik Konseyi'nin açık "
                                  "oturumuna katıldı."), "Ahmet Örnek", "Dışişleri Bakan Yardımcısı"),
    # A Portuguese lead: the article before the post, the rank before the name.
    (page("Notícias", "Chanceler participa de debate no Conselho de Segurança", "12/06/2023",
          body="O Ministro das Relações Exteriores, Embaixador Mauro Exemplo, participou hoje do debate aberto do "
               "Conselho de Segurança das Nações Unidas."), "Mauro Exemplo", "Ministro das Relações Exteriores"),
    # Swedish and Danish headings: the speech 'of' the minister.
    (page("Anförande av utrikesminister Tobias Exempel vid FN:s generalförsamling",
          body="Herr ordförande,\n\nTack."), "Tobias Exempel", "utrikesminister"),
    (page("Tale af udenrigsminister Lars Eksempel i FN's Sikkerhedsråd", body="Hr. formand,\n\nTak."),
          "Lars Eksempel", "udenrigsminister"),
])
def test_news_leads_in_more_languages(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


def test_who_read_out_another_s_statement_delivered_it():
    """A minister's statement read out by the ambassador: the speaker is the one who delivered it."""
    text = page("Statement by H.E. Ms. Jane Example, Minister of Foreign Affairs of Iceland, read by Ambassador John "
                "Example")
    assert speaker_and_role(text) == ("John Example", None)


@pytest.mark.parametrize("lines", [
    # A side event's moderator, named in a field, is not the speaker.
    ["High-level side event on food security", "Moderator: Ms. Jane Example, Director, FAO Liaison Office",
     "12 June 2023"],
    # The one who chairs the open debate the heading names.
    ["Security Council open debate on climate and security, chaired by H.E. Mr. John Example, Minister of Foreign "
     "Affairs of Examplia", "Statement by the Permanent Mission of Ghana"],
    # Another page's headline the site links to above the title.
    ["Permanent Mission of Mongolia to the United Nations", "Latest news: Ambassador Bat Example presents "
     "credentials to the Secretary-General", "Statement at the Security Council open debate on climate and security",
     "Posted 12 June 2023"],
])
def test_chairs_moderators_and_linked_headlines_are_no_speakers(lines):
    assert speaker_and_role(page(*lines)) == (None, None)


RELEASE_HEAD = ("Ministry of Foreign Affairs", "Press Releases", "Nigeria calls for reform", "12 June 2023")


@pytest.mark.parametrize("body, speaker, role", [
    # A view attributed ('according to', 'selon') is no report of who spoke: a statement cites officials so.
    ("The Security Council must be reformed to reflect current realities, according to Foreign Minister Yusuf "
     "Example of Norland.", None, None),
    # The UN's office holders as a Spanish release names them are no speaker; the ambassador reported after is.
    ("Según el Alto Comisionado Volker Example, la situación es grave. El Embajador Julio Ejemplo intervino en el "
     "debate.", "Julio Ejemplo", None),
    # Two people joined in one sentence: no one speaker.
    ("Foreign Minister Yusuf Example and Ambassador Tijjani Example attended the General Assembly debate on Security "
     "Council reform.", None, None),
])
def test_views_attributed_and_people_joined(body, speaker, role):
    assert speaker_and_role(page(*RELEASE_HEAD, body=body)) == (speaker, role)


TRANSMITTING = ("Letter dated 3 May 2021 from the Permanent Representative of Examplia to the United Nations addressed "
                "to the Secretary-General")


@pytest.mark.parametrize("body, speaker, role", [
    # The only signature stands under the annex: the annex's author, not the letter's signatory (cut off).
    ("I have the honour to transmit herewith a letter from H.E. Mr. John Example, President of Examplia.\n\nAnnex\n\n"
     "Excellency,\n\nI write to you regarding the situation.\n\n(Signed) John Example\nPresident of Examplia",
     None, "Permanent Representative of Examplia to the United Nations"),
    # The letter's own signature above the annex's.
    ("I have the honour to transmit herewith a letter from the President of Examplia.\n\n(Signed) Jane Example\n"
     "Permanent Representative\n\nAnnex to the letter dated 3 May 2021\n\nExcellency,\n\nI write to you.\n\n"
     "(Signed) John Example\nPresident of Examplia", "Jane Example",
     "Permanent Representative of Examplia to the United Nations"),
])
def test_a_letter_s_signature_is_above_its_annex(body, speaker, role):
    assert speaker_and_role(page(TRANSMITTING, body=body)) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A Spanish UN document's title names the signatory last, after 'por el'; the title's post is the fuller one.
    ("Carta de fecha 3 de mayo de 2021 dirigida al Secretario General por el Representante Permanente de Chile ante "
     "las Naciones Unidas\n\nTengo el honor de dirigirme a usted.\n\n(Firmado) Ana María Ejemplo Soto\nEmbajadora\n"
     "Representante Permanente", "Ana María Ejemplo Soto",
     "Representante Permanente de Chile ante las Naciones Unidas"),
    # ... and a French one, after 'par le'.
    ("Lettre datée du 3 mai 2021, adressée au Secrétaire général par le Représentant permanent de la France auprès "
     "de l'Organisation des Nations Unies\n\nJ'ai l'honneur de vous faire tenir ci-joint le texte.\n\n(Signé) "
     "Jean-Pierre Exemple\nReprésentant permanent", "Jean-Pierre Exemple",
     "Représentant permanent de la France auprès de l'Organisation des Nations Unies"),
    # A Spanish chargé d'affaires, the signature cut off: the post from the title.
    ("Carta de fecha 3 de mayo de 2021 dirigida a la Presidenta del Consejo de Seguridad por la Encargada de Negocios "
     "Interina de la Misión Permanente de Bolivia ante las Naciones Unidas\n\nTengo el honor de dirigirme a usted.",
     None, "Encargada de Negocios Interina de la Misión Permanente de Bolivia ante las Naciones Unidas"),
])
def test_letters_titled_in_spanish_and_french(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


def test_a_speaker_who_introduces_themself():
    """Youth delegates and civil society open with their name: 'My name is X, and I am the Youth Delegate of Y'."""
    text = page("Youth Delegate Statement", "Third Committee, 78th session", "3 October 2023",
                body="Thank you, Chair. My name is Jane Example, and I am the Youth Delegate of Examplia to the United "
                     "Nations.")
    assert speaker_and_role(text) == ("Jane Example", "Youth Delegate of Examplia to the United Nations")


@pytest.mark.parametrize("lead, speaker", [
    # A news item's lead opens on the titles Bhutan, Malaysia and Fiji confer, where English writes 'Sir': the Prime
    # Minister's 'Lyonchhen' and the honour 'Dasho' ...
    ("Lyonchhen Dasho Kinzang Example addressed the plenary of the Third United Nations Conference on Landlocked "
     "Developing Countries (LLDC3) in Awaza, Turkmenistan, on 6 August 2025.", "Kinzang Example"),
    # ... 'Dato' Seri' ...
    ("Dato' Seri Anwar Example delivered Malaysia's national statement at the General Debate on 26 September 2025.",
     "Anwar Example"),
    # ... and the Fijian chief's 'Ratu'.
    ("Ratu Example Kamikamica addressed the Ocean Conference in Nice on 10 June 2025.", "Example Kamikamica"),
])
def test_a_news_lead_opening_on_a_conferred_title_names_the_speaker(lead, speaker):
    text = ("Cabinet Secretariat\nRoyal Government of Examplia\nHome\nAbout\nThe Cabinet\nLyonchhen\nNews & Events\n"
            "Contact\nHome > News & Events\nLyonchhen highlights the cost of being landlocked at LLDC3 in Awaza\n"
            "07 Aug, 2025 | Cabinet Secretariat | News & Events\n" + lead + "\nIn his statement, Lyonchhen said that "
            "every container of goods travels hundreds of kilometres by road before it reaches a port.\n")
    assert speaker_and_role(text)[0] == speaker


@pytest.mark.parametrize("line, speaker", [
    # A monarch's style and title before the name are no part of it.
    ("Address by His Majesty King Abdullah II ibn Example at the General Debate of the 78th Session",
     "Abdullah II ibn Example"),
    # ... nor a cardinal's or a pope's.
    ("Statement by His Eminence Cardinal Pietro Example, Secretary of State of the Holy See, at the General Debate",
     "Pietro Example"),
    ("Address of His Holiness Pope Francis to the Members of the General Assembly", "Francis"),
    # Given names that are also titles elsewhere stay names.
    ("Statement by H.E. Mr. Amir Saeid Example, Ambassador and Permanent Representative of the Islamic Republic of "
     "Iran", "Amir Saeid Example"),
    ("Statement by H.E. Dr. Sultan Ahmed Example, Minister of Industry of the United Arab Emirates",
     "Sultan Ahmed Example"),
])
def test_royal_and_religious_styles(line, speaker):
    assert speaker_and_role(page(line))[0] == speaker


@pytest.mark.parametrize("line, speaker, role", [
    # French sites write the post in lower case, a woman's rank as 'ambassadrice'.
    ("Intervention de Mme Anne Exemple, ambassadrice, représentante permanente de la France auprès de l'ONU à Genève",
     "Anne Exemple", "ambassadrice, représentante permanente de la France auprès de l'ONU à Genève"),
    # ... and the head of a delegation as 'chef de la délégation'.
    ("Intervention de M. Jean Exemple, chef de la délégation du Bénin, au Conseil des droits de l'homme",
     "Jean Exemple", "chef de la délégation du Bénin"),
])
def test_french_posts_in_lower_case(line, speaker, role):
    assert speaker_and_role(page(line, body="Monsieur le Président,\n\nMerci.")) == (speaker, role)


def test_a_portuguese_heading_with_senhor():
    """'Discurso do Senhor X, Chefe da Delegação de Y': the speech's noun and the courtesy title are no name."""
    text = page("Discurso do Senhor João Exemplo, Chefe da Delegação de Angola, na Assembleia Geral",
                body="Senhor Presidente,\n\nObrigado.")
    assert speaker_and_role(text) == ("João Exemplo", "Chefe da Delegação de Angola")


@pytest.mark.parametrize("text, speaker, role", [
    # A German post names the ministry it serves in with 'im': part of the post, not the occasion.
    (page("Auswärtiges Amt", "Rede von Staatsministerin im Auswärtigen Amt Katja Beispiel im Sicherheitsrat",
          "12.06.2023", body="Herr Präsident,\n\nvielen Dank."), "Katja Beispiel",
     "Staatsministerin im Auswärtigen Amt"),
    # A German post in the genitive after 'Rede des' is no name: the ambassador named after it speaks, and the post
    # is kept as written, as a Russian heading's is.
    (page("Rede des Ständigen Vertreters Deutschlands bei den Vereinten Nationen, Botschafter Hans Beispiel, im "
          "Sicherheitsrat", body="Herr Präsident,\n\nvielen Dank."), "Hans Beispiel",
     "Ständigen Vertreters Deutschlands bei den Vereinten Nationen"),
    # French, Spanish and Indonesian headings: an opening address, a message, a speech ('pidato').
    (page("Allocution d'ouverture de S.E.M. Jean Exemple, Président de la Conférence",
          body="Monsieur le Président,\n\nMerci."), "Jean Exemple", "Président de la Conférence"),
    (page("Mensaje del Presidente Luis Ejemplo a la Asamblea General", body="Señor Presidente:\n\nGracias."),
     "Luis Ejemplo", "Presidente"),
    (page("Pidato Menteri Luar Negeri Retno Contoh pada Sidang Majelis Umum PBB", body="Bapak Presiden,\n\nTerima "
          "kasih."), "Retno Contoh", "Menteri Luar Negeri"),
    # A Portuguese secretary of State, the accent on her title.
    (page("Intervenção da Senhora Ana Exemplo, Secretária de Estado dos Negócios Estrangeiros",
          body="Senhor Presidente,\n\nObrigado."), "Ana Exemplo", "Secretária de Estado dos Negócios Estrangeiros"),
    # The chair of the body named in a field ('Presidente del Consejo ...: Embajador X') is no speaker.
    (page("Intervención de la Misión Permanente de México en el Diálogo Interactivo con el Relator Especial",
          "Presidente del Consejo de Derechos Humanos: Embajador Vaclav Otro", body="Señor Presidente:\n\nGracias."),
     None, None),
    # A German State Secretary and Permanent Representative before the name are posts, not the name's first words.
    (page("Auswärtiges Amt", "Staatssekretär Thomas Beispiel im VN-Sicherheitsrat", "12.03.2025",
          body="Der Rat tagte zur Lage in der Ukraine."), "Thomas Beispiel", "Staatssekretär"),
    (page("Auswärtiges Amt", "Im VN-Sicherheitsrat", "12.03.2025", body="Die Ständige Vertreterin Anna Beispiel hat "
          "heute im Sicherheitsrat gesprochen."), "Anna Beispiel", "Ständige Vertreterin"),
    # ... and a Swedish State Secretary.
    (page("Regeringskansliet", "I säkerhetsrådet", "12 mars 2025", body="Statssekreterare Anna Exempel deltog i dag i "
          "säkerhetsrådets debatt."), "Anna Exempel", "Statssekreterare"),
    # A post after the name with its article ('Ms. X, the Deputy Permanent Representative of Y, at ...').
    (page("Statement by Ms. Ama Example, the Deputy Permanent Representative of Ghana, at the Third Committee",
          "10 October 2024"), "Ama Example", "Deputy Permanent Representative of Ghana"),
    # A name closing a bracket ('(delivered by Ms. X)'), and a Spanish name's particles 'de los'.
    (page("Intervention by Ghana (delivered by Ms. Ama Example)", "Human Rights Council", "12 March 2025"),
     "Ama Example", None),
    (page("Statement by Ms. María de los Ángeles García, Minister Counsellor", "12 March 2025"),
     "María de los Ángeles García", "Minister Counsellor"),
    # A delegation's post named alone after 'by the', its 'of' unsaid: the post, and no name.
    (page("Remarks by the Deputy Permanent Representative at the Security Council", "12 March 2025"), None,
     "Deputy Permanent Representative"),
    (page("Statement delivered by the Chargé d'affaires a.i.", "Security Council", "12 March 2025"), None,
     "Chargé d'affaires a.i."),
    # ... but not a chair's: 'by the Chair' names no delegation's post.
    (page("Closing remarks by the Chair at the Security Council", "12 March 2025"), None, None),
    # A line naming the State over the line naming who delivered: the post stays with the name.
    (page("Security Council briefing on Sudan", "Statement by Ghana", "Delivered by the Permanent Representative, "
          "Ambassador Kwame Example", "12 March 2025"), "Kwame Example", "Permanent Representative"),
    # A host's 'Title:' field under the speaker's.
    (page("Statement at the Third Committee", "Delivered by: Ms. Ama Example", "Title: Deputy Permanent Representative",
          "Date: 10 October 2024"), "Ama Example", "Deputy Permanent Representative"),
    # A French secretary-general's post: 'Général' is no name.
    (page("Actualités", "Le Secrétaire général à Genève", "14 mars 2025", body="Le Secrétaire Général du Ministère des "
          "Affaires étrangères, M. Ousmane Exemple, a présenté la candidature du pays."), "Ousmane Exemple",
     "Secrétaire Général du Ministère des Affaires étrangères"),
    # An ambassador's full rank on a line of its own below the name opens the post ('Extraordinary' is no name).
    (page("Statement by H.E. Mr. Kazuyuki Example", "Ambassador Extraordinary and Plenipotentiary",
          "Permanent Representative of Japan to the United Nations", "12 March 2025"), "Kazuyuki Example",
     "Ambassador Extraordinary and Plenipotentiary, Permanent Representative of Japan to the United Nations"),
    # A Croatian and a Serbian ministry's lead: the post before the name, the verb after it.
    (page("Vijesti", "Državni tajnik u Vijeću sigurnosti UN-a", "12.03.2025.", body="Državni tajnik Ivan Horvat "
          "sudjelovao je danas na otvorenoj raspravi Vijeća sigurnosti UN-a u New Yorku."), "Ivan Horvat",
     "Državni tajnik"),
    (page("Vesti", "Ministar u Savetu bezbednosti", "12.03.2025.", body="Ministar spoljnih poslova Marko Petrović "
          "obratio se danas Savetu bezbednosti UN u Njujorku."), "Marko Petrović", "Ministar spoljnih poslova"),
    # A head of government's title opens the post as 'Prime Minister' does: Dutch, Slovak, Albanian.
    (page("Nieuwsbericht | 26-09-2025", "Voorbeeld in New York: 'Daden, niet woorden'", body="Minister-president Jan "
          "Willem Voorbeeld heeft donderdag 25 september 2025 in New York de landen van de Verenigde Naties "
          "opgeroepen hun beloften na te komen."), "Jan Willem Voorbeeld", "Minister-president"),
    (page("Príhovor predsedu vlády SR na 80. zasadnutí Valného zhromaždenia OSN", "Marek Príklad, predseda vlády "
          "Slovenskej republiky", "New York, 24. septembra 2025", body="Vážený pán predsedajúci,\n\nďakujem."),
     "Marek Príklad", "predseda vlády Slovenskej republiky"),
    (page("Fjalimi i Kryeministrit në Këshillin e Sigurimit", "20 shtator 2025", body="Kryeministri Arben Shembull "
          "foli sot në debatin e nivelit të lartë të Këshillit të Sigurimit të OKB-së në New York."),
     "Arben Shembull", "Kryeministri"),
    # A Turkish title's genitive ending, set off by an apostrophe, is no part of the name.
    (page("Büyükelçi Ahmet Örnek'in BM Güvenlik Konseyi'nde yaptığı konuşma", "12 Mart 2025",
          body="Sayın Başkan,\n\nTeşekkür ederim."), "Ahmet Örnek", None),
    # A Romanian title puts the rank in the genitive before the name ('Intervenția Ambasadorului X'): a bare rank,
    # the post is the one after the name; 'în' opens the occasion, no name.
    (page("Intervenția Ambasadorului Ion Popescu, Reprezentantul Permanent al României la ONU, în Consiliul de "
          "Securitate", "12 martie 2025", body="Domnule Președinte,\n\nVă mulțumesc."), "Ion Popescu",
     "Reprezentantul Permanent al României la ONU"),
    (page("Discursul Secretarului de Stat în cadrul Segmentului la Nivel Înalt al Consiliului ONU pentru Drepturile "
          "Omului", "24 februarie 2025", body="Domnule Președinte,\n\nVă mulțumesc."), None, None),
])
def test_headings_in_german_french_spanish_and_indonesian(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # A Portuguese heading: the permanent representative's post in full, then the ambassador's name.
    ("Intervenção do Representante Permanente do Brasil junto às Nações Unidas, Embaixador Sérgio Exemplo, no "
     "Conselho de Segurança", "Sérgio Exemplo", "Representante Permanente do Brasil junto às Nações Unidas"),
    # ... a rank right before the name.
    ("Discurso do Presidente Luiz Exemplo na abertura da 78ª Assembleia Geral das Nações Unidas", "Luiz Exemplo",
     "Presidente"),
    ("Declaração da Secretária de Estado Ana Exemplo", "Ana Exemplo", "Secretária de Estado"),
    # ... a secretary-general of the ministry, hyphenated.
    ("Discurso da Secretária-Geral das Relações Exteriores, Embaixadora Maria Exemplo, no Conselho de Direitos "
     "Humanos", "Maria Exemplo", "Secretária-Geral das Relações Exteriores"),
])
def test_portuguese_headings(line, speaker, role):
    assert speaker_and_role(page(line, body="Senhor Presidente,\n\nObrigado.")) == (speaker, role)


def test_an_italian_post_serving_presso_the_un():
    """'Rappresentante Permanente d'Italia presso le Nazioni Unite': 'd'Italia' is the State, not a name, and
    'presso le Nazioni Unite' is where the post serves, not the occasion."""
    text = page("Intervento del Rappresentante Permanente d'Italia presso le Nazioni Unite, Ambasciatore Maurizio "
                "Esempio, al Consiglio di Sicurezza", body="Signor Presidente,\n\ngrazie.")
    assert speaker_and_role(text) == ("Maurizio Esempio", "Rappresentante Permanente d'Italia presso le Nazioni Unite")


@pytest.mark.parametrize("text, speaker, role", [
    # A Catalan heading: 'a càrrec de' the speaker, the elided article before the honorific, the post in lower case;
    # the post's seat repeated by the dateline the page runs into it is the dateline's.
    (page("INTERVENCIÓ", "59è període de sessions del Consell de Drets Humans",
          body="Intervenció a càrrec de l'Excma. Sra. Marta Exemple Fiter, ambaixadora, representant permanent del "
               "Principat d'Andorra davant l'Oficina de les Nacions Unides a Ginebra Ginebra, 17 de juny del 2025 "
               "Senyor president, Andorra agraeix a la relatora especial el seu informe."),
     "Marta Exemple Fiter", "ambaixadora, representant permanent del Principat d'Andorra davant l'Oficina de les "
                            "Nacions Unides a Ginebra"),
    # A Catalan release: the ministry's elided name ('d'Afers Exteriors') and the Council of Europe are no names.
    (page("NOTA DE PREMSA", "La ministra d'Afers Exteriors reafirma a Luxemburg el compromís d'Andorra amb el Consell "
          "d'Europa", body="La ministra d'Afers Exteriors, Laia Exemple Armengol, ha participat avui a la sessió."),
     "Laia Exemple Armengol", "ministra d'Afers Exteriors"),
    # A retired officer's rank before the name; the national agency he directs, its acronym in brackets, in the post.
    (page("Statement by Zimbabwe on Article 5 Implementation", "Delivered by Colonel (Rtd) Nyasha Example, Director, "
          "Zimbabwe Mine Action Centre (ZIMAC)", "Geneva, 18 June 2025", body="Mr. President,\n\nThank you."),
     "Nyasha Example", "Director, Zimbabwe Mine Action Centre (ZIMAC)"),
    # A document host's citation field quotes the letter's title and the archive's name: no speaker there.
    (page("Letter from the Permanent Representative of Uzbekistan to the United Nations to the Secretary-General",
          'Citation: "Letter from the Permanent Representative of Uzbekistan to the United Nations to the '
          'Secretary-General," September 28, 1993, History and Public Policy Program Digital Archive, United Nations '
          'Archives and Records Management Section.',
          body="Excellency,\n\nI have the honour to transmit herewith the passage.\n\n(Signed) Bakhodir Example\n"
               "Permanent Representative of the Republic of Uzbekistan to the United Nations"),
     "Bakhodir Example", "Permanent Representative of the Republic of Uzbekistan to the United Nations"),
    # An Arabic release names the post first, then the rank and the name, set off by a comma.
    (page("الأخبار", "المملكة أمام الدورة الـ58 لمجلس حقوق الإنسان",
          body="جاء ذلك في كلمة المملكة التي ألقاها المندوب الدائم للمملكة لدى مكتب الأمم المتحدة في جنيف السفير تركي "
               "بن عبدالله المثال، خلال الحوار التفاعلي."),
     "تركي بن عبدالله المثال", "المندوب الدائم للمملكة لدى مكتب الأمم المتحدة في جنيف"),
])
def test_conventions_of_new_sites(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # Brunei's chain of titles before the name; 'Haji' inside the patronymic stays; a post at the Prime Minister's
    # Office keeps its 'at'.
    ("Statement by Yang Berhormat Pehin Orang Kaya Seri Kerna Dato Seri Setia Haji Awang Rahman bin Haji Abu Bakar, "
     "Minister at the Prime Minister's Office and Minister of Foreign Affairs II", "Rahman bin Haji Abu Bakar",
     "Minister at the Prime Minister's Office and Minister of Foreign Affairs II"),
    ("Statement by Dato Paduka Haji Ahmad Example bin Haji Ali, Permanent Representative of Brunei Darussalam to the "
     "United Nations", "Ahmad Example bin Haji Ali",
     "Permanent Representative of Brunei Darussalam to the United Nations"),
    ("Statement by Dayang Siti Example binti Abdullah, Second Secretary", "Siti Example binti Abdullah",
     "Second Secretary"),
    # Bhutan's titles: 'Lyonpo' (minister), 'Dasho'.
    ("Statement by His Excellency Lyonpo Dorji Example, Minister for Foreign Affairs and External Trade of Bhutan",
     "Dorji Example", "Minister for Foreign Affairs and External Trade of Bhutan"),
    ("Statement by Dasho Karma Example, Ambassador and Permanent Representative of Bhutan to the United Nations",
     "Karma Example", "Ambassador and Permanent Representative of Bhutan to the United Nations"),
    # Portuguese 'Sua Excelência o' before the post, the name after a comma.
    ("Discurso de Sua Excelência o Primeiro-Ministro, Xanana Exemplo, no Debate Geral da 80.ª Sessão",
     "Xanana Exemplo", "Primeiro-Ministro"),
    ("Intervenção de Sua Excelência o Ministro dos Negócios Estrangeiros e Cooperação, Bendito Exemplo, na "
     "Assembleia Geral", "Bendito Exemplo", "Ministro dos Negócios Estrangeiros e Cooperação"),
    # A Croatian post with the State's name in the genitive before the name: the State's words, not the name's.
    ("Strasbourg, 17. svibnja 2024. - Ministar vanjskih i europskih poslova Republike Hrvatske Tomislav Primjer "
     "sudjelovao je danas na 133. zasjedanju Odbora ministara Vijeća Europe.", "Tomislav Primjer",
     "Ministar vanjskih i europskih poslova Republike Hrvatske"),
    # A Bosnian State's name in the genitive, joined by 'i', is no part of the name (none rather than a wrong one).
    ("Ministar vanjskih poslova Bosne i Hercegovine Elmedin Primjer učestvovao je na sastanku", None, None),
])
def test_titles_of_brunei_bhutan_timor_leste_and_bosnia(line, speaker, role):
    assert speaker_and_role(page(line)) == (speaker, role)


@pytest.mark.parametrize("line, speaker, role", [
    # Haitian Creole headings: the speech's noun, the post, the name after a comma; the Council after 'nan' is the
    # occasion, not a name.
    ("Deklarasyon Minis Afè Etranjè a, Jean Exemple, nan Konsèy Sekirite a", "Jean Exemple", "Minis Afè Etranjè a"),
    ("Diskou Anbasadè Marie Exemple, Reprezantan Pèmanan Ayiti nan Nasyonzini", "Marie Exemple",
     "Reprezantan Pèmanan Ayiti nan Nasyonzini"),
])
def test_haitian_creole_headings(line, speaker, role):
    assert speaker_and_role(page(line, body="Mesye Prezidan,\n\nMèsi.")) == (speaker, role)


@pytest.mark.parametrize("lines, role", [
    # A heading naming the speaker by post alone: the post in full, no name.
    (["Statement by the Permanent Representative of Bhutan to the United Nations at the Human Rights Council",
      "12 June 2023"], "Permanent Representative of Bhutan to the United Nations"),
    (["Statement at the Human Rights Council", "Delivered by the Deputy Permanent Representative of Bhutan",
      "12 June 2023"], "Deputy Permanent Representative of Bhutan"),
    # ... not a bare rank, nor a description ('the representative of X').
    (["Remarks by the Chair at the opening of the session", "12 June 2023"], None),
    (["Statement by the representative of the Russian Federation", "12 June 2023"], None),
])
def test_a_post_named_alone(lines, role):
    assert speaker_and_role(page(*lines)) == (None, role)


def test_a_survivor_quoted_in_a_statement_is_no_speaker():
    """'... told us: “My name is X”': the statement quotes another's words, it does not introduce its speaker."""
    text = page("Statement by Ghana", "Human Rights Council", "12 June 2023",
                body="Mr. President,\n\nLast year a survivor told us: “My name is Amina Example, and I lost "
                     "everything.” We must act.")
    assert speaker_and_role(text) == (None, None)


@pytest.mark.parametrize("lines, speaker, role", [
    # Burmese 'U' (and 'Daw' for women) is an honorific before the name, not part of it.
    (["Statement delivered by U Aung Example, Permanent Representative of Myanmar to the United Nations",
      "New York, 4 March 2025"], "Aung Example", "Permanent Representative of Myanmar to the United Nations"),
    (["Statement by Daw Khin Example, Deputy Permanent Representative of Myanmar", "4 March 2025"],
     "Khin Example", "Deputy Permanent Representative of Myanmar"),
    # Nicaragua's 'Compañera' / 'Compañero' before a name is a form of address.
    (["Delivered by Compañero Carlos Ejemplo Ruiz, Ambassador of Nicaragua to the OAS", "9 May 2025"],
     "Carlos Ejemplo Ruiz", "Ambassador of Nicaragua to the OAS"),
    # 'St.' (Saint) inside a Caribbean surname: its full stop does not end the name.
    (["General Assembly", "Delivered by Ms. Anne St. Example, Minister Counsellor", "New York, 2 May 2025"],
     "Anne St. Example", "Minister Counsellor"),
    # A junior minister's post names the ministry he serves in with 'in the Ministry of'.
    (["Statement by Hon. Paul Example", "Minister of State in the Ministry of Finance", "Geneva, 3 May 2024"],
     "Paul Example", "Minister of State in the Ministry of Finance"),
    # A ministry's portfolio listed with commas, in a heading set in capitals, closes on 'AND'.
    (["REMARKS BY THE HONOURABLE JANE EXAMPLE, MINISTER OF FOREIGN AFFAIRS, TRADE AND ENERGY, AT THE OPENING OF THE "
      "REGIONAL MEETING", "3 MAY 2024"], "Jane Example", "MINISTER OF FOREIGN AFFAIRS, TRADE AND ENERGY"),
    # The post before an honoured name, set off by a comma ('POST, Ambassador NAME').
    (["Permanent Representative of Grenada to the United Nations, Ambassador Mary Example", "General Debate",
      "New York, 28 April 2025"], "Mary Example", "Permanent Representative of Grenada to the United Nations"),
    # 'Head of Delegation' before the name is the speaker's part at the meeting; the post after the name is held.
    (["STATEMENT BY THE HEAD OF DELEGATION OF GHANA, MR. KOFI EXAMPLE, DEPUTY MINISTER OF FOREIGN AFFAIRS, AT THE "
      "REVIEW CONFERENCE", "New York, 28th April 2026"], "Kofi Example", "DEPUTY MINISTER OF FOREIGN AFFAIRS"),
    # ... also when the heading names the head of delegation on its own line and the post under the name.
    (["Statement by the Head of Delegation", "H.E. Mr. Kofi Example", "Deputy Minister of Trade", "12 May 2025"],
     "Kofi Example", "Deputy Minister of Trade"),
    # A line naming a person behind an honorific is no post of the line above ('Universal Periodic Review' is no one).
    (["Universal Periodic Review", "Head of Delegation, H.E. Mr. Kofi Example, Deputy Minister of Trade",
      "12 May 2025"], "Kofi Example", "Deputy Minister of Trade"),
    # A permanent secretary's division in brackets belongs to the post, as Commonwealth civil services write it.
    (["Statement by Ms. Ruth Example, Permanent Secretary (Trade and Industry), at the Committee",
      "New York, 28 April 2026"], "Ruth Example", "Permanent Secretary (Trade and Industry)"),
    # Other forms: Spanish 'Doña', Russian 'г-н', Indonesian 'Bapak' before the name.
    (["Intervención de Doña Ana Ejemplo, Embajadora de Chile ante las Naciones Unidas", "9 mayo 2025"],
     "Ana Ejemplo", "Embajadora de Chile ante las Naciones Unidas"),
    (["Statement by Bapak Budi Contoh, Deputy Permanent Representative of Indonesia", "9 May 2025"],
     "Budi Contoh", "Deputy Permanent Representative of Indonesia"),
    # West Africa's 'Alhaji' (one who made the pilgrimage), like the Malay 'Haji', is a title before the name.
    (["Statement by H.E. Alhaji Musa Example, Minister of Foreign Affairs of Gambia", "9 May 2025"],
     "Musa Example", "Minister of Foreign Affairs of Gambia"),
    # 'Minister in the Presidency', 'in the Prime Minister's Office': the office a minister serves in; a portfolio
    # 'Persons with Disabilities' closes the list.
    (["Statement by Ms. Lindiwe Example, Minister in the Presidency for Women, Youth and Persons with Disabilities, "
      "at the Commission", "12 March 2025"], "Lindiwe Example",
     "Minister in the Presidency for Women, Youth and Persons with Disabilities"),
    (["Remarks by Hon. Raj Example, Minister of State in the Prime Minister's Office, at the Forum", "12 March 2025"],
     "Raj Example", "Minister of State in the Prime Minister's Office"),
    # A principal secretary's division in brackets, one portfolio; '(as delivered)' is no portfolio.
    (["Statement by Mr. Peter Example, Principal Secretary (Foreign Affairs), at the Council", "12 March 2025"],
     "Peter Example", "Principal Secretary (Foreign Affairs)"),
    (["Statement by Mr. Peter Example, Permanent Secretary (as delivered)", "12 March 2025"],
     "Peter Example", "Permanent Secretary"),
])
def test_honorifics_and_posts_of_other_traditions(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A release's numbered paragraph: a time clause ('Before the vote,'), then the Burmese 'U' before the name and
    # the post set off by commas, then the verb of speaking.
    (["Press Release", "Myanmar explains its vote in the Third Committee", "Nay Pyi Taw, 3 December 2025"],
     "1. The Committee took action on the draft resolution on 2 December 2025.\n\n2. Before the vote, U Min Example, "
     "Permanent Representative of Myanmar to the United Nations, delivered an explanation of vote.",
     "Min Example", "Permanent Representative of Myanmar to the United Nations"),
    # Arabic byline: 'يلقيه:' (delivered by), the rank and the name, the post after a comma.
    (["بيان دولة قطر", "مجلس حقوق الإنسان – الدورة الستون",
      "يلقيه: السفير خالد أحمد المثال، المندوب الدائم لدولة قطر لدى مكتب الأمم المتحدة بجنيف", "جنيف، 10 سبتمبر 2025"],
     "السيد الرئيس،\n\nيشكر وفد بلادي المقرر الخاص على تقريره.", "خالد أحمد المثال",
     "المندوب الدائم لدولة قطر لدى مكتب الأمم المتحدة بجنيف"),
    # ... two honorifics before the name ('معالي السفير'), neither of them the name's.
    (["بيان المملكة", "يلقيه: معالي السفير سعد المثال، المندوب الدائم للمملكة لدى الأمم المتحدة", "12 May 2025"],
     "السيد الرئيس،\n\nشكراً.", "سعد المثال", "المندوب الدائم للمملكة لدى الأمم المتحدة"),
    # ... or after 'كلمة' (the speech of), without a delivery verb.
    (["كلمة السفير سعد أحمد المثال، المندوب الدائم لدولة الكويت لدى الأمم المتحدة", "12 May 2025"],
     "السيد الرئيس،\n\nشكراً.", "سعد أحمد المثال", "المندوب الدائم لدولة الكويت لدى الأمم المتحدة"),
    # A State's name in the possessive opens the post ('Saint Lucia's Permanent Representative'): no person.
    (["Statement delivered by Sri Lanka's Permanent Representative to the United Nations, H.E. Mr. Paul Example",
      "12 May 2025"], BODY, "Paul Example", "Sri Lanka's Permanent Representative to the United Nations"),
])
def test_burmese_release_and_arabic_byline(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A release quotes its speaker by honorific and surname, having named them in full with the post before.
    (["MEDIA RELEASE", "GHANA SIGNS THE OCEAN AGREEMENT", "ACCRA, June 6, 2025"],
     "The Government of Ghana has signed the Agreement at a ceremony in New York. The instrument was signed by "
     "Ghana's Permanent Representative to the United Nations, Ambassador Kofi Example.\n\n\"The ocean feeds our "
     "people,\" Ambassador Example said.", "Kofi Example", "Ghana's Permanent Representative to the United Nations"),
    # ... the verb before the name ('said Ambassador X.').
    (["MEDIA RELEASE", "KENYA RATIFIES THE CONVENTION", "NAIROBI, 2 July 2025"],
     "Kenya has ratified the Convention. The instrument was deposited by the Permanent Representative of Kenya to "
     "the United Nations, Ambassador Jane Example.\n\n\"This is a proud day,\" said Ambassador Example.",
     "Jane Example", "Permanent Representative of Kenya to the United Nations"),
    # ... and never named in full: no speaker rather than a surname alone.
    (["MEDIA RELEASE", "GHANA SIGNS THE OCEAN AGREEMENT", "ACCRA, June 6, 2025"],
     "The Government of Ghana has signed the Agreement at a ceremony in New York.\n\n\"The ocean feeds our "
     "people,\" Ambassador Example said.", None, None),
])
def test_a_release_quoting_its_speaker_by_surname(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A Romanian byline: 'Rostită de dna X, post', the post going on with the directorate and the ministry.
    (["Intervenția României în cadrul Comisiei a VI-a", "New York, 3 noiembrie 2025",
      "Rostită de dna Maria-Elena Exemplu, director adjunct, Direcția Afaceri Juridice, Ministerul Afacerilor "
      "Externe"], BODY, "Maria-Elena Exemplu",
     "director adjunct, Direcția Afaceri Juridice, Ministerul Afacerilor Externe"),
    # An Italian rank abbreviated before the name ('Min. Plen.', Minister Plenipotentiary) is no part of it.
    (["Statement of Italy", "Delivered by Min. Plen. Giulia Esempio Rossi, Deputy Permanent Representative of Italy"],
     BODY, "Giulia Esempio Rossi", "Deputy Permanent Representative of Italy"),
    # A Sesotho married name opens on an apostrophe ("'Ma-", mother of).
    (["Statement by the Kingdom of Lesotho", "Delivered by Mrs. 'Mathabo Example Mokoena, Counsellor"], BODY,
     "'Mathabo Example Mokoena", "Counsellor"),
    # A French married name: 'X épouse Y' is one name, the post after it.
    (["Déclaration conjointe", "Prononcée par Mme Jeanne EXEMPLE épouse MODELE, Ambassadeur, Représentant permanent "
      "de la République gabonaise à Genève"], BODY, "Jeanne Exemple épouse Modele",
     "Ambassadeur, Représentant permanent de la République gabonaise à Genève"),
    # A statement cut short is signed on its last line with the name and the post.
    (["Statement of Hungary", "New York, 20 May 2025"], "Mr. Vice-President,\n\nHungary aligns itself with the "
     "statement of the European Union.\n\nFirst, efficiency gains must be measured and reported\n\n"
     "Mr. Pál Példa, Counsellor", "Pál Példa", "Counsellor"),
    # A post naming its State after a comma keeps it, as written.
    (["Statement by the Honorable Sam Example, Secretary of Foreign Affairs, Federated States of Micronesia"], BODY,
     "Sam Example", "Secretary of Foreign Affairs, Federated States of Micronesia"),
    # A mission's rank before the name in a closing byline is a title; the post after it is the post.
    (["Explicación de voto de Uruguay"], "Señor Presidente:\n\nUruguay votó a favor.\n\nIntervención a cargo de "
     "la Consejera Ana Ejemplo Modelo, Representante Permanente Alterna de Uruguay ante las Naciones Unidas",
     "Ana Ejemplo Modelo", "Representante Permanente Alterna de Uruguay ante las Naciones Unidas"),
])
def test_bylines_and_signatures_in_the_sites_languages(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A Russian release: the post, then the name with glued initials, after the occasion's participle.
    (["О второй сессии Рабочей группы", "Печать Поделиться"], "Со 2 по 6 июня в Женеве проходит вторая сессия "
     "Рабочей группы.\n\nВыступая в ходе общей дискуссии 3 июня, заместитель Постоянного представителя "
     "Российской Федерации И.И.Примеров подчеркнул, что работа должна продолжаться.",
     "И.И.Примеров", "заместитель Постоянного представителя Российской Федерации"),
    # An Arabic release: the post, a comma, the honorific and the name set off by commas.
    (["المفوض يلقي كلمة أمام مجلس حقوق الإنسان", "جنيف في 25 فبراير 2025"],
     "ألقى مفوض حقوق الإنسان، السيد أحمد محمد المثال، يوم الثلاثاء كلمة أمام المجلس.", "أحمد محمد المثال",
     "مفوض حقوق الإنسان"),
    # ... or the honorific of office, the name, a comma and the post, further into the lead.
    (["وزير الخارجية يرأس الاجتماع", "نيويورك، 24 سبتمبر 2025"],
     "ترأس معالي السيد سالم أحمد المثال، وزير الخارجية بدولة الكويت، اجتماع المجلس الوزاري.",
     "سالم أحمد المثال", "وزير الخارجية بدولة الكويت"),
    # A Commonwealth minister named with 'The Honourable', the post after the name, quoted later by surname.
    (["PRESS RELEASE", "EXAMPLIA PRESENTS ITS REVIEW", "NEW YORK, July 15th 2025"],
     "Examplia presented its review today.\n\nThe Honourable Sam Clement Example, Minister of Foreign Affairs and "
     "Trade, led the delegation.\n\n\"We have made progress,\" Minister Example told the Forum.",
     "Sam Clement Example", "Minister of Foreign Affairs and Trade"),
    # The one interviewed, presented by the lead with the post after the name.
    (["\"A small mission speaks for us\": a conversation with the Permanent Representative"],
     "In this interview for the mission's newsletter, Ambassador Jane Example, Permanent Representative of Examplia "
     "to the United Nations Office at Geneva, reflects on her first year.\n\nQ: What surprised you?\n\nA: The "
     "number of meetings.", "Jane Example", "Permanent Representative of Examplia to the United Nations Office at "
     "Geneva"),
    # ... or after 'interview with' and a vice minister's post.
    (["Vice Minister Jane Example: \"Trade must come to us\""], "The following interview with Vice Minister of "
     "Foreign Affairs Jane Example was published on 12 August 2025.\n\n- What did you bring home?\n\n- A programme.",
     "Jane Example", "Vice Minister of Foreign Affairs"),
    # An organization's official by post alone, reported calling on a body: the post, no name.
    (["Commission President briefs the Security Council", "Posted on July 11, 2025"],
     "New York, 10th July 2025. The President of the Example Commission has called on the Security Council to "
     "provide predictable financing.", None, "President of the Example Commission"),
    # A declaration by a post on behalf of an organization: the post, no name.
    (["Press release", "22 September 2025", "Declaration by the High Representative on behalf of the EU"],
     "1. The European Union remains concerned by the fighting.", None, "High Representative"),
    # The foreign minister named by post alone on the ministry's site, in French.
    (["Conseil de sécurité – Débat ouvert – Intervention du ministre de l'Europe et des affaires étrangères",
      "New York, 24 septembre 2024"], "Monsieur le Président,\n\nJe remercie les intervenants.", None,
     "ministre de l'Europe et des affaires étrangères"),
])
def test_releases_naming_their_speaker_in_the_sites_languages(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


def test_a_release_says_which_state_its_speaker_spoke_for():
    text = page("Communiqué", "Conférence ministérielle", body="Paris, le 13 novembre 2025 – Les ministres se sont "
                "réunis.\n\nPrenant la parole au nom du Bénin, le ministre des Affaires étrangères, M. Jean "
                "EXEMPLE, a appelé à l'unité.")
    assert extract(text, "t.txt", "t").country == "Benin"


def test_an_arabic_ministers_post_names_its_state_after_bi():
    text = page("وزير الخارجية يرأس الاجتماع", "نيويورك، 24 سبتمبر 2025",
                body="ترأس معالي السيد سالم أحمد المثال، وزير الخارجية بدولة الكويت، اجتماع المجلس.")
    assert extract(text, "t.txt", "t").country == "Kuwait"


@pytest.mark.parametrize("lines, speaker, role", [
    # Hungarian writes the post head-last and in lower case, the State and the body before its noun.
    (["Hírek", "2025. május 21.", "Példa Péter, Magyarország ENSZ melletti állandó képviselője"],
     "Példa Péter", "Magyarország ENSZ melletti állandó képviselője"),
    (["Felszólalás az ENSZ Közgyűlésén", "Példa Anna, külügyminiszter"], "Példa Anna", "külügyminiszter"),
])
def test_a_hungarian_post_written_head_last(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


def test_a_bare_rank_alone_on_its_signature_line_is_a_title():
    text = ("Letter dated 2 October 2025 from the Permanent Representative of Examplia to the United Nations addressed "
            "to the President of the General Assembly\n\nI have the honour to transmit the declaration.\n\n"
            "Please accept the assurances of my highest consideration.\n\nJohn N. Example\nAmbassador\n"
            "Permanent Representative of Examplia to the United Nations\n")
    assert speaker_and_role(text) == ("John N. Example", "Permanent Representative of Examplia to the United Nations")


@pytest.mark.parametrize("lines, body, speaker, role", [
    # Romanian names the speaker after 'Excelența Sa' (His Excellency), as English after 'H.E.'.
    (["Adunarea Generală a ONU", "Rostită de Excelența Sa dl Ion Exemplu, Reprezentantul Permanent al Republicii "
      "Moldova la ONU", "New York, 24 februarie 2025"], "Domnule Președinte,\n\nRepublica Moldova se aliniază.",
     "Ion Exemplu", "Reprezentantul Permanent al Republicii Moldova la ONU"),
    # A Russian host's field names who spoke: 'Выступающий:' (speaker).
    (["58-я сессия Совета по правам человека ООН", "Женева, 10 марта 2025 года",
      "Выступающий: Иван Примеров, Постоянный представитель Кыргызской Республики"],
     "Уважаемый Председатель,\n\nБлагодарим Специального докладчика.", "Иван Примеров",
     "Постоянный представитель Кыргызской Республики"),
    # An Arabic mission's byline: 'delivered by' the diplomatic rank, a slash, the name closing the line.
    (["حق الرد لوفد دولة قطر", "نيويورك، 29 سبتمبر 2025", "يلقيها السكرتير الأول/ خالد أحمد المثال"],
     "السيد الرئيس،\n\nيود وفد بلادي أن يمارس حقه في الرد.", "خالد أحمد المثال", "السكرتير الأول"),
    # A Bosnian release's lead: the rank as a title ('Ambasador'), the name, the post in lower case, then the verb.
    (["Saopćenja za javnost", "Objavljeno: 11.07.2025", "Ambasador Primjer u Generalnoj skupštini UN-a"],
     "New York, 11. jula 2025. – U Generalnoj skupštini održan je sastanak.\n\nAmbasador Adnan Primjer, stalni "
     "predstavnik Bosne i Hercegovine pri Ujedinjenim nacijama, u svom obraćanju je istakao da se ove godine "
     "obilježava godišnjica.", "Adnan Primjer", "stalni predstavnik Bosne i Hercegovine pri Ujedinjenim nacijama"),
    # A Croatian one: 'Veleposlanik' (ambassador) is the title, not the post.
    (["Priopćenja za medije", "12.03.2025."], "New York – Održana je rasprava.\n\nVeleposlanik Ivan Primjer, stalni "
     "predstavnik Republike Hrvatske pri UN-u, istaknuo je u svom obraćanju važnost zaštite civila.",
     "Ivan Primjer", "stalni predstavnik Republike Hrvatske pri UN-u"),
])
def test_speakers_in_more_of_the_sites_languages(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("text, forum, doc_type", [
    # Bosnian, Croatian and Serbian name the UN's bodies in their own words, declined.
    (page("Saopćenje za javnost", "Ambasador u Generalnoj skupštini UN-a", "11.07.2025"), "UN General Assembly",
     "press_release"),
    (page("Obraćanje na sjednici Vijeća sigurnosti UN-a", "12.03.2025."), "UN Security Council", "statement"),
    (page("Izlaganje na 58. sjednici Vijeća UN-a za ljudska prava", "Ženeva, 3. ožujka 2025."),
     "UN Human Rights Council", "statement"),
])
def test_bodies_and_releases_in_bosnian_croatian_and_serbian(text, forum, doc_type):
    record = extract(text, "t.txt", "t")
    assert (record.forum, record.doc_type) == (forum, doc_type)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A Greek government's release: the nominative article, the post and the name open the lead, not the banner
    # that names the office and the State ('Πρωθυπουργός της Ελληνικής Δημοκρατίας').
    (["Πρωθυπουργός της Ελληνικής Δημοκρατίας", "Γραφείο Τύπου", "Αρχική > Ειδήσεις", "12/03/2025 - 10:40"],
     "Ο Πρωθυπουργός Νικόλαος Παράδειγμα μίλησε στη Γενική Συνέλευση του ΟΗΕ για την κλιματική κρίση.",
     "Νικόλαος Παράδειγμα", "Πρωθυπουργός"),
    # ... and a foreign minister's, the feminine article before the post.
    (["Υπουργείο Εξωτερικών", "Ανακοινώσεις", "04/06/2025"],
     "Η Υπουργός Εξωτερικών Ελένη Παράδειγμα συμμετείχε στη συνεδρίαση του Συμβουλίου Ασφαλείας.",
     "Ελένη Παράδειγμα", "Υπουργός Εξωτερικών"),
    # A Viet Nam-style lead: the news first, then ', Ambassador NAME, POST, told ...': the rank is the title.
    (["Foreign Affairs", "Example calls for protection of migrants at UN", "15/10/2025 09:12"],
     "VGP – Example attaches great importance to migrants' rights, Ambassador Tran Van Example, Permanent "
     "Representative of Viet Nam to the United Nations, told the Third Committee on October 14.",
     "Tran Van Example", "Permanent Representative of Viet Nam to the United Nations"),
])
def test_leads_of_government_press_offices(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, country", [
    # The banner of a Greek government's site names the State in its official form, in the genitive.
    (["Πρωθυπουργός της Ελληνικής Δημοκρατίας", "Ομιλίες", "Ο Πρωθυπουργός Νικόλαος Παράδειγμα στο βήμα"], "Greece"),
    # A Moldovan ministry's banner names the State in the Romanian genitive ('al Republicii Moldova').
    (["Ministerul Afacerilor Externe al Republicii Moldova", "Discursuri", "Ion Exemplu, Secretar de Stat"],
     "Moldova"),
])
def test_banners_of_ministries_in_their_languages(lines, country):
    assert extract(page(*lines), "t.txt", "t").country == country


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A Spanish release closes its dateline with a full stop and a hyphen ('NUEVA YORK, EE. UU.- El ministro ...'):
    # the lead naming the person in full with the post beats the headline's rank and surname; a later sentence's
    # post ends with its full stop, not at the name opening the next one where paragraphs run together.
    (["Presidencia de la República", "Inicio / Noticias / Política Exterior",
      "Canciller Ejemplo Gómez pide al Consejo de Seguridad reforzar la misión en Haití", "03 julio 2025 | 4:15 pm"],
     "NUEVA YORK, EE. UU.- El ministro de Relaciones Exteriores, Juan Pablo Ejemplo Gómez, pidió al Consejo de "
     "Seguridad recursos suficientes para la misión.\n\"La región no puede esperar más\", afirmó el canciller ante "
     "los quince miembros del Consejo, presidido este mes por Pakistán.\nEjemplo Gómez recordó que el país ha "
     "reforzado su frontera.", "Juan Pablo Ejemplo Gómez", "ministro de Relaciones Exteriores"),
    # ... and a vice-minister's post in full before her name, over the rank the quotation gives her afterwards.
    (["Presidencia de la República", "Inicio / Noticias", "El país reafirma en Ginebra su compromiso",
      "25 febrero 2025 | 11:02 am"],
     "GINEBRA, Suiza.- La viceministra para Asuntos Multilaterales del Ministerio de Relaciones Exteriores, Ana "
     "María Ejemplo de León, reafirmó este lunes el compromiso del país con los derechos humanos.\n\"Cumplimos con "
     "nuestras obligaciones\", expresó la viceministra Ejemplo de León.",
     "Ana María Ejemplo de León",
     "viceministra para Asuntos Multilaterales del Ministerio de Relaciones Exteriores"),
    # A Russian release's lead opens on the speech with no comma ('В своем выступлении Постоянный представитель ...
    # ИМЯ ФАМИЛИЯ поблагодарил ...'): the post and the name after it.
    (["Информационное агентство", "Главная   Политика", "24.10.2025",
      "Делегация представила свои приоритеты на заседании Постоянного совета ОБСЕ"],
     "Вена, 23 октября 2025 года. Сегодня состоялось очередное заседание Постоянного совета ОБСЕ.\nВ своем "
     "выступлении Постоянный представитель Туркменистана при ОБСЕ Иван Петрович Примеров поблагодарил руководство "
     "Центра за сотрудничество.", "Иван Петрович Примеров", "Постоянный представитель Туркменистана при ОБСЕ"),
    # An interview's lead names the one interviewed in full with the post set off after the name ('Ambassador X,
    # Permanent Representative of Y, gave an interview'); the answers give the title and the name alone.
    (["Foreign Affairs", "Example ready to contribute more to peacekeeping, Permanent Representative says",
      "20/09/2025 14:05"],
     "VGP – Ahead of the high-level week, Ambassador Tran Van Example, Permanent Representative of Viet Nam to the "
     "United Nations, gave an interview to the VGP correspondent in New York.\nReporter: Could you tell us about "
     "the main messages of the delegation this year?\nAmbassador Tran Van Example: The anniversary of the United "
     "Nations is a special moment.\nReporter: What about peacekeeping?\nAmbassador Tran Van Example: We are ready "
     "to deploy more officers.", "Tran Van Example", "Permanent Representative of Viet Nam to the United Nations"),
])
def test_leads_naming_the_speaker_in_full(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A heading naming the speaker by a post whose portfolio list closes after a comma ('Discurso del ministro de
    # Economía, Planificación y Desarrollo en ...'): no name there; the name and the post on their own lines below.
    (["Inicio / Discursos", "Discurso del ministro de Economía, Planificación y Desarrollo en la presentación del "
      "Informe Nacional Voluntario", "16 julio 2025 | 9:40 am", "Nueva York, 15 de julio de 2025",
      "Julián Ejemplo Reyes", "Ministro de Economía, Planificación y Desarrollo"],
     "Julián Ejemplo Reyes", "Ministro de Economía, Planificación y Desarrollo"),
    # ... while a Spanish name joining two surnames with 'y' after the given name is a name.
    (["Inicio / Discursos", "Discurso del Ministro de Cultura, José Ejemplo y Gasset, en la apertura del Foro",
      "16 julio 2025"], "José Ejemplo y Gasset", "Ministro de Cultura"),
])
def test_portfolio_lists_in_spanish_headings(lines, speaker, role):
    assert speaker_and_role(page(*lines, body="Señor presidente,\n\nEs un honor presentar nuestro informe.")) \
        == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A French title names the post after 'du' or 'de la', then the honorific and the name.
    (["Déclaration du Représentant permanent du Sénégal, S.E. M. Cheikh Exemple", "Conseil de sécurité",
      "12 mars 2025"], "Cheikh Exemple", "Représentant permanent du Sénégal"),
    (["Intervention de la Représentante permanente adjointe de la Belgique, Mme Anne Exemple",
      "Troisième Commission", "10 octobre 2024"], "Anne Exemple", "Représentante permanente adjointe de la Belgique"),
])
def test_a_french_title_names_the_post_before_the_speaker(lines, speaker, role):
    assert speaker_and_role(page(*lines, body="Monsieur le Président,\n\nJe vous remercie.")) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A ministry's release opens on its dateline with the date, closed by a hyphen, then 'The POST, NAME, verb'.
    (["MINISTRY OF FOREIGN AFFAIRS", "PRESS RELEASE"], "London, 22 September 2023 - The Minister of Foreign Affairs, "
     "John Example, today addressed the General Assembly.", "John Example", "Minister of Foreign Affairs"),
    (["Ministério dos Negócios Estrangeiros", "Comunicado de imprensa"], "Lisboa, 23 de setembro de 2023 - O Ministro "
     "dos Negócios Estrangeiros, João Exemplo Lopes, interveio hoje no Debate Geral.", "João Exemplo Lopes",
     "Ministro dos Negócios Estrangeiros"),
    (["Communiqué de presse du Département fédéral des affaires étrangères"], "Berne, 14.03.2024 - Le conseiller "
     "fédéral Jean-Marc Exemple s'est exprimé aujourd'hui devant le Conseil des droits de l'homme.",
     "Jean-Marc Exemple", "conseiller fédéral"),
    # A portfolio holding commas of its own before the name set off by commas, the post in lower case as Spanish
    # releases write it.
    (["Ministerio de Asuntos Exteriores", "Comunicado 112"], "El ministro de Asuntos Exteriores, Unión Europea y "
     "Cooperación, Andrés Ejemplo, ha intervenido hoy ante la Asamblea General.", "Andrés Ejemplo",
     "ministro de Asuntos Exteriores, Unión Europea y Cooperación"),
    # A post serving in a ministry ('in the Ministry of ...'), after a participle's lead clause, with a relative clause
    # after the name.
    (["PRESS RELEASE"], "GENEVA, 10 June 2025 – Speaking in the plenary discussion of the reports of the Director-"
     "General, the Permanent Secretary in the Ministry of Labour and Social Security, Mr. Joseph Example, who led the "
     "delegation, told the Conference that minimum wages had been raised.", "Joseph Example",
     "Permanent Secretary in the Ministry of Labour and Social Security"),
    # A meeting on the margins of a session, however long its name, before the subject.
    (["Main page / Events", "23 September 2026", "Head of State meets with UN Secretary-General"], "On the sidelines "
     "of the high-level week of the 81st session of the UN General Assembly, the President of Kazakhstan Serik "
     "Example met with the Secretary-General of the United Nations.", "Serik Example", "President of Kazakhstan"),
    # A headline's possessive ('President X's speech at ...') names X; the lead gives the fuller post.
    (["Main page / Speeches", "22 September 2026", "President Serik Example's speech at the general debate of the "
      "81st session of the UN General Assembly"], "The President of Kazakhstan Serik Example delivered a speech at "
     "the general debate.\n\nDear Madam President,\n\nLadies and gentlemen,", "Serik Example",
     "President of Kazakhstan"),
    # An interview with a prelate, named with his honorific.
    (["Home > News", "Interview with the Permanent Representative on the IAEA General Conference",
      "Posted 22 September 2025"], "The following interview with Msgr. Paolo Example, Permanent Representative of the "
     "Holy See to the International Organizations in Vienna, was published on 18 September 2025.\n\nQ: Monsignor, why "
     "does the Holy See take part?", "Paolo Example",
     "Permanent Representative of the Holy See to the International Organizations in Vienna"),
])
def test_release_leads_and_headlines_of_ministries_and_presidencies(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A minister's portfolio in capitals listed with commas, closed on the next line by the State.
    (["STATEMENT", "BY", "SENATOR THE HONOURABLE COZIER L. EXAMPLE",
      "MINISTER FOR PLANNING, ECONOMIC DEVELOPMENT, CLIMATE RESILIENCE AND SOCIAL SECURITY",
      "OF THE COMMONWEALTH OF DOMINICA", "AT THE", "HIGH-LEVEL POLITICAL FORUM 2026", "New York, 14 July 2026"],
     "Cozier L. Example", "MINISTER FOR PLANNING, ECONOMIC DEVELOPMENT, CLIMATE RESILIENCE AND SOCIAL SECURITY OF THE "
     "COMMONWEALTH OF DOMINICA"),
    # A French title's post after 'du' (de le) with no article of its own.
    (["Discours du Vice-Premier ministre et ministre des Affaires étrangères, Monsieur Marc Exemple, au Conseil de "
      "sécurité des Nations Unies", "New York, 19 février 2024"], "Marc Exemple",
     "Vice-Premier ministre et ministre des Affaires étrangères"),
    # A Spanish courtesy title before a woman's name ('Dña.').
    (["Intervención de España en el Consejo de Seguridad", "Pronunciada por la Representante Permanente, Dña. Marta "
      "Ejemplo Goñi", "Nueva York, 12 de marzo de 2024"], "Marta Ejemplo Goñi", "Representante Permanente"),
])
def test_headings_with_portfolios_and_courtesy_titles(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A post read across the page's lines keeps the first line's words ('Taoiseach' / 'Published on ...').
    (["gov.ie - Department of the Taoiseach", "Speech", "Taoiseach's Speech at the European Council Dinner",
      "From Department of the Taoiseach", "Published on 20 March 2025", "Speech by An Taoiseach, Ciarán Example TD",
      "Brussels, 20 March 2025"], "Ladies and gentlemen,\n\nIt is a great pleasure to be with you.",
     "Ciarán Example", "Taoiseach"),
    # Courtesy titles of Southern Africa and Oman before the name: 'Advocate', 'Sayyid'.
    (["Republic of Botswana - Government Portal", "News", "10 July 2025"], "GABORONE – The Minister of International "
     "Affairs, Advocate Thabo Example, today said that the region must invest in its farmers.", "Thabo Example",
     "Minister of International Affairs"),
    # Kenya's Cabinet Secretary: 'Cabinet' is a word of the post, not a name.
    (["STATEMENT BY THE PRIME CABINET SECRETARY AND CABINET SECRETARY FOR FOREIGN AND DIASPORA AFFAIRS, HON. MUSALIA "
      "OTIENO EXAMPLE", "New York, 24 September 2025"], BODY, "Musalia Otieno Example",
     "PRIME CABINET SECRETARY AND CABINET SECRETARY FOR FOREIGN AND DIASPORA AFFAIRS"),
    # A Gulf court's post: 'at the Royal Court' is the office the adviser serves in, no occasion.
    (["KSrelief", "Home > Media Center > Speeches", "Date: 26/06/2026", "Statement by the Advisor at the Royal Court "
      "and Supervisor General of the Relief Centre, Dr. Abdulaziz bin Nasser Example, at the General Debate of the "
      "2026 ECOSOC Humanitarian Affairs Segment", "Geneva, 25 June 2026"], BODY, "Abdulaziz bin Nasser Example",
     "Advisor at the Royal Court and Supervisor General of the Relief Centre"),
    # Brunei's second minister of a portfolio, and the chain of Bruneian honorifics before the name.
    (["PELITA BRUNEI", "Home > International", "By Pelita Brunei Reporter | Sunday, September 27, 2026"],
     "NEW YORK, Sept 26 – Minister of Foreign Affairs II Yang Berhormat Dato Seri Setia Awang Haji Rahman bin Haji "
     "Example delivered Brunei Darussalam's national statement at the General Debate on Saturday.",
     "Rahman bin Haji Example", "Minister of Foreign Affairs II"),
])
def test_posts_and_titles_of_presidencies_and_ministries(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A translated 'Palabras del Presidente': 'Words of President X at ...'.
    (["Casa Rosada - Presidencia de la Nación", "Speeches", "Words of President Martín Example Solá at the 80th "
      "Session of the United Nations General Assembly", "Wednesday, September 24, 2025"], "Martín Example Solá",
     "President"),
    # A transcript of a minister's doorstop interview: the name ends on its possessive.
    (["Ministry of Foreign Affairs Singapore", "Press Statements, Transcripts & Photos", "Transcript of Minister for "
      "Foreign Affairs Dr Goh Chee Example's Doorstop Interview with the Singapore Media, 24 September 2025"],
     "Goh Chee Example", "Minister for Foreign Affairs"),
])
def test_titles_naming_the_words_or_the_transcript_of_a_speaker(lines, speaker, role):
    assert speaker_and_role(page(*lines)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # Japan's ministry names the minister surname first in capitals, then by the surname alone.
    (["Ministry of Foreign Affairs of Japan", "Japan-Mongolia Foreign Ministers' Meeting", "September 23, 2025"],
     "On September 23, commencing at 10:15 a.m. for approximately 30 minutes, Mr. TAKEDA Example, Minister for Foreign "
     "Affairs of Japan, held a meeting with the Minister for Foreign Affairs of Mongolia.\n\n1. At the outset, "
     "Minister TAKEDA stated that Japan and Mongolia share fundamental values.", "Takeda Example",
     "Minister for Foreign Affairs of Japan"),
    # 'Signed:' on its own line, the name on the next and the post below it.
    (["STATE HOUSE, ABUJA", "PRESS STATEMENT", "NIGERIA WELCOMES CEASEFIRE AGREEMENT", "Abuja, 4 June 2025"],
     "The Federal Government welcomes the ceasefire agreement reached yesterday.\n\nSigned:\nChief Adebayo Example\n"
     "Special Adviser to the President on Media and Publicity\n4 June 2025", "Adebayo Example",
     "Special Adviser to the President on Media and Publicity"),
])
def test_names_in_the_ways_a_ministry_or_a_press_office_signs_them(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # A wire's report says when between the participle and its 'by': 'delivered on Friday by the Chargé ...'.
    (["Examplia's delegation in Geneva: violations against women documented"],
     "GENEVA, March 7 (Saba) - The Republic of Examplia has affirmed before the Human Rights Council that the militia "
     "is responsible for grave violations.\n\nThis came in Examplia's statement delivered on Friday by the Chargé "
     "d'affaires a.i. of the Permanent Mission of Examplia to the United Nations Office in Geneva, Dr. Fatima Saleh "
     "Example, at the interactive dialogue within the 58th session of the Council.", "Fatima Saleh Example",
     "Chargé d'affaires a.i. of the Permanent Mission of Examplia to the United Nations Office in Geneva"),
    # An interview's lead sets the occasion before the one interviewed, however long: 'In an interview with Qatar
    # News Agency (QNA) on the sidelines of the 60th session of the Human Rights Council, Deputy ... X said'.
    (["Examplia's Permanent Representative in Geneva to QNA: Mediation Remains Cornerstone of Foreign Policy"],
     "In an interview with Qatar News Agency (QNA) on the sidelines of the 60th session of the Human Rights Council, "
     "Deputy Permanent Representative of Examplia to the United Nations Office in Geneva Mr. Khalid Mubarak Example "
     "said that mediation remains a cornerstone of Examplia's foreign policy.\n\nQNA: How do you assess the role of "
     "Examplia in the Council?", "Khalid Mubarak Example",
     "Deputy Permanent Representative of Examplia to the United Nations Office in Geneva"),
    # The style before a post that opens on 'Ambassador' ('HE Ambassador of X to Y and Permanent Representative to
    # the OPCW Mr. Z'): the post is the ambassador's, the style is not part of it.
    (["Examplia Participates in 108th Session of OPCW Executive Council"],
     "The State of Examplia participated in the 108th session of the Executive Council of the OPCW, which opened in "
     "The Hague on Tuesday.\n\nThe delegation was headed by HE Ambassador of the State of Examplia to the Kingdom of "
     "the Netherlands and Permanent Representative to the OPCW Mr. Jassim bin Abdulaziz Example.",
     "Jassim bin Abdulaziz Example",
     "Ambassador of the State of Examplia to the Kingdom of the Netherlands and Permanent Representative to the OPCW"),
    # A lead's day with no comma after it ('On 13 September 2021 the Permanent Representative ..., Ambassador X,
    # delivered') is read past, as with the comma.
    (["Joint statement on the situation of human rights"],
     "On 13 September 2021 the Permanent Representative of Examplia to the United Nations Office in Geneva, "
     "Ambassador Zsófia Example, delivered a joint statement on behalf of 40 States at the Human Rights Council.",
     "Zsófia Example", "Permanent Representative of Examplia to the United Nations Office in Geneva"),
    # A site's desk in its byline is no person: the speaker line below the heading names who delivered it.
    (["FSM Information Services", "Home | The President | Departments | News | Press Releases | Contact",
      "PSIDS Statement at the High-level Meeting on Sea-Level Rise Delivered by FSM Ambassador",
      "By FSM Information Services | September 27, 2024 | Categories: Foreign Affairs, News",
      "STATEMENT ON BEHALF OF THE PACIFIC SMALL ISLAND DEVELOPING STATES", "25 SEPTEMBER 2024",
      "Delivered by H.E. Ambassador Marcellus R. Example, Permanent Representative of the Federated States of "
      "Micronesia to the United Nations"], BODY, "Marcellus R. Example",
     "Permanent Representative of the Federated States of Micronesia to the United Nations"),
    # A Sesotho married name in capitals, its apostrophe first: "'MALINEO" is "'Malineo".
    (["Government of Lesotho", "STATEMENT BY H.E. AMBASSADOR 'MALINEO EXAMPLE",
      "PERMANENT REPRESENTATIVE OF THE KINGDOM OF LESOTHO TO THE UNITED NATIONS",
      "AT THE UNITED NATIONS SECURITY COUNCIL OPEN DEBATE ON WOMEN, PEACE AND SECURITY"], BODY, "'Malineo Example",
     "PERMANENT REPRESENTATIVE OF THE KINGDOM OF LESOTHO TO THE UNITED NATIONS"),
    # A Mongolian name, the father's initial glued to the given name in two letters, after the city that closes an
    # ambassador's post.
    (["Mongolia Reaffirms Support for CTBT at 62nd Session of CTBTO PrepCom"],
     "Ulaanbaatar, June 20, 2024 /MONTSAME/. The 62nd Session of the Preparatory Commission was held in Vienna.\n\n"
     "Speaking at the session, Ambassador Extraordinary and Plenipotentiary of Mongolia to Austria and Permanent "
     "Representative to the United Nations Office in Vienna Ch.Example underlined that Mongolia attaches great "
     "importance to the Treaty.", "Ch.Example",
     "Ambassador Extraordinary and Plenipotentiary of Mongolia to Austria and Permanent Representative to the United "
     "Nations Office in Vienna"),
    # An agency's interview names the one it interviewed, the post after the name.
    (["Interview: \"Geneva is where the rules of everyday life are written\""],
     "Ulaanbaatar, September 3, 2025 /MONTSAME/. MONTSAME interviewed G.Example, Permanent Representative of Mongolia "
     "to the UN Office in Geneva, on the work of the Mission.\n\n- What would membership change for the Mission?",
     "G.Example", "Permanent Representative of Mongolia to the UN Office in Geneva"),
    # A post on its own line may close on its seat: '... for Special Political Affairs in the United Nations'.
    (["Remarks in Exercise of the Right of Reply at the General Debate", "Nathaniel P. Example",
      "Alternate Representative of the United States for Special Political Affairs in the United Nations",
      "New York City", "October 3, 2015"], BODY, "Nathaniel P. Example",
     "Alternate Representative of the United States for Special Political Affairs in the United Nations"),
    # A review's heading run on after the State ('... OF BRUNEI DARUSSALAM' / 'FOURTH CYCLE OF THE UNIVERSAL
    # PERIODIC REVIEW') is no name: the name line under the heading is.
    (["OPENING STATEMENT BY THE HEAD OF DELEGATION OF BRUNEI DARUSSALAM",
      "FOURTH CYCLE OF THE UNIVERSAL PERIODIC REVIEW OF BRUNEI DARUSSALAM", "GENEVA, 8 NOVEMBER 2024",
      "Yang Mulia Dato Paduka Haji Khairul Example bin Haji Abdul Example",
      "Permanent Secretary (Multilateral), Ministry of Foreign Affairs"], BODY,
     "Khairul Example bin Haji Abdul Example", "Permanent Secretary (Multilateral), Ministry of Foreign Affairs"),
    # An envoy's brief in capitals before the name, no comma between: the brief's words are no name.
    (["Statement at the UN Security Council briefing on Yemen",
      "By Special Envoy for the Middle East Peace Process Eirik Example", "New York, 14 May 2024"], BODY,
     "Eirik Example", "Special Envoy for the Middle East Peace Process"),
    (["Warsaw Human Dimension Conference 2024", "As delivered by Special Envoy for Holocaust Issues Rachel M. Example",
      "Warsaw, October 1, 2024"], BODY, "Rachel M. Example", "Special Envoy for Holocaust Issues"),
    # A Governor of the IAEA's Board sits 'on the Board of Governors': part of the post, no occasion.
    (["Statement by Ambassador Elisabeth Example, Permanent Representative of Examplia to the International Atomic "
      "Energy Agency and Governor on the Board of Governors"], BODY, "Elisabeth Example",
     "Permanent Representative of Examplia to the International Atomic Energy Agency and Governor on the Board of "
     "Governors"),
    # A portfolio before 'Secretary' or 'Adviser' ('Foreign Affairs Secretary X', 'Foreign Affairs Adviser Md. X'), a
    # news lead's day after the name ('on Wednesday, Sept. 25, 2024,'), its dateline closed by a long dash.
    (["Examplia presses sea claims before UN assembly"],
     "NEW YORK — Foreign Affairs Secretary Ramon Ledesma Example on Wednesday, Sept. 25, 2024, told world leaders at "
     "the UN General Assembly that the arbitral award was final and binding.", "Ramon Ledesma Example",
     "Foreign Affairs Secretary"),
    (["Foreign Adviser addresses UNGA high-level meeting on Rohingya", "Dhaka, 1 October 2024"],
     "Foreign Affairs Adviser Md. Tauhidul Karim Example addressed the high-level conference on the situation of "
     "Rohingya Muslims.", "Md. Tauhidul Karim Example", "Foreign Affairs Adviser"),
    # An agency's dateline with its credit before the dash; the name, the post, then the verb of a position.
    (["Examplia affirms support for multilateral disarmament"],
     "GENEVA, 26th February, 2024 (WAM) -- Khalid Saeed Example, Minister of State for International Cooperation, "
     "affirmed the commitment of Examplia to the disarmament machinery.", "Khalid Saeed Example",
     "Minister of State for International Cooperation"),
    # Several office-holders at once ('The Prime Ministers reaffirmed') are no one speaker with a post.
    (["Joint communiqué", "Benelux Summit of Prime Ministers", "The Hague, 3 June 2025"],
     "The Prime Ministers of Belgium, the Netherlands and Luxembourg met today in The Hague.\n\n1. The Prime Ministers "
     "reaffirmed the close cooperation between the three countries.", None, None),
    # A mission rank serving 'at the Permanent Mission of X': the post's own words, no occasion.
    (["Statement on the report of the Special Rapporteur", "Delivered by Mr. Turki Example, Counsellor at the "
      "Permanent Mission of the Kingdom of Saudi Arabia to the United Nations"], BODY, "Turki Example",
     "Counsellor at the Permanent Mission of the Kingdom of Saudi Arabia to the United Nations"),
    # A body's numbered sitting on the line under the post is the occasion, no part of the post.
    (["Statement on the Russian Federation's ongoing aggression against Ukraine", "Delivered by Kristjan Example",
      "Deputy Head of Mission", "OSCE Permanent Council No. 1478", "Vienna, 13 June 2024"], BODY, "Kristjan Example",
     "Deputy Head of Mission"),
    # A patronymic's initial transliterated from Cyrillic takes two letters ('Zh.' for Ж).
    (["STATEMENT", "by Deputy Minister of Internal Affairs of the Republic of Kazakhstan", "Mr. Marat Zh. Example",
      "at the general debate of the 68th session of the Commission on Narcotic Drugs"], BODY, "Marat Zh. Example",
     "Deputy Minister of Internal Affairs of the Republic of Kazakhstan"),
])
def test_speakers_of_wire_reports_interviews_and_transliterated_names(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


@pytest.mark.parametrize("lines, body, speaker, role", [
    # The post, then the name behind its honorific, on one line under the title.
    (["Human Rights Council", "Fifty-eighth session", "Explanation of vote after the vote on draft resolution "
      "A/HRC/58/L.27", "Deputy Permanent Representative of Examplia, Ambassador Santiago Xavier Example Ortiz",
      "Geneva, 3 April 2025"], BODY, "Santiago Xavier Example Ortiz", "Deputy Permanent Representative of Examplia"),
    # A given name that is also a city's is a name.
    (["Statement by Chile", "Permanent Representative of Chile, Victoria Sample", "New York, 3 April 2025"],
     BODY, "Victoria Sample", "Permanent Representative of Chile"),
    # A Latin American academic title before the name ('Mgs.', Magíster), and the rank on the line below.
    (["Conference on Disarmament", "1763rd plenary meeting", "Statement by Ecuador",
      "Mgs. Daniela Estefanía Example Andrade", "Minister Counsellor"], BODY, "Daniela Estefanía Example Andrade",
     "Minister Counsellor"),
    # Swahili's 'Dkt.' (Daktari) in a release's lead.
    (["Taarifa kwa Umma / Press Releases", "VICE PRESIDENT CALLS FOR ACTION ON RISING SEAS", "New York, 25 September "
      "2024"], "The Vice President of the United Republic of Tanzania, Dkt. Salum Athumani Example, has called on the "
     "international community to treat sea-level rise as an existential threat.", "Salum Athumani Example",
     "Vice President of the United Republic of Tanzania"),
    # A Swiss officer's rank with its staff mark, 'Colonel (GS)'.
    (["FSC.DEL/121/14", "2 July 2014", "Statement by Switzerland", "Delivered by Colonel (GS) Beat EXAMPLE, Military "
      "Adviser, Permanent Delegation of Switzerland to the OSCE"], BODY, "Beat Example",
     "Military Adviser, Permanent Delegation of Switzerland to the OSCE"),
    # Monaco's ministers: 'Government Counsellor-Minister for ...'.
    (["68th Regular Session of the IAEA General Conference - General Debate", "Statement by H.E. Mr. Pierre-Marie "
      "EXAMPLE, Government Counsellor-Minister for External Relations and Cooperation of the Principality of Monaco",
      "17 September 2024"], BODY, "Pierre-Marie Example",
     "Government Counsellor-Minister for External Relations and Cooperation of the Principality of Monaco"),
    # Malay's 'Encik' (Mr.) before a name.
    (["Third Committee", "Statement by Malaysia", "Delivered by: Encik Muhammad Hafiz bin Example, Counsellor"], BODY,
     "Muhammad Hafiz bin Example", "Counsellor"),
    # An interview whose answers are tagged by surname: the lead names the one interviewed in full behind 'Mr.',
    # the post set off after the name and ending with its sentence.
    (["INTERVIEW: “Small States carry big ideas” – T&T’s Chargé d’affaires on the 80th UNGA", "Published: Friday 12 "
      "September 2025 | Category: Features"], "Ahead of the High-Level Week, GovTT News spoke with Mr. Darren "
     "Example-Charles, Chargé d’affaires a.i. of the Permanent Mission of Trinidad and Tobago to the United Nations. "
     "The interview was recorded on Tuesday 9 September 2025.\nGovTT News: What are your priorities for this "
     "session?\nExample-Charles: Three things. Security, climate finance and reform.\nGovTT News: What can the UN "
     "still do?\nExample-Charles: A mission without funding is a promise without a plan.", "Darren Example-Charles",
     "Chargé d’affaires a.i. of the Permanent Mission of Trinidad and Tobago to the United Nations"),
    # A Turkic patronymic inside the name ('Rasul oglu'), the surname in capitals.
    (["OSCE Permanent Council No. 1502", "Delivered by Mr. Elvin Rasul oglu EXAMPLE, Counsellor"], BODY,
     "Elvin Rasul oglu Example", "Counsellor"),
    # A presidency's banner in Cyrillic ('Председник Републике Србије', the President of the Republic) is a post, not
    # a name: the release's lead names the speaker.
    (["Председник Републике Србије", "President of the Republic of Serbia", "Ћирилица | Latinica | English",
      "Home   President   Press Center   Activities   Gallery   Contact", "Press Center > News", "22.04.2024. 23:47"],
     "President Example at the UN Security Council session on UNMIK\n\nNew York, 22 April 2024 – The President of the "
     "Republic of Serbia, Nebojša Example, addressed today the session of the United Nations Security Council.",
     "Nebojša Example", "President of the Republic of Serbia"),
    # The session a rank came to, on the line under the post, is the occasion ...
    (["Statement by the Head of the Delegation of the Republic of Iraq", "Dr. Suha Kadhim EXAMPLE",
      "Minister Plenipotentiary", "to the Sixty-Fifth Session of the Preparatory Commission",
      "for the Comprehensive Nuclear-Test-Ban Treaty Organization", "Vienna, 18-20 November 2025"], BODY,
     "Suha Kadhim Example", "Minister Plenipotentiary"),
    # ... while a representative is accredited to it.
    (["Statement by Ms. Anna Example, Alternate Representative of Guyana to the 79th Session of the General Assembly",
      "New York, 10 October 2024"], BODY, "Anna Example",
     "Alternate Representative of Guyana to the 79th Session of the General Assembly"),
])
def test_speakers_behind_academic_military_and_ministerial_styles(lines, body, speaker, role):
    assert speaker_and_role(page(*lines, body=body)) == (speaker, role)


def test_a_wires_dateline_with_its_day_and_its_credit_between_slashes():
    # A Romanian agency's dateline: the day without its year, the agency between slashes, then the lead's subject.
    text = ("AGERPRES\nActualitate | Politic | Externe\nEditor: Ana Exemplu\n24-02-2026 17:42\n\n"
            "Geneva, 24 feb /AGERPRES/ - Ministrul afacerilor externe, Radu Exemplu, a susținut luni o intervenție în "
            "cadrul segmentului la nivel înalt al Consiliului ONU pentru Drepturile Omului.\n")
    assert speaker_and_role(text) == ("Radu Exemplu", "Ministrul afacerilor externe")


@pytest.mark.parametrize("byline", ["Par CRTV Web | 25/02/2025 - 08:40", "Por Redacción | 25/02/2025",
                                    "Von Online-Redaktion | 25.02.2025"])
def test_a_news_sites_desk_signing_its_item_is_no_speaker(byline):
    # The desk that signs a State broadcaster's item, in the site's language, is not a person: the speaker is the
    # one the text reproduced below it names.
    text = ("CRTV\nAccueil > Actualités > Diplomatie\nUkraine : l'Exemplie explique son abstention\n"
            f"{byline}\n\nEXPLICATION DE VOTE DE LA RÉPUBLIQUE D'EXEMPLIE\nNew York, le 24 février 2025\n\n"
            "Par M. EXEMPLE ONDOUA Jean-Claude, Représentant permanent adjoint de l'Exemplie auprès des Nations Unies"
            "\n\nMonsieur le Président,\n\nLa délégation souhaite expliquer son vote.\n")
    assert speaker_and_role(text) == ("Exemple Ondoua Jean-Claude",
                                      "Représentant permanent adjoint de l'Exemplie auprès des Nations Unies")


@pytest.mark.parametrize("agency", ["Agencia EFE", "Agence France-Presse", "Agenzia Nova"])
def test_the_news_agency_signing_its_wire_item_is_no_speaker(agency):
    # A wire item repeats its agency's name under the headline, on a line of its own as a byline stands: the speaker
    # is the minister its lead names in full.
    text = (f"{agency}\nMundo\nEjemplo defiende en Ginebra la candidatura de Ejemplia al Consejo de Derechos Humanos\n"
            "El ministro de Asuntos Exteriores pide ante el Consejo \"no mirar hacia otro lado\"\n"
            f"{agency}\n27 de febrero de 2023 | 12:48\n\nGinebra, 27 feb (EFE).- El ministro de Asuntos Exteriores, "
            "Unión Europea y Cooperación, Ignacio Ejemplo Lafuente, defendió este lunes ante el Consejo de Derechos "
            "Humanos la candidatura de Ejemplia.\n\n\"Ejemplia seguirá al lado de las víctimas\", afirmó el "
            "ministro.\n")
    assert speaker_and_role(text) == ("Ignacio Ejemplo Lafuente",
                                      "ministro de Asuntos Exteriores, Unión Europea y Cooperación")


@pytest.mark.parametrize("heading, speaker, role", [
    # A post that lists its ministry's portfolios between commas, then the name behind an honorific: the portfolios
    # are no name.
    ("Statement by the Parliamentary State Secretary to the Federal Minister for Family Affairs, Senior Citizens, "
     "Women and Youth, Dr. Jonas Example-Kampmann, at the Security Council", "Jonas Example-Kampmann",
     "Parliamentary State Secretary to the Federal Minister for Family Affairs, Senior Citizens, Women and Youth"),
    # ... while a bare name set off by commas stays the speaker when another's post follows it.
    ("Statement by the Minister for Foreign Affairs, Anna Example, and the Ambassador of Ruritania, Mr. Jan Other, "
     "at the Security Council", "Anna Example", "Minister for Foreign Affairs"),
])
def test_a_posts_list_of_portfolios_before_the_name(heading, speaker, role):
    assert speaker_and_role(page(heading, body=BODY)) == (speaker, role)


def test_a_letterheads_address_is_no_one_and_a_courtesy_title_after_the_signed_name_is_dropped():
    # A ministry's letterhead gives its postal address in capitalized words between commas: no post and no name.
    # The letter is signed with the courtesy title in brackets after the name, as Nigerian officials sign.
    text = ("FEDERAL MINISTRY OF WOMEN AFFAIRS\nFederal Republic of Examplia\nFederal Secretariat Complex, Phase II, "
            "Shehu Example Way, Abuja\nHome > Media Centre > Documents\n\nLetter to the President of the Human Rights "
            "Council transmitting the mid-term report\n\nExcellency,\n\nI have the honour to transmit the voluntary "
            "mid-term report of the Government.\n\nPlease accept, Excellency, the assurances of my highest "
            "consideration.\n\nFUNMILAYO ADEBISI EXAMPLE-EKPO (MRS)\nPermanent Secretary, Federal Ministry of Women "
            "Affairs\n")
    assert speaker_and_role(text) == ("Funmilayo Adebisi Example-Ekpo",
                                      "Permanent Secretary, Federal Ministry of Women Affairs")


@pytest.mark.parametrize("opening, speaker, role", [
    # A head of delegation opening with the pronoun set off before the name and post, then the verb.
    ("Thank you, Mr. President.\n\nI, Ambassador Meskerem Example Abebe, Permanent Representative of Examplia to the "
     "United Nations Office at Geneva, take the floor to explain the vote of my delegation.",
     "Meskerem Example Abebe", "Permanent Representative of Examplia to the United Nations Office at Geneva"),
    ("Mr. President,\n\nI, Héctor Example Batz, Executive Director of the Presidential Commission for Peace and Human "
     "Rights, have the honour to address the Council on behalf of the Government.",
     "Héctor Example Batz", "Executive Director of the Presidential Commission for Peace and Human Rights"),
    # ... not a pronoun set off for another reason, with no verb of the first person after the name.
    ("Mr. President,\n\nI, too, Madam Chair, Anna Example, would like to join others.", None, None),
])
def test_a_speaker_who_opens_with_the_pronoun_set_off_before_name_and_post(opening, speaker, role):
    text = "Statements\n\nExplanation of vote on the resolution on the human rights situation\n\n" + opening + "\n"
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A Chinese speaker's line under the title: the post, an ideographic space, the name closing the line; the
    # address the speech opens on ('主席先生：', Mr. President:) names no one.
    (["国家原子能机构", "柳振东在国际原子能机构第69届大会上的发言", "中国代表团团长、国家原子能机构主任\u3000柳振东",
      "（2025年9月15日，维也纳）", "主席先生：", "首先，我代表中国政府和中国代表团，祝贺您当选本届大会主席。"],
     "柳振东", "中国代表团团长、国家原子能机构主任"),
    (["国家原子能机构", "在国际原子能机构第69届大会上的发言", "（2025年9月15日，维也纳）", "主席先生：",
      "首先，我代表中国政府和中国代表团，祝贺您当选本届大会主席。"], None, None),
])
def test_a_chinese_speakers_line_and_the_address_that_names_no_one(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n") == (speaker, role)


@pytest.mark.parametrize("introduction, speaker, role", [
    # The head of delegation's next sentence is no part of the post she gives ...
    ("My name is Mette Example Bjerre, and I am the Permanent Secretary of the Ministry of Justice. It is an honour "
     "for me to lead the delegation of the Kingdom of Examplia.", "Mette Example Bjerre",
     "Permanent Secretary of the Ministry of Justice"),
    # ... and an abbreviation's full stop ends no sentence.
    ("My name is Anna Example, and I am the Permanent Representative of St. Kitts and Nevis to the United Nations. It "
     "is an honour to speak.", "Anna Example", "Permanent Representative of St. Kitts and Nevis to the United Nations"),
])
def test_a_self_introduced_post_ends_with_its_sentence(introduction, speaker, role):
    text = ("Statement by the head of delegation\nCommittee against Torture, 82nd session\n\nMadam Chair,\n\n"
            + introduction + "\n")
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker", [
    # A headline gives the ambassador's two-word surname alone; the lead names her in full after her post.
    ("Udenrigsministeriet\nNyheder\nAmbassadør Lindqvist Eksempel: Domstolens domme skal gennemføres\n\nStrasbourg, "
     "26. februar 2025 – Eksemplias faste repræsentant ved Europarådet, ambassadør Mette Lindqvist Eksempel, åbnede i "
     "dag seminaret.\n", "Mette Lindqvist Eksempel"),
    # An interview's labels give the double surname; its standfirst names her in full.
    ("Inicio > Entrevistas\nEntrevista a la vicepresidenta de la República, Carmen Yolanda Ejemplo Parra, en el "
     "programa «Primera Línea»\n\nPregunta: ¿Cuál es el balance?\n\nEjemplo Parra: Buenos días. El balance es muy "
     "positivo.\n\nPregunta: ¿Y el laudo?\n\nEjemplo Parra: Ese laudo es nulo.\n", "Carmen Yolanda Ejemplo Parra"),
    # A news item names its speaker in full after the post in the lead and by the double surname when it quotes ...
    ("Newsroom\nEjemplia presents its financing framework at FfD4\n\nSeville, Spain, July 1, 2025 (DNP). The Deputy "
     "Director-General for Investment, Monitoring and Evaluation of the DNP, Camilo Ejemplo Zapata, presented the "
     "framework at a side event.\n\n\"Ejemplia needs to mobilize close to 80 trillion pesos every year,\" said "
     "Ejemplo Zapata.\n",
     "Camilo Ejemplo Zapata"),
    # ... or under a headline giving the rank and surname, the full name after the post and its organization.
    ("Vijesti\nVeleposlanica Primjer Radman u općoj raspravi Izvršnog vijeća OPCW-a\n\nVeleposlanica Republike "
     "Primjerije i stalna predstavnica pri OPCW-u Vesna Primjer Radman govorila je u utorak, 9. srpnja 2024.\n\n"
     "„Svaka uporaba kemijskog oružja neprihvatljiva je“, rekla je veleposlanica Primjer Radman.\n",
     "Vesna Primjer Radman"),
    # A two-word name the item always gives in full is the whole name: no State or ministry before it joins it.
    ("News\nMinister of Foreign Affairs of Armenia Ara Example met the Secretary General\n\nOn 3 May, Minister of "
     "Foreign Affairs of Armenia Ara Example said that the talks had been useful.\n", "Ara Example"),
    ("News Agency\n5 NOV 2020, 08:00\nDiplomat says the treaty can still be extended\nDirector of the Foreign "
     "Ministry's Department for Non-Proliferation and Arms Control Konstantin Example answered questions about "
     "strategic stability\nMOSCOW, November 5. In an interview, Konstantin Example, Director of the Foreign Ministry's "
     "Department for Non-Proliferation and Arms Control, said that time was short.\n", "Konstantin Example"),
])
def test_a_double_surname_given_alone_is_completed_from_the_lead(text, speaker):
    assert speaker_and_role(text)[0] == speaker


@pytest.mark.parametrize("text, speaker, role", [
    # South Asian and Commonwealth style writes the office after the function and a comma: 'Member, National Planning
    # Commission', as 'Secretary, Ministry of Foreign Affairs'.
    ("Statements\nStatement on behalf of the Group of Least Developed Countries\nEconomic and Social Council\n"
     "Wednesday, 17 May 2023\nDelivered by Mr. Ram Prasad Example, Member, National Planning Commission, on behalf of "
     "the Group of Least Developed Countries\n\nMr. Vice-President,\n",
     "Ram Prasad Example", "Member, National Planning Commission"),
    # A Lusophone government's national director ('Diretor Nacional') in English.
    ("Speeches\nStatement on behalf of the Group of African States\nCommission on Crime Prevention and Criminal "
     "Justice\nTuesday, 20 May 2025\nDelivered by: Abílio Tembe Example, National Director for Human Rights and "
     "Citizenship, Ministry of Justice\n\nMr. Chair,\n",
     "Abílio Tembe Example", "National Director for Human Rights and Citizenship, Ministry of Justice"),
    # Indonesian coordinating ministries' deputies ('Deputi Bidang ...') are 'Deputy for' their field.
    ("OPENING STATEMENT\nDELEGATION OF THE REPUBLIC OF EXEMPLIA\nGeneva, 14 October 2025\nBy:\n"
     "Dr. Sri Wahyuningsih Example, M.Si.\nDeputy for Gender Equality, Ministry of Women's Empowerment and Child "
     "Protection\nHead of Delegation\n\nMadam Chair,\n",
     "Sri Wahyuningsih Example", "Deputy for Gender Equality, Ministry of Women's Empowerment and Child Protection"),
    # A head of State's own commissioner, whose remit names the people in care ('Children's Rights and Child
    # Rehabilitation'): words of the post, not of the name after it.
    ("Home / News / Speeches\n24 August 2023 - 23:52\nSpeech by Presidential Commissioner for Children's Rights and "
     "Child Rehabilitation Olena Example at the UN Security Council meeting on Ukraine\n\nMadam President,\n",
     "Olena Example", "Presidential Commissioner for Children's Rights and Child Rehabilitation"),
    # An interview with a head of government, the post before the name set off by commas.
    ("Home > News > Interviews\nPublished on 22/09/2023 at 08:05\n\"Small States have the most to lose\"\n"
     "Interview with the Head of Government, Albert Example Puigcernau, published by the daily Diari d'Exemple on "
     "the eve of his address to the General Assembly.\nQ. You will speak before the General Assembly tomorrow. What "
     "message are you taking?\nA. A simple one.\n",
     "Albert Example Puigcernau", "Head of Government"),
    # A headline's abbreviated post before the surname ('PM X's Speech') names no one in full: the lead does.
    ("Home > Media Center > Speeches\nPM Lev-Example's Speech at the 69th Session of the UN General Assembly\n"
     "Date: 30/09/2014\n\nFollowing is the text of Prime Minister Amnon Lev-Example's speech at the 69th Session of "
     "the UN General Assembly, delivered in New York on Monday, 29 September 2014:\n\nMr. President,\n",
     "Amnon Lev-Example", "Prime Minister"),
    # A committee's remit listed with commas before the name: its words ('Foreign Economic Relations') are no name.
    ("Home / Press service / News\nStatement by the Chairperson of the Senate Committee on International Affairs, "
     "Foreign Economic Relations, Foreign Investment and Tourism Feruza Example-Karimova at the High-level Political "
     "Forum\nNew York, 16 July 2025\n\nMr. President,\n", "Feruza Example-Karimova",
     "Chairperson of the Senate Committee on International Affairs, Foreign Economic Relations, Foreign Investment "
     "and Tourism"),
    # A State's representative charged with a field, and its agent before the Court, on lines under the name.
    ("Home / News\nOpening statement of the Agent of the Republic of Armenia at the public hearings on the preliminary "
     "objections raised by Azerbaijan\nApplication of the International Convention on the Elimination of All Forms "
     "of Racial Discrimination (Armenia v. Azerbaijan)\nMr. Gevorg "
     "Example\nRepresentative of the Republic of Armenia on International Legal Matters,\nAgent of the Republic of "
     "Armenia\nPeace Palace, The Hague, 17 April 2024\n\nMr. President, Members of the Court,\n", "Gevorg Example",
     "Representative of the Republic of Armenia on International Legal Matters, Agent of the Republic of Armenia"),
    # A director-general's division listed with commas, the name set off after it.
    ("Home > Newsroom > News\nPosted: July 2, 2025\n\nColombia presents its financing framework at FfD4\n\n"
     "Seville, Spain, July 1, 2025 (DNP). The Deputy Director-General for Investment, Monitoring and Evaluation of "
     "the DNP, Camilo Example Zapata, presented the framework at the conference.\n", "Camilo Example Zapata",
     "Deputy Director-General for Investment, Monitoring and Evaluation of the DNP"),
])
def test_functions_named_before_their_office(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A French release's lead: the post, then 'M.' and the name set off by commas, then the verb.
    ("Communiqués\nLe Délégué interministériel conduit la délégation au dialogue avec le Comité\nPublié le : "
     "14/11/2025\nGenève, 13 novembre 2025 – Le Délégué interministériel aux droits de l'Homme, M. Abdelkrim "
     "EXEMPLE, a conduit la délégation du Royaume lors de l'examen du rapport.\n",
     "Abdelkrim Exemple", "Délégué interministériel aux droits de l'Homme"),
    # A lead opening with the post alone, the name given in the next sentence: the post ends at the lead's verb.
    ("Communiqué de presse\n\nLa Principauté à la 69ème Conférence générale de l'AIEA à Vienne\n\nLe Conseiller "
     "de Gouvernement-Ministre des Relations Extérieures et de la Coopération s'est rendu à Vienne, les 15 et 16 "
     "septembre, à l'occasion de la 69ème session ordinaire de la Conférence générale de l'Agence internationale de "
     "l'énergie atomique (AIEA).\n\nDans son intervention devant la Conférence générale, le 15 septembre 2025, Mme "
     "Hélène Exemple-Marsan a rappelé le partenariat historique qui lie la Principauté à l'Agence.\n",
     "Hélène Exemple-Marsan", "Conseiller de Gouvernement-Ministre des Relations Extérieures et de la Coopération"),
])
def test_french_leads_name_the_post_first(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)
