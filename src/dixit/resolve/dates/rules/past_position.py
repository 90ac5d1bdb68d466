"""A saying in the imperfect, contrasted with the story's present, has no day to inherit.

"Alors qu'elle proposait une retraite à 60 ans, elle avait changé d'avis": the imperfect after
a contrast opener ("alors que", "tandis que": ``past_position_openers`` in ``time.yaml``)
tells a position held before the story's time (a programme, an earlier campaign), not a
saying on the day of the news. Only its own day word would date it (``own_cue`` comes first);
it takes no day from the lead, its speaker's occasion, its paragraph or a neighbour in its
sentence. The imperfect alone is not enough: real copy tells a dated scene in it ("« … »,
tentait de leur expliquer le directeur" on the morning of a strike), and so does a clause
after the main one ("hué alors qu'il expliquait …": at the same time).
"""

from __future__ import annotations

import re

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome
from dixit.resolve.dates.verbs import is_imperfect

#: what ends the clause a contrast opener begins
CLAUSE_END = re.compile(r"[,;:]")


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if statement.cue_span is None or not is_imperfect(statement, state.lexicon):
        return None
    if opened_by_contrast(state, statement):
        return DateResolution.undated(Outcome.PAST_POSITION)
    return None


def opened_by_contrast(state: DateState, statement: Statement) -> bool:
    """Whether the reporting verb's clause is a contrast opener's, fronted at the head of its
    sentence ("Alors qu'elle proposait …, elle a …"). After a main clause the same words tell
    what went on at the same time ("X a été hué mardi alors qu'il expliquait …"): the scene's
    day, not a position held before."""
    assert statement.cue_span is not None
    sentence = state.walked_sentence(statement)
    before = state.text[sentence[0] : statement.cue_span[0]]
    found = state.lexicon.past_position_opener.match(before.lstrip(" \t«»\"“”'"))
    if found is None:
        return False
    rest = before.lstrip(" \t«»\"“”'")[found.end() :]
    return not CLAUSE_END.search(rest)
