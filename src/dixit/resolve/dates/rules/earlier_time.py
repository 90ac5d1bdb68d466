"""A saying placed at another, earlier time than the story's inherits no day.

"She said in 2019 that …", "In 2019, she said …", "Kole previously said …", "has long argued",
"a déjà indiqué", "a répété à plusieurs reprises", "tout au long du procès, il a contesté":
the statement's own words put the saying
before the day's news, at a time they give as a year or leave unsaid, or over many
occasions. No day word of its own dates it (``own_cue`` comes first), and it takes no day
from the lead, its speaker's dated occasion or its paragraph: undated.

The words are ``earlier_times`` in ``time.yaml``, read next to the reporting verb (its cue,
and a few characters either side, outside the contents); a year counts right after the verb
or opening the sentence, where it is the saying's time ("X, elected in 2019, said …" tells
the election's).
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Outcome

#: how far from the reporting verb (in characters) an adverb of earlier time is read
VERB_REACH = 15
#: how far before the reporting verb a phrase spanning many occasions is read ("tout au
#: long du procès, il a contesté …": ``whole_spans`` in ``time.yaml``)
SPAN_REACH = 60
#: how far after the reporting verb a year is the saying's ("said in 2019")
YEAR_REACH = 12


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    if statement.cue_span is None:
        return None
    sentence = state.walked_sentence(statement)
    excluded = state.contents_in(sentence)
    start, end = statement.cue_span
    near = (max(sentence[0], start - VERB_REACH), min(sentence[1], end + VERB_REACH))
    if state.mentions(state.lexicon.earlier_time, near, excluded):
        return DateResolution.undated(Outcome.REJECTED)
    before = (max(sentence[0], start - SPAN_REACH), end)
    if state.mentions(state.lexicon.whole_span, before, excluded):
        return DateResolution.undated(Outcome.REJECTED)  # "tout au long du procès, il a …"
    for expr in state.frame_expressions(sentence, excluded):
        if expr.kind != "year":
            continue
        after_verb = 0 <= expr.span[0] - end <= YEAR_REACH
        opening = not state.text[sentence[0] : expr.span[0]].strip(" \"«“'")
        if after_verb or opening:
            return DateResolution.undated(Outcome.REJECTED)
    return None
