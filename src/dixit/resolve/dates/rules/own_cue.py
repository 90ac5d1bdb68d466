"""A time expression in the statement's own sentence, outside the contents, dates it.

"Mardi, la maire a déclaré …", "interrogée jeudi par une radio, …", "a-t-il dit hier": when
several cues qualify, the one nearest the reporting verb wins. A cue that gives no usable day
(a future, a year alone; in English a week or a month too) leaves the statement undated rather
than passing it on.
"""

from __future__ import annotations

import logging

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.cues import CONTINUING_KINDS, resolve_cue, statement_cues
from dixit.resolve.dates.spans import distance
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome

logger = logging.getLogger(__name__)


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    found = statement_cues(state, statement, sentence).applicable
    if not found:
        return None
    anchor = statement.cue_span or statement.content_span
    cue = min(found, key=lambda e: (distance(e.span, anchor), e.span[0]))
    resolved = resolve_cue(state, cue, statement=statement)
    if resolved is None or resolved.future or not precise_enough(state, resolved):
        logger.debug(
            "article %s: cue %r for %s gives %s; left undated",
            state.article.id,
            cue.text,
            statement.id,
            resolved.timex() if resolved else "no date",
        )
        return DateResolution.undated(Outcome.REJECTED)
    method = DateMethod.EXPLICIT if cue.kind == "explicit" else DateMethod.RELATIVE
    if cue.kind in CONTINUING_KINDS:
        method = DateMethod.INHERITED
    return DateResolution.dated(resolved, method, cue.text, cue.span)


def precise_enough(state: DateState, resolved: Resolved) -> bool:
    """Whether a cue's date may be a statement's: never a year alone; where the language's
    copy dates statements to the day only (``statement_day_only``), never a week or a month
    ("during her testimony last month", "asked whether … this week")."""
    if resolved.precision == "year":
        return False
    if state.lexicon.convention("statement_day_only", default=False):
        return resolved.precision == "day"
    return True
