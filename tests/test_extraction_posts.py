"""Speaker and post in conventions of missions, ministries and government offices: one comment per row.

Every row is written for this file (names are invented); each stands for a
convention of diplomatic writing, not for one document.
"""

from __future__ import annotations

import pytest

from indexer.extraction import extract
from indexer.extraction.names import is_post, names_holders
from indexer.extraction.posts import (
    post_after,
)


def speaker_and_role(text: str) -> tuple[str | None, str | None]:
    found = extract(text, "t.txt", "t")
    return found.speaker, found.speaker_role


def release(opening: str) -> str:
    return "Kementerian Luar Negeri\n\nBerita\n\nSebuah judul berita\n\n" + opening + "\n\nTeks lain menyusul.\n"


@pytest.mark.parametrize("opening, speaker, role", [
    # Indonesian: the passive 'disampaikan oleh' names the post, then the ambassador behind 'Duta Besar'.
    ("Jenewa, 3 Mei 2025 – Hal tersebut disampaikan oleh Wakil Tetap RI untuk PBB, Duta Besar Andi Budi SANTOSO, "
     "dalam sidang Dewan HAM hari ini.", "Andi Budi Santoso", "Wakil Tetap RI untuk PBB"),
    # ... 'dibacakan oleh' (read out by), the minister named after the post.
    ("Pernyataan itu dibacakan oleh Menteri Luar Negeri RI, Siti Example, pada Sidang Majelis Umum PBB.",
     "Siti Example", "Menteri Luar Negeri RI"),
    # Malay: 'disampaikan oleh' with the ambassador's honorific 'Dubes' shortened.
    ("New York, 5 Mac 2025 - Kenyataan Malaysia disampaikan oleh Wakil Tetap Malaysia ke Pertubuhan Bangsa-Bangsa "
     "Bersatu, Dubes Ahmad Example, semasa perbahasan terbuka itu.", "Ahmad Example",
     "Wakil Tetap Malaysia ke Pertubuhan Bangsa-Bangsa Bersatu"),
])
def test_the_indonesian_and_malay_passive_names_who_delivered(opening, speaker, role):
    assert speaker_and_role(release(opening)) == (speaker, role)


def test_a_korean_surname_is_no_indonesian_abbreviation():
    text = "Statement by H.E. Mr. Ri Yong Example, Minister for Foreign Affairs\n\nMr. President,\n"
    assert speaker_and_role(text) == ("Ri Yong Example", "Minister for Foreign Affairs")


@pytest.mark.parametrize("text, expected", [
    # A Geneva mission's post lists the organizations it is accredited to, the last with 'other ...'.
    (", Permanent Representative of Example to the United Nations, WTO and other International Organizations in "
     "Geneva, at the plenary", "Permanent Representative of Example to the United Nations, WTO and other "
     "International Organizations in Geneva"),
    # ... with the article and the British spelling.
    (", Permanent Representative of Example to the UN Office, the WTO, and other international organisations in "
     "Geneva", "Permanent Representative of Example to the UN Office, the WTO, and other international "
     "organisations in Geneva"),
    # ... in French.
    (", Représentant permanent de l'Exemple auprès de l'Office des Nations Unies, de l'OMC et des autres "
     "organisations internationales à Genève", "Représentant permanent de l'Exemple auprès de l'Office des Nations "
     "Unies, de l'OMC et des autres organisations internationales à Genève"),
    # ... in Indonesian.
    (", Wakil Tetap RI untuk PBB, WTO dan Organisasi Internasional lainnya di Jenewa",
     "Wakil Tetap RI untuk PBB, WTO dan Organisasi Internasional lainnya di Jenewa"),
    # An acronym that closes no such list is no more of the post.
    (", Permanent Representative of Example to the United Nations, WTO negotiator", "Permanent Representative of "
     "Example to the United Nations"),
])
def test_a_missions_accreditation_lists_its_organizations(text, expected):
    assert post_after(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Federal Democratic Republic of Ethiopia", False),  # a State's official name opening like a post
    ("Federal Republic of Germany", False),
    ("Federal Minister for Foreign Affairs", True),  # the post it looks like
    ("Consultor Jurídico Adjunto de la Misión Permanente de México", True),  # the legal adviser, in Spanish
    ("Consultora Jurídica do Ministério das Relações Exteriores", True),  # ... in Portuguese
    ("Asesora de la Misión Permanente de Chile ante las Naciones Unidas", True),  # an adviser, in Spanish
    # A minister by his portfolio, as Commonwealth newspapers style him; a Kenyan cabinet secretary too.
    ("Foreign Affairs and International Trade Minister", True),
    ("Health and Child Care Minister", True),
    ("Foreign Affairs Cabinet Secretary", True),
    ("Security Council Minister", False),  # a body's name before the word is no portfolio
])
def test_posts_and_what_only_looks_like_one(text, expected):
    assert is_post(text) is expected


def test_a_newspapers_byline_names_no_speaker():
    """The journalist a byline names with a newsroom's post ('Senior Reporter') asks the questions; he is never the
    speaker."""
    text = ("The Herald\nHome | News | Opinion\n\n'Examplia ready for UPR scrutiny'\n\n14 Jan, 2022\n"
            "Tapiwa Example-Dube, Senior Reporter\nShare: Facebook | X\n\nExamplia will present its third national "
            "report under the Universal Periodic Review later this month. Our Senior Reporter spoke to the Permanent "
            "Representative on the country's preparations. Below are excerpts.\n\nTMD: Ambassador, what is the "
            "Universal Periodic Review?\n\nTRM: A peer review of every member State.\n")
    speaker, role = speaker_and_role(text)
    assert speaker != "Tapiwa Example-Dube" and role != "Senior Reporter"


def test_a_signature_ends_at_the_state_it_signs_for():
    text = ("Letter to the President of the Security Council\n\nExcellency,\n\nI write about the dam.\n\n"
            "Please accept, Excellency, the assurances of my highest consideration.\n\nAnna Example Tadesse\n"
            "Deputy Prime Minister and Minister of Foreign Affairs\nFederal Democratic Republic of Ethiopia\n")
    assert speaker_and_role(text) == ("Anna Example Tadesse", "Deputy Prime Minister and Minister of Foreign Affairs")


@pytest.mark.parametrize("lines, speaker, role", [
    # A Spanish heading: the rank before the name is a title, the legal adviser's post after it.
    (["Intervención del Consejero Juan EXAMPLE PÉREZ, Consultor Jurídico de la Misión Permanente de Chile ante las "
      "Naciones Unidas"], "Juan Example Pérez", "Consultor Jurídico de la Misión Permanente de Chile ante las "
     "Naciones Unidas"),
    # A spokesperson's statement: the title names the post and the name, and the first line names them again
    # in a sentence; the words after the name there are no post.
    (["Statement by Deputy Government Spokesperson Anna Example on the adoption of the Pact", "Share   Print",
      "Deputy Government Spokesperson Anna Example issued the following statement today:"], "Anna Example",
     "Deputy Government Spokesperson"),
    # ... in French, the spokesperson of a ministry.
    (["Déclaration de la Porte-parole du ministère Anne Exemple sur la situation au Soudan",
      "La Porte-parole du ministère Anne Exemple a fait la déclaration suivante :"], "Anne Exemple",
     "Porte-parole du ministère"),
    # 'General' is a rank only right before a name: before the office it opens it is a word of the post.
    (["Remarks by General Secretary Xi Example at the Summit", "3 March 2024"], "Xi Example", "General Secretary"),
    (["Statement by the Chief of the General Staff Ivan Example", "3 March 2024"], "Ivan Example",
     "Chief of the General Staff"),
    # News style writes a delegation's post in lower case after the name, as written.
    (["Statement by Ms. Ama Example, deputy permanent representative of Ghana to the United Nations", "3 March 2024"],
     "Ama Example", "deputy permanent representative of Ghana to the United Nations"),
    # A newspaper's lead: the minister by his portfolio, then his rank, then the name.
    (["Lift sanctions now, Examplia tells UN rights body", "28 Feb, 2023", "Herald Reporter",
      "Addressing the high-level segment of the Council's 52nd session in Geneva yesterday, Foreign Affairs and "
      "International Trade Minister Ambassador Tendai Example Moyo said the Republic had engaged the Council."],
     "Tendai Example Moyo", "Foreign Affairs and International Trade Minister"),
    # A Caribbean minister sitting in the Senate is styled by it after his post: 'Senator' is no part of the post.
    (["Examplia tells UN Human Rights Council: development is a human right", "Examplia used its address to the "
      "high-level segment to call for a fairer financial system. The statement was delivered by the Minister of "
      "Foreign Affairs and Foreign Trade, Senator Dr. the Hon. Anna K. Example-Worrell. Here is the full statement:"],
     "Anna K. Example-Worrell", "Minister of Foreign Affairs and Foreign Trade"),
    # A ministry's portfolio list broken by its commas: 'Legal' after 'for Political,' is its next part, no name.
    (["Statement of the Coordinating Minister for Political, Legal and Security Affairs at the High-Level Segment",
      "Statement by", "H.E. Bambang Example Wicaksono",
      "Coordinating Minister for Political, Legal and Security Affairs of the Republic of Indonesia"],
     "Bambang Example Wicaksono",
     "Coordinating Minister for Political, Legal and Security Affairs of the Republic of Indonesia"),
    (["Delivered by the Deputy for Coordination of Foreign Policy, Coordinating Ministry for Political, Legal and "
      "Security Affairs, Mr. Agus Example Purnomo", "22 June 2023"], "Agus Example Purnomo",
     "Deputy for Coordination of Foreign Policy, Coordinating Ministry for Political, Legal and Security Affairs"),
    # An Australian department's rank, 'First Assistant Secretary', opens a post as 'First Secretary' does.
    (["Statement by the First Assistant Secretary of the Office for Women and Head of the Australian Delegation, "
      "Ms Joanne Example-Reid", "12 February 2025"], "Joanne Example-Reid",
     "First Assistant Secretary of the Office for Women and Head of the Australian Delegation"),
    # A news service's lead ends on a colon before the text it reproduces: no part of the post.
    (["Washington File", "21 November 2005", "Following is the text of the explanation of vote delivered by Marjorie "
      "L. Example, U.S. Representative to the Third Committee:"], "Marjorie L. Example",
     "U.S. Representative to the Third Committee"),
    # A mission's legal counsellor is a post, as its legal adviser is.
    (["Statement by Mr. Kwame Example, Legal Counsellor, Permanent Mission of Ghana", "3 March 2024"],
     "Kwame Example", "Legal Counsellor, Permanent Mission of Ghana"),
])
def test_posts_as_headings_write_them(lines, speaker, role):
    text = "\n".join(lines) + "\n\n" + "Mr. President,\n\nThank you.\n"
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lead, question, answer, speaker, role", [
    # A newspaper's interview: the outlet's name labels the questions, the honorific and surname the answers,
    # and the lead names the ambassador in full after the post.
    ("Example's Permanent Representative to the United Nations in New York, Ambassador Ruth EXAMPLE-MONDE, spoke "
     "to The Daily Example.", "The Daily Example: Ambassador, what were the priorities this week?",
     "Ambassador Example-Monde: The ocean and climate finance.", "Ruth Example-Monde",
     "Permanent Representative to the United Nations in New York"),
    # ... in Spanish, a broadcaster's label and inverted question marks.
    ("La Representante Permanente ante las Naciones Unidas, la Embajadora María Example, conversó con Radio Ejemplo.",
     "Radio Ejemplo: ¿Cuáles son las prioridades de la Misión?", "Embajadora Example: La financiación del desarrollo.",
     "María Example", "Representante Permanente ante las Naciones Unidas"),
    # ... in French, with the space French sets before a colon and a question mark.
    ("Le Représentant permanent auprès de l'ONU, l'Ambassadeur Jean Exemple, a répondu au Quotidien.",
     "Le Quotidien : Quelles sont vos priorités ?", "Ambassadeur Exemple : Le climat, d'abord.", "Jean Exemple",
     "Représentant permanent auprès de l'ONU"),
])
def test_an_interview_labelled_by_its_outlet(lead, question, answer, speaker, role):
    outlet, answerer = question.split(":")[0], answer.split(":")[0]
    text = (f"News\n\nINTERVIEW: the Ambassador on the week\n\n{lead}\n\n{question}\n\n{answer}\n\n"
            f"{outlet}: And after that?\n\n{answerer}: The same.\n\nMore follows.\n")
    assert speaker_and_role(text) == (speaker, role)


