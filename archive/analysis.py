"""How text becomes index terms: one analyzer for prose, one for names.

Both fold diacritics (Kelbecer finds Kəlbəcər). Prose is stemmed (mine finds
mines); names are not, so speaker:Aliyev does not drift to other names. No
stop list: phrases such as "the right of reply" must keep their small words
(../shared/notes/whoosh-measured.md, last line).
"""

from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemFilter

from archive.folding import fold


class FoldFilter(Filter):
    """Folds each token's text to its accent-free form."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            yield token


def prose_analyzer():
    return RegexTokenizer() | LowercaseFilter() | FoldFilter() | StemFilter(cachesize=50000)


def name_analyzer():
    return RegexTokenizer() | LowercaseFilter() | FoldFilter()
