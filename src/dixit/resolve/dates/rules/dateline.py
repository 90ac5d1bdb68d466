"""A wire dispatch's dateline dates the sayings it reports, when nothing else does.

A dispatch opening on a wire dateline ("LYON, 12 oct (AFP) –", "Dakar, 3 jan (APS) –") tells
the news of that day: the ministry's statement it reports ("indique un communiqué reçu à
l'agence", "précise le texte", "selon la même source, il a demandé …") was issued on the
dateline's day, which the dateline's words date (the shared convention: a statement is dated
by words that date it or its occasion). It is the default for a saying of the dispatch no
other rule dated: a day of its own, a flashback (pluperfect), a position held in the imperfect
or a day carried over from the story decide before it.

Not when the dispatch has told another day of its story before the saying (a non-background
day other than the dateline's, "Mardi, le ministre a visité …"): the story has moved off the
day of filing, and the saying may belong to that other day. Not in the headline, above the
dateline.
"""

from __future__ import annotations

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.stamps import dateline
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome
from dixit.resolve.dates.verbs import is_imperfect, is_pluperfect

#: the outcomes of the walk's rules a dateline may still decide: nothing spoke, nothing was
#: carried over, or a "selon X" left open
OPEN_OUTCOMES = (Outcome.OPEN, Outcome.UNDATED, Outcome.SOURCE)


def resolve_open(
    statement: Statement, state: DateState, resolution: DateResolution
) -> DateResolution:
    """The dateline's day for a saying the rules left undated, else ``resolution``."""
    if resolution.outcome not in OPEN_OUTCOMES:
        return resolution
    found = dateline(state)
    if found is None:
        return resolution
    expr, day = found
    if statement.content_span[0] < expr.span[1] or state.in_headline(
        state.walked_sentence(statement)
    ):
        return resolution
    if is_pluperfect(statement, state.lexicon) or is_imperfect(statement, state.lexicon):
        return resolution
    for entry in state.timeline:
        if entry.background or entry.resolved is None:
            continue
        if entry.resolved.value != day.value:
            return resolution  # the story has told another day
    return DateResolution.dated(day, DateMethod.INHERITED, expr.text, expr.span)