def test_an_interviewer_labelled_again_by_a_remark():
    """The outlet's label opens a remark as well as questions ('ZNS: Critics say ...'), and the answers are tagged by
    the surname in capitals, which the lead names in full after the post."""
    text = ("ZNS Example\n\nINTERVIEW: the UN envoy on the conference\n\nThe following is an edited transcript of an "
            "interview recorded on Thursday in St. John's, Antigua and Barbuda, for ZNS TV-13's \"Example @ Sunrise\", "
            "with the Permanent Representative of Example to the United Nations, Ambassador Marla T. Knowles-Example, "
            "on the closing day of the Conference.\n\nZNS: Ambassador, what does Example take home?\n\n"
            "KNOWLES-EXAMPLE: A programme for ten years.\n\n"
            "ZNS: Critics say these conferences produce documents and little else.\n\n"
            "KNOWLES-EXAMPLE: I understand the frustration.\n")
    assert speaker_and_role(text) == ("Marla T. Knowles-Example",
                                      "Permanent Representative of Example to the United Nations")


DASHED_INTERVIEW = ("Kazinform\nHome / Exclusive\nExample envoy: water must unite the region\n23 March 2026, 16:20\n\n"
                    "NEW YORK. KAZINFORM – Ahead of the Water Conference, our correspondent {lead}, about the Aral "
                    "Sea and the rivers.\n\n– Madam Ambassador, what does Examplestan expect from the conference?\n\n"
                    "– A common approach to water.\n\n– How do you assess cooperation with the neighbours?\n\n"
                    "– Without cooperation there is no solution.\n")


@pytest.mark.parametrize("lead, speaker, role", [
    # A dashed interview labels no one: the lead names whom the outlet spoke with, the post after the name.
    ("spoke on 21 March 2026 with Aigerim Example, Permanent Representative of Kazakhstan to the United Nations",
     "Aigerim Example", "Permanent Representative of Kazakhstan to the United Nations"),
    # ... with no post after the name, the lead names no one as the interviewee for sure.
    ("spoke on 21 March 2026 with Aigerim Example", None, None),
])
def test_a_dashed_interview_names_its_interviewee_in_the_lead(lead, speaker, role):
    assert speaker_and_role(DASHED_INTERVIEW.format(lead=lead)) == (speaker, role)


def test_a_call_readout_names_no_interviewee():
    """'Spoke with' in a readout of a call, with no questions below, is no interview."""
    text = ("News\n\nTelephone conversation\n\n23 March 2026\n\nThe Minister spoke today with Aigerim Example, "
            "Minister of Foreign Affairs of Kazakhstan, about the Aral Sea.\n\nThey agreed to meet again.\n")
    assert speaker_and_role(text)[0] != "Aigerim Example"


@pytest.mark.parametrize("text", [
    # A clause before a colon, a verb in it, is prose quoting a question, not an outlet's label.
    "News\n\nThe Council at a crossroads\n\nMany ask: is this Council still able to act?\n\n"
    "President Anna Example: we must answer with deeds.\n\nThe debate goes on.\n",
    # ... and one labelled question with one named line after it is no transcript.
    "News\n\nThe Council at a crossroads\n\nThe Headline Question: is this Council still able to act?\n\n"
    "President Anna Example: we must answer with deeds.\n\nThe debate goes on.\n",
])
def test_a_question_in_prose_is_no_interview(text):
    assert speaker_and_role(text) == (None, None)


@pytest.mark.parametrize("heading, speaker, role", [
    # Portuguese: the participle and 'pela' name who read the statement.
    ("Declaração lida pela Ministra Ana Exemplo, Ministra dos Negócios Estrangeiros", "Ana Exemplo",
     "Ministra dos Negócios Estrangeiros"),
    # ... 'proferido pelo' before the ambassador.
    ("Discurso proferido pelo Embaixador João Exemplo, Representante Permanente do Brasil junto às Nações Unidas",
     "João Exemplo", "Representante Permanente do Brasil junto às Nações Unidas"),
    # Italian: 'pronunciato dall'' glued to the ambassador's title.
    ("Intervento pronunciato dall'Ambasciatore Marco Esempio, Rappresentante Permanente d'Italia presso le Nazioni "
     "Unite", "Marco Esempio", "Rappresentante Permanente d'Italia presso le Nazioni Unite"),
    # ... 'letta dal' before a rank that is the title.
    ("Dichiarazione letta dal Consigliere Luca Esempio, Primo Consigliere della Rappresentanza", "Luca Esempio",
     "Primo Consigliere della Rappresentanza"),
])
def test_the_passive_names_who_delivered_in_portuguese_and_italian(heading, speaker, role):
    assert speaker_and_role(heading + "\n\nSenhor Presidente,\n\nObrigado.\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A German government's spokesperson, the post a compound before the name.
    (["Erklärung von Regierungssprecher Steffen Beispiel zur Annahme des Pakts",
      "Regierungssprecher Steffen Beispiel erklärte heute:"], "Steffen Beispiel", "Regierungssprecher"),
    # ... a ministry's spokesperson, the ministry in the genitive.
    (["Erklärung von Sprecherin des Auswärtigen Amts Anna Beispiel zur Lage in Sudan"], "Anna Beispiel",
     "Sprecherin des Auswärtigen Amts"),
    # A Spanish government's spokesperson: the communiqué names her after the post.
    (["Comunicado de la Portavoz del Gobierno, María Ejemplo, sobre la situación en Sudán"], "María Ejemplo",
     "Portavoz del Gobierno"),
    # ... 'Declaraciones del' before a minister.
    (["Declaraciones del Ministro de Relaciones Exteriores, Juan Ejemplo, a su llegada a Nueva York"], "Juan Ejemplo",
     "Ministro de Relaciones Exteriores"),
])
def test_spokespersons_statements(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nDer Text folgt.\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A Portuguese presidency: 'Intervenção do' before the head of State's post, then his titles and name.
    (["Intervenção do Presidente da República, Professor Doutor Rui Exemplo"], "Rui Exemplo",
     "Presidente da República"),
    # ... a message ('Mensagem do'), the name set off by commas before the occasion.
    (["Mensagem do Presidente da República, Rui Exemplo, por ocasião do Dia das Nações Unidas"], "Rui Exemplo",
     "Presidente da República"),
    # ... the head of State's office named alone, before the occasion: the post, no name.
    (["Intervenção do Presidente da República na sessão plenária da Conferência dos Oceanos"], None,
     "Presidente da República"),
    # ... but a minister's post alone is not read (as 'Statement by Minister of Health' without 'the').
    (["Intervenção da Ministra da Saúde na Assembleia Mundial da Saúde"], None, None),
])
def test_a_presidencys_heading_names_the_head_of_state(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nSenhor Presidente,\n\nObrigado.\n") == (speaker, role)


def test_a_post_ends_before_the_draft_voted_on():
    """An explanation of vote's heading puts the draft on the line below the post."""
    text = ("Explanation of Vote\nby\nMr. Kamol Example\n"
            "Counsellor, Permanent Mission of Ruritania to the United Nations\n"
            "on draft resolution A/80/L.9: \"Cooperation between the United Nations and others\"\n\n"
            "Mr. President,\n\nWe will vote in favour.\n")
    assert speaker_and_role(text) == ("Kamol Example",
                                      "Counsellor, Permanent Mission of Ruritania to the United Nations")


def test_a_quoted_letter_closes_its_quotation_after_the_post():
    """A page quoting a letter in full closes the quotation on the signature's post line."""
    text = ("Statements\nThe President addresses a letter to the Secretary-General\nThe Press Office published the "
            "following letter:\n\"Excellency,\nI have the honour to request the renewal of the mandate.\n"
            "Please accept, Excellency, the assurances of my highest consideration.\nKarim Example\n"
            "President of the Republic of Ruritania\"\n")
    assert speaker_and_role(text) == ("Karim Example", "President of the Republic of Ruritania")


@pytest.mark.parametrize("lines", [
    # Heads of government speaking together: the plural post names no one.
    ["Joint statement by the Prime Ministers of Australia, Canada and New Zealand on the situation in Sudan"],
    # ... nor do the foreign ministers of a group.
    ["Joint statement by the Foreign Ministers of the Nordic countries on Ukraine"],
])
def test_a_post_in_the_plural_names_no_speaker(lines):
    assert speaker_and_role("\n".join(lines) + "\n\nWe, the leaders, are appalled by the reports.\n") == (None, None)


@pytest.mark.parametrize("post, several", [
    ("Prime Ministers of Australia, Canada and New Zealand", True),
    ("Foreign Ministers of the Nordic countries", True),
    ("Ministros de Relaciones Exteriores", True),
    # A singular post that ends in 's' in its language: Latvian and Lithuanian nominatives, the German genitive.
    ("Ārlietu ministrs", False),
    ("Užsienio reikalų ministras", False),
    ("Bundesministers des Auswärtigen", False),
    ("Staatsministers für Europa", False),
])
def test_a_post_in_the_plural_is_told_from_a_singular_ending_in_s(post, several):
    assert names_holders(post) is several


def test_a_sites_related_pages_are_no_signature():
    """A page closing with a list of the site's other pages under 'Related links': no name above a post there."""
    text = ("News\nReadout\nThe Ministry hosted a workshop on mine action\nThe workshop gathered experts from the "
            "region to discuss the clearance of the remaining minefields. They reviewed the progress made since the "
            "last meeting of the States Parties and the needs of the affected communities.\nThe participants agreed "
            "to meet again next year.\nRelated Links\nMinister Example to travel to Geneva for the Human Rights "
            "Council\n")
    assert speaker_and_role(text) == (None, None)


def test_a_teasers_read_more_link_keeps_the_signature_below():
    """A summary's 'Read more' link near the top is a link's label, not the heading of the site's related pages."""
    text = ("Statement on the Day of Solidarity\n\n12 May 2025\n\nOn this day the Government renews its pledge to "
            "the Charter.\nRead more\n\nThe Government urges all parties to return to the talks without delay and "
            "to respect the ceasefire.\n\nWe are ready to support every effort for peace.\n\nAnna Example\n"
            "Minister for Foreign Affairs\n")
    assert speaker_and_role(text) == ("Anna Example", "Minister for Foreign Affairs")


@pytest.mark.parametrize("lines, speaker, role", [
    # An Arabic presidency: the post, the head of State's military rank ('العماد', General), the name, the occasion.
    (["كلمة رئيس الجمهورية العماد سامي فؤاد مثال أمام الجمعية العامة للأمم المتحدة", "نيويورك، 24 أيلول 2025"],
     "سامي فؤاد مثال", "رئيس الجمهورية"),
    # Thai: the honorific glued to the given name, the surname, then the post in one run and the verb.
    (["ข่าวสาร", "เมื่อวันที่ 3 มีนาคม 2568 นายสมชาย ตัวอย่าง เอกอัครราชทูตและผู้แทนถาวรไทยประจำสหประชาชาติ "
      "ได้กล่าวถ้อยแถลงในการประชุม"], "สมชาย ตัวอย่าง", "เอกอัครราชทูตและผู้แทนถาวรไทยประจำสหประชาชาติ"),
    # ... 'นางสาว' (Ms.) before a counsellor's post.
    (["ข่าวสาร", "นางสาวสุดา ตัวอย่าง ที่ปรึกษา คณะผู้แทนถาวรไทย ได้กล่าวถ้อยแถลง"], "สุดา ตัวอย่าง", "ที่ปรึกษา"),
    # An Arabic release's lead: 'ألقى' (delivered), the rank and the name, the post after a comma.
    (["أخبار البعثة", "أديس أبابا في 5 مارس 2024", "ألقى السفير شريف عبد الحليم مثال، سفير جمهورية مصر العربية لدى "
      "إثيوبيا ومندوبها الدائم لدى الاتحاد الأفريقي، كلمة مصر خلال الجلسة"],
     "شريف عبد الحليم مثال", "سفير جمهورية مصر العربية لدى إثيوبيا ومندوبها الدائم لدى الاتحاد الأفريقي"),
    # ... or the verb of the news ('أكد', stressed), an adviser's post, the title and the name before a comma.
    (["الأخبار", "أكد المستشار بالديوان الملكي المشرف العام على المركز الدكتور عبدالعزيز بن ناصر المثال، أن المملكة "
      "ستواصل دعمها"], "عبدالعزيز بن ناصر المثال", "المستشار بالديوان الملكي المشرف العام على المركز"),
    # A byline giving the post after 'delivered by' and the title and name on the line below; the delegation he
    # heads is no part of his post, as in English.
    (["كلمة المملكة أمام المؤتمر العام للوكالة الدولية للطاقة الذرية", "ألقاها رئيس هيئة الطاقة الذرية، رئيس الوفد",
      "الدكتور فراس خليل المثال", "فيينا، 16 أيلول 2025"],
     "فراس خليل المثال", "رئيس هيئة الطاقة الذرية"),
    # A byline naming its speaker by rank and name over a rank with his mission ('مستشار بالبعثة', counsellor at the
    # mission): the speaker, with no post.
    (["كلمة جمهورية السودان في ممارسة حق الرد", "يلقيها السيد/ محمد عثمان المثال",
      "مستشار بالبعثة الدائمة لجمهورية السودان لدى الأمم المتحدة", "نيويورك، 28 سبتمبر 2024"],
     "محمد عثمان المثال", None),
])
def test_posts_and_names_in_arabic_and_thai_leads(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nالنص يتبع.\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A Persian news lead: the dateline and the agency, the name, then the post between Persian commas.
    (["سیاست خارجی", "نماینده ایران در شورای امنیت: همه طرف ها باید به تعهدات خود عمل کنند",
      "نیویورک- ایرنا- امیرحسین نمونه نیا، سفیر و نماینده دائم جمهوری اسلامی ایران در سازمان ملل متحد، روز دوشنبه در "
      "نشست شورای امنیت گفت"],
     "امیرحسین نمونه نیا", "سفیر و نماینده دائم جمهوری اسلامی ایران در سازمان ملل متحد"),
    # ... 'the full text of the statement of' before the name, which is no part of it.
    (["هسته ای", "متن کامل بیانیه ایران در نشست شورای حکام",
      "وین- ایرنا- متن کامل بیانیه حسین نمونه‌خانی، سفیر و نماینده دائم جمهوری اسلامی ایران نزد سازمان های بین المللی "
      "مستقر در وین، که روز چهارشنبه قرائت شد"],
     "حسین نمونه‌خانی", "سفیر و نماینده دائم جمهوری اسلامی ایران نزد سازمان های بین المللی مستقر در وین"),
    # ... a cleric's honorific before the name, which keeps 'سید' (a descendant's title that is part of it).
    (["متن کامل سخنرانی رئیس جمهور در مجمع عمومی", "به گزارش خبرنگار اعزامی به نیویورک، حجت‌الاسلام والمسلمین سید "
      "مهدی نمونه‌نژاد، رئیس جمهور جمهوری اسلامی ایران، عصر سه‌شنبه سخنرانی کرد"],
     "سید مهدی نمونه‌نژاد", "رئیس جمهور جمهوری اسلامی ایران"),
    # ... or the post first, then the name between commas.
    (["اخبار سازمان", "واکنش سخنگوی سازمان به قطعنامه", "سخنگوی سازمان انرژی اتمی ایران، حمیدرضا نمونه‌پور، امروز "
      "پنجشنبه گفت"],
     "حمیدرضا نمونه‌پور", "سخنگوی سازمان انرژی اتمی ایران"),
    # A Persian byline: 'the speech of', the honorifics ('جناب آقای', sir; 'دکتر') and the name, the post below.
    (["سخنرانی‌ها", "متن سخنرانی دبیر ستاد در اجلاس شورای حقوق بشر", "سخنرانی جناب آقای دکتر محمدرضا نمونه‌فر",
      "معاون امور بین‌الملل قوه قضاییه و دبیر ستاد حقوق بشر جمهوری اسلامی ایران", "ژنو، ۸ اسفند ۱۴۰۲"],
     "محمدرضا نمونه‌فر", "معاون امور بین‌الملل قوه قضاییه و دبیر ستاد حقوق بشر جمهوری اسلامی ایران"),
])
def test_posts_and_names_in_persian_leads_and_bylines(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nآقای رئیس،\nمتن ادامه دارد.\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # Korean: 'our delegate's statement' in the heading names no one; the lead names the counsellor before the post.
    (["제68차 유엔 위원회 일반토의 우리 대표 발언문",
      "□ 김예시 주빈국제기구대표부 공사참사관은 일반토의에서 발언하였습니다."],
     "김예시", "주빈국제기구대표부 공사참사관"),
    # ... a heading's bare rank ('대사') written in full in the lead, two posts held at once joined by '겸'.
    (["[기고] 박예시 대사, 일간지 기고문 게재",
      "□ 박예시 주오스트리아대사 겸 주빈국제기구대표부 대사는 기고문을 게재하였습니다."],
     "박예시", "주오스트리아대사 겸 주빈국제기구대표부 대사"),
])
def test_korean_posts_in_heading_and_lead(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\n본문이 이어집니다.\n") == (speaker, role)


def test_a_german_heading_names_the_post_in_the_genitive():
    """'Rede des Bundesministers des Auswärtigen, X': the post in the nominative, as the lead writes it."""
    text = ("Rede von Karl Beispiel vor der Generalversammlung der Vereinten Nationen\n"
            "Rede des Bundesministers des Auswärtigen, Karl Beispiel, vor der Generalversammlung\n\n"
            "Herr Präsident,\n\nich danke Ihnen.\n")
    assert speaker_and_role(text) == ("Karl Beispiel", "Bundesminister des Auswärtigen")


@pytest.mark.parametrize("lead, speaker, role", [
    # 'Interview with the POST, Ambassador NAME': the post first, the name set off after it.
    ("Interview with the Permanent Representative of Portugal to the Council of Europe, Ambassador Ana Example "
     "Pinheiro, published in the daily newspaper Público on 14 October 2023.", "Ana Example Pinheiro",
     "Permanent Representative of Portugal to the Council of Europe"),
    ("Interview with the Minister for Foreign Affairs of Examplia, Ms. Ana Example, to the national radio.",
     "Ana Example", "Minister for Foreign Affairs of Examplia"),
])
def test_an_interview_with_the_post_then_the_name(lead, speaker, role):
    text = (f"Permanent Representation\n\nA headline in quotes\n\n{lead}\n\nQ: What does it mean?\n\n"
            "A: A great deal.\n\nQ: And after that?\n\nA: The same.\n")
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.speaker_role, found.doc_type) == (speaker, role, "other")


