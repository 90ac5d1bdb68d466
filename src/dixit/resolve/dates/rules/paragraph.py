"""A statement without a cue carries over its paragraph's time, or the paragraph's before.

Same paragraph (a few sentences back) first: a narrated scene's day, or the same speaker's
statement's (another speaker's saying says nothing of when this one was made); then the
paragraph just before, when it ends
with the same speaker's statement, or with a dated sentence of the lead or one naming the
speaker; a statement made on a channel of its own ("dans un communiqué", "sur BFMTV", "in a
tweet") is a new occasion: it does not cross paragraphs, nor take another speaker's day.
A statement in the present gives a position the speaker holds ("explique le médecin"): it
takes a day only from the same speaker or from a sentence naming them, never from the news
of the day around it. Undated is better than wrongly dated.
"""

from __future__ import annotations

import re

from dixit.model import Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.speakers import names_speaker, same_speaker, speaks_for
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, Entry, Outcome
from dixit.resolve.dates.verbs import tense

#: how many sentences back a statement may take its paragraph's time from
PARAGRAPH_REACH = 3
#: how many paragraphs with nothing on the timeline a pronoun may refer across
SILENT_REACH = 2


def resolve(statement: Statement, state: DateState) -> DateResolution | None:
    sentence = state.walked_sentence(statement)
    block = state.block_of(statement.content_span[0])
    here = state.sentence_index(sentence[0])
    same_paragraph = [
        e
        for e in state.block_entries(block)
        if not e.background and here - state.sentence_index(e.position) <= PARAGRAPH_REACH
    ]
    present = tense(statement, state.lexicon) == "present"
    undated = DateResolution.undated(Outcome.UNDATED)
    own_channel = state.mentions(state.lexicon.new_occasion, sentence, state.contents_in(sentence))
    if same_paragraph:
        last = same_paragraph[-1]
        if (present or own_channel or last.statement is not None) and not speaks_for(
            state, last, statement
        ):
            if not own_channel and scene_participant(state, last, statement):
                return _carry(last.resolved)
            return undated
        return _carry(last.resolved)
    if own_channel:
        return undated
    before = [e for e in state.block_entries(state.block_before(block)) if not e.background]
    if not before:
        return across_silence(state, statement, block)
    last = before[-1]
    if present:
        return _carry(last.resolved) if speaks_for(state, last, statement) else undated
    if last.statement is not None:
        openers = state.grammar.name_openers
        if same_speaker(last.statement, statement, state.pronouns, openers, state.descriptions):
            return _carry(last.resolved)
        return None
    if names_speaker(state, last.sentence, statement, state.pronouns):
        return _carry(last.resolved)
    if state.sentence_index(last.sentence[0]) in state.lead and lead_scene(state, last.sentence):
        return _carry(last.resolved)
    return None


def scene_participant(state: DateState, last: Entry, statement: Statement) -> bool:
    """Whether ``statement``'s speaker is named as one of those who took part in the scene
    the paragraph has just dated ("Ils étaient 300 à manifester ce samedi. « … », explique
    Paul X, un des manifestants"): a demonstrator, a spectator, a striker speaks where the
    reporter met them, at the event, even in the present (``scene_participants`` in
    ``time.yaml``). A resident or a witness may be met any day after: not them."""
    if last.statement is not None or statement.speaker_mention_span is None:
        return False
    words = {w.lower() for w in state.lexicon.words("scene_participants")}
    if not words:
        return False
    sentence = state.walked_sentence(statement)
    start = statement.speaker_mention_span[0]
    end = sentence[1]
    for content in state.contents_in(sentence):
        if start < content[0] < end:
            end = content[0]
    named = re.findall(r"[^\W\d_]+", state.text[start:end].lower())
    return any(word in words for word in named)


def lead_scene(state: DateState, sentence: tuple[int, int]) -> bool:
    """Whether a dated narrative sentence of the lead sets the scene of the day's sayings.
    Where the language's copy says so (``lead_day_needs_occasion``), only when it names an
    occasion of speaking or a gathering: "the Senate deal announced Wednesday" is the day of
    a narrated event, not of the spokesman's words in the next paragraph."""
    if not state.lexicon.convention("lead_day_needs_occasion", default=False):
        return True
    return state.names_occasion(sentence)


def _carry(resolved: Resolved | None) -> DateResolution:
    """A decision carrying ``resolved`` over (an undated entry carries its lack of a date)."""
    if resolved is None:
        return DateResolution.undated(Outcome.UNDATED)
    return DateResolution.dated(resolved)


def across_silence(state: DateState, statement: Statement, block: int) -> DateResolution | None:
    """A pronoun ("Il a cependant mis en garde …", "a-t-elle déclaré") or a bare quotation
    with no mention ("« Il a été parfait. »" after a line of narration) can refer across
    paragraphs that put nothing on the timeline (a subheading, a caption, a few lines of
    background without a day word): when the paragraph before them ends with a statement
    of the same resolved speaker, the statement goes on with it and takes its date."""
    mention = (statement.speaker_mention or "").strip().lower()
    # a bare quotation, with no mention at all, refers back like a pronoun (round 10)
    if (mention and mention not in state.pronouns) or statement.speaker is None:
        return None
    above = state.block_across_silence(block, SILENT_REACH)
    if above is None:
        return None
    entries = [e for e in state.block_entries(above) if not e.background]
    if not entries or entries[-1].statement is None:
        return None
    last = entries[-1]
    if last.statement.speaker is None:
        return None
    if not same_speaker(
        last.statement, statement, state.pronouns, state.grammar.name_openers, state.descriptions
    ):
        return None
    return _carry(last.resolved)
