"""Dependencies point one way: web -> archive <- indexer (../shared/DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from archive.storage import PROJECT_ROOT

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
