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
    return DateResolution.dated(day) if spoke_at_lead(state, statement) else None


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
    for entry in state.timeline:
        if state.sentence_index(entry.position) not in state.lead:
            continue
        if entry.resolved is None or entry.resolved.value != day.value:
            continue
        if entry.statement is not None:
            if same_person(entry.statement, statement, openers):
                return True
        elif names_speaker(state, entry.sentence, statement, set()):
            return True
    return False
