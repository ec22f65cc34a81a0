"""Profiles: a speaker's page and a State's page on the seed archive, as JSON and HTML.

Expected values are written by hand from the seed files: 000 and 001 are
delivered by Mr. Seymur Mardaliyev, Deputy Permanent Representative of the
Republic of Azerbaijan "to the UN Office and other International
Organizations in Geneva" (001 writes "international organizations"), on
22 June 2021, at the Mine Ban Convention's intersessional meetings; 002 is
H.E. Mr. Yashar Aliyev's statement to the Security Council of 8 April 2021,
as "Permanent Representative of the Republic of Azerbaijan to the United
Nations"; 003 is a note verbale of the Permanent Mission, 5 April 2021, to the
Human Rights Council, signed by nobody; 004 is the letter of 9 August 2021
"from the Permanent Representative of Azerbaijan to the United Nations",
signed by Yashar Aliyev and circulated to the General Assembly and the
Security Council, transmitting a letter of Jeyhun Bayramov.
"""

from __future__ import annotations

import json
import shutil

import pytest

from archive.profiles import same_words, spans
from archive.spellings import written_name
from indexer.build import build_index

from .conftest import SEEDS
from .htmltree import parse

ALIYEV_002 = "Permanent Representative of the Republic of Azerbaijan to the United Nations"
ALIYEV_004 = "Permanent Representative of Azerbaijan to the United Nations"
MARDALIYEV = ("Deputy Permanent Representative of the Republic of Azerbaijan to the UN Office and other "
              "International Organizations in Geneva")


@pytest.mark.parametrize("name, text, written", [
    ("Arce", "Mr. ARCE", "ARCE"),  # a sheet's cell in capitals
    ("Ishikane Kimihiro", "Statement by ISHIKANE Kimihiro, Ambassador", "ISHIKANE Kimihiro"),
    ("Carl Berendsen", "Sir Carl\n  BERENDSEN", "Carl BERENDSEN"),  # a line break inside the name
    ("Yashar Aliyev", "Statement by H.E. Mr. Yashar Aliyev", "Yashar Aliyev"),
    ("Ali", "Statement by Mr. Aliyev", None),  # a part of a word is not the name
    ("Yashar Aliyev", "Statement by the delegation of Azerbaijan", None),
])
def test_the_name_as_written_is_found_in_its_line_case_aside(name, text, written):
    assert written_name(name, text) == written


@pytest.mark.parametrize("years, runs", [
    ((1994, 1995, 2005), "1994–1995, 2005"),
    ((2021,), "2021"),
    ((1990, 1992, 1993, 1994), "1990, 1992–1994"),
    ((), ""),
])
def test_years_read_as_runs(years, runs):
    assert spans(years) == runs


def test_names_alike_are_the_same_words_whatever_accents_case_and_order():
    assert same_words("Undén") == same_words("unden")
    assert same_words("Ishikane Kimihiro") == same_words("KIMIHIRO Ishikane")
    assert same_words("Yashar Aliyev") != same_words("Yashar Aliev")


def _dl(doc) -> dict[str, object]:
    """The profile's facts: term -> its description element."""
    facts = doc.find("dl", cls="facts")
    terms = [el for el in facts.children if not isinstance(el, str)]
    return {dt.text.strip(): dd for dt, dd in zip(terms[::2], terms[1::2], strict=True)}


def _held(dd) -> list[tuple[str, str, str]]:
    return [(li.find(cls="value").text if li.find_all(cls="value") else li.find("a").text,
             li.find("span", cls="years").text, li.find("span", cls="count").text) for li in dd.find_all("li")]


