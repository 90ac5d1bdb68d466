"""A statement placed at a gathering the text dated before takes the gathering's day.

Copy often tells a gathering's day once, in a sentence about something else ("X déposera à
la séance du conseil municipal, qui s'ouvre lundi, une motion …"), then places a statement
by naming the gathering again without a day: "La mairesse a indiqué avant le conseil
municipal que …", "a-t-il déclaré en marge de l'audience". The statement was made there,
that day (the shared convention: words in the text date its occasion).

The gathering's day is the first day cue, outside quotations, of the latest earlier sentence
(within ``REACH`` sentences) that names a gathering (``gatherings`` in ``time.yaml``) and has
one; not a day still to come. Not when the statement's own sentence has a day cue (its own
words decide), names a channel of its own, or is a pluperfect; not when the story has told
another day since the gathering's sentence.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved, resolve_expression
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect

#: how many sentences back the gathering's dated mention may be
REACH = 6
#: kinds of cue that can give a gathering its day
DAY_KINDS = ("weekday", "deictic", "explicit")


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    pattern = state.lexicon.gathering
    if pattern is None or not state.lexicon.convention("occasion_frame", default=False):
        return None
    if is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    excluded = state.contents_in(sentence)
    if not state.mentions(pattern, sentence, excluded):
        return None
    if state.frame_expressions(sentence, excluded):
        return None  # a day of its own: the statement's own cue decides
    if state.mentions(state.lexicon.new_occasion, sentence, excluded):
        return None
    here = state.sentence_index(sentence[0])
    found = dated_mention(state, here)
    if found is None:
        return None
    day, index = found
    if told_another_day(state, day, index, here):
        return None
    return DateResolution.dated(day)


def dated_mention(state: DateState, here: int) -> tuple[Resolved, int] | None:
    """The day and sentence index of the latest earlier sentence naming a gathering with a
    day cue of its own, within ``REACH`` sentences."""
    pattern = state.lexicon.gathering
    assert pattern is not None
    for index in range(here - 1, max(-1, here - 1 - REACH), -1):
        sentence = state.sentences[index]
        excluded = state.contents_in(sentence)
        if not state.mentions(pattern, sentence, excluded):
            continue
        for expr in state.frame_expressions(sentence, excluded):
            if expr.kind not in DAY_KINDS or state.quoted(expr.span):
                continue
            resolved = resolve_expression(expr, state.published, None, state.lexicon)
            if resolved is None or resolved.precision != "day" or resolved.future:
                continue
            if state.published is not None and resolved.value > state.published:
                continue
            return resolved, index
        return None  # the latest mention has no day: the gathering is not dated
    return None


def told_another_day(state: DateState, day: Resolved, index: int, here: int) -> bool:
    """Whether the timeline, between the gathering's sentence and the statement's, holds
    another day."""
    return any(
        entry.resolved is not None
        and entry.resolved.precision == "day"
        and entry.resolved.value != day.value
        and index < state.sentence_index(entry.position) < here
        for entry in state.timeline
    )
