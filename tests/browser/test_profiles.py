"""A profile in Chromium: a State's page leads to a speaker's, whose posts, years and
statements read on a phone without JavaScript, and whose search box searches only them."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import screenshot

SERIOUS = {"serious", "critical"}
PHONE = {"width": 390, "height": 844}


def test_a_profile_reads_and_searches_on_a_phone_without_javascript(browser, live_server):
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/countries/Azerbaijan")
    speakers = page.locator("table.speakers tbody tr")
    assert speakers.locator("td:nth-child(2)").all_inner_texts() == ["Yashar Aliyev", "Seymur Mardaliyev",
                                                                     "Jeyhun Bayramov"]
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "country-profile-phone")
    page.click("table.speakers >> text=Yashar Aliyev")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/speakers/Yashar%20Aliyev"
    assert page.inner_text("h1.entity") == "Yashar Aliyev"
    posts = page.locator("dl.facts ul.held").first.locator("li")
    assert posts.count() == 2 and all("2021" in text for text in posts.all_inner_texts())
    first = page.locator("dl.facts dd:below(dt:text-is('First statement')) a").first
    assert first.get_attribute("href") == "/statements/002_3f684ed411ad2fd9"
    assert first.bounding_box()["height"] >= 44  # a link big enough to tap
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "speaker-profile-phone")
    page.fill("#q", "mines")
    page.press("#q", "Enter")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/speakers/Yashar%20Aliyev"
    assert parse_qs(urlsplit(page.url).query)["q"] == ["mines"]
    hits = page.locator("li.hit")
    assert hits.count() >= 1
    assert all("Yashar Aliyev" in text for text in hits.locator(".meta").all_inner_texts())
    context.close()


def test_a_profile_on_a_wide_screen(page, live_server):
    page.goto(live_server + "/speakers/Seymur%20Mardaliyev")
    facts = page.locator("dl.facts")
    assert facts.locator("dt").all_inner_texts()[:5] == ["Name in the archive", "Posts", "Spoke for", "Forums",
                                                        "Statements"]
    screenshot(page, "speaker-profile")


@pytest.mark.parametrize("path", ["/speakers/Yashar%20Aliyev", "/countries/Azerbaijan"])
@pytest.mark.parametrize("viewport", [None, PHONE])
def test_profiles_pass_the_accessibility_check(browser, live_server, path, viewport):
    context = browser.new_context(**({"viewport": viewport, "is_mobile": True} if viewport else {}))
    page = context.new_page()
    page.goto(live_server + path)
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert not serious, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
    context.close()
