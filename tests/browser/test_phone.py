"""A phone's screen (390 x 844) in Chromium: the filters are one tap from the top of the results,
and a chart wider than the screen says that it scrolls sideways; a wide screen shows neither cue.

The charts are those of tests/fixtures/spellings: statements of 2008-2010 and 2019-2021, fourteen
years from first to last, more than a phone's width holds at a tappable 44 px a year."""

from __future__ import annotations

import re

import pytest

from indexer.build import build_index

from ..conftest import FIXTURES
from .conftest import screenshot, serving

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}
WIDE = {"viewport": {"width": 1280, "height": 900}}
SCROLLS = "(frame) => frame.scrollWidth > frame.clientWidth + 1"
CHARTS = [("/", "figure.timeline .scroll"), ("/trends?q=Brazil", "figure.trends .scroll")]


@pytest.fixture(scope="module")
def years_apart(tmp_path_factory):
    index = tmp_path_factory.mktemp("years-apart") / "index"
    build_index([FIXTURES / "spellings"], index, show_progress=False)
    with serving(index) as address:
        yield address


def test_on_a_phone_the_filters_are_one_tap_from_the_top_of_the_results(browser, live_server):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server + "/?q=mines")
    link = page.locator("p.to-filters a")
    assert link.is_visible() and link.inner_text().startswith("Filter")
    box = link.bounding_box()
    assert box["y"] + box["height"] < 844 and box["height"] >= 44  # on the first screen, big enough to tap
    assert box["y"] < page.locator("li.hit").first.bounding_box()["y"]
    assert not page.locator("section.facet").first.is_visible()  # folded, after the results
    link.click()
    facet = page.locator("section.facet").first
    assert facet.is_visible()
    top = page.evaluate("document.querySelector('#filters').getBoundingClientRect().top")
    assert -1 <= top < 844  # the page has moved to them
    screenshot(page, "search-phone-filters")
    page.click("section.facet >> text=Right of reply")
    assert page.inner_text("#summary") == "1 right of reply matching “mines”"
    context.close()


def test_on_a_wide_screen_the_filters_are_beside_the_results_with_no_link_to_them(browser, live_server):
    context = browser.new_context(**WIDE)
    page = context.new_page()
    page.goto(live_server + "/?q=mines")
    assert not page.locator("p.to-filters a").is_visible()
    assert page.locator("section.facet").first.is_visible()
    context.close()


@pytest.mark.parametrize("path, frame", CHARTS)
def test_on_a_phone_a_chart_wider_than_the_screen_says_it_scrolls(browser, years_apart, path, frame):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(years_apart + path)
    assert page.locator(frame).evaluate(SCROLLS)
    cue = page.locator(frame.split()[0] + " .scroll-cue")
    assert cue.is_visible()
    assert re.search(r"sideways.*2008 to 2021", cue.inner_text())
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390  # the chart scrolls, not the page
    name = "timeline" if "timeline" in frame else "trends"
    screenshot(page, f"{name}-phone-cue")
    # Scrolled to its end, the chart shows its last year on the screen.
    page.locator(frame).evaluate("(frame) => { frame.scrollLeft = frame.scrollWidth; }")
    last = page.locator(frame + " svg a").last
    box = last.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
    context.close()


@pytest.mark.parametrize("path, frame", CHARTS)
def test_on_a_wide_screen_the_charts_fit_and_give_no_cue(browser, years_apart, path, frame):
    context = browser.new_context(**WIDE)
    page = context.new_page()
    page.goto(years_apart + path)
    assert not page.locator(frame).evaluate(SCROLLS)
    assert not page.locator(frame.split()[0] + " .scroll-cue").is_visible()
    context.close()
