"""Small words do not match titles.

Titles are short and made by a formula ("Statement by the delegation of
Poland, UN General Assembly, 1963"), so a function word is rare among them:
"the" is in 183 of the General Debate's 10,952 titles, "in" in 5. Scored
with the titles' own statistics, such a word weighs as a rare one, and a
question such as "end of the cold war" ranked those titles first (issue 17).
A small word carries no subject, so outside quotes it is searched in the
body only, as search engines drop stop words from short fields. In quotes
it stays: "the right of reply" is matched word for word, titles included.
"""

from __future__ import annotations

from whoosh import query as wq

from archive.whoosh_engine.analysis import prose_term

# Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), as index terms (stemmed: was -> wa).
SMALL_WORDS = frozenset(prose_term(word) for word in (
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
    "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
    "will", "with"))
TITLE = "title"


def small_words_off_titles(q: wq.Query) -> wq.Query:
    """The query with each small word's title term dropped where the word is searched in other fields too."""
    if isinstance(q, wq.Or):
        kept = [child for child in q.subqueries if not _small_in_title(child)]
        if kept and len(kept) < len(q.subqueries):
            return kept[0] if len(kept) == 1 else q.__class__(kept, boost=q.boost)
    if isinstance(q, wq.Phrase) or not q.children():
        return q
    return q.apply(small_words_off_titles)


def _small_in_title(q: wq.Query) -> bool:
    return type(q) is wq.Term and q.fieldname == TITLE and q.text in SMALL_WORDS
