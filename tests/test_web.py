"""The Flask app through its test client; pages are parsed, not grepped."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from archive import SearchRequest
from indexer.sources import statement_id

from .conftest import SEEDS
from .htmltree import parse


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.data[:500]
    return parse(response.data)


def facet_links(doc, title):
    for section in doc.find_all("section", cls="facet"):
        if section.find("h2").text == title:
            return {
                a.text.replace("☐", "").replace("☑", "").strip(): (
                    int(li.find("span", cls="count").text), a.attrs["href"], "selected" in li.attrs.get("class", ""))
                for li in section.find_all("li") for a in [li.find("a")]
            }
    raise AssertionError(f"no facet {title}")


def test_search_page_lists_hits_with_marked_snippets(client):
    doc = page(client, "/?q=Kelbecer")
    assert doc.find(id="summary").text == "2 statements matching “Kelbecer”"
    hits = doc.find_all("li", cls="hit")
    assert len(hits) == 2
    for hit in hits:
        assert [m.text for m in hit.find("p", cls="snippet").find_all("mark")][0] == "Kəlbəcər"
        assert "Seymur Mardaliyev" in hit.find("p", cls="meta").text


def test_facet_toggle_links_carry_the_whole_state(client):
    doc = page(client, "/?q=mines&from=2021")
    count, href, selected = facet_links(doc, "Country")["Azerbaijan"]
    assert (count, selected) == (5, False)
    args = parse_qsl(urlsplit(href).query)
    assert ("q", "mines") in args and ("from", "2021") in args and ("country", "Azerbaijan") in args

    doc = page(client, href)
    assert doc.find(id="summary").text == "5 statements matching “mines” by Azerbaijan, from 2021"
    count, undo, selected = facet_links(doc, "Country")["Azerbaijan"]
    assert selected
    assert ("country", "Azerbaijan") not in parse_qsl(urlsplit(undo).query)
    # The form keeps the selection when the query changes.
    hidden = {(i.attrs["name"], i.attrs["value"]) for i in doc.find_all("input", type="hidden")}
    assert ("country", "Azerbaijan") in hidden


def test_description_names_types_forums_and_dates(client):
    doc = page(client, "/?type=letter&forum=UN+Security+Council&from=2021&to=2021")
    assert doc.find(id="summary").text == "1 letter at the UN Security Council, 2021"


def test_description_says_a_speaker_and_a_state_must_both_hold(client):
    """Values of one filter are alternatives, filters of two kinds both hold: the sentence says so."""
    doc = page(client, "/?speaker=Seymur+Mardaliyev&country=Azerbaijan")
    assert doc.find(id="summary").text.startswith("2 statements by Seymur Mardaliyev, for Azerbaijan")
    doc = page(client, "/?speaker=Seymur+Mardaliyev&country=Armenia")
    assert doc.find(id="summary").text.startswith("0 statements by Seymur Mardaliyev, for Armenia")


def test_a_filter_value_given_twice_is_one_choice(client):
    doc = page(client, "/?country=Azerbaijan&country=Azerbaijan")
    assert doc.find(id="summary").text == page(client, "/?country=Azerbaijan").find(id="summary").text
    assert "Azerbaijan or Azerbaijan" not in doc.find(id="summary").text


def test_a_filter_value_the_archive_does_not_hold_is_named_with_the_closest_it_does(client):
    doc = page(client, "/?q=mines&speaker=Mardaliyev")
    unknown = doc.find("p", cls="unknown")
    assert unknown.text.startswith("No speaker “Mardaliyev” in the archive. Did you mean Seymur Mardaliyev")
    href = unknown.find("a").attrs["href"]
    assert parse_qsl(urlsplit(href).query) == [("q", "mines"), ("speaker", "Seymur Mardaliyev")]
    assert page(client, href).find(id="summary").text.startswith("2 statements")
    narnia = page(client, "/?country=Narnia").find("p", cls="unknown").text
    assert narnia.startswith("No country “Narnia” in the archive.")
    # A value the archive holds is no mistake when the search finds nothing for other reasons.
    assert not page(client, "/?speaker=Seymur+Mardaliyev&country=Armenia").find_all("p", cls="unknown")


def test_a_year_without_statements_is_no_link_and_no_results_have_no_pager(client):
    doc = page(client, "/")
    bars = [next(child for child in item.children if not isinstance(child, str))
            for item in doc.find("figure", cls="timeline").find_all(role="listitem")]
    empty = [bar for bar in bars if bar.attrs["aria-label"].endswith(": 0 statements")]
    assert empty and all(bar.tag == "g" and "href" not in bar.attrs for bar in empty)
    assert all(bar.tag == "a" and bar.attrs["href"] for bar in bars if bar not in empty)
    assert not page(client, "/?q=nowordlikethis").find_all("nav", cls="pager")  # was 'Page 1 of 1'


def test_the_front_page_says_what_the_archive_holds_and_leads_to_the_instruments(client):
    doc = page(client, "/")
    intro = doc.find("p", cls="intro")
    total = int(doc.find(id="summary").text.split()[0].replace(",", ""))
    caption = doc.find("figure", cls="timeline").find("figcaption").text  # 'Statements over time: 2019 to 2022.'
    span = caption.split(": ", 1)[1].split(".")[0]
    assert " ".join(intro.text.split()).startswith(f"The archive holds {total:,} statements from {span}, by ")
    assert {a.text: a.attrs["href"] for a in intro.find_all("a")} == {"Trends": "/trends", "Compare": "/compare"}
    assert not page(client, "/?q=mines").find_all("p", cls="intro")  # a search is about its results
    assert not page(client, "/?country=Azerbaijan").find_all("p", cls="intro")  # so is a filtered page
    assert doc.find("input", id="q").attrs["placeholder"].endswith("speaker:Aliyev country:Azerbaijan")
    speaker = page(client, "/speakers/Seymur%20Mardaliyev")
    assert speaker.find("input", id="q").attrs["placeholder"] == 'mines, "right of reply"'  # the page fixes the speaker


def test_the_seed_archives_front_page_counts_its_one_state_in_the_singular(seed_index, client_for):
    intro = parse(client_for(seed_index).get("/").data).find("p", cls="intro")
    assert " for 1 State. " in " ".join(intro.text.split())


def test_pager_links(client):
    doc = page(client, "/?size=3")
    nav = doc.find("nav", cls="pager")
    assert "Page 1 of 3" in nav.text
    next_url = nav.find("a", rel="next").attrs["href"]
    assert dict(parse_qsl(urlsplit(next_url).query)) == {"size": "3", "page": "2"}
    doc = page(client, next_url)
    assert doc.find("ol", cls="hits").attrs["start"] == "4"


def test_reading_view_marks_every_hit_and_shows_evidence(client):
    doc = page(client, "/statements/001_b4b41e51197d8961?q=mine")
    body = doc.find("div", cls="body")
    marks = body.find_all("mark")
    source = (SEEDS / "001_b4b41e51197d8961.txt").read_text(encoding="utf-8")
    # Every whole word mine, mines or mined; not landmines nor minefields (other stems).
    assert len(marks) == len(re.findall(r"\b(?:mine|mines|mined)\b", source, re.IGNORECASE)) == 20
    assert {m.text.lower() for m in marks} <= {"mine", "mines", "mined"}
    assert [m.attrs["id"] for m in marks[:2]] == ["hit-1", "hit-2"]
    assert doc.find("nav", cls="hitnav").find("span").text.startswith(f"{len(marks)} hits")
    panel = doc.find("aside", cls="panel")
    assert "Seymur Mardaliyev" in panel.text
    assert "header: by NAME" in panel.text
    assert "Statement" in panel.text and "statement" not in [dd.text.strip() for dd in panel.find_all("dd")]
    # Markdown is rendered: the bold header, the italic 'inter alia' (seed 000 has it).
    doc = page(client, "/statements/000_e71adabdfbd67d48")
    assert doc.find("div", cls="body").find("em").text == "inter alia"
    assert doc.find("div", cls="body").find("strong")


def test_reading_view_marks_a_phrase_whole(client):
    doc = page(client, '/statements/000_e71adabdfbd67d48?q="right+of+reply"')
    assert [m.text for m in doc.find("div", cls="body").find_all("mark")] == ["Right of Reply", "right of reply"]


def test_reading_view_paragraphs_have_permalinks(client):
    doc = page(client, "/statements/002_3f684ed411ad2fd9")
    paragraphs = doc.find("div", cls="body").find_all("p")
    assert paragraphs[0].attrs["id"] == "p1"
    assert paragraphs[3].find("a", cls="para-link").attrs["href"] == "#p4"


def test_statement_markup_is_shown_not_run(client):
    response = client.get("/statements/statement-with-markup?q=alert")
    doc = parse(response.data)
    body = doc.find("div", cls="body")
    assert not body.find_all("script") and not body.find_all("img")
    assert "<script>" in body.text  # shown as text
    assert all(not a.attrs.get("href", "").startswith("javascript:") for a in body.find_all("a"))
    assert [m.text for m in body.find_all("mark")][:2] == ["alert", "alert"]


def test_an_id_typed_in_capitals_leads_to_the_statement(client):
    response = client.get("/statements/000_E71ADABDFBD67D48?q=mines")
    assert response.status_code == 302
    assert response.headers["Location"] == "/statements/000_e71adabdfbd67d48?q=mines"
    assert client.get("/statements/NOPE").status_code == 404


def test_missing_statement_is_a_404_page(client):
    response = client.get("/statements/nope")
    assert response.status_code == 404
    assert "No statement with id" in parse(response.data).find("p", role="alert").text


@pytest.mark.parametrize("url, message", [
    ("/?q=%22unbalanced", "opening quote"),
    ("/?q=climate%20change%22", "closing quote (\") without an opening one"),
    ("/?from=notadate", "Could not read"),
    ("/?page=abc", "whole number"),
    ("/?type=bogus", "Unknown document type 'bogus'"),  # was a 200 saying "0 boguss"
    ("/?year=abc", "year must be a year of four digits"),  # was a 200 saying "0 statements, abc"
    ("/?q=peace&q=mines", "q was given 2 times: give it once"),
    ("/?" + "&".join(["q=peace"] * 7000), "q was given 7000 times"),  # amplification, once 32 MB in 3.3 s
    ("/?" + "&".join(f"country=C{n}" for n in range(51)), "51 filter values were given: at most 50"),
    # A day its month does not have, and a year that is a slip, are named as such.
    ("/?from=2021-02-30", "February 2021 has 28 days"),
    ("/?from=-500", "write its year with four digits"),
    # ... but a number that is no date is said to be unreadable, not a day its month lacks.
    ("/?from=0", "Could not read '0' as a date"),
    ("/?from=99999", "Could not read '99999' as a date"),
    # A field with nothing after its colon once searched the field's name as a word.
    ("/?q=speaker:", "The field speaker: needs a value right after the colon"),
    ("/?q=mines%20country:", "The field country: needs a value"),
    # There is no date: field: it once searched the words 'date' and the year.
    ("/?q=date:2001", "write year:2001 for a year"),
    # More than two changed letters once matched thousands of unrelated words.
    ("/?q=peace~9", "the most is 2 (peace~2)"),
])
def test_bad_input_gets_a_400_page_with_advice(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert message in parse(response.data).find("p", role="alert").text


def _submitted(form, **typed) -> str:
    """The URL a browser goes to when the form is sent, with `typed` written into its fields."""
    fields = [(i.attrs["name"], typed.get(i.attrs["name"], i.attrs.get("value", ""))) for i in form.find_all("input")]
    return form.attrs["action"] + "?" + urlencode(fields)


def test_a_bad_date_is_mended_in_the_error_pages_own_form(client):
    response = client.get("/?q=mines&country=Armenia&from=2021-13-45")
    assert response.status_code == 400
    form = parse(response.data).find("form", cls="search")
    shown = {i.attrs["name"]: i.attrs.get("value") for i in form.find_all("input") if i.attrs.get("type") != "hidden"}
    assert shown == {"q": "mines", "from": "2021-13-45"}  # the bad date is a field the user can correct
    mended = client.get(_submitted(form, **{"from": "2021"}))
    assert mended.status_code == 200
    assert dict(parse_qsl(urlsplit(_submitted(form, **{"from": "2021"})).query))["country"] == "Armenia"


def test_a_malformed_find_keeps_the_statement_in_view(client):
    response = client.get("/statements/001_b4b41e51197d8961?q=%22mines")
    assert response.status_code == 400
    doc = parse(response.data)
    assert "opening quote" in doc.find("p", cls="find-error").text
    assert doc.find("input", id="find").attrs["value"] == '"mines'  # the box to mend it in
    assert len(doc.find("div", cls="body").text) > 1000  # the statement, unhighlighted
    assert not doc.find_all("mark")


def test_the_filters_in_force_are_named_above_the_results_and_undone_there(client):
    doc = page(client, "/?q=mines&country=Armenia&from=2021")
    removals = {a.text.replace("✕", "").strip(): a.attrs["href"] for a in doc.find_all("a", cls="remove-filter")}
    assert set(removals) == {"Country: Armenia", "From: 2021"}
    unfiltered = page(client, "/?q=mines").find("h1", id="summary").text
    cleared = page(client, doc.find("a", cls="clear-filters").attrs["href"])
    assert cleared.find("h1", id="summary").text == unfiltered
    without_country = dict(parse_qsl(urlsplit(removals["Country: Armenia"]).query))
    assert without_country == {"q": "mines", "from": "2021"}


def test_a_page_of_one_state_lists_no_other_states_to_add(client):
    """On a State's page the country facet would count other States as if the page were not one State's."""
    def facet_titles(doc):
        return [section.find("h2").text for section in doc.find_all("section", cls="facet")]

    assert "Country" not in facet_titles(page(client, "/countries/Azerbaijan"))
    assert "Speaker" in facet_titles(page(client, "/countries/Azerbaijan"))
    assert "Country" in facet_titles(page(client, "/"))


def test_a_search_finding_nothing_offers_nothing_to_download(client):
    doc = page(client, "/?q=zzyzx")
    assert doc.find_all("p", cls="exports") == []
    assert page(client, "/?q=mines").find("p", cls="exports") is not None


def test_every_page_leads_to_the_api_description(client):
    href = page(client, "/?q=mines").find("footer").find("a").attrs["href"]
    assert href == "/api/openapi.json" and client.get(href).get_json()["openapi"].startswith("3.")


def test_the_results_can_be_reached_by_a_skip_link(client):
    doc = page(client, "/?q=mines")
    assert [a.attrs["href"] for a in doc.find_all("a", cls="skip")] == ["#main", "#summary"]


def test_a_bad_part_of_the_request_can_be_dropped_by_a_link(client):
    response = client.get("/?q=mines&year=abc")
    links = {a.text: a.attrs["href"] for a in parse(response.data).find_all("a", cls="way-on")}
    assert client.get(links["Search again without year=abc"]).status_code == 200


def test_the_ways_on_from_a_bad_date_do_not_carry_it(client):
    """The date is mended in the page's form; a link dropping another part would fail again with it."""
    response = client.get("/?q=mines&country=Azerbaijan&from=31/02/2019")
    assert response.status_code == 400
    links = {a.text: a.attrs["href"] for a in parse(response.data).find_all("a", cls="way-on")}
    assert "31" not in links["Search again without country=Azerbaijan"]
    assert client.get(links["Search again without country=Azerbaijan"]).status_code == 200


