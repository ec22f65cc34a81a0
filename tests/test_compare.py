"""Compare: two sets of seed statements, the terms that tell them apart ranked by the
weighted log-odds ratio with an informative Dirichlet prior, checked against the files."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter
from urllib.parse import quote

import pytest

from archive.compare import log_odds
from verbatim.cli import EXIT_OK, main

from .conftest import SEEDS
from .htmltree import parse

# The two statements of the seeds (Aliyev at the Security Council, Mardaliyev at the Mine Ban Convention)
# against the letter and the note verbale.
STATEMENTS = ["001_b4b41e51197d8961", "002_3f684ed411ad2fd9"]
LETTERS = ["003_2bf1af1179afb1de", "004_ad6f61e609c1d31c"]
URL = "?a=" + quote("type=statement") + "&b=" + quote("type=letter&type=note_verbale")


def _text(names) -> str:
    return "\n".join((SEEDS / f"{name}.txt").read_text(encoding="utf-8") for name in names)


def _terms(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return json.loads(response.get_data(as_text=True))["terms"]


def test_a_word_only_one_set_uses_ranks_first_for_it(seeds):
    words = [t for t in _terms(seeds, "/compare.json" + URL) if t["kind"] == "word"]
    first = words[0]
    # "Convention" (the Mine Ban Convention) is in both statements and in neither the letter nor the note.
    assert first["term"] == "convention"
    pattern = re.compile(r"\bconventions?\b", re.IGNORECASE)
    assert (first["count_a"], first["count_b"]) == (len(pattern.findall(_text(STATEMENTS))), 0)
    assert pattern.findall(_text(STATEMENTS)) and not pattern.findall(_text(LETTERS))
    last = words[-1]
    assert last["leans_to"] == "B" and last["z"] < 0 and last["count_b"] > last["count_a"]


def test_the_log_odds_are_monroe_colaresi_and_quinns():
    # Worked by hand: y_a = 10, y_b = 0, n_a = n_b = 100, the term a tenth of both sets together
    # (10 of 200 words when "other" makes up the rest): alpha = 1000 * 10 / 200 = 50, alpha_0 = 1000.
    a = {"term": 10, "other": 90}
    b = {"other": 100}
    delta, z = log_odds(Counter(a), Counter(b), 100, 100)["term"]
    expected = math.log(60 / (1100 - 60)) - math.log(50 / (1100 - 50))
    assert delta == pytest.approx(expected)
    assert z == pytest.approx(expected / math.sqrt(1 / 60 + 1 / 50))


def test_the_page_shows_both_sets_and_links_each_term_to_its_concordance_in_each(seeds):
    page = parse(seeds.get("/compare" + URL).data)
    summary = page.find("h1", id="summary").text
    assert summary.startswith("Set A, type=statement: 2 statements") and "Set B, type=letter&type=note_verbale: " \
        "2 statements" in summary
    assert "Monroe, Colaresi and Quinn 2008" in page.find("p", cls="method").text
    table = page.find("table", cls="terms")
    row = [r for r in table.find("tbody").find_all("tr") if r.find("th").text == "convention"][0]
    in_a, in_b = row.find_all("a")
    assert in_a.attrs["href"] == "/concordance?q=convention&type=statement"
    assert in_b.attrs["href"] == "/concordance?q=convention&type=letter&type=note_verbale"
    lines = parse(seeds.get(in_a.attrs["href"]).data).find_all("td", cls="hit")
    assert len(lines) == int(in_a.text)
    assert len(page.find_all("figure", cls="timeline")) == 2


# Words any English text is full of, written here by hand: a list of what tells two sets apart names none.
FUNCTION_WORDS = {"the", "of", "and", "to", "in", "a", "an", "is", "it", "that", "this", "these", "with", "has",
                  "have", "for", "on", "by", "as", "be", "we", "our", "its", "their", "would", "which", "from"}


def test_the_lists_a_reader_sees_name_no_function_word(seeds):
    """'and' was second for the statements and 'of', 'these', 'with' among the letters' words: every set says
    them, by the hundred, and a small difference in so many uses scored as distinctive."""
    page = parse(seeds.get("/compare" + URL).data)
    tables = page.find_all("table", cls="terms")
    assert len(tables) == 4  # words and phrases of each set
    for table in tables:
        terms = [row.find("th").text for row in table.find("tbody").find_all("tr")]
        assert terms
        assert not [term for term in terms if FUNCTION_WORDS & set(term.lower().split())], table.find("caption").text
    every = _terms(seeds, "/compare.json" + URL)
    assert not [t["term"] for t in every if FUNCTION_WORDS & set(t["term"].split())]
    # The words that do tell them apart stay, counted as the files have them.
    words = [t["term"] for t in every if t["kind"] == "word"]
    for word in ("convention", "president", "annex", "letter"):
        assert word in words and re.search(rf"\b{word}\b", _text(STATEMENTS + LETTERS), re.IGNORECASE)


def test_phrases_are_two_words_side_by_side(seeds):
    phrases = [t for t in _terms(seeds, "/compare.json" + URL) if t["kind"] == "phrase"]
    top = phrases[0]
    words = top["term"].split()
    assert len(words) == 2
    pattern = re.compile(rf"\b{words[0]}\W{{1,2}}{words[1]}\b", re.IGNORECASE)
    assert top["count_a"] == len(pattern.findall(_text(STATEMENTS)))


def test_the_csv_says_its_method_and_holds_every_term(seeds):
    response = seeds.get("/compare.csv" + URL)
    assert "Monroe" in response.headers["X-Verbatim-Method"]
    assert response.headers["X-Verbatim-Query"].startswith("a=type")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {r["kind"] for r in rows} == {"word", "phrase"} and len(rows) > 100


@pytest.mark.parametrize("url, says", [
    ("/compare?a=" + quote("colour=red") + "&b=" + quote("type=letter"), "colour is not one"),
    ("/compare?a=" + quote("year=21"), "year must be"),
    ("/compare?a=x&a=y", "a was given 2 times"),
    ("/compare?a=" + quote("type=letter") + '&q="mines', "opening quote"),
    # A value without its filter's name once chose nothing, silently: the whole archive against the other set.
    ("/compare?a=Azerbaijan&b=" + quote("type=letter"), "alone chooses nothing"),
    # One set twice, or the whole archive against itself, tells nothing.
    ("/compare?a=" + quote("type=letter") + "&b=" + quote("type=letter"), "the same statements"),
    ("/compare.csv?a=&b=", "the same statements"),
])
def test_bad_input_is_a_400_that_says_what_to_change(seeds, url, says):
    response = seeds.get(url)
    assert response.status_code == 400 and says in response.get_data(as_text=True)


def test_the_command_line_ranks_the_same(seed_index, capsys):
    assert main(["compare", "type=statement", "type=letter&type=note_verbale", "--index", str(seed_index),
                 "--csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["term"] == "convention" and rows[0]["leans_to"] == "A"


def test_the_page_without_sets_is_the_form_and_ranks_nothing(seeds):
    page = parse(seeds.get("/compare").data)
    assert page.find("h1", id="summary").text == "Compare two sets of statements"
    assert page.find_all("input", id="a") and not page.find_all("table", cls="terms")


def test_a_set_holding_no_statement_ranks_no_term(seeds):
    page = parse(seeds.get("/compare?a=" + quote("country=Narnia") + "&b=" + quote("type=letter")).data)
    assert "Set A holds no statement" in page.find("p", role="status").text
    assert all("No term leans" in table.find("tbody").text for table in page.find_all("table", cls="terms"))
