"""Extraction's cost per document: the pure core (`extract`, text in, record
out) timed on every file of a folder, after one warm-up pass that loads the
vocabularies and compiles the patterns.

Prints the mean, median, 95th percentile and slowest document in ms, and
the share spent in each stage (profiled in the same run), so a new cue or
library shows its cost beside the rest. `--hostile` times instead the pages
that made readings quadratic: one line of 20 KB, a header phrase repeated
(a broken export, a scraper's loop); each should take well under a second.
It measures; it asserts nothing (tests/test_extraction_traps.py checks what
those pages yield).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from functools import partial
from pathlib import Path

from archive.paths import PROJECT_ROOT
from indexer.extraction import extract
from indexer.extraction.states import letterhead_state, signatories_head, state_speaking
from indexer.reading import read_text

DEFAULT_FOLDER = PROJECT_ROOT.parent / "shared" / "devset" / "docs"
STAGES = ("source_lines", "header_lines", "clean_body", "find_people", "find_groups", "find_doc_type",
          "find_country", "find_forums", "find_meeting", "find_dating", "find_location", "find_agenda_items",
          "find_symbols", "find_mentions", "settle")

HOSTILE_CHARS = 20_000
# One line of a phrase repeated: each once made a reading search all the text before each of its cues (a State's
# post, a body's name, a date), or scan to the line's end from each.
HOSTILE_PHRASES = ("Chargé d'affaires a.i. of ", "A/HRC/1 ", "Minister ", "1 May 2023 ",
                   "Letter dated 1 May 2023 from the Permanent Representative of France addressed to the "
                   "Secretary-General ", "Permanent Representative of France to the United Nations ",
                   "on behalf of the Group of ", "Note verbale dated 1 May 2023 from ", "Human Rights Council ",
                   "Explanation of vote by France ", "Ambassador ", "delivered by ",
                   # ... or read a name and its post from each honorific to the line's end.
                   "H.E. Mr. John Smith ", "Statement by H.E. ", "Mr. President, ", "(Signed) ", "on behalf of ",
                   "Permanent Representative ", "Intervención del Embajador ",
                   "The Permanent Representative of France, H.E. Mr. John Smith, ")
# Lines that made the States' readers quadratic: a run of spaces where a separator is looked for, a list's commas
# and 'and' far apart, a State named thousands of times (each looked back from for a call to vote for it).
STATE_LINES = ("Home" + " " * 20_000 + "Statements", "Home /" + " " * 20_000 + "x",
               "Algeria," + " " * 20_000 + "and" + " ,x" * 5_000, "France " * 3_000)


def repeated(phrase: str, chars: int = HOSTILE_CHARS) -> str:
    """`phrase` repeated over one line of `chars` characters."""
    return (phrase * (chars // len(phrase) + 1))[:chars]


def _read_states(line: str) -> None:
    signatories_head([line])
    letterhead_state(line)
    state_speaking(line)


def hostile() -> None:
    """Each hostile input timed once, in seconds: a second run would find its lines' readings remembered."""
    cases = [(f"extract: {phrase.strip()!r} over {HOSTILE_CHARS:,} characters",
              partial(extract, repeated(phrase), "h", "h")) for phrase in HOSTILE_PHRASES]
    cases += [(f"states: {line[:12]!r}... ({len(line):,} characters)", partial(_read_states, line))
              for line in STATE_LINES]
    extract("Statement", "h", "h")  # warm-up: vocabularies loaded, patterns compiled
    for label, read in cases:
        started = time.perf_counter()
        read()
        print(f"{time.perf_counter() - started:6.2f} s  {label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--runs", type=int, default=5, help="timed passes over the folder (default 5)")
    parser.add_argument("--hostile", action="store_true", help="time the hostile one-line pages instead")
    args = parser.parse_args(argv)
    if args.hostile:
        hostile()
        return 0
    texts = [(path.name, read_text(path)[0]) for path in sorted(Path(args.folder).iterdir()) if path.is_file()]
    for name, text in texts:  # warm-up: vocabularies loaded, patterns compiled
        extract(text, name, name)
    times: dict[str, float] = {}
    for _ in range(args.runs):
        for name, text in texts:
            started = time.perf_counter()
            extract(text, name, name)
            elapsed = (time.perf_counter() - started) * 1000
            times[name] = min(elapsed, times.get(name, elapsed))
    values = sorted(times.values())
    chars = statistics.mean(len(text) for _name, text in texts)
    slowest = max(times, key=times.get)
    print(f"{len(texts)} documents, {chars:,.0f} characters on average; best of {args.runs} runs per document")
    print(f"mean {statistics.mean(values):.2f} ms, median {statistics.median(values):.2f} ms, "
          f"p95 {values[int(0.95 * (len(values) - 1))]:.2f} ms, slowest {times[slowest]:.2f} ms ({slowest})")
    profile = cProfile.Profile()
    profile.enable()
    for name, text in texts:
        extract(text, name, name)
    profile.disable()
    stats = pstats.Stats(profile).stats
    total = sum(tt for (_f, _l, _n), (_cc, _nc, tt, _ct, _c) in stats.items())
    print("share of the time per stage (cumulative, profiled):")
    for stage in STAGES:
        cumulative = sum(ct for (_f, _l, fn), (_cc, _nc, _tt, ct, _c) in stats.items() if fn == stage)
        if cumulative:
            print(f"  {stage:<18} {cumulative / total:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
