"""Text from an HTML page: scripts, styles, navigation and site furniture
dropped; block elements become lines, so header lines stay lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never the statement.
_SKIPPED = {"head", "script", "style", "noscript", "template", "svg", "nav", "form", "button", "select", "aside",
            "footer", "iframe", "object"}
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "blockquote",
           "pre", "dd", "dt", "table", "ul", "ol", "main", "header", "hr"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "track"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.open: list[str] = []

    def _skipped(self, tag: str) -> bool:
        # A page's <header> is site furniture, unless it heads the article itself.
        return tag in _SKIPPED or (tag == "header" and not {"article", "main"} & set(self.open))

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag in _BLOCKS and not self.skipping:
                self.parts.append("\n")
            return
        self.open.append(tag)
        if self.skipping or self._skipped(tag):
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if tag in {"p", "h1", "h2", "h3", "h4", "h5", "h6"} else "\n")

    def handle_endtag(self, tag):
        if tag in _VOID or tag not in self.open:
            return
        while self.open:
            closed = self.open.pop()
            if self.skipping:
                self.skipping -= 1
            elif closed in _BLOCKS:
                self.parts.append("\n")
            if closed == tag:
                break

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def decode(data: bytes) -> str:
    """UTF-8, else the charset the page declares."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _CHARSET.search(data[:4096])
        if not declared:
            raise ValueError("not UTF-8 and no charset declared; save it as UTF-8") from None
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="strict")
        except (LookupError, UnicodeDecodeError):
            raise ValueError(f"not valid {declared.group(1).decode('ascii', 'replace')} text") from None


def to_text(data: bytes) -> str:
    collector = _TextCollector()
    collector.feed(decode(data))
    collector.close()
    text = "".join(collector.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
