"""Answers kept in memory, per served build, within a budget of bytes.

A search page, its facets and a reading view's "more like this" are asked
for again and again (the front page, a shared link, a facet clicked back and
forth); within one build the answer cannot change. The key always holds the
build the answer came from, and the cache empties when another build is
served, so a new build can never be answered from an old one. Least recently
used answers go first when the budget is spent.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

Value = TypeVar("Value")

DEFAULT_BUDGET = 32 * 1024 * 1024  # bytes of text kept per process (each server worker has its own)


class ResultCache:
    """A least-recently-used map bounded by the size its callers measure, for one build at a time."""

    def __init__(self, budget: int = DEFAULT_BUDGET):
        self.budget = budget
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._build: object = None
        self._used = 0

    def serve(self, build: object) -> None:
        """From now on answers are of `build`: those of the previous one are dropped."""
        with self._lock:
            if build != self._build:
                self._entries.clear()
                self._build, self._used = build, 0

    def get(self, build: object, key: Hashable, compute: Callable[[], Value], size: Callable[[Value], int]) -> Value:
        """The answer for `key` in `build`: kept, or computed now (outside the lock) and kept if
        it fits and `build` is still the one served (a slow answer of an old build is not kept)."""
        with self._lock:
            if build == self._build and key in self._entries:
                self._entries.move_to_end(key)
                return self._entries[key][0]
        value = compute()
        cost = size(value)
        if cost > self.budget:
            return value
        with self._lock:
            if build != self._build:
                return value
            if key not in self._entries:
                self._entries[key] = (value, cost)
                self._used += cost
            while self._used > self.budget:
                _key, (_value, dropped) = self._entries.popitem(last=False)
                self._used -= dropped
        return value

    def __len__(self) -> int:
        return len(self._entries)
