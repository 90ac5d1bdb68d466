"""A statement placed at the day's occasion ("à la barre", "en séance") takes the lead's day.

Not when its sentence also names a channel of its own: "asked in court papers that …" is
written before the hearing, whatever "in court" says (``new_occasion`` in ``time.yaml``).
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    if state.lead_time is None or state.in_headline(sentence):
        return None
    excluded = state.contents_in(sentence)
    if state.mentions(state.lexicon.new_occasion, sentence, excluded):
        return None
    scene = state.mentions(state.lexicon.occasion_scene, sentence, excluded)
    return DateResolution.dated(state.lead_time) if scene else None
