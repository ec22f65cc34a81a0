"""Shared fixtures: a real index built once per run from seeds/, the real app.

Cases that read ../shared skip only when it is absent and CI is not set;
in CI a missing ../shared fails (tests must not silently pass there).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from archive import Archive
from archive.paths import PROJECT_ROOT
from indexer.build import build_index
from web import create_app

SEEDS = PROJECT_ROOT / "seeds"
SHARED = PROJECT_ROOT.parent / "shared"
FIXTURES = Path(__file__).parent / "fixtures"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip (outside CI) / failure (in CI) if absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the clone")
        pytest.skip(f"{path} is not here (set up ../shared to run this)")
    return path


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """The seeds plus the small fixtures written in their style."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in SEEDS.iterdir():
        shutil.copy(path, folder / path.name)
    for path in FIXTURES.glob("corpus/*"):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory) -> Path:
    index_dir = tmp_path_factory.mktemp("seed-index") / "index"
    build_index([SEEDS], index_dir, show_progress=False)
    return index_dir


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, corpus_dir) -> Path:
    index_dir = tmp_path_factory.mktemp("corpus-index") / "index"
    build_index([corpus_dir], index_dir, show_progress=False)
    return index_dir


@pytest.fixture(scope="session")
def archive(corpus_index):
    reader = Archive(corpus_index)
    yield reader
    reader.close()


@pytest.fixture(scope="session")
def app(corpus_index):
    application = create_app({"TESTING": True, "INDEX_DIR": str(corpus_index)})
    yield application
    application.extensions["archive"].close()


@pytest.fixture(scope="session")
def seeds(seed_index):
    """A test client over the seed archive alone."""
    application = create_app({"TESTING": True, "INDEX_DIR": str(seed_index)})
    yield application.test_client()
    application.extensions["archive"].close()


@pytest.fixture()
def client_for():
    """A test client over another index; its searchers are closed afterwards."""
    apps = []

    def make(index_dir):
        apps.append(create_app({"TESTING": True, "INDEX_DIR": str(index_dir)}))
        return apps[-1].test_client()

    yield make
    for application in apps:
        application.extensions["archive"].close()


@pytest.fixture()
def client(app):
    return app.test_client()
