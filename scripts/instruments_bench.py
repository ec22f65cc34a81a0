"""Benchmark of the research views (concordance, trends, compare) on a built index (the General Debate: README).

Each page is asked for through the real app (Flask's test client: matching,
counting, rendering, no network), once to warm the caches and then --repeat
times; the median is printed beside the search page's, measured in the same
run, so the ratios hold on a noisy machine. A benchmark, not a test: nothing
here asserts a time.

    scripts/instruments-bench --index DIR [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from urllib.parse import urlencode

from web import create_app

# (label, URL, goal in ms or None)
PAGES = [
    ("search page: apartheid", "/?" + urlencode({"q": "apartheid"}), None),
    ("concordance, first page: apartheid", "/concordance?" + urlencode({"q": "apartheid"}), 300),
    ("concordance by the word after: apartheid", "/concordance?" + urlencode({"q": "apartheid", "sort": "after"}),
     None),
    ("trends, three series 1946-2024", "/trends?" + urlencode(
        [("q", "apartheid"), ("q", "terrorism"), ("q", '"climate change"'), ("from", "1946"), ("to", "2024")]), 1000),
    ("trends, one query by three States", "/trends?" + urlencode(
        [("q", "apartheid"), ("by", "country"), ("country", "India"), ("country", "Zambia"),
         ("country", "United Kingdom")]), None),
    ("concordance CSV, every line: apartheid", "/concordance.csv?" + urlencode({"q": "apartheid"}), None),
    ("compare two States, all years", "/compare?" + urlencode(
        {"a": "country=United States", "b": "country=Russian Federation"}), 2000),
]


def time_page(client, url: str, repeat: int) -> tuple[float, int]:
    """Median milliseconds of `repeat` requests (after one to warm up), and the response's size."""
    size = len(client.get(url).get_data())
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        body = response.get_data()  # a streamed export is timed to its last byte
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code, body[:300])
    return statistics.median(times) * 1000, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", required=True, help="a built index (the General Debate's, for the README's figures)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each page (the median is kept)")
    args = parser.parse_args(argv)
    app = create_app({"TESTING": True, "INDEX_DIR": args.index})
    client = app.test_client()
    print(f"{args.index}: median of {args.repeat} runs per page, after one to warm up")
    print(f"{'page':44} {'median ms':>10} {'x search':>9} {'goal ms':>8} {'bytes':>10}")
    search_ms = None
    for label, url, goal in PAGES:
        ms, size = time_page(client, url, args.repeat)
        search_ms = search_ms or ms
        print(f"{label:44} {ms:10.0f} {ms / search_ms:9.1f} {goal or '-':>8} {size:10,}")
    app.extensions["archive"].close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
