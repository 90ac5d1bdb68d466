"""A sentence saying where and when someone "was speaking" dates their words around it.

Wire copy, British and Irish above all, quotes first and places the occasion after: "The
Taoiseach said … Enda Kenny said … Mr Kenny was speaking ahead of his party's dinner in
Dublin this evening. The Taoiseach added that …". French copy writes "Il s'exprimait lors de
…". Such a sentence (``speaking_sentence_verbs`` in ``time.yaml``) tells no event of its own:
it is the occasion of the speaker it names, and its day is the day of their words. Since it
reads backward, this runs once after the walk (like ``trailing_day``).

The speaker is the one the sentence names (a word of the resolved name or of the mention:
"Mr Kenny" for "Enda Kenny", "The Taoiseach"). Their statements before the sentence take its
day, and those after it until another day is told or a saying of theirs is dated by its own
words; only a statement with no cue of its own (undated, or carried over), not in the
pluperfect, not nested, not in the headings.
"""

from __future__ import annotations

import re

from dixit.model import DateMethod, Statement
from dixit.resolve.dates.anchoring import Resolved
from dixit.resolve.dates.cues import applicable, resolve_cue
from dixit.resolve.dates.expressions import TimeExpression
from dixit.resolve.dates.later_occasion import OWN_DATE_METHODS
from dixit.resolve.dates.speakers import names_speaker, same_named_speaker
from dixit.resolve.dates.state import DateState
from dixit.resolve.dates.timeline import DateResolution, apply
from dixit.resolve.dates.verbs import is_pluperfect

#: kinds of cue a speaking sentence gives its day with
DAY_KINDS = ("weekday", "explicit", "deictic")


def date_from_speaking_sentences(state: DateState) -> None:
    """Give a speaker's words the day of the sentence saying where they were speaking."""
    verbs = [w.lower() for w in state.lexicon.words("speaking_sentence_verbs")]
    if not verbs:
        return
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\b", re.IGNORECASE)
    # the sentences the walk reads a statement in (fixed once the state is built)
    with_statements = {state.walked_sentence(s) for s in state.statements}
    for index, sentence in enumerate(state.sentences):
        if state.paragraph_of(sentence[0]) < state.headings:
            continue
        if sentence in with_statements:
            continue  # a sentence with a statement of its own is not a bare occasion
        verb = pattern.search(state.text, sentence[0], sentence[1])
        if verb is None:
            continue
        found = day_of(state, sentence)
        if found is None:
            continue
        expr, resolved = found
        subject = (sentence[0], verb.start())
        for statement in words_of_the_occasion(
            state, index, subject, pronoun_speaker(state, subject)
        ):
            method = DateMethod.EXPLICIT if expr.kind == "explicit" else DateMethod.RELATIVE
            apply(statement, DateResolution.dated(resolved, method, expr.text, expr.span))


def day_of(state: DateState, sentence: tuple[int, int]) -> tuple[TimeExpression, Resolved] | None:
    """The sentence's day cue and the past day it stands for."""
    excluded = state.contents_in(sentence)
    for expr in state.frame_expressions(sentence, excluded):
        if expr.kind not in DAY_KINDS or state.lexicon.night.match(expr.text):
            continue
        if applicable(state, expr, sentence, excluded, None) is None:
            continue  # a day naming an event, quoted, or an aside; "ahead of the dinner this
            # evening" (another event's phrase) still tells the day the speaker spoke
        resolved = resolve_cue(state, expr)
        if resolved is not None and resolved.precision == "day" and not resolved.future:
            return expr, resolved
    return None


def pronoun_speaker(state: DateState, subject: tuple[int, int]) -> Statement | None:
    """When the sentence's subject is a bare pronoun ("Il s'est exprimé mercredi …"), the
    statement told last before it: its speaker is the one the pronoun takes up."""
    if state.text[subject[0] : subject[1]].strip().lower() not in state.pronouns:
        return None
    before = [s for s in state.statements if s.content_span[0] < subject[0]]
    return max(before, key=lambda s: s.content_span[0]) if before else None


def words_of_the_occasion(
    state: DateState, index: int, subject: tuple[int, int], taken_up: Statement | None = None
) -> list[Statement]:
    """The statements of the speaker named in ``subject`` (or, for a pronoun, of the
    statement ``taken_up``) that the sentence ``index`` dates: before it, and after it until
    another day is told or a saying of theirs has its own."""
    position = state.sentences[index][0]
    taken: list[Statement] = []
    openers = state.grammar.name_openers
    for statement in state.statements:
        if taken_up is not None:
            if statement is not taken_up and not same_named_speaker(taken_up, statement, openers):
                continue
        elif not names_speaker(state, subject, statement, set()):
            continue
        if statement.content_span[0] < position:
            if takes_the_day(state, statement):
                taken.append(statement)
            continue
        if statement.date_method in OWN_DATE_METHODS and statement.date_cue:
            break
        if another_day_told(state, position, statement.content_span[0]):
            break
        if takes_the_day(state, statement):
            taken.append(statement)
    return taken


def another_day_told(state: DateState, start: int, end: int) -> bool:
    """Whether a narrated sentence between ``start`` and ``end`` put a day on the timeline."""
    return any(
        e.statement is None and e.resolved is not None and start < e.position < end
        for e in state.timeline
    )


def takes_the_day(state: DateState, statement: Statement) -> bool:
    """A statement with no day of its own words, not a flashback, not nested, not a heading."""
    if is_pluperfect(statement, state.lexicon) or state.ancestor(statement) is not None:
        return False
    if state.paragraph_of(statement.content_span[0]) < state.headings:
        return False
    return statement.statement_date is None or statement.date_method == DateMethod.INHERITED
