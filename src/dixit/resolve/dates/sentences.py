"""Sentences and spans: the text structure dates are assigned on.

``sentence_spans`` cuts paragraphs into sentences without cutting inside quote marks or a
statement's content, since a cue dates the statements of its own sentence. Abbreviations that
end in a full stop without ending a sentence ("M.", "Dr.") come from the language's grammar.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from dixit.intervals import Cover
from dixit.model import Span

QUOTE_OPEN = "«“"
QUOTE_CLOSE = "»”"
SENTENCE_END = ".!?…"
#: the characters ``sentence_spans`` reads: quote marks and sentence ends
_MARKS = re.compile("[" + re.escape(QUOTE_OPEN + QUOTE_CLOSE + '"' + SENTENCE_END) + "]")


def sentence_spans(
    text: str,
    paragraphs: Sequence[Span],
    protected: Sequence[Span],
    abbreviations: frozenset[str],
    cover: Cover | None = None,
) -> list[Span]:
    """Sentences within paragraphs, never cut inside quote marks or a statement's content.

    A sentence ends at . ! ? … outside quote marks, or at a closing quote mark right after one
    of them (« Nous tiendrons. » La maire …), when a capital or an opening quote follows; a
    full stop after one of ``abbreviations`` (lower-case) or a single letter ends nothing.
    """
    spans: list[Span] = []
    # ``cover``: ``protected`` already indexed (a caller asking per sentence builds it once).
    inside_protected = (cover or Cover(protected)).holds_inside
    for p_start, p_end in paragraphs:
        para = text[p_start:p_end]
        track_guillemets = para.count("«") == para.count("»")
        track_curly = para.count("“") == para.count("”")
        track_straight = para.count('"') % 2 == 0
        depth, straight = 0, False
        start = p_start
        # Only quote marks and sentence ends change anything below: the loop jumps between them.
        for mark in _MARKS.finditer(text, p_start, p_end):
            i = mark.start()
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
                if not before or before[-1] not in SENTENCE_END:
                    continue
            elif ch not in SENTENCE_END or depth or straight:
                continue
            end = i + 1
            while end < p_end and text[end] in SENTENCE_END + QUOTE_CLOSE + ")":
                end += 1
            if end >= p_end or not text[end].isspace():
                continue
            following = text[end:p_end].lstrip()
            if not following or not (following[0].isupper() or following[0] in QUOTE_OPEN + '"-–—'):
                continue
            word = re.search(r"(\w+)\.$", text[start : i + 1]) if ch == "." else None
            if word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1):
                continue
            if inside_protected(end):
                continue
            spans.append((start, end))
            start = end + (len(text[end:p_end]) - len(text[end:p_end].lstrip()))
        if start < p_end:
            spans.append((start, p_end))
    return spans


def from_parser(
    text: str,
    paragraphs: Sequence[Span],
    parsed: Sequence[Span],
    protected: Sequence[Span],
    abbreviations: frozenset[str],
) -> list[Span]:
    """The parser's sentences as the date rules need them.

    Each is clipped to its paragraph and trimmed of spaces. A parser boundary is kept only
    where a sentence can end: after . ! ? … (and closing quote marks), not after an
    abbreviation or an initial, outside quote marks and outside every statement's content;
    elsewhere ("Karin | Keller-Sutter", "« … » | , a noté M. Zhao.") the pieces join, since a
    cue dates the statements of its own sentence and a quotation is one utterance.
    """
    spans: list[Span] = []
    starts = sorted(parsed)
    # The running furthest end of the sorted sentences: those before the first whose reach
    # passes a paragraph's start end before it, so each paragraph reads only its own.
    reach = list(accumulate((e for _, e in starts), max, initial=-1))[1:]
    inside = Cover(protected)
    for p_start, p_end in paragraphs:
        pieces: list[Span] = []
        for k in range(bisect_right(reach, p_start), len(starts)):
            s_start, s_end = starts[k]
            if s_start >= p_end:
                break
            start, end = max(s_start, p_start), min(s_end, p_end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start < end:
                pieces.append((start, end))
        if not pieces:
            spans.append((p_start, p_end))
            continue
        pieces[0] = (p_start, pieces[0][1])
        pieces[-1] = (pieces[-1][0], p_end)
        merged = [pieces[0]]
        for start, end in pieces[1:]:
            if can_end(text, p_start, p_end, merged[-1], start, inside, abbreviations):
                merged.append((start, end))
            else:
                merged[-1] = (merged[-1][0], end)
        for sentence in merged:
            # the parser may miss an end ("… en russe. \"C'est …\", a fustigé X."): cut
            # where text never parsed would be cut
            spans.extend(sentence_spans(text, [sentence], protected, abbreviations, inside))
    return spans


def can_end(
    text: str,
    p_start: int,
    p_end: int,
    before: Span,
    start: int,
    protected: Cover,
    abbreviations: frozenset[str],
) -> bool:
    """Whether a sentence may end between ``before`` and the text at ``start``."""
    if protected.holds_inside(start):
        return False
    para, opened = text[p_start:p_end], text[p_start:start]
    if para.count("«") == para.count("»") and opened.count("«") > opened.count("»"):
        return False
    if para.count("“") == para.count("”") and opened.count("“") > opened.count("”"):
        return False
    if para.count('"') % 2 == 0 and opened.count('"') % 2:
        return False
    last = text[before[0] : before[1]].rstrip(QUOTE_CLOSE + '")').rstrip()
    if not last or last[-1] not in SENTENCE_END:
        return False
    word = re.search(r"(\w+)\.$", last)
    if word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1):
        return False
    following = text[start]
    return following.isupper() or following in QUOTE_OPEN + '"-–—'
