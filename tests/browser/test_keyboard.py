"""The keyboard in Chromium: a timeline is one tab stop, its years reached with the arrow keys."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

IN_TIMELINE = "!!document.activeElement.closest('figure.timeline')"
FOCUSED_LABEL = "document.activeElement.getAttribute('aria-label')"


def _tab_into_timeline(page) -> int:
    """Tab from the results' heading until the timeline has the focus; the presses it took."""
    page.focus("#summary")
    for presses in range(1, 40):
        page.keyboard.press("Tab")
        if page.evaluate(IN_TIMELINE):
            return presses
    raise AssertionError("Tab never reached the timeline")


def test_the_timeline_is_one_tab_stop_and_the_arrows_move_between_years(page, live_server):
    page.goto(live_server + "/")  # browsing everything: a bar per year
    bars = page.locator("figure.timeline svg a")
    labels = [bars.nth(i).get_attribute("aria-label") for i in range(bars.count())]
    assert len(labels) >= 3 and all(": " in label and "statement" in label for label in labels)
    _tab_into_timeline(page)
    assert page.evaluate(FOCUSED_LABEL) == labels[0]
    page.keyboard.press("Tab")  # one press leaves the chart, however many years it has
    assert not page.evaluate(IN_TIMELINE)
    page.keyboard.press("Shift+Tab")  # and one comes back, to the bar left
    assert page.evaluate(FOCUSED_LABEL) == labels[0]
    page.keyboard.press("ArrowRight")
    assert page.evaluate(FOCUSED_LABEL) == labels[1]
    page.keyboard.press("End")
    assert page.evaluate(FOCUSED_LABEL) == labels[-1]
    page.keyboard.press("ArrowRight")  # the last year stays the last
    assert page.evaluate(FOCUSED_LABEL) == labels[-1]
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(FOCUSED_LABEL) == labels[-2]
    # Leaving and coming back returns to the year last chosen.
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(FOCUSED_LABEL) == labels[-2]
    year = labels[-2].split(":")[0]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    args = parse_qs(urlsplit(page.url).query)
    assert args["from"][0].startswith(year) and args["to"][0].startswith(year)
    assert year in page.inner_text("#summary")


def test_a_year_without_statements_is_no_stop_for_the_arrows(page, live_server):
    page.goto(live_server + "/")
    bars = page.locator("figure.timeline svg > [role=listitem] > *")  # each bar, a link or a year without one
    counts = [int(bars.nth(i).get_attribute("aria-label").split(": ")[1].split()[0]) for i in range(bars.count())]
    assert 0 in counts  # the seeds and fixtures leave years between without a statement
    _tab_into_timeline(page)
    reached = [page.evaluate(FOCUSED_LABEL)]
    for _ in range(len(counts)):
        page.keyboard.press("ArrowRight")
        reached.append(page.evaluate(FOCUSED_LABEL))
    assert all(": 0 statements" not in label for label in reached)
    assert len(set(reached)) == sum(1 for count in counts if count)
