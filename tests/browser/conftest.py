"""A real Chromium (Debian's) against the real app served on localhost.

Screenshots go to test-artifacts/screenshots/. Without Chromium these tests
skip, except in CI, where they must run.
"""

from __future__ import annotations

import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import WSGIRequestHandler, make_server

from archive.paths import PROJECT_ROOT
from web import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


RESPONSE_BODY = "verbatim.tests.response_body"


class DropTolerantHandler(WSGIRequestHandler):
    """Closes the response when the browser resets the connection right after it.

    Werkzeug's server reads the dead socket before it closes the response, so a reset
    just after a static file was sent left the file open, and its ResourceWarning
    failed whichever test was running when it was collected.
    """

    def connection_dropped(self, error, environ=None):
        body = (environ or {}).get(RESPONSE_BODY)
        if hasattr(body, "close"):
            body.close()


def remembering_response_body(app):
    """The app, leaving its response body in the environ for DropTolerantHandler."""

    def wsgi(environ, start_response):
        body = app(environ, start_response)
        environ[RESPONSE_BODY] = body
        return body

    return wsgi


@contextmanager
def serving(index_dir: Path):
    """The app over `index_dir`, served on a free port of localhost: yields its address."""
    app = create_app({"TESTING": True, "INDEX_DIR": str(index_dir)})
    server = make_server("127.0.0.1", 0, remembering_response_body(app), threaded=True,
                         request_handler=DropTolerantHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    app.extensions["archive"].close()


@pytest.fixture(scope="session")
def live_server(corpus_index):
    with serving(corpus_index) as address:
        yield address


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda req: requests.append(req.url))
    tab = context.new_page()
    tab.requests = requests
    yield tab
    context.close()


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
