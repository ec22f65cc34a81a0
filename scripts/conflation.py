"""How often stemming joins words a researcher keeps apart, measured on an index.

Prose is indexed by Porter stems, so `detente` also finds "detention" and
`Harare` "Harar". Titles and bodies also keep their words as written (for
wildcards), so each stem's written forms can be counted: this prints how many
stems join two or more forms that are each frequent, and the pairs whose forms
differ beyond an ending (the likeliest to mean different things), with the
number of statements holding each.

    scripts/conflation [--index DIR] [--min-statements N] [--top N]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from archive.paths import default_index_dir
from archive.storage import current_build
from archive.whoosh_engine.analysis import prose_term
from archive.whoosh_engine.files import open_searcher  # the written forms are this engine's own field

INFLECTIONS = ("s", "es", "ies", "ied", "ed", "ing", "d", "ly", "al", "ation", "ations", "ment", "ments", "er", "ers",
               "ity")


def written_forms(index_dir, min_statements: int) -> dict[str, list[tuple[str, int]]]:
    """Stem -> its written forms held by at least `min_statements` statements, most frequent first."""
    searcher = open_searcher(current_build(Path(index_dir)))
    try:
        reader = searcher.reader()
        forms: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for btext in reader.lexicon("body_words"):
            word = btext.decode("utf-8")
            count = reader.doc_frequency("body_words", word)
            if count >= min_statements and word.isalpha():
                forms[prose_term(word)].append((word, count))
    finally:
        searcher.close()
    return {stem: sorted(found, key=lambda item: -item[1]) for stem, found in forms.items() if len(found) > 1}


def differs_beyond_an_ending(first: str, second: str) -> bool:
    """True when neither form is the other plus an inflection (mine/mines is one word; detente/detention not)."""
    short, long = sorted((first, second), key=len)
    return not any(long == short + ending or long == short[:-1] + ending for ending in INFLECTIONS)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", default=str(default_index_dir()))
    parser.add_argument("--min-statements", type=int, default=20, help="a form counts if this many statements hold it")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    forms = written_forms(args.index, args.min_statements)
    pairs = [(stem, a, b) for stem, found in forms.items() for i, a in enumerate(found) for b in found[i + 1:]
             if differs_beyond_an_ending(a[0], b[0])]
    pairs.sort(key=lambda item: -min(item[1][1], item[2][1]))
    print(f"stems joining two or more written forms, each in {args.min_statements}+ statements: {len(forms):,}")
    print(f"pairs of such forms that differ beyond an ending: {len(pairs):,}")
    for stem, (first, first_count), (second, second_count) in pairs[:args.top]:
        print(f"  {stem:14} {first} ({first_count:,})  ~  {second} ({second_count:,})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
