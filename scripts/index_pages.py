"""How fast the index pages list every value, measured on an index (the General Debate's: 5,659 speakers).

Each page goes through the real app (Flask's test client), as a visitor's
request would: the build's facet counts, the filter, the sort, the page, the
HTML. Beside it, in the same run, a browsing search of the same archive (which
counts every facet of every statement) as the yardstick: compare the ratio, not
the milliseconds, across runs on a shared machine.

    scripts/index-pages [--index DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from archive.paths import default_index_dir
from web import create_app

PAGES = ["/speakers", "/speakers?sort=name", "/speakers?q=ali", "/speakers?sort=name&page=LAST",
         "/api/speakers?size=1000", "/countries", "/meetings", "/symbols?q=S/RES", "/forums"]
YARDSTICK = "/api/search?size=1"


def timed(client, url: str, repeat: int) -> tuple[float, float]:
    """Median and slowest time of `repeat` requests, in milliseconds, after one to warm."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(default_index_dir()), help="the index to measure")
    parser.add_argument("--repeat", type=int, default=20, help="requests per page (default 20)")
    args = parser.parse_args(argv)
    app = create_app({"TESTING": True, "INDEX_DIR": args.index})
    client = app.test_client()
    start = time.perf_counter()
    first = client.get("/api/speakers").get_json()
    speakers = first["values_in_archive"]
    print(f"first page of a new build (opens it, loads the facet table): {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"{speakers:,} speakers in {client.get('/api/search?size=1').get_json()['total']:,} statements")
    yard, _slowest = timed(client, YARDSTICK, args.repeat)
    print(f"{'page':40} {'median ms':>10} {'slowest ms':>11} {'/ browse':>9}")
    print(f"{YARDSTICK + ' (browse, yardstick)':40} {yard:10.1f} {_slowest:11.1f} {1:9.2f}")
    for url in PAGES:
        url = url.replace("LAST", str(first["pages"]))
        median, slowest = timed(client, url, args.repeat)
        print(f"{url:40} {median:10.1f} {slowest:11.1f} {median / yard:9.2f}")
    app.extensions["archive"].close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
