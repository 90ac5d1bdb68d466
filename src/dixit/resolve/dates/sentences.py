"""Sentences and spans: the text structure dates are assigned on.

``_sentence_spans`` cuts paragraphs into sentences without cutting inside quote marks or a
statement's content, since a cue dates the statements of its own sentence. The span helpers
(inside, overlaps, distance) are shared by the whole package.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dixit.intervals import Cover
from dixit.model import Span

_QUOTE_OPEN = "«“"
_QUOTE_CLOSE = "»”"
_SENTENCE_END = ".!?…"
_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mr"})


def _sentence_spans(text: str, paragraphs: Sequence[Span], protected: Sequence[Span]) -> list[Span]:
    """Sentences within paragraphs, never cut inside quote marks or a statement's content.

    A sentence ends at . ! ? … outside quote marks, or at a closing quote mark right after one
    of them (« Nous tiendrons. » La maire …), when a capital or an opening quote follows.
    """
    spans: list[Span] = []
    inside_protected = Cover(protected).holds_inside
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        track_guillemets = para.count("«") == para.count("»")
        track_curly = para.count("“") == para.count("”")
        track_straight = para.count('"') % 2 == 0
        depth, straight = 0, False
        start = p_start
        for i in range(p_start, p_end):
            ch = text[i]
            closed = False
            if ch in "«“" and (track_guillemets if ch == "«" else track_curly):
                depth += 1
            elif ch in "»”" and (track_guillemets if ch == "»" else track_curly):
                depth = max(0, depth - 1)
                closed = depth == 0 and not straight
            elif ch == '"' and track_straight:
                straight = not straight
                closed = not straight and depth == 0
            if closed:
                before = text[start:i].rstrip()
                if not before or before[-1] not in _SENTENCE_END:
                    continue
            elif ch not in _SENTENCE_END or depth or straight:
                continue
            end = i + 1
            while end < p_end and text[end] in _SENTENCE_END + _QUOTE_CLOSE + ")":
                end += 1
            if end >= p_end or not text[end].isspace():
                continue
            following = text[end:p_end].lstrip()
            if not following or not (
                following[0].isupper() or following[0] in _QUOTE_OPEN + '"-–—'
            ):
                continue
            word = re.search(r"(\w+)\.$", text[start : i + 1]) if ch == "." else None
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
            if inside_protected(end):
                continue
            spans.append((start, end))
            start = end + (len(text[end:p_end]) - len(text[end:p_end].lstrip()))
        if start < p_end:
            spans.append((start, p_end))
    return spans


def _inside(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _distance(a: Span, b: Span) -> int:
    if _overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]
