"""Country and location: the conventions of issue 11, as small documents written for the tests.

Each row is a page's first lines in the style of a mission, ministry or UN
document page (written here, not copied from ../shared/devset), with the
State or the city a reader would file it under.
"""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.patterns import canonical_city, city_pattern

BODY = "Mr. President,\n\nWe thank you for convening this meeting.\n"


def record(*header: str, body: str = BODY):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("header, body, country", [
    # The State from the speaker's post.
    (["Statement by H.E. Mr. Erik Example, Permanent Representative of Norway to the United Nations"], BODY, "Norway"),
    # A State's adjective or name before the post.
    (["Remarks by Ambassador Jane Example", "New Zealand Permanent Representative to the United Nations"], BODY,
     "New Zealand"),
    (["Georgian Deputy Foreign Minister addresses the Permanent Council"], BODY, "Georgia"),
    # The mission's own name: 'UK Mission to the UN', 'US Mission to the OSCE'.
    (["UK Mission to the UN", "Explanation of vote on the resolution on Yemen"], BODY, "United Kingdom"),
    (["US Mission to the OSCE", "Response to the Chief Monitor"], BODY, "United States"),
    # A heading that names the State speaking.
    (["Explanation of Vote by Ireland", "Security Council, 8 November 2002"], BODY, "Ireland"),
    (["Statement of the Kingdom of the Netherlands, delivered by Ambassador Anna Example"], BODY, "Netherlands"),
    (["Sri Lanka Statement at the Meeting of the States Parties"], BODY, "Sri Lanka"),
    (["Swiss statement on the situation in Ukraine"], BODY, "Switzerland"),
    (["India's Explanation of Vote on the resolution on the Human Rights Council"], BODY, "India"),
    (["UK statement to the OSCE Permanent Council"], BODY, "United Kingdom"),
    (["Statement by Mr. Agha Example of Pakistan in exercise of the right of reply"], BODY, "Pakistan"),
    # A joint statement: the State delivering it, not the group or the States listed.
    (["Joint statement by the Kingdom of Saudi Arabia on behalf of a group of countries"], BODY, "Saudi Arabia"),
    (["Human Rights Council - Panel discussion - 7 March 2012 Senegal on behalf of the African Group"], BODY,
     "Senegal"),
    (["Joint statement on behalf of the Nordic countries delivered by Finland"], BODY, "Finland"),
    (["Joint Statement by Canada, Australia and New Zealand", "Delivered by Australia"], BODY, "Australia"),
    (["Statement by Ambassador Jan Example on behalf of Belgium and the Netherlands",
      "Permanent Representative of the Netherlands"], BODY, "Netherlands"),
    # The State answered or addressed is not the one speaking.
    (["Right of reply", "in response to the delegation of Azerbaijan",
      "Delegation of Armenia to the OSCE"], BODY, "Armenia"),
    (["Right of reply by the Delegation of the Republic of Cyprus to the statement of Turkey"], BODY, "Cyprus"),
    (["Minister sends Independence Day greetings to the Foreign Minister of Saint Lucia"],
     "The Minister of Foreign Affairs of Maldives, Dr. Ali Example sends his greetings.\n", "Maldives"),
    # A post broken after 'REPRESENTATIVE' in a heading in capitals.
    (["STATEMENT BY THE PERMANENT REPRESENTATIVE", "OF CUBA TO THE UNITED NATIONS"], BODY, "Cuba"),
    (["Permanent Representation of Ireland to the European Union", "Statement at the Council"], BODY, "Ireland"),
    # The page's site name above the header.
    (["Permanent Mission of Armenia to the UN office at Geneva", "", "News", "",
      "Statement at the 52nd session of the Human Rights Council"], BODY, "Armenia"),
    # A press release: the post as the subject of its first sentence.
    (["Kazakh delegation at the CTBTO"],
     "The Permanent Mission of the Republic of Kazakhstan to the International Organizations took part "
     "in the session.\n", "Kazakhstan"),
    # A host's labelled field.
    (["Statement at the 51st session", "Country: Cuba", "Speaker: Ms. Ana Example"], BODY, "Cuba"),
    (["Explanation of vote on the resolution", "From:", "UK Mission to the UN and Ambassador Jane Example",
      "Published 7 April 2022"], BODY, "United Kingdom"),
    # A letterhead naming the State in its official form.
    (["REPUBLIC OF CYPRUS", "MINISTRY OF FOREIGN AFFAIRS", "", "Excellency,"], "I have the honour to write.\n",
     "Cyprus"),
    (["EC-104/NAT.1", "CHINA", "ORIGINAL: CHINESE"], BODY, "China"),
    # A first-person formula a header kept (the body opens without a salutation).
    (["Statement at the Council", "I speak on behalf of the group and my own country, Ireland"], "", "Ireland"),
    # A meeting record: 'Mr. NAME (State):'.
    (["Exercise of the right of reply"], "Mr. SHAH (Pakistan): My delegation wishes to reply.\n", "Pakistan"),
    # 'STATE, in its capacity as Chair of ...'.
    (["4th May 2015"], "Mr. President,\n\nThe Bahamas, in its capacity as Chair of CARICOM, thanks you.\n",
     "Bahamas"),
    # Spanish: 'del delegado de Cuba', answering 'la Delegación de EE.UU.'.
    (["Intervención del delegado de Cuba en ejercicio del derecho a réplica a la Delegación de Estados Unidos"],
     "Señor Presidente:\n\nRechazamos las críticas.\n", "Cuba"),
    (["Declaración de la República Bolivariana de Venezuela ante la Asamblea General"],
     "Señor Presidente:\n\nAgradecemos.\n", "Venezuela"),
    (["La Misión Permanente de la República de Colombia ante las Naciones Unidas saluda atentamente"],
     "Señor Presidente:\n\nAgradecemos.\n", "Colombia"),
    # Common short names, as the labels give them.
    (["Statement by the Permanent Representative of the Syrian Arab Republic"], BODY, "Syria"),
    (["Statement by the Head of Delegation of the Democratic People's Republic of Korea"], BODY, "North Korea"),
    (["Letter from the Permanent Observer of the State of Palestine"], BODY, "Palestine"),
    # A statement naming its own delegation as the subject; a delegation thanked is not the speaker.
    (["Statement by Ambassador Tan Example at the Executive Council"],
     "Mr. Chairman,\n\nWe thank the Dutch delegation for its work. The Chinese delegation supports the draft.\n",
     "China"),
    # The opening's subject is the State a reply answers, not the one speaking.
    (["Right of Reply to the Russian Federation"], "The Russian Federation has once again distorted the facts.\n",
     None),
    # A speech's courtesies name other States' officials, never the speaker's State.
    (["I congratulate Ambassador Samuel Example of Guyana on his election"], BODY, None),
    (["We thank the delegation of Mexico for its work"], BODY, None),
    (["Minister for Foreign Affairs of Uganda, on your election as President"], BODY, None),
    (["My Government commends the Republic of China on"], BODY, None),
    # 'Elected Members' is a name, not a courtesy; the post's State after it is the speaker's.
    (["Joint Statement by the 10 Elected Members delivered by Ambassador Ana Example, Permanent Representative of "
      "Ecuador to the UN, for the Open Debate"], BODY, "Ecuador"),
    (["Statement"], "Mr. President,\n\nWe thank Minister Ana Example of Ukraine for the able manner in which she "
     "presided.\n", None),
    # The European Union speaks through a State: never the country.
    (["Statement by the Head of the Delegation of the European Union"], BODY, None),
    (["Statement"], "Mr. President,\n\nI speak for my country, the Republic of Guinea Bissau.\n", "Guinea-Bissau"),
    # A line of the speech kept in a header is not a heading.
    (["Right of Reply to the Russian Federation",
      "And here, again, I feel sorry for the mothers who are losing their sons, while the Russian Government denies "
      "that and denies the dignity of their lives."], BODY, None),
    # Last, a State as the subject of a heading; the European Union speaks through a State, never as one.
    (["Israel submits second protest regarding fire from Gaza"], "Today more rockets hit towns.\n", "Israel"),
])
def test_country(header, body, country):
    assert record(*header, body=body).country == country


