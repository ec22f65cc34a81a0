"""A reply thread read in Chromium: without JavaScript, on a phone, checked by axe-core; the archive is the
seeds with tests/fixtures/replies (tests/test_replies.py says what answers what)."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from ..test_replies import AM_REPLY, AZ_REPLY, copy_corpus
from .conftest import screenshot, serving

SERIOUS = {"serious", "critical"}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True}


@pytest.fixture(scope="module")
def replies_server(tmp_path_factory):
    from indexer.build import build_index

    root = tmp_path_factory.mktemp("replies-browser")
    build_index([copy_corpus(root / "corpus")], root / "index", show_progress=False)
    with serving(root / "index") as address:
        yield address


def thread_items(page, heading: str) -> list[str]:
    return [" ".join(text.split()) for text in
            page.locator(f"nav.thread h2:text-is('{heading}') + ul > li").all_inner_texts()]


def test_a_reply_thread_is_followed_both_ways_on_a_phone_without_javascript(browser, replies_server):
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(f"{replies_server}/statements/{AZ_REPLY}")
    # On a phone the thread comes before the text it belongs to, and nothing scrolls sideways.
    thread, body = page.locator("nav.thread").bounding_box(), page.locator(".body").bounding_box()
    assert thread["y"] + thread["height"] <= body["y"]
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
    assert thread_items(page, "In reply to") == [
        "Statement by Anahit Example (Armenia), Anti-Personnel Mine Ban Convention, 21 June 2021"]
    assert thread_items(page, "Replies") == [
        "Right of reply by Anahit Example (Armenia), Anti-Personnel Mine Ban Convention, 23 June 2021"]
    screenshot(page, "reply-thread-phone")
    # Up the thread: the statement answered lists this reply among its replies.
    page.click("nav.thread h2:text-is('In reply to') + ul a")
    assert page.url.endswith("/statements/apmbc-armenia-2021-06-21")
    page.click("nav.thread h2:text-is('Replies') + ul a")
    assert page.url.endswith(f"/statements/{AZ_REPLY}")
    # Down the thread: Armenia's reply answers Azerbaijan, and Türkiye, whose statement is not here.
    page.click("nav.thread h2:text-is('Replies') + ul a")
    assert page.url.endswith(f"/statements/{AM_REPLY}")
    assert thread_items(page, "In reply to")[-1] == "Replying to Türkiye; that statement is not in the archive."
    screenshot(page, "reply-thread-absent-phone")
    context.close()


@pytest.mark.parametrize("statement_id", [AZ_REPLY, AM_REPLY, "osce-georgia-reply-2022-05-05"])
def test_no_serious_accessibility_violation_in_a_reply_thread(page, replies_server, statement_id):
    page.goto(f"{replies_server}/statements/{statement_id}")
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    assert not serious, [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
