"""Country and location: the conventions of issue 11, as small documents written for the tests.

Each row is a page's first lines in the style of a mission, ministry or UN
document page (written here, not copied from ../shared/devset), with the
State or the city a reader would file it under.
"""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.gazetteer import canonical_city, canonical_country, city_pattern

BODY = "Mr. President,\n\nWe thank you for convening this meeting.\n"


def record(*header: str, body: str = BODY):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("header, body, country", [
    # The speaker's post names the State.
    (["Statement by H.E. Mr. Erik Example, Permanent Representative of Norway to the United Nations"], BODY, "Norway"),
    # The State's name before the post, on the line under the speaker's.
    (["Remarks by Ambassador Jane Example", "New Zealand Permanent Representative to the United Nations"], BODY,
     "New Zealand"),
    # The State's adjective before the post.
    (["Georgian Deputy Foreign Minister addresses the Permanent Council"], BODY, "Georgia"),
    # The presidency's own site by its name: the White House's briefing room.
    (["The White House", "BRIEFING ROOM", "Remarks by Vice President Example at a United Nations Security Council "
      "High-Level Meeting", "SEPTEMBER 24, 2024"], BODY, "United States"),
    # A document collection's title giving the speaker's State in brackets after the name.
    (["Documents of the Examplian War, volume 3", "STATEMENT BY MR. IVAN EXAMPLE (NORWAY) IN THE GENERAL ASSEMBLY"],
     BODY, "Norway"),
    # ... or in the possessive before a diplomat's rank.
    (["Norway’s First Secretary at the Permanent Mission, Anna Example, recorded the following reply"], BODY,
     "Norway"),
    # ... or before a chargé d'affaires, who heads the mission in the ambassador's place.
    (["The Norwegian Chargé (Ivan Example) to the Secretary of State"], BODY, "Norway"),
    # A name that starts as a French or Spanish article does ("La", "Le", "El") is the name, not an article.
    (["Statement by the delegation of Latvia", "Conference on Disarmament, Geneva, 3 March 2023"], BODY, "Latvia"),
    (["Statement by the Permanent Mission of Lebanon to the United Nations"], BODY, "Lebanon"),
    (["Statement by the Permanent Mission of El Salvador to the United Nations"], BODY, "El Salvador"),
    # ... and an article before a name is skipped.
    (["Déclaration de la délégation de la France", "Conférence du désarmement, Genève, 3 mars 2023"], BODY,
     "France"),
    # A ministry's banner or a mission's letterhead names the State by its official name in French.
    (["RÉPUBLIQUE TOGOLAISE", "Ministère des Affaires Étrangères", "Déclaration de S.E. Mme Anna Exemple, Ministre "
      "déléguée, au Segment de haut niveau", "Genève, le 26 février 2025"], BODY, "Togo"),
    (["Mission permanente de la République algérienne démocratique et populaire auprès de l'Organisation des Nations "
      "Unies", "Déclaration de la délégation"], BODY, "Algeria"),
    # The State a group's statement is about is not its speaker, though a paragraph opens on it.
    (["Delegation of the European Union to the International Organisations in Vienna", "EU Statement on the "
      "Russian Federation's ongoing aggression against Ukraine", "OSCE Permanent Council No. 1466",
      "Vienna, 21 March 2024"], "The European Union and its Member States once again condemn the aggression.\n\n"
     "Russia continues its attacks against cities and civilian infrastructure.\n", None),
    (["Joint statement on the situation in Belarus", "Human Rights Council, 58th session"],
     "The group of States remains concerned.\n\nBelarus continues to detain human rights defenders.\n", None),
    (["Déclaration conjointe sur la situation au Myanmar", "Conseil des droits de l'homme, 58e session"],
     "Le groupe d'États reste préoccupé.\n\nMyanmar continues to detain human rights defenders.\n", None),
    # A joint communiqué of two States has no single State, though one's ministry hosts it.
    (["RÉPUBLIQUE TOGOLAISE", "Accueil | Le Ministère | Actualités | Discours | Contact", "COMMUNIQUÉ CONJOINT",
      "Communiqué conjoint sanctionnant les travaux de la Commission mixte de coopération entre la République "
      "togolaise et la République du Ghana", "Lomé, le 12 juillet 2025"], "1. La Commission mixte s'est tenue.\n",
     None),
    # A French or Spanish heading names the State in its own language.
    (["Déclaration de S.E. M. Karim Example, Représentant permanent du Maroc auprès des Nations Unies"], BODY,
     "Morocco"),
    (["Intervención del Representante Permanente de Suiza ante las Naciones Unidas"], BODY, "Switzerland"),
    # A French or Spanish title naming the State that speaks.
    (["DROIT DE RÉPONSE DU ROYAUME DU MAROC", "New York, 9 octobre 2024"], BODY, "Morocco"),
    (["Explicación de voto de la República Argentina – Primera Comisión de la Asamblea General"], BODY,
     "Argentina"),
    # A French salutation opens the body: the State a reply answers there is not the speaker's.
    (["DROIT DE RÉPONSE", "New York, 9 octobre 2024"], "Madame la Présidente,\n\nLa délégation souhaite exercer "
     "son droit de réponse suite à la déclaration faite par la délégation de l'Algérie ce matin.\n", None),
    # ... nor in English, where the sentence turns to the statement it answers.
    (["RIGHT OF REPLY", "New York, 9 October 2024"], "Madam President,\n\nThe delegation wishes to exercise its "
     "right of reply to the statement made by the delegation of Algeria this morning.\n", None),
    # The mission's own name, State first: 'UK Mission to the UN'.
    (["UK Mission to the UN", "Explanation of vote on the resolution on Yemen"], BODY, "United Kingdom"),
    # The same with 'US', an acronym read only in capitals.
    (["US Mission to the OSCE", "Response to the Chief Monitor"], BODY, "United States"),
    # A heading 'by STATE'.
    (["Explanation of Vote by Ireland", "Security Council, 8 November 2002"], BODY, "Ireland"),
    # A heading 'of STATE' in its official form, the deliverer a person.
    (["Statement of the Kingdom of the Netherlands, delivered by Ambassador Anna Example"], BODY, "Netherlands"),
    # A heading opening on the State's name.
    (["Sri Lanka Statement at the Meeting of the States Parties"], BODY, "Sri Lanka"),
    # A heading opening on the State's adjective, 'statement' in lower case.
    (["Swiss statement on the situation in Ukraine"], BODY, "Switzerland"),
    # A heading opening on the State's possessive.
    (["India's Explanation of Vote on the resolution on the Human Rights Council"], BODY, "India"),
    # An acronym before a lower-case 'statement'.
    (["UK statement to the OSCE Permanent Council"], BODY, "United Kingdom"),
    # A name, then its State: 'by Mr. NAME of STATE'.
    (["Statement by Mr. Agha Example of Pakistan in exercise of the right of reply"], BODY, "Pakistan"),
    # A joint statement 'by STATE on behalf of' a group.
    (["Joint statement by the Kingdom of Saudi Arabia on behalf of a group of countries"], BODY, "Saudi Arabia"),
    # 'STATE on behalf of' a group, after a dated heading.
    (["Human Rights Council - Panel discussion - 7 March 2012 Senegal on behalf of the African Group"], BODY,
     "Senegal"),
    # A joint statement 'delivered by STATE'.
    (["Joint statement on behalf of the Nordic countries delivered by Finland"], BODY, "Finland"),
    # ... not a draft, a report or a notice another State presented or issued.
    (["Explicación de voto de la Delegación sobre el proyecto de resolución presentado por Francia"], BODY, None),
    (["Intervention sur le rapport présenté par la Norvège au Comité"], BODY, None),
    (["Statement on the travel advisory issued by Norway"], BODY, None),
    # The deliverer, not the first of the States that wrote it.
    (["Joint Statement by Canada, Australia and New Zealand", "Delivered by Australia"], BODY, "Australia"),
    # A post is not read across 'on behalf of': the speaker's post names the State.
    (["Statement by Ambassador Jan Example on behalf of Belgium and the Netherlands",
      "Permanent Representative of the Netherlands"], BODY, "Netherlands"),
    # The delegation answered is not the one speaking.
    (["Right of reply", "in response to the delegation of Azerbaijan",
      "Delegation of Armenia to the OSCE"], BODY, "Armenia"),
    # 'to the statement of STATE' names the State answered.
    (["Right of reply by the Delegation of the Republic of Cyprus to the statement of Turkey"], BODY, "Cyprus"),
    # The Foreign Minister greeted is not the sender; the release's first sentence names the sender's post.
    (["Minister sends Independence Day greetings to the Foreign Minister of Saint Lucia"],
     "The Minister of Foreign Affairs of Maldives, Dr. Ali Example sends his greetings.\n", "Maldives"),
    # A post in capitals broken after 'REPRESENTATIVE'.
    (["STATEMENT BY THE PERMANENT REPRESENTATIVE", "OF CUBA TO THE UNITED NATIONS"], BODY, "Cuba"),
    # A Permanent Representation to the European Union.
    (["Permanent Representation of Ireland to the European Union", "Statement at the Council"], BODY, "Ireland"),
    # The page's site name above the header.
    (["Permanent Mission of Armenia to the UN office at Geneva", "", "News", "",
      "Statement at the 52nd session of the Human Rights Council"], BODY, "Armenia"),
    # A press release's first sentence with the mission as its subject.
    (["Kazakh delegation at the CTBTO"],
     "The Permanent Mission of the Republic of Kazakhstan to the International Organizations took part "
     "in the session.\n", "Kazakhstan"),
    # A host's labelled field.
    (["Statement at the 51st session", "Country: Cuba", "Speaker: Ms. Ana Example"], BODY, "Cuba"),
    # A host's 'From:' field, its value on the next line.
    (["Explanation of vote on the resolution", "From:", "UK Mission to the UN and Ambassador Jane Example",
      "Published 7 April 2022"], BODY, "United Kingdom"),
    # A letterhead naming the State in its official form.
    (["REPUBLIC OF CYPRUS", "MINISTRY OF FOREIGN AFFAIRS", "", "Excellency,"], "I have the honour to write.\n",
     "Cyprus"),
    # A national statement's letterhead: the State's name in capitals.
    (["EC-104/NAT.1", "CHINA", "ORIGINAL: CHINESE"], BODY, "China"),
    # A first-person formula in the first lines (the body opens without a salutation).
    (["Statement at the Council", "I speak on behalf of the group and my own country, Ireland"], "", "Ireland"),
    # A meeting record: 'Mr. NAME (State):'.
    (["Exercise of the right of reply"], "Mr. SHAH (Pakistan): My delegation wishes to reply.\n", "Pakistan"),
    # 'STATE, in its capacity as Chair of ...'.
    (["4th May 2015"], "Mr. President,\n\nThe Bahamas, in its capacity as Chair of CARICOM, thanks you.\n",
     "Bahamas"),
    # Spanish: 'del delegado de Cuba', answering 'la Delegación de Estados Unidos'.
    (["Intervención del delegado de Cuba en ejercicio del derecho a réplica a la Delegación de Estados Unidos"],
     "Señor Presidente:\n\nRechazamos las críticas.\n", "Cuba"),
    # Spanish: 'Declaración de' the State's official name.
    (["Declaración de la República Bolivariana de Venezuela ante la Asamblea General"],
     "Señor Presidente:\n\nAgradecemos.\n", "Venezuela"),
    # Spanish: a note verbale's 'La Misión Permanente de ... saluda'.
    (["La Misión Permanente de la República de Colombia ante las Naciones Unidas saluda atentamente"],
     "Señor Presidente:\n\nAgradecemos.\n", "Colombia"),
    # The official form is filed under the common short name: Syria.
    (["Statement by the Permanent Representative of the Syrian Arab Republic"], BODY, "Syria"),
    # ... North Korea.
    (["Statement by the Head of Delegation of the Democratic People's Republic of Korea"], BODY, "North Korea"),
    # ... Palestine.
    (["Letter from the Permanent Observer of the State of Palestine"], BODY, "Palestine"),
    # A statement naming its own delegation as the subject; the delegation thanked before it is not the speaker.
    (["Statement by Ambassador Tan Example at the Executive Council"],
     "Mr. Chairman,\n\nWe thank the Dutch delegation for its work. The Chinese delegation supports the draft.\n",
     "China"),
    # The opening's subject is the State a reply answers, not the one speaking.
    (["Right of Reply to the Russian Federation"], "The Russian Federation has once again distorted the facts.\n",
     None),
    # A courtesy: the Ambassador congratulated.
    (["I congratulate Ambassador Samuel Example of Guyana on his election"], BODY, None),
    # A courtesy: the delegation thanked.
    (["We thank the delegation of Mexico for its work"], BODY, None),
    # A courtesy after the State: '..., on your election'.
    (["Minister for Foreign Affairs of Uganda, on your election as President"], BODY, None),
    # A courtesy: the State commended.
    (["My Government commends the Republic of China on"], BODY, None),
    # 'Elected Members' is a name, not a courtesy; the post's State after it is the speaker's.
    (["Joint Statement by the 10 Elected Members delivered by Ambassador Ana Example, Permanent Representative of "
      "Ecuador to the UN, for the Open Debate"], BODY, "Ecuador"),
    # A courtesy after the State: 'for the able manner'.
    (["Statement"], "Mr. President,\n\nWe thank Minister Ana Example of Ukraine for the able manner in which she "
     "presided.\n", None),
    # The European Union speaks through a State: never the country.
    (["Statement by the Head of the Delegation of the European Union"], BODY, None),
    # 'my country, STATE', a name written without its hyphen.
    (["Statement"], "Mr. President,\n\nI speak for my country, the Republic of Guinea Bissau.\n", "Guinea-Bissau"),
    # A line of the speech kept in a header is not a heading.
    (["Right of Reply to the Russian Federation",
      "And here, again, I feel sorry for the mothers who are losing their sons, while the Russian Government denies "
      "that and denies the dignity of their lives."], BODY, None),
    # A speaker delivering on behalf of one State ('the State of Qatar') delivers for it ...
    (["Statement delivered by Mr. Ivan Example, Counsellor", "on behalf of the State of Qatar",
      "at the Third Committee, Agenda item 68"], BODY, "Qatar"),
    # A statement on behalf of a list of States is delivered by the one whose 'own country' it names.
    (["Joint statement on behalf of Belgium, Luxembourg and the Netherlands"], "Mr. President,\n\nI have the honour "
     "to speak on behalf of Belgium, Luxembourg and my own country, the Kingdom of the Netherlands.\n",
     "Netherlands"),
    # ... but on behalf of two, no single State is named.
    (["Joint statement on the situation in Ruritania"],
     "Mr. President,\n\nI am delivering this statement on behalf of Norway and Canada.\n", None),
    # Last, a State as the subject of a heading.
    (["Israel submits second protest regarding fire from Gaza"], "Today more rockets hit towns.\n", "Israel"),
    # A heading on a State's own campaign names the State that speaks ...
    (["Speech by Foreign Minister Example at the opening event for Ireland's candidacy for a seat on the Security "
      "Council"], "Ladies and gentlemen,\n\nWelcome to all of you.\n", "Ireland"),
    # ... but a speech supporting another's candidacy in its body does not.
    (["Statement"], "Mr. President,\n\nWe support Ireland's candidacy for the Council.\n", None),
    # A mission named in Italian, Portuguese or German ("d'Italia", 'do Brasil', 'der Schweiz').
    (["Dichiarazione di voto sulla risoluzione", "Rappresentanza Permanente d'Italia presso le Nazioni Unite"],
     "Signor Presidente,\n\nGrazie.\n", "Italy"),
    (["Missão Permanente do Brasil junto às Nações Unidas", "Intervenção no Conselho de Segurança"],
     "Senhor Presidente,\n\nObrigado.\n", "Brazil"),
    (["Ständige Mission der Schweiz bei der UNO in Genf", "Rede im Menschenrechtsrat"],
     "Herr Präsident,\n\nVielen Dank.\n", "Switzerland"),
    # A site's banner naming the State in its own language's official form.
    (["Portal Diplomático", "República Portuguesa", "Ministério dos Negócios Estrangeiros",
      "Intervenção do Ministro no Conselho de Direitos Humanos"], "Senhor Presidente,\n\nObrigado.\n", "Portugal"),
    # A statement naming its own State as the one taking its stances, through the body.
    (["Statement", "Agenda item 4"], "Mr. President,\n\nWe thank the High Commissioner for her update. "
     "Ireland welcomes the report before us.\n\nThe situation in the region remains grave. "
     "In this regard, Ireland fully supports the mandate of the mission.\n", "Ireland"),
    # ... its Government or delegation, in French and Spanish too.
    (["Statement"], "Mr. President,\n\nWe have studied the report. The Government of Ghana reaffirms its commitment "
     "to the Charter.\n",
     "Ghana"),
    (["Déclaration"], "Monsieur le Président,\n\nLe Maroc réaffirme son attachement au multilatéralisme.\n",
     "Morocco"),
    (["Intervención"], "Señor Presidente,\n\nCuba reitera su rechazo a las medidas coercitivas unilaterales.\n",
     "Cuba"),
    # ... in Italian, German and Portuguese ('L'Italia sostiene', 'Die Schweiz begrüßt', 'O Brasil apoia').
    (["Intervento"], "Signora Presidente,\n\nGrazie. L'Italia sostiene l'istituzione del Registro dei danni.\n",
     "Italy"),
    (["Rede"], "Herr Präsident,\n\nVielen Dank. Die Schweiz begrüßt den Bericht.\n", "Switzerland"),
    (["Discurso"], "Senhor Presidente,\n\nObrigado. O Brasil apoia a iniciativa.\n", "Brazil"),
    # ... and in Dutch, the State's Dutch name ('België gelooft in een wereld die gebaseerd is op regels').
    (["Toespraak"], "Mevrouw de Voorzitter,\n\nDank u. België steunt het Internationaal Strafhof.\n", "Belgium"),
    # A State named inside a clause is someone else's ('the regimes which South Africa supports') ...
    (["Statement"], "Mr. President,\n\nWe condemn the regimes which South Africa supports and arms.\n", None),
    # ... and two States taking as many stances name neither.
    (["Statement"], "Mr. President,\n\nWe have heard two views. France welcomes the plan. Germany welcomes it "
     "as well.\n", None),
    # A meeting's coverage telling of two speakers in one subject names neither's State as the page's.
    (["OAS > Media Center > Press Releases", "PRESS RELEASE", "OAS Permanent Council Considers Situation in Haiti",
      "E-018/25", "March 12, 2025", "Share: Facebook | X | Email | Print"],
     "The Permanent Council of the Organization of American States today held a regular meeting at which it "
     "considered the political, security and humanitarian situation in Haiti and the support of the Organization.\n"
     "The Assistant Secretary General presented an update on the work of the General Secretariat in Haiti, including "
     "the technical assistance provided to the Provisional Electoral Council.\nThe Permanent Observer of the European "
     "Union and the representative of Spain, as a Permanent Observer State, also addressed the Council.\n", None),
    # A mission's or post's State in Portuguese or French, by its own name ('Moçambique', 'Principauté de Monaco').
    (["REPRESENTANTE PERMANENTE DA REPÚBLICA DE MOÇAMBIQUE JUNTO DAS NAÇÕES UNIDAS"], "Senhor Presidente,\n\n"
     "Obrigado.\n", "Mozambique"),
    (["Mission permanente de la Principauté de Monaco auprès des Nations Unies", "EXPLANATION OF VOTE"],
     "Mr. President,\n\nWe voted in favour.\n", "Monaco"),
    # Russian, Belarusian and Ukrainian banners and posts name the State in the genitive, with no 'of'.
    (["Министерство иностранных дел Республики Беларусь", "Главная > Пресс-служба > Новости"],
     "Уважаемый господин Председатель,\n\nБлагодарю вас.\n", "Belarus"),
    (["Выступление Постоянного представителя Республики Казахстан при ООН", "19 октября 2023"],
     "Уважаемый господин Председатель,\n\nБлагодарю вас.\n", "Kazakhstan"),
    (["Міністерство закордонних справ України", "Заява МЗС України"], "Шановний пане Голово,\n\nДякую.\n",
     "Ukraine"),
    # A Central Asian ministry's banner in Russian, the State in the genitive.
    (["Министерство иностранных дел Туркменистана", "Главная / Новости / Выступления"],
     "Уважаемый господин Председатель,\n\nБлагодарю вас.\n", "Turkmenistan"),
])
def test_country(header, body, country):
    assert record(*header, body=body).country == country


