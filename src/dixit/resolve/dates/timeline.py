"""The story's timeline, and writing a date on a statement.

The assigner keeps, in text order, each dated (or knowingly undated) statement or sentence
as an ``_Entry``: later statements without a cue inherit from it, and anaphoric cues ("la
veille") count from it. ``_Unit`` is one step of the walk. ``_set`` and ``_clear`` write a
statement's date fields; ``_resolved_of`` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from dixit.model import Span, Statement
from dixit.resolve.dates.anchoring import Resolved


@dataclass
class _Entry:
    """A point of the story's timeline: a dated (or knowingly undated) statement or sentence."""

    position: int
    block: int
    resolved: Resolved | None
    interview: bool
    statement: Statement | None
    sentence: Span
    background: bool = False


@dataclass
class _Unit:
    """What the assigner walks through in text order: a statement or a narrative sentence."""

    position: int
    sentence: Span
    statements: list[Statement] = field(default_factory=list)


def _resolved_of(statement: Statement) -> Resolved | None:
    if statement.statement_date is None or statement.date_precision is None:
        return None
    return Resolved(statement.statement_date, statement.date_precision)


def _clear(statement: Statement) -> None:
    statement.statement_date = None
    statement.date_precision = None
    statement.date_cue = None
    statement.date_cue_span = None
    statement.date_method = None
    statement.mentioned_times = []


def _set(
    statement: Statement,
    resolved: Resolved,
    cue: str | None,
    cue_span: Span | None,
    method: Literal["explicit", "relative", "inherited"],
) -> None:
    statement.statement_date = resolved.value
    statement.date_precision = resolved.precision if resolved.precision != "year" else None
    statement.date_cue = cue
    statement.date_cue_span = cue_span
    statement.date_method = method
