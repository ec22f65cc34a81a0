"""Regexes built from word lists (the vocabularies in archive/data)."""

from __future__ import annotations

import re


def trie_pattern(words) -> str:
    """One regex alternative for many words, factored by common prefixes so
    the engine does not try each word in turn at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends_here = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends_here else body

    return build(trie)
