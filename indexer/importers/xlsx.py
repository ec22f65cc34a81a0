"""Rows of an .xlsx sheet, read with the standard library (an .xlsx is a zip of XML).

A cell's text is the whole of its shared string, whatever rich-text runs it
was split into ("Mr. Jo" + "ão Manuel ..."), with outer spaces trimmed.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_COLUMN = re.compile(r"[A-Z]+")


def _column_index(reference: str) -> int:
    letters = _COLUMN.match(reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _shared_strings(package: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in package.namelist():
        return []
    root = ElementTree.fromstring(package.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{{{_NS['m']}}}t")) for item in root.findall("m:si", _NS)]


def _sheet_path(package: zipfile.ZipFile, sheet: str | None) -> str:
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.iter(f"{_RELS}Relationship")}
    sheets = workbook.findall("m:sheets/m:sheet", _NS)
    chosen = next((s for s in sheets if sheet is None or s.get("name") == sheet), None)
    if chosen is None:
        raise ValueError(f"no sheet named {sheet!r}; the workbook has {[s.get('name') for s in sheets]}")
    target = targets[chosen.get(f"{{{_NS['r']}}}id")]
    return target.lstrip("/") if target.startswith("/xl/") else f"xl/{target}"


def read_rows(path: Path, sheet: str | None = None) -> list[list[str]]:
    """Every row of `sheet` (the first sheet if None) as trimmed strings."""
    with zipfile.ZipFile(path) as package:
        strings = _shared_strings(package)
        root = ElementTree.fromstring(package.read(_sheet_path(package, sheet)))
    rows = []
    for row in root.iter(f"{{{_NS['m']}}}row"):
        cells: dict[int, str] = {}
        for cell in row.findall("m:c", _NS):
            kind = cell.get("t")
            if kind == "inlineStr":
                value = "".join(t.text or "" for t in cell.iter(f"{{{_NS['m']}}}t"))
            else:
                raw = cell.findtext("m:v", default="", namespaces=_NS)
                value = strings[int(raw)] if kind == "s" and raw else raw
            cells[_column_index(cell.get("r"))] = " ".join(value.split())
        if cells:
            rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
    return rows
