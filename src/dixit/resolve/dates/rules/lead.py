"""The headline and the lead report the day's news: they take the lead's day.

The lead's day is its first day cue; without one, the publication date.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) not in state.lead:
        return None
    day = state.lead_time or (
        Resolved(state.published, "day") if state.published is not None else None
    )
    return DateResolution.dated(day) if day is not None else None
