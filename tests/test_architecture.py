"""Dependencies point one way: web -> archive <- indexer (../shared/DESIGN.md)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from archive.paths import PROJECT_ROOT

FORBIDDEN = {
    "archive": {"flask", "werkzeug", "jinja2", "indexer", "web", "verbatim"},
    "indexer": {"flask", "werkzeug", "jinja2", "web", "verbatim"},
    "web": {"indexer", "verbatim"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_dependency_direction(package):
    for path in (PROJECT_ROOT / package).rglob("*.py"):
        wrong = imported_modules(path) & FORBIDDEN[package]
        assert not wrong, f"{path.relative_to(PROJECT_ROOT)} imports {wrong}"


ENGINE_PACKAGE = PROJECT_ROOT / "archive" / "whoosh_engine"


def imported_names(path: Path) -> set[str]:
    """Every module a file imports, in full (archive.whoosh_engine.files, whoosh.query ...)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["archive", "indexer", "web", "scripts"])
def test_only_the_engine_package_knows_whoosh(package):
    # The seam (archive/engine.py): moving to another engine is one more package, not edits everywhere.
    for path in (PROJECT_ROOT / package).rglob("*.py"):
        if path.is_relative_to(ENGINE_PACKAGE):
            continue
        text = path.read_text(encoding="utf-8")
        assert "whoosh" not in {name.split(".")[0] for name in imported_names(path)}, path
        # Private Whoosh names: the segment writer's (_finalize_segment ...) and the codec's (_perdoc ...).
        assert not re.search(r"\._(finalize_segment|commit_toc|finish|close_segment|perdoc|readers)\b", text), path


@pytest.mark.parametrize("package", ["indexer", "web"])
def test_the_indexer_and_the_web_app_reach_the_engine_only_through_the_seam(package):
    for path in (PROJECT_ROOT / package).rglob("*.py"):
        inside = {name for name in imported_names(path) if name.startswith("archive.whoosh_engine")}
        assert not inside, f"{path.relative_to(PROJECT_ROOT)} imports {inside}"
