"""The query language: words, "phrases", AND/OR/NOT, field:value, wildcards.

Whoosh's parser forgives almost anything, turning a stray quote into a word.
A user who typed an unbalanced quote meant something else, so such input is
refused with a message that says what to fix (a 400, never a 500).
"""

from __future__ import annotations

import itertools
import re

from whoosh import query as wq
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    FuzzyTermPlugin,
    MultifieldParser,
    PhrasePlugin,
    Plugin,
    PrefixPlugin,
    SingleQuotePlugin,
    WildcardPlugin,
    syntax,
)

from archive import vocabulary
from archive.errors import RequestError
from archive.whoosh_engine.phrases import QuotedPhrase, QuotedPhrasePlugin
from archive.whoosh_engine.schema import QUERY_FIELDS, WRITTEN_FIELDS
from archive.whoosh_engine.small_words import small_words_off_titles

MAX_QUERY_LENGTH = 1000
MAX_TERMS = 64
MAX_NESTING = 10
WILDCARD_PREFIX = 3  # letters before * or ?: a shorter one would scan the whole vocabulary
# Words a wildcard or fuzzy term may stand for; in title and body, words as written (WrittenWildcardPlugin).
# On the General Debate: demin* 4 words, negotiat* 10, terroris* 11, decoloni* 14.
MAX_EXPANSIONS = 100
FUZZY_PREFIX = 2
FUZZY_TWO_EDITS_FROM = 6  # letters of the indexed word (its stem in prose) before a second edit is allowed

_FIELD_PREFIX = re.compile(r"(?<![\w/])([A-Za-z_]+):(?!//)")
# 'country:Guinea' is the State Guinea, not every State whose name holds the word (Equatorial Guinea, Papua New
# Guinea): a value naming one State whole (its name, another name, adjective or ISO3 code) is searched in the
# facet, by the code; other words ('country:equatorial') search the States' names.
_STATE_FIELD = re.compile(r'(?<![\w/])(country|mentions):(?:"([^"]+)"|([^\s()"]+)(?=[\s()]|$))', re.IGNORECASE)
_STATE_FACETS = {"country": ("facet_country", "cc"), "mentions": ("facet_mentions", "mc")}
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}
MAX_FUZZY_EDITS = 2  # 'word~2': more changed letters would match words that share nothing with it
_FUZZY_EDITS = re.compile(r"\w~(\d+)$")
_FIELD_EXAMPLES = {"speaker": '"Ilham Aliyev"', "country": "Azerbaijan", "forum": '"Security Council"',
                   "year": "2001", "type": "right_of_reply", "symbol": "S/2021/284", "mentions": "Armenia"}


def _check_field(word: str) -> None:
    """A field's name needs its value after the colon ('speaker:' alone searches nothing), and there is no
    date: field (a date is chosen with year: or the dates of the search)."""
    name, colon, value = word.partition(":")
    name = name.lower()
    if colon and name in QUERY_FIELDS and not value:
        example = _FIELD_EXAMPLES.get(name, "word")
        raise RequestError(f"The field {name}: needs a value right after the colon, as in {name}:{example} (quotes "
                           "around words that go together).")
    if colon and name == "date" and value[:1].isdigit():
        raise RequestError(f"There is no date: field: write year:{value[:4]} for a year, or choose a period with the "
                           "search's From and To dates.")


