"""States: the banners, site names and posts that name the State a page speaks for, in the State's own words.
Tables of header lines written in the style of real pages, one comment per row."""

from __future__ import annotations

import pytest

from archive import vocabulary
from indexer.extraction import extract
from indexer.extraction.states import (
    country_in_line,
    issuer_state,
    letterhead_state,
    signatories_head,
    state_speaking,
)

BODY = "Mr. President,\n\nWe thank you for convening this debate today.\n"


def record(*header: str, body: str = BODY):
    return extract("\n".join(header) + "\n\n" + body, "t.txt", "t")


@pytest.mark.parametrize("text, state", vocabulary.load_data("issuers")["examples"])
def test_every_issuer_example_names_its_state(text, state):
    assert issuer_state(text) == state


def test_every_issuer_belongs_to_a_state_of_the_vocabulary():
    names = {country.name for country in vocabulary.countries()}
    assert set(vocabulary.load_data("issuers")) - {"_comment", "examples"} <= names


@pytest.mark.parametrize("header, country", [
    # A government's banner in the State's own language, the genitive after the body.
    (["Vláda České republiky", "Česky | English", "Zmocněnkyně vlády vystoupila na zasedání Rady OSN pro lidská "
      "práva", "5. 3. 2025"], "Czechia"),
    # The Turkish State's banners open on 'T.C.' (Türkiye Cumhuriyeti).
    (["T.C. Dışişleri Bakanlığı", "Türkçe | English", "No: 12, 3 Şubat 2025, Basın Açıklaması"], "Türkiye"),
    # A ministry's banner in its own script.
    (["中华人民共和国外交部", "首页 > 外交动态", "在联合国安理会公开辩论会上的发言"], "China"),
    (["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "পররাষ্ট্র মন্ত্রণালয়", "Statement at the Third Committee"], "Bangladesh"),
    # A ministry's banner by its own name, no State written.
    (["Auswärtiges Amt", "Startseite > Newsroom", "Rede im Sicherheitsrat der Vereinten Nationen"], "Germany"),
    # Indonesian puts the State after the body, without 'of'.
    (["Kementerian Luar Negeri Republik Indonesia", "Beranda > Berita", "Pernyataan pada Debat Terbuka"],
     "Indonesia"),
    # A host's 'From:' field naming the ministry.
    (["Readout", "Minister meets the High Commissioner: readout", "From: Foreign, Commonwealth & Development Office",
      "Published 15 December 2023"], "United Kingdom"),
    # Russian and Ukrainian abbreviate a foreign ministry, the State in the genitive after it.
    (["МИД России", "Выступление Постоянного представителя на заседании СБ ООН"], "Russian Federation"),
    # An Arabic post names its State after the preposition 'li-', the article's alif dropped ('for the Tunisian
    # Republic'); a French post names Somalia in its official form.
    (["كلمة السفير أحمد المثال", "المندوب الدائم للجمهورية التونسية لدى الأمم المتحدة"], "Tunisia"),
    (["بيان البعثة الدائمة لدولة قطر لدى الأمم المتحدة"], "Qatar"),
    (["Déclaration du Représentant permanent de la République fédérale de Somalie"], "Somalia"),
    # A group's statement and the State that delivers it after 'by'.
    (["Statement on behalf of the Nordic countries by Denmark at the Third Committee"], "Denmark"),
    (["Right of reply in response to the statement made on behalf of the EU by France"], None),
    # ... only as a heading opens: 'on behalf of ... by' also tells of acts done for another.
    (["Report on the crimes committed on behalf of the occupation authorities by Russia"], None),
    # A mission's site named for its State and post, alone or as a breadcrumb's step.
    (["Norway in Geneva", "Statement by the Ambassador at the Human Rights Council"], "Norway"),
    (["Home / Ireland at the UN / Statements", "Statement by the Ambassador at the Security Council"], "Ireland"),
    (["Russia in Ukraine: statement at the Security Council"], None),  # a State 'in' another State, no post
    # A chargé d'affaires ad interim of the State.
    (["Statement by H.E. Mr. Ivan Example, Chargé d'affaires a.i. of Nepal, at the Security Council"], "Nepal"),
    # A page title ending on the ministry site's name.
    (["Intervención del embajador durante la presentación del Informe ante la ONU - MPPRE"], "Venezuela"),
    # A Catalan banner: 'Govern d'' the State, and the State's Catalan official form in a post.
    (["GOVERN D'ANDORRA", "Ministeri d'Afers Exteriors", "NOTA DE PREMSA", "14/05/2025 - 17:36"], "Andorra"),
    (["Intervenció a càrrec de l'Excma. Sra. Anna Exemple, representant permanent del Principat d'Andorra davant "
      "l'Oficina de les Nacions Unides a Ginebra"], "Andorra"),
    # A head of State, government or diplomacy named with the State in Spanish and French headings.
    (["Discurso del Presidente de la República de Chile en la Asamblea General"], "Chile"),
    (["Palabras del Canciller de Colombia en el Consejo de Seguridad"], "Colombia"),
    (["Discours du Premier ministre du Canada"], "Canada"),
    # A Portuguese heading naming the State that speaks.
    (["Discurso do Brasil no Conselho de Segurança"], "Brazil"),
    (["Declaração da Guiné-Bissau na Assembleia Geral"], "Guinea-Bissau"),
    # A foreign ministry's banner in French, Spanish, Dutch and Malay, the State after the ministry's last word.
    (["Ministère des Affaires étrangères du Sénégal", "Accueil > Communiqués"], "Senegal"),
    (["Ministerio de Relaciones Exteriores de la República Dominicana", "Inicio > Discursos"], "Dominican Republic"),
    (["Ministerie van Buitenlandse Zaken van Suriname", "Home > Toespraken"], "Suriname"),
    (["Kementerian Hal Ehwal Luar Negeri Brunei Darussalam", "Utama > Kenyataan Akhbar"], "Brunei"),
    # A banner or a mission's letterhead naming the State in its official form, in French, Spanish, German and
    # English, with the form's epithets; a democratic or people's republic is the State named whole.
    (["RÉPUBLIQUE DU MALI", "Ministère des Affaires étrangères", "Accueil > Actualités"], "Mali"),
    (["République de Guinée", "Ministère des Affaires étrangères", "Communiqués"], "Guinea"),
    (["MISSION PERMANENTE DE LA RÉPUBLIQUE DU BURUNDI", "GENÈVE", "Note verbale"], "Burundi"),
    (["Misión Permanente de la República Bolivariana de Venezuela ante las Naciones Unidas"], "Venezuela"),
    (["Ständige Vertretung der Bundesrepublik Deutschland bei den Vereinten Nationen"], "Germany"),
    (["Permanent Mission of the Kingdom of Tonga to the United Nations", "Statements"], "Tonga"),
    (["Mission permanente de la République démocratique du Congo", "Déclaration au Conseil"],
     "Democratic Republic of the Congo"),
    (["Permanent Mission of the Democratic People's Republic of Korea", "Statement"], "North Korea"),
    # A chair's statement issued by the State that chairs; French, Spanish and Portuguese headings name the State
    # after the participle and its article.
    (["ASEAN Chairman's Statement on the Floods", "Issued by Viet Nam as the Chair of ASEAN"], "Viet Nam"),
    (["Déclaration présentée par la Tunisie au nom du Groupe arabe"], "Tunisia"),
    (["Declaración leída por el Perú en nombre de un grupo de países"], "Peru"),
    (["Declaração proferida pelo Brasil em nome do Grupo"], "Brazil"),
    # A site's name among other words is not its suffix: a ministry cited in a title names no issuer.
    (["Statement on the report of the Secretariat"], None),
])
def test_country_from_a_banner(header, country):
    assert record(*header).country == country


def test_a_post_opening_on_the_states_adjective_in_its_own_language_names_the_state():
    body = ("De verklaring werd uitgesproken door de Nederlandse permanente vertegenwoordiger in Genève, ambassadeur "
            "Anna Voorbeeld, tijdens de algemene discussie.\n")
    assert record("Nieuws", "25 september 2025", body=body).country == "Netherlands"


@pytest.mark.parametrize("header, body, country", [
    # A State campaigning asks for the others' votes in its heading.
    (["PRESIDENT APPEALS TO THE GENERAL ASSEMBLY TO VOTE FOR MALTA AT THE UNSC"],
     "The President appealed to the leaders to support the bid.\n", "Malta"),
    # ... but a call to support another State is any State's.
    (["Minister urges continued support for Ukraine at the Security Council"], BODY, None),
    # A release restates its own State's stances; the other State's acts are not stances.
    (["Press Releases|"], "The Foreign Minister has addressed a letter to the President of the Council.\n\n"
     "The Minister reiterated Malta's concerns over Iceland's unilateral actions and highlighted "
     "Iceland's aggressive postures.\n\nThe Minister underscored Malta's readiness to cooperate in every "
     "possible way.\n", "Malta"),
    # A joint statement's signatories, the delivering State first and the others in alphabetical order.
    (["Joint Statement Delivered by H.E. Ambassador on Behalf of a Group of Countries at the Human Rights Council"],
     "Mr. President,\n\nI have the honor to deliver this statement on behalf of a group of countries.\n\nThank "
     "you.\n\nPakistan,Algeria,Belarus,Bolivia,Cuba,Egypt,Iran,Nicaragua,Syria,Venezuela\n", "Pakistan"),
    # ... while a list in alphabetical order throughout names no one first.
    (["Joint Statement on Behalf of a Group of Countries at the Human Rights Council"],
     "Mr. President,\n\nWe deliver this statement on behalf of a group of countries.\n\nThank you.\n\n"
     "Algeria, Belarus, Bolivia, Cuba, Egypt, Iran, Nicaragua, Pakistan\n", None),
    # A sentence naming a few States is no list of signatories.
    (["Statement by the Minister"], "Mr. President,\n\nConflicts have struck Kenya, Iraq, Pakistan and Syria, to "
     "name just a few.\n", None),
    # A State whose name holds 'and' is one signatory, not two misspelt ones.
    (["Joint Statement Delivered on Behalf of a Group of Countries at the Human Rights Council"],
     "Mr. President,\n\nWe deliver this statement on behalf of a group of countries.\n\nThank you.\n\n"
     "Zimbabwe, Algeria, Antigua and Barbuda, Belarus, Bosnia and Herzegovina, Cuba, Egypt, Iran, Trinidad and "
     "Tobago and Venezuela\n", "Zimbabwe"),
])
def test_country_from_a_campaign_or_a_restated_stance(header, body, country):
    assert record(*header, body=body).country == country


# Long lines that once made these readings quadratic (scripts/extraction-bench --hostile times them): none names
# a State that speaks, heads a list or heads a letter.
@pytest.mark.parametrize("line", [
    "Home" + " " * 20_000 + "Statements",  # a run of spaces that is no separator
    "Home /" + " " * 20_000 + "x",  # ... and a separator with no step after it
    "Algeria," + " " * 20_000 + "and" + " ,x" * 5_000,  # a list's commas and 'and' far apart, its items no States
    "France " * 3_000,  # a State named thousands of times, never with a call to vote for it
])
def test_a_long_line_names_no_state_it_does_not_state(line):
    assert (signatories_head([line]), letterhead_state(line), state_speaking(line)) == (None, None, None)


@pytest.mark.parametrize("line, state", [
    # A presidency's banner: the office's name, then the State in its official form, in its language or in English.
    ("Presidência da República Portuguesa", "Portugal"),
    ("Presidency of the Lebanese Republic", "Lebanon"),
    ("Présidence de la République française", "France"),
])
def test_a_presidencys_banner_names_its_state(line, state):
    assert letterhead_state(line) == state


@pytest.mark.parametrize("body, country", [
    # A meeting's summary gives the floor to one delegation after another, the first after a lead clause: no State
    # speaks for the page.
    ("Speaking after the vote, the representative of Ireland said the renewal sent a clear signal of the Council's "
     "united support for the Special Representative, and that the institutions must now move beyond the stalemate "
     "that has blocked elections for years.\n\nThe representative of Norway welcomed the emphasis on national "
     "reconciliation and said that the people deserve elections at the earliest possible date, with the support of "
     "the regional organizations.\n", None),
    # One State's post as the subject of the release's sentences: that State.
    ("The representative of Norway welcomed the emphasis on reconciliation.\n\nThe representative of Norway also "
     "called for elections.\n", "Norway"),
])
def test_a_summary_giving_the_floor_to_several_delegations(body, country):
    page = ("United Nations\nMeetings Coverage and Press Releases\n\nSC/99999\n11 September 2025\n\nSecurity Council\n"
            "9999TH MEETING (AM)\n\nSecurity Council Extends Mandate of Mission until October 2026\n\n"
            "The Security Council this morning extended the mandate of the United Nations Mission until October "
            "2026, unanimously adopting its resolution.\n\nBy the text, the Council requested the Mission to continue "
            "to support an inclusive political process, including through the road map presented in August.\n\n")
    assert extract(page + body, "t.txt", "t").country == country


@pytest.mark.parametrize("heading, state", [
    # German names the State in the genitive after the post ('Ständige Vertreterin Deutschlands').
    ("Rede von Botschafterin Anna Beispiel, Ständige Vertreterin Deutschlands bei den Vereinten Nationen", "Germany"),
    ("Rede von Botschafter Hans Beispiel, Ständiger Vertreter Österreichs bei den Vereinten Nationen", "Austria"),
])
def test_a_german_post_names_its_state_in_the_genitive(heading, state):
    text = heading + "\nSicherheitsrat, 12. März 2025\n\nHerr Präsident,\n\nich danke Ihnen."
    assert extract(text, "x.txt", "x").country == state


def test_a_portals_heading_names_the_state_above_the_speaker():
    # The General Assembly's General Debate pages set the State alone above the speaker's name and post.
    found = record("General Debate", "Home > 79th Session > Examplia", "79th Session", "", "Mongolia",
                   "H.E. Mr. Batbayar Example", "Minister for Foreign Affairs", "26 September 2024",
                   body="Statement Summary\nBATBAYAR EXAMPLE, Minister for Foreign Affairs, said that the world "
                        "faces a convergence of crises.\n")
    assert (found.speaker, found.country) == ("Batbayar Example", "Mongolia")



def test_a_rule_drawn_across_the_page_parts_the_state_from_it():
    # A host's listing, a rule, then the State's own heading in capitals above its right of reply.
    found = record("Sixty-ninth regular session of the IAEA General Conference", "Statements",
                   "-------------------------------------", "Israel", "Right of reply", "[PDF 64 KB]",
                   "-------------------------------------", "ISRAEL", "RIGHT OF REPLY", "Vienna, 17 September 2025",
                   body="Mr. President,\n\nMy delegation takes the floor in exercise of its right of reply to the "
                        "statements made by the delegation of the Syrian Arab Republic.\n")
    assert found.country == "Israel"


@pytest.mark.parametrize("banner, state", [
    # A State's news agency or information service publishing its government's news names the State.
    ("WAM Emirates News Agency", "United Arab Emirates"),
    ("Petra - Jordan News Agency", "Jordan"),
    ("Jamaica Information Service", "Jamaica"),
])
def test_a_states_news_agency_names_it(banner, state):
    found = record(banner, "Home > News", "Minister receives the Ambassador of Examplia", "12 March 2024",
                   body="The Minister received today the Ambassador and discussed bilateral relations.\n")
    assert found.country == state


def test_a_states_banner_with_its_motto_after_a_dash_names_it():
    # A ministry's news item whose banner gives the State in capitals and its motto after it.
    found = record("Aller au contenu", "UNION DES COMORES – Unité – Solidarité – Développement",
                   "Accueil » Actualités",
                   "Genève : le Ministre porte la voix du pays au Conseil des droits de l'homme",
                   "Genève, le 27 février 2023 – Le Ministre a pris la parole ce lundi au Palais des Nations.",
                   body="Dans son allocution, le Chef de la diplomatie a rappelé les priorités du pays.\n")
    assert found.country == "Comoros"


def test_a_bilingual_banner_above_the_states_name_names_it():
    found = record("Uffiċċju tal-Prim Ministru | Office of the Prime Minister", "Malta", "",
                   "Malti | English", "", "Home > News > Press Releases",
                   "Prime Minister presides over Security Council in New York",
                   body="New York, 25 April 2024 - The Prime Minister today presided over an open debate.\n")
    assert found.country == "Malta"


def test_the_custodian_of_the_two_holy_mosques_is_saudi_arabia_s_king():
    """Saudi Arabia's ambassadors are accredited as the King's: 'Ambassador of the Custodian of the Two Holy Mosques
    to the Kingdom of the Netherlands' serves Saudi Arabia, not the State he is posted to."""
    found = record("Oral Statement before the International Court of Justice",
                   "Delivered by H.E. Ambassador Abdulmajeed bin Example Al-Rasheed",
                   "Ambassador of the Custodian of the Two Holy Mosques to the Kingdom of the Netherlands",
                   "The Hague, 20 February 2024")
    assert found.country == "Saudi Arabia"


@pytest.mark.parametrize("title, state", [
    # The delegation's State stands before it; the State the draft concerns, after 'on' and 'with', is another.
    ("Explanation of Vote by the Chinese Delegation on the Draft Resolution on NPT Safeguards Agreement with the "
     "Islamic Republic of Iran", "China"),
    ("Statement by the Delegation of Norway on the report of the Director General", "Norway"),
])
def test_a_delegations_state_not_the_one_its_subject_names(title, state):
    assert country_in_line(title) == state
