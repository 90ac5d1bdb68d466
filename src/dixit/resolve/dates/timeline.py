"""The story's timeline, a rule's answer, and writing a date on a statement.

The walk keeps, in text order, each dated (or knowingly undated) statement or sentence as an
``Entry``: later statements without a cue inherit from it, and anaphoric cues ("la veille")
count from it. ``Unit`` is one step of the walk. A rule answers with a ``DateResolution``;
``set_date`` and ``clear`` write a statement's date fields, ``resolved_of`` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from dixit.model import DateMethod, Span, Statement
from dixit.resolve.dates.anchoring import Resolved


@dataclass
class Entry:
    """A point of the story's timeline: a dated (or knowingly undated) statement or sentence."""

    position: int
    block: int
    resolved: Resolved | None
    interview: bool
    statement: Statement | None
    sentence: Span
    background: bool = False


@dataclass
class Unit:
    """What the walk goes through in text order: a statement's sentence or a narrative one."""

    position: int
    sentence: Span
    statements: list[Statement] = field(default_factory=list)


class Outcome(StrEnum):
    """How a rule decided a statement: dated, or why it stays undated."""

    DATED = "dated"
    #: its own cue gives no usable day (a future, a year)
    REJECTED = "rejected"
    #: its only cues date another event ("après sa visite mardi")
    BLOCKED = "blocked"
    #: a position held ("selon X"), not an utterance with a day
    SOURCE = "source"
    #: said before the story's time (pluperfect)
    PLUPERFECT = "pluperfect"
    #: a position held before the story's time, or not vouched for (imperfect, conditional)
    PAST_POSITION = "past_position"
    #: a rule found nothing to carry over, and says so
    UNDATED = "undated"
    #: no rule spoke: a neighbour in the same sentence may still date it
    OPEN = "open"


@dataclass(frozen=True)
class DateResolution:
    """A rule's answer for one statement: the date with its cue and method, or why none."""

    outcome: Outcome
    resolved: Resolved | None = None
    cue: str | None = None
    cue_span: Span | None = None
    method: DateMethod | None = None

    @classmethod
    def dated(
        cls,
        resolved: Resolved,
        method: DateMethod = DateMethod.INHERITED,
        cue: str | None = None,
        cue_span: Span | None = None,
    ) -> DateResolution:
        return cls(Outcome.DATED, resolved, cue, cue_span, method)

    @classmethod
    def undated(cls, outcome: Outcome) -> DateResolution:
        return cls(outcome)


def resolved_of(statement: Statement) -> Resolved | None:
    """The date already written on ``statement``, if any."""
    if statement.statement_date is None or statement.date_precision is None:
        return None
    return Resolved(statement.statement_date, statement.date_precision)


def clear(statement: Statement) -> None:
    statement.statement_date = None
    statement.date_precision = None
    statement.date_cue = None
    statement.date_cue_span = None
    statement.date_method = None
    statement.mentioned_times = []


def set_date(
    statement: Statement,
    resolved: Resolved,
    cue: str | None,
    cue_span: Span | None,
    method: DateMethod,
) -> None:
    statement.statement_date = resolved.value
    statement.date_precision = resolved.precision if resolved.precision != "year" else None
    statement.date_cue = cue
    statement.date_cue_span = cue_span
    statement.date_method = method


def apply(statement: Statement, resolution: DateResolution) -> None:
    """Write a dated resolution on its statement (an undated one leaves it as it is)."""
    if resolution.outcome is Outcome.DATED and resolution.resolved is not None:
        method = resolution.method or DateMethod.INHERITED
        set_date(statement, resolution.resolved, resolution.cue, resolution.cue_span, method)
