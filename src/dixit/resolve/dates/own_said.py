"""Sayings read as nested in another's content whose reporting verb stands outside it.

"X dénonce « les mensonges du ministre », Jean Dupin, qui avait lancé mardi matin : « … »":
the outer content ran over the speaker's name, so the saying is read as nested, yet the
narrator tells it, with a day of its own in its cue's adjuncts. ``contents.date_nested``
reads day words only inside the outer content; these sayings are dated by their own cue
during the walk instead, so that the same speaker's later words may carry their day.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.rules import own_cue
from dixit.resolve.dates.spans import overlaps
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import Entry, apply, resolved_of
from dixit.resolve.dates.verbs import is_pluperfect


def said_outside_outer(state: DateState, statement: Statement) -> bool:
    """Whether a statement read as nested in another's content has its reporting verb outside
    that content: "X dénonce « les mensonges du ministre », Jean Dupin, qui avait lancé mardi
    matin : « … »" (the outer content ran over the speaker's name): the narrator tells that
    saying, whose own cue's adjuncts give its day, not the outer content's words."""
    outer = state.ancestor(statement)
    if outer is None or statement.cue_span is None:
        return False
    return not overlaps(statement.cue_span, outer.content_span)


def date_own_said(state: DateState, sentence: tuple[int, int], own_said: list[Statement]) -> None:
    """Date the statements of ``said_outside_outer`` told in ``sentence`` by their own cue
    (``rules.own_cue``) after the outer content, before the walk goes on: the same speaker's
    later words may carry their day (session 21). A day told before the outer content is the
    outer saying's ("Mardi, le syndicat a dénoncé …"), and the walk has used it."""
    for statement in own_said:
        if not overlaps(state.walked_sentence(statement), sentence):
            continue
        resolution = own_cue.resolve(statement, state)
        outer = state.ancestor(statement)
        if resolution is None or resolution.cue_span is None or outer is None:
            continue
        if resolution.cue_span[0] < outer.content_span[1]:
            continue  # the outer saying's day ("Mardi, le syndicat a dénoncé …"), not this one's
        apply(statement, resolution)
        state.timeline.append(
            Entry(
                state.statement_range(statement)[0],
                state.block_of(state.statement_end(statement)),
                resolved_of(statement),
                state.mentions_interview(sentence, state.contents_in(sentence)),
                statement,
                sentence,
                is_pluperfect(statement, state.lexicon),
            )
        )
