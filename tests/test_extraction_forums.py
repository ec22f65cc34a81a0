"""Forums and meetings: tables of header lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from indexer.extraction import extract
from indexer.extraction.forum_names import forums_in, is_only_a_forum


def record(*header: str, body: str = "Mr. President,\n\nWe thank you for convening this debate today.\n"):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("text, expected", [
    # Canonical names as the labels give them, from the names sources use.
    ("Statement at the 65th IAEA General Conference", ["IAEA General Conference"]),
    ("IAEA Board of Governors, Agenda item 4", ["IAEA Board of Governors"]),
    ("at the 104th session of the Executive Council of the OPCW", ["OPCW Executive Council"]),
    ("Remarks at the 61st Session of the CTBTO Preparatory Commission", ["CTBTO Preparatory Commission"]),
    ("Address at the 30th Meeting of the OSCE Ministerial Council", ["OSCE Ministerial Council"]),
    ("OSZE-Ständiger Rat: Österreich fordert Freilassung", ["OSCE Permanent Council"]),
    ("in der 1460. Sitzung des Ständigen Rates der Organisation für Sicherheit und Zusammenarbeit in Europa",
     ["OSCE Permanent Council"]),
    ("Right of Reply, Working Session 3, HDIM 2018", ["OSCE Human Dimension Implementation Meeting"]),
    ("Statement to the Forum for Security Cooperation", ["OSCE Forum for Security Co-operation"]),  # no hyphen
    ("the 132nd Session of the Committee of Ministers of the Council of Europe",
     ["Council of Europe Committee of Ministers"]),
    ("Statement at the High Level Political Forum 2022", ["High-level Political Forum on Sustainable Development"]),
    ("Oral statement before the International Court of Justice", ["International Court of Justice"]),
    # Dashes vary: an en dash inside 'Anti–Personnel'.
    ("Meeting of the States Parties to the Convention on the Prohibition of the Use, Stockpiling, Production "
     "and Transfer of Anti–Personnel Mines and on their Destruction", ["Anti-Personnel Mine Ban Convention"]),
    # NPT meetings by their parts: the general debate, the clusters, the PrepCom.
    ("NPT PrepCom 2019: Cluster III", ["NPT Review Conference"]),
    ("NPT – General Debate", ["NPT Review Conference"]),
    # The Organization's bodies in the languages of national news sites, always with the Organization's name.
    ("Başbakan, Birleşmiş Milletler Genel Kurulu'nun 66. dönem genel görüşmelerinde konuştu", ["UN General Assembly"]),
    ("Forsætisráðherra ávarpaði allsherjarþing Sameinuðu þjóðanna", ["UN General Assembly"]),
    ("Ministru prezidente uzstājās ANO Ģenerālās asamblejas augsta līmeņa sanāksmē", ["UN General Assembly"]),
    ("นายกรัฐมนตรีกล่าวถ้อยแถลงในการอภิปรายทั่วไปของการประชุมสมัชชาสหประชาชาติ", ["UN General Assembly"]),
    ("سخنرانی رئیس‌جمهور در مجمع عمومی سازمان ملل متحد", ["UN General Assembly"]),
    ("Phát biểu tại phiên thảo luận mở của Hội đồng Bảo an Liên hợp quốc", ["UN Security Council"]),
    ("Ministrs uzstājās ANO Cilvēktiesību padomes augsta līmeņa segmentā", ["UN Human Rights Council"]),
    ("Genel Kurul'da kabul edilen yasa", []),  # a parliament's plenary, not the Organization's Assembly
    ("the NPT is the cornerstone", []),  # the Treaty itself is no meeting
    # A General Assembly main committee, by number or name, and session tags.
    ("UNGA 3rd Committee: Item 68", ["UN General Assembly"]),
    ("UNGA79 Plenary: Report of the Secretary-General", ["UN General Assembly"]),
    ("SC OPEN DEBATE ON CHILDREN AND ARMED CONFLICT", ["UN Security Council"]),
    # Treaties' conferences and assemblies of their parties, named in full, in short or in French and Spanish; the
    # bare 'Conference of the Parties' only beside its treaty's words.
    ("Statement at the High-Level Segment of the 30th session of the Conference of the Parties to the United Nations "
     "Framework Convention on Climate Change (COP30)", ["UNFCCC Conference of the Parties"]),
    ("Intervención en la Conferencia de las Naciones Unidas sobre el Cambio Climático",
     ["UNFCCC Conference of the Parties"]),
    ("Déclaration à la Conférence des Parties à la Convention sur la diversité biologique",
     ["CBD Conference of the Parties"]),
    ("General debate, Assembly of States Parties to the Rome Statute of the International Criminal Court",
     ["Assembly of States Parties to the Rome Statute"]),
    ("Statement at the tenth session of the Assembly of States Parties", []),  # which treaty's, unsaid
    ("Statement at the Conference of the Parties", []),
    # The HLPF and the IAEA Board in the sites' other languages.
    ("Forum politique de haut niveau pour le développement durable 2025 : examen national volontaire",
     ["High-level Political Forum on Sustainable Development"]),
    ("Intervención en el Foro Político de Alto Nivel", ["High-level Political Forum on Sustainable Development"]),
    ("felszólalás a NAÜ Kormányzótanácsának ülésén", ["IAEA Board of Governors"]),
    ("IAEA 6월 이사회 우리 대표 발언문", ["IAEA Board of Governors"]),
    # Spanish and Russian names of the bodies.
    ("en el Debate General del 55º período de sesiones del Consejo de Derechos Humanos", ["UN Human Rights Council"]),
    ("Выступление на заседании Совета Безопасности ООН", ["UN Security Council"]),
    # A national statement 'to the OSCE' is made at its weekly Permanent Council, unless another body is named.
    ("Ruritania's statement to the OSCE, 4 May 2023", ["OSCE Permanent Council"]),
    ("Statement to the OSCE Ministerial Council in Skopje", ["OSCE Ministerial Council"]),
    # Portuguese and French names, either apostrophe.
    ("Intervenção do Brasil no Conselho de Segurança", ["UN Security Council"]),
    ("Conseil des droits de l’homme, 52e session", ["UN Human Rights Council"]),
    # Italian and German names of the bodies, as ministries' pages give them.
    ("Intervento alla 133a Sessione del Comitato dei Ministri del Consiglio d'Europa",
     ["Council of Europe Committee of Ministers"]),
    ("Rede im Sicherheitsrat der Vereinten Nationen", ["UN Security Council"]),
    ("Intervention lors de la 77e Assemblée mondiale de la Santé", ["World Health Assembly"]),
    ("Erklärung vor dem Ständigen Rat der OSZE", ["OSCE Permanent Council"]),
    # The OSCE's councils named in Spanish or French, the OSCE named beside them.
    ("Intervención de España ante la OSCE – Consejo Permanente nº 1456", ["OSCE Permanent Council"]),
    ("Déclaration au Conseil ministériel de l'OSCE à Skopje", ["OSCE Ministerial Council"]),
    # OSCE document symbols name their body.
    ("PC.DEL/512/24", ["OSCE Permanent Council"]),
    ("EC-105/NAT.7", ["OPCW Executive Council"]),
    # The General Assembly's Main Committees in Spanish, French and Portuguese.
    ("Intervención de la delegación de Ruritania en el debate de la Sexta Comisión", ["UN General Assembly"]),
    ("Déclaration de la Ruritanie devant la Première Commission", ["UN General Assembly"]),
    ("Intervenção na Terceira Comissão da Assembleia Geral", ["UN General Assembly"]),
    # ... and in Italian, German and Dutch.
    ("Intervento dell'Italia alla Terza Commissione", ["UN General Assembly"]),
    ("Rede des Vertreters im Dritten Ausschuss", ["UN General Assembly"]),
    ("Toespraak in de Derde Commissie over mensenrechten", ["UN General Assembly"]),
    # The General Assembly in Malay.
    ("Kenyataan Malaysia di Perhimpunan Agung PBB", ["UN General Assembly"]),
    # The President of the Assembly convenes its high-level thematic debates.
    ("Statement at the High-Level Thematic Debate on UN-Regional Cooperation", ["UN General Assembly"]),
    # The bodies as ministries' pages name them in their own languages and scripts.
    ("Utrikesministerns anförande vid FN:s råd för mänskliga rättigheter", ["UN Human Rights Council"]),
    ("Participarea ministrului la dezbaterea Consiliului de Securitate al ONU", ["UN Security Council"]),
    ("Toespraak van de minister in de VN-Veiligheidsraad", ["UN Security Council"]),
    ("Puhe YK:n ihmisoikeusneuvoston 58. istunnossa", ["UN Human Rights Council"]),
    ("Felszólalás az ENSZ Közgyűlésének általános vitájában", ["UN General Assembly"]),
    ("Pernyataan Delegasi pada Debat Terbuka Dewan Keamanan PBB", ["UN Security Council"]),
    ("第79回国連総会における総理大臣一般討論演説", ["UN General Assembly"]),
    ("在人权理事会第58届会议上的发言", ["UN Human Rights Council"]),
    ("유엔 안전보장이사회 공개토의 발언", ["UN Security Council"]),
    # Russian and Ukrainian names of the Main Committees, the NPT review, the CD and the OSCE's bodies.
    ("Выступление представителя в Третьем комитете", ["UN General Assembly"]),
    ("Выступление на Обзорной конференции ДНЯО 2026 года", ["NPT Review Conference"]),
    ("Виступ на Конференції з роззброєння", ["Conference on Disarmament"]),
    ("Выступление на Форуме по сотрудничеству в области безопасности", ["OSCE Forum for Security Co-operation"]),
    ("Выступление на Совете министров иностранных дел ОБСЕ", ["OSCE Ministerial Council"]),
    # The Chemical Weapons Convention's conference, with or without 'the'.
    ("Statement at the 29th Conference of States Parties to the Chemical Weapons Convention",
     ["OPCW Conference of the States Parties"]),
    # The Credentials Committee reports to the Assembly, named with the UN beside it.
    ("Intervención durante la presentación del Informe del Comité de Verificación de Poderes ante la ONU",
     ["UN General Assembly"]),
    ("Report of the Credentials Committee", []),  # a conference's own committee, no UN beside it
    # Subjects, not venues.
    ("Statement on Security Council reform", []),
    ("Opening of the campaign for a seat on the Security Council", []),
    ("vote on suspending the membership of a State in the Human Rights Council", []),
    ("Ministerial Council", []),  # an OSCE body only beside 'OSCE'
    ("Denmark in the Security Council 2025-2026", []),  # a State's term on the Council: a site's banner
    ("Statement at the General Assembly 2023-2024 high-level week", ["UN General Assembly"]),  # no elected term
    # The African Union's council is not the UN's.
    ("Statement to the African Union Peace and Security Council", ["African Union Peace and Security Council"]),
    # A ministry welcoming a court's ruling speaks of what the court decided, at home.
    ("Examplia welcomes the Advisory Opinion of the International Court of Justice on climate change", []),
    ("Statement on the judgment of the International Court of Justice", []),
    ("Oral statement before the International Court of Justice", ["International Court of Justice"]),
    # The 1995 conference that extended the Treaty indefinitely: a Review Conference of the NPT.
    ("1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation of Nuclear "
     "Weapons", ["NPT Review Conference"]),
    # Arabic joins 'li-' to the article: 'of the General Assembly' is 'للجمعية العامة'.
    ("في المناقشة العامة للدورة الثمانين للجمعية العامة للأمم المتحدة", ["UN General Assembly"]),
    # Indonesian and Malay names of the Conference on Disarmament.
    ("sidang pleno Konferensi Perlucutan Senjata", ["Conference on Disarmament"]),
    ("Kenyataan Malaysia di Persidangan Perlucutan Senjata", ["Conference on Disarmament"]),
    # Catalan names of the bodies.
    ("59è període de sessions del Consell de Drets Humans", ["UN Human Rights Council"]),
    ("134a Sessió del Comitè de Ministres del Consell d'Europa", ["Council of Europe Committee of Ministers"]),
    # The UN's regional commissions and their forums, by name, acronym or Spanish name.
    ("Eighty-first Session of the Economic and Social Commission for Asia and the Pacific",
     ["Economic and Social Commission for Asia and the Pacific"]),
    ("Statement to the ESCAP Committee on Transport", ["Economic and Social Commission for Asia and the Pacific"]),
    ("Eleventh Session of the Asia-Pacific Forum on Sustainable Development",
     ["Asia-Pacific Forum on Sustainable Development"]),
    ("Intervención en el cuadragésimo período de sesiones de la CEPAL",
     ["Economic Commission for Latin America and the Caribbean"]),
    ("Statement at the ECA Conference of Ministers", ["Economic Commission for Africa"]),
    ("Statement at the 71st session of the UNECE", ["Economic Commission for Europe"]),
    ("Ministerial session of ESCWA, general debate", ["Economic and Social Commission for Western Asia"]),
    # The environment and settlements bodies in Nairobi.
    ("National statement at UNEA-7", ["UN Environment Assembly"]),
    ("Statement at the 170th meeting of the Committee of Permanent Representatives, UNEP",
     ["UNEP Committee of Permanent Representatives"]),
    ("Statement at the second session of the UN-Habitat Assembly", ["UN-Habitat Assembly"]),
    ("Executive Board of UN-Habitat, first session of 2026", ["UN-Habitat Executive Board"]),
    # The Rome agencies' governing bodies, and the funds' and programmes' Executive Boards.
    ("Forty-Fifth Session of the FAO Conference", ["FAO Conference"]),
    ("Statement at the 178th Session of the FAO Council", ["FAO Council"]),
    ("Second Regular Session of the Executive Board of the World Food Programme", ["WFP Executive Board"]),
    ("Annual session of the Executive Board of UNDP, UNFPA and UNOPS", ["UNDP/UNFPA/UNOPS Executive Board"]),
    ("Intervención ante la Junta Ejecutiva de UNICEF", ["UNICEF Executive Board"]),
    ("Statement at the annual session of the Executive Board of UN-Women", ["UN Women Executive Board"]),
    ("General debate, 77th session of the Executive Committee of the High Commissioner's Programme",
     ["UNHCR Executive Committee"]),
    ("Statement at the 158th session of the WHO Executive Board", ["WHO Executive Board"]),
    ("EB158: agenda item 12", ["WHO Executive Board"]),
    # Geneva's and Paris's specialised agencies.
    ("Discours à la 114e session de la Conférence internationale du Travail", ["International Labour Conference"]),
    ("Statement at the 356th Session of the Governing Body of the International Labour Office", ["ILO Governing Body"]),
    ("General policy debate, 44th session of the UNESCO General Conference", ["UNESCO General Conference"]),
    ("Intervention au Conseil exécutif de l'UNESCO, 222e session", ["UNESCO Executive Board"]),
    # Trade: the WTO's councils and reviews, UNCTAD's conference and board.
    ("Statement at the WTO General Council", ["WTO General Council"]),
    ("Plenary statement at MC14, Yaoundé", ["WTO Ministerial Conference"]),
    ("Trade Policy Review of Examplia: statement by the delegation", ["WTO Trade Policy Review Body"]),
    ("General debate at UNCTAD 16", ["UNCTAD Conference"]),
    ("78th executive session of the Trade and Development Board", ["UNCTAD Trade and Development Board"]),
    # ECOSOC's functional commissions and forums.
    ("Statement at the 64th session of the Commission for Social Development",
     ["UN Commission for Social Development"]),
    ("CPD58: general debate", ["UN Commission on Population and Development"]),
    ("Statement at the 57th session of the Statistical Commission", ["UN Statistical Commission"]),
    ("UNFF21: high-level segment", ["UN Forum on Forests"]),
    ("Statement at the Permanent Forum on Indigenous Issues", ["UN Permanent Forum on Indigenous Issues"]),
    # The General Assembly's special committees.
    ("C-34 substantive session: general debate", ["Special Committee on Peacekeeping Operations"]),
    ("Intervención ante el Comité Especial de Descolonización", ["Special Committee on Decolonization"]),
    ("General debate of the 48th session of the Committee on Information", ["UN Committee on Information"]),
    # The human rights treaty bodies, each with its own name (CCPR's committee only beside its Covenant).
    ("Opening statement to CERD, 116th session", ["Committee on the Elimination of Racial Discrimination"]),
    ("Opening statement to the CEDAW Committee, 91st session",
     ["Committee on the Elimination of Discrimination against Women"]),
    ("Dialogue with the Committee on the Rights of the Child", ["Committee on the Rights of the Child"]),
    # ... by its name as the other treaty bodies go by theirs, without the UN's.
    ("Examplia before the Human Rights Committee (CCPR), 144th session", ["Human Rights Committee"]),
    ("Opening statement before the UN Human Rights Committee", ["Human Rights Committee"]),
    ("CESCR 78th session: review of Examplia", ["Committee on Economic, Social and Cultural Rights"]),
    ("Statement to the Committee on the Rights of Persons with Disabilities",
     ["Committee on the Rights of Persons with Disabilities"]),
    ("Opening statement to the Committee on Migrant Workers", ["Committee on Migrant Workers"]),
    ("Dialogue with the Committee on Enforced Disappearances", ["Committee on Enforced Disappearances"]),
    # The agencies' bodies as Russian, Chinese, Arabic and Portuguese pages name them.
    ("Выступление на сессии Генеральной конференции ЮНЕСКО", ["UNESCO General Conference"]),
    ("Заявление на заседании Генерального совета ВТО", ["WTO General Council"]),
    ("在粮农组织理事会第一七六届会议上的发言", ["FAO Council"]),
    ("在世贸组织第十三届部长级会议上的发言", ["WTO Ministerial Conference"]),
    ("كلمة أمام مؤتمر العمل الدولي", ["International Labour Conference"]),
    ("Intervenção no Conselho Geral da OMC", ["WTO General Council"]),
    # The OSCE's Permanent Council in Finnish, its words inflected.
    ("Puhe Etyjin pysyvän neuvoston 1500. kokouksessa", ["OSCE Permanent Council"]),
    # The CCW's formal title, cut at its line's end, and the Group of Governmental Experts it convenes.
    ("CONVENTION ON PROHIBITIONS OR RESTRICTIONS ON THE USE OF CERTAIN",
     ["Convention on Certain Conventional Weapons"]),
    ("Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems",
     ["Convention on Certain Conventional Weapons"]),
    # The OSCE's bodies in Italian, the Permanent Council beside the Organization's seat.
    ("1600ª Riunione del Consiglio Permanente, Vienna", ["OSCE Permanent Council"]),
    ("CONFERENZA ANNUALE DI RIESAME SULLA SICUREZZA 2026", ["OSCE Annual Security Review Conference"]),
    # The Conference of States Parties to the CRPD, its name cut at the line's end; not the Committee.
    ("at the 19th Session of the Conference of States Parties to the Convention on the Rights",
     ["Conference of States Parties to the Convention on the Rights of Persons with Disabilities"]),
    ("ÜRO Inimõiguste Nõukogu 61. istungjärk", ["UN Human Rights Council"]),
    # Short forms that are words, a convention's or another body's name, or a national body's: no forum.
    ("FAO and WFP support farmers in the region", []),
    ("Examplia ratified CEDAW and the CRC in 1990", []),  # the Conventions, not their Committees
    ("ECA and ECE staff met in Geneva", []),
    ("Secretary of the Presidential Human Rights Committee", []),  # a national body
    ("Report of the National Statistical Commission", []),
    ("Committee on Information Technology", []),
    ("Bill C-24 received royal assent", []),
    ("The ExCom met in Vienna", []),  # another organisation's executive committee, no UNHCR beside it
])
def test_forums_named(text, expected):
    assert forums_in(text) == expected


@pytest.mark.parametrize("header, body, forum", [
    # A meeting the State plans to attend is not where its release was given.
    (["MEDIA STATEMENT", "EXAMPLIA WELCOMES THE COURT'S OPINION", "Capital City, 2 May 2025"],
     "The Ministry welcomes the opinion. Examplia will draw on it in the negotiations at the thirtieth session of the "
     "Conference of the Parties to the United Nations Framework Convention on Climate Change.\n", None),
    (["Press release", "Minister attends the climate summit"],
     "The Minister delivered the national statement at the high-level segment of the 29th session of the Conference "
     "of the Parties to the United Nations Framework Convention on Climate Change.\n",
     "UNFCCC Conference of the Parties"),
    # ... but the plan must govern the body's name: a plan in passing elsewhere in the sentence leaves the venue.
    (["Minister Example on the situation in the Sahel", "3 June 2025"],
     "Minister Example, who will chair the Group's next meeting, addressed the Security Council today on the "
     "situation in the Sahel. She called for a renewed commitment. She recalled the mission's work.\n\nShe also met "
     "the Secretary-General.\n", "UN Security Council"),
    (["Ambassador Example on the situation in the region", "3 June 2025"],
     "The Government has long supported dialogue in the region. It has worked with all partners.\n\n"
     "Ambassador Anna Example, whose mandate will end in May, delivered the national statement at the 58th session "
     "of the Human Rights Council. She called for restraint. She thanked the Council.\n", "UN Human Rights Council"),
    (["Ambassador Example on the situation in the region", "3 June 2025"],
     "The Government has long supported dialogue in the region. It has worked with all partners.\n\n"
     "Recalling the political will of the Government, the Minister addressed the 58th session of the Human Rights "
     "Council. She called for restraint. She thanked the Council.\n", "UN Human Rights Council"),
    (["La Ministre Exemple sur la situation dans la région", "3 juin 2025"],
     "Le Gouvernement soutient depuis longtemps le dialogue dans la région. Il a travaillé avec tous.\n\n"
     "La Ministre, compte tenu de la situation, a pris la parole devant la 58e session du Conseil des droits de "
     "l'homme. Elle a appelé à la retenue. Elle a remercié le Conseil.\n", "UN Human Rights Council"),
    # A candidature to the Human Rights Council, in French and Spanish: the General Assembly elects its members.
    (["Communiqué – Candidature de l'Exemplie au Conseil des droits de l'homme pour la période 2026-2028"], None,
     "UN General Assembly"),
    (["Comunicado: candidatura de Examplia al Consejo de Derechos Humanos 2026-2028"], None, "UN General Assembly"),
    # ... and so it elects the Security Council's non-permanent members and ECOSOC's, in every language.
    (["PRESS RELEASE", "EXAMPLIA ELECTED TO THE UN SECURITY COUNCIL FOR 2027-2028"], "Examplia was elected today.",
     "UN General Assembly"),
    (["Communiqué : l'Exemplie élue au Conseil de sécurité pour la période 2027-2028"], None, "UN General Assembly"),
    (["Examplia elegida miembro del Consejo Económico y Social para 2026-2028"], None, "UN General Assembly"),
    (["Note verbale - Candidature of Examplia to the Economic and Social Council, 2027-2029"], None,
     "UN General Assembly"),
    # ... but a State's campaign for a seat is spoken of at its own events, and a council's own officers it elects
    # itself.
    (["Speech by the Minister at the opening event for Examplia's candidacy for a seat on the Security Council"],
     None, None),
    (["Statement on the election of the President of the Economic and Social Council"], None,
     "UN Economic and Social Council"),
    # ... nor does a speaker's own election said in passing make a council speech one about the council's members:
    # the election must name the council.
    (["Newly elected Prime Minister speaks to the Security Council on the situation in the Sahel"], None,
     "UN Security Council"),
    (["Remarks by the Minister, elected on a promise of change, to the Economic and Social Council"], None,
     "UN Economic and Social Council"),
    (["Après les élections, la Ministre s'adresse au Conseil de sécurité sur la situation au Sahel"], None,
     "UN Security Council"),
    (["Examplia elected as a non-permanent member of the Security Council for 2027-2028"], None,
     "UN General Assembly"),
    # An unaccented word that only looks like 'élu' ('relu', read over) is no election.
    (["Texte relu au Conseil des droits de l'homme par la délégation de l'Exemplie"], None,
     "UN Human Rights Council"),
    # The Assembly elects the members of the Economic and Social Council and of the Security Council too.
    (["Nota verbal – Candidatura de Ejemplo al Consejo de Seguridad para el período 2029-2030"], None,
     "UN General Assembly"),
    # ... the Council named first as the heading's topic, the candidature after it.
    (["Conseil des droits de l'homme : l'Exemplie officialise sa candidature pour le mandat 2026-2028"], None,
     "UN General Assembly"),
    (["Human Rights Council: Examplia presents its candidacy for the term 2027-2029"], None, "UN General Assembly"),
    (["Human Rights Council elections: Examplia thanks the Member States for their support"], None,
     "UN General Assembly"),
    # A government welcoming a body's decision speaks at home of it, not to it.
    (["Press release 318", "Sunday, 22 September 2024", "Statement by the Government Spokesperson on the Pact"],
     "The Spokesperson issued the following statement today: \"The Government welcomes the adoption of the Pact for "
     "the Future by the United Nations General Assembly today. The review agreed for the 83rd session of the General "
     "Assembly must be used well.\"\n", None),
    (["Communiqué de presse", "Le Gouvernement salue l'adoption par le Conseil de sécurité de la résolution 2781"],
     "Le Gouvernement de l'Exemple se félicite de ce vote.\n", None),
    (["Comunicado de prensa", "El Gobierno celebra la adopción de la resolución por la Asamblea General"],
     "El Gobierno de Ejemplo expresa su satisfacción.\n", None),
    (["Pressemitteilung", "Die Bundesregierung begrüßt die Annahme der Resolution durch die Generalversammlung"],
     "Die Bundesregierung ist erfreut.\n", None),
    # ... while an explanation of vote at the body names it as its venue.
    (["Explanation of vote after the adoption of resolution 79/1 at the General Assembly"], None,
     "UN General Assembly"),
    # An interview is given to the press, not delivered to the body it talks about.
    (["INTERVIEW: the Permanent Representative of Examplia on the 80th General Assembly"], "Examplia NEWS: "
     "Ambassador, what were your priorities?\n\nAmbassador Example: Our priorities have not changed.\n", None),
    (["Interview mit Bundeskanzlerin Beispiel über den UN-Sicherheitsrat", "Samstag, 20. September 2025"],
     "Frage: Was erwarten Sie vom Sicherheitsrat?\n", None),
    (["Entrevista concedida por el Canciller al diario La Mañana sobre la Asamblea General"], "Pregunta: ...\n",
     None),
    (["Интервью Министра иностранных дел газете «Пример» о Совете Безопасности ООН"], "Вопрос: ...\n", None),
    # An interview filed among the site's media releases is an interview all the same.
    (["Home » Media Releases", "Published: Thursday, 02 October 2025",
      "TRANSCRIPT: Minister Example's interview with Radio Examplia on the UN General Assembly"],
     "PRESENTER: Minister, you addressed the General Assembly.\n\nMINISTER: Thank you.\n", None),
    # An Arabic note asks for an item at the 'General Conference of the Agency' (the IAEA's), the article of its name
    # joined to the preposition before it ('للمؤتمر').
    (["مذكرة شفوية من البعثة إلى الوكالة الدولية للطاقة الذرية", "نُشر بتاريخ: الاثنين 14 يوليو 2025"],
     "تهدي بعثة المثال لدى المنظمات الدولية في فيينا أطيب تحياتها إلى الأمانة العامة للوكالة الدولية للطاقة الذرية، "
     "وتتشرف بأن تطلب، باسم الدول الأعضاء في الوكالة، إدراج بند إضافي بعنوان \"المثال\" في جدول الأعمال المؤقت "
     "للدورة العادية التاسعة والستين للمؤتمر العام للوكالة، المقرر عقدها في الفترة من 15 إلى 19 سبتمبر 2025.\n",
     "IAEA General Conference"),
    # A press conference is given to journalists, even by the Council's President on its programme of work.
    (["Press Conferences", "2 June 2025", "Press Conference by Security Council President on Programme of Work for "
      "June"], "The Council will hold an open debate on children and armed conflict, the President told "
      "journalists at a Headquarters press conference today.\n", None),
    # ... but elections the Council debates are another's.
    (["Statement at the Human Rights Council, 58th session: the situation after the elections in Examplia"], None,
     "UN Human Rights Council"),
    # The session a resolution is to be adopted at is not where an aide-mémoire is delivered ...
    (["Aide-Mémoire of the Ministry of Foreign Affairs of Examplia", "Bishkek, 12 March 1997"],
     "1. On 28 February the Heads of State of the region signed a Declaration in support of the zone, which must take "
     "into account the environmental legacy of the uranium industry on the territories of the States concerned.\n\n"
     "2. Examplia proposes to convene an expert group and to seek a resolution at the fifty-second session of the "
     "General Assembly endorsing the zone.\n", None),
    # ... while a speech given at a session names its venue.
    (["Statement by Examplia", "12 March 2024"], "Mr. President,\n\nSpeaking at the seventy-eighth session of the "
     "General Assembly, Examplia recalls its commitments.\n", "UN General Assembly"),
    # A note announcing a candidature to the Human Rights Council: the General Assembly elects its members.
    (["MISIÓN PERMANENTE DE EXAMPLE ANTE LAS NACIONES UNIDAS", "Nueva York", "Nota No. NY-0412-2025"],
     "La Misión Permanente de Example ante las Naciones Unidas saluda atentamente a la Secretaría de las Naciones "
     "Unidas y tiene el honor de informar que el Gobierno ha decidido presentar su candidatura al Consejo de Derechos "
     "Humanos para el período 2027-2029, en las elecciones que se celebrarán durante el octogésimo primer período de "
     "sesiones.\n\nLa Misión aprovecha la oportunidad para reiterar a la Secretaría las seguridades de su más alta "
     "consideración.\n", "UN General Assembly"),
    # The venue beats the body inside the speaker's post.
    (["Statement by Ambassador Ivan Example, Permanent Representative of Ruritania to the Conference on "
      "Disarmament, at the General Debate of the First Committee, 10 October 2022"], None, "UN General Assembly"),
    # A post alone still tells the body when nothing else does.
    (["Statement by Ms. Anna Example, Permanent Representative to the Conference on Disarmament"], None,
     "Conference on Disarmament"),
    # The venue beats a site's session tag.
    (["UNGA77: Statement by the Prime Minister at the High-level Political Forum"], None,
     "High-level Political Forum on Sustainable Development"),
    # The subject in a running title is skipped for the venue named after it.
    (["Security Council Reform: Statement by Ambassador Anna Example", "in the General Assembly"], None,
     "UN General Assembly"),
    # 'Permanent Council' is the OSCE's in Vienna.
    (["As delivered by Ambassador Anna Example to the Permanent Council, Vienna, 3 May 2022"], None,
     "OSCE Permanent Council"),
    # ... or wherever the text names the OSCE, below the header.
    (["Joint statement by the Nordic countries", "As delivered at the Permanent Council"],
     "Mr. Chair,\n\nWe align with the statement of the European Union on the OSCE budget.\n", "OSCE Permanent Council"),
    # The opening names the venue: the body's own session, or 'at the'.
    (["Press release", "GENEVA, 4 March 2021"],
     "The Minister spoke at the 46th Session of the Human Rights Council on Monday.\n", "UN Human Rights Council"),
    (["Right of reply"], "Mr. President,\n\nAt this 77th session of the General Assembly we must recall the facts.\n",
     "UN General Assembly"),
    (["News"], "The delegation took part in the 57th session of the Preparatory Commission for the CTBTO in "
     "Vienna.\n", "CTBTO Preparatory Commission"),
    # A press release on a letter to the President of a body: the body addressed.
    (["Press Releases"], "The Foreign Minister has addressed a letter to the President of the UN Security Council "
     "on the situation.\n", "UN Security Council"),
    # 'this Council', and one council named in the opening.
    (["Statement by Ms. Anna Example"], "Madam President,\n\nThe Human Rights Council was created to prevent "
     "such abuses. This Council cannot stay silent.\n", "UN Human Rights Council"),
    # The General Assembly's hall, as speakers call it: a weak cue.
    (["Right of reply of the delegation of Ruritania"], "Mr. President,\n\nThe statement made in this Hall this "
     "morning was false.\n", "UN General Assembly"),
    # A body met in passing in the body is not the venue.
    (["Statement by Ms. Anna Example on climate finance"], "Madam Chair,\n\nBefore the conclusion of a regular "
     "session of the Human Rights Council we heard much. The next session of the Security Council will tell.\n",
     None),
    # A State stands for the Human Rights Council before the General Assembly, which elects its members.
    (["Note verbale: candidature of Ruritania to the Human Rights Council, 2027-2029"],
     "The Permanent Mission of Ruritania presents its compliments to the President of the General Assembly.\n",
     "UN General Assembly"),
    (["Statement at the 55th session of the Human Rights Council"], None, "UN Human Rights Council"),
    # A UN document's own symbol names its organ: the first of a joint symbol, not the President addressed.
    (["United Nations     A/ES-10/1012–S/2024/101", "Identical letters dated 2 February 2024 from the Permanent "
      "Representative of Ruritania addressed to the Secretary-General and the President of the Security Council"],
     None, "UN General Assembly"),
    (["A/HRC/55/G/4 Distr.: General", "Note verbale dated 1 March 2024 from the Permanent Mission of Ruritania"],
     None, "UN Human Rights Council"),
    # A symbol cited below the masthead is not the document's own.
    (["Letter from the Permanent Representative of Ruritania", "Further to my letter S/2024/77"], None, None),
    # An agency's information circular goes to the Board it is circulated for.
    (["Information Circular", "Communication received from the Permanent Mission of Ruritania"],
     "1. The Secretariat has received a Note Verbale from the Permanent Mission of Ruritania.\n\n2. As requested "
     "therein, the Note Verbale is herewith circulated for the information of the Board of Governors of the IAEA and "
     "all Member States.\n", "IAEA Board of Governors"),
    # A note asks the OPCW's Technical Secretariat to issue the paper it encloses as the Executive Council's document.
    (["Note Verbale No. 4/102-HAG/2026 to the Technical Secretariat of the OPCW"],
     "The Permanent Representation of Ruritania to the OPCW presents its compliments to the Technical Secretariat "
     "and has the honour to transmit herewith the national paper entitled \"Implementation of Article X of the "
     "Chemical Weapons Convention by Ruritania\".\n\nThe Permanent Representation kindly requests the Technical "
     "Secretariat to issue the enclosed paper as an official document of the 104th "
     "Session of the Executive Council (EC-104) and to circulate it to all States Parties.\n",
     "OPCW Executive Council"),
    # A vote on suspending a State's membership in the Human Rights Council is taken in the Assembly, its
    # heading broken over lines as a PDF breaks it.
    (["STATEMENT BY THE PERMANENT REPRESENTATIVE OF RURITANIA, AT THE", "EXPLANATION OF VOTE ON THE DRAFT RESOLUTION "
      "ON THE SUSPENSION OF RIGHTS OF", "MEMBERSHIP OF EXAMPLELAND IN THE", "HUMAN RIGHTS COUNCIL."], None,
     "UN General Assembly"),
    # The OAS's Permanent Council, the OAS named beside it.
    (["OAS :: Organization of American States", "OAS > Permanent Council > Documents",
      "Regular Meeting of the Permanent Council, March 12, 2025"], None, "OAS Permanent Council"),
    # The Assembly holds high-level plenary meetings.
    (["STATEMENT ON BEHALF OF THE ALLIANCE OF SMALL ISLAND STATES", "High-level Plenary Meeting on Sea-Level Rise",
      "United Nations Headquarters, New York"], None, "UN General Assembly"),
    # A spokesperson answers a question about a meeting: its body is the subject, the answer is given at home.
    (["Answer of the Official Spokesperson to a media question regarding the outcome of the OSCE Ministerial "
      "Council", "Question: How would you comment on the results of the OSCE Ministerial Council?"],
     "Answer: First of all, I would like to note that our delegation took part in the Ministerial Council in full "
     "and stated its position there. The results show that dialogue is still possible.\n", None),
    # A news item's lead telling what its speaker told the body.
    (["Examplia calls for reform of the international financial architecture", "September 30, 2024"],
     "Roseau – Examplia's Minister for Foreign Affairs, Dr. Ana Example, has told the United Nations General "
     "Assembly that small island developing states can no longer wait.\n", "UN General Assembly"),
    # Taking part in a debate the opening names: the Assembly's high-level thematic debate.
    (["4th May 2015", "New York"], "Mr. President,\n\nRuritania thanks you for the invitation to participate in "
     "this high-level thematic debate on cooperation with regional organizations.\n", "UN General Assembly"),
    # An agenda item's title names a body as its subject; the plenary line below names the venue.
    (["STATEMENT BY MR. IVAN EXAMPLE", "ON ITEM 121: QUESTION OF THE MEMBERSHIP OF THE SECURITY COUNCIL AND OTHER "
      "MATTERS RELATED TO THE SECURITY COUNCIL", "PLENARY MEETING OF THE 78TH SESSION OF THE UNITED NATIONS GENERAL "
      "ASSEMBLY"], None, "UN General Assembly"),
    # ... but a body the item's line gives as the session's is the venue.
    (["Item 4: General Debate - 59th Session of the Human Rights Council"], None, "UN Human Rights Council"),
    # A body named in passing in the statement is not where it is given.
    (["Statement by the Delegation of Examplia", "Capital City, 3 June 2025"],
     "Mr. President,\n\nExamplia welcomes the work of FAO and of the WFP Executive Board on the food crisis, and the "
     "report of the Economic Commission for Africa on trade.\n", None),
    (["Statement by the Delegation of Examplia", "Capital City, 3 June 2025"],
     "Mr. President,\n\nThe C-34 agreed last year on the language we now discuss, and the CEDAW Committee has "
     "recommended the same.\n", None),
])
def test_forum_of_a_document(header, body, forum):
    found = record(*header, body=body) if body else record(*header)
    assert found.forum == forum


def test_a_un_masthead_gives_its_organs_in_order():
    text = ("Security Council\n\n1 March 2006\n\nOriginal: English\n\nGeneral Assembly\nSixtieth session\n"
            "Agenda item 14\nThe situation in the Middle East\nSecurity Council\nSixty-first year\n\n"
            "Identical letters dated 1 March 2006 from the Permanent Representative of Ruritania to the United "
            "Nations addressed to the Secretary-General and the President of the Security Council\n\n"
            "I write to draw your attention to the events of this morning, which are grave.\n")
    found = extract(text, "m.txt", "m")
    assert found.forums == ("UN General Assembly", "UN Security Council")
    assert found.evidence_for("forum")[0].method == "masthead"


def test_a_note_is_sent_to_the_body_it_is_addressed_to_not_the_one_it_cites():
    text = ("Permanent Mission of Ruritania to the United Nations\n\n"
            "The Permanent Mission of Ruritania to the United Nations presents its compliments to the President "
            "of the 78th session of the General Assembly and, recalling Security Council resolution 2231 (2015), "
            "has the honour to inform that Ruritania has decided to present its candidature to the Council.\n")
    found = extract(text, "n.txt", "n")
    assert found.doc_type == "note_verbale"
    assert found.forum == "UN General Assembly"


@pytest.mark.parametrize("formula, forums", [
    ("I should be grateful if you would have the present letter circulated as a document of the General Assembly, "
     "under agenda item 34, and of the Security Council.", ("UN General Assembly", "UN Security Council")),
    ("I request that this letter be circulated to the members of the Security Council.", ("UN Security Council",)),
    ("I would be grateful if you could bring this letter to the attention of the members of the Security Council.",
     ("UN Security Council",)),
    # The object between the verb and the bodies, and the request put passively.
    ("I should be grateful if the Secretariat could circulate the present letter and its annex to the members of the "
     "Security Council.", ("UN Security Council",)),
    ("I request that this information be brought to the attention of the Security Council at its next meeting.",
     ("UN Security Council",)),
    ("I should be grateful if the present letter could be brought to the attention of the members of the Security "
     "Council and issued as a document of the Council.", ("UN Security Council",)),
    # The formula in French and Spanish.
    ("La Mission saurait gré au Secrétariat de bien vouloir faire distribuer la présente lettre et son annexe comme "
     "document de l'Assemblée générale.", ("UN General Assembly",)),
    ("Le agradecería que tuviera a bien hacer distribuir la presente carta como documento oficial del Consejo de "
     "Seguridad.", ("UN Security Council",)),
])
def test_a_letter_goes_to_the_bodies_its_circulation_formula_names(formula, forums):
    text = ("Letter dated 3 May 2021 from the Permanent Representative of Ruritania to the United Nations addressed "
            "to the Secretary-General\n\nI have the honour to inform you of the events at our border, which the "
            "Human Rights Council has also noted. " + formula + "\n\n(Signed) Anna Example\n")
    found = extract(text, "l.txt", "l")
    assert found.doc_type == "letter"
    assert found.forums == forums


@pytest.mark.parametrize("salutation, forum", [
    ("Mr. President, Members of the Court,", "International Court of Justice"),
    ("Madame la Présidente, Mesdames et Messieurs les juges,", "International Court of Justice"),
    ("Señora Presidenta, Señores Magistrados:", "International Court of Justice"),
    # A council's president and members name no court.
    ("Mr. President, Members of the Council,", None),
])
def test_a_pleading_that_names_no_body_opens_on_the_courts_salutation(salutation, forum):
    text = ("Oral statement of the Republic of Examplia\nOral proceedings on the Obligations of States in respect of "
            "Climate Change (Request for Advisory Opinion)\nDelivered by Ms. Ana Example, Attorney General\n"
            f"12 December 2024\n\n{salutation}\n\nIt is an honour to appear before you.")
    assert record(text).forum == forum


def test_the_european_unions_court_opens_the_same_way_and_is_no_icj():
    text = ("Hearing before the Court of Justice of the European Union\nOral submission of the Government of "
            "Examplia\n12 December 2024\n\nMr. President, Members of the Court,\n\nExamplia supports the Commission.")
    assert record(text).forum != "International Court of Justice"


def test_forum_evidence_carries_how_sure_the_cue_is():
    venue = record("Statement by Ms. Anna Example at the Security Council open debate").evidence_for("forum")[0]
    post = record("Statement by Ms. Anna Example, Permanent Representative to the Conference on Disarmament")
    assert venue.confidence > post.evidence_for("forum")[0].confidence


@pytest.mark.parametrize("header, meeting", [
    # Past the body in the speaker's post, to the meeting; the date 'on ...' and the city are cut.
    (["Statement by Ms. Anna Example, Permanent Representative of Ruritania to the Conference on Disarmament "
      "during the Plenary meeting of the Conference on Disarmament in Geneva on March 3, 2021"],
     "Plenary meeting of the Conference on Disarmament"),
    # A list of agenda items before the session's year is no date to cut at ('1 and 2, 2024').
    (["Statement at the Conference on Disarmament",
      "Plenary meeting on agenda items 1 and 2, 2024 session, first part"],
     "Plenary meeting on agenda items 1 and 2, 2024 session, first part"),
    # A news headline after the body and its colon, a State and its verb, names no meeting.
    (["OSCE Permanent Council: Austria calls for release of detained OSCE staff"], None),
    (["OSZE-Ständiger Rat: Österreich fordert Freilassung der inhaftierten OSZE-Mitarbeiter"], None),
    # The occasion a lead's sentence opens on ends where its subject, a State, and its verb begin.
    (["Examplia at the CTBTO", "Vienna – At the opening of the 63rd session of the Preparatory Commission for the "
      "CTBTO, Austria renewed its call on the remaining Annex 2 States to ratify the Treaty."],
     "opening of the 63rd session of the Preparatory Commission for the CTBTO"),
    # The addressee of a letter is no meeting.
    (["Letter to the Secretary-General and the President of the Security Council"], None),
    (["Ruritanian Ambassador's Letter to the UN Security Council over the border incident"], None),
    # The document's own label after the meeting is cut off.
    (["UN Security Council: Libya - Explanation of vote on the draft resolution"], "UN Security Council: Libya"),
    (["UNGA 79th Session: Third Committee General Debate CARICOM statement"],
     "UNGA 79th Session: Third Committee General Debate"),
    (["Human Rights Council ‒ 54th session", "Item 4: General Debate", "Joint statement by Ruritania on behalf of "
      "a group of countries"], "Human Rights Council ‒ 54th session, Item 4: General Debate"),
    # ... and a heading that is only that label names no meeting.
    (["Explanation of Vote by Ruritania"], None),
    (["Explanation of Vote following the Adoption of a Security Council Resolution on Haiti"],
     "Adoption of a Security Council Resolution on Haiti"),
    # A body alone, with its city, is no meeting.
    # ... or with the Organization's initials typed before it, and its date without the comma's space.
    (["STATEMENT BY MR. IVAN EXAMPLE (NORWAY) IN THE U. N. GENERAL ASSEMBLY October 13,1971"], None),
    (["As delivered by Ambassador Anna Example to the Permanent Council, Vienna | May 4, 2023"], None),
    (["Ruritanian Statement for the Forum for Security Co-operation: Opening Statement"], None),
    # An ordinal or a session number makes the body's name a meeting.
    (["The Eleventh NPT Review Conference New York, 28 April 2026"], "The Eleventh NPT Review Conference"),
    (["HRC58 - Interactive dialogue on Myanmar"], "HRC58 - Interactive dialogue on Myanmar"),
    (["NPT PrepCom 2024 – Cluster I"], "NPT PrepCom 2024 – Cluster I"),
    # A session heading is completed by the agenda item the header gives on its own lines.
    (["53rd session of the Human Rights Council", "", "Item 4", "", "General Debate", "", "Geneva, 3 July 2023"],
     "53rd session of the Human Rights Council, Item 4, General Debate"),
    # A sentence that ends before the meeting: the meeting is the next one.
    (["Statement by the delegation of Ruritania in reply to the delegation of Utopia. 50th regular session of the "
      "Human Rights Council."], "50th regular session of the Human Rights Council"),
    # A speech's quoted title and a press release's dateline are not meeting headings.
    (["„Building trust through dialogue and common action“"], None),
    (["12.05.2021, Vienna – The OSCE Permanent Council held a meeting on the conflict."], None),
    # A page title's date code is dropped.
    (["230914: UNGA78: Revitalization of the work of the General Assembly – item 125"],
     "UNGA78: Revitalization of the work of the General Assembly – item 125"),
    # A meeting whose name tells the body (the Assembly's high-level plenary meetings) keeps its words.
    (["STATEMENT ON BEHALF OF THE ALLIANCE OF SMALL ISLAND STATES", "High-level Plenary Meeting on Sea-Level Rise"],
     "High-level Plenary Meeting on Sea-Level Rise"),
])
def test_meeting(header, meeting):
    assert record(*header).meeting == meeting


@pytest.mark.parametrize("text, only", [
    ("the UN Security Council", True),  # the Organization's initials before its organ
    ("THE UN GENERAL ASSEMBLY", True),
    # French and Spanish 'un' ('a') is no initials: 'un Conseil ...' names some council, not the body alone.
    ("un Conseil des droits de l'homme", False),
    ("un Consejo de Derechos Humanos", False),
])
def test_a_body_alone_with_the_organizations_initials(text, only):
    assert is_only_a_forum(text) is only


@pytest.mark.parametrize("heading, forum", [
    ("Statement at the General Debate of the Fifth United Nations Conference on the Least Developed Countries (LDC5)",
     "UN Conference on the Least Developed Countries"),
    ("Speech at the opening of the United Nations 2023 Water Conference", "UN Water Conference"),
    ("Statement at the Plenary of the Fourth International Conference on Financing for Development (FfD4)",
     "International Conference on Financing for Development"),
    ("PM calls for debt relief at SIDS4", "International Conference on Small Island Developing States"),
    ("IFAD Governing Council – Forty-eighth session", "IFAD Governing Council"),
    # What a State commits to is the heading's subject; where it spoke follows 'at UN'.
    ("T&T reaffirms commitment to Arms Trade Treaty at UN First Committee", "UN General Assembly"),
])
def test_the_un_conferences_and_a_headings_venue_after_its_subject(heading, forum):
    text = f"{heading}\n12 July 2024\n\nExcellencies,\n\nThank you."
    assert extract(text, "t.txt", "t").forum == forum


def test_an_arabic_group_statement_to_the_opcw_executive_council():
    text = ("سفارة دولة مثال في لاهاي\nالرئيسية / المركز الإعلامي / الكلمات\nكلمة المجموعة العربية أمام الدورة السادسة "
            "بعد المائة للمجلس التنفيذي لمنظمة حظر الأسلحة الكيميائية\nنُشر بتاريخ: 11 يوليو 2024\n"
            "كلمة المجموعة العربية\n"
            "يلقيها سعادة السيد فهد راشد المثال\nسفير دولة مثال لدى مملكة هولندا والمندوب الدائم لدى منظمة حظر الأسلحة "
            "الكيميائية\nلاهاي، 9 يوليو 2024\nالسيد الرئيس،\nيشرفني أن ألقي هذه الكلمة باسم المجموعة العربية، وأود في "
            "البداية أن أهنئكم على توليكم رئاسة المجلس.\n")
    found = extract(text, "t.txt", "t")
    assert (found.speaker, found.speaker_role, found.forum, found.doc_type, found.location) == (
        "فهد راشد المثال", "سفير دولة مثال لدى مملكة هولندا والمندوب الدائم لدى منظمة حظر الأسلحة الكيميائية",
        "OPCW Executive Council", "joint_statement", "The Hague")


def test_an_arabic_news_item_from_the_npt_review_conference():
    text = ("الرئيسية » الأخبار\nنشر بتاريخ: 03-08-2022 | 10:25\nوزير الشؤون الخارجية يلقي كلمة بلاده أمام المؤتمر "
            "العاشر لاستعراض معاهدة عدم انتشار الأسلحة النووية\nنيويورك، 2 أغسطس 2022 – ألقى وزير الشؤون الخارجية، "
            "السيد محمد الأمين المثال، اليوم الثلاثاء، كلمة بلاده أمام المؤتمر.\n")
    found = extract(text, "t.txt", "t")
    assert (found.forum, found.meeting) == ("NPT Review Conference",
                                            "المؤتمر العاشر لاستعراض معاهدة عدم انتشار الأسلحة النووية")


def test_a_french_council_of_europe_deputies_sitting():
    text = ("Représentation permanente de la République d'Exemple auprès du Conseil de l'Europe\nAccueil > "
            "Déclarations > Comité des Ministres\nRetrait de la Convention d'Istanbul – Déclaration\nPublié le 1er "
            "avril 2021\n\n1401e réunion des Délégués des Ministres\n\nIntervention de M. Jean Exemple, ambassadeur, "
            "représentant permanent\n\nStrasbourg, le 31 mars 2021\n\nMonsieur le Président,\n")
    found = extract(text, "t.txt", "t")
    assert (found.forum, found.meeting) == ("Council of Europe Committee of Ministers",
                                            "1401e réunion des Délégués des Ministres")


@pytest.mark.parametrize("text, forum, meeting", [
    # The Summit of the Future, a meeting of the General Assembly, in French and Arabic.
    ("Accueil > Discours\nAllocution de M. le Premier Ministre au Sommet de l'avenir\nNew York, le 22 septembre 2024\n"
     "\nMonsieur le Président,\n", "UN General Assembly", None),
    ("الرئيسية » الخطب\nخطاب رئيس الجمهورية أمام قمة المستقبل\nنيويورك، 22 سبتمبر 2024\nالسيد رئيس الجمعية،\n",
     "UN General Assembly", None),
    # An Arabic 'review conference' of the NPT.
    ("الرئيسية > الكلمات والبيانات\nكلمة دولة المثال أمام المؤتمر الاستعراضي العاشر للأطراف في معاهدة عدم انتشار "
     "الأسلحة النووية\nنيويورك في 2 أغسطس 2022\nالسيد الرئيس،\n", "NPT Review Conference",
     "المؤتمر الاستعراضي العاشر للأطراف في معاهدة عدم انتشار الأسلحة النووية"),
])
def test_the_summit_of_the_future_and_an_arabic_review_conference(text, forum, meeting):
    found = extract(text, "t.txt", "t")
    assert (found.forum, found.meeting) == (forum, meeting)


def test_a_mission_to_two_bodies_names_where_it_is_posted_not_the_meeting():
    found = record("EMBASSY OF THE REPUBLIC OF EXAMPLIA", "ADDIS ABABA, ETHIOPIA",
                   "Permanent Mission to the African Union and the United Nations Economic Commission for Africa",
                   "Examplia's Explanation of Vote on Resolution 2735 (2024)", "SECURITY COUNCIL, 9650TH MEETING",
                   "EXPLANATION OF VOTE BY H.E. AMBASSADOR ABDUL EXAMPLE SESAY", "New York, 10 June 2024")
    assert found.forum == "UN Security Council"


def test_a_bodys_acronym_after_its_name_in_a_missions_banner_is_no_forum_of_its_own():
    """'... Economic Commission for Africa (UNECA)': the acronym repeats the name the mission is posted to, and the
    page's trail names the Council the explanation was given in."""
    found = record("EMBASSY OF THE REPUBLIC OF EXAMPLIA, ADDIS ABABA",
                   "Permanent Mission of Examplia to the African Union and the United Nations Economic Commission for "
                   "Africa (UNECA)", "Home › Examplia at the UN › Security Council",
                   "EXPLANATION OF VOTE BY EXAMPLIA FOLLOWING THE ADOPTION OF RESOLUTION 2690 (2023)",
                   "Ambassador Efua Example", "30 June")
    assert found.forum == "UN Security Council"


