"""Load test: wrk against `verbatim serve --production` on a built index.

16 connections for 60 s by default, rotating over the benchmark's queries as
search pages, API calls and reading views; then, with --varied N (2,000 by
default, 0 to skip), over N different searches drawn from the archive's own
words (single words and two-word phrases of random statements, a third of them
with a State or a period), so no cache can flatter the figure. Prints requests
per second, the p50/p99 latency and every error for each run. Traffic goes to
127.0.0.1 only.

    scripts/load-test [--index DIR] [--connections 16] [--seconds 60] [--workers N] [--varied 2000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from archive import Archive, SearchRequest
from verbatim.bench import QUERIES

WORD = re.compile(r"[A-Za-z]{4,}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def paths() -> list[str]:
    out = []
    for query in QUERIES:
        args = [("q", query.q)] if query.q else []
        if query.country:
            args.append(("country", query.country))
        args += [(k, v) for k, v in (("from", query.date_from), ("to", query.date_to)) if v]
        out.append("/api/search?" + urlencode(args))
        out.append("/?" + urlencode(args))
    out += ["/statements/ungdc-aze-76-2021?q=mines", "/statements/ungdc-usa-64-2009?q=peace",
            "/countries/Azerbaijan", "/speakers/Ilham%20Aliyev"]
    return out


def varied_paths(index_dir: str, count: int, seed: int = 20261125) -> list[str]:
    """`count` different search URLs made of the archive's own words: a word or two
    adjacent words of a random statement, some narrowed by its State or a period."""
    rng = random.Random(seed)
    with Archive(index_dir) as archive:
        statements = [hit.statement for hit in archive.export(SearchRequest(), snippets=False)]
    urls: set[str] = set()
    while len(urls) < count:
        statement = rng.choice(statements)
        words = WORD.findall(statement.body[:20_000])
        if len(words) < 2:
            continue
        start = rng.randrange(len(words) - 1)
        args = [("q", words[start] if rng.random() < 0.5 else f'"{words[start]} {words[start + 1]}"')]
        narrowing = rng.random()
        if narrowing < 0.17 and statement.country:
            args.append(("country", statement.country))
        elif narrowing < 0.33 and statement.date:
            year = int(statement.date[:4])
            args += [("from", str(year - rng.randrange(5))), ("to", str(year))]
        urls.add(("/api/search?" if rng.random() < 0.5 else "/?") + urlencode(args))
    return sorted(urls, key=lambda _url: rng.random())


def lua_script(urls: list[str]) -> str:
    listed = ",\n".join(f'  "{url}"' for url in urls)
    return f"""local paths = {{
{listed}
}}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
"""


def wait_until_up(base: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/api/search?q=warm", timeout=5).close()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server at {base} did not answer")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=os.environ.get("VERBATIM_BENCH", "/tmp/verbatim-bench") + "/index")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) * 2)
    parser.add_argument("--varied", type=int, default=2000, help="different searches in the second run (0: none)")
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "verbatim.cli", "serve", "--production", "--workers", str(args.workers),
         "--index", args.index, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failed = False
    try:
        wait_until_up(base)
        urls = paths()
        for url in urls:  # every worker warm: searcher open, facet table loaded
            for _ in range(args.workers):
                urllib.request.urlopen(base + url, timeout=30).close()
        failed |= run_wrk(base, urls, args, f"{len(urls)} fixed URLs in rotation")
        if args.varied:
            varied = varied_paths(args.index, args.varied)
            failed |= run_wrk(base, varied, args, f"{len(varied):,} different searches, each asked about once")
    finally:
        server.terminate()
        server.wait(timeout=20)
    return 1 if failed else 0


def run_wrk(base: str, urls: list[str], args, label: str) -> bool:
    """One wrk run over `urls`; prints its figures and returns True if any request failed."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua_script(urls))
    started = time.monotonic()
    run = subprocess.run(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", "--timeout", "10s",
         "-s", script.name, base],
        capture_output=True, text=True, check=True)
    elapsed = time.monotonic() - started
    Path(script.name).unlink()
    output = run.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
    total = re.search(r"(\d+) requests in", output).group(1)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:(.*)", output)
    print(f"{args.connections} connections, {args.seconds} s ({elapsed:.0f} s measured), {args.workers} workers, "
          f"{label}")
    print(f"requests: {total}, {rate}/s; latency p50 {p50}, p99 {p99}; "
          f"non-2xx: {non_2xx.group(1) if non_2xx else 0}; socket errors: "
          f"{socket_errors.group(1).strip() if socket_errors else 'none'}")
    return bool(non_2xx or socket_errors)


if __name__ == "__main__":
    sys.exit(main())
