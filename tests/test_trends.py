"""Trends: occurrences per year and per 10,000 words, checked against regular
expressions over the seed and fixture files, whose years are read by hand."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from verbatim.cli import EXIT_OK, main

from .conftest import FIXTURES, SEEDS
from .htmltree import parse

MINE_FORMS = re.compile(r"\bmin(e|es|ed|ing)\b", re.IGNORECASE)  # the seeds' words of mine's stem
# Each dated file of the test corpus, its year and type, as the files say (the undated note verbale is left out).
FILES = {
    **{path: ("2021", kind) for path, kind in zip(sorted(SEEDS.iterdir()), (
        "right_of_reply", "statement", "statement", "note_verbale", "letter"), strict=True)},
    FIXTURES / "corpus" / "general-debate-2019-arm.txt": ("2019", "statement"),  # its sidecar dates it 2019
    FIXTURES / "corpus" / "statement-with-markup.md": ("2022", "statement"),  # "New York, 14 October 2022"
}


def _count(pattern: re.Pattern, kind: str | None = None) -> dict[str, int]:
    counts: dict[str, int] = {}
    for path, (year, doc_type) in FILES.items():
        if kind is None or doc_type == kind:
            counts[year] = counts.get(year, 0) + len(pattern.findall(path.read_text(encoding="utf-8")))
    return counts


def _series(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return json.loads(response.get_data(as_text=True))["series"]


def _per_year(series: dict, field: str = "occurrences") -> dict[str, int]:
    return {point["year"]: point[field] for point in series["points"] if point["words"]}


def test_counts_per_year_are_the_files_counts(client):
    mines, armenia = _series(client, '/trends.json?q=mines&q="Armenia"')
    assert _per_year(mines) == {"2019": 0, **_count(MINE_FORMS)} == {"2019": 0, "2021": 67, "2022": 2}
    assert _per_year(armenia) == _count(re.compile(r"\bArmenia\b"))
    assert [p["year"] for p in mines["points"]] == ["2019", "2020", "2021", "2022"]
    assert mines["points"][1] == {"year": "2020", "occurrences": 0, "statements": 0, "words": 0,
                                  "per_10000_words": None}


def test_rates_are_per_10000_words_of_all_that_years_statements(client):
    (mines,) = _series(client, "/trends.json?q=mines")
    words = {}
    for path, (year, _kind) in FILES.items():
        words[year] = words.get(year, 0) + len(re.findall(r"\w+", path.read_text(encoding="utf-8")))
    for point in mines["points"]:
        if point["words"]:
            # The files hold a few words the statements' texts do not (a title line, a sidecar's date).
            assert abs(point["words"] - words[point["year"]]) <= 0.05 * words[point["year"]]
            assert point["per_10000_words"] == round(point["occurrences"] * 10_000 / point["words"], 4)


def test_one_query_split_by_type(client):
    statements, replies = _series(client, "/trends.json?q=mines&by=type&type=statement&type=right_of_reply")
    assert statements["label"] == "Statement" and replies["label"] == "Right of reply"
    assert _per_year(statements) == {"2019": 0, **_count(MINE_FORMS, "statement")}
    assert {y: n for y, n in _per_year(replies).items() if n} == _count(MINE_FORMS, "right_of_reply")
    reply_words = len(re.findall(r"\w+", sorted(SEEDS.iterdir())[0].read_text(encoding="utf-8")))
    (year, words), = _per_year(replies, "words").items()  # the right of reply's own words, not the year's
    assert year == "2021" and abs(words - reply_words) <= 0.05 * reply_words


def test_the_chart_is_drawn_on_the_server_each_point_a_link_to_that_years_search(client):
    page = parse(client.get('/trends?q=mines&q=<b>"Armenia"</b>').data)
    svg = page.find("figure", cls="trends").find("svg", role="group")
    lines = svg.find_all("path", cls="line")
    assert len(lines) == 2 and lines[0].attrs["d"].startswith("M")
    points = [item.find("a") for item in svg.find_all("g", role="listitem")]  # each point a link in a list item
    hrefs = {a.attrs["href"] for a in points}
    assert "/?q=mines&year=2021" in hrefs and "/?q=mines&year=2022" in hrefs
    assert not any("year=2020" in href for href in hrefs)  # no statements that year: no point, the line breaks
    assert any("<b>" in a.attrs["aria-label"] for a in points)  # a label is text, escaped, never markup
    assert not page.find_all("b")
    assert "divided by the words of all statements of that year" in page.find("p", cls="method").text
    rows = page.find("table", cls="counts").find("tbody").find_all("tr")
    assert [r.find("th").text for r in rows] == ["2019", "2020", "2021", "2022"]


def test_the_csv_has_a_row_per_series_and_year_and_says_its_method(client):
    response = client.get("/trends.csv?q=mines&country=Azerbaijan")
    assert "10,000" in response.headers["X-Verbatim-Method"]
    assert response.headers["X-Verbatim-Query"] == "q=mines&country=Azerbaijan"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [(r["year"], r["occurrences"]) for r in rows] == [("2021", "67")]


@pytest.mark.parametrize("url, says", [
    ("/trends?q=", "give words or a phrase"),
    ("/trends?q=a&q=b&q=c&q=d&q=e&q=f", "at most 5 series"),
    ("/trends?q=mines&by=year", "by must be one of"),
    ("/trends?q=mines&by=country", "one to 5 values of country"),
    ("/trends?q=mines&q=peace&by=type&type=statement", "give one query"),
    ("/trends.json?q=mines&by=type&by=country", "by was given 2 times"),
    ('/trends.csv?q="mines', "opening quote"),
])
def test_bad_input_is_a_400_that_says_what_to_change(client, url, says):
    response = client.get(url)
    assert response.status_code == 400 and says in response.get_data(as_text=True)


def test_the_command_line_prints_a_row_per_year_and_the_csv(corpus_index, capsys):
    assert main(["trends", "mines", '"Armenia"', "--index", str(corpus_index)]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("year") and [line.split()[0] for line in out[1:] if line[:1].isdigit()] == [
        "2019", "2020", "2021", "2022"]
    assert main(["trends", "mines", "--index", str(corpus_index), "--csv"]) == EXIT_OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["year"]: r["occurrences"] for r in rows}["2021"] == "67"


def test_the_keyboard_can_skip_the_charts_points_to_the_table_of_the_same_figures(client):
    page = parse(client.get("/trends?q=mines&q=Armenia").data)
    skip = page.find("a", cls="skip", href="#counts")
    assert "table" in skip.text
    assert page.find("table", cls="counts").attrs["id"] == "counts"
