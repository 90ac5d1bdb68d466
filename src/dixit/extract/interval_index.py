"""Indexes over an article's quotations and cues, built once so that a long article costs
what its pieces cost (a rule asking "which quotation holds this character?" once per cue
must not scan every quotation of the article).

Each index gives the same answer as the scan it replaces, in the same order: it only
narrows the list the scan reads, and falls back to the whole list when the list is not in
the order the narrowing needs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class IntervalIndex(Generic[T]):
    """The items whose interval ``[low(item), high(item)]`` reaches a range, in list order.

    ``around(lo, hi)`` returns, in the items' order, every item with ``low <= hi`` and
    ``high >= lo`` when both keys never decrease along the list and no item ends before it
    starts (quotations in text order): one slice found by bisection. Otherwise it returns
    the whole list. Either way the caller applies its own test to what it gets, which keeps
    the scan's answer.
    """

    def __init__(
        self, items: Sequence[T], low: Callable[[T], int], high: Callable[[T], int]
    ) -> None:
        self.items = list(items)
        self.lows = [low(item) for item in self.items]
        self.highs = [high(item) for item in self.items]
        self.monotone = (
            all(a <= b for a, b in zip(self.lows, self.lows[1:], strict=False))
            and all(a <= b for a, b in zip(self.highs, self.highs[1:], strict=False))
            and all(a <= b for a, b in zip(self.lows, self.highs, strict=True))
        )

    def around(self, lo: int, hi: int) -> list[T]:
        if not self.monotone:
            return self.items
        first = bisect.bisect_left(self.highs, lo)
        last = bisect.bisect_right(self.lows, hi)
        return self.items[first:last] if first < last else []


class PointIndex:
    """Whether any of a set of positions falls in a range: sorted once, then bisected."""

    def __init__(self, points: Sequence[int]) -> None:
        self.points = sorted(points)

    def any_in(self, lo: int, hi: int, closed_low: bool, closed_high: bool) -> bool:
        """Any point ``p`` with ``lo <(=) p <(=) hi``, each bound closed when asked."""
        k = (bisect.bisect_left if closed_low else bisect.bisect_right)(self.points, lo)
        if k == len(self.points):
            return False
        p = self.points[k]
        return p <= hi if closed_high else p < hi


def first_by_key(items: Sequence[T], key: Callable[[T], int]) -> dict[int, T]:
    """The first item of the list for each key: ``next(i for i in items if key(i) == k)``."""
    found: dict[int, T] = {}
    for item in items:
        found.setdefault(key(item), item)
    return found


class GrowingSpans(Generic[T]):
    """Items by the start of their span, kept sorted as items are added, with the longest
    span so far: the items whose span may hold a range start within ``longest`` of it."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.items: list[T] = []
        self.longest = 0

    def add(self, span: tuple[int, int], item: T) -> None:
        k = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(k, span[0])
        self.items.insert(k, item)
        self.longest = max(self.longest, span[1] - span[0])

    def could_hold(self, start: int, end: int) -> list[T]:
        """Every item whose span ``(s, e)`` has ``s <= start`` and ``end <= e`` (and maybe
        others): such a span starts at ``end - longest`` or after."""
        first = bisect.bisect_left(self.starts, end - self.longest)
        last = bisect.bisect_right(self.starts, start)
        return self.items[first:last] if first < last else []
