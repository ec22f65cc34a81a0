"""The research views in Chromium: reached from a search, driven without JavaScript,
read on a phone, checked by axe-core; screenshots in test-artifacts/screenshots/."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot

SERIOUS = {"serious", "critical"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


@pytest.fixture()
def no_script(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_a_concordance_from_a_search_sorted_and_read_at_a_hit_without_javascript(no_script, live_server):
    page = no_script
    page.goto(live_server + "/?q=mines&country=Azerbaijan")
    page.click("text=Every occurrence in context")
    assert page.inner_text("#summary").startswith("67 occurrences of “mines” in 5 statements by Azerbaijan")
    assert "stored word positions" in page.inner_text("p.method")
    page.select_option("#sort", "after")
    page.click("form.search button[type=submit]")
    args = parse_qs(urlsplit(page.url).query)
    assert args["sort"] == ["after"] and args["country"] == ["Azerbaijan"]
    screenshot(page, "concordance")
    first = page.locator("table.kwic td.hit a").first
    hit = first.inner_text()
    first.click()
    fragment = urlsplit(page.url).fragment
    assert fragment.startswith("hit-") and page.inner_text(f"mark#{fragment}") == hit
    page.go_back()
    page.click("nav.pager >> text=Next")
    page.wait_for_load_state()
    assert "page=2" in page.url and page.locator("table.kwic tbody tr").count() == 17


def test_a_concordance_on_a_phone_needs_no_sideways_scrolling(browser, live_server):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server + "/concordance?q=mines")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    box = page.locator("table.kwic td.hit a").first.bounding_box()
    assert box["height"] >= 44
    screenshot(page, "concordance-phone")
    context.close()


def test_trends_from_a_search_a_second_series_added_and_a_point_followed_without_javascript(no_script, live_server):
    page = no_script
    page.goto(live_server + "/?q=mines")
    page.click("text=Occurrences per year")
    assert page.inner_text("#summary") == "“mines”: occurrences per 10,000 words, 2019 to 2022"
    page.fill("#q2", '"Armenia"')
    page.click("form.search button[type=submit]")
    page.wait_for_load_state()  # the new page's address comes before its chart
    assert parse_qs(urlsplit(page.url).query)["q"] == ["mines", '"Armenia"']
    assert page.locator("figure.trends path.line.s2").count() == 2  # the legend's key and the line
    screenshot(page, "trends")
    # Points of two series close together overlap: the keyboard reaches each one.
    page.locator('figure.trends a[aria-label^="mines, 2021"]').focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["mines"], "year": ["2021"]}
    assert page.inner_text("#summary") == "5 statements matching “mines”, 2021"


def test_trends_on_a_phone_scroll_the_chart_not_the_page(browser, live_server):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server + "/trends?q=mines&q=Armenia")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    box = page.locator("table.counts td a").first.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    screenshot(page, "trends-phone")
    context.close()


def test_compare_two_sets_and_read_a_term_in_context_without_javascript(no_script, live_server):
    page = no_script
    page.goto(live_server + "/compare")
    page.fill("#a", "type=statement")
    page.fill("#b", "type=letter&type=note_verbale")
    page.click("form.compare button[type=submit]")
    assert page.inner_text("#summary").startswith("Set A, type=statement: 4 statements")
    assert page.locator("table.terms").count() == 4
    screenshot(page, "compare")
    page.locator("table.terms >> nth=0").locator("tbody tr >> nth=0").locator("a >> nth=0").click()
    assert urlsplit(page.url).path == "/concordance"
    assert parse_qs(urlsplit(page.url).query)["type"] == ["statement"]
    assert page.locator("table.kwic tbody tr").count() > 0


def test_compare_on_a_phone_needs_no_sideways_scrolling(browser, live_server):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server + "/compare?a=type%3Dstatement&b=type%3Dletter")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    screenshot(page, "compare-phone")
    context.close()


@pytest.mark.parametrize("path", ["/compare?a=type%3Dstatement&b=type%3Dletter",
                                  "/concordance?q=mines", "/concordance?q=mines&sort=before&page=2&size=10",
                                  "/trends?q=mines&q=%22Armenia%22", "/trends?q=mines&by=type&type=statement"])
def test_no_serious_accessibility_violation(page, live_server, path):
    page.goto(live_server + path)
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert not serious, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
