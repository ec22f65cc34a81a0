"""Load test: wrk against `verbatim serve --production` on a built index.

16 connections for 60 s by default, rotating over the benchmark's queries as
search pages, API calls and reading views. Prints requests per second, the
p50/p99 latency and every error. Traffic goes to 127.0.0.1 only.

    scripts/load-test [--index DIR] [--connections 16] [--seconds 60] [--workers N]
"""

from __future__ import annotations

import argparse
import os
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

from verbatim.bench import QUERIES


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
            "/countries/Azerbaijan", "/speakers/Kofi%20Annan"]
    return out


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
    try:
        wait_until_up(base)
        urls = paths()
        for url in urls:  # every worker warm: searcher open, facet table loaded
            for _ in range(args.workers):
                urllib.request.urlopen(base + url, timeout=30).close()
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(lua_script(urls))
        started = time.monotonic()
        run = subprocess.run(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", "--timeout", "10s",
             "-s", script.name, base],
            capture_output=True, text=True, check=True)
        elapsed = time.monotonic() - started
        Path(script.name).unlink()
    finally:
        server.terminate()
        server.wait(timeout=20)
    output = run.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
    total = re.search(r"(\d+) requests in", output).group(1)
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE).group(1)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE).group(1)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors:(.*)", output)
    print(f"{args.connections} connections, {args.seconds} s ({elapsed:.0f} s measured), {args.workers} workers, "
          f"{len(urls)} URLs in rotation")
    print(f"requests: {total}, {rate}/s; latency p50 {p50}, p99 {p99}; "
          f"non-2xx: {non_2xx.group(1) if non_2xx else 0}; socket errors: "
          f"{socket_errors.group(1).strip() if socket_errors else 'none'}")
    return 0 if not non_2xx and not socket_errors else 1


if __name__ == "__main__":
    sys.exit(main())
