"""A statement whose only cues date another event stays undated, and inherits nothing.

"Après sa visite à Lyon la semaine dernière, le ministre a affirmé …": the week is the
visit's, and the statement may have been made any day since. "La veille" in such a phrase
counts back from the statement itself and blocks nothing; nor does an event still to come
("Abordant le dossier, qui l'occupera après l'élection du 11 décembre, la ministre juge …"):
the story's time cannot have moved to it.
"""

from __future__ import annotations

import logging

from dixit.model import Statement
from dixit.resolve.dates.cues import resolve_cue, statement_cues
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome

logger = logging.getLogger(__name__)


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    blocked = statement_cues(state, statement, sentence).blocked
    if not any(e.kind != "anaphoric" and not to_come(state, e) for e in blocked):
        return None
    logger.debug(
        "article %s: %s is placed after or before another dated event; left undated",
        state.article.id,
        statement.id,
    )
    return DateResolution.undated(Outcome.BLOCKED)


def to_come(state: DateState, expr: TimeExpression) -> bool:
    """Whether ``expr`` names a day after publication (an event still to come)."""
    resolved = resolve_cue(state, expr)
    return resolved is not None and resolved.future