def check_syntax(text: str) -> None:
    """Refuse what the parser would misread or what would cost too much, saying what to fix."""
    if len(text) > MAX_QUERY_LENGTH:
        raise RequestError(
            f"The query is {len(text)} characters long; the limit is {MAX_QUERY_LENGTH}.")
    if text.count('"') % 2:
        unmatched = text.rfind('"')  # quotes pair from the left: the last one is alone
        if unmatched and not text[unmatched - 1].isspace() and text[unmatched + 1:unmatched + 2] in ("", " "):
            raise RequestError('The query has a closing quote (") without an opening one: put one before the '
                               'phrase\'s first word or remove the quote.')
        raise RequestError(
            'The query has an opening quote (") without a closing one: close the phrase or remove the quote.')
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise RequestError("The query has a closing parenthesis without an opening one.")
        if depth > MAX_NESTING:
            raise RequestError(f"The query nests parentheses more than {MAX_NESTING} deep.")
    if depth:
        raise RequestError("The query has an opening parenthesis without a closing one.")
    outside_phrases = re.sub(r'"[^"]*"', ' "" ', text)  # a phrase stays one term: "a b" OR "c d"
    words = outside_phrases.replace("(", " ").replace(")", " ").split()
    for first, second in itertools.pairwise(words):
        if first in _OPERATORS and second in _OPERATORS and (second != "NOT" or first == "NOT"):
            raise RequestError(f"The query has the operators {first} {second} in a row: put a word between them "
                               f"(a NOT b, a OR b, a AND NOT b).")
    dangling = words and (words[-1] in _OPERATORS or words[0] in _OPERATORS - {"NOT"})
    if dangling:
        operator = words[0] if words[0] in _OPERATORS else words[-1]
        raise RequestError(f"The query starts or ends with the operator {operator}: put a word on each side of it.")
    if len(words) > MAX_TERMS:
        raise RequestError(f"The query has {len(words)} terms; the limit is {MAX_TERMS}: leave out words, or quote "
                           "those that go together (a phrase in quotes counts as one term).")
    for word in re.sub(r'"[^"]*"', '""', text).replace("(", " ").replace(")", " ").split():
        _check_field(word)
        if re.match(r"-[^\W\d_]", word):  # a web search engine's exclusion: here the dash is no operator
            raise RequestError(f"To leave out statements holding {word[1:]}, write NOT before it (forest NOT "
                               f"{word[1:]}): a dash before a word is no operator here.")
    for word in words:
        if (fuzzy := _FUZZY_EDITS.search(word)) and int(fuzzy.group(1)) > MAX_FUZZY_EDITS:
            raise RequestError(f"The fuzzy term {word} allows {fuzzy.group(1)} changed letters; the most is "
                               f"{MAX_FUZZY_EDITS} ({word[:fuzzy.start() + 1]}~{MAX_FUZZY_EDITS}), or write the word's "
                               "forms with OR.")
        term = word.split(":", 1)[-1]
        wild = min((term.find(ch) for ch in "*?" if ch in term), default=-1)
        if wild != -1 and len(term[:wild].strip('"(')) < WILDCARD_PREFIX:
            raise RequestError(f"The wildcard {term} needs at least {WILDCARD_PREFIX} letters before * or ?.")


class WrittenWildcardPlugin(Plugin):
    """Wildcards in title and body match the words as written, not their stems:
    `decoloni*` finds "decolonization" (indexed as the stem decolon), and
    `negotiations*` is not cut to the stem negoti. The wildcard's field becomes
    the field of those words (schema.WRITTEN_FIELDS) before its text is analyzed,
    so the text is folded and lowercased but not stemmed."""

    def filters(self, parser):
        return [(self.do_written, 120)]  # after field names (100) and the default fields (110) are set

    def do_written(self, parser, group):
        for node in group:
            if isinstance(node, syntax.GroupNode):
                self.do_written(parser, node)
            elif isinstance(node, (WildcardPlugin.WildcardNode, PrefixPlugin.PrefixNode)):
                node.fieldname = WRITTEN_FIELDS.get(node.fieldname, node.fieldname)
        return group


def make_parser(schema, title_boost: float = 1.0) -> MultifieldParser:
    parser = MultifieldParser(["title", "body"], schema, fieldboosts={"title": title_boost}, group=AndGroup,
                              phraseclass=QuotedPhrase)
    parser.remove_plugin_class(SingleQuotePlugin)  # apostrophes are common in names: Côte d'Ivoire
    parser.remove_plugin_class(PhrasePlugin)
    parser.add_plugin(QuotedPhrasePlugin())  # quotes keep the spelling as typed
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(WrittenWildcardPlugin())
    aliases = {field: [code_field] for field, code_field in _STATE_FACETS.values()}
    for user_name, field in QUERY_FIELDS.items():
        if user_name != field:
            aliases.setdefault(field, []).append(user_name)
    parser.add_plugin(FieldAliasPlugin(aliases))
    return parser


def expanded(q: wq.Query, reader) -> wq.Query:
    """The query with each fuzzy term replaced by an OR of the words it stands
    for, found once (Whoosh scans the vocabulary again at every use of a fuzzy
    term: matching, ranking, marks); RequestError if a wildcard or fuzzy term
    stands for too many words."""
    if isinstance(q, (wq.Wildcard, wq.Prefix, wq.FuzzyTerm, wq.Regex)):
        found = list(itertools.islice(q._btexts(reader), MAX_EXPANSIONS + 1))
        if len(found) > MAX_EXPANSIONS:
            raise RequestError(f"A wildcard or fuzzy term in the query matches more than {MAX_EXPANSIONS} "
                               "words: add letters before the * or ?, or to the word before ~.")
        if not isinstance(q, wq.FuzzyTerm):
            return q
        field = reader.schema[q.fieldname]
        # Whoosh's edit-distance scan gives words as text, other expansions as bytes.
        words = [word if isinstance(word, str) else field.from_bytes(word) for word in found]
        return wq.Or([wq.Term(q.fieldname, word, boost=q.boost) for word in words]) if words else wq.NullQuery
    if not q.children():
        return q
    return q.apply(lambda child: expanded(child, reader))