def test_country_codes_in_urls_lead_to_the_country_by_name(client):
    moved = client.get("/countries/AZE?q=mines")
    assert moved.status_code == 302 and moved.headers["Location"] == "/countries/Azerbaijan?q=mines"
    doc = parse(client.get("/?q=mines&country=AZE").data)
    selected = doc.find("li", cls="selected")
    assert "Azerbaijan" in selected.text
    assert "country=" not in selected.find("a").attrs["href"]  # undoing it works with the code in the URL


def test_a_quoted_query_is_not_quoted_twice_in_sentences(client):
    assert parse(client.get('/?q="right of reply"').data).find("h1", id="summary").text == \
        "1 statement matching “right of reply”"
    counter = parse(client.get('/statements/002_3f684ed411ad2fd9?q="mines"').data).find("span", cls="counter")
    assert counter.text == "1 hit for “mines”"


def test_a_phrase_in_typographic_quotes_is_a_phrase(client):
    """Phones and word processors type “ ” around a phrase: it must not become two loose words. Among the seeds
    three statements hold both words and two the phrase (a regular expression over seeds/ says so)."""
    def total(q):
        return client.get("/api/search", query_string={"q": q}).get_json()["total"]

    assert (total("security council"), total('"security council"')) == (3, 2)
    for typed in ("“security council”", "„security council“", "«security council»"):
        assert total(typed) == 2


