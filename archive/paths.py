"""Where Verbatim's own files are: the project folder, and the index it serves by default."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INDEX_ENV = "VERBATIM_INDEX"


def default_index_dir() -> Path:
    """$VERBATIM_INDEX, else instance/index in the project: the CLI and the web
    app agree on it wherever they are started from."""
    configured = os.environ.get(INDEX_ENV)
    return Path(configured) if configured else PROJECT_ROOT / "instance" / "index"