def test_a_letter_set_one_paragraph_a_line_is_about_the_treaty_its_opening_names():
    # A ministry's page gives the letter's paragraphs one a line, with no blank line between them: its first long line
    # is the opening that names the treaty the report is made under.
    text = ("Skip to main content\nRepublic of Examplia – Ministry of Environment\nالعربية | English\n"
            "Home | The Ministry | The Minister | Mine Action | News | Contact\n"
            "Home > Mine Action > Reports and Correspondence\n2026-05-04 | Views: 417\n"
            "Letter of the Minister of Environment transmitting the Article 7 report for 2025\nRepublic of Examplia\n"
            "Ministry of Environment\nOffice of the Minister\nRef.: 1/7/2291\nExampleville, 28 April 2026\n"
            "The Secretary-General of the United Nations\nNew York\nExcellency,\n"
            "In accordance with Article 7 of the Convention on the Prohibition of the Use, Stockpiling, Production and "
            "Transfer of Anti-Personnel Mines and on their Destruction, I have the honour to transmit herewith the "
            "transparency report of the Republic of Examplia covering the period from 1 January to 31 December 2025.\n"
            "I should be grateful if the report could be made available to the States Parties.\n"
            "Please accept, Excellency, the assurances of my highest consideration.\nHaider Example\n"
            "Minister of Environment\nRepublic of Examplia\nAttachment: Article 7 report (Forms A–J)\n")
    assert extract(text, "t.txt", "t").forum == "Anti-Personnel Mine Ban Convention"


