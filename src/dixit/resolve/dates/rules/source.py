"""Sources, not sayings: "selon X", "d'après X" report a position held, with no day.

Such a statement inherits nothing, except in the headline, or when the source is a pronoun
("selon lui" goes on with the speaker before, and is dated like any continuation).
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome
from dixit.resolve.dates.verbs import by_source_preposition


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    mention = (statement.speaker_mention or "").strip().lower()
    if (
        by_source_preposition(statement, state.lexicon)
        and not state.in_headline(sentence)
        and mention not in state.pronouns
    ):
        return DateResolution.undated(Outcome.SOURCE)
    return None
