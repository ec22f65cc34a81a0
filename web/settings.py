"""The web app's settings, with their defaults.

| setting            | default                        | meaning                                     |
|--------------------|--------------------------------|---------------------------------------------|
| INDEX_DIR          | $VERBATIM_INDEX or instance/index | the index to serve (read-only)            |
| PAGE_SIZE          | 20                             | results per page when the URL gives none    |
| SITE_NAME          | Verbatim                       | shown in titles and the header              |

Override them in instance/settings.py, or pass a mapping to create_app() in tests.
Debug mode is off unless a developer asks for it (`verbatim serve --debug`).
"""

from archive.storage import default_index_dir


def defaults() -> dict:
    return {
        "INDEX_DIR": str(default_index_dir()),
        "PAGE_SIZE": 20,
        "SITE_NAME": "Verbatim",
    }
