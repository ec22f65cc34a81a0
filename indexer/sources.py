"""Finding source files under the folders a user names, and their sidecars."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class SourceFile:
    path: Path
    source: str  # relative to the corpus root, with forward slashes

    @property
    def sidecar(self) -> Path:
        return self.path.with_name(self.path.name + SIDECAR_SUFFIX)


def statement_id(source: str) -> str:
    """A permalink-safe id from the source path: stable across edits and re-indexing.

    '000_e71adabdfbd67d48.txt' -> '000_e71adabdfbd67d48';
    'Session 76 - 2021/AZE_76_2021.txt' -> 'session-76-2021--aze_76_2021'.
    """
    stem = source.rsplit(".", 1)[0] if "." in source.rsplit("/", 1)[-1] else source
    parts = [re.sub(r"[^a-z0-9_]+", "-", part.lower()).strip("-") for part in stem.split("/")]
    return "--".join(part for part in parts if part)


def find_sources(root: Path) -> Iterator[SourceFile]:
    """Every file under `root` (or `root` itself), hidden files and sidecars excepted."""
    root = root.resolve() if not root.is_symlink() else root
    if root.is_file():
        yield SourceFile(root, root.name)
        return
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        # A link that loops or leads nowhere is kept, so that it is reported rather than skipped unseen.
        broken_link = path.is_symlink() and not path.exists()
        if not path.is_file() and not broken_link:
            continue
        yield SourceFile(path, relative.as_posix())