@pytest.mark.parametrize("header, body, location", [
    # Datelines, the city before or after the date.
    (["Statement by Mr. Ivan Example", "Geneva, 26 January 2023"], BODY, "Geneva"),
    (["Press release", "Islamabad: May 26, 2022"], BODY, "Islamabad"),
    (["Statement by the Foreign Minister", "(New York, 3 October 2011)"], BODY, "New York"),
    (["Statement at the 1460th meeting of the Permanent Council, Vienna, 7 March 2024"], BODY, "Vienna"),
    (["12.04.2018, Vienna – The Permanent Council held a meeting."], BODY, "Vienna"),
    (["Explanation of vote by Mr. Ivan Example", "(25 December 2010- New York)"], BODY, "New York"),
    (["Statement of the Minister at the Ministerial Council", "(December 1-2, 2022, Lodz)"], BODY, "Lodz"),
    (["NEW YORK, USA, September 25, 2019 - The President addressed the Assembly"], BODY, "New York"),
    (["GENEVA 04 March 2019 — The delegation upheld its tradition"], BODY, "Geneva"),
    (["Intervención del delegado de Cuba. Ginebra, 19 de septiembre de 2016"], BODY, "Geneva"),
    (["The Tenth Review Conference New York, 1 August 2022"], BODY, "New York"),
    # Place lines, with a State or region after the city.
    (["Ambassador Robert Example", "Alternate Representative", "New York, New York", "June 2, 2023"], BODY,
     "New York"),
    (["Address to the Human Rights Council", "Geneva, Switzerland"], BODY, "Geneva"),
    (["Statement", "New York City, USA"], BODY, "New York"),
    (["Statement by the Minister", "Location: United Nations, New York"], BODY, "New York"),
    (["Press release", "VIENNA, Austria – 9 November 2018"], BODY, "Vienna"),
    (["Press release", "Geneva, Tuesday, 5 March 2019"], BODY, "Geneva"),
    (["Opening of the Forum", "United Nations Headquarters - New York"], BODY, "New York"),
    (["Press release", "Geneva (Switzerland), 5 March 2020"], BODY, "Geneva"),
    (["Statement by the Minister", "Geneva on 5 March 2020"], BODY, "Geneva"),
    # A letterhead or the page's mission line.
    (["Permanent Mission of the State of Eritrea to the United Nations, GENEVA", "33rd Special Session"], BODY,
     "Geneva"),
    (["Permanent Mission of Armenia to the UN office at Geneva", "", "Statement by the Permanent Representative"],
     BODY, "Geneva"),
    (["Mission permanente de la France auprès des Nations Unies à Genève", "Déclaration"], BODY, "Geneva"),
    (["Permanent Mission of India to the United Nations | New York", "Statement"], BODY, "New York"),
    # The meeting's city closing a heading line.
    (["As delivered by Deputy Chief of Mission Ann Example", "to the Permanent Council, Vienna", "March 9, 2023"],
     BODY, "Vienna"),
    (["U.S. Statement", "As delivered to the Board of Governors, Vienna, Austria"], BODY, "Vienna"),
    (["U.S. Mission Geneva", "Statement on the human rights situation"], BODY, "Geneva"),
    (["Statement by Ambassador Ann Example", "18 November 2022 Vienna"], BODY, "Vienna"),
    # A heading's 'in CITY on DATE'.
    (["Statement by Dr. Anil Example, Permanent Representative of India to the Conference on Disarmament during "
      "the High-Level Segment of the Conference on Disarmament in Geneva on February 28, 2022"], BODY, "Geneva"),
    # A sign-off at the end of a press release.
    (["Mine Action Forum"],
     "The delegation addressed the forum.\n\nPermanent Mission of Sri Lanka\nGeneva\n8 June 2018", "Geneva"),
    # A note verbale's place and date after its closing formula.
    (["PERMANENT MISSION OF THE REPUBLIC OF ARMENIA TO THE UNITED NATIONS"],
     "The Permanent Mission presents its compliments to the President. The Mission avails itself of this "
     "opportunity to renew the assurances of its highest consideration. New York. 12 April 2006\n", "New York"),
    # Not a city: a post's seat, a venue, a posting stamp, a city in the body.
    (["Statement by Ambassador Hans Example, Permanent Representative of Norway to the UN in Geneva, "
      "on the coming Presidency"], BODY, None),
    (["Permanent Representative of Ukraine to the International Organizations in Vienna"], BODY, None),
    (["27 February 2020, Salle XX, Palais des Nations"], BODY, None),
    (["Kyiv 00:21", "Statement of the delegation"], BODY, None),
    (["Press release"], "The delegation took part in the session held on 7-9 November 2018, in Vienna.\n", None),
    # A speech's sentences that name a city and a date, or a list of cities.
    (["Statement"], "Mr. President,\n\nThe conference took place in\nWashington, D.C. on 28 September 1995. It "
     "adopted a plan.\n", None),
    (["Statement"], "Mr. President,\n\nThe meeting will be held in\nCancún.\n", None),
    (["Statement"], "Mr. President,\n\nThe agreement we signed in\nParis\nremains our guide.\n", None),
    (["The killing of our colleagues in the line of duty in Baghdad on 19 August 2003 shocked us"], BODY, None),
    (["Terrorism is the same whether in Casablanca, Madrid, New York, Jerusalem or Beslan in 2004"], BODY, None),
])
def test_location(header, body, location):
    assert record(*header, body=body).location == location


@pytest.mark.parametrize("city", vocabulary.load_data("cities"))
def test_every_spelling_of_a_city_files_under_its_name(city):
    for name in (city, *vocabulary.load_data("cities")[city]):
        assert canonical_city(name) == city, name
        assert city_pattern().fullmatch(name), name


def test_a_city_in_capitals_is_a_city_and_a_word_in_lower_case_is_not():
    assert canonical_city("GENEVA") == "Geneva"
    assert canonical_city("male") is None
