"""The headline and the lead report the day's news: they take the lead's day.

The lead's day is its first day cue; without one, the publication date, except for a
statement of the lead in the present ("Le maire estime que …"): a position held, not an
utterance of the day (a headline still takes the publication date). A statement in the
pluperfect ("avait dénoncé") was made before the day's news, and takes none of it.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect, tense


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) not in state.lead:
        return None
    if is_pluperfect(statement, state.lexicon):
        return None  # said before the day's news ("le maire avait dénoncé …")
    day = state.lead_time
    if day is None and state.published is not None:
        # without a day in the lead, the day's news is the publication day; a statement of
        # the lead in the present ("X estime …") is a position held, which no day pins
        present = tense(statement, state.lexicon) == "present"
        if state.in_headline(sentence) or not present:
            day = Resolved(state.published, "day")
    return DateResolution.dated(day) if day is not None else None