def test_the_human_rights_committee_named_in_portuguese_with_its_covenant():
    text = ("MINISTÉRIO DA JUSTIÇA E DOS DIREITOS HUMANOS\nInício > Notícias\nAngola apresenta Segundo Relatório "
            "Periódico ao Comité dos Direitos Humanos da ONU\n\nIntervenção da Secretária de Estado para os Direitos "
            "Humanos\n\n143.ª Sessão do Comité dos Direitos Humanos\nGenebra, 11 de Março de 2025\n\nSenhora "
            "Presidente do Comité,\n\nApresento ao Comité o Segundo Relatório Periódico sobre a implementação do Pacto "
            "Internacional sobre os Direitos Civis e Políticos.\n")
    assert extract(text, "t.txt", "t").forum == "Human Rights Committee"


@pytest.mark.parametrize("lead, forum", [
    # Iranian news names the Council without 'of the United Nations' after it ('در نشست شورای امنیت', at the
    # Security Council's meeting), as English writes 'the Security Council'; not the country's own Supreme National
    # Security Council ('شورای عالی امنیت ملی').
    ("نیویورک- ایرنا- نماینده دائم ایران روز دوشنبه در نشست شورای امنیت درباره اجرای قطعنامه ۲۲۳۱ گفت.",
     "UN Security Council"),
    ("محمدرضا نمونه، معاون رئیس‌جمهور، در سخنرانی خود در بخش سطح عالی پنجاه‌وپنجمین اجلاس شورای حقوق بشر گفت.",
     "UN Human Rights Council"),
    # ... the IAEA's Board of Governors ('شورای حکام') and General Conference ('کنفرانس عمومی آژانس').
    ("وین- ایرنا- متن کامل بیانیه ایران در نشست شورای حکام آژانس بین المللی انرژی اتمی.", "IAEA Board of Governors"),
    ("سخنرانی رئیس سازمان انرژی اتمی ایران در شصت و هشتمین کنفرانس عمومی آژانس بین‌المللی انرژی اتمی.",
     "IAEA General Conference"),
    ("دبیر شورای عالی امنیت ملی امروز با خبرنگاران گفتگو کرد.", None),
])
def test_persian_news_names_the_councils(lead, forum):
    assert record("اخبار", "سیاست خارجی", body=lead + "\n\nمتن ادامه دارد.\n").forum == forum