def test_a_newspapers_interview_tagged_by_initials_named_in_full_in_its_lead():
    """The answers tagged with initials ('TRE:'), which the lead sets in brackets after the name in full, the post set
    off before it; the reporter's own initials tag the questions."""
    text = ("The Examplia Herald\nHome | News | Features\n\n'Examplia ready for UPR scrutiny'\n\n14 Jan, 2022\n"
            "Tapiwa Example-Dube, Senior Reporter\n\nExamplia will present its national report under the Universal "
            "Periodic Review later this month. Our Senior Reporter Tapiwa Example-Dube (TED) spoke to Zambia's "
            "Permanent Representative to the United Nations Office at Geneva, Ambassador Tafadzwa Rumbidzai Example "
            "(TRE), on the country's preparations. Below are excerpts.\n\nTED: Ambassador, what is the review?\n\n"
            "TRE: A peer review of every member State.\n\nTED: What has changed since 2016?\n\nTRE: A great deal.\n")
    assert speaker_and_role(text) == ("Tafadzwa Rumbidzai Example",
                                      "Zambia's Permanent Representative to the United Nations Office at Geneva")


@pytest.mark.parametrize("lead, answer, speaker, role", [
    # The answers tagged with the surname alone; the lead names the interviewee in full behind the post.
    ("An interview with Ghana's Permanent Representative to the United Nations, Ambassador Anna Example-Monde, "
     "recorded for the national radio.", "Example-Monde: The small States have a voice.", "Anna Example-Monde",
     "Ghana's Permanent Representative to the United Nations"),
    # ... the answers tagged with the name in full; the lead gives the post in Portuguese before the title.
    ("Entrevista concedida pela Representante Permanente de Exemplo junto das Nações Unidas, Embaixadora Maria "
     "Exemplo Silva, à rádio nacional.", "Maria Exemplo Silva: Um balanço positivo.", "Maria Exemplo Silva",
     "Representante Permanente de Exemplo junto das Nações Unidas"),
])
def test_an_interviews_lead_gives_the_answerers_post(lead, answer, speaker, role):
    answerer = answer.split(":")[0]
    text = (f"News\n\nA headline about the interview\n\n{lead}\n\nQ: What will you remember most?\n\n{answer}\n\n"
            f"Q: And after that?\n\n{answerer}: The same.\n\nMore follows.\n")
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A bare rank and a surname in the headline, the post in full run into the whole name in the lead.
    (["President Example's interview with the national news agency",
      "President of the Republic Anna Example gave an interview to the national news agency on 3 May."],
     "Anna Example", "President of the Republic"),
    # The name ends the heading behind an honorific, the post on the line below.
    (["CONSEIL DE SÉCURITÉ", "EXPLICATION DE VOTE DE MME ANNE EXEMPLE",
      "Représentante permanente de l'Exemplie auprès des Nations unies"], "Anne Exemple",
     "Représentante permanente de l'Exemplie auprès des Nations unies"),
    # Irish English keeps the Irish article before the head of government's post.
    (["Speech by An Taoiseach, Seán Example T.D.", "New York, 3 May 2021"], "Seán Example", "Taoiseach"),
    # A line that is the post and the name in full, and nothing else, under the title.
    (["Right of Reply", "Chargé d'Affaires a.i. John Q. Example", "December 5, 2024"], "John Q. Example",
     "Chargé d'Affaires a.i."),
])
def test_posts_around_a_heading_name(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nThank you, Chair.\n\nWe reply briefly.\n") == (speaker, role)


def test_a_photo_caption_names_who_delivered_the_statement():
    text = ("Office of the President\n\nSpeeches\n\n[Photo] Minister of Health, Dr. Anna Lee Example, delivering "
            "Examplia's statement in the General Assembly Hall\n\nStatement by Examplia at the High-level Meeting\n\n"
            "Mr. President,\n\nWe thank you.\n")
    assert speaker_and_role(text) == ("Anna Lee Example", "Minister of Health")


def test_a_reposted_letter_gives_its_own_title_below_the_hosts_headline():
    text = ("Embassy of Examplia\n\nNews\n\nLetter of Examplia's Permanent Representative to the Secretary-General\n\n"
            "Examplia's Permanent Representative wrote to the Secretary-General. The full text is as follows:\n\n"
            "Letter dated 3 May 2025 from the Permanent Representative of Examplia to the United Nations addressed "
            "to the Secretary-General\n\nUpon instructions from my Government, I write to you.\n")
    assert speaker_and_role(text) == (None, "Permanent Representative of Examplia to the United Nations")


@pytest.mark.parametrize("heading, speaker, role", [
    # Finnish: the name in the genitive before the speech's noun, read in the nominative.
    ("Tasavallan presidentti Anna Esimerkkilän puhe YK:n yleiskokouksessa", "Anna Esimerkkilä",
     "Tasavallan presidentti"),
    # ... a surname in '-nen' takes '-sen' in the genitive.
    ("Ulkoministeri Matti Virtasen puheenvuoro turvallisuusneuvostossa", "Matti Virtanen", "Ulkoministeri"),
])
def test_a_finnish_heading_names_the_speaker_in_the_genitive(heading, speaker, role):
    assert speaker_and_role(heading + "\n\nArvoisa puheenjohtaja,\n\nKiitos.\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # Nepali: a host's 'Speaker:' field, the post ending on 'प्रतिनिधि' (representative), 'डा.' (Dr.), the name.
    (["वक्तव्य", "वक्ता: नेपालका स्थायी प्रतिनिधि डा. राम बहादुर उदाहरण"], "राम बहादुर उदाहरण", "नेपालका स्थायी प्रतिनिधि"),
    # ... the post ending on 'मन्त्री' (minister), no honorific before the name.
    (["वक्तव्य", "परराष्ट्र मन्त्री सीता उदाहरण"], "सीता उदाहरण", "परराष्ट्र मन्त्री"),
])
def test_a_nepali_heading_gives_the_post_before_the_name(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nअध्यक्ष महोदया,\n\nधन्यवाद।\n") == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A post under the name, and the head of the delegation on its own line below: a second function, not the post.
    (["STATEMENT", "by", "H.E. Mr. Omar EXAMPLE", "Attorney General of the Republic of Examplia", "Head of Delegation"],
     "Omar Example", "Attorney General of the Republic of Examplia"),
    # A department on the post's line, its ministry on the next: one post, written from the smallest unit up.
    (["STATEMENT", "by", "Ms. Anna EXAMPLE", "Director, Department of Social Affairs",
      "Ministry of Labour of Examplia"],
     "Anna Example", "Director, Department of Social Affairs, Ministry of Labour of Examplia"),
    # A Romanian secretary of State, 'Secretar de Stat' without the article, and her ministry after a comma.
    (["DECLARAȚIA DELEGAȚIEI", "prezentată de dna Ana Exemplu,", "Secretar de Stat, Ministerul Energiei"],
     "Ana Exemplu", "Secretar de Stat, Ministerul Energiei"),
])
def test_a_post_below_the_name_and_what_ends_it(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nMr. President,\n\nThank you.\n") == (speaker, role)


def test_a_blank_line_closes_a_signature_before_the_addressee():
    text = ("Letter dated 3 May 2025 from the Permanent Representative of Examplia addressed to the President of the "
            "Security Council\n\nI have the honour to refer to the situation.\n\n(Signed) Ivan EXAMPLE\nAmbassador\n"
            "Permanent Representative of Examplia to the United Nations\n\nPresident of the Security Council\n"
            "United Nations\nNew York\n")
    assert speaker_and_role(text) == ("Ivan Example", "Permanent Representative of Examplia to the United Nations")


@pytest.mark.parametrize("signature, speaker, role, country", [
    # Lithuanian writes the post head-last, the State in the genitive first; a blank line, then the addressee.
    ("Jonas PAVYZDYS\nLietuvos Respublikos užsienio reikalų ministras\n\nJo Ekscelencijai\nNiujorkas",
     "Jonas Pavyzdys", "Lietuvos Respublikos užsienio reikalų ministras", "Lithuania"),
    # ... and Latvian: 'Latvijas Republikas pastāvīgais pārstāvis'.
    ("Jānis PIEMĒRS\nLatvijas Republikas pastāvīgais pārstāvis\n\nViņa Ekselencei\nNujorka",
     "Jānis Piemērs", "Latvijas Republikas pastāvīgais pārstāvis", "Latvia"),
    # A member of the Presidency of Bosnia and Herzegovina signs with that post, in lower case.
    ("Marko PRIMJER\nčlan Predsjedništva Bosne i Hercegovine\n\nNjegovoj Ekselenciji\nNew York",
     "Marko Primjer", "član Predsjedništva Bosne i Hercegovine", "Bosnia and Herzegovina"),
])
def test_a_letters_signature_with_its_post_in_the_letters_language(signature, speaker, role, country):
    found = extract("Vaša Ekselencijo,\n\nPišem Vam u vezi s tim pitanjem.\n\n" + signature + "\n", "t.txt", "t")
    assert (found.speaker, found.speaker_role, found.country) == (speaker, role, country)


@pytest.mark.parametrize("lines, speaker, role", [
    # An Arabic byline whose rank a slash closes ('سعادة السفير/'), the post on the line below.
    (["كلمة المملكة في شرح التصويت", "يلقيها سعادة السفير/ أحمد بن علي المثال",
      "المندوب الدائم للمملكة لدى الأمم المتحدة"],
     "أحمد بن علي المثال", "المندوب الدائم للمملكة لدى الأمم المتحدة"),
    # The post above a bare name whose surname is in capitals, as a statement's heading sets them (here in Ukrainian,
    # in the genitive after the heading's noun, as written).
    (["ВИСТУП", "Заступника Міністра закордонних справ України", "Олени ПРИКЛАД"],
     "Олени Приклад", "Заступника Міністра закордонних справ України"),
    (["STATEMENT", "Minister for Foreign Affairs", "Timo EXAMPLE"], "Timo Example", "Minister for Foreign Affairs"),
])
def test_a_heading_names_the_speaker_under_or_over_the_post(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nMr. President,\n\nThank you.\n") == (speaker, role)


def test_a_serbian_heading_names_the_speaker_after_its_noun():
    # 'Излагање' (statement) with the rank, the name and the post declined after it, as written.
    text = ("ИЗЛАГАЊЕ\nамбасадорке Ане Примеровић,\nсталне представнице Републике Србије\n\nЖенева, 3. мај 2025.\n\n"
            "Господине председавајући,\n\nХвала.\n")
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.speaker_role, found.country) == (
        "Ане Примеровић", "сталне представнице Републике Србије", "Serbia")


@pytest.mark.parametrize("lead, speaker, role", [
    # A Geneva mission's post names its seat with 'at' ('the United Nations Office at Geneva'), no occasion.
    ("The Permanent Representative of Ghana to the United Nations Office at Geneva, Ambassador Ama Example, "
     "delivered the statement at the 58th session of the Human Rights Council.", "Ama Example",
     "Permanent Representative of Ghana to the United Nations Office at Geneva"),
    # News style puts the day between the name and the verb.
    ("Foreign Minister Kwame Example on Tuesday addressed the General Assembly, urging Member States to act.",
     "Kwame Example", "Foreign Minister"),
    ("The Minister for Foreign Affairs, Kwame Example, on Wednesday (2 July) told the Security Council that the "
     "mission must be renewed.", "Kwame Example", "Minister for Foreign Affairs"),
    # The verbs a lead reports words with besides 'said', after the dateline.
    ("Accra, 12.03.2025 - Speaking today in Geneva, Kwame Example, State Secretary at the Ministry of Foreign "
     "Affairs (MFA), recalled that human rights are universal.", "Kwame Example",
     "State Secretary at the Ministry of Foreign Affairs (MFA)"),
    ("Kwame Example, Deputy Minister for Foreign Affairs, emphasised that the mandate must be renewed.",
     "Kwame Example", "Deputy Minister for Foreign Affairs"),
])
def test_a_releases_lead_names_the_speaker_and_post(lead, speaker, role):
    text = "Ministry of Foreign Affairs\n\nPress Release\n\nGhana at the United Nations\n\n12 March 2025\n\n" + lead
    assert speaker_and_role(text + "\n\nMore text follows.\n") == (speaker, role)


@pytest.mark.parametrize("line, speaker", [
    # The Vietnamese surnames Lê and La are written 'Le' and 'La', elsewhere particles.
    ("Delivered by Ms. Le Hoang Anh, First Secretary of the Permanent Mission of Viet Nam", "Le Hoang Anh"),
    # ... and a surname given alone may open on its particle.
    ("Delivered by Mr. Van der Example, First Secretary of the Permanent Mission of the Netherlands",
     "Van der Example"),
])
def test_a_name_opening_on_a_particle_after_the_honorific(line, speaker):
    assert speaker_and_role("Statement\n\n" + line + "\n\nMr. President,\n\nThank you.\n")[0] == speaker


def test_a_leads_second_circumstance_before_the_subject():
    lead = ("On 12 November 2025, at the 50th session of the Working Group in Geneva, Ambassador Anh Example, "
            "Permanent Representative of Viet Nam, led the Vietnamese delegation in the dialogues.")
    text = "Permanent Mission of Viet Nam\n\nNews\n\nViet Nam at the UPR\n\n" + lead + "\n\nMore text follows.\n"
    assert speaker_and_role(text) == ("Anh Example", "Permanent Representative of Viet Nam")


def test_a_letters_signature_above_its_inside_address():
    # The signer's post-nominal in brackets, then the addressee's block at the foot: the signer is the speaker, and
    # the addressee's city is where the letter went, not where it was written.
    text = ("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF EXAMPLIA\n\n12 March 2025\n\nExcellency,\n\nI have the honour to "
            "refer to your letter of 3 March 2025.\n\nPlease accept, Excellency, the assurances of my highest "
            "consideration.\n\nAma Example (MP)\nMinister for Foreign Affairs and Regional Integration\n\n"
            "H.E. Mr. Kofi Other\nSecretary-General\nUnited Nations\nNew York\n")
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.speaker_role, found.location) == (
        "Ama Example", "Minister for Foreign Affairs and Regional Integration", None)


