"""A continuation verb ("a-t-il ajouté", "poursuit-elle") of the same speaker as the statement
read just before carries that statement's date, or its lack of one."""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.speakers import same_speaker
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome, resolved_of
from dixit.resolve.dates.verbs import continues


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    previous = state.previous(statement)
    if previous is None or not continues(statement, state.lexicon):
        return None
    if not same_speaker(previous, statement, state.pronouns, state.grammar.name_openers):
        return None
    carried = resolved_of(previous)
    if carried is None:
        return DateResolution.undated(Outcome.UNDATED)
    return DateResolution.dated(carried)
