"""The concordance: every occurrence of a query's words in the text, with its context,
checked against the seed files read by hand and by regular expressions."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from archive.folding import fold
from verbatim.cli import EXIT_ERROR, EXIT_OK, main

from .conftest import SEEDS
from .htmltree import parse

# Words the seeds hold whose stem is mine's (read from the files: Mine, mine, mines, mined;
# minefields and Ministry are other stems).
MINE_FORMS = re.compile(r"\bmin(e|es|ed|ing)\b", re.IGNORECASE)


def _lines(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return json.loads(response.get_data(as_text=True))["lines"]


def test_a_line_of_mines_shows_eight_words_on_either_side(seeds):
    lines = _lines(seeds, "/concordance.json?q=mines")
    # 003, Ministry's statement of 4 April: "... the subsequent refusal of the Government of Armenia to share
    # the location of these mines in order to make the region safe." and the next paragraph "Azerbaijan is faced ..."
    expected = {"left": "of Armenia to share the location of these", "hit": "mines",
                "right": "in order to make the region safe. Azerbaijan", "country": "Azerbaijan",
                "date": "2021-04-05", "statement_id": "003_2bf1af1179afb1de"}
    assert any(all(line[k] == v for k, v in expected.items()) for line in lines)
    # 000, Mardaliyev's right of reply: "... its compliance with anti-mine obligations would remain mere words ..."
    assert any(line["left"] == "statements by Armenia about its compliance with anti-" and line["hit"] == "mine"
               and line["right"] == "obligations would remain mere words unless they are" for line in lines)


def test_every_occurrence_in_the_seed_files_is_one_line(seeds):
    lines = _lines(seeds, "/concordance.json?q=mines")
    expected = {path.stem: len(MINE_FORMS.findall(path.read_text(encoding="utf-8"))) for path in SEEDS.iterdir()}
    assert sum(expected.values()) == 67
    found: dict[str, int] = {}
    for line in lines:
        found[line["statement_id"]] = found.get(line["statement_id"], 0) + 1
        assert MINE_FORMS.fullmatch(line["hit"])
    assert found == expected


def test_a_quoted_phrase_is_one_hit_as_written(seeds):
    lines = _lines(seeds, '/concordance.json?q="right of reply"')
    texts = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS.iterdir())
    held = re.findall(r"\bright\W+of\W+reply\b", texts, re.IGNORECASE)
    assert held and len(lines) == len(held)
    assert all(re.fullmatch(r"right of reply", line["hit"], re.IGNORECASE) for line in lines)


def test_each_line_links_to_its_hit_in_the_reading_view(seeds):
    page = parse(seeds.get("/concordance?q=mines&size=100").data)
    rows = page.find("table", cls="kwic").find("tbody").find_all("tr")
    assert len(rows) == 67
    read: dict[str, object] = {}
    for row in rows:
        link = row.find("td", cls="hit").find("a")
        url, fragment = link.attrs["href"].split("#")
        if url not in read:
            read[url] = parse(seeds.get(url).data)
        assert read[url].find("mark", id=fragment).text == link.text


def test_sorted_by_the_word_after_or_before_the_hit(seeds):
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", fold(text.lower()))

    after = [words(line["right"])[:1] for line in _lines(seeds, "/concordance.json?q=mines&sort=after")]
    assert after == sorted(after) and len(set(map(tuple, after))) > 10
    before = [words(line["left"])[-1:] for line in _lines(seeds, "/concordance.json?q=mines&sort=before")]
    assert before == sorted(before) and len(set(map(tuple, before))) > 10
    dated = [line["date"] for line in _lines(seeds, "/concordance.json?q=mines&sort=newest")]
    assert dated == sorted(dated, reverse=True)


def test_pages_are_slices_of_the_whole_export(seeds):
    every = _lines(seeds, "/concordance.json?q=mines")
    shown = []
    for number in (1, 2, 3):
        page = parse(seeds.get(f"/concordance?q=mines&size=30&page={number}").data)
        shown += [a.text for a in page.find_all("td", cls="hit")]
    assert shown == [line["hit"] for line in every]
    last = seeds.get("/concordance?q=mines&size=30&page=4")
    assert last.status_code == 404 and "page 3" in last.get_data(as_text=True)


def test_the_page_says_what_it_counts_and_how_and_links_back(seeds):
    page = parse(seeds.get("/concordance?q=mines&country=Azerbaijan&from=2021-06&to=2021-06").data)
    # The two statements of 22 June 2021: Mardaliyev's right of reply and statement.
    june = sum(len(MINE_FORMS.findall((SEEDS / f"{name}.txt").read_text(encoding="utf-8")))
               for name in ("000_e71adabdfbd67d48", "001_b4b41e51197d8961"))
    assert page.find("h1", id="summary").text == f"{june} occurrences of “mines” in 2 statements by Azerbaijan, 2021-06"
    assert "stored word positions" in page.find("p", cls="method").text
    back = page.find("p", cls="exports").find("a")
    assert back.attrs["href"] == "/?q=mines&country=Azerbaijan&from=2021-06&to=2021-06"
    assert page.find("input", attrs=None, name="country").attrs["value"] == "Azerbaijan"


def test_the_exports_carry_every_line_and_their_provenance(seeds):
    response = seeds.get("/concordance.csv?q=mines&country=Azerbaijan")
    assert response.headers["X-Verbatim-Query"] == "q=mines&country=Azerbaijan"
    assert "stored word positions" in response.headers["X-Verbatim-Method"]
    assert re.fullmatch(r'attachment; filename="verbatim-concordance-mines-Azerbaijan-\d{4}-\d\d-\d\d\.csv"',
                        response.headers["Content-Disposition"])
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 67 and rows[0]["url"].startswith("http://localhost/statements/")
    whole = json.loads(seeds.get("/concordance.json?q=mines").get_data(as_text=True))
    assert whole["query"] == "q=mines" and "stored word positions" in whole["method"] and whole["index_built"]


@pytest.mark.parametrize("url, says", [
    ("/concordance?q=", "give words or a phrase"),
    # A field chooses statements but names no word: once '0 occurrences in 0 statements'.
    ("/concordance?q=country:Azerbaijan", "names none"),
    ('/concordance?q=speaker:"Yashar Aliyev" OR country:Armenia', "names none"),
    ("/concordance?q=mines&sort=relevance", "Unknown sort"),
    ("/concordance?q=mines&size=0", "size must be"),
    ("/concordance?q=mines&page=two", "page must be a whole number"),
    ('/concordance.csv?q="mines', "opening quote"),
    ("/concordance.json?q=mines&year=21", "year must be"),
])
def test_bad_input_is_a_400_that_says_what_to_change(seeds, url, says):
    response = seeds.get(url)
    assert response.status_code == 400 and says in response.get_data(as_text=True)


def test_the_search_page_links_to_its_concordance(seeds):
    page = parse(seeds.get("/?q=mines&country=Azerbaijan&sort=oldest").data)
    link = [a for a in page.find("p", cls="exports").find_all("a") if "concordance" in a.text]
    assert link[0].attrs["href"] == "/concordance?q=mines&country=Azerbaijan"


def test_the_command_line_prints_the_lines_and_every_one_as_csv(seed_index, capsys):
    assert main(["concordance", "mines", "--index", str(seed_index), "--size", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("67 occurrences in 5 statements (page 1 of 23).") and len(out.splitlines()) == 4
    assert main(["concordance", "mines", "--index", str(seed_index), "--csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 67 and rows[0]["url"].endswith("#hit-1")
    assert main(["concordance", "--index", str(seed_index)]) == EXIT_ERROR
    assert "give words or a phrase" in capsys.readouterr().err


def test_too_many_occurrences_are_refused_unless_filters_narrow_them(seeds, monkeypatch):
    from archive.whoosh_engine import occurrences

    monkeypatch.setattr(occurrences, "MAX_OCCURRENCES", 50)
    refused = seeds.get("/concordance?q=mines")
    assert refused.status_code == 400 and "occur 67 times" in refused.get_data(as_text=True)
    assert seeds.get("/trends?q=mines").status_code == 400
    # The letter of 9 August 2021 alone: the whole archive's count is over the bound, the letter's is not.
    letter = _lines(seeds, "/concordance.json?q=mines&type=letter")
    assert len(letter) == len(MINE_FORMS.findall((SEEDS / "004_ad6f61e609c1d31c.txt").read_text(encoding="utf-8")))