def test_a_note_names_whom_it_informs_of_not_a_speaker():
    text = ("EMBASSY OF EXAMPLIA\nBERLIN\n\nRef: EX/POL/12\n\nThe Embassy of the Republic of Examplia presents its "
            "compliments to the Federal Foreign Office and has the honour to inform that H.E. Mr. Kofi Example, "
            "Minister for Foreign Affairs, will visit Berlin on 3 April 2025.\n\nBerlin, 12 March 2025\n")
    found = extract(text, "t.txt", "t")
    assert (found.doc_type, found.speaker, found.speaker_role) == ("note_verbale", None, None)


@pytest.mark.parametrize("lines, speaker, role", [
    # A junior minister's post names the office served 'at the' ministry: no occasion yet.
    (["Statement by Minister of State at the Department of Foreign Affairs, Seán Example TD, at the Commission for "
      "Social Development", "12 February 2025"], "Seán Example",
     "Minister of State at the Department of Foreign Affairs"),
    # A web byline with the post is the official's, not a journalist's.
    (["US Mission to the OSCE", "Remarks at the OSCE Permanent Council", "By Deputy Chief of Mission Hannah Example | "
      "12 May 2022"], "Hannah Example", "Deputy Chief of Mission"),
    (["US Mission to the OSCE", "Remarks at the OSCE Permanent Council", "By Hannah Example, Deputy Chief of Mission | "
      "12 May 2022"], "Hannah Example", "Deputy Chief of Mission"),
    # An organization's acronym opens the post it gives.
    (["Statement by Ms. Lea Example, UN Youth Delegate of Germany", "3 March 2025"], "Lea Example",
     "UN Youth Delegate of Germany"),
    (["Opening statement by Mark Example, OSCE Chairperson-in-Office", "3 March 2025"], "Mark Example",
     "OSCE Chairperson-in-Office"),
    # A ministry's grades of secretary, and the desk a counsellor holds.
    (["Statement by Smt. Meenakshi Example, Joint Secretary (UNES), Ministry of External Affairs", "3 March 2025"],
     "Meenakshi Example", "Joint Secretary (UNES), Ministry of External Affairs"),
    (["Statement by Mr. Arjun Example, Counsellor (Legal), Permanent Mission of India to the UN", "3 March 2025"],
     "Arjun Example", "Counsellor (Legal), Permanent Mission of India to the UN"),
])
def test_posts_of_ministries_missions_and_organizations(lines, speaker, role):
    text = "\n".join(lines) + "\n\n" + "Mr. President,\n\nThank you.\n"
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("line, role", [
    # A junior minister's share of a ministry in brackets, as Commonwealth governments write it, in capitals too.
    ("Statement by Hon. Ruth Example, Minister of State for Foreign Affairs (Regional Cooperation), Head of Delegation",
     "Minister of State for Foreign Affairs (Regional Cooperation), Head of Delegation"),
    ("STATEMENT BY HON. RUTH EXAMPLE, MINISTER OF STATE FOR FOREIGN AFFAIRS (INTERNATIONAL AFFAIRS), HEAD OF "
     "DELEGATION", "MINISTER OF STATE FOR FOREIGN AFFAIRS (INTERNATIONAL AFFAIRS), HEAD OF DELEGATION"),
    # ... and the post ends after it, not on into the occasion.
    ("Statement by Hon. Ruth Example, Minister of State for Foreign Affairs (Regional Cooperation) to the Permanent "
     "Council", "Minister of State for Foreign Affairs"),
    # ... but a page's note, the minister's State or a city in brackets closes the post.
    ("Statement by Hon. Ruth Example, Minister of Foreign Affairs (Check against delivery)",
     "Minister of Foreign Affairs"),
    ("Statement by Hon. Ruth Example, Minister of Foreign Affairs (Uganda)", "Minister of Foreign Affairs"),
    ("Statement by Hon. Ruth Example, Minister of Foreign Affairs (Geneva)", "Minister of Foreign Affairs"),
    # A bracket after a post that is no minister's keeps closing it.
    ("Statement by Mr. Paul Example, Permanent Representative (Regional Cooperation)", "Permanent Representative"),
])
def test_a_ministers_portfolio_in_brackets_stays_in_the_post(line, role):
    text = line + "\n\nGeneva, 3 July 2025\n\nMr. President,\n\nThank you.\n"
    assert speaker_and_role(text)[1] == role