def test_a_speakers_profile_has_posts_with_years_states_forums_and_first_and_latest(seeds):
    data = seeds.get("/api/speakers/Yashar%20Aliyev").get_json()
    assert data["name"] == "Yashar Aliyev" and data["count"] == 2
    assert [(p["post"], p["years"], p["count"]) for p in data["posts"]] == [(ALIYEV_002, [2021], 1),
                                                                         (ALIYEV_004, [2021], 1)]
    assert [(c["country"], c["spans"], c["count"], c["url"]) for c in data["countries"]] == [
        ("Azerbaijan", "2021", 2, "/countries/Azerbaijan")]
    assert [(f["forum"], f["count"]) for f in data["forums"]] == [("UN Security Council", 2),
                                                                  ("UN General Assembly", 1)]
    assert data["per_year"] == [{"year": 2021, "count": 2, "url": "/speakers/Yashar%20Aliyev?year=2021"}]
    assert data["spans"] == "2021"
    assert (data["first"]["id"], data["first"]["date"]) == ("002_3f684ed411ad2fd9", "2021-04-08")
    assert (data["last"]["id"], data["last"]["date"]) == ("004_ad6f61e609c1d31c", "2021-08-09")
    assert data["spellings"] == {"written": [], "in_archive": [], "known_as": []} and data["speakers"] == []

    doc = parse(seeds.get("/speakers/Yashar%20Aliyev").data)
    assert doc.find("h1", cls="entity").text == "Yashar Aliyev"
    facts = _dl(doc)
    assert _held(facts["Posts"]) == [(ALIYEV_002, "2021", "1 statement"), (ALIYEV_004, "2021", "1 statement")]
    assert _held(facts["Spoke for"]) == [("Azerbaijan", "2021", "2 statements")]
    assert " ".join(facts["Statements"].text.split("Per year")[0].split()) == "2 statements in 1 year: 2021"
    assert [(a.text, a.attrs["href"]) for a in facts["Statements"].find("details", cls="per-year").find_all("a")] == \
        [("2021", "/speakers/Yashar%20Aliyev?year=2021")]
    assert facts["First statement"].find("a").attrs["href"] == "/statements/002_3f684ed411ad2fd9"
    # A title ending with its date is not followed by it again; a letter's title is.
    assert facts["First statement"].text.strip() == "Statement by Yashar Aliyev (Azerbaijan), UN Security Council, " \
                                                    "8 April 2021"
    assert facts["Latest statement"].find("a").attrs["href"] == "/statements/004_ad6f61e609c1d31c"
    assert facts["Latest statement"].find("time").text == "9 August 2021"
    assert doc.find("section", cls="profile").find("p", cls="exports").find("a").attrs["href"] == \
        "/api/speakers/Yashar%20Aliyev"
    form = doc.find("form", cls="search")
    assert form.attrs["action"] == "/speakers/Yashar%20Aliyev"
    assert form.find("label").text == "Search the statements of Yashar Aliyev"


def test_one_post_written_in_two_cases_is_one_post_and_a_day_orders_by_id(seeds):
    data = seeds.get("/api/speakers/Seymur%20Mardaliyev").get_json()
    assert [(p["post"], p["spans"], p["count"]) for p in data["posts"]] == [(MARDALIYEV, "2021", 2)]
    assert [(f["forum"], f["count"]) for f in data["forums"]] == [("Anti-Personnel Mine Ban Convention", 2)]
    assert (data["first"]["id"], data["last"]["id"]) == ("000_e71adabdfbd67d48", "001_b4b41e51197d8961")


def test_a_co_signatory_does_not_take_the_signers_post(seeds):
    data = seeds.get("/api/speakers/Jeyhun%20Bayramov").get_json()
    assert data["count"] == 1 and data["posts"] == []
    assert data["first"]["id"] == data["last"]["id"] == "004_ad6f61e609c1d31c"
    facts = _dl(parse(seeds.get("/speakers/Jeyhun%20Bayramov").data))
    assert facts["Posts"].text.strip() == "none recorded"
    assert "Latest statement" not in facts  # the first is the latest


