"""Times inside a statement's content: nested reported speech and mentioned times.

A time inside content is what was talked about, never when it was said, except for speech
reported inside speech, which only a cue inside the outer content dates (``date_nested``).
``mention_times`` lists every time a content mentions, counted from the day its words were
spoken (``speech_anchor``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved, nearest_day, resolve_expression
from dixit.resolve.dates.cues import applicable, leading, resolve_cue
from dixit.resolve.dates.spans import distance, inside
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import set_date

#: kinds that count from the timeline, not from a day of speaking
REFERRING_KINDS = ("continuation", "same_interview", "anaphoric_event", "anaphoric")


def date_nested(state: DateState, statement: Statement, outer: Statement) -> None:
    """Reported speech inside reported speech: only a cue inside the outer content dates it."""
    region = outer.content_span
    own = statement.content_span
    excluded = [
        st.content_span
        for st in state.near_in_order(region)
        if st.content_span != region and inside(st.content_span, region)
    ]
    if own not in excluded:
        excluded.append(own)
    cues = [
        e
        for e in state.frame_expressions(region, excluded)
        if applicable(state, e, region, excluded, statement.cue_span)
        and e.kind not in REFERRING_KINDS
    ]
    if not cues:
        return
    anchor = statement.cue_span or own
    cue = min(cues, key=lambda e: (distance(e.span, anchor), e.span[0]))
    resolved = resolve_cue(state, cue, anchor=speech_anchor(state, outer))
    if resolved and not resolved.future and resolved.precision != "year":
        method = DateMethod.EXPLICIT if cue.kind == "explicit" else DateMethod.RELATIVE
        set_date(statement, resolved, cue.text, cue.span, method)


def speech_anchor(state: DateState, statement: Statement) -> date | None:
    """The day that deictic words in ``statement``'s content count from.

    In quoted words "hier" counts from the day they were said; in indirect speech the
    journalist has already shifted it to the day of publication.
    """
    if statement.kind == "indirect":
        return state.published
    if statement.date_precision == "day":
        return statement.statement_date
    return None


def mention_times(state: DateState, statement: Statement) -> None:
    """Set ``statement.mentioned_times``: each time its content mentions, with its value."""
    anchor = speech_anchor(state, statement)
    reference = (
        Resolved(statement.statement_date, statement.date_precision)
        if statement.statement_date and statement.date_precision
        else None
    )
    mentioned: list[dict[str, Any]] = []
    opening = leading(state, statement)
    for expr in state.expressions_starting(*statement.content_span):
        if not inside(expr.span, statement.content_span) or expr in opening:
            continue
        if expr.kind in REFERRING_KINDS:
            resolved = resolve_expression(expr, anchor, reference, state.lexicon)
        elif expr.kind == "explicit" and expr.year is not None:
            resolved = resolve_expression(expr, None, None, state.lexicon)
        elif expr.kind == "explicit" and anchor:
            resolved = nearest_day(expr, anchor)
        else:
            resolved = resolve_expression(expr, anchor, None, state.lexicon) if anchor else None
        mentioned.append(
            {
                "text": expr.text,
                "span": [expr.span[0], expr.span[1]],
                "value": resolved.timex() if resolved else None,
            }
        )
    statement.mentioned_times = mentioned
