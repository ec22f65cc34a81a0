"""The body's common words, whose adjacent pairs are indexed for phrases (archive/whoosh_engine/pairs.py).

A phrase of words found in most statements ("human rights", "right of
reply") was slow to match from its words' positions: every position of
each word is unpacked. Pairs of adjacent common words are therefore indexed
as terms of their own; pairs holding a rarer word are not (two thirds of all
pairs occur in one statement only, and indexing them tripled the index), as
a rarer word's positions are few enough to read. This writes the list of
common stems, those held by at least FRACTION of an index's statements,
measured on the General Debate:

    scripts/common-terms --index /tmp/gd > archive/whoosh_engine/common_terms.txt

A new list changes what a build indexes: raise archive.storage.INDEX_FORMAT with it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from archive.paths import default_index_dir
from archive.storage import current_build
from archive.whoosh_engine.files import open_searcher  # the body's stems are this engine's own terms

FRACTION = 0.3


def common_terms(index_dir, fraction: float) -> tuple[list[str], int]:
    """(the body's stems held by at least `fraction` of the statements, in order; how many statements)."""
    searcher = open_searcher(current_build(Path(index_dir)))
    try:
        reader = searcher.reader()
        least = fraction * reader.doc_count()
        return sorted(btext.decode("utf-8") for btext, info in reader.iter_field("body")
                      if info.doc_frequency() >= least), reader.doc_count()
    finally:
        searcher.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(default_index_dir()))
    parser.add_argument("--fraction", type=float, default=FRACTION)
    args = parser.parse_args(argv)
    terms, statements = common_terms(args.index, args.fraction)
    print(f"# The body's stems held by {args.fraction:.0%} or more of {statements:,} statements: {len(terms)}"
          " (scripts/common-terms).")
    print("\n".join(terms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
