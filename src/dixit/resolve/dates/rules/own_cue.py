"""A time expression in the statement's own sentence, outside the contents, dates it.

"Mardi, la maire a déclaré …", "interrogée jeudi par une radio, …", "a-t-il dit hier": when
several cues qualify, the one nearest the reporting verb wins. A cue that gives no usable day
(a future, a year alone; in English a week or a month too) leaves the statement undated rather
than passing it on.
"""

from __future__ import annotations

import logging
import re

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.cues import CONTINUING_KINDS, resolve_cue, statement_cues
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.spans import distance
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome

logger = logging.getLogger(__name__)


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    found = statement_cues(state, statement, sentence).applicable
    glued = glued_to_content(state, found, statement)
    found = [e for i, e in enumerate(found) if i not in glued]
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


#: what may stand between a content's end and a day word that goes on with it: closing quote
#: marks and spaces, no comma
GLUE = re.compile(r"[\s\"»”’']{0,4}")
#: what joins two day words of one phrase ("le 6 mai et le 17 juin")
JOIN = re.compile(r"\s+(?:et|ou|and|or)\s+")


def glued_to_content(
    state: DateState, found: list[TimeExpression], statement: Statement
) -> set[int]:
    """The day words (indices in ``found``) that go on from a quotation's words, before the
    reporting incise: "« Le pays a voté pour le changement » le 6 mai et le 17 juin, argumente
    X" tells when the country voted, in the quoted clause that runs on past the closing mark;
    the incise after the comma is where the saying's own day would be (round 10)."""
    sentence = state.walked_sentence(statement)
    # the incise comes after a comma (when the extractor missed it, the comma alone)
    incise = statement.cue_span[0] if statement.cue_span is not None else sentence[1]
    ends = [end for _, end in state.contents_in(sentence)]
    glued: set[int] = set()
    for end in ends:
        position = end
        for index, expr in sorted(enumerate(found), key=lambda pair: pair[1].span[0]):
            if expr.span[0] < position:
                continue
            gap = state.text[position : expr.span[0]]
            if not (GLUE.fullmatch(gap) or (glued and JOIN.fullmatch(gap))):
                break
            if expr.span[1] > incise or "," not in state.text[expr.span[1] : incise]:
                break
            glued.add(index)
            position = expr.span[1]
    return glued


def precise_enough(state: DateState, resolved: Resolved) -> bool:
    """Whether a cue's date may be a statement's: never a year alone; where the language's
    copy dates statements to the day only (``statement_day_only``), never a week or a month
    ("during her testimony last month", "asked whether … this week")."""
    if resolved.precision == "year":
        return False
    if state.lexicon.convention("statement_day_only", default=False):
        return resolved.precision == "day"
    return True
