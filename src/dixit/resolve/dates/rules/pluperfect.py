"""A statement reported in the pluperfect ("avait affirmé") was made before the story's time:
it has nothing to inherit."""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome
from dixit.resolve.dates.verbs import is_pluperfect


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if is_pluperfect(statement, state.lexicon):
        return DateResolution.undated(Outcome.PLUPERFECT)
    return None
