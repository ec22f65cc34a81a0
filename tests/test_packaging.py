"""What `pip install` makes of the project: each folder is the package of its
name, but scripts/, which is `verbatim` (a top-level `scripts` in site-packages
would collide with any other distribution's)."""

from __future__ import annotations

import configparser
import importlib

import pytest

from archive.paths import PROJECT_ROOT


def setup_options() -> configparser.SectionProxy:
    config = configparser.ConfigParser()
    config.read(PROJECT_ROOT / "setup.cfg", encoding="utf-8")
    return config["options"]


def test_every_package_folder_is_installed():
    # A package folder missing from setup.cfg's list would work in an editable
    # install and be left out of a regular one.
    folders = {".".join(init.parent.relative_to(PROJECT_ROOT).parts)
               for top in ("archive", "indexer", "web") for init in (PROJECT_ROOT / top).rglob("__init__.py")}
    data = set(setup_options().parser["options.package_data"])  # folders of data: archive.data, web.static ...
    assert set(setup_options()["packages"].split()) == folders | data | {"verbatim"}


def test_scripts_is_installed_as_verbatim():
    assert setup_options()["package_dir"].split() == ["verbatim", "=", "scripts"]
    cli = importlib.import_module("verbatim.cli")
    assert cli.__file__ == str(PROJECT_ROOT / "scripts" / "cli.py")


def test_the_folder_name_is_not_an_import_name():
    with pytest.raises(ImportError, match="scripts/ is the package `verbatim`"):
        importlib.import_module("scripts")
