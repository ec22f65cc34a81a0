"""The web app's settings, with their defaults.

| setting       | default                                | meaning                                           |
|---------------|----------------------------------------|---------------------------------------------------|
| INDEX_DIR     | $VERBATIM_INDEX or instance/index      | the index to serve (read-only)                    |
| PAGE_SIZE     | 20: archive.requests.DEFAULT_PAGE_SIZE | results per page when the URL gives none          |
| SITE_NAME     | Verbatim                               | shown in titles and the header                    |
| TRUSTED_HOSTS | $VERBATIM_TRUSTED_HOSTS (commas), or   | the only Host headers answered; any other is a    |
|               | 127.0.0.1, localhost, ::1              | 400 (a leading dot admits subdomains)             |
| BASE_URL      | $VERBATIM_BASE_URL, or none            | absolute links (citations, exports) start with    |
|               |                                        | it; none: the request's own, trusted, host        |
| EXPORT_SNIPPETS_UP_TO | 1000                           | an export of more matches leaves the snippet      |
|               |                                        | column empty unless the URL has snippets=1        |
| WARM_AT_START | True (not when TESTING)                | open the index and load its tables when the app   |
|               |                                        | (each server worker) starts, not on a first visit |
| RESULT_CACHE_BYTES | 32 MiB: archive.result_cache      | search pages and "more like this" kept in memory  |
|               |                                        | per worker, for the served build only; 0: none    |

Override them in instance/settings.py, or pass a mapping to create_app() in tests.
Debug mode is off unless a developer asks for it (`verbatim serve --debug`).
"""

import os

from archive.paths import default_index_dir
from archive.requests import DEFAULT_PAGE_SIZE
from archive.result_cache import DEFAULT_BUDGET

# A Host header is a client's to write: links built from an unvetted one would
# point citations and exports at any site (Host: evil.example).
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def defaults() -> dict:
    hosts = os.environ.get("VERBATIM_TRUSTED_HOSTS")
    return {
        "INDEX_DIR": str(default_index_dir()),
        "PAGE_SIZE": DEFAULT_PAGE_SIZE,
        "SITE_NAME": "Verbatim",
        "TRUSTED_HOSTS": [h.strip() for h in hosts.split(",") if h.strip()] if hosts else list(LOCAL_HOSTS),
        "BASE_URL": os.environ.get("VERBATIM_BASE_URL") or None,
        "EXPORT_SNIPPETS_UP_TO": 1000,
        "WARM_AT_START": True,
        "RESULT_CACHE_BYTES": DEFAULT_BUDGET,
    }
