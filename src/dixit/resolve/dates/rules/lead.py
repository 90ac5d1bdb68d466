"""The headline and the lead report the day's news: they take the lead's day.

The lead's day is its first day cue outside quote marks. Without one, only the headline takes
the publication day (it is the page's own news); the lead's statements stay for the other
rules, since no word dates them. A statement of the lead told before the sentence whose day
word gives the lead's day is not dated by it: the day belongs to the news told after it
("Le parquet a confirmé l'interpellation. Un homme a été interpellé vendredi …"). A
statement in the pluperfect ("avait dénoncé") was made before the day's news, and takes none
of it.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) not in state.lead:
        return None
    if is_pluperfect(statement, state.lexicon):
        return None  # said before the day's news ("le maire avait dénoncé …")
    day = state.lead_time
    index = state.sentence_index(sentence[0])
    if day is not None and index < state.lead_day_sentence and not state.in_headline(sentence):
        day = None
    if day is None and state.published is not None and state.in_headline(sentence):
        day = Resolved(state.published, "day")
    return DateResolution.dated(day) if day is not None else None
