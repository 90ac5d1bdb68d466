"""A speaker of the lead's dated occasion keeps that day through the article.

A report of one occasion (a press conference "lundi", a speech "vendredi à l'Assemblée", an
interview "jeudi sur franceinfo") dates it once, in the lead, and then quotes the speaker
paragraph after paragraph without a date word: "explique-t-elle", "selon le porte-parole",
"a-t-il conclu". Those statements carry the lead's day when their speaker is the one the
lead dated: a statement of the lead dated on that day has the same speaker, or a dated lead
sentence names them. Not for a flashback (pluperfect), nor for a statement placed on a
channel of its own ("dans un communiqué", "sur BFMTV"), a new occasion.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.later_occasion import OWN_DATE_METHODS
from dixit.resolve.dates.speakers import names_speaker, same_person
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    day = state.lead_time
    if day is None or is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) in state.lead:
        return None
    if state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence)):
        return None
    if moved_to_another_day(state, statement, day):
        return None
    return DateResolution.dated(day) if spoke_at_lead(state, statement) else None


def moved_to_another_day(state: DateState, statement: Statement, day: Resolved) -> bool:
    """Whether the statement read just before, in the same paragraph, is the same person's
    saying dated by its own words to another day ("« … », the president said on May 21.
    « … »"): the text has moved them to that other occasion, and the words that go on from
    it are not the lead's (round 10)."""
    earlier = state.previous(statement)
    if earlier is None or earlier.date_method not in OWN_DATE_METHODS or not earlier.date_cue:
        return False
    if not same_person(earlier, statement, state.grammar.name_openers):
        return False
    if state.block_of(earlier.content_span[0]) != state.block_of(statement.content_span[0]):
        return False
    return earlier.statement_date is not None and earlier.statement_date != day.value


def spoke_at_lead(state: DateState, statement: Statement) -> bool:
    """Whether ``statement``'s speaker is one the lead dated on its day, at an occasion of
    speaking the lead names (``speaking_occasions``, interviews, broadcasts, sessions)."""
    day = state.lead_time
    assert day is not None
    pattern = state.lexicon.speaking_occasion
    lead = [state.sentences[i] for i in sorted(state.lead)]
    if not any(state.mentions(pattern, s, state.contents_in(s)) for s in lead):
        return False
    openers = state.grammar.name_openers
    for entry in state.lead_entries():
        if entry.resolved is None or entry.resolved.value != day.value:
            continue
        if entry.statement is not None:
            if same_person(entry.statement, statement, openers):
                return True
        elif names_speaker(state, entry.sentence, statement, set()):
            return True
    return False