def _leaves(q: wq.Query):
    yield q
    for child in q.children():
        yield from _leaves(child)


def as_parsed(text: str) -> str:
    """The text the parser reads: unknown field names as words, pasted symbols as
    symbol fields. Each step keeps every character's place, so corrections can be
    placed back in what the user typed."""
    return pasted_symbols_as_fields(unknown_fields_as_text(text))


def unknown_fields_as_text(text: str) -> str:
    """'Note: mines' searches the words note and mines: a colon after a word
    that is not a field's name is punctuation, not a field (the colon becomes a space)."""
    def as_text(match: re.Match) -> str:
        return match.group(0) if match.group(1).lower() in QUERY_FIELDS else match.group(1) + " "

    pieces = text.split('"')
    return '"'.join(piece if index % 2 else _FIELD_PREFIX.sub(as_text, piece) for index, piece in enumerate(pieces))


def pasted_symbols_as_fields(text: str) -> str:
    """A UN symbol pasted into the query (S/2021/284, or "S/2021/284") searches
    the symbols that statements cite, whole, instead of the words s, 2021 and 284."""
    def to_field(match: re.Match) -> str:
        before = match.string[:match.start()]
        return match.group(0) if before.endswith(":") else f'symbol:"{match.group(0)}"'

    def quoted(piece: str, before: str) -> str:
        whole = vocabulary.symbol_pattern().fullmatch(piece[1:-1])
        return f"symbol:{piece}" if whole and not before.endswith(":") else piece

    pieces = re.split(r'("[^"]*")', text)  # a quoted piece is a symbol only if it is one whole
    return "".join(quoted(piece, pieces[index - 1]) if index % 2 else vocabulary.symbol_pattern().sub(to_field, piece)
                   for index, piece in enumerate(pieces))


def states_as_codes(text: str) -> str:
    """'country:Guinea' -> 'cc:GIN', padded to its length so every later character keeps its place; a
    wildcard, a fuzzy word, or words naming no State whole are left to search the names."""
    def coded(match: re.Match) -> str:
        value = match.group(2) or match.group(3)
        country = None if any(ch in value for ch in "*?~") else vocabulary.country_named(value)
        if country is None or text[:match.start()].count('"') % 2:
            return match.group(0)
        return f"{_STATE_FACETS[match.group(1).lower()][1]}:{country.iso3}".ljust(len(match.group(0)))

    return _STATE_FIELD.sub(coded, text)


def _codes_as_names(q: wq.Query) -> wq.Query:
    """The facet terms states_as_codes wrote, with the State's name the facet holds."""
    if isinstance(q, wq.Term) and q.fieldname in ("facet_country", "facet_mentions"):
        country = vocabulary.country_named(q.text)
        return wq.Term(q.fieldname, country.name, boost=q.boost) if country else q
    return q.apply(_codes_as_names) if q.children() else q


def parse_query(text: str, schema, title_boost: float = 1.0, checked: bool = False) -> wq.Query:
    """The user's query as a Whoosh query; an empty one browses everything.
    Words without a field are searched in titles (weighed `title_boost`) and
    bodies; small words in bodies only (small_words). `checked`: the text as typed has passed check_syntax already (its
    limits are the user's, not those of a text rewritten from it)."""
    text = (text or "").strip()
    if not text:
        return wq.Every()
    if not checked:
        check_syntax(text)
    try:
        parsed = _codes_as_names(make_parser(schema, title_boost).parse(states_as_codes(as_parsed(text))))
    except (IndexError, ValueError):  # what check_syntax did not foresee is still the user's to fix, not a 500
        raise RequestError(f"The query {text!r} could not be read: check its operators (AND, OR, NOT), quotes and "
                           "brackets.") from None
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise RequestError(f"The query {text!r} has no word to search for.")
    for node in _leaves(parsed):
        if isinstance(node, wq.FuzzyTerm):
            if len(node.text) <= FUZZY_PREFIX:
                raise RequestError(f"The fuzzy term {node.text}~ needs at least {FUZZY_PREFIX + 1} letters.")
            # Aliyev~ varies the word after its first letters: scanning every word is seconds.
            node.prefixlength = max(node.prefixlength, FUZZY_PREFIX)
            # Two edits turn a short word into dozens of others (peace~2: pea, per, peru ...), each one
            # more word to score in every statement: short words get one, as Elasticsearch's AUTO does.
            node.maxdist = min(node.maxdist, 1 if len(node.text) < FUZZY_TWO_EDITS_FROM else 2)
    return small_words_off_titles(parsed)
