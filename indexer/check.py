"""Measuring extraction against hand-made labels (../shared/devset/labels.json format).

A value matches its label after case and whitespace folding; null equals
null. The report gives accuracy per field and each mismatch with the
evidence the extractor had, so a person can see why it went wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from archive.statement import Statement
from indexer.planning import load_statement
from indexer.sources import SourceFile

CHECKED_FIELDS = ("speaker", "speaker_role", "country", "forum", "meeting", "date", "doc_type", "location")


def normalize(value) -> str | None:
    return " ".join(str(value).split()).casefold() if value is not None else None


@dataclass(frozen=True)
class Mismatch:
    file: str
    field: str
    got: object
    want: object
    evidence: tuple[str, ...]


# Bands of confidence in which precision is measured, to place the suggestion threshold.
CONFIDENCE_BANDS = (0.0, 0.5, 0.7, 0.9)


@dataclass
class CheckReport:
    documents: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHECKED_FIELDS, 0))
    mismatches: list[Mismatch] = field(default_factory=list)
    # (confidence, right?) of every value found, asserted or only suggested.
    scored: list[tuple[float, bool]] = field(default_factory=list)

    def precision_by_confidence(self) -> str:
        """How often a value found with each band of confidence is right: where
        the cues below the suggestion threshold stand (README, "Metadata extraction")."""
        rows = [f"{'confidence':<12} {'values':>7} {'right':>7} {'precision':>10}"]
        for low, high in zip(CONFIDENCE_BANDS, (*CONFIDENCE_BANDS[1:], 1.01), strict=True):
            band = [right for score, right in self.scored if low <= score < high]
            precision = f"{sum(band) / len(band):>10.1%}" if band else f"{'-':>10}"
            rows.append(f"{low:.1f}-{min(high, 1.0):.1f}{'':<5} {len(band):>7} {sum(band):>7} {precision}")
        return "\n".join(rows)

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.documents if self.documents else 0.0

    def table(self) -> str:
        rows = [f"{'field':<14} {'correct':>8} {'accuracy':>9}"]
        for name in CHECKED_FIELDS:
            rows.append(f"{name:<14} {self.correct[name]:>4}/{self.documents:<3} {self.accuracy(name):>9.1%}")
        return "\n".join(rows)

    def details(self) -> str:
        lines = []
        for item in self.mismatches:
            lines.append(f"{item.file} {item.field}: got {item.got!r}, want {item.want!r}")
            lines.extend(f"    evidence: {text}" for text in item.evidence)
        return "\n".join(lines)


def compare(statement: Statement, label: dict, report: CheckReport) -> None:
    report.documents += 1
    for name in CHECKED_FIELDS:
        got = getattr(statement, name)
        found = got or statement.suggestions.get(name)
        if found and name in statement.confidence:
            report.scored.append((statement.confidence[name], normalize(found) == normalize(label.get(name))))
        if normalize(got) == normalize(label.get(name)):
            report.correct[name] += 1
            continue
        evidence = tuple(f"{e.method} (line {e.line}): {e.text[:160]}" for e in statement.evidence_for(name))
        report.mismatches.append(Mismatch(label["file"], name, got, label.get(name), evidence))


def document_names(items: list[str]) -> set[str]:
    """Document names given as names ('032.txt') or as files listing them, one a
    line, '#' starting a comment: how a held-out part is kept (tests/data)."""
    names: set[str] = set()
    for item in items:
        path = Path(item)
        if path.is_file():
            lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
            names.update(line for line in lines if line)
        else:
            names.add(item)
    return names


def read_labels(labels_file: Path) -> list[dict]:
    """The labels file's records; ValueError saying what is wrong with it."""
    try:
        labels = json.loads(labels_file.read_text(encoding="utf-8"))
    except ValueError as error:
        raise ValueError(f"{labels_file}: not valid JSON ({error})") from None
    if not isinstance(labels, list) or not all(isinstance(item, dict) and "file" in item for item in labels):
        raise ValueError(f"{labels_file}: must be a list of records, each with a \"file\" and the fields' labels")
    if not labels:
        raise ValueError(f"{labels_file}: holds no labelled document")
    return labels


def check_folder(folder: Path, labels_file: Path, leave_out: set[str] = frozenset(),
                 only: set[str] | None = None) -> CheckReport:
    """Extract every labelled file under `folder` and compare it with its label;
    `leave_out` and `only` choose documents by name, so a held-out part can be
    measured alone or kept out of sight."""
    labels = read_labels(labels_file)
    report = CheckReport()
    for label in labels:
        if label["file"] in leave_out or (only is not None and label["file"] not in only):
            continue
        path = folder / label["file"]
        if not path.is_file():
            path = folder / "docs" / label["file"]
        if not path.is_file():
            raise ValueError(f"{label['file']}: labelled in {labels_file.name} but not found in {folder}")
        statement = load_statement(SourceFile(path, label["file"]))
        compare(statement, label, report)
    if not report.documents:
        raise ValueError(f"none of the documents {labels_file} labels was checked in {folder}")
    return report
