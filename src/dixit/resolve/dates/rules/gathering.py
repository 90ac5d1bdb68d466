"""Everyone quoted at the gathering the lead dates spoke on its day.

A report of a gathering where many people speak (a council meeting, a court hearing, a
sentencing) dates it once, in the lead ("at a school board meeting Monday", "was sentenced
today"), then quotes one speaker after another without a date word: the parents, the board
president, the judge. Those statements were made at the gathering and carry its day, whoever
speaks (the shared real-news convention: a statement made at an occasion the text dates
carries its day). The gatherings are ``gatherings`` in ``time.yaml``; a language without
that list keeps the narrower rules (``lead_speaker``: the lead's own speakers only).

Not for a flashback (pluperfect), nor a statement placed on a channel of its own ("in a
statement", "on X"), nor once the story has told another day: a dated sentence or statement
of another day since the lead ends the gathering's time.
"""

from __future__ import annotations

from dixit.model import Statement
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution
from dixit.resolve.dates.verbs import is_pluperfect


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    day = state.lead_time
    pattern = state.lexicon.gathering
    if day is None or pattern is None or is_pluperfect(statement, state.lexicon):
        return None
    sentence = state.walked_sentence(statement)
    if state.sentence_index(sentence[0]) in state.lead:
        return None
    if state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence)):
        return None
    if not lead_dates_gathering(state) or told_another_day(state):
        return None
    return DateResolution.dated(day)


def lead_dates_gathering(state: DateState) -> bool:
    """Whether the sentence that gave the lead its day names a gathering (outside contents).
    A heading's day (a photo caption's "at a news conference … on Feb. 28") is not enough:
    the body's lead must tell the gathering."""
    if state.lead_day_stamped:
        return False  # the page's date stamp, not the day of the news
    sentence = state.sentences[state.lead_day_sentence]
    if state.paragraph_of(sentence[0]) < state.headings:
        return False
    pattern = state.lexicon.gathering
    assert pattern is not None
    return state.mentions(pattern, sentence, state.contents_in(sentence))


def told_another_day(state: DateState) -> bool:
    """Whether the timeline since the lead holds a day other than the lead's."""
    day = state.lead_time
    assert day is not None
    return any(
        entry.resolved is not None
        and entry.resolved.precision == "day"
        and entry.resolved.value != day.value
        and state.sentence_index(entry.position) not in state.lead
        for entry in state.timeline
    )
