"""What a build did, told as it goes (a progress bar) and at the end (a summary)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from indexer.progress import Progress


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str


@dataclass
class BuildReport:
    """One run of the build: its counts, what it skipped and removed, its progress, its time."""

    read: int = 0
    indexed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    build: Path | None = None
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)  # "id (source path)" of each statement removed
    kept: int = 0  # statements of other sources, left as they were
    show_progress: bool | None = False  # None: when stderr is a terminal
    started: float = field(default_factory=time.monotonic, repr=False)
    progress: Progress | None = field(default=None, repr=False)

    def start_progress(self, total: int, label: str, shown: bool = True) -> Progress:
        self.progress = Progress(total, label, enabled=self.show_progress if shown else False)
        return self.progress

    def finish(self, build: Path | None = None) -> BuildReport:
        self.build = build
        self.seconds = time.monotonic() - self.started
        return self

    def summary(self) -> str:
        skipped = [f"  skipped {item.source}: {item.reason}" for item in self.skipped]
        if self.build is None and not self.indexed and not self.removed:
            return "\n".join([f"{self.read} files read, all {self.unchanged} unchanged: the index is up to date "
                              f"({self.seconds:.1f} s)" + (f", {len(skipped)} skipped" if skipped else ""),
                              *skipped])
        counts = [f"{self.unchanged} unchanged"] if self.unchanged or self.removed else []
        counts += [f"{len(self.removed)} removed"] if self.unchanged or self.removed else []
        counts += [f"{self.kept} kept from other sources"] if self.kept else []
        lines = [f"{self.read} files read, {self.indexed} indexed{''.join(', ' + c for c in counts)}, "
                 f"{len(self.skipped)} skipped in {self.seconds:.1f} s"]
        lines += skipped
        lines += [f"  removed {item}" for item in self.removed]
        return "\n".join(lines)