def test_a_page_past_the_last_is_a_404_that_links_to_the_last(client):
    response = client.get("/?q=mines&page=548")
    assert response.status_code == 404
    doc = parse(response.data)
    assert "Page 548 is past the end" in doc.find("p", role="alert").text
    last = doc.find("a", cls="way-on").attrs["href"]
    assert dict(parse_qsl(urlsplit(last).query)) == {"q": "mines", "page": "1"}
    assert client.get(last).status_code == 200
    api = client.get("/api/search?q=mines&page=548")
    assert api.status_code == 404 and "/api/search?q=mines&page=1" in api.get_json()["error"]


def test_an_empty_facet_says_no_values_not_none(client):
    doc = page(client, "/?type=note_verbale&q=compliments")
    speaker = next(s for s in doc.find_all("section", cls="facet") if s.find("h2").text == "Speaker")
    assert speaker.find("p", cls="none").text == "no values"
    assert "None" not in doc.find("aside", cls="facets").text


@pytest.mark.parametrize("url, canonical", [
    ("/speakers/yashar%20aliyev", "/speakers/Yashar%20Aliyev"),  # case
    ("/speakers/YASHAR%20ALIYEV?q=mines", "/speakers/Yashar%20Aliyev?q=mines"),  # the search state is kept
    ("/forums/Security%20Council", "/forums/UN%20Security%20Council"),  # an alias of the forum
    ("/forums/un%20security%20council", "/forums/UN%20Security%20Council"),
    ("/countries/azerbaijan", "/countries/Azerbaijan"),
    ("/countries/AZE", "/countries/Azerbaijan"),  # an ISO3 code
])
def test_entity_pages_redirect_other_spellings_to_their_own_url(client, url, canonical):
    response = client.get(url)
    assert response.status_code == 302 and response.headers["Location"] == canonical
    assert client.get(canonical).status_code == 200


