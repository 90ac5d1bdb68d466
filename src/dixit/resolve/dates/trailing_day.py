"""A sentence that only says when ("C'était ce mercredi 7 septembre, au palais …") dates the
sentence before it.

French copy often quotes first and gives the day after: "« … », a déclaré le ministre à la fin
du Conseil des ministres. C'était ce mercredi, au palais présidentiel." The presentative
sentence (``trailing_day_openers`` in ``time.yaml``: "c'était", "cela se passait") has no
event of its own: its day is the occasion just told, so it dates the statements of the
sentence before it (in its paragraph or closing the paragraph above). Since it reads
backward, this runs once after the walk. Only a statement left undated, or dated by
carrying a day over (no cue of its own), takes it; a statement in the pluperfect does not.
"""

from __future__ import annotations

import re

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.cues import resolve_cue
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, apply
from dixit.resolve.dates.verbs import is_pluperfect

#: kinds of cue a presentative sentence gives its day with
DAY_KINDS = ("weekday", "explicit", "deictic")
#: between the opener and the day, at most one word ("ce", "le")
GAP = re.compile(r"\s*(?:[\w']+\s+)?")


def date_from_trailing_day(state: DateState) -> None:
    """Give the statements of a sentence the day the next sentence only says."""
    openers = [w.lower().replace("’", "'") for w in state.lexicon.words("trailing_day_openers")]
    if not openers:
        return
    for index in range(1, len(state.sentences)):
        found = trailing_day(state, index, openers)
        if found is None:
            continue
        expr, resolved = found
        method = DateMethod.EXPLICIT if expr.kind == "explicit" else DateMethod.RELATIVE
        for statement in told_in(state, index - 1):
            if takes_trailing_day(state, statement):
                resolution = DateResolution.dated(resolved, method, expr.text, expr.span)
                apply(statement, resolution)


def trailing_day(
    state: DateState, index: int, openers: list[str]
) -> tuple[TimeExpression, Resolved] | None:
    """The day cue of sentence ``index`` when the sentence opens with a presentative and
    that cue, and the day it stands for (a past day)."""
    start, end = state.sentences[index]
    text = state.text[start:end]
    lead = len(text) - len(text.lstrip())
    head = text[lead:].lower().replace("’", "'")
    opener = next((o for o in openers if head.startswith(o + " ")), None)
    if opener is None:
        return None
    after = start + lead + len(opener)
    gap = GAP.match(state.text, after, end)
    for expr in state.expressions_starting(after, gap.end() if gap else after):
        if expr.kind not in DAY_KINDS or state.lexicon.night.match(expr.text):
            continue
        resolved = resolve_cue(state, expr)
        if resolved is not None and resolved.precision == "day" and not resolved.future:
            return expr, resolved
    return None


def told_in(state: DateState, index: int) -> list[Statement]:
    """The statements walked in sentence ``index``."""
    sentence = state.sentences[index]
    return [s for s in state.statements if state.walked_sentence(s) == sentence]


def takes_trailing_day(state: DateState, statement: Statement) -> bool:
    """Whether ``statement`` has no day of its own words and is not a flashback."""
    if is_pluperfect(statement, state.lexicon) or state.ancestor(statement) is not None:
        return False
    return statement.statement_date is None or statement.date_method == DateMethod.INHERITED
