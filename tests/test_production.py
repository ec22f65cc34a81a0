"""`verbatim serve --production`: gunicorn's worker processes serve the same index."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture()
def production_server(seed_index):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "verbatim.cli", "serve", "--production", "--workers", "2",
         "--index", str(seed_index), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/api/search?q=x", timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield base
    server.terminate()
    server.wait(timeout=10)
    server.stderr.close()


def test_production_server_answers_searches_and_errors(production_server):
    statuses = set()
    for _ in range(20):  # spread over both workers
        status, data = get(production_server + "/api/search?q=mines&country=Azerbaijan&from=June%202021&to=June%202021")
        statuses.add(status)
        assert sorted(hit["id"] for hit in data["hits"]) == ["000_e71adabdfbd67d48", "001_b4b41e51197d8961"]
    assert statuses == {200}
    status, data = get(production_server + "/api/search?from=notadate")
    assert (status, data["ok"], data["status"]) == (400, False, 400)


def test_production_server_names_no_version(production_server):
    with urllib.request.urlopen(production_server + "/favicon.ico", timeout=5) as response:
        assert response.status == 200
        server = response.headers.get("Server", "")
    assert not any(ch.isdigit() for ch in server), server  # no version for a scanner to look up
