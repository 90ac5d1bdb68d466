"""An article's text cut into runs for display: plain text, or a statement's speaker, cue
or content.

Statements may overlap (a report nested in another, a cue inside a quotation), so each
stretch of text shows the innermost thing it belongs to: a speaker mention or a cue before
the content around it, and of two contents the shorter. The cut is one sweep over the
span boundaries, so an article with many statements costs no more than its spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from dixit.model import Statement


class Role(StrEnum):
    """What a highlighted run of text is, for its CSS class."""

    speaker = "speaker"
    cue = "cue"
    content = "content"


#: Which role shows when spans overlap: lower first.
_RANK = {Role.speaker: 0, Role.cue: 1, Role.content: 2}


@dataclass(frozen=True)
class Run:
    """A stretch of text; ``statement`` is the index of its statement, None for plain text."""

    text: str
    role: Role | None = None
    statement: int | None = None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    role: Role
    statement: int

    def rank(self) -> tuple[int, int, int]:
        return _RANK[self.role], self.end - self.start, self.statement


def statement_spans(statements: Sequence[Statement], length: int) -> list[_Span]:
    spans = []
    for index, s in enumerate(statements):
        for role, span in (
            (Role.content, s.content_span),
            (Role.cue, s.cue_span),
            (Role.speaker, s.speaker_mention_span),
        ):
            if span is None:
                continue
            start, end = max(0, span[0]), min(length, span[1])
            if start < end:
                spans.append(_Span(start, end, role, index))
    return spans


def runs(text: str, statements: Sequence[Statement]) -> list[Run]:
    """``text`` as consecutive runs covering it exactly, each marked by its innermost span."""
    spans = statement_spans(statements, len(text))
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[_Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    active: list[_Span] = []
    out: list[Run] = []
    for left, right in pairwise(cuts):
        active = [s for s in active if s.end > left] + starting.get(left, [])
        piece = text[left:right]
        if not active:
            out.append(Run(piece))
            continue
        best = min(active, key=_Span.rank)
        out.append(Run(piece, best.role, best.statement))
    return _merged(out)


def _merged(pieces: list[Run]) -> list[Run]:
    """Neighbouring runs of the same role and statement as one."""
    merged: list[Run] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last and (last.role, last.statement) == (piece.role, piece.statement):
            merged[-1] = Run(last.text + piece.text, last.role, last.statement)
        else:
            merged.append(piece)
    return merged
