"""What a person does in the archive, done in Chromium: search, toggle facets,
set dates, read a statement, step through hits, follow a paragraph link,
export CSV; and what only a browser shows: no JavaScript needed, no resource
from elsewhere, a phone-sized screen, and an accessibility check (axe-core)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot

SERIOUS = {"serious", "critical"}


def search(page, live_server, query: str):
    page.goto(live_server + "/")
    page.fill("#q", query)
    page.click("form.search button[type=submit]")
    page.wait_for_load_state()


def test_search_shows_marked_snippets_facets_and_a_timeline(page, live_server):
    search(page, live_server, "mines")
    assert page.inner_text("#summary") == "6 statements matching “mines”"
    snippets = page.locator("li.hit .snippet")
    assert snippets.count() == 6
    assert page.locator("li.hit .snippet mark").first.inner_text().lower().startswith("mine")
    assert page.locator("section.facet h2").all_text_contents() == [
        "Speaker", "Country", "Forum", "Document type", "Year", "Mentions"]
    assert page.locator("figure.timeline svg a").count() >= 2
    screenshot(page, "search-page")


def test_toggling_facets_keeps_the_state_in_the_url(page, live_server):
    search(page, live_server, "mines")
    page.click("section.facet >> text=Right of reply")
    args = parse_qs(urlsplit(page.url).query)
    assert args == {"q": ["mines"], "type": ["right_of_reply"]}
    assert page.inner_text("#summary") == "1 right of reply matching “mines”"
    # The other types stay visible, with the number each would add.
    page.click("section.facet >> text=Statement")
    assert parse_qs(urlsplit(page.url).query)["type"] == ["right_of_reply", "statement"]
    assert page.inner_text("#summary").startswith("4 right of replys or statements") or \
        page.locator("li.hit").count() == 4
    page.go_back()
    assert page.inner_text("#summary") == "1 right of reply matching “mines”"


def test_dates_narrow_the_results_and_a_timeline_bar_does_too(page, live_server):
    search(page, live_server, "mines")
    page.fill("#from", "June 2021")
    page.fill("#to", "June 2021")
    page.click("form.search button[type=submit]")
    assert page.inner_text("#summary") == "2 statements matching “mines”, June 2021"
    page.goto(live_server + "/?q=mines")
    bar = page.locator("figure.timeline svg a").first
    label = bar.get_attribute("aria-label")
    bar.click()
    args = parse_qs(urlsplit(page.url).query)
    assert args["from"] and args["to"] and args["q"] == ["mines"]
    assert label.split(":")[0] in page.inner_text("#summary") or args["from"][0][:4] in page.inner_text("#summary")


def test_reading_a_statement_and_stepping_through_hits(page, live_server):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    search(page, live_server, "mines")
    page.click("li.hit h3 a >> nth=0")
    page.wait_for_load_state()
    marks = page.locator(".body mark")
    total = marks.count()
    assert total > 3
    counter = page.locator(".hitnav .counter")
    page.keyboard.press("n")
    assert counter.inner_text() == f"Hit 1 of {total}"
    page.keyboard.press("n")
    assert counter.inner_text() == f"Hit 2 of {total}"
    assert page.locator("mark.current").get_attribute("id") == "hit-2"
    page.keyboard.press("p")
    page.keyboard.press("p")
    assert counter.inner_text() == f"Hit {total} of {total}"
    page.click("button.next-hit")
    assert counter.inner_text() == f"Hit 1 of {total}"
    assert page.locator(".panel .evidence").count() >= 5
    assert not errors
    screenshot(page, "reading-view")


def test_the_first_previous_goes_to_the_last_hit(page, live_server):
    page.goto(live_server + "/statements/001_b4b41e51197d8961?q=mine")
    total = page.locator(".body mark").count()
    page.keyboard.press("p")
    assert page.locator(".hitnav .counter").inner_text() == f"Hit {total} of {total}"
    assert page.locator("mark.current").get_attribute("id") == f"hit-{total}"


def _open_a_cited_paragraph(page, live_server) -> str:
    """Follow a paragraph's link with hits in the paragraphs above it; assert it opens below the hit bar."""
    page.goto(live_server + "/statements/001_b4b41e51197d8961?q=mine")
    paragraph = page.locator(".body p:has(mark)").nth(3).get_attribute("id")
    page.goto(live_server + f"/statements/001_b4b41e51197d8961?q=mine#{paragraph}")
    page.wait_for_timeout(200)
    bar_bottom = page.evaluate("document.querySelector('.hitnav').getBoundingClientRect().bottom")
    top = page.evaluate(f"document.getElementById('{paragraph}').getBoundingClientRect().top")
    assert top >= bar_bottom
    return paragraph