@pytest.mark.parametrize("lines, speaker, role", [
    # A department's portfolios listed with a serial comma before the last ('Planning, and Development').
    (["Statement by Mr. Juan Example, Undersecretary for Policy and Planning, Department of Economy, Planning, and "
      "Development", "New York, 14 July 2025"], "Juan Example",
     "Undersecretary for Policy and Planning, Department of Economy, Planning, and Development"),
    # A CARICOM head of government's portfolio 'in the CARICOM Quasi-Cabinet', in capitals too.
    (["STATEMENT BY DR. THE HONOURABLE DESMOND EXAMPLE-ALI, MP", "PRIME MINISTER OF THE REPUBLIC OF TRINIDAD AND "
      "TOBAGO AND LEAD HEAD OF GOVERNMENT FOR SECURITY IN THE CARICOM QUASI-CABINET", "New York, 14 July 2025"],
     "Desmond Example-Ali", "PRIME MINISTER OF THE REPUBLIC OF TRINIDAD AND TOBAGO AND LEAD HEAD OF GOVERNMENT FOR "
     "SECURITY IN THE CARICOM QUASI-CABINET"),
    # ... but 'in the' still opens the occasion after another post.
    (["Statement by Dr. Desmond Example-Ali, Prime Minister of Trinidad and Tobago in the General Debate",
      "New York, 24 September 2025"], "Desmond Example-Ali", "Prime Minister of Trinidad and Tobago"),
    # The Filipino 'Ma.' (María) opens a given name; its full stop ends nothing.
    (["Statement by Ambassador Ma. Teresa Example-Reyes, Permanent Representative of the Philippines to the United "
      "Nations", "New York, 14 July 2025"], "Ma. Teresa Example-Reyes",
     "Permanent Representative of the Philippines to the United Nations"),
])
def test_serial_commas_quasi_cabinets_and_abbreviated_given_names(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nMr. President,\n\nThank you.\n") == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A news agency's credit, no dash after it, opens the lead ('(ENA) State Minister ..., Ambassador X has said').
    ("Ethiopian News Agency\n\nEthiopia tells UN\n\nAddis Ababa, September 28/2025 (ENA) State Minister of Foreign "
     "Affairs, Ambassador Tigist Example has said that the dam is a testament.\n\nMore.\n", "Tigist Example",
     "State Minister of Foreign Affairs"),
    # The Caribbean's Senior Counsel ('S.C.') after the name, before the post, or on the name's line over it.
    ("STATEMENT BY THE HONOURABLE JANELLE EXAMPLE, S.C., M.P., PRIME MINISTER OF BARBADOS, TO THE GENERAL DEBATE\n\n"
     "New York, 26 September 2025\n\nMr. President,\n", "Janelle Example", "PRIME MINISTER OF BARBADOS"),
    ("STATEMENT ON BEHALF OF CARICOM\nSecurity Council – Open Debate on Haiti\n\nHon. Janelle Example, S.C., M.P.\n"
     "Prime Minister of Barbados\n\nNew York\nWednesday, 2nd April 2025\n\nPresident,\n\nI have the honour to "
     "speak in my capacity as Chair of the Conference of Heads of Government of CARICOM.\n", "Janelle Example",
     "Prime Minister of Barbados"),
])
def test_agency_credits_and_senior_counsel(text, speaker, role):
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.speaker_role) == (speaker, role)


def test_the_ethiopian_news_agencys_dateline_slashes_its_year():
    text = ("Ethiopian News Agency\n\nEthiopia tells UN\n\nAddis Ababa, September 28/2025 (ENA) The State Minister "
            "has said that the dam is a testament.\n\nMore.\n")
    assert extract(text, "t.txt", "t").date == "2025-09-28"


def test_a_somali_banner_is_the_states_name_not_a_speakers():
    text = ("FEDERAL REPUBLIC OF SOMALIA\nJamhuuriyadda Federaalka Soomaaliya\nMember of the United Nations Security "
            "Council 2025–2026\nHome | Statements | Letters | News | Contact\nHome / Letters / 2025\nLetter to the "
            "Secretary-General transmitting the concept note\nDate posted: 5 January 2026 | Tags: Letters\n"
            "S/2025/842\nLetter dated 29 December 2025 from the Permanent Representative of Somalia to the United "
            "Nations addressed to the Secretary-General\nI have the honour to inform you of the open debate.\n")
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.country) == (None, "Somalia")


