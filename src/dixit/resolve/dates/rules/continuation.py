"""A continuation verb ("a-t-il ajouté", "poursuit-elle") of the same speaker as the statement
read just before carries that statement's date, or its lack of one; not when its sentence
names a channel the previous one did not ("a-t-il ajouté sur RTL"): another occasion."""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.speakers import same_speaker
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome, resolved_of
from dixit.resolve.dates.verbs import continues


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    previous = state.previous(statement)
    if previous is None or not continues(statement, state.lexicon):
        return None
    if not same_speaker(
        previous, statement, state.pronouns, state.grammar.name_openers, state.descriptions
    ):
        return None
    if new_channel(state, statement) and not new_channel(state, previous):
        return None  # "a-t-il ajouté sur RTL": the same speaker on another occasion
    carried = resolved_of(previous)
    if carried is None:
        return DateResolution.undated(Outcome.UNDATED)
    return DateResolution.dated(carried)


def new_channel(state: DateState, statement: Statement) -> bool:
    """Whether ``statement``'s sentence names a channel of its own ("sur RTL")."""
    sentence = state.walked_sentence(statement)
    return state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence))
