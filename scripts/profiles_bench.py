"""How fast a speaker's and a State's profile pages answer, measured on an index (the General Debate's).

Each page goes through the real app (Flask's test client) with the in-process
cache off, so every request builds its page. Beside each profile page, in the
same run, the same search without the profile (`/?speaker=NAME`: the entity
page as it was before profiles) is the yardstick: compare the ratio, not the
milliseconds, across runs on a shared machine. Measured: the speaker and the
State with the most statements, a speaker of one statement, and the profile
alone (Archive.profile, from the rows the engine keeps) beside the same
statements' records read whole (what a profile built from records would read).

    scripts/profiles-bench [--index DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from urllib.parse import quote, urlencode

from archive import SearchRequest
from archive.paths import default_index_dir
from web import create_app


def timed(action, repeat: int) -> tuple[float, float]:
    """Median and slowest time of `repeat` runs of `action`, in milliseconds, after one to warm."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def page(client, url: str):
    def get():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    return get


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(default_index_dir()), help="the index to measure")
    parser.add_argument("--repeat", type=int, default=15, help="requests per page (default 15)")
    args = parser.parse_args(argv)
    app = create_app({"TESTING": True, "INDEX_DIR": args.index, "RESULT_CACHE_BYTES": 0})
    client = app.test_client()
    archive = app.extensions["archive"]
    speakers = client.get("/api/speakers?sort=count&size=1").get_json()
    fewest = client.get(f"/api/speakers?sort=count&size=1&page={speakers['pages']}").get_json()
    countries = client.get("/api/countries?sort=count&size=1").get_json()
    chosen = [("speaker", speakers["values"][0]["value"]), ("speaker", fewest["values"][0]["value"]),
              ("country", countries["values"][0]["value"])]
    print(f"{speakers['values_in_archive']:,} speakers, {countries['values_in_archive']:,} countries; "
          f"median and slowest of {args.repeat} requests, cache off")
    print(f"{'page':58} {'median ms':>10} {'slowest ms':>11} {'/ search':>9}")
    for kind, name in chosen:
        path = {"speaker": "speakers", "country": "countries"}[kind]
        yard, slowest = timed(page(client, "/?" + urlencode({kind: name})), args.repeat)
        count = client.get(f"/api/{path}/{quote(name)}").get_json()["count"]
        print(f"{f'/?{kind}=… (the same search, no profile; {count} statements)':58} {yard:10.1f} {slowest:11.1f} "
              f"{1:9.2f}")
        for url in (f"/{path}/{quote(name)}", f"/api/{path}/{quote(name)}"):
            median, slowest = timed(page(client, url), args.repeat)
            print(f"{url[:58]:58} {median:10.1f} {slowest:11.1f} {median / yard:9.2f}")
        median, slowest = timed(lambda: archive.profile(kind, name), args.repeat)  # noqa: B023
        request = SearchRequest(filters={kind: (name,)}, size=1)
        whole, whole_slowest = timed(lambda: list(archive.export(request, snippets=False)), args.repeat)  # noqa: B023
        print(f"{'  the profile alone, from the rows':58} {median:10.1f} {slowest:11.1f} {median / yard:9.2f}")
        print(f"{'  its statements read whole (for comparison)':58} {whole:10.1f} {whole_slowest:11.1f} "
              f"{whole / yard:9.2f}")
    archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