@pytest.mark.parametrize("title, lead, speaker, role", [
    # A dateline's city closed by a hyphen before the lead's subject.
    ("Romania condemns the attack", "Bucharest - Minister of Foreign Affairs Elena Example strongly condemned the "
     "attack on civilians in Odesa.", "Elena Example", "Minister of Foreign Affairs"),
    # A headline giving the words after the post and the name.
    ("Foreign Minister Mart Example: Russia must be held accountable", "At the meeting of the Human Rights Council "
     "in Geneva, the foreign minister emphasised the need for a special tribunal.", "Mart Example", "Foreign Minister"),
])
def test_a_news_items_heading_or_lead_names_the_speaker(title, lead, speaker, role):
    text = "Ministry of Foreign Affairs\nNews\n14.03.2023\n" + title + "\n" + lead + "\nMore text follows here.\n"
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # The national agency a director heads, after the rank, and a second function joined by 'and'.
    (["Statement by Dr. Ada Example, Director-General, Nigeria Atomic Energy Commission, and Leader of the Nigerian "
      "Delegation", "17 September 2025"], "Ada Example",
     "Director-General, Nigeria Atomic Energy Commission, and Leader of the Nigerian Delegation"),
    (["Delivered by Mr. Khamphanh Example, Deputy Director General, National Regulatory Authority for UXO/Mine Action",
      "18 June 2025"], "Khamphanh Example",
     "Deputy Director General, National Regulatory Authority for UXO/Mine Action"),
    # ... on the line below the post, in capitals as a PDF's cover sets it.
    (["STATEMENT", "BY", "H.E. SOPHEAP EXAMPLE", "SECRETARY GENERAL AND FIRST VICE-PRESIDENT",
      "CAMBODIAN MINE ACTION AND VICTIM ASSISTANCE AUTHORITY (CMAA)", "GENEVA, 18 JUNE 2025"], "Sopheap Example",
     "SECRETARY GENERAL AND FIRST VICE-PRESIDENT, CAMBODIAN MINE ACTION AND VICTIM ASSISTANCE AUTHORITY (CMAA)"),
    # A post's seat after 'in' before the heading's date is the post's, not a dateline's city.
    (["Delivered by Mr. Rasmus Example, Ambassador and Permanent Representative of Denmark to the UN in Geneva, "
      "6 October 2025"], "Rasmus Example", "Ambassador and Permanent Representative of Denmark to the UN in Geneva"),
    # A coordinator in Spanish.
    (["Intervención pronunciada por la Coordinadora de Asistencia a Víctimas, Sra. Yuliana Ejemplo Gaviria",
      "Ginebra, 17 de junio de 2025"], "Yuliana Ejemplo Gaviria", "Coordinadora de Asistencia a Víctimas"),
])
def test_posts_of_national_agencies_and_their_seats(lines, speaker, role):
    text = "\n".join(lines) + "\n\n" + "Mr. President,\n\nThank you.\n"
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # Spanish and Arabic names in full run past six words after an honorific.
    (["Statement by H.E. Ms. María José García de la Vega Fernández, Permanent Representative of Spain to the United "
      "Nations", "3 March 2025"], "María José García de la Vega Fernández",
     "Permanent Representative of Spain to the United Nations"),
    (["Statement by Mr. Mohamed Abdel Aziz El Sayed Abou El Naga, Deputy Permanent Representative of Egypt",
      "3 March 2025"], "Mohamed Abdel Aziz El Sayed Abou El Naga", "Deputy Permanent Representative of Egypt"),
    # Titles of engineers, clergy and retired officers before a name.
    (["Statement by Eng. Suhail Example, Minister of Energy and Infrastructure", "3 March 2025"], "Suhail Example",
     "Minister of Energy and Infrastructure"),
    (["Statement by Rev. Samuel Example, Minister of Foreign Affairs and Trade of Samoa", "3 March 2025"],
     "Samuel Example", "Minister of Foreign Affairs and Trade of Samoa"),
    (["Statement by Lt. Gen. (Ret.) Paul Example, Military Adviser, Permanent Mission of Kenya", "3 March 2025"],
     "Paul Example", "Military Adviser, Permanent Mission of Kenya"),
    # A peace operation's uniformed posts, after a South Asian officer's staff colleges.
    (["Statement by Maj. Gen. Bashir Example, ndc, psc, Force Commander", "3 March 2025"], "Bashir Example",
     "Force Commander"),
    # A rank before the name that the post after it holds, and a chieftaincy title, are titles.
    (["Briefing by Commissioner Grace Example, Police Commissioner of the United Nations Mission in South Sudan",
      "3 March 2025"], "Grace Example", "Police Commissioner of the United Nations Mission in South Sudan"),
    (["Statement by Chief Olusegun Example, Minister of Foreign Affairs of the Federal Republic of Nigeria",
      "3 March 2025"], "Olusegun Example", "Minister of Foreign Affairs of the Federal Republic of Nigeria"),
    # A heading in capitals run onto one line: the session's number ends the post.
    (["STATEMENT BY H.E. DR. JOSE EXAMPLE PINTO FOREIGN MINISTER OF TIMOR-LESTE 78TH SESSION OF THE UNITED NATIONS "
      "GENERAL ASSEMBLY"], "Jose Example Pinto", "FOREIGN MINISTER OF TIMOR-LESTE"),
    # A mission's rank after the post written before the name is the name's title.
    (["Statement delivered by the Deputy Permanent Representative, Minister Joao Example Neto, at the open debate",
      "3 March 2025"], "Joao Example Neto", "Deputy Permanent Representative"),
    # A portfolio listed after a comma, closed by the State.
    (["Statement by Mr. Mohamed Example, Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of "
      "Mauritania", "3 March 2025"], "Mohamed Example",
     "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad of Mauritania"),
])
def test_long_names_titles_and_posts_of_many_services(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nMr. President,\n\nThank you.\n") == (speaker, role)


def test_a_signature_post_broken_over_lines_is_joined():
    text = ("Statement\n\nMr. President,\n\nWe thank the presidency.\n\nThank you.\n\nMr. Benedikt Example\n"
            "Deputy Permanent Representative\nof Liechtenstein to the\nUnited Nations Office at Geneva\n")
    assert speaker_and_role(text) == (
        "Benedikt Example", "Deputy Permanent Representative of Liechtenstein to the United Nations Office at Geneva")


def test_a_transcripts_colon_ends_the_post():
    text = ("Interview\n\nQ: Why did the resolution fail?\n\nAmbassador Hugo Example, Permanent Representative of "
            "France to the United Nations: We deeply regret the veto. The text was balanced.\n\nQ: What next?\n")
    assert speaker_and_role(text)[1] == "Permanent Representative of France to the United Nations"


@pytest.mark.parametrize("lines, speaker, role", [
    # A Philippine attorney's title before the name.
    (["STATEMENT", "by", "Atty. MARIA CRISTINA V. EXAMPLE", "Minister and Legal Adviser"], "Maria Cristina V. Example",
     "Minister and Legal Adviser"),
    # A minister plenipotentiary's rank before the name is a title; the post follows the name.
    (["Statement delivered by Minister Plenipotentiary Nermine Example, Deputy Permanent Representative of Egypt to "
      "the United Nations", "3 March 2025"], "Nermine Example",
     "Deputy Permanent Representative of Egypt to the United Nations"),
])
def test_titles_and_ranks_before_the_name(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nMr. President,\n\nThank you.\n") == (speaker, role)


def test_the_letters_own_title_names_the_post_over_a_hosts_headline():
    text = ("Letter from the Permanent Representative to the Secretary-General transmitting the statement on Haiti\n"
            "Letter dated 15 July 2025 from the Permanent Representative of Trinidad and Tobago to the United Nations "
            "addressed to the Secretary-General\n\nI have the honour to transmit herewith the statement.\n\n"
            "(Signed) Dennis Example\nPermanent Representative\n")
    assert speaker_and_role(text) == (
        "Dennis Example", "Permanent Representative of Trinidad and Tobago to the United Nations")


@pytest.mark.parametrize("text, speaker, role", [
    # A headline with the surname alone; the lead names the minister in full after the post.
    ("Ministry of Foreign Affairs of the Czech Republic\nNews\nStatement by Minister Example-Novák on the sentencing\n"
     "Prague, 12 March 2024\n\"The sentencing is politically motivated,\" said Minister of Foreign Affairs Jan "
     "Example-Novák.\nThe Czech Republic calls for the release of all political prisoners.\n", "Jan Example-Novák",
     "Minister of Foreign Affairs"),
    # ... set off by commas after the post in the lead, the quotation giving the surname.
    ("Government Information Service\nNews\nBarbados strengthens ties\nJanuary 15, 2024\nThis was disclosed by "
     "Minister of Foreign Affairs and Foreign Trade, Kerrie Example, following a bilateral meeting yesterday.\n"
     "\"This is a relationship with enormous potential,\" Minister Example stated.\n", "Kerrie Example",
     "Minister of Foreign Affairs and Foreign Trade"),
    # A headline's colon inside what reads as a post: the headline's words, the speaker from the lead.
    ("MINISTRY OF FOREIGN AFFAIRS\nHome > News\nForeign Minister Example-Prasetyo: ASEAN Must Remain Central\n"
     "Jakarta, 12 March 2024\n\"ASEAN must remain the anchor,\" said Foreign Minister Retno Example-Prasetyo in her "
     "remarks.\n", "Retno Example-Prasetyo", "Foreign Minister"),
])
def test_a_release_names_its_speaker_in_full_in_the_lead(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


def test_related_posts_close_the_page_and_name_no_one():
    text = ("Government Information Service\nNews\nBarbados strengthens ties\nJanuary 15, 2024\nBarbados and Examplia "
            "agreed to explore direct air links.\nRelated Posts\nMinister Attends CARICOM Summit – January 10, 2024\n")
    assert speaker_and_role(text)[0] != "Related Posts"


@pytest.mark.parametrize("text, speaker, role", [
    # A release's lead names the minister in full after the State's possessive and the post; a later sentence gives
    # the post and two of the names ('Minister Toro Example stressed'): the name in full and the post of the lead.
    ("Presidency of the Republic\nHome > Press > News\n\nAt UN General Assembly, Colombia calls for a fund\n\n"
     "New York, September 25, 2024 – Colombia's Minister of Environment and Sustainable Development, Andrés Felipe "
     "Toro Example, called on the international community to create a fund.\n\n\"Sea-level rise is here,\" the "
     "Minister said.\n\nSpeaking on behalf of the Government, Minister Toro Example stressed that the countries least "
     "responsible bear the heaviest costs.\n", "Andrés Felipe Toro Example",
     "Minister of Environment and Sustainable Development"),
    # The Caribbean's 'the Most Hon.' after the post and its comma is the name's honorific, not more of the post.
    ("Office of the Prime Minister\nHome » Press Releases\n\nPM Example Calls for Reform at UNGA\n\nNEW YORK, "
     "September 26, 2024 – Prime Minister, the Most Hon. Carlton Example, ON, MP, has called on the international "
     "community to reform the global financial architecture.\n", "Carlton Example", "Prime Minister"),
    # ... or with a middle name the first mention left out, and the fuller post.
    ("Ministry of Foreign Affairs\nHome > News\nMinister at the UN Security Council\n13 January 2025\nMinister Carlos "
     "Example stressed the need for dialogue in his address to the Security Council. Venezuela's Foreign Minister, "
     "Carlos Alberto Example, had arrived in New York on Sunday.\n", "Carlos Alberto Example", "Foreign Minister"),
    # A Balinese name opening on 'Desak' before a birth-order name, and the headline's verb after it.
    ("Kementerian Luar Negeri\nBeranda > Berita\n\nDubes Desak Made Contoh Serahkan Surat Kepercayaan kepada "
     "Presiden\n\nJakarta, 3 Maret 2025 – Duta Besar Desak Made Contoh menyerahkan surat kepercayaan.\n",
     "Desak Made Contoh", None),
    # An Indonesian headline's verb after the post ('Menlu Sampaikan ...') names no one: the lead's minister.
    ("Sekretariat Presiden\nBeranda > Siaran Pers\n\nMenlu Sampaikan Sikap Indonesia pada Debat Terbuka Dewan "
     "Keamanan PBB\n\nNew York, 24 Oktober 2025 – Menteri Luar Negeri Republik Indonesia, Laksmi Dewi Contoh, "
     "menyampaikan pernyataan Indonesia dalam Debat Terbuka Dewan Keamanan PBB.\n", "Laksmi Dewi Contoh",
     "Menteri Luar Negeri Republik Indonesia"),
])
def test_a_releases_lead_over_its_later_mentions_and_headline(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("lines, speaker, role", [
    # A minister over several ministries, as Indonesia and Singapore name one, in a title block in capitals.
    (["STATEMENT", "BY", "BAMBANG EXAMPLE", "COORDINATING MINISTER FOR ECONOMIC AFFAIRS",
      "OF THE REPUBLIC OF INDONESIA", "", "AT THE HIGH-LEVEL SEGMENT OF THE ECONOMIC AND SOCIAL COUNCIL"],
     "Bambang Example",
     "COORDINATING MINISTER FOR ECONOMIC AFFAIRS OF THE REPUBLIC OF INDONESIA"),
    # The debate an address is made to, on the line below the post in capitals, is no part of the post ...
    (["ADDRESS BY", "THE MOST HONOURABLE CARLTON EXAMPLE, ON, MP", "PRIME MINISTER OF JAMAICA", "",
      "TO THE GENERAL DEBATE OF THE 79TH SESSION OF THE UNITED NATIONS GENERAL ASSEMBLY"], "Carlton Example",
     "PRIME MINISTER OF JAMAICA"),
    (["STATEMENT BY H.E. MS. ANA EXAMPLE", "MINISTER FOR FOREIGN AFFAIRS",
      "TO THE OPEN DEBATE OF THE SECURITY COUNCIL"], "Ana Example", "MINISTER FOR FOREIGN AFFAIRS"),
    # ... but the body a representative is accredited to is.
    (["STATEMENT BY H.E. MS. ANA EXAMPLE", "PERMANENT REPRESENTATIVE OF EXAMPLIA", "TO THE UNITED NATIONS"],
     "Ana Example", "PERMANENT REPRESENTATIVE OF EXAMPLIA TO THE UNITED NATIONS"),
])
def test_title_blocks_in_capitals(lines, speaker, role):
    assert speaker_and_role("\n".join(lines) + "\n\nNew York, 26 September 2024\n\nMr. President,\n\nThank you.\n") \
        == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # The Catalan 'M. I. Sr.' (Molt Il·lustre Senyor) is one honorific, and Andorra's 'Cap de Govern' a post.
    ("Missió Permanent del Principat d'Andorra davant les Nacions Unides\nInici > Discursos\n\nIntervenció del M. I. "
     "Sr. Jordi Exemple Pons, Cap de Govern del Principat d'Andorra, en el Debat General de l'Assemblea General\n\n"
     "Nova York, 26 de setembre de 2025\n\nSenyora Presidenta,\n", "Jordi Exemple Pons",
     "Cap de Govern del Principat d'Andorra"),
    # ... while 'M.' before initials is one of them.
    ("STATEMENT BY M. A. H. EXAMPLE (PAKISTAN)\n\nNew York, 3 March 2025\n\nMr. President,\n", "M. A. H. Example",
     None),
    # A king's greeting of the heads of State and government before him names none of them as the speaker.
    ("The Royal Court\nHome > Speeches\nOpening Remarks by His Majesty the King at the Conference\nDead Sea, Jordan\n"
     "11 June 2024\nYour Excellency the President of the Arab Republic of Egypt,\nYour Excellency the "
     "Secretary-General of the United Nations,\nYour Majesties, Your Highnesses, Your Excellencies,\nThank you for "
     "joining us today.\n",
     None, None),
])
def test_honorifics_and_greetings_of_heads_of_state(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, field, expected", [
    # A presidency's banner parting the State and the office with a middle dot names the State.
    ("President.ir\nThe Islamic Republic of Iran · Office of the President\nHome > News\nPresident in UN General "
     "Assembly address: Region must not be dragged into a wider war\n25 September 2024\n\nNew York, September 24, "
     "2024 – President Javad Example, addressing the General Assembly on Tuesday, said that the region must not be "
     "dragged into a wider war.\n", "country", "Iran"),
    # An interview's title names the one interviewed; the lead gives the post before the name.
    ("President of the Republic of Azerbaijan · Official web-site\nHome » News » Interviews\nInterview of Elshad "
     "Example with Al Arabiya TV channel\n05 May 2025, 21:40\n\nPresident of the Republic of Azerbaijan Elshad Example "
     "has been interviewed by Al Arabiya TV channel. The interview was recorded in Baku on 3 May 2025.\n\n- Mr. "
     "President, thank you for receiving us.\n", "speaker_role", "President of the Republic of Azerbaijan"),
])
def test_a_banners_middle_dot_and_the_leads_post_before_the_name(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


@pytest.mark.parametrize("lead, role", [
    # A release naming the speaker by post alone: the day between the post and its verb is no part of the post, and
    # a second post set off by commas is.
    ("New York, 26 September 2025. – The Prime Minister, Head of Government, this Friday delivered Haiti's address in "
     "the general debate of the General Assembly.", "Prime Minister, Head of Government"),
    ("New York, 26 September 2025. – The Prime Minister on Friday delivered Haiti's address in the general debate of "
     "the General Assembly.", "Prime Minister"),
    ("Geneva, 3 March 2025 – The Foreign Minister on 3 March told the Human Rights Council that the mandate must be "
     "renewed.", "Foreign Minister"),
])
def test_a_release_naming_the_speaker_by_post_alone(lead, role):
    text = "PRIMATURE – Office of the Prime Minister\nHome / Press releases\n\nPRESS RELEASE\n\n" + lead + "\n"
    assert speaker_and_role(text) == (None, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A mission's 'Minister' before the name is a diplomatic rank where a mission's post follows the name.
    ("Permanent Representation of Examplia to the Council of Europe\nHome › Speeches\n\nRight of reply by Minister "
     "Matthias Example, Deputy Permanent Representative, in response to the statement by the delegation of Ruritania"
     "\n\nStrasbourg, 4 December 2024\n\nMadam Chair,\n", "Matthias Example", "Deputy Permanent Representative"),
    # ... while a government's minister named with a delegation's function keeps the title before the name.
    ("Permanent Mission of Examplia\nHome › Speeches\n\nStatement by Minister Anna Example, Head of Delegation\n\n"
     "Geneva, 4 December 2024\n\nMr. President,\n", "Anna Example", "Minister"),
    # A French lead's day set off by a comma before the post and the name.
    ("Ministère des Affaires étrangères et européennes\nAccueil > Actualités > Communiqués\n\nLa protection des civils "
     "n'est pas une option\n\nLe 12 février 2014, le ministre des Affaires étrangères et européennes, Jean-Claude "
     "Exemple, a pris la parole lors du débat public du Conseil de sécurité, à New York.\n", "Jean-Claude Exemple",
     "ministre des Affaires étrangères et européennes"),
])
def test_a_missions_minister_rank_and_a_french_leads_day(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A German head of State's post before the name ('Rede von Bundespräsident X'), and in a release's lead.
    ("Der Bundespräsident\nRepublik Examplien\nStartseite > Aktuelles > Reden\nRede von Bundespräsident Markus "
     "Beispiel vor der 78. Generalversammlung der Vereinten Nationen\nNew York, 19. September 2023\nHerr Präsident,\n",
     "Markus Beispiel", "Bundespräsident"),
    ("Der Bundespräsident\nStartseite > Aktuelles > Presseaussendungen\nBundespräsident Beispiel im UN-Sicherheitsrat"
     "\nVeröffentlicht: 25.09.2009\nNew York, 24. September 2009 – Bundespräsident Markus Beispiel hat heute beim "
     "Gipfeltreffen des Sicherheitsrates das Wort ergriffen. „Eine Welt ohne Atomwaffen ist kein Traum“, sagte der "
     "Bundespräsident in seiner Rede.\n", "Markus Beispiel", "Bundespräsident"),
    # A presidency's banner names no one ('Presidência da República de X'); the lead names the President.
    ("Saltar para o conteúdo\nPresidência da República de Cabo Verde\nPT | EN\nInício\nO Presidente\nNotícias\n"
     "Início › Notícias\nPresidente da República discursa no Conselho de Direitos Humanos\nPublicado em 27 Fevereiro, "
     "2024\nPartilhar: Facebook | X | WhatsApp | E-mail\nGenebra, 26 de fevereiro de 2024 – O Presidente da "
     "República, Hermínio Exemplo Fortes, defendeu hoje, perante o Conselho de Direitos Humanos, que a abolição da "
     "pena de morte deve estar no centro da agenda.\n", "Hermínio Exemplo Fortes", "Presidente da República"),
    # A signature's width breaks a State's long name after its adjectives.
    ("Prime Minister writes to the Secretary-General\n14 November 2024\nExcellency,\nI have the honour to write to "
     "you.\nPlease accept, Excellency, the assurances of my highest consideration.\n(Sgd.) Dr. Sandya Example\nPrime "
     "Minister of the Democratic Socialist\nRepublic of Sri Lanka\nHis Excellency\nThe Secretary-General of the United "
     "Nations\n", "Sandya Example", "Prime Minister of the Democratic Socialist Republic of Sri Lanka"),
])
def test_a_german_head_of_state_a_presidencys_banner_and_a_broken_states_name(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # An Arabic byline's post going on after its comma with a second function.
    ("كلمة جمهورية مثال باسم الدول الأعضاء في مجموعة دول الساحل الخمس\nأمام مجلس الأمن التابع للأمم المتحدة\n"
     "ألقاها معالي "
     "السيد محمد صالح المثال\nوزير الشؤون الخارجية،\nرئيس مجلس وزراء مجموعة دول الساحل الخمس\nنيويورك، 18 مايو 2021\n",
     "محمد صالح المثال", "وزير الشؤون الخارجية، رئيس مجلس وزراء مجموعة دول الساحل الخمس"),
    # An Arabic lead naming the Prime Minister and his second function before the name.
    ("بيان صحفي\nالوزير الأول يدعو في نيويورك إلى تضامن دولي\n\nنيويورك، 20 سبتمبر 2023 (رئاسة الجمهورية) – ألقى "
     "الوزير الأول، رئيس الحكومة الانتقالية، السيد إبراهيم أحمد المثال، اليوم الأربعاء، كلمة أمام الاجتماع الرفيع "
     "المستوى للجمعية العامة للأمم المتحدة.\n", "إبراهيم أحمد المثال", "الوزير الأول، رئيس الحكومة الانتقالية"),
    # A post above the name line, after its article.
    ("Home > Speeches\nAddress at the General Debate\nThe President of the Republic of Cyprus\nMr Andreas Example\n"
     "New York, 26 September 2018\n\nMadam President,\n", "Andreas Example", "President of the Republic of Cyprus"),
    # A director's post with the division and ministry the director serves in.
    ("Ministry of Foreign Affairs\nHome > Statements\nTwentieth Meeting of the States Parties\nDelivered by Ms Tekura "
     "Example\nDirector, International Legal Division, Ministry of Foreign Affairs and Immigration\nGeneva, 23 "
     "November 2022\n\nMr President,\n", "Tekura Example",
     "Director, International Legal Division, Ministry of Foreign Affairs and Immigration"),
    # A note verbale names its delegation, not an author.
    ("PERMANENT REPRESENTATION OF EXAMPLIA\nTO THE INTERNATIONAL ORGANISATIONS IN VIENNA\n\nNo. 112/2024\n\nThe "
     "Permanent Representation of Examplia presents its compliments to the Provisional Technical Secretariat and has "
     "the honour to inform it of the composition of its delegation.\n\nRepresentative:\nMr. Ignacio Example, "
     "Ambassador, Permanent Representative\n\nAlternate Representatives:\nMr. Álvaro Example, Counsellor\n\nThe "
     "Permanent Representation of Examplia avails itself of this opportunity to renew the assurances of its highest "
     "consideration.\n\nVienna, 12 June 2024\n", None, None),
])
def test_arabic_posts_a_post_above_a_name_a_directors_division_and_a_notes_delegation(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


def test_an_arabic_signature_under_the_prime_minister_s_post():
    text = ("رسالة إلى الأمين العام\nتونس في 3 مارس 2024\nأتشرف بأن أحيطكم علماً بموقف حكومتي.\n"
            "وتفضلوا بقبول فائق الاحترام والتقدير،\n(توقيع) محمد صالح المثال\nالوزير الأول\n")
    assert speaker_and_role(text) == ("محمد صالح المثال", "الوزير الأول")


@pytest.mark.parametrize("text, speaker, role", [
    # A letter's title names its signatory by rank alone; the letterhead writes the office in full.
    # A host's posting stamp above the title is no dateline.
    ("Accueil » Communiqués\nPublié le 15 novembre 2024 | Par Service de Communication\n"
     "Lettre du Ministre au Secrétaire général de l'ONU sur la question de l'île d'Exemple\n"
     "RÉPUBLIQUE D'EXEMPLE\nLe Ministre des Affaires étrangères et de la Coopération internationale\n"
     "N° 0587/MAECI/CAB/24\nExempleville, le 12 novembre 2024\nÀ Son Excellence\nMonsieur le Secrétaire général de "
     "l'Organisation des Nations Unies\nNew York\nMonsieur le Secrétaire général,\nJ'ai l'honneur de me référer au "
     "point 35 de l'ordre du jour de la soixante-dix-neuvième session de l'Assemblée générale, et de vous faire part "
     "de la vive préoccupation du Gouvernement.\n"
     "Le Gouvernement réaffirme son attachement au règlement pacifique de ce différend.\n"
     "Veuillez agréer, Monsieur le Secrétaire général, les assurances de ma très haute considération.\n"
     "Jean Mohamed Exemple\n", "Jean Mohamed Exemple",
     "Ministre des Affaires étrangères et de la Coopération internationale"),
    # A French heading giving a commissioner's office in the genitive before the name.
    ("Accueil » Discours\nDiscours de la Commissaire aux Droits de l'Homme et à l'Action humanitaire, Mme Khadijetou "
     "Mint Exemple, lors du segment de haut niveau de la 55e session du Conseil des droits de l'homme\nGenève, le 27 "
     "février 2024\nMonsieur le Président,\n", "Khadijetou Mint Exemple",
     "Commissaire aux Droits de l'Homme et à l'Action humanitaire"),
    # A presidency's release headed by its holder's office and a verb: the post, and no name.
    ("Início › Comunicados\nPublicado em 29 Março 2023 · 09:14\nPresidente da República dirige debate aberto do "
     "Conselho de Segurança sobre o combate ao terrorismo\nNova Iorque, 28 de Março de 2023 – O Presidente da "
     "República, na qualidade de Presidente do Conselho de Segurança, dirigiu hoje um debate aberto.\nNa sua "
     "intervenção, o Chefe do Estado afirmou que «nenhum país o pode vencer sozinho».\n",
     None, "Presidente da República"),
    ("Accueil › Actualités\nLe Président de la République d'Exemple s'adresse à l'Assemblée générale\nNew York, le 20 "
     "septembre 2023 – Le Chef de l'État a pris la parole devant l'Assemblée.\n", None,
     "Président de la République d'Exemple"),
])
def test_a_letterheads_office_a_commissioners_genitive_and_a_headline_by_office(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A release's lead gives the post; a later quotation's close does not run into it.
    ("Office of the Prime Minister\n\nHome > News > Press Releases\n\n26 April 2024 | Press Releases\n\nPrime "
     "Minister presides over Security Council in New York\n\nNew York, 25 April 2024 - The Prime Minister, "
     "Christopher Example Lupi, today presided over a high-level open debate of the United Nations Security Council "
     "on children and armed conflict.\n\nOpening the debate, the Prime Minister said that children \"pay the highest "
     "price for wars they did not start\".\n\n\"Every school that is bombed, every child who is recruited, is a "
     "failure of all of us,\" the Prime Minister said. \"The Council has the tools. What is missing is the will to "
     "use them.\"\n\nPrime Minister Example Lupi called for the full implementation of the Safe Schools "
     "Declaration.\n", "Christopher Example Lupi", "Prime Minister"),
    # A title's post running on into the occasion, over the name and the post on their own lines below.
    ("Home > Speeches and articles\n22.09.2020\nAddress by the President of Examplia at the High-level Meeting to "
     "Commemorate the Seventy-fifth Anniversary of the United Nations\n\nHalldór Example\nPresident of Examplia\n\n"
     "Pre-recorded video statement, 21 September 2020\n\nMr. President,\n", "Halldór Example", "President of Examplia"),
    # A title naming the speaker by a rank and a shorter name, over the heading's name in full and post.
    ("Inicio / Discursos\nDiscurso de la vicepresidenta Milagros Ejemplo Tavárez en la Reunión de Alto Nivel\n22 "
     "septiembre, 2023 | Discursos\nIntervención de la Excelentísima Señora\nMILAGROS ALTAGRACIA EJEMPLO TAVÁREZ\n"
     "Vicepresidenta de la República Ejemplar\nNueva York, 21 de septiembre de 2023\nSeñor Presidente:\n",
     "Milagros Altagracia Ejemplo Tavárez", "Vicepresidenta de la República Ejemplar"),
    ("Home / Speeches\nRemarks by Prime Minister Brigadier (Ret'd) Everton Example at the ECOSOC High-Level Segment\n"
     "July 19, 2022 | Speeches\nRemarks by\nBrigadier (Ret'd) Everton G. Example, MSS\nPrime Minister of the Republic "
     "of Examplia\nNew York, 18 July 2022\nMr. President,\n", "Everton G. Example",
     "Prime Minister of the Republic of Examplia"),
    # A site's posting credit below a letter's title names its office, not the signatory.
    ("Home » Letters & Statements\nLetter from the Prime Minister to the Secretary-General of the United Nations\n"
     "Posted by OPM Communications Unit | October 4, 2017 | Letters & Statements\n2nd October 2017\nHis Excellency\n"
     "The Secretary-General of the United Nations\nExcellency,\nI have the honour to bring to your attention the "
     "devastation the hurricane left in our country and to request the support of the international community for "
     "its recovery.\nPlease accept, Excellency, the assurances of my highest consideration.\nClement A. Example\n"
     "Prime Minister and Minister for Finance\n", "Clement A. Example", "Prime Minister and Minister for Finance"),
    # A vote's explanation heading in capitals is no name; the rank before the name, the post after it.
    ("Inicio › Misión Permanente › OIEA\nJunta de Gobernadores del OIEA\nEXPLICACIÓN DE VOTO DEL EJEMPLO\nMinistra "
     "Laura Beatriz Ejemplo Duarte, Representante Permanente Alterna\nJueves, 15 de septiembre de 2022\nSeñora "
     "Presidenta:\n", "Laura Beatriz Ejemplo Duarte", "Representante Permanente Alterna"),
    # A title's 'vicepresidente' in lower case is no rank before the surnames: the name in full on the heading below.
    ("Inicio / Discursos\nDiscurso del vicepresidente Ejemplo Recinos ante la Asamblea General\nIntervención del "
     "Excelentísimo Señor Guillermo Alfonso Ejemplo Recinos\nNueva York, 21 de septiembre de 2023\nSeñor "
     "Presidente:\n", "Guillermo Alfonso Ejemplo Recinos", None),
])
def test_a_release_s_lead_a_post_below_a_name_in_full_a_posting_credit_and_a_rank_before_a_name(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A signature's post broken by its width, going on in French in lower case.
    ("Accueil » Correspondance diplomatique\nLettre au Président du Conseil de sécurité relative à l'embargo\n\n"
     "Exempleville, le 17 juillet 2023\n\nMonsieur le Président,\n\nJ'ai l'honneur de me référer à la résolution "
     "2648 (2022) du Conseil de sécurité et aux critères de référence établis par le Conseil concernant les mesures "
     "d'embargo sur les armes.\n\nJe vous serais reconnaissant de bien vouloir faire distribuer la présente lettre "
     "comme document du Conseil de sécurité.\n\nVeuillez agréer, Monsieur le Président, l'assurance de ma très haute "
     "considération.\n\nSylvestre Exemple-Kongbo\nMinistre des Affaires étrangères, de la Francophonie\net des "
     "Exemples de l'Étranger\n\nSon Excellence\nMonsieur le Président du Conseil de sécurité\n",
     "Sylvestre Exemple-Kongbo", "Ministre des Affaires étrangères, de la Francophonie et des Exemples de l'Étranger"),
    # Whom the speaker stands in for, after the post, is no part of it.
    ("Accueil > Discours\n\nAllocution de M. le Premier Ministre au Sommet de l'avenir\nAllocution de Monsieur Mourad "
     "Exemple Lakhdari\nPremier Ministre, représentant de Monsieur le Président de la République\nNew York, le 22 "
     "septembre 2024\n\nMonsieur le Président,\n", "Mourad Exemple Lakhdari", "Premier Ministre"),
    # An Arabic byline's post opening on 'assistant' (an assistant minister).
    ("الرئيسية > المركز الإعلامي > الكلمات والبيانات\nكلمة دولة المثال أمام المؤتمر الاستعراضي العاشر للأطراف في "
     "معاهدة عدم انتشار الأسلحة النووية\nيلقيها سعادة السفير ناصر فهد المثال\nمساعد وزير الخارجية لشؤون المنظمات "
     "الدولية\n\nنيويورك في 2 أغسطس 2022\n", "ناصر فهد المثال", "مساعد وزير الخارجية لشؤون المنظمات الدولية"),
])
def test_a_broken_french_signature_a_stand_in_and_an_arabic_assistant_minister(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A Commonwealth office-holder's 'Right Honourable' between the post and the name, without 'The'.
    ("Press Releases\nPosted on 25 Sep 2021 | By Press Officer\nVICE PRESIDENT ADDRESSES UN GENERAL ASSEMBLY\n"
     "NEW YORK, USA: Vice President of the Republic of Examplia, Right Honourable Dr. Tamara Example Banda, on "
     "Thursday 23rd September 2021 delivered the national statement at the General Debate.\n"
     "In her address, the Vice President called for equitable access to vaccines.\n",
     "Tamara Example Banda", "Vice President of the Republic of Examplia"),
    # Spanish 'Don' abbreviated after 'Sr.': 'Excmo. Sr. D. X'; an initial after 'Mr.' stays the name's.
    ("Explicación de voto de Examplia\nIntervención del Excmo. Sr. D. Juan Bautista Ejemplo Ela, Embajador, "
     "Representante Permanente de la República de Examplia ante las Naciones Unidas\nNueva York, 28 de febrero de "
     "2019\n\nHablaré ahora en mi calidad de representante de Examplia.\n", "Juan Bautista Ejemplo Ela",
     "Embajador, Representante Permanente de la República de Examplia ante las Naciones Unidas"),
    ("Statement by Mr. D. Example, Permanent Representative of Canada\nNew York, 28 February 2019\n\nMr. President,\n",
     "D. Example", "Permanent Representative of Canada"),
    # Singapore's Malay 'binte' (daughter of) inside the name, the post on the lines below it.
    ("Right of Reply by Singapore, 53rd Session of the Human Rights Council\n\n21 June 2023\n\nMs Nur Aisyah binte "
     "Example\nSecond Secretary\nPermanent Mission of the Republic of Singapore to the United Nations Office and Other "
     "International Organisations in Geneva\n\nMr President,\n\n1. My delegation takes the floor in response.\n",
     "Nur Aisyah binte Example", "Second Secretary, Permanent Mission of the Republic of Singapore to the United "
     "Nations Office and Other International Organisations in Geneva"),
    # The head of government's office after a post ('Director of External Affairs, Office of the Premier').
    ("Statement by Niue\nGeneral Exchange of Views\n\nDelivered by Losa Example Hekau, Director of External "
     "Affairs, Office of the Premier\n\nGeneva, 21 November 2023\n\nMr. President,\n", "Losa Example Hekau",
     "Director of External Affairs, Office of the Premier"),
    # A government's plenipotentiary for a portfolio is a post, not the government as an affiliation.
    ("Statement on behalf of the Visegrad Group\ndelivered by Mr. László Example-Bódi\nGovernment Plenipotentiary for "
     "National Minorities\nNew York, 21 September 2022\n\nMr. President,\n", "László Example-Bódi",
     "Government Plenipotentiary for National Minorities"),
])
def test_right_honourable_spanish_don_malay_binte_and_offices_after_a_post(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # A given name opening on a ruler's title and a hyphen ('Amir-Hossein') is a name, in a news agency's lead.
    ("Examplia's envoy condemns the attack on its consulate\nNew York, IRNA – Amir-Hossein Example, Ambassador and "
     "Permanent Representative of the Islamic Republic of Iran to the United Nations, said on Monday that the attack "
     "was a crime.\n\"The attack is a crime,\" he said.\n",
     "Amir-Hossein Example", "Ambassador and Permanent Representative of the Islamic Republic of Iran to the United "
     "Nations"),
    # A quotation's 'said NAME, POST', the occasion closing the sentence.
    ("Examplia rejects the claims at UNGA\n\nUNITED NATIONS, Sept 27, 2019 (BSS) - Examplia today strongly rejected "
     "the remarks made at the General Assembly.\n\n\"The crisis was created elsewhere, and its solution lies there,\" "
     "said Farhana Example Chowdhury, Counsellor of the Permanent Mission of Bangladesh to the UN, in the right of "
     "reply.\n\nShe said the country had opened its border on humanitarian grounds.\n",
     "Farhana Example Chowdhury", "Counsellor of the Permanent Mission of Bangladesh to the UN"),
    # A letter's signature ends at the blank line before the addressee's office and body.
    ("Letter to the Executive Secretary of the CTBTO Preparatory Commission\n\nOFFICE OF THE SECRETARY TO GOVERNMENT\n"
     "GOVERNMENT OF EXAMPLIA\n\n14 April 2014\n\nDear Executive Secretary,\n\nI have the honour to inform you that "
     "Examplia deposited its instrument of ratification.\n\nYours sincerely,\n\nSefo Example Lologa\nSecretary to "
     "Government\n\nExecutive Secretary\nPreparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty "
     "Organization\nVienna International Centre\n", "Sefo Example Lologa", "Secretary to Government"),
    # ... the addressee's office over the post and seat of the one who holds it, past a post broken over two lines.
    ("Letter to the Chair of the Ministers' Deputies\n\nStrasbourg, 4 March 2019\n\nChair,\n\nI have the honour to "
     "transmit the action plan.\n\nPlease accept, Chair, the assurances of my highest consideration.\n\nVladimir "
     "Example\nAmbassador\nPermanent Representative of the Republic of Serbia\nto the Council of Europe\n\nChair of "
     "the Ministers' Deputies\nPermanent Representative of Finland to the Council of Europe\nStrasbourg\n",
     "Vladimir Example", "Permanent Representative of the Republic of Serbia to the Council of Europe"),
    # A title's post run into its occasion gives way to the post below the name.
    ("Speeches and Articles | 24.9.2014\nStatement by the Prime Minister at the UN Climate Summit 2014\nBjarki "
     "Example\nPrime Minister of Iceland\nUN Climate Summit 2014, New York, 23 September 2014\nMr. "
     "Secretary-General,\n", "Bjarki Example", "Prime Minister of Iceland"),
    # ... while a heading spaces a post's lines with blank lines, a second function among them.
    ("Statement at the Opening of the High-Level Political Forum\n\n18 September 2023\n\nDelivered by:\n\nHis "
     "Excellency Surangel S. Example Jr.\n\nPresident of the Republic of Palau\n\nChair of the Pacific Small Island "
     "Developing States\n\nMr. President,\n", "Surangel S. Example Jr.",
     "President of the Republic of Palau, Chair of the Pacific Small Island Developing States"),
])
def test_a_hyphenated_given_name_a_quotations_occasion_and_the_addressee_below_a_signature(text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # An occasion or a State after 'Discurso de' / 'Intervención de' and a comma is no person.
    ("Discurso de Apertura, Segmento de Alto Nivel\nGinebra, 25 de febrero de 2020\n\nSeñor Presidente,\n",
     None, None),
    ("Intervención de la República Dominicana, Segmento de Alto Nivel\nGinebra, 25 de febrero de 2020\n\nSeñor "
     "Presidente,\n", None, None),
    # A transcript's 'Speaking:' field names the one who speaks, and the answers' tag by surname is theirs.
    ("TRANSCRIPT: Press conference of the Examplian delegation after the delivery of the ICJ Advisory Opinion\nThe "
     "Hague, 23 July 2025\n\nSpeaking: Hon. Jimmy Wari Example, Minister of Climate Change Adaptation of the Republic "
     "of Vanuatu\nModerator: communications team\n\nMODERATOR: Good afternoon. The Minister will make a short "
     "statement.\n\nMINISTER EXAMPLE: Thank you. Today the Court has spoken with one voice.\n\nQUESTION: Minister, "
     "what will you do now?\n\nMINISTER EXAMPLE: Our first step is to go back to the General Assembly.\n",
     "Jimmy Wari Example", "Minister of Climate Change Adaptation of the Republic of Vanuatu"),
    # The lead giving the text of 'Prime Minister X Y's speech' names its speaker, and the post.
    ("Home > Media Center > Speeches\nPrime Minister's Speech at the 69th Session of the UN General Assembly\n"
     "Date: 30/09/2014\nPrint | Send to a friend | Share\nFollowing is the text of Prime Minister Amnon "
     "Example-Tsur's speech at the 69th Session of the UN General Assembly, delivered in New York on Monday, 29 "
     "September 2014:\n\"Thank you, Mr. President.\nDistinguished delegates,\n",
     "Amnon Example-Tsur", "Prime Minister"),
])
def test_occasions_after_a_spanish_title_a_transcripts_speaking_field_and_the_text_of_a_pms_speech(
        text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    # The wires' attribution closing the news: ', POST NAME said on Tuesday'.
    ("Georgia urges Conference on Disarmament to start talks on a space treaty\n26 FEB 2019, 17:12\nGENEVA, "
     "February 26. /EXA/. Georgia calls on the Conference on Disarmament to begin substantive negotiations on a "
     "legally binding instrument, Georgian Deputy Foreign Minister Vakhtang Example said on Tuesday, addressing the "
     "high-level segment of the Conference.\n\"The draft remains a solid basis for negotiations,\" the diplomat "
     "said.\n", "Vakhtang Example", "Georgian Deputy Foreign Minister"),
    # ... after a participle's clause opening the sentence.
    ("Examplia presents its first Voluntary National Review\nJuly 18, 2018\nExamplia presented its first review at "
     "the High-level Political Forum in New York.\nPresenting the review, Foreign Minister Karma Example Penjor said "
     "the goals were deeply aligned with the country's development philosophy.\n",
     "Karma Example Penjor", "Foreign Minister"),
    # A post with no name after it reports no one.
    ("Examplia urges talks on a space treaty\n26 FEB 2019, 17:12\nGENEVA, February 26. /EXA/. Examplia calls on the "
     "Conference on Disarmament to begin negotiations, the Ambassador of Examplia said on Tuesday.\n", None, None),
    # A news item announcing the full text it reproduces: the text's own heading below gives the post.
    ("Bulgaria | World | Politics\n25.02.2020 18:22\nFull text of Deputy Foreign Minister Radoslav Example's "
     "statement at UN Human Rights Council\nGeneva, February 25 (BTA) - BTA publishes the full text of the statement "
     "delivered by Deputy Foreign Minister Radoslav Example at the High-Level Segment of the 43rd session of the UN "
     "Human Rights Council.\nStatement by H.E. Mr. Radoslav Example, Deputy Minister of Foreign Affairs of the "
     "Republic of Bulgaria\nHigh-Level Segment, 43rd session of the Human Rights Council\nGeneva, 25 February "
     "2020\nMadam President,\n", "Radoslav Example", "Deputy Minister of Foreign Affairs of the Republic of Bulgaria"),
    # ... and where no heading of the text's own stands below, the announcing line's post stays.
    ("Bulgaria | World | Politics\n25.02.2020 18:22\nGeneva, February 25 (BTA) - BTA publishes the full text of the "
     "statement delivered by Deputy Foreign Minister Radoslav Example at the High-Level Segment of the 43rd session "
     "of the UN Human Rights Council.\nMadam President,\nIt is an honour for me to address the Council.\n",
     "Radoslav Example", "Deputy Foreign Minister"),
    # A title shortens the post the header gives in full before the same name on a line of its own.
    ("Ireland at the OSCE\nStatement by Minister of State Neasa Example T.D. at the 30th OSCE Ministerial Council\n"
     "Skopje, 30 November 2023\nMinister of State for European Affairs Neasa Example T.D.\nChair,\n",
     "Neasa Example", "Minister of State for European Affairs"),
    # ... not another's post on another line ('Minister of State for Trade Y').
    ("Ireland at the OSCE\nStatement by Minister of State Neasa Example T.D. at the 30th OSCE Ministerial Council\n"
     "Skopje, 30 November 2023\nMinister of State for Trade Promotion Peadar Other T.D.\nChair,\n",
     "Neasa Example", "Minister of State"),
    # The wires' attribution quoting a counterpart before the page's own speaker names no speaker ...
    ("Trend\nExamplian delegation at the Human Rights Council: Ruritania must fulfil its obligations\nGENEVA, 27 "
     "February 2024. The Human Rights Council has never faced so many crises at once, Swiss Foreign Minister Marco "
     "Example said in his address to the high-level segment on Tuesday. Azerbaijan's Deputy Foreign Minister, Rashad "
     "Other, also addressed the Council, drawing its attention to the problem of landmines.\n",
     "Rashad Other", "Deputy Foreign Minister"),
    # ... nor a minister a mission's summary cites after its own representative, named by post alone.
    ("Permanent Mission of Georgia to the OSCE\nStatement at the 1465th meeting of the OSCE Permanent Council\n"
     "Vienna, 7 March 2024\nThe Permanent Representative of Georgia delivered a statement on the situation in the "
     "occupied regions. Georgia will never recognise the so-called elections held in the occupied region, Georgian "
     "Foreign Minister Levan Example said on Sunday. The Permanent Representative reiterated this position.\n",
     None, "Permanent Representative of Georgia"),
    # The text's own heading gives way to the announcing line's post where it gives the speaker's part at the
    # meeting, or a shorter form.
    ("BTA\nBulgaria calls for accountability at the UN Human Rights Council\nGeneva, February 27 (BTA) - BTA "
     "publishes the full text of the statement delivered by Deputy Foreign Minister Elena Example at the High-Level "
     "Segment of the 55th session of the UN Human Rights Council.\nStatement by the Head of the Delegation of the "
     "Republic of Bulgaria, H.E. Ms. Elena Example\nGeneva, 27 February 2024\nMr. President,\n",
     "Elena Example", "Deputy Foreign Minister"),
    ("BTA\nBulgaria calls for accountability at the UN Human Rights Council\nGeneva, February 27 (BTA) - BTA "
     "publishes the full text of the statement delivered by Deputy Foreign Minister Elena Example at the High-Level "
     "Segment of the 55th session of the UN Human Rights Council.\nStatement by Deputy Minister Example\nGeneva, 27 "
     "February 2024\nMr. President,\n", "Elena Example", "Deputy Foreign Minister"),
    # An office once held is no part of the post in full.
    ("Ministry of Foreign Affairs of Examplia\nStatement by Special Envoy Moussa Example at the Security Council\n"
     "Special Envoy for the Sahel and former Minister of Defence Moussa Example\nNew York, 12 March 2024\n"
     "Mr. President,\n", "Moussa Example", "Special Envoy"),
])
def test_the_wires_post_and_name_closing_the_news_the_heading_of_a_text_reproduced_and_a_post_in_full(
        text, speaker, role):
    assert speaker_and_role(text) == (speaker, role)
