"""Words told in a relative clause are background: dated by their own words only.

"… funnelling money to two women who said they had been paid", "payments that the
prosecutors said were made at his direction": a relative clause tells who someone is, with
words they said at some time the text does not give; the story's day, its paragraph's and
its sentence's do not date them. Where a language's copy reads them so
(``background_relatives`` in ``time.yaml``: English), such a statement that its own words
do not date (``own_cue`` comes first) stays undated. A relative after a preposition ("…, to
which the governor replied") goes on with the story: not background. French keeps its reading.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if not state.lexicon.convention("background_relatives", default=False):
        return None
    if not state.told_in_relative_clause(statement) or after_a_preposition(statement, state):
        return None
    return DateResolution.undated(Outcome.UNDATED)


def after_a_preposition(statement: Statement, state: DateState) -> bool:
    """Whether the relative word before the speaker or the cue follows a preposition ("to
    which X replied": ``relative_prepositions`` in ``time.yaml``)."""
    prepositions = {w.lower() for w in state.lexicon.words("relative_prepositions")}
    for span in (statement.speaker_mention_span, statement.cue_span):
        if span is None:
            continue
        before = state.text[max(0, span[0] - 40) : span[0]].split()
        if len(before) >= 2 and before[-2].lower() in prepositions:
            return True
    return False
