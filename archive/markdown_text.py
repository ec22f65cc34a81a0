"""Plain text from a Markdown body, for the index and its snippets.

Statement bodies may carry Markdown (bold headers, *inter alia*). The reading
view renders it; search snippets must not show the asterisks, so the index
holds the text as a reader sees it. Plain text passes through untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

# Markup worth parsing for: emphasis, headings, links, block quotes, code.
_MARKDOWN_SYNTAX = re.compile(r"\*\*|__|(?<!\w)\*\S|^#{1,6}\s|\]\(|^>\s|`|  $", re.MULTILINE)

_INLINE_TEXT = {"text", "code_inline"}
_INLINE_BREAKS = {"softbreak", "hardbreak"}


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """CommonMark with raw HTML off: markup in a source is shown, never run."""
    return MarkdownIt("commonmark", {"html": False})


def looks_like_markdown(text: str) -> bool:
    return bool(_MARKDOWN_SYNTAX.search(text))


def plain_text(body: str) -> str:
    """The body's text without Markdown markup, blocks separated by blank lines."""
    if not looks_like_markdown(body):
        return body
    blocks: list[str] = []
    for token in markdown_parser().parse(body):
        if token.type == "inline":
            blocks.append(inline_text(token))
        elif token.type in ("code_block", "fence"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(block for block in blocks if block)


def inline_text(token) -> str:
    """The text of one inline token, line breaks kept as newlines."""
    parts = []
    for child in token.children or ():
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _INLINE_BREAKS:
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)
