"""A timeless headline takes a day only from its own words.

English headlines give the news without its day, in the headline present ("X says …", "X
hails …", 'X: "…"'); the lead or the body dates the occasion. Where a language's copy writes
headlines so (``timeless_headlines`` in ``time.yaml``), a headline statement that its own words
do not date (``own_cue`` comes first) stays undated: the lead's day, the publication day and
the body's statement it repeats are not its words. French headlines keep the lead's day.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if not state.lexicon.convention("timeless_headlines", default=False):
        return None
    if not state.in_headline(state.walked_sentence(statement)):
        return None
    return DateResolution.undated(Outcome.UNDATED)
