"""Span arithmetic shared by the date rules: containment, overlap and distance of offsets."""

from __future__ import annotations

from dixit.model import Span


def inside(inner: Span, outer: Span) -> bool:
    """Whether ``inner`` lies wholly within ``outer``."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def overlaps(a: Span, b: Span) -> bool:
    """Whether the two spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def overlap(a: Span, b: Span) -> int:
    """How many characters the two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def distance(a: Span, b: Span) -> int:
    """Characters between two spans (0 when they overlap): the nearest cue wins."""
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]
