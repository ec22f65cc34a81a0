"""Diacritic folding, so that Kelbecer finds Kəlbəcər.

Stripping combining marks after NFKD is not enough: letters such as ə, ı, ø
and ł have no decomposition. Those come from a transliteration table that is
data (archive/data/transliteration.json), extendable like every vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from archive.vocabulary import load_data

# Combining marks left by NFKD decomposition: é -> e + U+0301.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1)
def _translation_table() -> dict[int, str]:
    table = load_data("transliteration")
    return {ord(letter): ascii_form for letter, ascii_form in table.items()}


def fold(text: str) -> str:
    """Lowercase-preserving fold of accents and special letters to ASCII-like text."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_translation_table()))
    return _COMBINING.sub("", decomposed)