def test_a_paragraph_reached_by_its_link_is_not_hidden_under_the_hit_bar(page, live_server):
    _open_a_cited_paragraph(page, live_server)


def test_on_a_phone_a_cited_paragraph_opens_below_the_hit_bar_and_its_link_fits_a_finger(browser, live_server):
    """The hit bar wraps to three rows on a phone: a shared paragraph link once opened with its first lines
    under it. No keys to press on a phone, so none are offered."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    paragraph = _open_a_cited_paragraph(page, live_server)
    assert not page.locator(".hitnav .keys").is_visible()
    box = page.locator(f"#{paragraph} a.para-link").bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44
    screenshot(page, "paragraph-link-phone")
    context.close()


def test_a_paragraph_permalink_keeps_the_highlights(page, live_server):
    page.goto(live_server + "/statements/001_b4b41e51197d8961?q=mine")
    paragraph = page.locator(".body p:has(mark)").first.get_attribute("id")
    page.click(f"#{paragraph} a.para-link")
    assert urlsplit(page.url).fragment == paragraph
    page.goto(page.url)
    assert parse_qs(urlsplit(page.url).query) == {"q": ["mine"]}
    assert page.locator(f"#{paragraph} mark").count() >= 1


def test_csv_export_downloads_every_match(page, live_server):
    search(page, live_server, "mines")
    with page.expect_download() as download:
        page.click("text=Download all 6 as CSV")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "id,date,date_precision,speaker,country,forum,type,title,url,snippet"
    assert len(lines) == 1 + 6
    assert re.fullmatch(r"verbatim-mines-\d{4}-\d\d-\d\d\.csv", download.value.suggested_filename)  # what, and when


def test_everything_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/?q=mines")
    page.click("section.facet >> text=Right of reply")
    assert page.inner_text("#summary") == "1 right of reply matching “mines”"
    page.click("li.hit h3 a")
    page.wait_for_load_state()
    assert page.locator(".body mark").count() > 0
    page.click(".hitnav a.last-hit")
    assert urlsplit(page.url).fragment.startswith("hit-")
    context.close()


def test_pages_load_nothing_from_elsewhere(page, live_server):
    page.goto(live_server + "/?q=mines")
    page.goto(live_server + "/statements/000_e71adabdfbd67d48?q=mines")
    assert page.requests and all(url.startswith(live_server) for url in page.requests)


def test_a_phone_screen_needs_no_sideways_scrolling(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for path in ("/?q=mines", "/statements/001_b4b41e51197d8961?q=mines", "/speakers"):
        page.goto(live_server + path)
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 390, path
    screenshot(page, "reading-view-phone")
    context.close()


def test_a_misspelled_query_is_one_click_from_its_results(page, live_server):
    search(page, live_server, "Azerbajan landmnes")
    assert page.locator("li.hit").count() == 0
    page.click("p.suggestion a")
    page.wait_for_load_state()
    assert page.input_value("#q") == "Azerbaijan landmines"
    assert page.locator("li.hit").count() > 0
    assert page.locator("li.hit .snippet mark").count() > 0


def test_a_cited_symbol_leads_to_every_statement_citing_it(page, live_server):
    search(page, live_server, "S/2021/284")
    assert page.locator("li.hit").count() == 1
    page.click("li.hit h3 a")
    page.wait_for_load_state()
    page.click("aside.panel >> text=S/2021/284")
    page.wait_for_load_state()
    assert page.inner_text("h1.entity") == "Statements citing S/2021/284"
    assert page.locator("li.hit").count() == 1


def test_quotes_and_other_spellings_are_said_on_the_page(page, live_server):
    search(page, live_server, "Kalbajar")
    assert "Also matched: Kəlbəcər" in page.inner_text("p.variants")
    page.click("p.variants a")
    page.wait_for_load_state()
    assert "exact=1" in page.url and page.locator("li.hit").count() == 1
    page.click("summary >> text=Search syntax")
    assert page.locator("details.help >> text=does not find mine").is_visible()


@pytest.mark.parametrize("path", ["/?q=mines", "/statements/000_e71adabdfbd67d48?q=mines",
                                  "/countries/Azerbaijan", "/?q=%22unbalanced", "/?q=Azerbajan",
                                  "/symbols/S/2021/284", "/speakers?q=aliyev", "/meetings"])
def test_no_serious_accessibility_violation(page, live_server, path):
    page.goto(live_server + path)
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert not serious, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in serious]


def test_on_a_phone_the_results_come_first_and_the_filters_fold(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/?q=mines")
    first_hit = page.locator("li.hit").first.bounding_box()
    filters = page.locator("details.filters")
    assert first_hit["y"] < filters.bounding_box()["y"] and first_hit["y"] < 844  # a result on the first screen
    assert filters.get_attribute("open") is None
    summary = page.locator("details.filters > summary")
    assert summary.bounding_box()["height"] >= 44
    summary.click()
    page.click("section.facet >> text=Right of reply")
    page.wait_for_load_state()  # measured as a reader sees it: styled, with its scripts run
    assert page.inner_text("#summary") == "1 right of reply matching “mines”"
    # The filter now in force is named on the first screen, above the results, and undone there.
    removal = page.locator("p.filters-on a.remove-filter")
    assert removal.bounding_box()["y"] < page.locator("li.hit").first.bounding_box()["y"] < 844
    assert removal.bounding_box()["height"] >= 24
    screenshot(page, "search-phone")
    removal.click()
    assert page.inner_text("#summary").endswith("matching “mines”") and "type=" not in page.url
    context.close()


def test_on_a_phone_every_timeline_bar_is_big_enough_to_tap(browser, live_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server + "/")  # browsing everything: a bar per year
    hitboxes = page.locator(".timeline rect.hitbox")
    assert hitboxes.count() >= 2
    assert all(hitboxes.nth(i).bounding_box()["width"] >= 44 for i in range(hitboxes.count()))
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390  # the chart scrolls, not the page
    # The first and last years' labels scroll with the chart, as wide as it, under its first and last bars.
    ends = page.locator(".timeline .scroll .ends")
    assert ends.count() == 1
    assert abs(ends.bounding_box()["width"] - page.locator(".timeline svg").bounding_box()["width"]) < 2
    context.close()


def test_back_to_search_and_an_error_keep_the_search(page, live_server):
    page.goto(live_server + "/?q=mines&type=statement&sort=oldest")
    page.click("li.hit h3 a >> nth=0")
    page.wait_for_load_state()
    page.click("p.back a")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["mines"], "type": ["statement"], "sort": ["oldest"]}
    page.fill("#q", '"mines')  # an unbalanced quote: a 400 that keeps the query to mend
    page.press("#q", "Enter")
    assert "opening quote" in page.inner_text("p[role=alert]")
    assert page.input_value("#q") == '"mines'
    page.fill("#q", "mines")
    page.press("#q", "Enter")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["mines"], "type": ["statement"], "sort": ["oldest"]}
    assert page.locator("li.hit").count() > 0


def test_an_index_is_filtered_sorted_and_followed_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/")
    page.click("header.site nav >> text=Speakers")
    page.wait_for_url("**/speakers")  # the index's own page, not the home page the click leaves
    page.wait_for_load_state()
    every = page.locator("table.index tbody tr").count()
    assert every > 1 and page.inner_text("#summary") == f"{every} speakers"
    page.fill("#filter", "mardal")
    page.press("#filter", "Enter")
    page.wait_for_load_state()
    assert parse_qs(urlsplit(page.url).query) == {"q": ["mardal"], "sort": ["count"]}
    assert page.locator("table.index tbody tr a").all_text_contents() == ["Seymur Mardaliyev"]
    assert page.inner_text("#summary") == f"1 of {every} speakers matching “mardal”"
    page.fill("#filter", "")
    page.press("#filter", "Enter")
    page.click("p.sorting >> text=by name")
    names = page.locator("table.index tbody tr a").all_text_contents()
    assert names == sorted(names, key=str.casefold) and len(names) == every
    page.click("table.index >> text=Seymur Mardaliyev")
    page.wait_for_load_state()
    assert page.inner_text("h1.entity") == "Seymur Mardaliyev"
    screenshot(page, "speakers-followed")
    context.close()


def test_by_a_state_about_another_is_two_clicks(page, live_server):
    page.goto(live_server + "/")
    page.click("section.facet:has(h2:text-is('Country')) >> text=Azerbaijan")
    mentions = page.locator("section.facet:has(h2:text-is('Mentions')) li:has-text('Armenia')").first
    offered = int(mentions.locator(".count").inner_text())
    mentions.locator("a").click()
    page.wait_for_load_state()
    assert parse_qs(urlsplit(page.url).query) == {"country": ["Azerbaijan"], "mentions": ["Armenia"]}
    noun = "statement" if offered == 1 else "statements"
    assert page.inner_text("#summary") == f"{offered} {noun} by Azerbaijan mentioning Armenia"
    screenshot(page, "mentions-facet")
    page.click("li.hit h3 a")
    page.wait_for_load_state()
    listed = page.locator("ul.mentions li:has(a:text-is('Armenia'))")
    assert int(listed.locator(".count").inner_text()) >= 1
    listed.locator("a").click()
    page.wait_for_load_state()
    assert parse_qs(urlsplit(page.url).query) == {"mentions": ["Armenia"]}
    assert page.inner_text("#summary").endswith("mentioning Armenia")
