"""The reading view's body: Markdown rendered with every hit marked.

markdown-it-py renders with raw HTML off, so markup in a statement is shown
as text. Hits are found per inline run (a paragraph's text across its bold
and italic pieces), so a phrase is marked even where emphasis splits it; the
marks then go into each piece of text as it is escaped. Each paragraph gets
an id for permalinks and each mark an id for next/previous navigation, and
each UN symbol cited in the text links to the statements citing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markupsafe import escape

from archive.highlight import HitTerms, mark
from archive.markdown_text import inline_text, looks_like_markdown
from archive.vocabulary import symbol_pattern

_TEXT_PIECES = {"text", "code_inline", "softbreak", "hardbreak", "image"}


@dataclass(frozen=True)
class RenderedBody:
    html: str
    hits: int


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True})
    md.add_render_rule("text", _render_text)
    md.add_render_rule("paragraph_open", _render_paragraph_open)
    return md


def _render_text(self, tokens, idx, options, env):
    token = tokens[idx]
    return mark(token.content, token.meta.get("spans", ()))


def _render_paragraph_open(self, tokens, idx, options, env):
    env["paragraphs"] = env.get("paragraphs", 0) + 1
    number = env["paragraphs"]
    return f'<p id="p{number}"><a class="para-link" href="#p{number}" aria-label="Link to paragraph {number}">¶</a> '


def render_body(body: str, wanted: HitTerms, symbol_url: Callable[[str], str] | None = None) -> RenderedBody:
    """The body as HTML with hits marked; with `symbol_url`, cited symbols are links to it."""
    rendered = _render_markdown(body, wanted) if looks_like_markdown(body) else _render_plain(body, wanted)
    return _number_marks(_link_symbols(rendered, symbol_url) if symbol_url else rendered)


def _render_markdown(body: str, wanted: HitTerms) -> str:
    md = _parser()
    tokens = md.parse(body)
    if wanted:
        for token in tokens:
            if token.type == "inline" and token.children:
                _assign_spans(token, wanted)
    return md.renderer.render(tokens, md.options, {})


def _render_plain(body: str, wanted: HitTerms) -> str:
    """Plain text needs no Markdown parser: paragraphs at blank lines, line
    breaks kept, the same markup markdown-it would give for it."""
    paragraphs = []
    for number, block in enumerate((b.strip("\n") for b in body.split("\n\n") if b.strip()), start=1):
        spans = wanted.spans_in(block)
        html = mark(block, spans).replace("\n", "<br>\n")
        paragraphs.append(f'<p id="p{number}"><a class="para-link" href="#p{number}" '
                          f'aria-label="Link to paragraph {number}">¶</a> {html}</p>')
    return "\n".join(paragraphs) + "\n"


def _assign_spans(inline, wanted: HitTerms) -> None:
    text = inline_text(inline)
    spans = wanted.spans_in(text)
    offset = 0
    for child in inline.children:
        if child.type not in _TEXT_PIECES:
            continue
        length = len(child.content) if child.type in ("text", "code_inline", "image") else 1
        if child.type == "text":
            child.meta["spans"] = [
                (max(start, offset) - offset, min(end, offset + length) - offset)
                for start, end in spans
                if start < offset + length and end > offset
            ]
        offset += length


_TAG = re.compile(r"(<[^>]*>)")


def _link_symbols(html: str, symbol_url: Callable[[str], str]) -> str:
    """Each symbol in the text of `html` (not in its tags, nor inside a link
    already) made a link. Symbols hold no character that escaping changes."""
    pieces = _TAG.split(html)
    in_link = 0
    for index, piece in enumerate(pieces):
        if index % 2:
            if piece.startswith("<a ") or piece == "<a>":
                in_link += 1
            elif piece == "</a>":
                in_link -= 1
        elif not in_link and piece:
            pieces[index] = symbol_pattern().sub(
                lambda match: f'<a class="symbol" href="{escape(symbol_url(match.group(0)))}">{match.group(0)}</a>',
                piece)
    return "".join(pieces)


def _number_marks(html: str) -> RenderedBody:
    """Give each <mark> an id (hit-1, hit-2 ...); text was escaped, so every
    '<mark>' here is one of ours."""
    pieces = html.split("<mark>")
    out = [pieces[0]]
    for number, piece in enumerate(pieces[1:], start=1):
        out.append(f'<mark id="hit-{number}">{piece}')
    return RenderedBody("".join(out), len(pieces) - 1)
