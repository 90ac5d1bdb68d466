"""Which spans hold a position, answered by bisection instead of a scan of every span.

Rules ask "is this character inside some statement's content?" once per reference or per
sentence; scanning every content of the article each time makes a long text cost the square
of its length. ``Cover`` sorts the spans once and answers each question in log time.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Cover:
    """A fixed set of (start, end) spans, asked whether any of them holds a position.

    Spans may overlap or nest. Sorted by start, with the running maximum of their ends: a
    span starting before a position holds it when the furthest end among those spans lies
    beyond the position.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def holds(self, position: int) -> bool:
        """Whether some span has ``start <= position < end``."""
        k = bisect.bisect_right(self._starts, position)
        return k > 0 and self._reach[k - 1] > position

    def holds_inside(self, position: int) -> bool:
        """Whether some span has ``start < position < end`` (strictly within, not on an edge)."""
        k = bisect.bisect_left(self._starts, position)
        return k > 0 and self._reach[k - 1] > position

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with [start, end): ``s < end and start < e``."""
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start