def test_a_country_page_lists_who_spoke_for_it_over_time_with_their_posts(seeds):
    data = seeds.get("/api/countries/Azerbaijan").get_json()
    assert data["count"] == 5 and data["posts"] == [] and data["countries"] == []
    assert data["spellings"]["known_as"] == ["Republic of Azerbaijan", "AZE"]  # archive/data/countries.json
    assert [(s["speaker"], s["spans"], s["count"], [p["post"] for p in s["posts"]]) for s in data["speakers"]] == [
        ("Yashar Aliyev", "2021", 2, [ALIYEV_002, ALIYEV_004]),  # first on 8 April
        ("Seymur Mardaliyev", "2021", 2, [MARDALIYEV]),  # 22 June
        ("Jeyhun Bayramov", "2021", 1, []),  # 9 August, beside Aliyev's signature
    ]
    assert [f["forum"] for f in data["forums"]] == ["UN Human Rights Council", "UN Security Council",
                                                    "Anti-Personnel Mine Ban Convention", "UN General Assembly"]
    assert (data["first"]["id"], data["last"]["id"]) == ("003_2bf1af1179afb1de", "004_ad6f61e609c1d31c")

    doc = parse(seeds.get("/countries/Azerbaijan").data)
    assert doc.find("h1", cls="entity").text == "Azerbaijan"
    assert _dl(doc)["Also called"].text.strip() == "Republic of Azerbaijan; code AZE"
    assert doc.find("h2", id="speakers-heading").text == "Who spoke for Azerbaijan"
    table = doc.find("table", cls="speakers")
    rows = [[td.text.strip() for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
    assert rows == [["2021", "Yashar Aliyev", f"{ALIYEV_002} (2021){ALIYEV_004} (2021)", "2"],
                    ["2021", "Seymur Mardaliyev", f"{MARDALIYEV} (2021)", "2"],
                    ["2021", "Jeyhun Bayramov", "", "1"]]
    links = [a.attrs["href"] for a in doc.find("table", cls="speakers").find_all("a")]
    assert links == ["/speakers/Yashar%20Aliyev", "/speakers/Seymur%20Mardaliyev", "/speakers/Jeyhun%20Bayramov"]


def test_forum_pages_stay_searches_without_a_profile(seeds):
    doc = parse(seeds.get("/forums/UN%20Security%20Council").data)
    assert not doc.find_all("section", cls="profile")
    assert seeds.get("/api/forums/UN%20Security%20Council").status_code == 404


def test_an_unknown_speaker_is_a_404_that_says_so_and_offers_the_closest(seeds):
    response = seeds.get("/api/speakers/Yashar%20Aliev")
    assert response.status_code == 404
    data = response.get_json()
    assert data["error"] == "No speaker called 'Yashar Aliev' in the archive. Did you mean one of these?"
    assert {"url": "/speakers/Yashar%20Aliyev", "text": "Yashar Aliyev"} in data["see"]  # the names it means
    response = seeds.get("/speakers/Nobody%20Known")
    assert response.status_code == 404
    doc = parse(response.data)
    assert doc.find("p", role="alert").text.strip() == "No speaker called 'Nobody Known' in the archive."
    assert "/?q=Nobody+Known" in [a.attrs["href"] for a in doc.find_all("a", cls="way-on")]


def test_a_name_holding_the_typed_word_is_suggested_before_names_spelled_alike():
    from archive.entities import resolve

    speakers = ["Luna", "Ulloa", "Sylla", "Pella", "Llosa", "Lula Da Silva", "Luiz Inácio Lula da Silva"]
    suggested = resolve("speaker", "Lula", speakers).suggestions
    assert set(suggested[:2]) == {"Lula Da Silva", "Luiz Inácio Lula da Silva"}
    assert "Luna" in suggested  # spelled alike, after them


def test_another_spelling_redirects_to_the_profiles_own_url(seeds):
    response = seeds.get("/api/speakers/yashar%20ALIYEV")
    assert response.status_code == 302 and response.headers["Location"] == "/api/speakers/Yashar%20Aliyev"
    response = seeds.get("/api/countries/AZE")
    assert response.status_code == 302 and response.headers["Location"] == "/api/countries/Azerbaijan"


HOSTILE = '<script>alert("x")</script> O\'Hara & <b>Sons</b>'


@pytest.fixture(scope="module")
def altered(tmp_path_factory):
    """The seeds with 000's speaker in capitals, 001's with an accent, 003 signed by the same name in the
    other order, and 002's name and post set by hand to markup: the written spellings, the names alike and
    the escaping have something to show."""
    root = tmp_path_factory.mktemp("profiles")
    corpus = root / "corpus"
    shutil.copytree(SEEDS, corpus)
    for name, old, new in (("000_e71adabdfbd67d48.txt", "Mr. Seymur Mardaliyev", "Mr. SEYMUR MARDALIYEV"),
                           ("001_b4b41e51197d8961.txt", "Mr. Seymur Mardaliyev", "Mr. Séymur Mardaliyev")):
        path = corpus / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (corpus / "003_2bf1af1179afb1de.txt.meta.json").write_text(json.dumps({"speaker": "Mardaliyev Seymur"}),
                                                                encoding="utf-8")
    (corpus / "002_3f684ed411ad2fd9.txt.meta.json").write_text(
        json.dumps({"speaker": HOSTILE, "speaker_role": "<img src=x onerror=alert(1)>"}), encoding="utf-8")
    build_index([corpus], root / "index", show_progress=False)
    return root / "index"


def test_the_sources_spellings_and_the_names_alike_are_shown(altered, client_for):
    """Accents and case aside the name is one (its accented spelling); in another order it is offered."""
    client = client_for(altered)
    response = client.get("/api/speakers/Seymur%20Mardaliyev")
    assert response.status_code == 302 and response.headers["Location"] == "/api/speakers/S%C3%A9ymur%20Mardaliyev"
    data = client.get(response.headers["Location"]).get_json()
    assert data["count"] == 2
    assert data["spellings"]["written"] == [{"spelling": "SEYMUR MARDALIYEV", "count": 1}]
    assert data["spellings"]["in_archive"] == [{"name": "Mardaliyev Seymur", "count": 1,
                                                "url": "/speakers/Mardaliyev%20Seymur"}]
    assert data["all_spellings_url"] == "/?speaker=S%C3%A9ymur+Mardaliyev&speaker=Mardaliyev+Seymur"
    facts = _dl(parse(client.get("/speakers/S%C3%A9ymur%20Mardaliyev").data))
    assert facts["Written in the sources as"].text.strip() == "SEYMUR MARDALIYEV 1 statement"
    links = {a.text: a.attrs["href"] for a in facts["Also in the archive as"].find_all("a")}
    assert links == {"Mardaliyev Seymur": "/speakers/Mardaliyev%20Seymur",
                     "every spelling together": data["all_spellings_url"]}
    assert client.get(data["all_spellings_url"].replace("/?", "/api/search?")).get_json()["total"] == 3


def test_a_hostile_name_and_post_are_text_never_markup(altered, client_for):
    client = client_for(altered)
    url = "/speakers/" + HOSTILE.replace("%", "%25").replace("&", "%26").replace("<", "%3C").replace(">", "%3E") \
        .replace('"', "%22").replace(" ", "%20").replace("'", "%27")
    response = client.get(url)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html and "<b>Sons" not in html and "<img src=x" not in html
    doc = parse(html)
    assert doc.find("h1", cls="entity").text == HOSTILE
    assert _held(_dl(doc)["Posts"]) == [("<img src=x onerror=alert(1)>", "2021", "1 statement")]
    data = client.get("/api" + url).get_json()
    assert data["name"] == HOSTILE and data["posts"][0]["post"] == "<img src=x onerror=alert(1)>"
    country = parse(client.get("/countries/Azerbaijan").data)
    assert HOSTILE in [a.text for a in country.find("table", cls="speakers").find_all("a")]


def test_a_name_with_words_added_for_the_same_state_is_offered_as_possibly_the_same_person(tmp_path, client_for):
    """'Tayyip Erdoğan' beside 'Recep Tayyip Erdoğan': two names of the archive, one person perhaps. Offered on
    the profile when they spoke for the same State, never merged; the same words for another State are not."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    path = corpus / "001_b4b41e51197d8961.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Mr. Seymur Mardaliyev", "Mr. Seymur Rahim Mardaliyev",
                                                             1), encoding="utf-8")
    (corpus / "003_2bf1af1179afb1de.txt.meta.json").write_text(
        json.dumps({"speaker": "Seymur Mardaliyev Junior", "country": "Armenia"}), encoding="utf-8")
    build_index([corpus], tmp_path / "index", show_progress=False)
    client = client_for(tmp_path / "index")
    data = client.get("/api/speakers/Seymur%20Mardaliyev").get_json()
    assert data["count"] == 1
    assert data["possibly_same"] == [{"name": "Seymur Rahim Mardaliyev", "count": 1,
                                      "url": "/speakers/Seymur%20Rahim%20Mardaliyev"}]
    facts = _dl(parse(client.get("/speakers/Seymur%20Mardaliyev").data))
    assert [a.text for a in facts["Possibly the same person"].find_all("a")] == ["Seymur Rahim Mardaliyev"]
    assert client.get("/api/speakers/Seymur%20Rahim%20Mardaliyev").get_json()["possibly_same"][0]["name"] == \
        "Seymur Mardaliyev"