@pytest.mark.parametrize("header, body, location", [
    # A letterhead's address ends on the city, the State's abbreviation and the postal code.
    (["PERMANENT MISSION OF EXAMPLE TO THE UNITED NATIONS", "820 Second Avenue, 9th Floor", "New York, N.Y. 10017",
      "9th of September 2025"], "Excellency,\n\nI have the honour to write to you.\n", "New York"),
    # A city closing a post ('con sede en Viena'), the date on the line below: the post's city, no dateline.
    (["INTERVENCIÓN DE MÉXICO", "Embajador Raúl Example, Representante Permanente de México ante los Organismos "
      "Internacionales con sede en Viena", "18 de noviembre de 2024"], "Señor Presidente:\n\nGracias.\n", None),
    # A dateline in Portuguese or Russian names the city in its language.
    (["Intervenção do Representante Permanente", "Nova Iorque, 8 de Agosto de 2024"],
     "Senhor Presidente,\n\nObrigado.\n", "New York"),
    (["Выступление Постоянного представителя", "Вена, 20 марта 2025 года"], "Уважаемый господин Председатель,\n\n"
     "Благодарю вас.\n", "Vienna"),
    # A dateline naming the weekday first, in the page's language, and the city in that language.
    (["Statement by Mr. Ivan Example", "Genève, le mardi 12 mars 2024"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Ginebra, martes 12 de marzo de 2024"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Ginevra, martedì 12 marzo 2024"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Wenen, dinsdag 12 maart 2024"], BODY, "Vienna"),
    (["Statement by Mr. Ivan Example", "Женева, вторник, 12 марта 2024 года"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Jenewa, Selasa, 12 Maret 2024"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Wien, Dienstag, 12. März 2024"], BODY, "Vienna"),
    (["Statement by Mr. Ivan Example", "Cenevre, 12 Mart 2024 Salı"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "Nowy Jork, 12 marca 2024"], BODY, "New York"),
    # ... the Spanish ordinal day, a Spanish letter's 'a' and an Arabic one's 'في' (on) before the date.
    (["Statement by Mr. Ivan Example", "Nueva York, 1.º de marzo de 2024"], BODY, "New York"),
    (["Statement by Mr. Ivan Example", "Ginevra, 1° marzo 2024"], BODY, "Geneva"),
    # A capital's dateline in Spanish, French or Italian.
    (["Comunicado de prensa", "Nueva Delhi, 12 de marzo de 2024"], BODY, "New Delhi"),
    (["Communiqué de presse", "Téhéran, le 12 mars 2024"], BODY, "Tehran"),
    (["Comunicato stampa", "Berlino, 12 marzo 2024"], BODY, "Berlin"),
    (["Statement by Mr. Ivan Example", "Ginebra, a 12 de marzo de 2024"], BODY, "Geneva"),
    (["Statement by Mr. Ivan Example", "جنيف في 12 مارس 2024"], BODY, "Geneva"),
    # A dateline: City, date.
    (["Statement by Mr. Ivan Example", "Geneva, 26 January 2023"], BODY, "Geneva"),
    # A dateline with a colon, US-style date.
    (["Press release", "Islamabad: May 26, 2022"], BODY, "Islamabad"),
    # A dateline in brackets.
    (["Statement by the Foreign Minister", "(New York, 3 October 2011)"], BODY, "New York"),
    # A dateline closing a heading sentence.
    (["Statement at the 1460th meeting of the Permanent Council, Vienna, 7 March 2024"], BODY, "Vienna"),
    # The date first (dd.mm.yyyy), then the city.
    (["12.04.2018, Vienna – The Permanent Council held a meeting."], BODY, "Vienna"),
    # The date first, a dash, the city, in brackets.
    (["Explanation of vote by Mr. Ivan Example", "(25 December 2010- New York)"], BODY, "New York"),
    # A range of days, then the city.
    (["Statement of the Minister at the Ministerial Council", "(December 1-2, 2022, Lodz)"], BODY, "Lodz"),
    # A dateline in capitals with the State between city and date.
    (["NEW YORK, USA, September 25, 2019 - The President addressed the Assembly"], BODY, "New York"),
    # A dateline in capitals without a comma.
    (["GENEVA 04 March 2019 — The delegation upheld its tradition"], BODY, "Geneva"),
    # A Spanish dateline: the city's English name is the one filed.
    (["Intervención del delegado de Cuba. Ginebra, 19 de septiembre de 2016"], BODY, "Geneva"),
    # A press office's dateline names its source between the city and the date.
    (["Examplia Calls for Accountability before Human Rights Council", "20 March 2024"],
     "Geneva / Information Office / 19 March 2024\n\nThe State of Examplia called on the international community "
     "to act.\n", "Geneva"),
    # A dateline after the meeting's name without a separator.
    (["The Tenth Review Conference New York, 1 August 2022"], BODY, "New York"),
    # A place line: city and state.
    (["Ambassador Robert Example", "Alternate Representative", "New York, New York", "June 2, 2023"], BODY,
     "New York"),
    # A place line: city and country.
    (["Address to the Human Rights Council", "Geneva, Switzerland"], BODY, "Geneva"),
    # A place line: 'New York City'.
    (["Statement", "New York City, USA"], BODY, "New York"),
    # A host's labelled place.
    (["Statement by the Minister", "Location: United Nations, New York"], BODY, "New York"),
    # A dateline in capitals with the country and a dash.
    (["Press release", "VIENNA, Austria – 9 November 2018"], BODY, "Vienna"),
    # A dateline with the weekday.
    (["Press release", "Geneva, Tuesday, 5 March 2019"], BODY, "Geneva"),
    # A venue, then the city.
    (["Opening of the Forum", "United Nations Headquarters - New York"], BODY, "New York"),
    # The country in brackets.
    (["Press release", "Geneva (Switzerland), 5 March 2020"], BODY, "Geneva"),
    # 'CITY on DATE' on a heading line.
    (["Statement by the Minister", "Geneva on 5 March 2020"], BODY, "Geneva"),
    # A letterhead: the mission, then its city in capitals.
    (["Permanent Mission of the State of Eritrea to the United Nations, GENEVA", "33rd Special Session"], BODY,
     "Geneva"),
    # The page's mission line: 'at Geneva'.
    (["Permanent Mission of Armenia to the UN office at Geneva", "", "Statement by the Permanent Representative"],
     BODY, "Geneva"),
    # A French mission line: 'à Genève'.
    (["Mission permanente de la France auprès des Nations Unies à Genève", "Déclaration"], BODY, "Geneva"),
    # A mission line with a bar before the city.
    (["Permanent Mission of India to the United Nations | New York", "Statement"], BODY, "New York"),
    # The meeting's city closing a delivery line.
    (["As delivered by Deputy Chief of Mission Ann Example", "to the Permanent Council, Vienna", "March 9, 2023"],
     BODY, "Vienna"),
    # The meeting's city and its country.
    (["U.S. Statement", "As delivered to the Board of Governors, Vienna, Austria"], BODY, "Vienna"),
    # A mission named 'U.S. Mission Geneva'.
    (["U.S. Mission Geneva", "Statement on the human rights situation"], BODY, "Geneva"),
    # The date, then the city, without a separator.
    (["Statement by Ambassador Ann Example", "18 November 2022 Vienna"], BODY, "Vienna"),
    # A heading's 'in CITY on DATE' after the meeting, the post before it.
    (["Statement by Dr. Anil Example, Permanent Representative of India to the Conference on Disarmament during "
      "the High-Level Segment of the Conference on Disarmament in Geneva on February 28, 2022"], BODY, "Geneva"),
    # A press release's sign-off: mission, city, date.
    (["Mine Action Forum"],
     "The delegation addressed the forum.\n\nPermanent Mission of Sri Lanka\nGeneva\n8 June 2018", "Geneva"),
    # A note verbale's place and date after its closing formula.
    (["PERMANENT MISSION OF THE REPUBLIC OF ARMENIA TO THE UNITED NATIONS"],
     "The Permanent Mission presents its compliments to the President. The Mission avails itself of this "
     "opportunity to renew the assurances of its highest consideration. New York. 12 April 2006\n", "New York"),
    # A meeting over two days: its city and dates close the heading of a flattened OSCE document.
    (["MC.DEL/12/23 1 December 2023 ENGLISH Original: RUSSIAN RIGHT OF REPLY OF THE DELEGATION OF RURITANIA "
      "Thirtieth Meeting of the Ministerial Council Skopje, 30 November and 1 December 2023"], BODY, "Skopje"),
    # A German dateline, the day with a full stop.
    (["Rede von Botschafterin Anna Beispiel im Sicherheitsrat", "New York, 12. März 2024"], BODY, "New York"),
    # A Japanese mission's dateline: the city in katakana, the date in the Japanese form.
    (["国連安全保障理事会における大使のステートメント", "ニューヨーク、2024年9月30日"], BODY, "New York"),
    # A Chinese mission's date, then its city.
    (["常驻联合国代表在人权理事会的发言", "2024年3月6日，日内瓦"], BODY, "Geneva"),
    # An Arabic ministry's release: the city, the Arabic comma, the day and an Arabic month.
    (["بيان صحفي", "مسقط، 12 مارس 2025"], BODY, "Muscat"),
    # A Russian-language ministry's dateline, the city in Cyrillic.
    (["Пресс-релиз", "Душанбе, 23 марта 2025 г."], BODY, "Dushanbe"),
    # A conference city's place line, with its country, under the meeting's name.
    (["Third United Nations Ocean Conference – Plenary", "Nice, France", "10 June 2025"], BODY, "Nice"),
    # The capital as the English press writes it, the accent kept ('Reykjavik' files there too).
    (["Reykjavik, 16 May 2023", "Statement by the Minister"], BODY, "Reykjavík"),
    # A city inside the speaker's post.
    (["Statement by Ambassador Hans Example, Permanent Representative of Norway to the UN in Geneva, "
      "on the coming Presidency"], BODY, None),
    # The same, the post alone.
    (["Permanent Representative of Ukraine to the International Organizations in Vienna"], BODY, None),
    # A venue that is not a city.
    (["27 February 2020, Salle XX, Palais des Nations"], BODY, None),
    # A site's clock, a posting stamp.
    (["Kyiv 00:21", "Statement of the delegation"], BODY, None),
    # The session's city in the body.
    (["Press release"], "The delegation took part in the session held on 7-9 November 2018, in Vienna.\n", None),
    # A wrapped sentence of the speech: 'Washington, D.C. on DATE'.
    (["Statement"], "Mr. President,\n\nThe conference took place in\nWashington, D.C. on 28 September 1995. It "
     "adopted a plan.\n", None),
    # A wrapped sentence ending on a city.
    (["Statement"], "Mr. President,\n\nThe meeting will be held in\nCancún.\n", None),
    # A city on a line of its own inside a sentence.
    (["Statement"], "Mr. President,\n\nThe agreement we signed in\nParis\nremains our guide.\n", None),
    # 'in CITY on DATE' in the speech's prose.
    (["The killing of our colleagues in the line of duty in Baghdad on 19 August 2003 shocked us"], BODY, None),
    # A site's menu of its missions, one city a line, is no place line.
    (["Ministry of Foreign Affairs", "Missions", "New York", "Geneva", "Vienna", "Statement by Examplia",
      "12 March 2024"], BODY, None),
    (["New York", "Geneva", "Statement by Examplia", "12 March 2024"], BODY, None),
    # A sentence of the speech wrapped before a city and a date is no dateline.
    (["Statement by Examplia", "12 March 2024"], "Mr. President,\n\nWe recall the conference held in Vienna and "
     "the meeting in\nGeneva, 6 March 2024, both of which we attended.\n", None),
    # A list of cities in a sentence is not an address.
    (["Terrorism is the same whether in Casablanca, Madrid, New York, Jerusalem or Beslan in 2004"], BODY, None),
    # Datelines in the sites' languages: Catalan ('Luxemburg', 'del 2025'), French without the year.
    (["NOTA DE PREMSA", "La ministra reafirma el compromís d'Andorra amb el Consell d'Europa",
      "Luxemburg, 14 de maig del 2025"], BODY, "Luxembourg"),
    (["Droit de réponse de la délégation de l'Exemple", "60e session du Conseil des droits de l'homme",
      "Genève, le 23 septembre"], BODY, "Geneva"),
    (["Rede der Botschafterin Anna Beispiel", "Wien, den 12. März 2024"], BODY, "Vienna"),  # German 'den'
    # Indonesian names of the seats: 'Jenewa', 'Wina'.
    (["Indonesia Tegaskan Pentingnya Perlucutan Senjata", "Jenewa, 18 Maret 2025"], BODY, "Geneva"),
    (["Pernyataan Delegasi Indonesia", "Wina, 4 Juni 2025"], BODY, "Vienna"),
    # A ministry's banner at home names its capital above the menu: not where a speech on the site was delivered ...
    (["Government of Examplia", "Department of Foreign Affairs", "Palikir, Pohnpei",
      "Home | About | News | Speeches & Statements | Embassies & Missions | Contact",
      "Remarks by the Assistant Secretary for Multilateral Affairs", "United Nations Economic and Social Council",
      "May 21, 2025"], BODY, None),
    (["Ministère des Affaires étrangères", "Lomé, Togo", "Accueil | Le Ministère | Actualités | Discours | Contact",
      "Déclaration de la Ministre au Conseil des droits de l'homme", "26 février 2025"], BODY, None),
    # ... while a mission's banner names the seat it speaks in, as its letterhead does.
    (["Permanent Mission of Examplia to the United Nations", "New York, NY",
      "Home | About | News | Statements | Contact", "Statement by Ambassador Ivan Example", "May 21, 2025"], BODY,
     "New York"),
    # A heading ending on its date and place, as government sites title a speech.
    (["Rede von Bundeskanzlerin Anna Beispiel bei der 80. Generalversammlung der Vereinten Nationen am 24. September "
      "2025 in New York"], "Frau Präsidentin,\n\nes gilt das gesprochene Wort.\n", "New York"),
    (["Speech by the Prime Minister of Examplia at the Summit of the Future on 22 September 2024 in New York"], BODY,
     "New York"),
    (["Discours du Président de la République à la Conférence des Nations Unies sur l'océan, le 9 juin 2025 à Nice"],
     "Mesdames et Messieurs,\n\nMerci.\n", "Nice"),
    (["Discurso del Presidente en la Asamblea General, el 23 de septiembre de 2025 en Nueva York"],
     "Señor Presidente:\n\nGracias.\n", "New York"),
    # A news item's dateline without a date: the city, perhaps the source in brackets, then a dash.
    (["UNSC: Examplia's explanation of vote (full text)"], "NEW YORK (United Nations) - Examplia's Deputy Permanent "
     "Representative delivered Thursday an explanation of vote. The agency publishes below the full text.\n",
     "New York"),
    (["Examplia condamne l'attaque"], "GENÈVE (AFP) – La délégation de l'Exemple a condamné mardi l'attaque contre "
     "un convoi humanitaire. Elle a appelé à une enquête.\n", "Geneva"),
    (["Indonesia Tegaskan Pentingnya Perlucutan Senjata"], "Jenewa – Indonesia kembali menegaskan bahwa perlucutan "
     "senjata nuklir harus tetap menjadi prioritas. Hal tersebut disampaikan oleh Duta Besar.\n", "Geneva"),
    (["Examplia urges restraint at the Council"], "NEW YORK, Sept 25 (Reuters) - Examplia's envoy urged restraint "
     "on Thursday. The Council met for three hours.\n", "New York"),
    (["Examplia calls for dialogue"], "GENEVA, March 3 (Xinhua) -- The envoy of Examplia called for dialogue at the "
     "Council. He spoke for ten minutes.\n", "Geneva"),
    # ... but a State or a word before a dash is none.
    (["Examplia at the Council"], "Examplia – a founding member of the Organization – called for restraint. It "
     "spoke on Tuesday.\n", None),
    # A labelled place in the site's language.
    (["Intervenção do Embaixador", "Local: Nações Unidas, Nova Iorque"], BODY, "New York"),
    (["Rede der Botschafterin", "Ort: Wien"], BODY, "Vienna"),
    # A capital as the site's language names it: French 'Londres', Portuguese 'Díli', Russian 'Ашхабад'.
    (["Communiqué de presse", "Londres, le 3 mai 2024"], BODY, "London"),
    (["Comunicado de Imprensa", "Díli, 12 de março de 2025"], BODY, "Dili"),
    (["Состоялась встреча с Координатором системы ООН", "Ашхабад, 14 марта 2025 г."], BODY, "Ashgabat"),
    # A photo's caption naming the venue in its city.
    (["Joint statement by Examplia and Norland at the Permanent Council", "Hofburg palace in Vienna."], BODY,
     "Vienna"),
    # ... not a sentence placing it.
    (["Joint statement by Examplia and Norland", "The meeting was held at the Palais des Nations in Geneva."], BODY,
     None),
    # A heading's meeting with its city in brackets.
    (["Statements in International Organisations", "Tenth Session of the Executive Council of the Organisation (The "
      "Hague)", "Statement delivered by Ambassador Ivan Example"], BODY, "The Hague"),
    # A letter's annex is placed by its own author: its dateline is not the letter's.
    (["Letter dated 13 May 2022 from the Permanent Representative of Examplia to the United Nations addressed to "
      "the Secretary-General"],
     "I have the honour to enclose the letter of the Minister for Foreign Affairs (see annex).\n\n"
     "(Signed) Ivan Example\nPermanent Representative\n\nAnnex to the letter dated 13 May 2022\n\n"
     "Tbilisi, 13 May 2022\n\nI write to inform you of the following.\n", None),
    # A release's lead, below its title, placing the meeting the statement was given to.
    (["Speech", "Example response to the Chairperson-in-Office"],
     "Head of the Delegation Ivan Example gave the statement to a special meeting of the Permanent Council in Vienna "
     "as Examplia takes the Chair.\n\nThank you, Minister.\n", "Vienna"),
    # A communiqué's opening placing the meeting whose ministers issue it.
    (["COMUNICADO CONJUNTO", "REUNIÓN EXTRAORDINARIA DEL CONSEJO DE MINISTROS DEL SISTEMA DE EJEMPLO"],
     "Los Ministros de Relaciones Exteriores de los Estados miembros del Sistema de Ejemplo, reunidos en la ciudad de "
     "Nueva York, Estados Unidos de América, el 24 de septiembre de 2025,\n\nACUERDAN:\n", "New York"),
    # ... not a subject's place ('on the situation in X').
    (["Speech", "Example statement on the crisis"],
     "Ambassador Ivan Example gave a statement on the situation in Vienna at the Council.\n\nThank you.\n", None),
    # A release's lead opening on its dateline without a date, the date left to the posting stamp: the city in
    # capitals, or as a name with its State, and a dash.
    (["Press Releases", "Posted on May 3, 2025 | in Press Releases", "Examplia to Security Council: act now"],
     "BRIDGETOWN, Barbados – The Ambassador of Examplia told the Council on Friday that the mission must go on.\n",
     "Bridgetown"),
    (["News", "Minister addresses the Assembly"], "NAIROBI — The Minister told the Assembly on Tuesday that ...\n",
     "Nairobi"),
    (["News", "Minister addresses the Assembly"],
     "Castries, Saint Lucia – The Minister told the Assembly on Tuesday that ...\n", "Castries"),
    (["News", "Minister addresses the Assembly"], "Geneva – a city of peace – hosts the talks this week.\n", None),
    # A State whose capital bears its name, before a dash and the document's label, is the speaker, not a dateline.
    (["Explanation of vote on draft resolution A/C.1/80/L.7", "30 October 2025"],
     "MONACO – Explanation of vote after the vote\n\nMr. Chair,\n\nMonaco voted in favour.\n", None),
    (["Statement on the ocean", "3 June 2025"],
     "SINGAPORE – Statement by the delegation at the Conference\n\nMr. President,\n\nThank you.\n", None),
    # A Hungarian or Polish dateline: the seat's name in the language, and Hungarian's year first.
    (["Hírek", "Magyarország felszólalt a Kormányzótanács ülésén"],
     "Bécs, 2025. június 11. – A Kormányzótanács ülésén a nagykövet szólalt fel.\n", "Vienna"),
    (["Aktualności", "Wystąpienie na posiedzeniu Rady"], "Wiedeń, 11 czerwca 2025 r. – Ambasador zabrał głos.\n",
     "Vienna"),
    # Lithuanian writes the year first, with its abbreviated words for year and day.
    (["Naujienos", "Ministro laiškas Generaliniam Sekretoriui"],
     "Vilnius, 2026 m. kovo 3 d.\n\nGerbiamasis Generalini Sekretoriau,\n", "Vilnius"),
    # A letterhead's address in Europe's style: the street, then the city after its postal code.
    (["Embassy of Examplia", "Permanent Mission to the International Organizations", "Musterstrasse 12, 1010 Vienna",
      "Ref: EX/2026/14", "3 March 2026"], "Excellency,\n\nI have the honour to refer to the session.\n", "Vienna"),
    # A mission site's banner, above its menu, names the mission and its post's seat, not where a document it
    # posts was given; the document's own letterhead below the menu does place it.
    (["Permanent Mission of Examplia to the International Organisations in Vienna", "English | Deutsch",
      "Home | About the Mission | News | Statements | Contact", "Home > Statements > CTBTO",
      "Joint Statement on behalf of a group of States", "Vienna International Centre, Board Room A",
      "17 November 2025"], BODY, None),
    (["Examplia in the world", "Home | About the Mission | News | Statements | Contact",
      "Permanent Mission of Examplia to the United Nations Office at Geneva", "Statement at the Council"], BODY,
     "Geneva"),
    # An embassy's banner ending on its city names the embassy's seat, not the place of a text it reposts from
    # its State's mission elsewhere; a dateline in the page's own script and digits does place it.
    (["Embassy of Examplia - Nairobi", "Home   Embassy   Consular Affairs   News   Contact",
      "Home > Statements", "Statement by the Permanent Representative of Examplia to the United Nations"], BODY, None),
    (["Embassy of Examplia, Bangkok, Thailand", "Home   About Us   Consular Services   Contact",
      "वक्तव्य", "बैंकक, ४ मार्च २०२६"], BODY, "Bangkok"),
    # A letter's inside address closes on where the letter was sent ('New York'); its letterhead's address, with a
    # postal district's number after the city ('Dublin 2'), is where it was written.
    (["Office of the Prime Minister", "Government Buildings, 12 Example Street, Dublin 2, D02 X999", "3 March 2026",
      "His Excellency the President of the General Assembly", "United Nations", "New York"],
     "Dear President,\n\nI am writing to convey our support.\n", "Dublin"),
    # A page's own note under its letterhead ('Check against delivery') is no menu: the letterhead above it stands.
    (["Permanent Mission of Examplia to the United Nations Office at Geneva", "Remarks by Ambassador Ivan Example",
      "Dialogue with the Special Rapporteur on housing", "Check against delivery"], BODY, "Geneva"),
    # A chair's statement closing on its dateline, alone on the last line under a sentence the page cut off.
    (["Chairman's Statement on the Floods", "Date: 4 May 2025"],
     "1. The Chair expresses its condolences to the people affected by the floods and stands ready, through the "
     "Centre, to\nPutrajaya, 3 May 2025", "Putrajaya"),
    # ... nor a meeting the statement was about ('a statement on the work of the Conference in X').
    (["Speech", "Example statement on disarmament"],
     "The Minister made a statement on the work of the Conference in Geneva last year.\n\nThank you.\n", None),
    # A letter a page reproduces in quotes opens on its own dateline, at the seat of the office that sent it.
    (["President addresses letter to the Secretary-General", "Date: 27/06/2026 | Views: 120"],
     "The Press Office published the following letter:\n\n\"Baabda, 24 June 2026\n\nExcellency,\n\nI have the "
     "honour to request the extension of the mandate.", "Baabda"),
    # A mission's postal address in its site's banner, over the menu set one link to a line, is on every page
    # the site posts: no place of the statement.
    (["Permanent Mission of Examplia to the United Nations", "408 East 50th Street, New York, NY 10022 | Tel: +1 212",
      "Home", "The Mission", "Statements", "Contact", "Home » Statements » ECOSOC",
      "Statement by H.E. Mr. Ivan Example at the ECOSOC Operational Activities Segment"], BODY, None),
    # ... the same address in the letterhead the document carries below the site's menu is where it was written.
    (["Permanent Mission of Examplia to the United Nations", "Home | The Mission | Statements | Letters | Contact",
      "Letter to the President of the Security Council", "PERMANENT MISSION OF EXAMPLIA TO THE UNITED NATIONS",
      "336 East 45th Street, 5th Floor, New York, NY 10017", "23 May 2025"],
     "Excellency,\n\nI have the honour to write to you.\n", "New York"),
    # A reprint's credit line places the newspaper, not the interview.
    (["Interview with the Permanent Representative", "[Reproduced from The Daily Example, Kathmandu, 24 January 2026]"],
     "Q: What are the priorities now?\n\nA: Our task is to make sure that the transition is smooth.", None),
])
def test_location(header, body, location):
    assert record(*header, body=body).location == location


@pytest.mark.parametrize("name, state", [
    # A State's official form in the languages of its letterheads, with the form's own epithets.
    ("Islamic Republic of Iran", "Iran"), ("République fédérale d'Allemagne", "Germany"), ("État du Qatar", "Qatar"),
    ("Estado Plurinacional de Bolivia", "Bolivia"), ("República Cooperativa de Guyana", "Guyana"),
    ("Estado de Israel", "Israel"), ("Union des Comores", "Comoros"), ("Republik Österreich", "Austria"),
    ("Federation of Saint Kitts and Nevis", "Saint Kitts and Nevis"),
    ("Independent State of Papua New Guinea", "Papua New Guinea"),
    # ... but a State's province, a federation's entity, a movement or a body are none: a form of State names the
    # State only where it is that State's own form ('State of Qatar', not 'State of Mexico'), its epithets listed.
    ("State of Mexico", None), ("Estado de México", None), ("Islamic State of Iraq", None),
    ("Federation of Bosnia and Herzegovina", None), ("European Union of Greece", None),
    ("Free Republic of Norway", None),
])
def test_an_official_form_names_its_own_state_only(name, state):
    assert canonical_country(name) == state


@pytest.mark.parametrize("city", vocabulary.load_data("cities"))
def test_every_spelling_of_a_city_files_under_its_name(city):
    for name in (city, *vocabulary.load_data("cities")[city]):
        assert canonical_city(name) == city, name
        assert city_pattern().fullmatch(name), name


def test_a_city_in_capitals_is_a_city_and_a_word_in_lower_case_is_not():
    assert canonical_city("GENEVA") == "Geneva"
    assert canonical_city("male") is None


# Headings set in capitals or with every word capitalized, as other sites print them (scripts/extraction-robustness).
@pytest.mark.parametrize("header, country, location", [
    # The State's adjective before a post, in capitals.
    (["EXAMPLIAN AMBASSADOR’S LETTER TO THE UN SECURITY COUNCIL OVER ABKHAZIA", "NEW YORK, 26 JULY 2004"],
     None, "New York"),
    (["GEORGIAN AMBASSADOR’S LETTER TO THE UN SECURITY COUNCIL", "NEW YORK, 26 JULY 2004"], "Georgia", "New York"),
    # A press release's title naming the State's embassy, in capitals.
    (["ESTONIAN FLAG TORN OFF ESTONIAN EMBASSY IN MOSCOW"], "Estonia", None),
    # A mission's name ending on its seat, in capitals.
    (["EMBASSY OF ARMENIA TO SWITZERLAND AND PERMANENT MISSION OF ARMENIA TO THE UN OFFICE AT GENEVA"],
     "Armenia", "Geneva"),
    # The place of delivery inside a heading in capitals.
    (["SPEECH BY FOREIGN MINISTER EXAMPLE IN NEW YORK AT THE OPENING EVENT OF THE CANDIDACY", "21.09.2016 - SPEECH"],
     None, "New York"),
    # A dateline in brackets, in capitals.
    (["STATEMENT BY H.E. MR. IVAN EXAMPLE AT THE OPENING OF THE MINISTERIAL COUNCIL", "(KYIV, 5 DECEMBER 2013)"],
     None, "Kyiv"),
    # A city whose name starts with 'The', after a comma in a heading in capitals.
    (["REMARKS BY THE HEAD OF THE DELEGATION AT THE 60TH MEETING OF THE OPCW EXECUTIVE COUNCIL, THE HAGUE, JUNE 4, "
      "2018"], None, "The Hague"),
    # Every word capitalized (a site's CSS), the place of delivery after 'In'.
    (["Speech By Foreign Minister Example In New York At The Opening Event Of The Candidacy", "21.09.2016 - Speech"],
     None, "New York"),
])
def test_headings_in_capitals(header, country, location):
    found = record(*header)
    assert (found.country, found.location) == (country, location)


def test_a_state_in_brackets_after_a_heading_speaker_is_read_from_the_heading():
    """'STATEMENT BY MR. X (PAKISTAN)' is a heading, not a meeting record's 'Mr. X (State):'."""
    found = record("STATEMENT BY MR. IVAN EXAMPLE (PAKISTAN) IN THE GENERAL ASSEMBLY", "3 October 1991")
    assert found.country == "Pakistan"
    assert found.evidence_for("country")[0].method == "heading: statement by Mr. NAME (STATE)"


@pytest.mark.parametrize("title", [
    # A title naming a city as what it is about, with the day after it, is no dateline.
    "Statement by the Ministry of Foreign Affairs on Russia's missile attack on Odesa, 2 March 2024",
    "Russian strikes on Kharkiv (12 March 2024)",
    "Ukraine – Frappes russes sur Kharkiv (12 mars 2024)",
])
def test_a_city_a_title_is_about_is_no_place_of_issue(title):
    assert record(title, body="The Ministry strongly condemns the attack on civilians.\n").location is None


@pytest.mark.parametrize("place_line", [
    "Vienna, 10-14 March 2025",
    "Vienna, 10 to 14 March 2025",
    "Viena, 10 al 14 de marzo de 2025",
    "Vienne, du 10 au 14 mars 2025",
])
def test_a_meetings_place_and_days_as_a_range_name_where_it_was_delivered(place_line):
    found = record("COMMISSION ON NARCOTIC DRUGS", "68th session", place_line,
                   "Statement by Ambassador John Example, Permanent Representative of Examplia")
    assert found.location == "Vienna"


@pytest.mark.parametrize("banner, country", [
    # A site's banner names a government's office beside the State, in parts of its own or on one line.
    ("Ministry of External Relations - Republic of Cameroon", "Cameroon"),
    ("State of Qatar | Ministry of Foreign Affairs", "Qatar"),
    ("Office of the Prime Minister - Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
    ("Republic of Botswana - Government Portal", "Botswana"),
    ("STATE HOUSE KENYA", "Kenya"),
    ("Prime Minister's Office Singapore", "Singapore"),
    ("Belize Press Office", "Belize"),
    ("Kingdom of Belgium – Federal Public Service Foreign Affairs, Foreign Trade and Development Cooperation",
     "Belgium"),
    ("Government of Jamaica", "Jamaica"),
])
def test_a_banner_naming_a_governments_office_beside_the_state_names_the_state(banner, country):
    found = record(banner, "News", "12 March 2025", "Prime Minister attends regional summit",
                   body="The Prime Minister today attended the opening of the regional summit on food security.\n")
    assert found.country == country


def test_a_datelines_state_before_a_bar_leaves_its_city_the_place():
    found = record("Élysée", "News", "President attends the Ocean Conference", "Nice, France | 9 June 2025",
                   body="The President today opened the third United Nations Ocean Conference.\n")
    assert (found.location, found.date) == ("Nice", "2025-06-09")


@pytest.mark.parametrize("lead, country", [
    # A meeting's counterpart named after the verb of meeting is the guest's State, not the host's.
    ("Riyadh, June 3, 2025, SPA -- Minister of Foreign Affairs Prince Turki Example received in Riyadh today the "
     "Foreign Minister of Brazil.", "Saudi Arabia"),
    ("Statement of Minister of Foreign Affairs Nikolaos Example following his meeting with the Foreign Minister of "
     "Cyprus (Athens, 17.01.2025)", "Greece"),
])
def test_a_meetings_counterpart_is_not_the_state_spoken_for(lead, country):
    banner = {"Saudi Arabia": "Kingdom of Saudi Arabia - Ministry of Foreign Affairs",
              "Greece": "Hellenic Republic - Ministry of Foreign Affairs"}[country]
    assert record(banner, "News", lead, body="The two sides reviewed bilateral relations.\n").country == country


def test_the_state_of_another_post_in_the_leads_other_sentence_is_not_the_state_spoken_for():
    """A news item's lead names the State it answers by its minister's post in one sentence and the speaker in the
    next; the State is read where the speaker is named, and the text's own heading gives it."""
    found = record("Examplia Chronicle", "Home | News | Regional",
                   "GUYANA on Friday exercised its right of reply at the United Nations General Assembly after "
                   "Venezuela's Foreign Minister repeated his country's claim in the general debate. The reply was "
                   "delivered by Ambassador Ramona D. Example-Haynes. Below is the full text:",
                   "Right of Reply of the Co-operative Republic of Guyana",
                   "78th Session of the United Nations General Assembly – General Debate", "22 September 2023")
    assert (found.speaker, found.country) == ("Ramona D. Example-Haynes", "Guyana")


@pytest.mark.parametrize("place_line, location", [
    # A dateline's State written in full, 'of' inside it, before a bar.
    ("New York, United States of America | 23 September 2025", "New York"),
    # Tonga's capital as English writes it, with an apostrophe.
    ("NUKU'ALOFA, TONGA, 29 AUGUST 2024 - The Prime Minister has called on Pacific leaders", "Nuku'alofa"),
])
def test_datelines_of_presidencies_and_prime_ministers(place_line, location):
    found = record("The President's Office", "Speeches", "Address by the President at the General Debate", place_line,
                   body="Mr President,\n\nIt is an honour to address this Assembly.\n")
    assert found.location == location


def test_a_joint_communiques_formal_close_gives_its_place_and_day():
    found = record("Joint Communiqué of the Foreign Ministers of Egypt and Jordan",
                   "Done at Amman, on the 12th day of March 2025.",
                   body="The Foreign Ministers met to review the situation in the region and to coordinate.\n")
    assert (found.location, found.date) == ("Amman", "2025-03-12")


def test_a_statements_delivery_line_under_its_text_gives_its_place_and_day():
    # The mission's site sets the city and the day under the text, above the one who delivered it; its banner's
    # 'Office at Geneva' is the site's seat, no place on its own.
    text = ("Permanent Mission of the Republic of Examplia to the United Nations Office at Geneva\nHome » News » "
            "Statements\nStatement by Examplia at the ECOSOC Humanitarian Affairs Segment\nCreated: 20 June 2025\n"
            "ECONOMIC AND SOCIAL COUNCIL\n2025 HUMANITARIAN AFFAIRS SEGMENT\nMadam Vice-President,\nExamplia thanks "
            "you for convening this segment.\nI thank you.\nDelivered at Geneva on 18 June 2025 by\nMs. Anna Example\n"
            "Minister Counsellor\n")
    found = extract(text, "t.txt", "t")
    assert (found.location, found.date, found.speaker) == ("Geneva", "2025-06-18", "Anna Example")


def test_a_day_before_the_sites_stamp_on_its_line_is_the_date():
    found = record("Permanent Mission of Examplia to the United Nations", "Statements",
                   "Statement at the Security Council open debate", "22 January 2025 | Posted: 23 January 2025",
                   body="Thank you, Madam President.\n")
    assert found.date == "2025-01-22"


@pytest.mark.parametrize("dateline, city", [
    # Seats of government the datelines of small States' and of Sudan's releases name.
    ("KOROR, Palau (June 10, 2025) — President Example said the ocean is not for sale.", "Koror"),
    ("Port Sudan, 3 March 2025 – The Ministry of Foreign Affairs condemns the attack.", "Port Sudan"),
    ("ST. JOHN'S, Antigua, 12 March 2025 – The Prime Minister addressed the nation.", "St. John's"),
])
def test_datelines_of_seats_of_government(dateline, city):
    assert record("Press Office", "News", "12 March 2025", dateline, body="The statement follows.\n").location == city


def test_a_wires_dateline_naming_its_agency_after_the_city_gives_the_city():
    # The agency's name after the city and a full stop, with no date ('NEW YORK. KAZINFORM – ').
    text = ("Skip to content\nKazinform\nInternational News Agency\nHome / Kazinform Exclusive\nKazakh envoy: water "
            "must unite, not divide Central Asia\n23 March 2023, 16:20\nShare: Facebook | Telegram | X | WhatsApp\n"
            "NEW YORK. KAZINFORM – Ahead of the UN 2023 Water Conference, Kazinform's correspondent spoke on 21 March "
            "2023 with Aigerim Example, Permanent Representative of Kazakhstan to the United Nations.\n\n– Madam "
            "Ambassador, what does Kazakhstan expect from the conference?\n\n– We expect commitments.\n")
    assert extract(text, "t.txt", "t").location == "New York"


@pytest.mark.parametrize("lead, city", [
    # Arabic and Persian agencies write the city, a dash and their name (a date between at most) before the lead.
    ("نيويورك-سانا\nوجه مندوب سورية الدائم لدى الأمم المتحدة رسالتين إلى الأمين العام.", "New York"),
    ("نیویورک- ایرنا- نماینده دائم ایران روز دوشنبه در نشست شورای امنیت گفت.", "New York"),
    ("وین- ایرنا- متن کامل بیانیه ایران در نشست شورای حکام.", "Vienna"),
    ("جنيف 26-2-2024 وفا- ألقى وزير الخارجية كلمة دولة فلسطين أمام مجلس حقوق الإنسان.", "Geneva"),
    # ... and the Cyrillic ones their name after the city and a full stop ('ВЕНА. ҚазАқпарат –').
    ("ВЕНА. ҚазАқпарат – Қазақстан Республикасы Сыртқы істер министрінің орынбасары сөз сөйледі.", "Vienna"),
])
def test_a_wires_dateline_in_arabic_persian_or_cyrillic_gives_the_city(lead, city):
    text = "الرئيسية\nأخبار\nعنوان الخبر\n" + lead + "\n\nالنص يتبع.\n"
    assert extract(text, "t.txt", "t").location == city


@pytest.mark.parametrize("dateline, city", [
    # The cities of the conferences in the languages of the Western Balkans, in a release's dateline.
    ("Beč, 4. decembar 2025 - Ministarka vanjskih poslova učestvovala je danas na sastanku.", "Vienna"),
    ("Њујорк, 21. октобар 2025. године – Стални представник обратио се Првом комитету.", "New York"),
    ("Nju Jork, 26 shtator 2022 – Ministri i Punëve të Jashtme foli në Asamblenë e Përgjithshme.", "New York"),
    ("Стразбур, 14. мај 2024 – Министар се обратио Комитету министара.", "Strasbourg"),
])
def test_datelines_in_the_languages_of_the_western_balkans(dateline, city):
    assert record("Vijesti", "Saopštenje", dateline, body="Tekst slijedi.\n").location == city


def test_a_sites_banner_in_its_other_language_gives_no_place():
    """The mission's name in the site's banner, in English and in Māori ('..., Genewa'), is the site's, on every page
    it posts: no place the statement was given."""
    text = ("Skip to main content\nNew Zealand Permanent Mission to the United Nations, Geneva\nTe Māngai o "
            "Aotearoa ki te Whakakotahitanga o ngā Whenua o te Ao, Genewa\nHome  About us  Human rights  Statements  "
            "Media\n"
            "Home / Statements / Human Rights Council\nDate: 08 July 2025\n\nHRC59: Interactive Dialogue with the "
            "Special Rapporteur on the rights of Indigenous Peoples\n\nMinister Counsellor Aroha Example\n\n"
            "Tēnā koe, Mr President.\n\nNew Zealand thanks the Special Rapporteur for her report.")
    assert extract(text, "t.txt", "t").location is None



@pytest.mark.parametrize("text, location", [
    # A dateline line with the venue between the city and the date ...
    ("NATIONAL STATEMENT OF TURKMENISTAN\nat the 4th cycle of the Universal Periodic Review\nDelivered by Mrs. "
     "Ogulgerek EXAMPLE\nGeneva, Palais des Nations, 6 May 2025\nMadam President,\nThank you.", "Geneva"),
    # ... but not a heading or a sentence placing another event that way.
    ("Federal Department of Foreign Affairs of Examplia\nNews\nFederal Councillor Example to open the Global "
     "Conference on Humanitarian Demining (Geneva, Palais des Nations, 18 June 2025)\nBern, 2 June 2025\nThe "
     "Federal Councillor will open the conference.", "Bern"),
    ("The Permanent Mission of Examplia to the United Nations presents its compliments to the Secretariat and, with "
     "reference to the Ministerial Meeting of the Group of Friends of Mediation (Paris, Palais des Congrès, 3 April "
     "2025), has the honour to transmit herewith the declaration adopted at that meeting.", None),
])
def test_a_dateline_naming_the_venue_between_the_city_and_the_date(text, location):
    assert extract(text, "t.txt", "t").location == location


def test_a_letterheads_city_with_its_postal_district():
    text = ("Prime Minister writes to the Secretary-General\nPosted on: 2024-11-19\nPRIME MINISTER'S OFFICE\n58, "
            "Example Mawatha\nColombo 07\n14 November 2024\nExcellency,\nI have the honour to write to you regarding "
            "the Declaration of the Indian Ocean as a Zone of Peace.\n")
    assert extract(text, "t.txt", "t").location == "Colombo"


@pytest.mark.parametrize("text, field, expected", [
    # A Greek release: its dateline's city, the honorific after the post, the Assembly in Greek.
    *((("Προεδρία της Δημοκρατίας\nΑρχική > Γραφείο Τύπου > Ανακοινώσεις\nΗμερομηνία: 20/09/2016 | Ώρα: 01:35\nΟ "
        "Πρόεδρος της Δημοκρατίας στη Σύνοδο του ΟΗΕ\n\nΝέα Υόρκη, 19 Σεπτεμβρίου 2016\n\nΟ Πρόεδρος της Δημοκρατίας "
        "κ. "
        "Ανδρέας Παράδειγμα μίλησε σήμερα στη Σύνοδο Υψηλού Επιπέδου της Γενικής Συνέλευσης των Ηνωμένων Εθνών.\n"),
       field, expected) for field, expected in (
        ("location", "New York"), ("speaker_role", "Πρόεδρος της Δημοκρατίας"), ("forum", "UN General Assembly"))),
    # The Cook Islands and their capital in a ministry's letterhead.
    *((("GOVERNMENT OF THE COOK ISLANDS\nMINISTRY OF FOREIGN AFFAIRS AND IMMIGRATION\nPO Box 105, Avarua, Rarotonga, "
        "Cook Islands\n\nRef: MFAI/LEG/14/02\n\nThe Ministry of Foreign Affairs and Immigration of the Cook Islands "
        "presents its compliments to the Secretary-General of the United Nations and has the honour to transmit an "
        "addendum.\n\nAvarua, 14 March 2014\n"), field, expected) for field, expected in (
        ("country", "Cook Islands"), ("location", "Avarua"))),
])
def test_a_greek_release_and_the_cook_islands(text, field, expected):
    assert getattr(extract(text, "t.txt", "t"), field) == expected


def test_the_reproduced_texts_dateline_places_it_not_the_agencys():
    text = ("Full text of Examplia statement at ECOSOC\n\nDHAKA, May 18, 2022 (BSS) - Following is the full text of "
            "the statement delivered by the Senior Secretary at the ECOSOC Operational Activities Segment in New "
            "York:\n\nStatement by\nMahbub Example Talukder\nSenior Secretary, Economic Relations Division\n\nECOSOC "
            "Operational Activities for Development Segment\nNew York, 17 May 2022\n\nMadam Vice-President,\n\n"
            "Thank you.\n")
    assert extract(text, "t.txt", "t").location == "New York"


def test_the_states_a_group_speaks_for_in_brackets_are_no_meeting_place():
    found = record("Comité des Ministres – 1526e réunion des Délégués des Ministres",
                   "Déclaration au nom des pays du Benelux (Belgique, Luxembourg, Pays-Bas)")
    assert found.location is None