def test_an_unknown_entity_is_a_404_with_the_closest_names(client):
    response = client.get("/speakers/Yashar%20Aliev")
    assert response.status_code == 404
    doc = parse(response.data)
    assert "No speaker called 'Yashar Aliev'" in doc.find("p", role="alert").text
    links = {a.text: a.attrs["href"] for a in doc.find_all("a", cls="way-on")}
    assert links["Yashar Aliyev"] == "/speakers/Yashar%20Aliyev"
    assert "/?q=Yashar+Aliev" in links.values()


def test_exports_start_with_headings_and_carry_provenance_in_name_and_headers(client):
    response = client.get("/export.csv?q=mines&type=statement")
    text = response.get_data(as_text=True)
    assert text.splitlines()[0] == "id,date,date_precision,speaker,country,forum,type,title,url,snippet"
    assert response.headers["X-Verbatim-Query"] == "q=mines&type=statement"
    built = response.headers["X-Verbatim-Index-Built"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", built)
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="verbatim-mines-statement-')
    assert disposition.endswith('.csv"')
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows and all(row["type"] == "statement" and row["date_precision"] == "day" for row in rows)


def _today() -> set[str]:
    """Today's date (UTC) as an export names it, and the next day's, should the test run at midnight."""
    now = datetime.now(UTC)
    return {now.date().isoformat(), (now + timedelta(minutes=1)).date().isoformat()}


@pytest.mark.parametrize("url, named", [
    ("/export.csv?q=mines&type=statement", "verbatim-mines-statement-{day}.csv"),
    ("/export.jsonl?q=%22right+of+reply%22&country=AZE&from=2021&to=June+2021&sort=oldest&page=2",
     "verbatim-right-of-reply-Azerbaijan-from-2021-to-June-2021-{day}.jsonl"),  # the order and page aside
    ("/export.csv?q=K%C9%99lb%C9%99c%C9%99r", "verbatim-Kelbecer-{day}.csv"),  # accents folded
    ("/export.csv", "verbatim-everything-{day}.csv"),
    ("/concordance.csv?q=mines&speaker=Yashar+Aliyev", "verbatim-concordance-mines-Yashar-Aliyev-{day}.csv"),
    ("/trends.csv?q=mines&q=reply", "verbatim-trends-mines-reply-{day}.csv"),
    ("/compare.csv?a=type%3Dstatement&b=type%3Dletter", "verbatim-compare-type-statement-vs-type-letter-{day}.csv"),
])
def test_an_export_is_named_after_what_was_exported_and_the_day(client, url, named):
    """The file a browser saves says what it holds and when it was taken, not when the index was built."""
    response = client.get(url)
    assert response.status_code == 200 and response.get_data()  # the whole stream read
    disposition = response.headers["Content-Disposition"]
    assert disposition in {f'attachment; filename="{named.format(day=day)}"' for day in _today()}
    built = response.headers["X-Verbatim-Index-Built"].replace("-", "").replace(":", "")
    assert built not in disposition


def test_a_csv_date_is_written_as_far_as_it_is_known(client):
    """A statement dated only by its year is '2019' in the sheet, not 2019-01-01, which reads as 1 January."""
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv?from=2019&to=2019").get_data(as_text=True))))
    assert rows and all(row["date"] == "2019" and row["date_precision"] == "year" for row in rows)


def test_the_json_lines_export_streams_every_match_not_one_page(client):
    total = client.get("/api/search?q=mines&size=1").get_json()["total"]
    response = client.get("/export.jsonl?q=mines&size=1")
    records = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert len(records) == total > 1
    assert {"id", "url", "date", "date_precision", "snippet"} <= set(records[0])
    assert response.headers["Content-Disposition"].endswith('.jsonl"')
    doc = page(client, "/?q=mines")
    assert doc.find("p", cls="exports").find_all("a")[1].attrs["href"] == "/export.jsonl?q=mines"


def test_a_large_export_leaves_snippets_out_unless_asked(corpus_index):
    from web import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": str(corpus_index), "EXPORT_SNIPPETS_UP_TO": 1})
    try:
        client = app.test_client()
        small = [json.loads(line) for line in client.get("/export.jsonl?q=Kalbajar&country=Azerbaijan&type=statement")
                 .get_data(as_text=True).splitlines()]
        large = client.get("/export.jsonl?q=mines")
        rows = [json.loads(line) for line in large.get_data(as_text=True).splitlines()]
        asked = client.get("/export.jsonl?q=mines&snippets=1")
        marked = [json.loads(line) for line in asked.get_data(as_text=True).splitlines()]
        refused = client.get("/export.jsonl?q=mines&snippets=yes")
        refusal = refused.get_data(as_text=True)
    finally:
        app.extensions["archive"].close()
    assert len(small) == 1 and "<mark>" in small[0]["snippet"]  # up to the bound: marked
    assert len(rows) > 1 and all(row["snippet"] == "" for row in rows)
    assert large.headers["X-Verbatim-Snippets"].startswith("0")
    assert [row["id"] for row in marked] == [row["id"] for row in rows]
    assert all("<mark>" in row["snippet"] for row in marked)
    assert refused.status_code == 400 and "snippets must be 1 or 0" in refusal


def test_back_to_search_returns_to_the_same_search(client):
    search_url = "/?q=mines&type=statement&sort=oldest&page=1"
    link = page(client, search_url).find("li", cls="hit").find("a").attrs["href"]
    reading = page(client, link)
    back = reading.find("p", cls="back").find("a").attrs["href"]
    assert dict(parse_qsl(urlsplit(back).query)) == {"q": "mines", "type": "statement", "sort": "oldest", "page": "1"}
    # Another site is never a way back (no open redirect).
    for foreign in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        doc = page(client, "/statements/000_e71adabdfbd67d48?" + urlencode({"back": foreign}))
        assert doc.find("p", cls="back").find("a").attrs["href"] == "/"


def test_an_error_page_keeps_the_query_in_a_search_box(client):
    response = client.get("/?q=%22unbalanced&country=Azerbaijan")
    assert response.status_code == 400
    form = parse(response.data).find("form", cls="search")
    assert form.find("input", id="q").attrs["value"] == '"unbalanced'
    assert form.find("input", name="country").attrs["value"] == "Azerbaijan"


def test_the_syntax_help_examples_find_what_they_promise(client, archive, corpus_dir):
    help_text = page(client, "/").find("details", cls="help").text
    for example, spelled in (("demin*", r"\bdemin\w*"), ("Ali?ev", r"\bAli\wev\b")):
        assert example in help_text
        found = {hit.statement.id for hit in archive.search(SearchRequest(q=example, size=100)).hits}
        # Ground truth: the files whose text holds such a word, read with a regular expression.
        holding = {statement_id(path.name) for path in corpus_dir.iterdir()
                   if re.search(spelled, path.read_text(encoding="utf-8"), re.IGNORECASE)}
        assert found and found == holding, example


@pytest.mark.parametrize("types, words", [
    ("type=right_of_reply&type=statement", "rights of reply or statements"),  # once "right of replys"
    ("type=note_verbale&type=letter", "notes verbales or letters"),
])
def test_the_sentence_names_several_types_in_their_plurals(client, types, words):
    summary = page(client, f"/?{types}").find(id="summary").text
    assert summary.split(" ", 1)[1].startswith(words), summary


def test_the_citation_gives_the_day_of_access_as_web_sources_are_cited(client):
    from datetime import date

    from archive.dates import readable_date

    citation = parse(client.get("/statements/000_e71adabdfbd67d48").data).find("p", cls="citation").text
    assert f"Verbatim, accessed {readable_date(date.today().isoformat(), 'day')}, http" in citation


def test_a_timeline_bar_is_a_link_inside_a_list_item_so_screen_readers_announce_a_link(client):
    """role="listitem" on the link itself overrode its role (axe: aria-allowed-role)."""
    doc = parse(client.get("/?q=mines").data)
    links = [a for a in doc.find("figure", cls="timeline").find_all("a")]
    assert links and all("role" not in a.attrs for a in links)
    chart = doc.find("figure", cls="timeline").find("svg")
    assert chart.attrs["role"] == "list"
    assert len(chart.find_all("g", role="listitem")) >= len(links)
