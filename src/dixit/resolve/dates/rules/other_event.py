"""A statement whose only cues date another event stays undated, and inherits nothing.

"Après sa visite à Lyon la semaine dernière, le ministre a affirmé …": the week is the
visit's, and the statement may have been made any day since. "La veille" in such a phrase
counts back from the statement itself and blocks nothing.
"""

from __future__ import annotations

import logging

from dixit.model import Statement
from dixit.resolve.dates.cues import statement_cues
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome

logger = logging.getLogger(__name__)


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    blocked = statement_cues(state, statement, sentence).blocked
    if not any(e.kind != "anaphoric" for e in blocked):
        return None
    logger.debug(
        "article %s: %s is placed after or before another dated event; left undated",
        state.article.id,
        statement.id,
    )
    return DateResolution.undated(Outcome.BLOCKED)
