"""Regexes built from word lists: the vocabularies (archive/data) supply the words, so adding a forum,
an honorific or a city is a data change, and these turn many words into one alternative.
"""

from __future__ import annotations

import re


def alternation(words) -> str:
    """Longest first, so 'H.E. Mr.' is not cut at 'H'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
