"""A participial statement hangs on the reporting verb before it, in the same sentence.

"…, a déclaré la ministre jeudi, estimant que …", "a insisté X, soulignant que …": the
participle says what the speaker did while making the statement its clause is attached to,
so it takes that statement's date (and its lack of one).
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome, resolved_of
from dixit.resolve.dates.verbs import tense


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if statement.cue_span is None or tense(statement, state.lexicon) != "participle":
        return None
    sentence = state.walked_sentence(statement)
    host = None
    # A statement walked in this sentence has its content in it: only those near it count.
    for other in state.near_in_order(sentence):
        if other is statement or other.cue_span is None:
            continue
        if other.cue_span[1] > statement.cue_span[0]:
            continue
        if state.walked_sentence(other) != sentence or state.ancestor(other) is not None:
            continue
        if tense(other, state.lexicon) != "participle":
            host = other  # the last finite reporting verb before the participle
    if host is None:
        return None
    carried = resolved_of(host)
    if carried is None:
        return DateResolution.undated(Outcome.UNDATED)
    return DateResolution.dated(carried)
