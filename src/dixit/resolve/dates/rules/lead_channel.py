"""The lead's saying, placed on its channel only in the next paragraph, keeps the lead's day.

A lead often dates a saying without saying where: "…, a affirmé la Première ministre
dimanche". The next paragraph quotes the same person again and names the channel only
then: "« … », a-t-elle affirmé sur franceinfo". That channel is the lead's occasion, not a
new one: the statement takes the lead's day. The channel rule (``paragraph``, ``lead_speaker``)
would otherwise take it for a new occasion and leave it undated.

Only when the lead dated a statement of the same person (same speaker id or a shared name
word) by its own words on the lead's day, in a sentence naming no occasion or channel, when the
statement is in the paragraph right after the lead, and when no statement of that person comes
between them. Not for a pluperfect.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.later_occasion import OWN_DATE_METHODS
from dixit.resolve.dates.speakers import same_person
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    day = state.lead_time
    if day is None or state.lead_day_stamped or is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    index = state.sentence_index(sentence[0])
    if index in state.lead or not state.lead:
        return None
    if not state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence)):
        return None
    last_lead = max(state.lead)
    if state.block_of(sentence[0]) != state.block_of(state.sentences[last_lead][0]) + 1:
        return None
    earlier = last_saying(state, statement)
    if earlier is None:
        return None
    told = state.walked_sentence(earlier)
    if state.sentence_index(told[0]) not in state.lead or names_occasion(state, told):
        return None
    if earlier.date_method not in OWN_DATE_METHODS or earlier.statement_date != day.value:
        return None
    return DateResolution.dated(day)


def names_occasion(state: DateState, sentence: tuple[int, int]) -> bool:
    """Whether ``sentence`` names an occasion of speaking or a channel of its own."""
    excluded = state.contents_in(sentence)
    patterns = (state.lexicon.speaking_occasion, state.lexicon.new_occasion)
    return any(state.mentions(p, sentence, excluded) for p in patterns)


def last_saying(state: DateState, statement: Statement) -> Statement | None:
    """The latest statement of the same person walked before ``statement``."""
    openers = state.grammar.name_openers
    for entry in reversed(state.timeline):
        earlier = entry.statement
        if (
            earlier is not None
            and earlier is not statement
            and same_person(earlier, statement, openers)
        ):
            return earlier
    return None
